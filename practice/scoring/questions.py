"""Which sentences of a turn are questions, and which one the interviewee would answer.

A turn often holds context, a question, and sometimes a second question. People answer the
last question they heard, unless it is only a check-in ("Does that make sense?") tacked on
after a real question; so the deciding question is the last one that is not a check-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from practice.scoring.clauses import content_words, strip_markers
from practice.scoring.kinds import Form
from practice.scoring.forms import sentence_form
from practice.scoring.joined import split_and
from practice.scoring.said import HUH_SAID, QUOTED_START, gives_a_reason, is_exclamation
from practice.scoring.tags import CHECK_INS
from practice.scoring.wordclasses import AUX, FACT_HOW, WH
from practice.scoring.lexicon import content_words as topic_words
from practice.scoring.text import clean, sentences, words



@dataclass(frozen=True)
class Asked:
    """One question found in a turn, with its form."""

    sentence: str
    form: Form


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


_CONTINUES = {"to", "for", "in", "with", "about", "like", "as", "at", "on", "during", "when", "if",
              "because", "especially", "from", "by", "into", "through", "after", "before"}


def is_continuation(last: Asked, before: Asked) -> bool:
    """A short phrase after a wh-question or a request finishes it rather than asking anew:
    "What drew you to nursing? In the first place?"; so does a second question that only
    offers answers to the first (`narrows`)."""
    ws = content_words(last.sentence)
    return ((last.form.kind == "declarative" and before.form.question_type == "open"
             and len(content_words(before.sentence)) >= 3
             and bool(ws) and ws[0] in _CONTINUES and len(ws) <= 8)
            or narrows(last, before) or _offers_example(last) or _asks_it_again(last, before)
            or _guesses_the_answer(last, before))


# "so can I ask", "okay could I also": how leave to ask begins
_LEAVE_START = r"(?:(?:so|and|okay|ok|also|um|oh)\W+)*(?:can|could|may) i (?:also |just )?"


def _guesses_the_answer(last: Asked, before: Asked) -> bool:
    """ "How do you even start with so much? You watch everything?", "What happens in the public
    meetings? The people are angry with you?": a statement asked with a "?" after an open
    question guesses its answer; the open question is still the one asked (sets 1-297: 51 of 59
    such pairs are labelled one open question; the four labelled two begin with "And"). How they
    feel about it ("What do you do all day? You like it?") is asked anew, and so is the question
    after leave to ask ("Can I ask about vet school admission here? It is different for ...?")."""
    if not (before.form.question_type == "open" and last.form.kind == "declarative"
            and before.sentence.rstrip().endswith("?") and last.sentence.rstrip().endswith("?")):
        return False
    said, first = clean(last.sentence).lower(), clean(before.sentence).lower()
    return not re.match(r"(?:(?:oh|okay|so),? )?(?:and|also|plus)\b", said) \
        and not re.search(r"\byou (?:\w+ )?(?:like|love|enjoy|miss|hate|prefer)\b", said) \
        and not re.match(_LEAVE_START + r"ask\b", first)


def _asks_it_again(last: Asked, before: Asked) -> bool:
    """ "What does a therapy session with a kid actually look like? Could you walk me through
    one?": a short request for an account of what the open question just named asks it again."""
    said = words(clean(last.sentence).lower())
    # ("How did you become certified? I want to know every step.": all of it, asked again, set 391)
    points = set(said) & {"one", "it", "that", "those", "them"} or set(said) & {"every", "everything"} and not set(said) & WH
    return before.form.question_type == "open" and last.form.kind == "request" and len(said) <= 8 and bool(points) \
        and said[:1] != ["and"]  # "... ? And would you be willing to share it?" asks for more (set 439)


_FRAGMENT_START = {"the", "a", "an", "even", "maybe", "perhaps", "like", "say", "or", "any", "some", "just",
                   "mostly", "mainly", "only", "also", "especially", "all"}
_NOT_GERUNDS = {"nothing", "something", "anything", "everything", "thing", "king", "spring", "morning", "evening", "during",
                "string", "ring", "wing", "bring", "sing", "ceiling"}
_PERSONS = {"you", "i", "we", "they", "he", "she", "it", "you're", "i'm", "they're", "it's", "there"}


