"""Which sentences of a turn are questions, and which one the interviewee would answer.

A turn often holds context, a question, and sometimes a second question. People answer the
last question they heard, unless it is only a check-in ("Does that make sense?") tacked on
after a real question; so the deciding question is the last one that is not a check-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scoring.clauses import content_words
from practice.scoring.continuing import LEAVE_START, PERSONS, is_continuation, said_straight_after
from practice.scoring.kinds import Asked, Form
from practice.scoring import spoken_questions
from practice.scoring.forms import sentence_form
from practice.scoring.joined import split_and
from practice.scoring.said import HUH_SAID, QUOTED_START, gives_a_reason, is_exclamation
from practice.scoring.statement_order import answered_by_verdict
from practice.scoring.tags import CHECK_INS
from practice.scoring.wordclasses import AUX, FACT_HOW
from practice.scoring.text import clean, punctuated, sentences, words



@dataclass(frozen=True)
class TurnQuestions:
    questions: list[Asked]
    deciding: Asked | None

    @property
    def question_type(self) -> str:
        return self.deciding.form.question_type if self.deciding else "not_a_question"


def is_question(sentence: str, form: Form) -> bool:
    """A sentence asks if it ends in "?" or its wording asks even without one."""
    return form.question_type != "not_a_question"


def is_check_in(sentence: str) -> bool:
    return bool(CHECK_INS.search(" ".join(content_words(sentence))))


# "on a scale of 1 to 10", not "half scale" or "the pay scale"
SCALE = re.compile(r"\b(?:on|from|using) a scale\b|\bscale (?:of|from)\b|\b(?:0|1|one|zero) (?:to|through) (?:10|ten|100|a hundred)\b")
_SCALE_ASK = re.compile(r"^(?:how (?!many|much|long|often|old|far)\w+|where (?:would|do|does|are|is|might)|what number|which number)")


def scale_question(text: str, form: Form) -> Form:
    """ "On a scale of 1 to 10, how confident are you?" asks for one number: closed."""
    if SCALE.search(clean(text).lower()) and _SCALE_ASK.search(form.clause):
        return Form("scale", "closed", "asks for a number on a scale", form.clause)
    return form


# A final rise of this many semitones (last ~0.6 s against the turn before it) makes a
# statement a yes/no question; falling statements and wh-questions are left as they are.
RISE_SEMITONES = 2.0
_NOT_RISEN = re.compile(r"^(?:thanks|thank you|okay|ok|yeah|yes|no|wow|cool|great|nice|right|sure)\b")


# In a transcript without punctuation, a hesitation before a question's first words is where
# the question starts: "i can't even picture that um is it as stressful as it looks", "my
# english is not so good um i want to ask how many patients ...". Cleaning drops the "um"
# and, with it, the seam ("picture that is it as stressful" reads as one statement). So does
# "another year um and is the doctorate three years or four".
_HESITATION_ASKS = re.compile(
    r"(?<!\bguess)(?<!\bmean)\s+(?:um+|uh+|er+|erm|uhm)\s+(?=(?:(?:and|so|but)\s+)?(?:is|are|was|were|do|does|did|can|could|would|will|have|has)\s+"
    r"(?:you|it|there|that|they|we|y'all|i|the|your|my|our|this|these|those|people|any|most|\w+[^s\W]s)\b"
    # "oh wow 400 um is is tax season really as brutal as ...": a noun, then a word that asks
    r"|(?:(?:is|are|was|were)\s+)?(?:is|are|was|were)\s+(?!(?:in|at|on|with|for|from|to|by|about|like|just|not|so|also|a|an|the|my|our|really|pretty|very)\b)(?:[\w']+\s+){1,3}(?:really|actually|still|as|so|too|worth)\b"
    # (and "oh no um and how often this happen really", set 660; not "um and what about the pay
    # ... is that true", whose question is at its end)
    r"|(?:and\s+(?!what about\b))?(?:what|how|why|where|when|who|which)(?:'s)?\s+\w+\s+\w+"
    # "... that alone is selling me um tell me more about the crawlspaces though" (set 663)
    r"|(?:(?:and|so|but)\s+)?tell me (?:more|a (?:little|bit) more)\b"
    r"|i (?:want|wanted|was going|was gonna|wanna|would like|'d like) (?:to )?ask\b)", re.IGNORECASE)


# "thank you um how you handle ...", "wow um is it ...": a reaction, then the question (set 570).
# Narrower than `runon_words.REACTIONS`: "okay so um ...", "yeah um ..." lead into the question
# itself, and splitting there made statements of them
_REACTING_WORDS = {"thank", "thanks", "wow", "cool", "great", "nice", "interesting"}


# "so how did you um how did you get ...": two or three words said again after a hesitation
# restart the question and set nothing apart (set 318); one word said again ("that's good to
# hear what uh what skills ...") still marks where the question starts
_RESTART_OVER_FILLER = re.compile(r"\b((?:[\w']+ ){1,2}[\w']+)\s+(?:um+|uh+|er+|erm|uhm)\s+\1\b", re.IGNORECASE)

# "... stay calm when it's uh when someone is like dying": a clause of the question begun, then
# begun again after a hesitation; the first try is dropped, so no second question starts there (set 907)
_CLAUSE_RESTARTED = re.compile(r"\b(when|if|because|while|where|before|after)\s+(?:[\w']+\s+){0,2}(?:um+|uh+|er+|erm|uhm)\s+(?=\1\b)",
                               re.IGNORECASE)


def _spoken_sentences(text: str) -> list[str]:
    """Sentences, and in an unpunctuated transcript the parts a hesitation sets apart."""
    if punctuated(text):
        return sentences(text)
    text = _RESTART_OVER_FILLER.sub(r"\1", text)
    text = _CLAUSE_RESTARTED.sub("", text)
    m = _HESITATION_ASKS.search(text)
    before = words(text[:m.start()].lower()) if m else []
    if m is None or len(before) < 3 and not set(before) & _REACTING_WORDS:  # "so um how do you ...": one question
        return sentences(text)
    return [s for part in _HESITATION_ASKS.split(text) for s in sentences(part)]


def _elliptical(sentence: str, form: Form, before: Form) -> bool:
    """ "And the worst thing?", "Or the hardest?": no verb, so it borrows the wh-question before
    it (a second question all the same, which `stacked` counts)."""
    said = words(clean(sentence).lower())
    return (form.kind == "declarative" and before.kind in {"wh_open", "wh_fact"} and 2 <= len(said) <= 5
            and said[0] in {"and", "or"} and not set(said) & (AUX | PERSONS))


# Leave to ask, with the topic named, before the question itself: it asks nothing of its own
_ASKS_LEAVE = re.compile(r"^" + LEAVE_START + r"(?:ask(?: you)?(?: (?:about (?:\S+ ?){1,5}|something(?: (?:kind of |a little |a bit )?[\w-]+)?"
                         r"|a (?:quick |few |couple of )?questions?|one (?:more |last )?thing))?"
                         # "Can I be honest about something?" (set 323)
                         r"|be (?:honest|frank|real)(?: (?:about something|with you))?"
                         # "Can I go back to the graduate program you mentioned?" (set 422)
                         r"|(?:go|circle|come|jump) back to (?:\S+ ?){1,8})\W*$")


def asks_leave(sentence: str) -> bool:
    """ "Can I ask about the licensing side?": leave asked, with the topic named, before the
    question itself; it asks nothing of its own."""
    return bool(_ASKS_LEAVE.match(clean(sentence).lower()))


def real_questions(asked: list[Asked]) -> list[Asked]:
    """The questions that ask something of the interviewee: check-ins left out, and leave asked
    first dropped ("Can I ask about scheduling? Do you work three twelves, or ...?")."""
    real = [a for a in asked if not is_check_in(a.sentence)]
    return real[1:] if len(real) > 1 and asks_leave(real[0].sentence) else real


# Surprise said with a "?" before more is said (sets 1-553: of the 38 turns where only statements
# follow it, all are labelled no question)
_SURPRISE = re.compile(r"^(?:(?:oh|wait|wow|ah|ha),? )*(?:really|seriously|no way|for real|is that right|is that so)\?+$")
_BARE_LEAD_IN = re.compile(r"^(?:(?:so|and|okay|ok|um|uh|oh)\W+)*(?:do you think|do you know|would you say|(?:can|could) you tell me)\W*$")


def find_questions(text: str, rise: float | None = None) -> TurnQuestions:
    """The questions of a turn. `rise` (semitones, from the turn's recording) turns a final
    statement said with a clear rise into a yes/no question ("If it's stressful." when Whisper
    dropped the "?"; "you have children" said rising)."""
    asked = []
    said = _spoken_sentences(text)
    for n, sentence in enumerate(said):
        if is_exclamation(sentence):
            continue  # "How interesting!" acknowledges; it asks nothing
        if n < len(said) - 1 and _SURPRISE.match(clean(sentence).lower()):
            continue  # "Really? That is good news for me.": surprise, then what it means to them
        if asked and asked[-1].sentence.rstrip().endswith("?") and gives_a_reason(sentence):
            continue  # "Could you introduce me to her? I'd love to hear how she made the jump.": why, not a question
        quoted = QUOTED_START.match(sentence)
        if quoted and not sentence.rstrip().endswith("?"):
            # "'When's the plumber coming,' oh no.": their words quoted back; the reaction is said
            sentence = sentence[quoted.end():]
            if not words(sentence):
                continue
        form = scale_question(text, sentence_form(sentence))
        if sentence.rstrip().endswith("!") and "?" not in sentence and form.kind in {"yes_no", "wh_fact", "declarative"}:
            continue  # "Three counties in one day, is a lot of driving!": exclaimed, not asked
        if n < len(said) - 1 and not sentence.rstrip().endswith("?") and answered_by_verdict(form, said[n + 1]):
            continue  # "Wait, so cold makes things taste less sweet. That's so cool, I never knew that."
        if form.kind == "tag" and n < len(said) - 1 and HUH_SAID.search(sentence):
            continue  # "Closer to sculpture, huh. So for you it's really an art form.": a reaction, then on
        if is_question(sentence, form):
            if asked and _elliptical(sentence, form, asked[-1].form):
                # "What's your favourite part? And the worst?": the same question, of another thing
                form = Form(asked[-1].form.kind, asked[-1].form.question_type,
                            f"asks the question before it again, of something else ({asked[-1].form.why})", form.clause)
            asked.append(Asked(sentence, form))
    # "do you think um would you be able to ...": the lead-in a hesitation cut off (sets 1-417:
    # none of the 4 such turns is labelled stacked)
    asked = [a for n, a in enumerate(asked) if n == len(asked) - 1 or not _BARE_LEAD_IN.match(clean(a.sentence).lower())]
    real = real_questions(asked)
    while len(real) > 1 and is_continuation(real[-1], real[-2]):
        real = real[:-1]  # "What would you change? To make it better?": the first one is answered
    if len(real) == 2 and said_straight_after(real[0], real[1]) \
            and (real[1].form.kind == "yes_no" or real[1].form.kind in {"declarative", "tag"} and real[0].form.kind == "wh_open"):
        # "What's the culture like? Do people tend to stay long?": the yes/no question said straight
        # after an open one offers an answer to it, which is still the question (sets 1-633,
        # punctuated: 462 of 510 such turns labelled open); so does a statement asked after a
        # wh-question ("When the plan falls apart, what you do first? You start again from zero?")
        # or a tag ("What's the pay like? I'm guessing it's not great, right?"; sets 1-665: 15
        # question types set right, 2 wrong)
        real = real[:1]
    deciding = (real or asked)[-1] if asked else None
    if deciding is not None and not punctuated(text):
        deciding = _last_of_a_run(deciding)
    if rise is not None and rise >= RISE_SEMITONES:
        last = (sentences(text) or [""])[-1]
        said = " ".join(words(last))
        if said and (deciding is None or deciding.sentence != last) and len(words(last)) >= 2 \
                and not _NOT_RISEN.match(said) and not is_exclamation(last):
            heard = Asked(last, Form("declarative", "closed",
                                     f"is a statement said with a rising pitch (+{rise:.1f} semitones): it asks for a yes or no",
                                     said))
            asked.append(heard)
            deciding = heard
    if deciding is None:
        # no rule found a question in a transcript without punctuation: the learned reading may
        # still hear one, when it is sure (`spoken_questions`)
        learned = spoken_questions.question_form(text)
        if learned is not None:
            deciding = Asked(text.strip(), learned)
            asked.append(deciding)
    return TurnQuestions(asked, deciding)


def _last_of_a_run(asked: Asked) -> Asked:
    """ "how long have you been doing it and what's the hardest part for you": in a transcript
    with no punctuation, questions run together by "and" are answered from the last, and it
    types the turn (sets 1-425: of 271 such turns whose first and last differ in type, 257 are
    labelled as the last; stacking still counts both)."""
    pieces = split_and(asked.sentence)
    if len(pieces) < 2:
        return asked
    last = sentence_form(pieces[-1])
    if last.question_type in {"not_a_question", asked.form.question_type}:
        return asked
    return Asked(asked.sentence, last)


def question_type(text: str) -> str:
    """"open", "closed" or "not_a_question" for one turn of the user."""
    return find_questions(text).question_type


_EMBEDDED = re.compile(
    r"\b(?:don't know|do not know|not sure|wonder|wondering|ask you|asked you|curious|interested in"
    r"|remind me|tell me|hear|trying to think|think about|imagine)(?: \w+){0,2}? (what|how|why)\b(?: (\w+))?"
)


def open_or_closed(text: str) -> Asked:
    """The open/closed call for a turn known to be a question (benchmarks, the interview loop).

    With no question found, an embedded wh-question ("I wanted to ask you how you feel
    about it.") still invites an account: open. Otherwise the turn is a statement offered
    for confirmation (Switchboard's "declarative question"), which invites a yes or no.
    """
    found = find_questions(text)
    if found.deciding:
        return found.deciding
    last = (sentences(text) or [text])[-1]
    for sentence in reversed(sentences(text)):
        m = _EMBEDDED.search(" ".join(words(sentence)))
        if m and not (m.group(1) == "how" and m.group(2) in FACT_HOW):
            return Asked(sentence, Form("request", "open", f'asks indirectly ("... {m.group(1)} ...")', sentence))
    return Asked(last, Form("declarative", "closed", "is a statement offered for confirmation: it asks for a yes or no"))

