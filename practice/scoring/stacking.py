"""Stacked questions: two or more asked in one turn, so the interviewee answers one and the
other is lost. Split from `practice.scoring.flags`, which keeps the flags on how one question
is asked (leading, closed).
"""

from __future__ import annotations

import re

from practice.scoring.clauses import CURIOUS, clauses, clause_form
from practice.scoring.echo import asked_back
from practice.scoring.joined import split_and
from practice.scoring.continuing import is_continuation, said_straight_after
from practice.scoring.questions import TurnQuestions, asks_leave, find_questions, is_check_in, real_questions
from practice.scoring.text import clean, words
from practice.scoring.wordclasses import WH


def stacked_confidence(questions: TurnQuestions, units: list[str]) -> float:
    """How sure "stacked" is: two real questions are; a short echo first ("Five years? Where
    does the time go?", "Oh, really? Could you ...?") is surprise, not a second question."""
    first = next((a for a in questions.questions if not is_check_in(a.sentence)), None)
    if first is not None and first.form.kind == "declarative" and len(words(first.sentence)) <= 3:
        return 0.3
    if first is not None and first.form.kind == "declarative" and not re.search(r"[?.!,]", first.sentence) \
            and len(questions.questions) >= 2:
        # "so you came from industry too um what made you make the jump": in a transcript, what
        # they said checked back before the question asks little of its own (sets 1-265: of 17
        # such turns flagged, 4 labelled stacked)
        return 0.4
    said = words(clean(first.sentence).lower()) if first is not None else []
    if first is not None and first.form.kind == "declarative" and said[:1] == ["wait"] and len(units) == 2 \
            and " ".join(words(units[0].lower())) in " ".join(said):
        # "Wait, you drive bees across the country? How does that even work?": what they said,
        # taken in with surprise, then the one question (sets 1-393: of 27 such turns flagged, 22
        # are labelled not stacked; with two questions after it, "... ? How ..., and how ...?", they are)
        return 0.3
    if first is not None and first.sentence.rstrip().endswith("?") and 2 <= len(said) <= 3 and said[-1] in WH \
            and said[0] not in WH:
        return 0.3  # "Harder how? What makes it so tricky?", "Tight spaces like what?": their word, echoed
    real = [a for a in questions.questions if not is_check_in(a.sentence)]
    # leave asked first ("Can I ask about money? Is it enough to live on, and how ...?") is no
    # question to narrow, as `questions.find_questions` reads it
    asked = real_questions(questions.questions)
    if len(units) == 2 and len(asked) == 2 and said_straight_after(asked[0], asked[1]) and asked[1].form.kind in _NARROWING:
        # "What's the culture like? Do people tend to stay long?", "Where is the field heading?
        # Are sound libraries replacing people?": a second question said straight after an open
        # one mostly narrows it or offers an answer; one joined on with "And ..." is its own (sets
        # 1-633, punctuated turns of two questions flagged: 151 of 193 such turns are labelled not
        # stacked; joined on, all 976 are stacked)
        return 0.4
    marked = sum(1 for a in real if a.sentence.rstrip().endswith("?"))
    return 0.9 if marked >= 2 else 0.8


_NARROWING = {"yes_no", "wh_open", "tag", "request", "choice"}


def question_units(questions: TurnQuestions) -> list[str]:
    """The separate questions of a turn: check-ins and restarts ("What- what do you...") count
    once; two question clauses joined in one sentence ("What do you do and how did you
    start?") count twice."""
    units: list[str] = []
    for i, asked in enumerate(questions.questions):
        if is_check_in(asked.sentence) and len(questions.questions) > 1:
            continue
        if i and is_continuation(asked, questions.questions[i - 1]):
            continue
        if _frames(asked, questions.questions[i + 1:]):
            continue
        if i + 1 < len(questions.questions) and asks_leave(asked.sentence):
            continue  # "Can I ask about the licensing side? How does that whole process work?" (set 328)
        if i and questions.questions[i - 1].sentence.rstrip().endswith("?") and _OPTIONS_OFFERED.match(clean(asked.sentence).lower()):
            continue  # "What software do you use? Premiere or Avid?": answers offered to the question
        parts = [p for p in clauses(asked.sentence) if clause_form(p)]
        inner = split_and(asked.sentence)
        if len(inner) == 2 and _SHARE_OF.search(clean(inner[0]).lower()) and _REST_OF_IT.match(clean(inner[1]).lower()):
            inner = [asked.sentence]  # "how much of your day is the math, and how much is explaining it?": one split asked
        candidates = inner if len(inner) > 1 else ([" ".join(p) for p in parts[-1:]] or [asked.sentence])
        if len(candidates) == 1 and len(pieces := _OR_A_FAVOUR.split(asked.sentence)) == 2 and len(words(pieces[0])) >= 3:
            candidates = pieces
        elif len(candidates) == 1 and len(pieces := _AND_A_FAVOUR.split(asked.sentence)) == 2 \
                and len(words(pieces[0])) >= 3 and _asks(pieces[0]):
            candidates = pieces
        cut_off = i and not questions.questions[i - 1].sentence.rstrip().endswith("?")
        for c in candidates:
            if units and cut_off and _restarted(units[-1], c):
                units[-1] = c
            elif not units or not _same_question(units[-1], c):
                units.append(c)
    return units