def _offers_example(last: Asked) -> bool:
    """ "I bet that's your favourite part, right? The adrenaline?", "Anything going at the
    moment? Even bank shifts?", "... the worst part, right? All those people yelling about
    parking?": a few words with no verb of their own offer an example answer
    to the question before; they are not a second question."""
    said = words(clean(last.sentence).lower())
    if last.form.kind == "declarative" and 0 < len(said) <= 8 and said[0].endswith("ing") and said[0] not in _NOT_GERUNDS:
        # "That must be the hardest part, isn't it? Being the only one they have?", "Isn't it
        # dangerous, though? Working in open elevator shafts?": what the guess means, said again
        # (sets 1-393: none of the 9 such turns is labelled stacked)
        return True
    return (last.form.kind == "declarative" and 0 < len(said) <= 8
            and (said[0] in _FRAGMENT_START or said[-2:] in (["something", "else"], ["or", "something"]))
            and not set(said) & _PERSONS)


_GUESSES_IT = re.compile(r"^(?:(?:or|so|and|like)\s+)?(?:(?:are|is) we talking\b|(?:is|was) (?:it|that) (?:still |really |usually |mostly |basically |also |generally |typically )?(?:because|one of|part of|mostly|mainly|more|through|like|many|much|lots|a lot"
                         r"|from|a|an|the|just|all|those|these|that|about|your|(?!(?:some|any|no|every)thing\b)\w+ing (?!out\b|on\b)\w+)\b)")  # "What's the hardest part? Is it managing people?"
_ASKS_HOW_IT_GOES = re.compile(r"(?:^|[,:;-]\s|\b(?:so|and|but|okay)\s)how (?!much|many|long|old|often|far|big|soon)\w+"
                               r"|\blike(?: (?!for\b|to\b|if\b)\w+){0,2}\W*$|\binvolve\b|\bwhat's the deal\b|\bwhat was it about\b"  # ("... like backstage?")
                               # "What is the job market like here for conservators?"
                               r"|\b(?:what's|what is|what was|what are)\b(?:(?! you\b| i\b| they\b)[\w' ])*\blike (?:\w+ing\b|here|there|now|today|these days|for|in|as"
                               # "What's the team dynamic like up there?"
                               r"|up there|out there|down there|on (?:the|a|your)|at (?:the|your))\b"
                               # "What does SRE work with developers look like at your company?" (set 440)
                               r"|\bwhat (?:does|do|did) [\w' ]+ look like\b")
_GUESS_START = re.compile(r"^(?:do|does|did|is|are|was|were|has|have|would|will) (?:you|they|that|most|people|many|a lot|the|it|there|everyone|anyone|guys|firms|schools|companies"
                          r"|customers|clients|patients|students|families)\b")  # "Do customers mostly not care?" (set 437)
_ASKS_THE_WAY = re.compile(r"\b(?:in my (?:shoes|position|place)|if you were me|(?:usual|best|typical|normal) (?:path|route|way in)"
                           r"|what's the path (?:to|into|for)\b"  # "What's the path to getting certified ...?" (set 385)
                           # "What's the cheapest realistic way to build those hours?"
                           r"|(?:best|cheapest|fastest|quickest|easiest|smartest|realistic) way (?:to|in|of)\b"
                           r"|what would you (?:do|recommend|suggest|advise|tell)|where should i (?:start|begin)|how should i\b"
                           r"|what should i (?:do|focus on|start with))")
_ASKS_HOW = re.compile(r"^(?:(?:so|and|but|okay|ok),? )?how (?:did|do|does|would|could|can|should|have|has)"
                      r" (?:you|i|people|someone|somebody|most people|they|one)\b"
                      r"|^what (?:kind of |sort of )?(?:training|education|background|qualifications?|degree|certification)\b")
