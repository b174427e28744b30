"""The grammatical form of one sentence: what kind of answer it invites.

A sentence is cut into clauses at commas and dashes, because spoken questions often arrive
after a lead-in ("And your wife, what does she say?", "Can I ask you, what do you like?").
The last clause that opens like a question decides; subordinate clauses ("when you go out")
do not count, because a wh-word directly followed by a subject is not asking anything.
Each form maps to a question type and carries the phrase a user-facing reason is built from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scoring.options import has_choice, offers_answers
from practice.scoring.tags import CHECK_INS, TAG_END, bare_tag
from practice.scoring.text import clean, words
from practice.scoring.wordclasses import (
    AUX, DEGREE_VERBS, FACT_HOW, FACT_WH, FACT_WHAT, KNOWING, MARKERS, NEGATIVE_AUX, OPINION, PREPOSITIONS,
    REQUEST_VERBS, SUBJECTS, WH,
)

_REQUEST_OPEN = re.compile(
    r"^(?:please |i(?: need| want|'d like| would like|'d love| would love) you to )?(?:tell (?:me|us)|describe|explain|walk (?:me|us)|talk (?:to me |with me )?(?:about|through|a bit|a little|more)"
    r"|share|elaborate|expand|paint|run (?:me|us) through|say (?:more|a bit|a little)|give (?:me|us) (?:an? )?(?:example|sense|idea|overview|picture|rundown)"
    r"|help (?:me|us) understand|take (?:me|us) through|fill (?:me|us) in|go on|keep going|let's talk|let me hear|remind me (?:again )?(?:what|how|why)"
    r"|if you (?:can|could|would) (?:just |maybe |kind of |sort of )*(?:tell|give|describe|explain|walk|talk|share|say))"
)
_INDIRECT = re.compile(
    r"^(?:can|could|would|will|won't)\s+(?:you|ya)\s+(?:please\s+|maybe\s+|just\s+|perhaps\s+|kind of\s+|sort of\s+|possibly\s+)*"
    r"(?:tell|describe|explain|walk|talk|share|say (?:more|a bit|a little)|elaborate|expand|give (?:me|us) (?:an? )?(?:example|sense|idea|overview|picture|rundown)"
    r"|help (?:me|us) understand|paint|take (?:me|us) through|run (?:me|us) through|fill (?:me|us) in|think (?:of|about)|remember|recall|repeat|imagine|picture|reflect"
    r"|(?:start|begin|kick off) by (?:telling|describing|explaining|walking|talking|sharing|giving))"
    r"|^(?:would|do)\s+you\s+mind\s+(?:telling|describing|explaining|walking|talking|sharing|saying)"
    r"|^(?:would|will) you be (?:willing|able|open) to (?:tell|describe|explain|walk|talk|share|say)"
)
_CURIOUS = re.compile(
    r"\b(?:curious|wondering|wonder|wondered|interested to (?:hear|know|learn)|interested in (?:hearing|knowing|learning)"
    r"|(?:love|like|want|wanted|keen|glad|hoping|hope|hoped) to (?:hear|know|learn|understand|ask)|eager to (?:hear|know)"
    r"|(?:can|could|may) i ask(?: you)?(?= (?:what|how|why|where|when|who|which|if|whether|about)\b)"
    r"|(?:gonna|going to|meant to|was going to|wanted to) ask(?: you)?(?= (?:what|how|why|where|when|who|which|if|whether|about)\b))\b"
)
# Commas, dashes and false starts ("Did- have you ...") end a clause.
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:[,;:]|--+|\s[-—–]+\s|—|–|(?<=\w)-(?=\s|$)|\s+or\s+(?=(?:what|how|why|where|when|who|which)\s+\w)"
    # "what do you do day to day and do you talk to clients": a second question, unpunctuated
    # ... also after "and also", "and like", and with any subject: "and what was instructing
    # actually like", "and like what do chefs look at", "and what happens to you guys if ..."
    r"|\s+and\s+(?:also\s+|like\s+|then\s+|so\s+)*(?=(?:do|does|did|is|are|was|were|can|could|would|will|have|has)\s+(?:you|they|there|it|we)\b"
    r"|(?:what|how|why|where|when|who|which)\s+(?:do|does|did|is|are|was|were|can|could|would|will|have|has)\s+\w+"
    r"|what (?:happens|happened|made|makes|keeps|kept|got|gets)\b))\s*"
)


_CLEFT = re.compile(
    r"^(?:what i(?:'m| am) (?:really |actually )?(?:asking|wondering|curious about|getting at|trying to (?:ask|say|get at))"
    r"|what i(?:'d| would) (?:like|love) to (?:know|ask|hear)|what i want(?:ed)? to (?:know|ask)|i guess what i'm asking"
    r"|what i(?:'m| am) (?:really |most |also )?(?:interested in|curious about)"
    r"|(?:my|the) (?:real |main |other |next |first |last |one )?question)(?: for you)? is (?:really |just |basically |more |kind of )?(\S.*)$"
)


@dataclass(frozen=True)
class Form:
    """What one sentence asks for: `kind` is a stable code, `question_type` the label."""

    kind: str           # wh_open, wh_fact, request, yes_no, choice, tag, declarative, statement
    question_type: str  # open, closed, not_a_question
    why: str            # the phrase a reason is built from
    clause: str = ""    # the words the decision rests on


STATEMENT = Form("statement", "not_a_question", "is a statement, not a question")


def strip_markers(ws: list[str]) -> list[str]:
    """Drop opening discourse markers ("Okay, so what..." -> "what...")."""
    i = 0
    while i < len(ws) - 1 and ws[i] in MARKERS:
        # keep "you" and "i" when they start the real clause ("you know", "i wonder")
        if ws[i] in {"you", "i"} and not (ws[i] == "i" and ws[i + 1] in {"mean", "guess"}) \
                and not (ws[i] == "you" and i > 0 and ws[i - 1] == "thank"):
            break
        i += 1
    return ws[i:]


def content_words(sentence: str) -> list[str]:
    return strip_markers(words(sentence))


def clauses(sentence: str) -> list[list[str]]:
    """Word lists of each clause, markers stripped, empty clauses dropped."""
    parts = [strip_markers(words(p)) for p in _CLAUSE_SPLIT.split(clean(sentence))]
    return [p for p in parts if p]


def clause_form(ws: list[str], asked: bool = True, alone: bool = True) -> Form | None:
    """The form of a clause if it opens like a question or a request, else None.

    `asked`: the sentence ends in "?"; `alone`: the clause is the whole sentence (a lone
    "What," before other clauses is surprise, not a question).
    """
    if not ws:
        return None
    said = " ".join(ws)
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    if first in PREPOSITIONS and second in WH:  # "In what way...", "For how long..."
        return clause_form(ws[1:], asked, alone)
    cleft = _CLEFT.match(said)
    if cleft:  # "What I'm asking is what made you leave": the question after "is" decides
        rest = cleft.group(1).split()
        found = clause_form(rest, asked, alone)
        if found or rest[0] not in WH | {"if", "whether"}:
            return found
        return _embedded(rest, said)  # "My question is whether you enjoy it."
    if first in WH:
        if len(ws) == 1 and not alone and first in {"what", "huh"}:
            return None
        return _wh_form(ws, asked)
    if _REQUEST_OPEN.search(said):
        return Form("request", "open", f'asks for an account ("{_quote(ws, 3)} ...")', said)
    if _INDIRECT.search(said):
        return Form("request", "open", f'is an indirect request for an account ("{_quote(ws, 3)} ...")', said)
    if re.match(r"^(?:is there )?(?:anything|something) else\b", said):
        return Form("request", "open", 'invites more ("anything else ...")', said)
    if asked and re.match(r"^any (?:other |more |further )?(?:thoughts|ideas|advice|tips|suggestions|recommendations|things|benefits|reasons|examples|lessons)\b", said):
        return Form("request", "open", f'invites ideas ("{_quote(ws, 3)} ...")', said)
    if first in {"i'm", "im", "i", "i'd", "just", "am", "i've", "was", "wondering", "curious", "i'll", "can", "could", "may"}:
        m = _CURIOUS.search(" ".join(ws[:6]))
        after = ws[len(" ".join(ws)[:m.end()].split()):] if m else []
        if m and after[:1] == ["from"]:
            return None  # "I wanted to hear from someone who does it": a purpose, not a question
        if m and (after or not alone):  # "I'm curious." alone asks nothing
            return _embedded(after, said)
    if asked and len(ws) > 2 and first in {"isn't", "aren't", "wasn't", "weren't"} and second not in SUBJECTS | {"i"}:
        # "Isn't running your own practice less stressful?": any subject, still asks for agreement
        # (but "Doesn't sound like fun?" has dropped its subject: a statement said as a question)
        return Form("yes_no", "closed", f'asks for agreement ("{_quote(ws, 3)} ...")', said)
    if re.match(r"^(?:you (?:don't|wouldn't) )?you (?:don't|wouldn't|do not) (?:happen to |by any chance )?know (?:if|whether|of|anyone|anybody|someone)\b", said):
        return Form("yes_no", "closed", "asks whether they know (\"you don't happen to know ...\")", said)
    if asked and len(ws) > 2 and first in _AUX_NOUN_SUBJECT and second not in WH | {"not", "so", "just", "like", "also"} \
            and second not in SUBJECTS | {"i"} and not second.endswith("ing"):
        # "is tax season as bad as everyone says": a noun subject after the auxiliary
        return Form("yes_no", "closed", f'can be answered yes or no ("{_quote(ws, 2)} ...")', said)
    if first in AUX and second in SUBJECTS | {"i"}:
        if first in NEGATIVE_AUX:
            return Form("yes_no", "closed", f'asks for agreement ("{_quote(ws, 3)} ...")', said)
        return Form("yes_no", "closed", f'can be answered yes or no ("{_quote(ws, 2)} ...")', said)
    return None


_AUX_NOUN_SUBJECT = {"is", "are", "was", "were", "does", "did", "has", "should"}


def _quote(ws: list[str], n: int) -> str:
    text = " ".join(ws[:n])
    return text[:1].upper() + text[1:]


def _wh_form(ws: list[str], asked: bool = True) -> Form | None:
    """Interrogative wh-clause, or None for a subordinate one ("when you go out")."""
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    said = " ".join(ws)
    if second in {"you", "i", "we", "they", "he", "she", "people", "it", "you're", "i'm",
                  "we're", "they're", "it's", "you've", "i've"} and len(ws) > 2 \
            and first not in {"how's", "what's", "who's", "where's", "why's", "when's", "why'd", "how'd", "what'd", "whats", "where'd", "when'd", "who'd"}:
        # "what you said", "when you go out", "what I can do is": no inversion, no question;
        # but "How you started in this career?" asks, in the grammar of a second language
        if asked and first in {"how", "why"}:
            return Form("wh_open", "open", f'invites an account ("{_quote(ws, 2)} ...")', said)
        return None
    if first in {"what", "how"} and second in {"about", "else"}:
        return Form("wh_open", "open", f'invites an account ("{_quote(ws, 2)} ...")', said)
    if first in {"what", "which"} and second in {"kind", "sort", "type", "types", "kinds"}:
        return Form("wh_open", "open", f'invites an account ("{_quote(ws, 3)} ...")', said)
    opinion = any(w in OPINION for w in ws[1:6])
    if first == "how" and second in FACT_HOW:
        if second == "much" and (any(w in DEGREE_VERBS for w in ws[2:7])
                                 or any(w in DEGREE_VERBS - {"like"} for w in ws[7:9])):
            return Form("wh_open", "open", 'asks "how much" as a matter of degree', said)
        return Form("wh_fact", "closed", f'asks for a single fact ("How {second} ...")', said)
    if first in FACT_WH:
        if second in {"or", "if", "and", "to"} or not asked and not first.endswith("'s") \
                and not any(w in AUX or w.endswith("'s") for w in ws[1:4]):
            return None  # "when or if you ever ...": subordinate
        if first == "which" and second == "of" and len(ws) > 3 and ws[2] in {"these", "those", "the", "them"} \
                and ws[3] in {"two", "three", "both", "2", "3", "options", "paths", "routes"}:
            # "Which of those two would you recommend?": a pick between options named
            return Form("choice", "closed", f'asks to pick one of the options named ("{_quote(ws, 4)} ...")', said)
        if second == "else" or (opinion and first in {"where", "who", "which", "where's"}):
            return Form("wh_open", "open", f'invites a view ("{_quote(ws, 3)} ...")', said)
        return Form("wh_fact", "closed", f'asks for a single fact ("{_quote(ws, 1)} ...")', said)
    like = next((i for i, w in enumerate(ws) if w == "like" and i > 1), None)
    if first in {"what", "what's"} and like and ws[like - 1] not in {"you", "i", "we", "they", "he", "she",
                                                                    "would", "to", "really", "also", "people"}:
        return Form("wh_open", "open", f'asks what something is like ("{_quote(ws, 3)} ...")', said)  # "What's the culture like?"
    head = ws[1:4] if second not in {"is", "was", "are", "were", "'s"} else ws[2:5]
    if first in {"what", "which"} and second in FACT_WHAT or first in {"what", "what's"} and \
            len(head) > 1 and head[0] in {"your", "the", "his", "her", "their"} and head[1] in FACT_WHAT \
            and (len(head) < 3 or head[2] in _AFTER_HEAD | FACT_WHAT):
        return Form("wh_fact", "closed", f'asks for a single fact ("{_quote(ws, 3)} ...")', said)
    return Form("wh_open", "open", f'invites an account ("{_quote(ws, 2)} ...")', said)


# After the noun a fact question asks for ("What's your salary range?" is not "What's the team
# culture?"): nothing, a function word, or a verb of the question.
_AFTER_HEAD = AUX | SUBJECTS | PREPOSITIONS | {"'s", "range", "like", "now", "there", "here", "again"}


def _embedded(ws: list[str], said: str) -> Form:
    """"I'm curious what/how/if ...": the embedded question, within a few words of the
    curiosity, decides (not a "who" deep inside: "I'd like to learn from people who ...")."""
    rest = ws[:]
    for _ in range(3):
        if not rest or rest[0] in WH | {"if", "whether", "about", "more"} | REQUEST_VERBS:
            break
        rest = rest[1:]
    if rest and rest[0] in {"if", "whether"}:
        # "I was wondering if you could tell me ..." is "Could you tell me ...?"
        if len(rest) > 3 and rest[1] == "you" and rest[2] in {"could", "would", "can", "will", "might"}:
            asked = [rest[2], "you"] + rest[3:]
        elif len(rest) > 2 and rest[1] in {"you'd", "you'll"}:
            asked = ["would", "you"] + rest[2:]
        else:
            asked = []
        if asked and _INDIRECT.search(" ".join(asked)):
            return Form("request", "open", "is an indirect request for an account", said)
        return Form("yes_no", "closed", 'asks "whether": it can be answered yes or no', said)
    if rest and rest[0] in WH:
        inner = _wh_form(rest) or _wh_form([rest[0], "do"] + rest[1:])
        if inner and inner.kind == "wh_fact":
            return Form("wh_fact", "closed", "asks for a single fact, even though phrased as curiosity", said)
    return Form("request", "open", 'states curiosity and invites an account ("I\'m curious ...")', said)


_ASIDE = re.compile(r",\s*if (?:anything|any|ever|at all|so|not)\s*,", re.IGNORECASE)


def sentence_form(sentence: str) -> Form:
    """Classify one sentence by the answer its wording invites."""
    # "What, if anything, do you miss?": the aside is not a clause of its own
    sentence = _ASIDE.sub(" ", sentence)
    low = clean(sentence).lower().rstrip()
    asked = bool(re.search(r"\?\W*$", low))
    parts = clauses(sentence)
    if not parts:
        return STATEMENT
    found = [(i, f) for i, p in enumerate(parts)
             if not (i and not asked and _subordinate_wh(p)) and (f := clause_form(p, asked, alone=len(parts) == 1))]
    if len(found) > 1 and CHECK_INS.search(" ".join(parts[found[-1][0]])):
        found = found[:-1]
    if found:
        i, form = found[-1]
        # the open question before a run of yes/no clauses ("How do you think it plays into
        # the test - does it help, or does it give you bad habits?")
        k = len(found) - 1
        while k > 0 and found[k][1].kind in {"yes_no", "choice"}:
            k -= 1
        if k < len(found) - 1 and found[k][1].kind == "wh_open" and offers_answers(low, parts[found[k + 1][0]:]):
            # "How did you get qualified, like did you go to college or something?": the
            # yes/no question offers an answer to the open one, which is still the question
            return found[k][1]
        if _is_tag(parts[i]) and i == len(parts) - 1 and i > 0 and len(parts[i - 1]) > 1 \
                and parts[i - 1][-1] != parts[i][0]:  # "Is- is it hard?" restarts; it is no tag
            if len(found) == 1:  # "You like it, don't you?"
                return Form("tag", "closed", "ends with a tag asking for agreement", form.clause)
            i, form = found[-2]
        if form.kind == "yes_no" and has_choice(sentence):
            return Form("choice", "closed", "offers a choice between options", form.clause)
        if form.kind in {"wh_open", "wh_fact"} and _options_follow(parts[i + 1:]):
            return Form("choice", "closed", "lists options to pick from", form.clause)
        # "do, do you like to cook." restarts the question itself: still a question
        opens_itself = i == 1 and parts[0] == parts[1][:1] and len(parts[1]) >= 3
        if not asked and form.kind == "yes_no" and not opens_itself \
                and (len(parts[i]) < 3 or i and parts[i - 1][-1] == parts[i][0]):
            return STATEMENT  # "the live feed is- is the part they pay for.": a restart, not a question
        return form
    if not asked and bare_tag(low):
        return Form("tag", "closed", "ends with a tag asking for agreement", low)
    if not asked and len(parts) > 1 and parts[-1] in (["huh"], ["right"]) and len(parts[-2]) >= 3 \
            and not re.search(r"\b(?:that's|that is|all|exactly|you're) right\W*$", low):
        # "They just snap it right up, huh." / "You just like to watch it, right." (said rising)
        return Form("tag", "closed", "ends with a tag asking for agreement", low)
    if not asked and _ASKS_PERMISSION.search(low):
        return Form("yes_no", "closed", 'asks permission ("..., if that\'s okay")', low)
    if not asked and _SO_YOU_THEN.search(" ".join(words(low))):
        return Form("declarative", "closed", "is a guess offered for confirmation (\"... then\"): it asks for a yes or no", low)
    if not asked and not found and not re.search(r"[,.?!;:]", low):
        inner = _bare_question(words(low))
        if inner:
            return inner
    if not asked:
        return STATEMENT
    # A question mark without a question form: in-situ wh ("You've been there how long?"),
    # a tag, a choice, or a statement said with rising intonation.
    ws = words(low)
    for a, b in zip(ws, ws[1:]):
        if a == "how" and b in FACT_HOW:
            return Form("wh_fact", "closed", f'asks for a single fact ("how {b}")', low)
    if len(ws) > 2 and TAG_END.search(low):
        return Form("tag", "closed", "ends with a tag asking for agreement", low)
    if has_choice(sentence):
        return Form("choice", "closed", "offers a choice between options", low)
    at = max((i for i, w in enumerate(ws) if w in WH and i >= len(ws) - 3), default=None)
    if at is not None and not (at and ws[at - 1] in KNOWING):
        # "You moved there from where?"; but "You know what I mean?" asks yes or no.
        inner = _wh_form(ws[at:]) if len(ws) - at > 1 else _wh_form([ws[at], "is"])
        if inner:
            return Form(inner.kind, inner.question_type, inner.why, low)
    return Form("declarative", "closed", "is a statement with a question mark: it asks for a yes or no", low)


def _subordinate_wh(ws: list[str]) -> bool:
    """In a statement, a wh-clause after a comma without inversion continues the statement:
    "So you're worried about how, where this is going."."""
    if not ws or ws[0] not in WH or ws[0] in {"what's", "how's", "where's", "who's", "why's", "when's", "why'd", "how'd", "what'd"}:
        return False
    return len(ws) > 2 and ws[1] in SUBJECTS


# "I'd also like to check in about your alcohol use, if that's okay with you.": asks permission
_ASKS_PERMISSION = re.compile(r"\b(?:i'd|i would|i want|i wanted|let me|let's|can i|could i|may i)\b.*,\s*if "
                              r"(?:that's|that is|it's|it is) (?:okay|ok|all right|alright|fine)(?: with you)?\W*$")
_SO_YOU_THEN = re.compile(r"^(?:(?:oh|so|wait|okay|ok|and|but|right)\s+)*(?:so\s+)?you(?:'re|'ve)?\s+(?:\w+\s+){1,12}then$")
# Words after which an unpunctuated "do you ..." / "is that ..." cannot be a question start.
_NOT_BEFORE_ASK = WH | SUBJECTS | AUX | {"if", "whether", "than", "as", "because", "what", "thing", "things", "to",
                                         "and", "or", "that's", "it's", "not"}


def _bare_question(ws: list[str]) -> Form | None:
    """A transcript without punctuation runs a question on from what came before it:
    "eight months thats a long wait what did you do in the meantime", "nine years wow do
    you still enjoy it", "four hundred a day thats a lot is that like actually safe". An
    inverted wh-clause ("what did you", "how high are the") is a question wherever it
    starts; an auxiliary before "you", "they", "it", "there" or "that" is one after a word
    that cannot end a clause leading into it; "... and i was wondering how much of that
    transfers" states curiosity mid-run."""
    for i in range(len(ws) - 2, 0, -1):
        a, b, c = ws[i], ws[i + 1], ws[i + 2] if i + 2 < len(ws) else ""
        # "how long have you", "how high are the"; not "is that how you did it" (an embedded clause)
        inverted = (a in WH and b in AUX and c in SUBJECTS | {"i"}) or \
                   (a == "how" and b not in AUX | SUBJECTS | {"i"} and c in AUX)
        # "um what does covering city hall look like", "so mostly weddings whats the difference like"
        merged = (a in WH and b in {"do", "does", "did"} and len(ws) - i >= 4) or \
                 (a in {"what's", "how's", "where's", "who's", "why's"} and b in SUBJECTS and len(ws) - i >= 3) or \
                 (a in {"what's", "how's"} and b in {"all", "the", "that", "this", "those", "these", "your"} and len(ws) - i >= 4)
        # "... would count for anything what kind of work would use that"
        kind_of = (a in {"what", "which"} and b in {"kind", "sort", "type", "kinds", "sorts", "types"}
                   and c == "of" and any(w in AUX for w in ws[i + 3:i + 6]))
        merged = merged or kind_of
        # "what kind of what kind of work": a restart; the word before the first try counts
        before = i - 3 if kind_of and i >= 4 and ws[i - 3:i] == ws[i:i + 3] else i
        if merged and ws[before - 1] in KNOWING | PREPOSITIONS | {"that's", "it's", "is", "was", "of"} \
                and ws[before - 2:before] != ["i", "guess"]:  # "so i guess um what's it like ...": a hedge
            merged = False
        if inverted or merged:
            return clause_form(ws[i:], True)
    for i in range(len(ws) - 3, 0, -1):
        a, b = ws[i], ws[i + 1]
        if a in _BARE_AUX and b in _BARE_SUBJECT and (ws[i - 1] not in _NOT_BEFORE_ASK or ws[i - 1] == a and i == 1):
            return clause_form(ws[i:], True)
        # "if i apply in march can i put your name down": asking leave after what they plan
        if a in {"can", "could", "should", "may"} and b == "i" and ws[i - 1] not in _NOT_BEFORE_ASK | {"i"}:
            return clause_form(ws[i:], True)
        # "... really rough what got you through it", "... um what actually happens when it
        # breaks": a wh-word as the subject
        verb = ws[i + 2] if b in _SUBJECT_ADVERBS else b
        if a in {"what", "who"} and b not in AUX | SUBJECTS | WH and len(b) > 2 \
                and (ws[i + 2] in {"you", "your"} or verb in _WH_SUBJECT_VERBS) \
                and ws[i - 1] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "it's", "and"} \
                and not (verb in _WH_SUBJECT_VERBS and ws[i - 1] in REQUEST_VERBS | _SHOWING):  # "show what changed"
            return Form("wh_open", "open", f'invites an account ("{_quote(ws[i:], 3)} ...")', " ".join(ws[i:]))
    head = strip_markers(ws)  # "so is tax season really as rough as ..."
    if len(head) > 2 and head[0] in _AUX_NOUN_SUBJECT and head[1] not in WH | {"not", "so", "just", "like", "also"}:
        return clause_form(head, True)  # "is tax season as bad as everyone says"
    for k in range(len(ws) - 4, 0, -1):  # the last stated curiosity, when no question form came after it
        if ws[k] in {"i", "i'm", "im"} and ws[k - 1] in {"and", "so", "but", "like", "okay", "ok", "just"}:
            form = clause_form(ws[k:], True)
            if form is not None and _CURIOUS.search(" ".join(ws[k:k + 6])):
                return form
    return None


_SHOWING = {"show", "shows", "list", "decide", "decides", "check", "see", "figure", "learn", "watch"}
_SUBJECT_ADVERBS = {"actually", "really", "exactly", "usually", "normally", "typically", "even"}
_WH_SUBJECT_VERBS = {"happens", "happened", "makes", "made", "keeps", "kept", "gets", "got", "brought", "brings",
                     "drew", "draws", "surprised", "surprises", "changed", "changes", "goes", "went", "helps",
                     "helped", "drives", "drove", "motivates", "motivated", "pushed", "led", "stands"}
_BARE_AUX = {"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "have", "has",
             "don't", "doesn't", "didn't", "isn't", "aren't", "wouldn't", "can't", "couldn't"}
_BARE_SUBJECT = {"you", "they", "it", "there", "that", "y'all", "your"}


def _options_follow(rest: list[list[str]]) -> bool:
    """ "What do you prefer, the startup or the agency?": short option list after the question."""
    return any("or" in p[1:] and len(p) <= 8 and not clause_form(p, True) for p in rest)


def _is_tag(ws: list[str]) -> bool:
    return len(ws) <= 3 and ws[0] in AUX
