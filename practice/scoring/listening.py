"""Active-listening cues: does the turn show the user heard the interviewee's last answer?

Acknowledgement, reference, follow-up and topic switch are rules over the words of both
turns; reflection (a paraphrase or summary) is `reflecting`'s, from the small learned model
in `data/reflection.json`. Every cue carries evidence:
the words it rests on.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from practice.scoring.acknowledge import acknowledgement, echo, introduces_self
from practice.scoring.answers import leaves_a_topic, speaks_of_a_way_in
from practice.scoring.flags import job_ask
from practice.scoring.initials import initialisms, shared_initials, spelled_out
from practice.scoring import meaning, praise
from practice.scoring.lexicon import STOPWORDS, content_stems, content_words, related_words, stem
from practice.scoring.questions import TurnQuestions, is_check_in
from practice.scoring.reflecting import TOPIC_CHANGE, about_myself, evaluates, reflection, says_back
from practice.scoring.text import clean, words

GENERIC = set("""
job jobs work working worked career careers company companies field fields role roles people
person day days time times year years lot lots things thing part parts way ways industry
really interesting great good experience experiences question questions today now first next
team teams also yes yeah okay sure guys definitely probably usually always never sometimes
talk talks talking talked speak speaking spoke chat meet meeting reach contact connect
""".split())  # the verbs of "Is there anyone else I should talk to?" are not a detail of the answer
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
    # (not "..., or is that just my fantasy?": the user's own idea, offered and doubted)
    r"|(?<!\bor )\b(?:was|is|were|are|did|does|has|had|would|will) (?:that|this|those|these)\b"
    r"|\b(?:about|into|with|from|for|on|at|through|after|before|during|over|like|love|enjoy|miss|find|handle|manage"
    r"|balance|learn|learned|use|choose|chose|pick|picked|start|started|do|did|pay|paid) (?:it|them)\b(?! (?:is|was|to|that|takes?)\b)"
    r"|\b(?:was|did|does|has|had) it\b(?! takes?\b)|\bthen\s*\?\s*$"
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

@dataclass
class Listening:
    """Which listening cues a turn shows; `evidence` maps each cue found to the words it rests on."""

    acknowledgement: bool = False
    reflection: bool = False
    reference: bool = False
    follow_up: bool = False
    topic_switch: bool = False
    evidence: dict[str, str] = field(default_factory=dict)
    # how sure the praising (reflection) and criticising (topic switch) cues are, 0..1: the
    # review and live cues show a cue only at `confidence >= practice.scoring.confidence.bar(cue)`
    confidence: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def shared_details(text: str, theirs: list[str], details_only: bool = False) -> list[str]:
    """Specific words of the interviewee's turns that the user repeats (in any inflection);
    `details_only` leaves out everyday verbs, which show the user is on the answer but are
    no detail of it to refer to."""
    mine = content_stems(text)
    heard: dict[str, str] = {}
    for turn in theirs:
        heard.update(content_stems(turn))
    found = [_as_written(text, mine[s]) for s in mine if s in heard and mine[s] not in GENERIC and s not in GENERIC
             and not (details_only and (mine[s] in EVERYDAY_VERBS or s in EVERYDAY_VERBS))]
    # a number of theirs said again ("What's one day on the 14 you'll never forget?" after "I
    # drive the 14 line") is as specific a detail as a word
    said = {w for turn in theirs for w in words(turn) if w.isdigit() and len(w) >= 2}
    return found + [w for w in dict.fromkeys(words(text)) if w in said] + shared_initials(text, theirs) \
        + _shared_compounds(text, theirs)


_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def _shared_compounds(text: str, theirs: list[str]) -> list[str]:
    """Hyphenated words said again ("How does the co-op work?" after "a cheese co-op"): split
    into their parts, "co" and "op" are too short to count as words, the whole is a detail."""
    heard = {c for turn in theirs for c in _COMPOUND.findall(turn.lower())}
    return [c for c in dict.fromkeys(_COMPOUND.findall(text.lower())) if c in heard
            and not all(p in GENERIC or len(p) > 3 for p in c.split("-"))]


# Verbs every answer and question uses: repeating one ("anyone else I should talk to?" after
# "I talk to clients") refers to no detail of what they said.
EVERYDAY_VERBS = set("""
talk talking talked say said saying tell telling told ask asked asking go going went get getting got make making made
know knew think thought want wanted need needed see saw come came take took give gave feel felt look looked find found
keep kept help helped try tried use used call called move moved learn learned love loved like liked spend spent pay paid
put run happen happened mean meant seem seemed leave left show showed hear heard become became stay stayed start started
end ended let lets hope hoped deal dealt handle handled mind recommend recommended reach reached send sent
""".split())


def _as_written(text: str, word: str) -> str:
    """The word with the capitals the user gave it ("singapore" -> "Singapore")."""
    m = re.search(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE)
    return m.group(0) if m else word


def follow_up(text: str, questions: TurnQuestions, previous: str, shared_prev: list[str]) -> str | None:
    """A question about what was just said: it points back ("How did that feel?"), reuses a
    specific word of the last answer, or follows a sentence that did ("You mentioned the
    rotation program. How did it shape you?")."""
    asked = [a for a in questions.questions if not is_check_in(a.sentence)]
    if TOPIC_CHANGE.search(clean(text).lower()):
        return None
    if asked and shared_prev:  # their words first, then a question pointing at them
        before = clean(text.split(asked[-1].sentence)[0]).lower()
        said_before = {stem(w) for w in words(before)}
        if any(stem(w.lower()) in said_before for w in shared_prev) and \
                set(words(asked[-1].sentence)) & {"it", "that", "this", "there", "those", "they", "them", "these", "one"}:
            return f"{', '.join(shared_prev[:2])} ... {_short_q(asked[-1].sentence)}"
    for a in asked:
        low = clean(a.sentence).lower()
        mine = {stem(w) for w in words(low)}
        named = set(initialisms(a.sentence)) | spelled_out(a.sentence)  # "PSLF" for their "Public Service ..."
        hit = [w for w in shared_prev if stem(w.lower()) in mine or w in named  # their own words make the best evidence
               or "-" in w and re.search(rf"\b{re.escape(w)}\b", low)]
        if hit:
            return ", ".join(hit[:3])
        m = FOLLOW_UP.search(low)
        if m and not _own_antecedent(clean(text).lower(), low, m, previous):
            return m.group(0).strip(" ?")
        hit = pointed_back(low, previous)
        if hit:
            return ", ".join(hit[:3])
        said_again = _verb_phrase_again(low, previous)
        if said_again:
            return said_again
        pairs = related_words(a.sentence, previous)
        # related words alone ("degree ~ learned" after seasickness): the meaning has the last
        # word, when there is one
        sim = meaning.similarity(a.sentence, previous) if pairs else None
        if pairs and (sim is None or sim >= meaning.UNRELATED):
            return ", ".join(f"{mine_w} ~ {their_w}" for mine_w, their_w in pairs[:2])
    return None


_INTRODUCING = {"the", "a", "an", "my", "your", "our", "their", "his", "her", "in", "into", "about", "for", "of"}
_NOT_NOUNS = {"kind", "sort", "type", "lot", "bit", "little", "few", "couple", "something", "anything", "everything",
              "way", "other", "same", "whole", "most", "best", "worst", "first", "last", "next", "hardest", "easiest"}


def _own_antecedent(turn: str, question: str, m: re.Match, previous: str) -> bool:
    """The pronoun the rule found ("for it", "does it") has a noun of the user's own before it:
    "What was the FAA Academy like when you went through it?", "How did you get into theater
    design? Did you study it?", "your team doesn't have a fellowship slot, does it?". It refers
    to what the user just named, not to the answer (11 of 31 such turns of the labelled sets).
    A noun the answer used ("Did the company pay for it?" after "the company") still points back."""
    pronoun = re.search(r"\b(?:it|them|that)\b", m.group(0))
    if not pronoun:
        return False
    at = turn.find(question)
    before = words((turn[:at] if at >= 0 else "") + " " + question[:m.start()])
    if pronoun.group(0) == "that":
        # "I heard vet techs don't get paid much, is that true?": what they heard, not the answer
        return bool(_HEARSAY_BEFORE.search(" ".join(before))) \
            and bool(re.match(r"(?:is|was) that (?:true|right|so|the case)\b", question[m.start():]))
    return _names_own(before, previous, pronoun.group(0))


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


def _verb_phrase_again(question: str, previous: str) -> str | None:
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


def _short_q(sentence: str, n: int = 6) -> str:
    ws = sentence.split()
    return " ".join(ws[:n]) + (" ..." if len(ws) > n else "")


def listen(text: str, questions: TurnQuestions, previous: str | None,
           earlier: list[str] | None = None, mine: str | None = None, guess: bool = False) -> Listening:
    """All cues for one turn. Without a previous answer there is nothing to listen to.
    `guess`: the question offers the user's own guess for confirmation (a leading, tag or
    declarative question), which mostly builds on the answer before it."""
    out = Listening()
    if not (previous or "").strip() or introduces_self(text, previous):
        return out
    earlier = earlier or []
    real = [a for a in questions.questions if not is_check_in(a.sentence)]
    ack = acknowledgement(text, previous, real[0].sentence if real else None)
    if ack:
        out.acknowledgement, out.evidence["acknowledgement"] = True, ack
    refl, sentence, p_refl = reflection(text, previous)
    # meaning: the question's (for follow-up and topic switch), the turn's (for reflection);
    # each is one encoding of the user's words, cached, and the answer's is cached from before
    # computed only when a rule needs it: an encoding costs milliseconds, the rules microseconds
    sims: dict[str, float | None] = {}

    def similarity_of(part: str) -> float | None:
        if part not in sims:
            sims[part] = meaning.similarity(part, previous)
        return sims[part]

    details = shared_details(text, [previous], True)  # their specific words the user repeats
    # Praise needs strong evidence: the counselling model's probability weighed by what
    # interview turns show (`praise`): a fact said back before a question, the user's own
    # story or a verdict on the answer is no paraphrase. The meaning of the saying-back
    # sentence is encoded only when the other signs leave the decision open.
    conf_refl = p_refl
    if refl:
        found = praise.signs(text, previous, sentence, p_refl, says_back(sentence), evaluates(sentence),
                             about_myself(text), bool(real))
        conf_refl = praise.confidence(found, lambda: similarity_of(sentence))
        out.reflection, out.evidence["reflection"] = True, sentence
    out.confidence["reflection"] = round(conf_refl, 3)
    shared_any = shared_details(text, [previous], True) or shared_details(text, earlier[-6:], True)
    if shared_any:
        out.reference, out.evidence["reference"] = True, ", ".join(shared_any[:4])
    fu = follow_up(text, questions, previous, details)
    said_new_topic = bool(TOPIC_CHANGE.search(clean(text).lower()))
    if not fu and real and not said_new_topic:
        said_back = echo(text, previous)
        if said_back:  # "Six weeks in a camp ... How do you stay close to your family?"
            fu = f"said back \"{said_back}\", then asked"
    # "Switching gears, ..." announces a switch; after an acknowledgement it is a polite one
    announced = said_new_topic and not out.acknowledgement
    sim_q = similarity_of(real[-1].sentence) if real and not fu and not said_new_topic else None
    if sim_q is not None and sim_q >= meaning.ON_TOPIC:
        fu = f"about what they just said (meaning, similarity {sim_q:.2f})"
    # "It must've been scary to walk away from a steady paycheck, wasn't it?" after "before I
    # went out on my own": a guess offered for confirmation is about the answer unless its
    # meaning is far from it (49 of 74 such turns of the labelled sets follow up; at 0.15, 38
    # of the 52 it calls). A job ask worded as a guess is not one.
    elif guess and sim_q is not None and sim_q >= meaning.GUESS_ON_TOPIC and not job_ask(text):
        fu = f"a guess about what they just said (meaning, similarity {sim_q:.2f})"
    if fu:
        out.follow_up, out.evidence["follow_up"] = True, fu
    # Only their last answer counts: going back to something said earlier still leaves it unheard.
    heard = out.follow_up or out.reflection or details or out.acknowledgement
    if real and leaves_a_topic(previous) and (announced or not heard):
        out.topic_switch = True
        out.evidence["topic_switch"] = ("announced a new topic" if announced
                                        else "no word or idea from their answer")
        out.confidence["topic_switch"] = topic_switch_confidence(sim_q, announced)
        # a job ask changes the topic unless the answer spoke of a way in (`answers`)
        if not announced and (points_back(real) or _ASKS_REFERRAL.search(clean(text).lower())
                              or job_ask(text) and speaks_of_a_way_in(previous)):
            out.confidence["topic_switch"] = min(out.confidence["topic_switch"], 0.35)
    return out


_ANAPHORA = {"it", "that", "this", "those", "these", "them"}
_BEFORE_SUBJECT = {"think", "say", "believe", "feel", "so", "know", "agree", "reckon", "guess", "and", "but",
                   "if", "because", "when", "why", "how", "suppose", "imagine", "mean"}
# "do you think that ...", "is it true that ...": the "that" opens a clause, it points at nothing
_BEFORE_THAT_CLAUSE = {"think", "say", "believe", "feel", "so", "know", "agree", "true", "sure", "possible", "likely",
                       "fair", "normal", "common", "realistic", "hear", "heard", "seems"}
_TIMES = {"summer", "winter", "spring", "fall", "autumn", "year", "month", "week", "weekend", "morning", "season",
          "semester", "term", "quarter", "time", "point", "days"}
_ASKS_REFERRAL = re.compile(r"\b(?:who|anyone|anybody|someone) else\b")


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
        ws = words(a.sentence)
        for i, w in enumerate(ws[:8]):
            if w in {"it", "them"} and (_dummy_it(ws, i) or _names_own(named + ws[:i], pronoun=w)):
                continue
            # "do you think that'll ...": a pronoun, never the "that" of "do you think that ..."
            # (but "the worst thing that's ever ..." is a relative clause)
            if "'" in w and w.split("'")[0] in _ANAPHORA and (i == 0 or ws[i - 1] in _BEFORE_SUBJECT):
                return True
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


def topic_switch_confidence(sim: float | None, announced: bool) -> float:
    """How sure "you changed the topic" is: sure when announced ("Switching gears ...") or
    when the turn means nothing like the answer; unsure in between. Without the model, the
    word rules alone decide, as before (shown)."""
    if announced:
        return 0.95
    if sim is None:
        return 0.75
    span = meaning.ON_TOPIC - meaning.OFF_TOPIC
    return round(max(0.0, min(1.0, (meaning.ON_TOPIC - sim) / span)), 3)