_ENOUGH = re.compile(r"^(?:is|are|would|will) (?:a|an|my) [\w' -]{1,30} (?:enough|required|necessary|needed)\W*$")
_NARROWS = re.compile(r"^(?:like|i mean|say|for example|for instance)\b")
_OPTIONS_END = re.compile(r"\bor (?:something|anything|what|not|so)\b(?: like that)?\W*$|\bor\s*$")
_POINTS = {"it", "that", "this", "they", "them"}
# "What drew you to child welfare? Did you start there, or try other areas first?": "there"
# pointing back (not "is there", "there's": nothing pointed at)
_POINTS_THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?! (?:is|are|was|were|a|an|any|some)\b)(?!'s)")


def narrows(last: Asked, before: Asked) -> bool:
    """ "How did you get into theater design? Did you study it or kind of fall into it?",
    "What does the research involve? Like, are you in archives, or ...?": the second question
    offers possible answers to the first, which is still the one to answer. The writers of
    the interview sets call these one question, and the answer they get is one answer. Two
    topics joined by "or" ("Do you work remote or in the office?" after "What do you enjoy
    most?") share nothing with the first question, and stay two."""
    low = clean(last.sentence).lower()
    if _NARROWS.match(low) and not re.match(r"like what\W*$", low):  # "Coaching? Like what?" asks anew
        return True
    if re.match(r"and\b", low):
        return False  # "... ? And do your techs get to do research too, or ...?": added as its own
    if _ASKS_HOW.match(clean(before.sentence).lower()) and _ENOUGH.match(low):
        # "What kind of degree do you need ...? Is a bachelor's enough?": a guess at the
        # requirement asked (sets 1-433: 2 of 2 not stacked)
        return True
    # "why they don't accept it anymore? Is it because of social media?", "How did you get
    # trained for this? Was it one of those two-year programs?": a guess at the answer
    # (also after a fact asked: "What's 'staged'? Is that like a tryout?")
    if before.form.kind in {"wh_open", "wh_fact", "request"} and before.sentence.rstrip().endswith("?") and _GUESSES_IT.match(low):
        return True
    # "How did people in your cohort manage money? Did most of them keep working?", "What is the
    # work-life balance like? Are the court hours predictable?": a yes/no guess at how it goes or
    # what it is like or what they would advise ("What would you tell someone like me? Is it
    # crazy?"), with no "And" to add it as a question of its own (sets 1-81: 25 such pairs
    # labelled one open question, 4 two; with "And" 22 of 22 are two). Not after any open
    # question: "What do you enjoy most? Do you work weekends?" asks two things.
    # (in a transcript, with no punctuation at all: "what's the pay like um is it enough to live on")
    both_asked = before.sentence.rstrip().endswith("?") and last.sentence.rstrip().endswith("?") \
        or not re.search(r"[.?!,;]", before.sentence + last.sentence) and not re.search(r"\band\W*$", before.sentence)
    if before.form.kind == "wh_open" and both_asked \
            and last.form.kind in {"yes_no", "choice"} and _GUESS_START.match(low) \
            and (_ASKS_HOW_IT_GOES.search(clean(before.sentence).lower()) or _ASKS_THE_WAY.search(clean(before.sentence).lower())):
        return True
    # (in a transcript a hesitation, not a "?", ends the first: "what's the culture like on a job
    # site um is it pretty rough or")
    asked_first = before.sentence.rstrip().endswith("?") or not re.search(r"[.?!,;]", before.sentence + last.sentence)
    if before.form.question_type != "open" or not asked_first or not re.search(r"\bor\b", low):
        return False
    if _OPTIONS_END.search(low) or set(words(low)) & _POINTS or _POINTS_THERE.search(low):
        return True
    # "What is the courtroom culture like? Are you treated as part of the team, or more like
    # furniture?", "What does a normal day look like? Are you mostly on big jobs or in houses?":
    # options offered as what it might be like
    # (after a lead-in: "Switching gears a bit, what does a typical day look like for you now?")
    if re.match(r"^(?:[\w' ]+, )?(?:what's|whats|what is|what was|what does|what do|what did)\b(?:(?! you\b| i\b| they\b)[\w' ])*\blike\b(?: \w+){0,5}\W*$",
                clean(before.sentence).lower()):
        return True
    # "What kind of work you do day to day? Is more programming or more math?": two sides of it
    # offered, with no subject of their own (set 255)
    if re.match(r"^(?:(?:so|and|like|or),? )?(?:is|are|was|were) (?:it )?(?:more|mostly|usually|like|always)\b", low):
        return True
    # "How is the relation with the developers? Is more friendly or more fight?", "What do you look
    # at when you hire somebody? Is the certifications important, or more the experience?" (set 244)
    if re.match(r"^(?:(?:so|and|okay|ok),? )?how(?:'s| is| are| was| were) (?:the|your|it|that|things)\b"
                r"|^(?:(?:so|and|okay|ok),? )?what (?:do|does|would|did) (?:you|they|[\w-]+ managers?|employers) (?:\w+ )?look (?:for|at)\b",
                clean(before.sentence).lower()):
        return True
    # "What would you do in my shoes? ... Should I go straight for my EMT, or try for a fire
    # academy first?", "What's the usual path for someone like me? Do firms prefer PhDs ...,
    # or ...?": the ways forward, offered to an advice question
    if _ASKS_THE_WAY.search(clean(before.sentence).lower()):
        return True
    # "How did you get certified? Did you go back to school, or do one of the alternative
    # programs?", "How did you learn all the legal words? Was there a course, or ...?": "how did
    # you" asks for the means, and options offered after it are means (not "How did your
    # colleague handle that? And would I do better at a firm or at the state?")
    if _ASKS_HOW.match(clean(before.sentence).lower()):
        return True
    # "How did you get hired? Through a company, or directly?": options with no question of
    # their own (no auxiliary or wh-word to start one) answer the open question
    said = strip_markers(words(low)) or [""]
    if said[0] not in AUX | WH:
        return True
    return bool(set(topic_words(low)) & set(topic_words(before.sentence)))


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
    r"|(?:what|how|why|where|when|who|which)(?:'s)?\s+\w+\s+\w+"
    r"|i (?:want|wanted|was going|was gonna|wanna|would like|'d like) (?:to )?ask\b)", re.IGNORECASE)


