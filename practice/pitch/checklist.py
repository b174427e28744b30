"""The four things a pitch for an informational interview should say, found in the words.

A good 10-second pitch says who you are (name), where you are now (study, role,
background), what you are exploring (interest), and why this person / what you hope to
learn (ask). Each point is found by phrase patterns run clause by clause over the
transcript, and proven by quoting the clause that satisfied it, so the user can see why a
point counted. Background and interest only count in your own words: "how you moved into
data science" is about them, not you. Names are recognised from Whisper's capitals
("I'm Sam"), which it writes reliably for names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.pitch.words import Token, clauses, sentences

ITEMS = ("name", "background", "interest", "ask")

LABELS = {
    "name": "who you are (your name)",
    "background": "where you are now (study, role, background)",
    "interest": "what you are exploring",
    "ask": "why this person, what you hope to learn",
}

SUGGESTIONS = {
    "name": 'Start with your name: "Hi, I\'m <first name> <last name>."',
    "background": 'Say where you are now: "I\'m a final-year <subject> student" or '
                  '"I work as a <role> at <place>."',
    "interest": 'Say what you are exploring: "I\'m exploring a move into <field>."',
    "ask": 'Say why them and what you hope to learn: "I\'d love to hear how you '
           'got into <field> and what you wish you had known."',
}

_ROLES = (
    r"student|graduate|grad|major|undergrad|undergraduate|senior|junior|sophomore|freshman|"
    r"intern|engineer|developer|designer|analyst|scientist|researcher|teacher|nurse|doctor|"
    r"manager|consultant|accountant|assistant|coordinator|specialist|technician|writer|editor|"
    r"marketer|programmer|lawyer|paralegal|pharmacist|therapist|officer|administrator|"
    r"associate|representative|director|founder|freelancer|volunteer|veteran|postdoc|"
    r"candidate|apprentice|trainee|tutor|professor|lecturer|journalist|artist|musician|chef|"
    r"clerk|mechanic|electrician|architect|economist|statistician|biologist|chemist|physicist|"
    r"mathematician|psychologist|paramedic|librarian|recruiter|planner|producer|"
    r"[a-z]+ist|[a-z]+er|[a-z]+or"
)
_BACKGROUND_NOUNS = (
    r"students?|graduates?|alum|alumna|alumnus|major|minor|degree|phd|masters?|master's|"
    r"bachelor's|bachelors|undergrad|undergraduate|internship|university|college|bootcamp|"
    r"years? (?:of experience|in|at|as)|semester|thesis|dissertation|placement|apprenticeship"
)
_STATUS_VERBS = (
    r"studying|working|teaching|finishing|completing|doing|pursuing|majoring|training|"
    r"interning|employed|based|graduating|retraining|volunteering|researching|running|leading"
)

PATTERNS: dict[str, list[re.Pattern]] = {
    "background": [re.compile(p) for p in (
        r"\bi (?:study|studied|work|worked|teach|taught|manage|managed|lead|led|run|ran|"
        r"graduated|majored|volunteer|volunteered|intern|interned|research|design|designed|"
        r"build|built|develop|developed|spent|trained|qualified|moved here)\b",
        rf"\b(?:i'm|im|i am|i was) (?:currently |now |still |just )?(?:{_STATUS_VERBS})\b",
        r"\bi've (?:been|spent|worked|studied|taught|done|managed|led|run|built)\b",
        rf"\b(?:i'm|im|i am|i was|i've been) (?:a|an|the)(?: [\w'-]+){{0,4}} (?:{_ROLES})\b",
        r"\bmy (?:background|degree|major|studies|experience|training|job|role|work|field|phd|"
        r"masters|thesis|research|team|company|lab)\b",
        rf"\b(?:{_BACKGROUND_NOUNS})\b",
    )],
    "interest": [re.compile(p) for p in (
        r"\binterest(?:ed)? in\b",
        r"\bexplor(?:e|es|ed|ing)\b",
        r"\bcurious\b",
        r"\bconsider(?:ing)?\b",
        r"\bthinking (?:about|of) (?:moving|switching|going|getting|a career|careers|becoming|"
        r"applying|pursuing|a move|a change|a transition|working|retraining)\b",
        r"\blooking (?:into|at) (?:roles|careers|a career|moving|jobs|the field|getting|working)\b",
        r"\bto (?:move|transition|break|switch|pivot|go|get|branch) (?:into|to|in|towards)\b",
        r"\bto (?:become|pursue|enter)\b",
        r"\bto work (?:in|on|as|with|toward|towards)\b",
        r"\b(?:passionate|excited|enthusiastic) about\b",
        r"\bdrawn to\b",
        r"\bfascinated (?:by|with)\b",
        r"\b(?:transition|transitioning|switch|switching|pivot|pivoting|moving|move|shift|"
        r"shifting|branching) (?:into|to|towards)\b",
        r"\bcareer (?:change|switch|in)\b",
        r"\baspir(?:e|es|ing) to\b",
        r"\bmy (?:goal|dream|hope|plan)\b",
        r"\bnext step\b",
        r"\b(?:open to|weighing|deciding between|figuring out)\b",
    )],
    "ask": [re.compile(p) for p in (
        r"\b(?:i'd|i would|i'll|i'm|i am|i) (?:really )?(?:love|like|be (?:grateful|keen|glad|"
        r"happy|interested)|appreciate|welcome|want|wanted) (?:to )?(?:hear|learn|know|"
        r"understand|ask|get your|talk|chat|find out|pick your|your|any|some|advice|how|what|"
        r"about)\b",
        r"\bwould love to (?:hear|learn|know|understand|ask|talk|chat|find out)\b",
        r"\b(?:hope|hoping) (?:to (?:learn|hear|understand|ask|get your|find out|talk|chat|"
        r"know)|you (?:could|can|might|would|will))\b",
        r"\b(?:learn|hear|understand|find out) (?:more )?(?:about|from|how|what|why|whether|"
        r"your)\b",
        r"\byour (?:path|experience|journey|advice|perspective|story|insights?|take|thoughts|"
        r"view|career|background|work|role|day|team|field|expertise|transition|move|switch)\b",
        r"\b(?:because|since|as|given) (?:you|your)\b",
        r"\breach(?:ed|ing)? out\b",
        r"\bwanted to (?:ask|reach|talk|chat|hear|learn|connect|speak)\b",
        r"\b(?:could|would|can|might) you (?:tell|share|walk|talk|describe|explain|say)\b",
        r"\bpick your brain\b",
        r"\bask you\b",
        r"\bhow you (?:got|made|moved|became|went|started|switched|transitioned|ended|came|"
        r"found|chose|decided|built|broke|landed|figured)\b",
    )],
    "job_ask": [re.compile(p) for p in (
        r"\b(?:are you|is your [\w']+|you're|you are|your [\w']+ (?:is|are)) (?:still |currently )?hiring\b",
        r"\b(?:any|job|open) (?:openings|positions|vacancies)\b",
        r"\b(?:refer|hire|recommend) me\b",
        r"\b(?:a|any) referral\b",
        r"\b(?:give|offer|get|find) me (?:a|an) (?:job|position|role|internship|interview)\b",
        r"\bput in a (?:good )?word\b",
        r"\bpass (?:along|on) my (?:cv|resume|résumé)\b",
        r"\b(?:a|any) job (?:at|with) (?:your|you)\b",
    )],
}

# Only in your own words: a match after "you"/"your" in the clause is about them.
_ABOUT_THEM = re.compile(r"\b(?:you|your|you've|you're|you'd|they|their|he|she|his|her)\b")
_OWN_VOICE = {"background", "interest"}

# Capitalised words after "I'm" that are not names.
_NOT_NAMES = {
    "i", "a", "an", "the", "so", "just", "really", "currently", "english", "american",
    "british", "canadian", "australian", "indian", "chinese", "french", "german", "spanish",
    "here", "from", "in", "at", "also", "not", "very", "still", "now", "interested",
}
_INTRO = {"i'm", "im", "this", "it's", "call", "i"}


@dataclass(frozen=True)
class Check:
    key: str
    present: bool
    evidence: str | None = None  # the clause that satisfied the point, as said
    matched: str | None = None  # the exact words that matched
    start: float | None = None
    end: float | None = None
    indices: tuple[int, ...] = ()  # token indices of the matched words

    def to_dict(self) -> dict:
        return {
            "present": self.present,
            "evidence": self.evidence,
            "matched": self.matched,
            "start": None if self.start is None else round(self.start, 2),
        }


def _clause_text(clause: list[Token]) -> tuple[str, list[int]]:
    """Normalised text of a clause (fillers out) and, per character, the token it came from."""
    text, owner = "", []
    for tok in clause:
        if tok.filler:
            continue
        if text:
            text += " "
            owner.append(tok.index)
        text += tok.norm
        owner.extend([tok.index] * len(tok.norm))
    return text, owner


def _quote(clause: list[Token], limit: int = 16) -> str:
    words = [t.text for t in clause if not t.filler]
    text = " ".join(words[:limit]) + (" ..." if len(words) > limit else "")
    return text.strip(" ,;:-")


def _check_from(key: str, clause: list[Token], first: int, last: int,
                by_index: dict[int, Token]) -> Check:
    matched = [by_index[i] for i in range(first, last + 1) if i in by_index and not by_index[i].filler]
    return Check(
        key, True, _quote(clause), " ".join(t.text for t in matched).strip(" ,.;:?!"),
        matched[0].start, matched[-1].end, tuple(t.index for t in matched),
    )


def _find_pattern(key: str, units: list[list[Token]], by_index: dict[int, Token]) -> Check:
    for clause in units:
        text, owner = _clause_text(clause)
        for pattern in PATTERNS[key]:
            for m in pattern.finditer(text):
                if key in _OWN_VOICE and _ABOUT_THEM.search(text[: m.start()]):
                    continue
                return _check_from(key, clause, owner[m.start()], owner[m.end() - 1], by_index)
    return Check(key, False)


def _find_name(units: list[list[Token]], by_index: dict[int, Token]) -> Check:
    for clause in units:
        toks = [t for t in clause if not t.filler]
        norms = [t.norm for t in toks]
        for i, tok in enumerate(toks):
            # "my name is Sam", "my name's Sam"
            if norms[i:i + 3] == ["my", "name", "is"] and i + 3 < len(toks):
                return _check_from("name", clause, tok.index, toks[i + 3].index, by_index)
            if norms[i:i + 2] == ["my", "name's"] and i + 2 < len(toks):
                return _check_from("name", clause, tok.index, toks[i + 2].index, by_index)
            # "I'm Sam", "I am Sam", "this is Sam", "call me Sam"
            if tok.norm in _INTRO:
                j = i + 1
                if (tok.norm, norms[j] if j < len(toks) else "") in {("i", "am"), ("this", "is"),
                                                                   ("call", "me")}:
                    j += 1
                elif tok.norm in {"i", "this", "call"}:
                    continue
                if j < len(toks) and toks[j].text[:1].isupper() and toks[j].norm not in _NOT_NAMES:
                    last = j + 1 if j + 1 < len(toks) and toks[j + 1].text[:1].isupper() \
                        and toks[j + 1].norm not in _NOT_NAMES and not toks[j].text.endswith((",", ".")) \
                        else j
                    return _check_from("name", clause, tok.index, toks[last].index, by_index)
            # "Sam here"
            if i == 0 and len(toks) >= 2 and norms[1] == "here" and tok.text[:1].isupper() \
                    and tok.norm not in _NOT_NAMES and tok.norm not in {"hi", "hello", "hey"}:
                return _check_from("name", clause, tok.index, toks[1].index, by_index)
    return Check("name", False)


def checklist(tokens: list[Token]) -> dict[str, Check]:
    """The four points (and a job request, which a pitch must not make), each with evidence."""
    by_index = {t.index: t for t in tokens}
    units = [c for s in sentences(tokens) for c in clauses(s)]
    found = {"name": _find_name(units, by_index)}
    for key in ("background", "interest", "ask", "job_ask"):
        found[key] = _find_pattern(key, units, by_index)
    return found


def missing_point(checks: dict[str, Check]) -> str | None:
    """The first point not made, in the order a pitch says them."""
    for key in ITEMS:
        if not checks[key].present:
            return key
    return None
