"""Active-listening cues: does the turn show the user heard the interviewee's last answer?

Acknowledgement, reference, follow-up and topic switch are rules over the words of both
turns; reflection (a paraphrase or summary) is `reflecting`'s, from the small learned model
in `data/reflection.json`. Every cue carries evidence:
the words it rests on.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from practice.scoring.acknowledge import acknowledgement
from practice.scoring.echo import echo
from practice.scoring.opening import introduces_self, thanks_for_the_meeting
from practice.scoring.answers import leaves_a_topic, speaks_of_a_way_in
from practice.scoring.initials import initialisms, shared_initials, spelled_out
from practice.scoring import meaning, pair_reading, praise, weighing
from practice.scoring.confidence import bar
from practice.scoring.lexicon import EVERYDAY_VERBS, GENERIC, STOPWORDS, content_stems, related_words, stem
from practice.scoring.pointing import (
    FOLLOW_UP, own_antecedent, pointed_back, points_back, question_part, the_career_named, verb_phrase_again,
)
from practice.scoring.questions import TurnQuestions, is_check_in
from practice.scoring.reflecting import (
    TOPIC_CHANGE, about_myself, evaluates, reflecting_sentence, reflection, relates_own, says_back,
)
from practice.scoring.runon_words import BEFORE_BARE_WH
from practice.scoring.tags import HEARD_CHECK
from practice.scoring.text import clean, find_words, sentences, words


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
    # what the rules saw, as `weighing` weighs it; kept for training and tests, never saved
    signs: weighing.Signs | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        # the signs (with the question's 384-value vector) are left out before copying, not after
        data = asdict(replace(self, signs=None))
        data.pop("signs")
        return data


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
        + _shared_compounds(text, theirs) + _shared_phrases(text, theirs)


# Words that only count as a detail together: "on call", "off duty", "at night" (each word is
# everyday) and hyphenated words ("co-op", whose parts "co" and "op" are too short to count)
_PHRASE = re.compile(r"\b(?:on|off|at|over) [a-z]{4,}\b")
_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def _said_again(pattern: re.Pattern, text: str, theirs: list[str]) -> list[str]:
    """The matches of `pattern` in the user's turn that the interviewee's turns have too."""
    heard = {m for turn in theirs for m in pattern.findall(clean(turn).lower())}
    return [m for m in dict.fromkeys(pattern.findall(clean(text).lower())) if m in heard]


def _shared_phrases(text: str, theirs: list[str]) -> list[str]:
    return [p for p in _said_again(_PHRASE, text, theirs)
            if p.split()[1] not in GENERIC and p.split()[1] not in STOPWORDS]


def _shared_compounds(text: str, theirs: list[str]) -> list[str]:
    # a compound of long or common parts is already found word by word ("part-time")
    return [c for c in _said_again(_COMPOUND, text, theirs)
            if not all(p in GENERIC or len(p) > 3 for p in c.split("-"))]


def _as_written(text: str, word: str) -> str:
    """The word with the capitals the user gave it ("singapore" -> "Singapore")."""
    at = find_words(text, word)
    return text[at[0]:at[1]] if at else word


def follow_up(text: str, questions: TurnQuestions, previous: str, shared_prev: list[str]) -> tuple[str, str] | None:
    """A question about what was just said: it points back ("How did that feel?"), reuses a
    specific word of the last answer, or follows a sentence that did ("You mentioned the
    rotation program. How did it shape you?"). (rule, evidence): `weighing.RULES` names the rule."""
    asked = [a for a in questions.questions if not is_check_in(a.sentence)]
    if TOPIC_CHANGE.search(clean(text).lower()):
        return None
    if asked and shared_prev:  # their words first, then a question pointing at them
        before = clean(text.split(asked[-1].sentence)[0]).lower()
        said_before = {stem(w) for w in words(before)}
        pointing = set(words(the_career_named(asked[-1].sentence)))  # (not the "it" of "get into it")
        if any(stem(w.lower()) in said_before for w in shared_prev) and \
                pointing & {"it", "that", "this", "there", "those", "they", "them", "these", "one"}:
            return "words_then_question", f"{', '.join(shared_prev[:2])} ... {_short_q(asked[-1].sentence)}"
    for a in asked:
        low = clean(a.sentence).lower()
        mine = {stem(w) for w in words(low)}
        named = set(initialisms(a.sentence)) | spelled_out(a.sentence)  # "PSLF" for their "Public Service ..."
        hit = [w for w in shared_prev if stem(w.lower()) in mine or w in named  # their own words make the best evidence
               or ("-" in w or " " in w) and re.search(rf"\b{re.escape(w)}\b", low)]
        if hit:
            return "shared", ", ".join(hit[:3])
        if _WHAT_THEY_MEANT.match(low):  # "Like what?", "In what way?": their words, asked about
            return "pointer", low.strip(" ?")
        if _SAY_MORE.match(a.form.clause):  # "okay fair like what", "stats huh why": the same, at the end
            return "pointer", a.form.clause
        # (the "it" of "how did you get into it" is the career: `the_career_named`)
        asked_part = the_career_named(question_part(low, a.form.clause))
        m = FOLLOW_UP.search(asked_part)
        if m and not own_antecedent(the_career_named(clean(text).lower()), asked_part, m, previous):
            return "pointer", m.group(0).strip(" ?")
        hit = pointed_back(low, previous)
        if hit:
            return "pointer", ", ".join(hit[:3])
        said_again = verb_phrase_again(low, previous)
        if said_again:
            return "said_again", said_again
        pairs = related_words(a.sentence, previous)
        # related words alone ("degree ~ learned" after seasickness): the meaning has the last
        # word, when there is one
        sim = meaning.similarity(a.sentence, previous) if pairs else None
        if pairs and (sim is None or sim >= meaning.UNRELATED):
            return "related", ", ".join(f"{mine_w} ~ {their_w}" for mine_w, their_w in pairs[:2])
    return None


_WHAT_THEY_MEANT = re.compile(r"^(?:(?:um|uh|oh|okay|so|sorry)\W+)*(?:like what|such as|such as what|meaning what"
                             r"|in what (?:way|sense))\W*$")
_SAY_MORE = re.compile(r"^(?:" + "|".join(sorted(BEFORE_BARE_WH)) + r") (?:how|why|what)$")


def _short_q(sentence: str, n: int = 6) -> str:
    ws = sentence.split()
    return " ".join(ws[:n]) + (" ..." if len(ws) > n else "")


def _the_guess_itself(text: str, ack: str, lead: str) -> bool:
    """ "That must have been exhausting, right?", "Five seasons in three parks, you must have
    loved it, right?": the verdict or the fact said back is part of the sentence that pushes a
    guess, and the writers of the interview sets call it the guess, not an acknowledgement (41
    of 49 such punctuated turns of sets 1-101; 6 of the other 8 open on "Ha,"). Only in
    punctuated text, where the sentence that pushes can be told from the one that receives."""
    if not re.search(r"[,.?!]", text):
        return False
    pushing = [s for s in (clean(x).lower() for x in sentences(text)) if lead.lower() in s]
    phrases = [p.strip() for p in ack.split(", ") if p.strip()]
    return bool(pushing) and all(p not in _INTERJECTIONS and any(p in s for s in pushing) for p in phrases)


_INTERJECTIONS = {"ha", "haha", "hah", "ha ha", "oh", "ah", "wow", "oh wow"}


def listen(text: str, questions: TurnQuestions, previous: str | None,
           earlier: list[str] | None = None, mine: str | None = None, guess: bool = False,
           leads: str | None = None, stacked: bool = False, asks_job: bool = False) -> Listening:
    """All cues for one turn. Without a previous answer there is nothing to listen to.
    `guess`: the question offers the user's own guess for confirmation (a leading, tag or
    declarative question), which mostly builds on the answer before it; `leads` (the words of
    the push, if the turn leads), `stacked` and `asks_job` are the turn's own flags (read once
    by `score.score_utterance`), signs for `weighing`."""
    out = Listening()
    if not (previous or "").strip() or introduces_self(text, previous):
        return out
    earlier = earlier or []
    real = [a for a in questions.questions if not is_check_in(a.sentence)]
    ack = acknowledgement(text, previous, real[0].sentence if real else None)
    thanked = thanks_for_the_meeting(text, previous)
    if ack and not thanked and not (leads and _the_guess_itself(text, ack, leads)):
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
        # (a summary checked at its end, "... is that fair to say", moves on to nothing new)
        asks_on = any(not HEARD_CHECK.match(a.form.clause) for a in real)
        found = praise.signs(text, previous, sentence, p_refl, says_back(sentence), evaluates(sentence),
                             about_myself(text), asks_on, relates_own(text))
        conf_refl = praise.confidence(found, lambda: similarity_of(sentence))
        out.reflection, out.evidence["reflection"] = True, sentence
    out.confidence["reflection"] = round(conf_refl, 3)
    shared_any = shared_details(text, [previous], True) or shared_details(text, earlier[-6:], True)
    if shared_any:
        out.reference, out.evidence["reference"] = True, ", ".join(shared_any[:4])
    found = follow_up(text, questions, previous, details)
    rule, fu = found if found else ("none", None)
    # read once each: the rules below and `weighing` both use them
    pointing = bool(real) and points_back(real)
    leaves, way_in = leaves_a_topic(previous), speaks_of_a_way_in(previous)
    said_new_topic = bool(TOPIC_CHANGE.search(clean(text).lower()))
    if not fu and real and not said_new_topic:
        said_back = echo(text, previous)
        if said_back:  # "Six weeks in a camp ... How do you stay close to your family?"
            rule, fu = "said_back", f"said back \"{said_back}\", then asked"
        elif (quoted := _QUOTES_THEM.match(clean(text).lower())) and not asks_job \
                and shared_details(quoted.group(1), [previous], True):
            # "You said school doesn't prepare you for that. So how did you learn to handle
            # court?": their words named as theirs, then asked about (sets 1-625: of the 46 such
            # turns that are no job ask and repeat a word of the answer, 45 follow up)
            rule, fu = "pointer", f"asks about what they said (\"{quoted.group(1)}\")"
        elif _names_nothing(real[-1].sentence):
            # "No way. What did you do?", "What happened then?": a short question with no
            # subject of its own can only be about what they just said
            rule, fu = "asks_on", f"asks on about what they said (\"{clean(real[-1].sentence).strip(' ?')}\")"
    # "Switching gears, ..." announces a switch; after an acknowledgement it is a polite one
    announced = said_new_topic and not out.acknowledgement
    sim_q = similarity_of(real[-1].sentence) if real and not fu and not said_new_topic else None
    if sim_q is not None and sim_q >= meaning.ON_TOPIC:
        rule, fu = "meaning", f"about what they just said (meaning, similarity {sim_q:.2f})"
    # "It must've been scary to walk away from a steady paycheck, wasn't it?" after "before I
    # went out on my own": a guess offered for confirmation is about the answer unless its
    # meaning is far from it (49 of 74 such turns of the labelled sets follow up; at 0.15, 38
    # of the 52 it calls). A job ask worded as a guess is not one.
    elif guess and sim_q is not None and sim_q >= meaning.GUESS_ON_TOPIC and not asks_job:
        rule, fu = "guess", f"a guess about what they just said (meaning, similarity {sim_q:.2f})"
    if fu:
        out.follow_up, out.evidence["follow_up"] = True, fu
    # Only their last answer counts: going back to something said earlier still leaves it unheard.
    heard = out.follow_up or out.reflection or details or out.acknowledgement
    referral = bool(_ASKS_REFERRAL.search(clean(text).lower()))
    if real and leaves and (announced or not heard):
        out.topic_switch = True
        out.evidence["topic_switch"] = ("announced a new topic" if announced
                                        else "no word or idea from their answer")
        out.confidence["topic_switch"] = topic_switch_confidence(sim_q, announced)
        # a job ask changes the topic unless the answer spoke of a way in (`answers`)
        # and a reply of a few words (`weighing.LITTLE_TO_LEAVE`: "Ha, yes, a very expensive
        # Rolodex.", "Everybody does it once. Learn from your cousin.") gives too little to pick
        # up to criticise leaving it:
        # of the 17 false topic-switch flags on the first looks of sets 40-49, 3 followed one
        # of 8 words or fewer, and none of the 92 right ones did. A leading guess, or a
        # statement offered for confirmation ("You take the PATH train in?"), builds on what
        # was just said (`weighing.switch_cap` has the figures).
        little = pointing or referral or asks_job and way_in or len(words(previous)) <= weighing.LITTLE_TO_LEAVE
        out.confidence["topic_switch"] = min(out.confidence["topic_switch"],
                                             weighing.cap_for(guess, announced, little))
    # the models read similarities: without the encoder the rules decide alone
    if meaning.embedder() is not None:
        last = real[-1].sentence if real else None
        signs = weighing.Signs(
            rule=rule, sim_question=similarity_of(last) if last else None,
            sim_sentence=max((s for s in (meaning.similarity(last, part) for part in sentences(previous))
                              if s is not None), default=None) if last else None,
            sim_earlier=max((s for s in (meaning.similarity(last, e) for e in earlier[-4:]) if s is not None),
                            default=None) if last else None,
            acknowledged=out.acknowledgement, reflected=out.reflection and conf_refl >= bar("reflection"),
            reflection_raised=out.reflection, referred=out.reference, leading=bool(leads), stacked=stacked,
            job_ask=asks_job, asks_referral=referral, announced=said_new_topic,
            question_type=questions.question_type,
            form=questions.deciding.form.kind if questions.deciding else "statement",
            answer_words=len(words(previous)), turn_words=len(words(text)), questions=len(real),
            points_back=pointing, leaves_a_topic=leaves, way_in=way_in,
            sim_stock=meaning.stock_similarity(last) if last else None,
            question_vector=meaning.vector(last) if last else None,
            answer_vector=meaning.vector(previous) if previous else None,
            turn_vector=meaning.vector(text), reflection_confidence=conf_refl)
        out.signs = signs
        together = pair_reading.read(previous, text) if weighing.available() else None
        if together and thanked:
            # thanks for the meeting hears no answer (`thanks_for_the_meeting`); the pair reader
            # reads the thanks as a reaction, so the network decides the acknowledgement alone
            together = {k: v for k, v in together.items() if k != "acknowledgement"}
        weighed = weighing.weigh(signs, together)
        if weighed is not None:
            _decide(out, weighed, signs, text)
    return out


def _decide(out: Listening, weighed: weighing.Weighed, signs: weighing.Signs, text: str) -> None:
    """The network's verdict replaces the rules' on follow-up, topic switch and, where its
    weights have that output, acknowledgement; a reflection it is sure of is praised beside
    those `praise` finds. The rules' evidence is kept as the reason where one of them fired."""
    if weighed.acknowledgement is not None:
        out.acknowledgement = weighed.acknowledgement >= weighing.ACKNOWLEDGEMENT_BAR
        if out.acknowledgement:
            out.evidence.setdefault("acknowledgement", _opening(text))
        else:
            out.evidence.pop("acknowledgement", None)
    if weighed.reflection is not None:
        # Praise the network finds is added to what `praise` finds, not put in its place: the
        # network learned from interview turns, and alone it found a third of the counselling
        # reflections of AnnoMI (precision at recall >= 55% 0.72, under the 0.80).
        # Shown at `bar("reflection")` like the rules' confidence.
        if weighed.reflection >= weighing.REFLECTION_RAISED and not out.reflection:
            out.reflection = True
            out.evidence["reflection"] = reflecting_sentence(text) or clean(text)
        out.confidence["reflection"] = round(max(weighed.reflection, out.confidence.get("reflection", 0.0)), 3)
    if weighing.follows_up(weighed.follow_up, signs.rule,
                           weighing.needs_a_rule(signs.job_ask, signs.way_in, signs.asks_referral)):
        out.follow_up = True
        # no rule fired: the detail they said back, or the question's meaning
        out.evidence.setdefault("follow_up", f"picks up {out.evidence['reference']}" if out.reference
                                else f"close in meaning to what they just said (similarity {signs.sim_question or 0.0:.2f})")
    else:
        out.follow_up = False
        out.evidence.pop("follow_up", None)
    # a turn that reacts to the answer or says it back has not left it (the label guide's rule)
    heard = out.acknowledgement or (out.reflection and out.confidence.get("reflection", 0.0) >= bar("reflection"))
    switched = not out.follow_up and not heard and weighed.topic_switch >= 0.5
    out.topic_switch = switched
    if switched:
        out.evidence.setdefault("topic_switch", "announced a new topic" if signs.announced
                                else "nothing of their answer in words or meaning")
        out.confidence["topic_switch"] = round(weighed.topic_switch, 3)
    else:
        out.evidence.pop("topic_switch", None)
        out.confidence.pop("topic_switch", None)


def _opening(text: str) -> str:
    """The words a turn opens with, as the reason for an acknowledgement the network found
    where no rule named the reaction."""
    first = re.split(r"[.?!,;—]", clean(text).strip(), maxsplit=1)[0]
    return " ".join(first.split()[:6])


# "you said ..." or "you mentioned ..." opening the turn, what it quotes (not an earlier answer's)
_QUOTES_THEM = re.compile(r"^(?:(?:and|so|um|uh|oh|okay|ok)\W+)*you (?:said|mentioned)\b(?! (?:earlier|before)\b)(?: that)? ([^.?!,;—-]+)")
_ASKS_REFERRAL = re.compile(r"\b(?:who|anyone|anybody|someone) else\b")


def _names_nothing(question: str) -> bool:
    """ "What did you do?", "What made you leave?", "What happened then?": a short question with
    no word of its own beyond the asking. Not "How did you start?" or "What do you do?", which
    ask about the career itself and open many interviews."""
    ws = words(clean(question).lower())
    if not 2 <= len(ws) <= 5 or ws[0] not in _ASKING or set(ws) & _CAREER_OPENERS or ws[:4] == ["what", "do", "you", "do"]:
        return False
    return all(w in STOPWORDS or w in EVERYDAY_VERBS or w in _ASKING or w in {"next", "then"} for w in ws)


_CAREER_OPENERS = {"start", "started", "begin", "began", "get", "got", "become", "became"}
_ASKING = {"what", "how", "why", "when", "where", "who", "what's", "how's", "did", "do", "does", "was", "were"}


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