# "so how did you um how did you get ...": two or three words said again after a hesitation
# restart the question and set nothing apart (set 318); one word said again ("that's good to
# hear what uh what skills ...") still marks where the question starts
_RESTART_OVER_FILLER = re.compile(r"\b((?:[\w']+ ){1,2}[\w']+)\s+(?:um+|uh+|er+|erm|uhm)\s+\1\b", re.IGNORECASE)


def _spoken_sentences(text: str) -> list[str]:
    """Sentences, and in an unpunctuated transcript the parts a hesitation sets apart."""
    if re.search(r"[.?!,;]", text):
        return sentences(text)
    text = _RESTART_OVER_FILLER.sub(r"\1", text)
    m = _HESITATION_ASKS.search(text)
    if m is None or len(words(text[:m.start()])) < 3:  # "so um how do you ...": one question
        return sentences(text)
    return [s for part in _HESITATION_ASKS.split(text) for s in sentences(part)]


def _elliptical(sentence: str, form: Form, before: Form) -> bool:
    """ "And the worst thing?", "Or the hardest?": no verb, so it borrows the wh-question before
    it (a second question all the same, which `stacked` counts)."""
    said = words(clean(sentence).lower())
    return (form.kind == "declarative" and before.kind in {"wh_open", "wh_fact"} and 2 <= len(said) <= 5
            and said[0] in {"and", "or"} and not set(said) & (AUX | _PERSONS))


# Leave to ask, with the topic named, before the question itself: it asks nothing of its own
_ASKS_LEAVE = re.compile(r"^" + _LEAVE_START + r"(?:ask(?: you)?(?: (?:about (?:\S+ ?){1,5}|something(?: (?:kind of |a little |a bit )?[\w-]+)?"
                         r"|a (?:quick |few |couple of )?questions?|one (?:more |last )?thing))?"
                         # "Can I be honest about something?" (set 323)
                         r"|be (?:honest|frank|real)(?: (?:about something|with you))?"
                         # "Can I go back to the graduate program you mentioned?" (set 422)
                         r"|(?:go|circle|come|jump) back to (?:\S+ ?){1,8})\W*$")


def asks_leave(sentence: str) -> bool:
    """ "Can I ask about the licensing side?": leave asked, with the topic named, before the
    question itself; it asks nothing of its own."""
    return bool(_ASKS_LEAVE.match(clean(sentence).lower()))


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
        if asked and asked[-1].sentence.rstrip().endswith("?") and gives_a_reason(sentence):
            continue  # "Could you introduce me to her? I'd love to hear how she made the jump.": why, not a question
        quoted = QUOTED_START.match(sentence)
        if quoted and not sentence.rstrip().endswith("?"):
            # "'When's the plumber coming,' oh no.": their words quoted back; the reaction is said
            sentence = sentence[quoted.end():]
            if not words(sentence):
                continue
        form = scale_question(text, sentence_form(sentence))
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
    real = [a for a in asked if not is_check_in(a.sentence)]
    if len(real) > 1 and asks_leave(real[0].sentence):
        real = real[1:]  # "Can I ask about scheduling? Do you work three twelves, or ...?": leave asked
    while len(real) > 1 and is_continuation(real[-1], real[-2]):
        real = real[:-1]  # "What would you change? To make it better?": the first one is answered
    deciding = (real or asked)[-1] if asked else None
    if deciding is not None and not re.search(r"[.?!,;]", text):
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
