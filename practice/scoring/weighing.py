"""Weigh the signs of a follow-up, a topic switch, a reaction and a saying back with a small network.

The word and meaning rules of `listening` each see one sign: a word of the answer said again,
a pointer back ("How did that feel?"), a similarity of meaning over a bar. Each fires on its
own, so a question that shares the job's words but leaves the answer ("Trims and minis, I
hadn't thought of that. Any chance you'd let me ride along?") was called a follow-up, and a
switch whose meaning sat between the bars was not shown. Here the rules' verdicts and the
similarities are the named features of a learned model (`Signs.features`), trained by
`bench/train_listening.py` on the labelled interview turns (`bench/data/turns_*.jsonl`).

How the model grew (figures held out in whole sets; `bench/README.md` has each step):
- Two logistic regressions over the named features (144 sets): follow-up 87.1% right (the
  rules alone 85.3%), switches shown at the 0.8 bar right 0.903 at recall 0.453.
- With the question's own vector weighed one weight a dimension (sets 1-689, ten folds):
  follow-up 89.3%, switches shown 0.925 at recall 0.436. What a question asks tells much
  whatever the answer was ("How did that feel?" reacts; "What does a typical day look like?"
  could open any interview).
- A network (`network`) over the named features, the question's vector and the answer's
  vector (sets 1-761, 84765 turns, ten folds; the linear models refit on the same folds in
  brackets): follow-up 90.6% (89.5%), switches shown at 0.8 right 0.930 at recall 0.483
  (0.924 at 0.432), every labelled field 72.4% (71.1%); on the forty sets written after the
  fit (762-801), every field 3481 of 4800 turns against 3425 with the regressions fitted on
  1-689, switches shown right 282/306 against 257/278. A linear model cannot read how the two
  meanings meet ("Is it hard on your family?" after "touring eight months a year"); the
  products of the two vectors given to it added nothing, the hidden layer does.
- The same network with the whole turn's meaning as a third input and two more outputs, the
  acknowledgement and the reflection (with `praise`'s confidence as a named feature), which
  the rules alone decided before (figures in `bench/README.md`, "The network reads the whole
  turn").
- Blended with a pair reader that reads the answer and the turn in one input
  (`pair_reading`, `TOGETHER`): every labelled field 76.2% -> 81.5% on sets 978-1001, 75.3% ->
  78.75% on sets 1002-1009, 79.3% -> 82.1% on sets 1018-1025 and 78.9% -> 81.4% on sets
  1026-1033, which neither model was fitted on ("The pair reader", "Its second and third
  epochs", "A fourth pass", "A fifth pass").

The weights are read from `data/listening_turns.npz`; without them, or without the sentence
encoder, the rules decide alone, as before. Weights with only the first two outputs leave the
acknowledgement and the reflection to the rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from practice.scoring.model import weighing_on
from practice.scoring.network import load_network

MODEL = "listening_turns"
FOLLOW_UP_BAR = 0.5
ACKNOWLEDGEMENT_BAR = 0.5
REFLECTION_RAISED = 0.5  # raised at this probability (beside `praise`); shown at `confidence.bar("reflection")`

# The pair reader's share of each cue's log-odds (`blend`), chosen on sets 900-977 (neither model
# had seen them: the network was fitted on sets 1-857, the pair reader on 1-899) over 0, 0.25 ...
# 1 for one cue after another, by every labelled field; bench/README.md has the figures. The
# acknowledgement's 0.75 there and 0.5 differ by 2 of 15,120 turns over sets 900-1025, and 0.5
# keeps ten reactions the suite holds that the reader misses ("Guilty.", "I'd lose my mind."). The
# third epoch kept these: choosing again gained 0.1 point on sets 900-977 and lost 0.4 on 978-1009.
# The reader's fourth pass also read sets 900-977 and its fifth sets 978-1025; the blend was kept,
# and each pass is measured on the sets written after it (978 on, then 1026 on).
TOGETHER = {"follow_up": 0.25, "acknowledgement": 0.5, "topic_switch": 0.75, "reflection": 0.75}

SHORT_REPLY = 8  # words: an answer this short leaves too little to switch away from (the models' feature)
# ... and for the flag's cap, an answer of up to 12 words: of the switch flags shown after one of
# 9-12 words, 185 of 249 were labelled switches over sets 1-521 (74%; 9-10 words 66%) and 12 of 20
# on this session's first looks (sets 498-529), against 91% after longer answers; misses cost less
# than false alarms (issue 14)
LITTLE_TO_LEAVE = 12
LITTLE_BELIEF = 0.35  # a capped switch: under the 0.5 at which one is raised at all
# which rule of `listening` found the follow-up (or "none"): each is its own feature
RULES = ("none", "shared", "pointer", "said_again", "related", "words_then_question",
         "said_back", "asks_on", "meaning", "guess")
FORMS = ("declarative", "tag", "wh_fact", "yes_no", "choice", "request")


@dataclass(frozen=True)
class Signs:
    """What the rules saw in one turn, before any model weighed it.

    Similarities are the sentence encoder's cosine (None when the turn asks nothing): of the
    last question to the answer, to the answer's closest sentence, and to the closest of the
    earlier answers (the answers are encoded as they are spoken). The network also reads the
    whole turn's meaning: with the linear models it added 0.2 point of follow-up accuracy for
    a second encoding a turn (2-3 ms) and was left out; the network reads from it what the turn
    does before its question (a reaction, a saying back, the user's own story), and its
    encoding runs on the second core while the rules run (`meaning.reading_ahead`)."""

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
    # the named features by the network (`network`); None when the turn asks nothing
    question_vector: list[float] | None = field(default=None, compare=False, repr=False)
    # what the answer before it means, read with the question's by the network's hidden layer
    answer_vector: list[float] | None = field(default=None, compare=False, repr=False)
    # what the whole turn means, its reaction and saying back as well as its question (for a
    # turn that is only its question, the question's vector again)
    turn_vector: list[float] | None = field(default=None, compare=False, repr=False)
    reflection_confidence: float = 0.0  # `praise`'s confidence that the turn says the answer back

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
        f["reflection_confidence"] = self.reflection_confidence
        # how close the whole turn is to the answer and to its own question: the hidden layer
        # reads the vectors, but a cosine is a sum over all their dimensions that it learns only
        # roughly (held out, ten folds of sets 1-857, three members: every field 0.7690 -> 0.7713,
        # follow-up 0.9111 -> 0.9122, switches at 0.75 0.920 at recall 0.698 -> 0.922 at 0.707)
        f["sim_turn_answer"] = _cosine(self.turn_vector, self.answer_vector)
        f["sim_turn_question"] = _cosine(self.turn_vector, self.question_vector)
        return f

    def vectors(self) -> list[list[float] | None]:
        """The meanings the network reads, in its input order."""
        return [self.question_vector, self.answer_vector, self.turn_vector]


def _cosine(a: list[float] | None, b: list[float] | None) -> float:
    """The cosine of two of the encoder's unit vectors, 0.0 when either is missing."""
    return math.fsum(x * y for x, y in zip(a, b)) if a is not None and b is not None else 0.0


def follows_up(probability: float, rule: str, needs_a_rule: bool = False) -> bool:
    """The follow-up verdict from the model's probability and the rule that fired, if any.

    Some asks follow up only where a rule found the answer in them (the function
    `needs_a_rule` says which). A job ask after an answer that spoke of no way in ("Do you guys take
    volunteers at all?" after a story of a first season): by meaning alone, with the question's
    vector weighed, the linear model called 17 of the 2778 such turns of sets 1-689 follow-ups,
    9 of them rightly (10% of all 2778 are labelled follow-ups), so leaving them to the model
    gains nothing. (The linear models also needed less where a pronoun pointed back, 0.3, and
    more where no rule fired, 0.55; held out, the network is right more often with one bar:
    90.6% against 90.4%.)"""
    if needs_a_rule and rule == "none":
        return False
    return probability >= FOLLOW_UP_BAR


def needs_a_rule(job_ask: bool, way_in: bool, asks_referral: bool) -> bool:
    """A job ask after an answer of no way in, or a referral ask ("Is there anyone else you
    think I should talk to?" after "I talk to clients all day"): of the 179 referral asks of
    sets 1-809 where no rule fired, 7.8% are labelled follow-ups; the network, which reads the
    turn's meaning, called 3.4% of them one and was right on 91.1% of them held out, against
    92.2% for calling none."""
    return job_ask and not way_in or asks_referral


def rule_of(features: dict[str, float]) -> str:
    return next((r for r in RULES if features.get(f"rule_{r}")), "none")


def switch_cap(features: dict[str, float]) -> float:
    """The most a topic switch may be believed whatever the model says, from the rules'
    evidence. The logistic regressions that weighed the rules before the network were capped
    so (`bench/train_listening.py` compares them as they were shipped); the network only where
    there is `nothing_to_leave`. The evidence: a guess offered for confirmation (leading, tag or
    declarative) builds on the answer (16% of the 791 such labelled turns are switches); a
    question pointing back, a referral ask, a job ask after an answer about a way in, a reply
    that leaves no topic (`answers.leaves_a_topic`: a confirmation, an invitation to ask on), or
    a reply of up to `LITTLE_TO_LEAVE` words (read back from `log_answer_words`; the models' own
    feature, `short_answer`, stops at `SHORT_REPLY`) leaves too little to criticise leaving. With the
    8-word bar, 8% of 1307 such turns were switches, and held out the caps took the flags shown
    at 0.75 from precision 525/593 = 0.885 to 495/547 = 0.905 (54 sets)."""
    f = {k: bool(v) for k, v in features.items()}
    answer_words = round(math.expm1(features.get("log_answer_words", math.log1p(LITTLE_TO_LEAVE + 1))))
    return cap_for(guess=f.get("leading", False) or f.get("form_declarative", False) or f.get("form_tag", False),
                   announced=f.get("announced", False),
                   little_to_leave=f.get("points_back", False) or f.get("asks_referral", False)
                   or f.get("job_ask_after_way_in", False) or f.get("short_answer", False)
                   or answer_words <= LITTLE_TO_LEAVE or not f.get("leaves_a_topic", True))


def nothing_to_leave(features: dict[str, float]) -> bool:
    """An answer the user cannot be said to have left, whatever the network believes (unless
    the user announces a new topic): a reply of up to `SHORT_REPLY` words, one that leaves no
    topic ("... so fire away if there's anything else"), and the answer before a referral ask
    or before a job ask where it spoke of a way in. What else `switch_cap` caps, the network
    weighs itself (`weigh`)."""
    f = {k: bool(v) for k, v in features.items()}
    return not f.get("announced", False) and (
        f.get("short_answer", False) or not f.get("leaves_a_topic", True) or f.get("asks_referral", False)
        or f.get("job_ask_after_way_in", False))


def network_cap(features: dict[str, float]) -> float:
    """The most the network's switch may be believed: `LITTLE_BELIEF` where there is
    `nothing_to_leave`, else no cap (`weigh`; `bench/train_listening.py` reports the same)."""
    return LITTLE_BELIEF if nothing_to_leave(features) else 1.0


def cap_for(guess: bool, announced: bool, little_to_leave: bool) -> float:
    """`switch_cap` from the rules' own verdicts; the rules alone (no model) use it too."""
    cap = 0.5 if guess else 1.0
    return min(cap, LITTLE_BELIEF) if little_to_leave and not announced else cap


@dataclass(frozen=True)
class Weighed:
    follow_up: float     # probability that the turn follows up on the answer
    topic_switch: float  # probability that it leaves the answer for a new subject
    # probabilities that it reacts to the answer and that it says the answer back; None from
    # weights that have no such output
    acknowledgement: float | None = None
    reflection: float | None = None


def available() -> bool:
    """The model is shipped and not turned off (`PRACTICE_NO_WEIGHING=1`: the rules alone, as
    `bench/train_listening.py` reads them)."""
    return weighing_on(MODEL)


def blend(network: float, together: float, weight: float) -> float:
    """The two models' probabilities mixed on the log-odds scale, `weight` the pair reader's share."""
    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1.0 - 1e-6)
        return math.log(p / (1.0 - p))
    return 1.0 / (1.0 + math.exp(-((1.0 - weight) * logit(network) + weight * logit(together))))


