"""What a question points at: "that", "it", "those", "her" standing for something the
professional just said, their words said back with "your" or "the", their verb said again.

The follow-up cue (`listening`) asks whether a question is about the last answer; these are
the pointing words it reads, and whether a pronoun stands for a noun of the user's own
instead ("How do people get into line work? Is there a school for it?"). Split from
`listening`, which weighs them with shared words and meaning.
"""

from __future__ import annotations

import re

from practice.scoring.clauses import clause_form
from practice.scoring.lexicon import EVERYDAY_VERBS, GENERIC, STOPWORDS, content_words, stem
from practice.scoring.runon import run_on_question
from practice.scoring.text import clean, words

_TOWARD = (r"\b(?:about|with|through|like|in|from|by|of|on|for|do|did|does|make|makes|made|handle|handled|mean"
           r"|means|felt|feel|before|after|into|to|behind|around|navigate|navigated"
           # "how do you keep that from following you home", "how do you leave that at work"
           r"|keep|keeping|kept|manage|managed|balance|juggle|survive|survived|leave|shake)")
FOLLOW_UP = re.compile(
    # "about that", "with those"
    _TOWARD + r" (?:that|those)\b"
    # "these" but not "this": "do you need a licence for this", "if i want to do this", "this
    # job", "sorry if this is forward" name the career or the question itself (0 of 11 such
    # turns of bench/data/turns_*.jsonl follow up on the answer)
    r"|" + _TOWARD + r" these\b"
    r"(?! (?:kind|type|sort|line) of\b| (?:field|industry|career|profession|work|job|role|space|area)\b)"
    r"|\b(?:that|those|these) (?:was|is|were|are|must|sounds?|felt|feels?|means?|meant|happened?|worked?|changed?"
    r"|came|led|decision|experience|project|role|transition|move|shift|switch|part|process|time|moment|period|job|program|change|step)\b"
    # "that?" / "this?" at the end, not the career: "what would I underestimate about getting into this?"
    r"|\bthat\s*\?\s*$|(?<!\binto )(?<!\bdo )(?<!\bdoing )(?<!\bin )\bthis\s*\?\s*$|\bhow so\b|\bwhat do you mean\b|\bwhat did you mean\b|\btell me more\b|\bsay more\b|\bmore about\b"
    r"|\belaborate\b|\bexpand on\b|\bwhat happened (?:next|then|after)\b|\bwhy is that\b|\bwhy was that\b|\bwhat was it like\b"
    r"|\bhow did it (?:feel|go)\b|\bwhat was that like\b|\bfor example\b|\ban example\b"
    # "What's that like day to day?", "how's that different from a hospital"
    r"|\b(?:what's|what is|how's|how is) that\b(?! (?:the|a|an|you|your|i|they|people|one)\b)"
    # one of the things they listed: "Which of the three do most applicants come in weakest on?"
    r"|\bof (?:the|those|these) (?:two|three|four|five)\b|\b(?:both|either|neither) of (?:them|those|these)\b"
    # their degree of something, pointed at: "doing something so slow, day after day"
    r"|\bsomething so (?!much\b|many\b)[a-z]+"
    # a person they named: "could you send me her email", "would he mind if I called him"
    r"|\b(?:her|him)\b(?! own\b)|\bhis (?!own\b)[a-z]+"
    # (not "..., or is that just my fantasy?": the user's own idea, offered and doubted)
    r"|(?<!\bor )\b(?:was|is|were|are|did|does|has|had|would|will) (?:that|this|those|these)\b"
    r"|\b(?:about|into|with|from|for|on|at|through|after|before|during|over|like|love|enjoy|miss|find|handle|manage"
    r"|balance|learn|learned|use|choose|chose|pick|picked|start|started|do|did|pay|paid) (?:it|them)\b(?! (?:is|was|to|that|takes?)\b)"
    # (not a guess at the answer to the user's own question, "... was it the money or the hours",
    # nor the "it" of a price or a season: "how much does it pay", "does it get crazy in april")
    r"|\b(?:was|did|does|has|had) it\b(?! takes?\b| (?:the|a|an|like|mostly|more|just|because|kind of|something|pay|pays"
    r"|cost|costs|get|gets)\b)|\bthen\s*\?\s*$"
    # a transcript drops the "?": "so what should i actually be training for then"
    r"|(?<!\bsince )(?<!\bback )(?<!\buntil )(?<!\bby )\bthen\s*$"
    # "That has to be the worst part, right?", "put up with all that", "where those colleagues
    # did", "you'd agree that's too many": pointing at the answer from inside the question
    r"|\b(?:that|this) (?:has|had|would|will|can|could|make|made|gets?|got|keeps?)\b|\ball (?:that|this|those)\b"
    r"|\bthose (?!who\b|that\b|of\b|are\b|were\b|which\b)[a-z]+|\bthat's (?:too|so|such|a lot|really|pretty|how|the (?:worst|best|hardest))\b"
    r"|\b(?:in the meantime|meanwhile|since then|back then|at that point|at the time|by then|until then)\b"
    # "there" of a place they named ("up there"), not "when there isn't", "in case there's"
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?!'s\b|'re\b| (?:is|are|was|were|be|been|any|anything|anyone|a|an|some"
    r"|isn't|aren't|wasn't|weren't|won't|will|would|might|may|must|should|could|can|needs?)\b)"
)


# "How did you get into it?", "what got you into this in the first place", "did you start
# doing this right after school": the "it" is the career the whole interview is about, not
# something of the last answer (of the 61 such questions of sets 330-441 the rules called
# follow-ups, 18 were labelled one)
_THE_CAREER = re.compile(r"\b(?:(?:get|gets|got|getting|gotten)(?: (?:you|yourself|people|someone|somebody))?"
                         r"(?: started)? in(?:to)?|start(?:ed|ing)? (?:in|doing)) (?:it|this)\b", re.IGNORECASE)


def the_career_named(question: str) -> str:
    """The question with "get into it" / "start doing this" said as "... the work", so that
    its pronoun is not read as pointing at the answer."""
    return _THE_CAREER.sub(lambda m: m.group(0).rsplit(" ", 1)[0] + " the work", question)


def question_part(sentence: str, clause: str) -> str:
    """In a transcript the sentence runs on from a reaction ("oh that would be wonderful thank
    you um what do you wish ..."), whose words point at nothing asked: the question from where
    it starts, unless a question comes before it too ("how do you ... and also what was ...")."""
    clause = clean(clause).lower()
    at = sentence.find(clause) if clause and not re.search(r"[,.;!?]", sentence) else -1
    if at <= 0:
        return sentence
    before = words(sentence[:at])
    if run_on_question(before) is not None or clause_form(before) is not None:
        return sentence
    return sentence[at:]


_INTRODUCING = {"the", "a", "an", "my", "your", "our", "their", "his", "her", "in", "into", "about", "for", "of"}
_NOT_NOUNS = {"kind", "sort", "type", "lot", "bit", "little", "few", "couple", "something", "anything", "everything",
              "way", "other", "same", "whole", "most", "best", "worst", "first", "last", "next", "hardest", "easiest"}


def own_antecedent(turn: str, question: str, m: re.Match, previous: str) -> bool:
    """The pronoun the rule found ("for it", "does it") has a noun of the user's own before it:
    "What was the FAA Academy like when you went through it?", "How did you get into theater
    design? Did you study it?", "your team doesn't have a fellowship slot, does it?". It refers
    to what the user just named, not to the answer (11 of 31 such turns of the labelled sets).
    A noun the answer used ("Did the company pay for it?" after "the company") still points back."""
    pronoun = re.search(r"\b(?:it|them|that|her|him|his)\b", m.group(0))
    if not pronoun:
        return False
    at = turn.find(question)
    before = words((turn[:at] if at >= 0 else "") + " " + question[:m.start()])
    if pronoun.group(0) in {"her", "him", "his"}:
        # "my uncle welded for thirty years and his back is ...": a person of the user's own
        return bool(_OWN_PERSON.search(" ".join(before)))
    if pronoun.group(0) == "that":
        # "I heard vet techs don't get paid much, is that true?": what they heard, not the answer
        return bool(_HEARSAY_BEFORE.search(" ".join(before))) \
            and bool(re.match(r"(?:is|was) that (?:true|right|so|the case)\b", question[m.start():]))
    return _names_own(before, previous, pronoun.group(0))


_OWN_PERSON = re.compile(r"\bmy (?:\w+ )?(?:uncle|aunt|dad|father|mom|mum|mother|brother|sister|friend|husband|wife|son"
                         r"|daughter|cousin|grandma|grandmother|grandpa|grandfather|boss|partner|teacher|professor|mentor"
                         r"|neighbou?r|colleague|coworker|manager|girlfriend|boyfriend|kid|child|nephew|niece)\b")
_HEARSAY_BEFORE = re.compile(r"\b(?:i (?:heard|read|was told|hear)|people (?:say|said|tell me)|they (?:say|said)|apparently)\b")


_POINTING = {"your", "that", "this", "those", "these", "the"}
# "before your first season": the ordinal points at its noun, not at their "my first year"
_ORDINALS = {"first", "next", "last", "second"}
_SUBJECT = {"work", "working", "job", "jobs", "career", "careers", "field", "fields", "industry", "role", "roles"}


def pointed_back(question: str, previous: str) -> list[str]:
    """Everyday words of the last answer that the question points at: "How big is your
    team?" after "My team works in sprints"; words too common to count as a detail on
    their own ("team", "job") still show the question is about what was just said."""
    theirs = {stem(w) for w in words(previous) if len(w) >= 3}
    # "before the year's up" points at "the year" as much as "the year" does
    ws = [w[:-2] if w.endswith("'s") else w for w in words(question)]
    # "your work", "the job" name the subject of the whole conversation, not the last answer
    hits = [w for a, w in zip(ws, ws[1:]) if a in _POINTING and w in GENERIC and w not in _SUBJECT
            and w not in _ORDINALS and stem(w) in theirs and (a, w) != ("these", "days")]  # "nowadays"
    # compounds: "a new book" after "audiobooks", "the game" after "endgame"
    long_theirs = [w for w in content_words(previous) if len(w) >= 7]
    hits += [w for w in content_words(question) if len(w) >= 4 and w not in GENERIC
             and any(t != w and stem(t).endswith(stem(w)) for t in long_theirs)]
    return hits


_PARTICLES = {"for", "about", "with", "into", "on", "out", "up", "through", "over", "after", "around"}
_PRONOUN_SUBJECTS = {"they", "it", "that", "those", "these", "she", "he"}


def verb_phrase_again(question: str, previous: str) -> str | None:
    """ "what do they look for" after "what the interview panel looks for": their verb and
    its particle said again, with a pronoun for who or what they named."""
    ws = words(question)
    if not set(ws) & _PRONOUN_SUBJECTS:
        return None
    theirs = words(previous.lower())
    pairs = {(stem(a), b) for a, b in zip(theirs, theirs[1:]) if b in _PARTICLES and a not in STOPWORDS}
    for a, b in zip(ws, ws[1:]):
        if b in _PARTICLES and a not in STOPWORDS and (stem(a), b) in pairs:
            return f"{a} {b}"
    return None


_ANAPHORA = {"it", "that", "this", "those", "these", "them"}
_BEFORE_SUBJECT = {"think", "say", "believe", "feel", "so", "know", "agree", "reckon", "guess", "and", "but",
                   "if", "because", "when", "why", "how", "suppose", "imagine", "mean"}
# "do you think that ...", "is it true that ...": the "that" opens a clause, it points at nothing
_BEFORE_THAT_CLAUSE = {"think", "say", "believe", "feel", "so", "know", "agree", "true", "sure", "possible", "likely",
                       "fair", "normal", "common", "realistic", "hear", "heard", "seems"}
_TIMES = {"summer", "winter", "spring", "fall", "autumn", "year", "month", "week", "weekend", "morning", "season",
          "semester", "term", "quarter", "time", "point", "days"}


# "is it true ...", "is it realistic to ...", "how long did it take", "is it worth it": an "it"
# that stands for the clause after it, not for anything said
_DUMMY_IT_AFTER = {"true", "possible", "realistic", "worth", "necessary", "common", "normal", "usual", "typical",
                   "okay", "ok", "important", "required", "better", "best", "easier", "harder", "too", "fair",
                   "like", "to", "take", "takes", "took", "mandatory", "standard", "rare", "unusual"}


def _dummy_it(ws: list[str], i: int) -> bool:
    """ws[i] is "it" with no referent: "Is it true it's a dying trade?", "How realistic is it to
    start at fifty-two?", "How long did it take you?", "is it hard to be accepted on a crew?"
    ("Is it hard on your family?" keeps its referent: no "to" clause follows)."""
    after = ws[i + 1:i + 4]
    if after and after[0] in _DUMMY_IT_AFTER:
        return True
    if len(after) >= 2 and after[0] in {"really", "still", "even", "actually"} and after[1] in _DUMMY_IT_AFTER:
        return True
    return len(after) >= 2 and after[0] not in {"on", "for", "with"} and "to" in after[1:]


def points_back(real: list) -> bool:
    """A question whose subject is "it", "that" or "all that" ("Is it hard on your family?",
    "Doesn't that push people to rush?", "How does all that affect your family?") is about
    something already said: it cannot open a new topic, whatever words it shares. Not an "it"
    that stands for a clause ("Is it true it's a dying trade?") or for a noun the user just
    named ("How do people get into line work? Is there a school for it?")."""
    named: list[str] = []
    for a in real:
        ws = words(the_career_named(a.sentence))
        for i, w in enumerate(ws[:12]):
            if w in {"it", "them"} and (_dummy_it(ws, i) or _names_own(named + ws[:i], pronoun=w)):
                continue
            # "do you think that'll ...": a pronoun, never the "that" of "do you think that ..."
            # (but "the worst thing that's ever ..." is a relative clause); further on too, as the
            # subject of a clause of its own ("How do you keep from burning out when that's most
            # of what you do?")
            if "'" in w and w.split("'")[0] in _ANAPHORA and (i == 0 or ws[i - 1] in _BEFORE_SUBJECT):
                return True
            if i >= 8:
                continue
            if w in _ANAPHORA and not (w == "that" and i and ws[i - 1] in _BEFORE_THAT_CLAUSE) \
                    and not (i + 1 < len(ws) and ws[i + 1] in _TIMES):  # "hiring this summer"
                return True
        named += ws
    return False


def _names_own(before: list[str], previous: str = "", pronoun: str = "") -> bool:
    """The words before a pronoun introduce a noun of the user's own ("get into line work"), one
    the answer (`previous`) did not use. "It" cannot stand for a plural: in "How do you and
    your coworkers deal with it?" the "it" is still what they described."""
    theirs = {stem(w) for w in words(previous)}
    return any(a in _INTRODUCING and len(w) >= 4 and w not in STOPWORDS and w not in GENERIC and w not in _NOT_NOUNS
               and w not in EVERYDAY_VERBS and stem(w) not in theirs and not (pronoun == "it" and _plural(w))
               for a, w in zip(before, before[1:]))


def _plural(word: str) -> bool:
    """ "coworkers", "shifts"; not "physics", "business", "status", "analysis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "'s"))
