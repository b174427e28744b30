"""Weigh the signs of a follow-up and of a topic switch with two small learned models.

The word and meaning rules of `listening` each see one sign: a word of the answer said again,
a pointer back ("How did that feel?"), a similarity of meaning over a bar. Each fires on its
own, so a question that shares the job's words but leaves the answer ("Trims and minis, I
hadn't thought of that. Any chance you'd let me ride along?") was called a follow-up, and a
switch whose meaning sat between the bars was not shown. Here the rules' verdicts and the
similarities become the features of two logistic regressions, trained by
`bench/train_listening.py` on the labelled interview turns (`bench/data/turns_*.jsonl`). Held
out one set at a time (15842 turns with an answer before them, 144 sets), follow-up is right on
87.1% of turns (the rules alone 85.3%, in sample) and the topic switches shown at the 0.8 bar
are right 0.903 of the time at recall 0.453 (0.890 at 0.75; the rules: 0.83 on the first looks
of sets 40-53, recall about 0.5). On the thirty-six fresh sets 54-89, each scored before any
fit saw it (54-81 at the 0.75 bar then shipped, 82-89 at 0.8), the weighing and the rules alone
are close: every field 2976 and 2944 of 4320, follow-up 3757 and 3685, switches shown right
323/378 and 308/357 (`bench/README.md`): the weighing shows more switches, at a lower precision
than held out. On the next twenty (90-109) the weighing got every field on 1676 of 2400 turns
and the rules alone 1677; its switches shown were right 151/170. On the twenty-eight after them
(110-137): every field 2362 and 2358 of 3360, switches shown right 221/255 (0.867) and 241/280.
On the eight after them (138-145): every field 688 and 693 of 960, switches shown right 55/60
(0.917) and 66/73.

Refit on 392 sets (43550 turns) with one more sign for the switch, how close the question is to
a typical interview question (`meaning.stock_similarity`): held out one set at a time, follow-up
87.3%, switches shown at 0.8 right 2814/3146 = 0.894 at recall 0.441 (0.884 at 0.75).

Refit on sets 1-689 (76701 turns with an answer) with the last question's meaning read as well,
one weight a dimension of its vector (`Signs.question_vector`): what a question asks tells much
whatever the answer was ("How did that feel?" reacts; "What does a typical day look like?"
could open any interview), beyond its similarity to the answer. Held out in ten folds of whole
sets, follow-up went from 87.5% to 89.3% and the switches shown at 0.8 from 4456/4901 = 0.909
right at recall 0.415 to 4688/5070 = 0.925 at recall 0.436 (every field 0.697 to 0.713). On the
sixteen sets written after the fit (690-705), scored before and after: every field 1318 and
1362 of 1920, switches shown right 85/95 and 106/113, follow-up 1662 and 1706. The vector is
the question's encoding the similarities already made; weighing it is two sums of 384
products (scoring speed unchanged, `bench/scoring_speed.py`).

The weights are read from `data/follow_up_turns.json` and `data/topic_switch_turns.json`;
without them, or without the sentence encoder, the rules decide alone, as before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from practice.scoring.model import LinearModel, load_model, weighing_on

FOLLOW_UP_MODEL = "follow_up_turns"
TOPIC_SWITCH_MODEL = "topic_switch_turns"

SHORT_REPLY = 8  # words: an answer this short leaves too little to switch away from (the models' feature)
# ... and for the flag's cap, an answer of up to 12 words: of the switch flags shown after one of
# 9-12 words, 185 of 249 were labelled switches over sets 1-521 (74%; 9-10 words 66%) and 12 of 20
# on this session's first looks (sets 498-529), against 91% after longer answers; misses cost less
# than false alarms (issue 14)
LITTLE_TO_LEAVE = 12
# which rule of `listening` found the follow-up (or "none"): each is its own feature
RULES = ("none", "shared", "pointer", "said_again", "related", "words_then_question",
         "said_back", "asks_on", "meaning", "guess")
FORMS = ("declarative", "tag", "wh_fact", "yes_no", "choice", "request")
# Signs the topic-switch model reads and the follow-up model does not: a typical question that
# takes up the answer's word ("How big is your team?" after "My team ships a release every two
# weeks.") still follows up; held out, the follow-up model gained 0.1 point from it.
SWITCH_ONLY = ("sim_stock",)


@dataclass(frozen=True)
class Signs:
    """What the rules saw in one turn, before any model weighed it.

    Similarities are the sentence encoder's cosine (None when the turn asks nothing): of the
    last question to the answer, to the answer's closest sentence, and to the closest of the
    earlier answers. All three encode only the question (the answers are encoded as they are
    spoken); the whole turn's meaning added a second encoding a turn (2-3 ms) for 0.2 point of
    follow-up accuracy held out, and is left out."""

    rule: str
    sim_question: float | None
    sim_sentence: float | None
    sim_earlier: float | None
    acknowledged: bool
    reflected: bool            # a reflection confident enough to be shown
    reflection_raised: bool
    referred: bool             # repeats a detail of this or an earlier answer
    leading: bool
    stacked: bool
    job_ask: bool
    asks_referral: bool        # "who else should I talk to?"
    announced: bool            # "Switching gears, ..."
    question_type: str
    form: str
    answer_words: int
    turn_words: int
    questions: int
    points_back: bool
    leaves_a_topic: bool
    way_in: bool               # the answer spoke of hiring or a way in (`answers.speaks_of_a_way_in`)
    sim_stock: float | None = None  # of the last question to the closest typical one (`meaning.stock_similarity`)
    # what the last question means (`meaning.vector`), weighed dimension by dimension beside
    # the named features (`LinearModel.vector_weights`); None when the turn asks nothing
    question_vector: list[float] | None = field(default=None, compare=False, repr=False)

    def features(self) -> dict[str, float]:
        """The models' inputs; `bench/train_listening.py` fits on exactly these."""
        f: dict[str, float] = {f"rule_{r}": float(self.rule == r) for r in RULES}
        sq = self.sim_question
        f["asks"] = float(sq is not None)
        f["sim_question"] = sq or 0.0
        for bar in (0.1, 0.2, 0.3, 0.39):
            f[f"sim_question_{bar}"] = float((sq or 0.0) >= bar)
        for name in ("sim_sentence", "sim_earlier"):
            value = getattr(self, name)
            f[name] = value or 0.0
            f[f"has_{name}"] = float(value is not None)
        for name in ("acknowledged", "reflected", "reflection_raised", "referred", "leading", "stacked",
                     "job_ask", "asks_referral", "announced", "points_back", "leaves_a_topic", "way_in"):
            f[name] = float(getattr(self, name))
        f["job_ask_after_way_in"] = float(self.job_ask and self.way_in)
        for t in ("open", "closed", "not_a_question"):
            f[f"type_{t}"] = float(self.question_type == t)
        for kind in FORMS:
            f[f"form_{kind}"] = float(self.form == kind)
        f["short_answer"] = float(self.answer_words <= SHORT_REPLY)
        f["log_answer_words"] = math.log1p(self.answer_words)
        f["log_turn_words"] = math.log1p(self.turn_words)
        f["several_questions"] = float(self.questions >= 2)
        f["sim_stock"] = self.sim_stock or 0.0
        return f


