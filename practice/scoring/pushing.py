"""How sure "leading" is, weighed by a small learned model over the rules' own signs.

The rules of `flags.leading` find the words of a push: a tag ("..., isn't it?", "... right"),
"don't you think", a guess ("I bet ..."). A tag pushes when it asks to agree with a verdict or a
forecast ("Getting into the industry is mostly about who you know, isn't it?", "AI is going to
take over most of it, don't you think?") and only checks when it puts a fact back to them ("The
permit is just the written test, right?", "you sleep there right like at the station"). Word
lists of verdicts told these apart on the sets they were written from and less well on new
ones: on the first looks of sets 690-721, 39 of the 382 leading flags were wrong, most of them
checks. What the sentence means tells more: a logistic regression over the rules' signs and the
sentence's meaning (one weight a dimension of its vector), trained by `bench/train_leading.py`
on the labelled interview turns, gives the flag its confidence; the review and live cues show it
at `confidence.bar("leading")`. Held out in ten folds of whole sets (sets 1-721, 8603 turns with
a push found) the flags shown were right 7888/8098 = 0.974 of the time at recall 0.929 of the
labelled leading turns (the rules' own confidence: 0.943 at 0.953). On the forty sets written
after the fit (722-761), 413/427 = 0.967 at recall 0.928 (the rules: 426/458 = 0.930 at 0.957).

The weights are read from `data/leading_turns.json`; without them, without the sentence
encoder, or with `PRACTICE_NO_WEIGHING=1`, the rules' own confidence stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from practice.scoring import meaning
from practice.scoring.flags import GUESS, JUDGES, PUSHES, TAG
from practice.scoring.lexicon import content_stems
from practice.scoring.model import LinearModel, load_model, weighing_on
from practice.scoring.kinds import Asked
from practice.scoring.questions import TurnQuestions
from practice.scoring.text import clean, sentences
from practice.scoring.wordclasses import NEGATIVE_AUX

LEADING_MODEL = "leading_turns"


@dataclass(frozen=True)
class PushSigns:
    """What the rules saw of a push, before the model weighed it."""

    rule_confidence: float  # `flags.leading_confidence`
    tag: bool               # the push is a tag ("..., right?", "... isn't it")
    in_question: bool       # found in a question of the turn, not in a statement beside one
    punctuated: bool        # the turn has punctuation (typed, or a transcript that kept it)
    pushes: bool            # a word of guess or verdict in the sentence (`flags.PUSHES`)
    judges: bool            # a word of judgement in it (`flags.JUDGES`)
    shares_answer: float    # share of the sentence's content words the answer said
    kind: str               # which rule found it (`KINDS`, `kind_of`)
    several: bool           # the turn asks more than one question
    question_type: str
    # what the pushing sentence means (`meaning.vector`), weighed one weight a dimension
    vector: list[float] | None = field(default=None, compare=False, repr=False)

    def features(self) -> dict[str, float]:
        """The model's inputs; `bench/train_leading.py` fits on exactly these."""
        return {"rule_confidence": self.rule_confidence, "tag": float(self.tag),
                "in_question": float(self.in_question), "punctuated": float(self.punctuated),
                "pushes": float(self.pushes), "judges": float(self.judges), "shares_answer": self.shares_answer,
                "several": float(self.several), **{f"kind_{k}": float(self.kind == k) for k in KINDS},
                "type_open": float(self.question_type == "open"),
                "type_closed": float(self.question_type == "closed")}


# The rules that find a push, told apart by the words they return: a tag ("right", "isn't it"),
# a guess at the answer ("i'm guessing", "surely"), a negative statement with a positive tag
# ("would it"), a question opening on a negative ("isn't running your"), or a phrase that
# pushes ("don't you think", "why would anyone", "so much better than"). Each kind has its own
# base rate in the labelled sets: a guess said beside the question is labelled leading 28
# times in 29, a tag about as often as not.
KINDS = ("tag", "guess", "negative_then_tag", "negative_question", "phrase")
_TAG_WORDS = re.compile(r"(?:right|correct|yeah|no|yes|true|huh|eh|[a-z]+n't (?:it|they|you|there|that|i|we|he|she)"
                        r"|am i right|is that right|is it not|wouldn't you say|don't you think|[a-z]+ (?:right|yes|no|huh))")
_AUX_PRONOUN = re.compile(r"(?:would|will|is|are|was|were|do|does|did|can|could|should|have|has|am)"
                          r" (?:it|you|they|he|she|we|there|that|i)")


def kind_of(lead: str) -> str:
    """Which rule of `flags.leading` found the push, from the words it returned."""
    low = lead.lower().strip()
    if re.fullmatch(GUESS, low):
        return "guess"
    if _AUX_PRONOUN.fullmatch(low):
        return "negative_then_tag"
    if _TAG_WORDS.fullmatch(low):
        return "tag"
    if low.split(" ")[0] in NEGATIVE_AUX:
        return "negative_question"
    return "phrase"


def pushing_sentence(text: str, questions: TurnQuestions, lead: str) -> tuple[str, bool]:
    """The sentence the push was found in, and whether it is one of the turn's questions."""
    sentence, asked = _found_in(text, questions, lead)
    return sentence, asked is not None


def _found_in(text: str, questions: TurnQuestions, lead: str) -> tuple[str, Asked | None]:
    """The sentence the push was found in, and the turn's question it is (None for a statement
    beside the questions)."""
    low = lead.lower()
    for asked in questions.questions:
        if low in clean(asked.sentence).lower():
            return asked.sentence, asked
    said = next((s for s in sentences(text) if low in clean(s).lower()), None)
    if said is not None:
        return said, None
    return (questions.deciding.sentence if questions.deciding else text), None


def signs(text: str, questions: TurnQuestions, lead: str, rule_confidence: float,
          previous: str | None, with_vector: bool = True) -> PushSigns:
    sentence, asked = _found_in(text, questions, lead)
    low = clean(sentence).lower()
    theirs, mine = set(content_stems(previous or "")), set(content_stems(low))
    return PushSigns(
        rule_confidence=rule_confidence,
        tag=bool(TAG.search(low)) or bool(asked and asked.form.kind == "tag"),
        in_question=asked is not None, punctuated=bool(re.search(r"[,.?!]", text)),
        pushes=bool(PUSHES.search(low)), judges=bool(JUDGES.search(low)),
        shares_answer=len(theirs & mine) / max(1, len(mine)), kind=kind_of(lead),
        several=len(questions.questions) > 1, question_type=questions.question_type,
        vector=meaning.vector(sentence) if with_vector else None)


def available() -> bool:
    """The model is shipped and not turned off (`PRACTICE_NO_WEIGHING=1`: the rules alone)."""
    return weighing_on(LEADING_MODEL)


def confidence(text: str, questions: TurnQuestions, lead: str, rule_confidence: float,
               previous: str | None) -> float:
    """The model's probability that the push is one, at most the rules' own confidence; the
    rules' confidence without the model."""
    if not available() or meaning.embedder() is None:
        return rule_confidence
    found = signs(text, questions, lead, rule_confidence, previous)
    if found.vector is None:
        return rule_confidence
    model: LinearModel = load_model(LEADING_MODEL)
    # the model only takes confidence away: a push the rules found in a joke or a courtesy
    # before the real question ("Who doesn't love free snacks, right? But seriously, what's the
    # culture like?", 0.3) stays unshown however pushy its sentence reads
    return min(rule_confidence, model.probability(found.features(), found.vector))