# "is your team hiring right now or would you be able to put in a word for me", "would you take
# me on as an apprentice, or do you know anyone who's looking for one?": a second request offered
# in case the first is refused, a question of its own (sets 1-545: 26 of the 34 such turns are
# labelled stacked; "or" otherwise joins the options of one question and is not split)
_OR_A_FAVOUR = re.compile(r",?\s+or\s+(?:(?:um|uh|like|maybe)\s+)*(?=(?:would|could|do|can|will)\s+you\s+(?:(?:even|maybe|possibly|ever)\s+)?"
                          r"(?:be\s+(?:willing|able|open)|know|mind|happen\s+to\s+know|consider)\b)", re.IGNORECASE)


# "does county hire new grads in the er and could you maybe put in a word for me", "... and like
# would you be able to put in a word for me": a favour asked on top of a question, said as one
# run (sets 1-849: of the 466 turns that ask one so, 443 are labelled stacked; 11 of them are
# still not split, the first question lost to the run-on reading or asked back as an echo)
_AND_A_FAVOUR = re.compile(r",?\s+and\s+(?:(?:um|uh|like|maybe|then|also)\W+)*(?=(?:could|can|would|will)\s+you\s+"
                           r"(?:(?:maybe|like|possibly|even|please|also)\s+)*(?:put in|put my|refer|give|introduce|vouch|pass"
                           r"|tell|let me know|send|connect|recommend|write|be\s+(?:willing|able|open))\b)", re.IGNORECASE)


def _asks(text: str) -> bool:
    """The words before a favour asked on top are a question of their own."""
    return find_questions(text).question_type != "not_a_question"


# A verbless list of options said after a question ("Premiere or Avid?", "Company school or
# private?", "Security+ or CySA+ or another one?") offers answers to it (sets 1-745:
# all 92 such turns are labelled not stacked; 8 were flagged)
_OPTIONS_OFFERED = re.compile(r"^(?!(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has|what|how|why|where"
                              r"|when|who|which)\b)(?!.*\b(?:you|i|it|they|we|he|she)\b)(?:[\w'+-]+,? ){0,4}or (?:[\w'+-]+ ?){1,4}\??$")
# one share asked of two parts: "how much of tuning is physics and how much is just your ear?"
_SHARE_OF = re.compile(r"\bhow much (?:of|time)\b")
_REST_OF_IT = re.compile(r"^(?:and |or )?how much (?:of it |of that |of the time )?(?:is|are|goes|do you spend)\b")


def _restarted(before: str, after: str) -> bool:
    """ "nine years wow do you still like um do you still enjoy it as much": a few words
    given up at a hesitation and said again with the rest; one question."""
    wa, wb = words(before), words(after)
    start = len(wa) - 4 if len(wa) > 4 else 0  # the given-up words end what came before
    return len(wb) > 4 and any(wa[j:j + 3] == wb[:3] for j in range(start, len(wa) - 2))


def stacked(questions: TurnQuestions, previous: str | None = None) -> list[str] | None:
    """The turn's separate questions when there are two or more. The answer's own words asked
    back first ("Unpaid for three years? How did you pay rent?") are a reaction, not one of them."""
    units = question_units(questions)
    if len(units) >= 2 and previous and asked_back(units[0], previous):
        units = units[1:]
    return units if len(units) >= 2 else None


def _frames(asked, later) -> bool:
    """ "I just want to understand what the work is like. What does a normal week look like?",
    "I keep wondering if I'm too old. How did you get into it?": curiosity stated without a
    question mark introduces the question that follows it; so does a topic named ("What about
    pay?") before the one question about it."""
    low = clean(asked.sentence).lower()
    if _NAMES_A_TOPIC.match(low) and len(later) == 1 \
            and not re.match(r"\W*(?:and|also|or|plus)\b", later[0].sentence.lower()):
        # "What about pay? How does a line cook live on it?", "Can I ask, what about this
        # clinic? Do you need any techs?": the topic named, then the one question about it
        # (3 of 3 such turns of sets 1-117 are not stacked; "... And what's ...?" is)
        return True
    if later and _ASK_LEAD_IN.search(low):
        return True  # "... so um i wanted to ask like | how did you get started": the lead-in, cut off
    return (not asked.sentence.rstrip().endswith("?") and any(a.sentence.rstrip().endswith("?") for a in later)
            and (asked.form.kind == "request" or bool(CURIOUS.search(low))))


# a transcript's lead-in to the question, cut off from it by a hesitation
_ASK_LEAD_IN = re.compile(r"\b(?:wanted|want|wanna|gonna|going|meant) to ask(?: you)?(?:\W+(?:like|um|uh|so))*\W*$"
                          # "can i ask what um what helped you ...": the same, cut off after its wh-word
                          r"|^(?:(?:so|okay|ok|and|um|uh)\W+)*(?:can|could|may) i (?:also |just )?ask(?: you)?(?: like)? (?:what|how|why|where|when|who)\W*$")


_NAMES_A_TOPIC = re.compile(r"^(?:(?:so|okay|ok|um|oh|but|hmm)\W+)*(?:(?:can|could|may) i (?:also |just )?ask\W+)?"
                            r"(?:what|how) about (?:\S+ ?){1,4}\W*$")


def _same_question(a: str, b: str) -> bool:
    """A restart or a repeat ("What- what does a typical week look like?") is one question;
    "What do you enjoy most, and what do you enjoy least?" is two."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return True
    n = min(len(wa), len(wb))
    if wa[:n] == wb[:n] or (len(wa) <= 2 and wa[0] == wb[0]):
        return True
    shared = len(set(wa) & set(wb)) / min(len(set(wa)), len(set(wb)))
    return wa[:2] == wb[:2] and shared > 0.8