# A pronoun pointing back ("How do you deal with it after a shift?", "... to put up with all
# that, wouldn't you?") carries what the sentence encoder cannot see: the thing it stands for.
# Where one of these rules found the follow-up, a lower probability keeps it: held out, 93% of
# the 255 pointing turns whose question reads under 0.2 in meaning are kept (the model alone:
# 80%; 65% of them are labelled follow-ups), for about 0.1 point of follow-up accuracy overall.
POINTING_RULES = ("pointer", "asks_on", "said_again")
POINTING_BAR = 0.3
# Where no rule found anything, the model alone needs a little more: held out (58 sets) 0.55
# is as accurate as 0.5 (86.6%) and keeps "What do you do?" after a story (p 0.51) no follow-up.
NO_RULE_BAR = 0.55


def follows_up(probability: float, rule: str, bar: float = 0.5, job_ask_elsewhere: bool = False) -> bool:
    """The follow-up verdict from the model's probability and the rule that fired, if any.

    A job ask after an answer that spoke of no way in (`job_ask_elsewhere`: "Do you guys take
    volunteers at all?" after a story of a first season) follows up only where a rule found the
    answer in it: by meaning alone, with the question's vector weighed, the model called 17 of
    the 2778 such turns of sets 1-689 follow-ups in sample, 9 of them rightly (10% of all 2778
    are labelled follow-ups), so leaving them to the model gains nothing."""
    if job_ask_elsewhere and rule == "none":
        return False
    return probability >= (POINTING_BAR if rule in POINTING_RULES else NO_RULE_BAR if rule == "none" else bar)


