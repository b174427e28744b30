"""A long alternation of phrase rules, tried only where its words occur.

The job-ask phrases are one regex of over four hundred alternatives, grown a few at a time
from the labelled sets; searched whole, every turn pays for every alternative (a quarter of a
millisecond, the largest single cost in scoring a turn besides the embedding). Most alternatives cannot match unless
a fixed piece of text is in the turn ("hire me", "resume", "internship"), so each alternative is
searched only when one of its required pieces is present.

The pieces are read from the regex's own parse, not written by hand, so they cannot drift from
the phrases; and the answer is the same match the whole regex gives: the leftmost start, and at
that start the earliest alternative, which is the order a backtracking engine tries them in.
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # compiles without `re`'s cache (see `_regex`)
import re._parser as sre_parse  # the parser `re` itself uses; the only way to read a pattern's parts
from re._constants import AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

_DEFAULT_FLAGS = sre_parse.parse("").state.flags  # a "(?i)" or "(?x)" up front changes every alternative
_MIN_PIECE = 3  # shorter pieces ("in", "a ") are in nearly every turn and filter nothing
# words in most turns: a piece made only of these ("do you ", " your ") filters little, so a
# rarer piece of the same alternative is preferred to it
_COMMON = frozenset("a an and any are at can could do for i in is it me my of on the they to "
                    "we what will with would you your".split())


class Alternation:
    """`search` gives what `re.compile(pattern).search` gives, trying fewer alternatives.

    The pattern must be zero-width assertions (such as `\\b`) followed by one non-capturing group
    of alternatives, with no capturing groups and no case folding. Each alternative is compiled
    the first time a text holds one of its pieces, or all at once by `compile_all` (the interview
    does it while its greeting plays): compiling all of them at import would add a tenth of a
    second to start-up."""

    def __init__(self, pattern: str):
        prefix, alternatives = split_alternatives(pattern)
        parsed_prefix = sre_parse.parse(prefix)
        if any(op is not AT for op, _ in parsed_prefix) or parsed_prefix.state.flags != _DEFAULT_FLAGS:
            raise ValueError(f"Alternation's prefix must be zero-width assertions, not {prefix!r}")
        self.pattern = pattern
        self._sources = tuple(f"{prefix}(?:{alt})" for alt in alternatives)
        self._compiled: list[re.Pattern | None] = [None] * len(alternatives)
        by_piece: dict[str, set[int]] = {}
        always = []
        for i, alt in enumerate(alternatives):
            parsed = sre_parse.parse(alt)
            if parsed.state.groups > 1 or parsed.state.flags & re.IGNORECASE:
                raise ValueError("Alternation needs a pattern without capturing groups or IGNORECASE")
            pieces = _pieces(list(parsed))
            if pieces is None:
                always.append(i)
            for piece in pieces or ():
                by_piece.setdefault(piece, set()).add(i)
        self._always = frozenset(always)
        self._by_piece = tuple((piece, frozenset(ids)) for piece, ids in by_piece.items())

    def search(self, text: str) -> re.Match | None:
        tried = set(self._always)
        for piece, ids in self._by_piece:  # one pass over the distinct pieces, not per alternative
            if piece in text:
                tried |= ids
        best = None
        for i in sorted(tried):  # earliest alternative first, so a tie at one start keeps it
            m = self._regex(i).search(text)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def compile_all(self) -> None:
        """Compile every alternative now, so that no turn pays for the first use of one."""
        for i in range(len(self._sources)):
            self._regex(i)

    def _regex(self, i: int) -> re.Pattern:
        # Compiled past `re`'s own cache of 512 patterns: the hundreds of alternatives kept here
        # would push out the scorer's other patterns, which `re` would then compile again, turn
        # after turn (bench/scoring_speed.py).
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = sre_compile.compile(self._sources[i], 0)
        return compiled

    def unfiltered(self) -> int:
        """How many alternatives are tried on every text (no required piece was found)."""
        return len(self._always)


def split_alternatives(pattern: str) -> tuple[str, list[str]]:
    """`\\b(?:a|b|c)` -> (`\\b`, [`a`, `b`, `c`]): the top-level alternatives of the last group,
    which must close at the end of the pattern."""
    start = pattern.find("(?:")
    if start < 0 or not pattern.endswith(")"):
        raise ValueError("Alternation needs a pattern ending in one (?:...|...) group")
    parts, depth, in_class, escaped, piece_start = [], 0, False, False, start + 3
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or pattern[i - 1] == "[" or pattern[i - 2:i] == "[^"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i != len(pattern) - 1:
                raise ValueError("Alternation needs a pattern ending in one (?:...|...) group")
        elif ch == "|" and depth == 1:
            parts.append(pattern[piece_start:i])
            piece_start = i + 1
    parts.append(pattern[piece_start:-1])
    return pattern[:start], parts


def required_pieces(alternative: str) -> tuple[str, ...] | None:
    """Pieces of text one of which is in every match of `alternative`, or None."""
    found = _pieces(list(sre_parse.parse(alternative)))
    return tuple(sorted(found)) if found else None


def _pieces(items: list) -> frozenset[str] | None:
    """The best set of pieces for a sequence of parsed items: the longest run of literal
    characters, or a group of choices each of which has its own pieces; None if neither."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run():
        if len(run) >= _MIN_PIECE:
            options.append(frozenset(["".join(run)]))
        run.clear()

    for op, arg in items:
        if op is LITERAL:
            run.append(chr(arg))
            continue
        if op is AT:
            continue  # zero width: "\bhire me\b" still holds "hire me"
        close_run()
        if op is SUBPATTERN:
            inner = None if arg[1] & re.IGNORECASE else _pieces(list(arg[-1]))
        elif op is BRANCH:
            branches = [_pieces(list(branch)) for branch in arg[1]]
            inner = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
            inner = _pieces(list(arg[2]))
        else:
            inner = None  # a class, an optional part, a look-around: nothing it must hold
        if inner:
            options.append(inner)
    close_run()
    if not options:
        return None
    return max(options, key=lambda s: (min(map(_rarity, s)), min(map(len, s)), -len(s)))


def _rarity(piece: str) -> int:
    """Letters in the piece outside the most common words: a rough guess at how seldom it occurs."""
    return sum(len(w) for w in re.findall(r"[a-z']+", piece.lower()) if w not in _COMMON)


__all__ = ["Alternation", "required_pieces", "split_alternatives"]