def weigh(signs: Signs, together: dict[str, float] | None = None) -> Weighed | None:
    """The network's probabilities (follow-up, switch, and acknowledgement and reflection where
    its weights have them), or None without it (the rules then decide alone); blended with
    `together`, the probabilities of reading the answer and the turn in one input
    (`pair_reading`), where there are some (`TOGETHER`)."""
    if not available():
        return None
    features = signs.features()
    net = load_network(MODEL)
    p = net.probabilities(features, signs.vectors()[:net.meanings])
    if together:
        blended = {k: blend(v, together[k], TOGETHER[k]) if k in together else v for k, v in p.items()}
        if signs.leading and "reflection" in p:
            # a leading guess is no saying back (the label guide): the pair reader, which does
            # not see the rules' reading of a push, may not praise one the network would not
            blended["reflection"] = min(blended["reflection"], p["reflection"])
        p = blended
    # The switch is the network's own but for answers that leave nothing to switch from
    # (`nothing_to_leave`). It reads the rest of what `switch_cap` weighs (a guess, a question
    # pointing back, an answer of 9-12 words) as features, and capping those threw away most of
    # what it found: held out (ten folds of sets 1-809, one member) the flags shown at 0.75 went
    # from 6744/7259 = 0.929 right at recall 0.539 to 8729/9546 = 0.914 at recall 0.697, and every
    # field from 0.747 to 0.766; on the 3584 answered turns of sets 802-833, which the weights
    # never saw, from 226/240 = 0.942 at recall 0.481 to 309/331 = 0.934 at 0.657. ("This job",
    # "what's it like" point back by the rule's reading, and most such turns were switches.)
    return Weighed(p["follow_up"], min(p["topic_switch"], network_cap(features)),
                   p.get("acknowledgement"), p.get("reflection"))