def rule_of(features: dict[str, float]) -> str:
    return next((r for r in RULES if features.get(f"rule_{r}")), "none")


def switch_cap(features: dict[str, float]) -> float:
    """The most a topic switch may be believed whatever the model says, from the rules'
    evidence: a guess offered for confirmation (leading, tag or declarative) builds on the
    answer (16% of the 791 such labelled turns are switches); a question pointing back, a
    referral ask, a job ask after an answer about a way in, a reply that leaves no topic
    (`answers.leaves_a_topic`: a confirmation, an invitation to ask on), or a reply of up to
    `LITTLE_TO_LEAVE` words (read back from `log_answer_words`; the models' own feature,
    `short_answer`, stops at `SHORT_REPLY`) leaves too little to criticise leaving. With the
    8-word bar, 8% of 1307 such turns were switches, and held out the caps took the flags shown
    at 0.75 from precision 525/593 = 0.885 to 495/547 = 0.905 (54 sets)."""
    f = {k: bool(v) for k, v in features.items()}
    answer_words = round(math.expm1(features.get("log_answer_words", math.log1p(LITTLE_TO_LEAVE + 1))))
    return cap_for(guess=f.get("leading", False) or f.get("form_declarative", False) or f.get("form_tag", False),
                   announced=f.get("announced", False),
                   little_to_leave=f.get("points_back", False) or f.get("asks_referral", False)
                   or f.get("job_ask_after_way_in", False) or f.get("short_answer", False)
                   or answer_words <= LITTLE_TO_LEAVE or not f.get("leaves_a_topic", True))


def cap_for(guess: bool, announced: bool, little_to_leave: bool) -> float:
    """`switch_cap` from the rules' own verdicts; the rules alone (no model) use it too."""
    cap = 0.5 if guess else 1.0
    return min(cap, 0.35) if little_to_leave and not announced else cap


@dataclass(frozen=True)
class Weighed:
    follow_up: float     # probability that the turn follows up on the answer
    topic_switch: float  # probability that it leaves the answer for a new subject, capped (`switch_cap`)
    follow_up_bar: float


def available() -> bool:
    """The models are shipped and not turned off (`PRACTICE_NO_WEIGHING=1`: the rules alone,
    as `bench/train_listening.py` reads them)."""
    return weighing_on(FOLLOW_UP_MODEL, TOPIC_SWITCH_MODEL)


def weigh(signs: Signs) -> Weighed | None:
    """Both probabilities, or None without the models (the rules then decide alone)."""
    if not available():
        return None
    fu: LinearModel = load_model(FOLLOW_UP_MODEL)
    ts: LinearModel = load_model(TOPIC_SWITCH_MODEL)
    features, vector = signs.features(), signs.question_vector
    return Weighed(fu.probability(features, vector), min(ts.probability(features, vector), switch_cap(features)),
                   fu.threshold)
