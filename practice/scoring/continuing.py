"""Does a second question only continue the first? "What drew you to nursing? In the first
place?", "How did you get certified? Did you go back to school, or ...?", "What does a session
look like? Could you walk me through one?": a phrase that finishes it, options or a guess
offered as its answer, or the same question asked again. The first is still the one to answer,
and the turn is not stacked. Split from `questions`, which finds the questions of a turn.
"""

from __future__ import annotations

import re

from practice.scoring.clauses import content_words, strip_markers
from practice.scoring.kinds import Asked
from practice.scoring.lexicon import content_words as topic_words
from practice.scoring.text import clean, punctuated, words
from practice.scoring.wordclasses import AUX, WH


_CONTINUES = {"to", "for", "in", "with", "about", "like", "as", "at", "on", "during", "when", "if",
              "because", "especially", "from", "by", "into", "through", "after", "before"}


def is_continuation(last: Asked, before: Asked) -> bool:
    """A short phrase after a wh-question or a request finishes it rather than asking anew:
    "What drew you to nursing? In the first place?"; so does a second question that only
    offers answers to the first (`narrows`)."""
    ws = content_words(last.sentence)
    # (after a guess or a yes/no question too: "And you must lose a lot of hives along the way,
    # don't you? With all the moving?"; sets 1-577: 4 of the 5 such turns called stacked are not)
    return ((last.form.kind == "declarative" and before.form.question_type in {"open", "closed"}
             and len(content_words(before.sentence)) >= 3
             and bool(ws) and ws[0] in _CONTINUES and len(ws) <= 8
             and not (before.form.question_type == "closed" and re.match(r"\W*and\b", last.sentence.lower())))
            or narrows(last, before) or _offers_example(last) or _asks_it_again(last, before)
            or _guesses_the_answer(last, before) or _lists_another(last, before))


def _lists_another(last: Asked, before: Asked) -> bool:
    """ "What skills should I be building? GIS? Statistics?": a second bare option after a
    first one lists another answer; it asks nothing the first did not (set 571)."""
    said, first = (words(clean(a.sentence).lower()) for a in (last, before))
    return all(a.form.kind == "declarative" and a.sentence.rstrip().endswith("?") for a in (last, before)) \
        and 0 < len(said) <= 3 and 0 < len(first) <= 3 and not set(said + first) & PERSONS


# "so can I ask", "okay could I also": how leave to ask begins
LEAVE_START = r"(?:(?:so|and|okay|ok|also|um|oh)\W+)*(?:can|could|may) i (?:also |just )?"


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
        and not re.match(LEAVE_START + r"ask\b", first)


def _asks_it_again(last: Asked, before: Asked) -> bool:
    """ "What does a therapy session with a kid actually look like? Could you walk me through
    one?": a short request for an account of what the open question just named asks it again."""
    said = words(clean(last.sentence).lower())
    # ("How did you become certified? I want to know every step.": all of it, asked again, set 391)
    points = set(said) & {"one", "it", "that", "those", "them"} or set(said) & {"every", "everything"} and not set(said) & WH
    if before.form.question_type == "open" and _FOR_AN_EXAMPLE.match(" ".join(said)):
        # "What happens when you and the director disagree? Can you give an example?" (sets
        # 1-545: the 7 such pairs are labelled one open question, not stacked)
        return True
    return before.form.question_type == "open" and last.form.kind == "request" and len(said) <= 8 and bool(points) \
        and said[:1] != ["and"]  # "... ? And would you be willing to share it?" asks for more (set 439)


_FOR_AN_EXAMPLE = re.compile(r"^(?:(?:so|like|or|maybe)\s)?(?:(?:can|could|would) you (?:give|share|walk me through|tell me|think of)"
                             r"(?: me| us)?|(?:do )?you have) (?:an|one|some|a quick|a concrete|a specific|a real)(?: \w+)? examples?$")


_FRAGMENT_START = {"the", "a", "an", "even", "maybe", "perhaps", "like", "say", "or", "any", "some", "just",
                   "mostly", "mainly", "only", "also", "especially", "all"}
_NOT_GERUNDS = {"nothing", "something", "anything", "everything", "thing", "king", "spring", "morning", "evening", "during",
                "string", "ring", "wing", "bring", "sing", "ceiling"}
PERSONS = {"you", "i", "we", "they", "he", "she", "it", "you're", "i'm", "they're", "it's", "there"}


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
            and not set(said) & PERSONS)


_GUESSES_IT = re.compile(r"^(?:(?:or|so|and|like)\s+)?(?:(?:are|is) we talking\b|(?:is|was) (?:it|that) (?:still |really |usually |mostly |basically |also |generally |typically )?(?:because|one of|part of|mostly|mainly|more|less|through|like|many|much|lots|a lot"
                         r"|from|a|an|the|just|all|those|these|that|about|your|(?!(?:some|any|no|every)thing\b)\w+ing (?!out\b|on\b)\w+)\b)")  # "What's the hardest part? Is it managing people?"
_ASKS_HOW_IT_GOES = re.compile(r"(?:^|[,:;-]\s|\b(?:so|and|but|okay)\s)how (?!much|many|long|old|often|far|big|soon)\w+"
                               r"|\blike(?: (?!for\b|to\b|if\b)\w+){0,2}\W*$|\binvolve\b|\bwhat's the deal\b|\bwhat was it about\b"  # ("... like backstage?")
                               # "What is the job market like here for conservators?"
                               r"|\b(?:what's|what is|what was|what are)\b(?:(?! you\b| i\b| they\b)[\w' ])*\blike (?:\w+ing\b|here|there|now|today|these days|for|in|as"
                               # "What's the team dynamic like up there?"
                               r"|up there|out there|down there|on (?:the|a|your)|at (?:the|your))\b"
                               # "What does SRE work with developers look like at your company?" (set 440)
                               r"|\bwhat (?:does|do|did) [\w' ]+ look like\b")
# ("How current would my skills need to be? Would I have to redo a whole program?", set 574)
_GUESS_START = re.compile(r"^(?:do|does|did|is|are|was|were|has|have|would|will) (?:you|i|they|that|most|people|many|a lot|the|it|there|everyone|anyone|guys|firms|schools|companies"
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
_TELL_ME = re.compile(r"^(?:(?:so|and|okay|oh|but),? )?(?:can you |could you )?(?:tell me|walk me through)\b")
_ASKS_WHY = re.compile(r"^(?:(?:so|and|okay|oh|but),? )?(?:what (?:made|got|drew|pulled|led|brought|pushed|inspired) you"
                       r"|why did you|how did you (?:get into|end up|decide|choose|pick))\b")
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
    # A yes/no guess at the account or the reason asked for: "Tell me about how you started. Were
    # you already doing this in Vietnam?", "Walk me through how your team hires. Is it still
    # whiteboard puzzles?" (sets 1-561: the 8 such pairs are labelled one open question); "What made
    # you want to do this? Did somebody in your family do it?", "Why did you walk away from being a
    # paralegal? Was the office as bad as it sounds?" (sets 1-545: the 87 such pairs are too)
    first = clean(before.sentence).lower()
    if last.form.kind in {"yes_no", "choice"} and (
            _TELL_ME.match(first) and before.form.question_type == "open" and re.match(r"(?:did|was|were|had|do|is|are) ", low)
            or _ASKS_WHY.match(first) and re.match(r"(?:did|was|were|had) ", low)):
        return True
    # "How did people in your cohort manage money? Did most of them keep working?", "What is the
    # work-life balance like? Are the court hours predictable?": a yes/no guess at how it goes or
    # what it is like or what they would advise ("What would you tell someone like me? Is it
    # crazy?"), with no "And" to add it as a question of its own (sets 1-81: 25 such pairs
    # labelled one open question, 4 two; with "And" 22 of 22 are two). Not after any open
    # question: "What do you enjoy most? Do you work weekends?" still counts two questions, though
    # the open one decides the type and the stacked flag stays under the bar (`said_straight_after`).
    # (in a transcript, with no punctuation at all: "what's the pay like um is it enough to live on")
    both_asked = before.sentence.rstrip().endswith("?") and last.sentence.rstrip().endswith("?") \
        or not punctuated(before.sentence + last.sentence) and not re.search(r"\band\W*$", before.sentence)
    # (or asked with leave first: "Can I ask what the pay is like? Is it enough for a family?", set 574)
    if before.form.kind in {"wh_open", "request"} and both_asked \
            and last.form.kind in {"yes_no", "choice"} and _GUESS_START.match(low) \
            and (_ASKS_HOW_IT_GOES.search(clean(before.sentence).lower()) or _ASKS_THE_WAY.search(clean(before.sentence).lower())):
        return True
    # (in a transcript a hesitation, not a "?", ends the first: "what's the culture like on a job
    # site um is it pretty rough or")
    asked_first = before.sentence.rstrip().endswith("?") or not punctuated(before.sentence + last.sentence)
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


def said_straight_after(first: Asked, second: Asked) -> bool:
    """A question said straight after an open one or a request for an account, with no "and"
    joining it on: it mostly narrows the first or offers an answer to it ("Where is the field
    heading? Are sound libraries replacing people?") rather than asking something of its own.
    Broader than `narrows`, which drops the second question altogether: here the pair still
    counts two questions, but the open one decides the type (`questions.find_questions`) and the
    stacked flag stays under the bar (`stacking`)."""
    said = clean(second.sentence).lower()
    # ("Can I ask how you got into planning? Did you study it in school?" asks and narrows like an
    # open question: sets 1-657, 27 types and stacked flags more read right, 1 fewer. Leave asked
    # with only a subject named, "Can I ask about money? ...", is dropped before this by the callers
    # (`questions.asks_leave`): what follows it is the question.)
    return first.form.kind in {"wh_open", "request"} and first.sentence.rstrip().endswith("?") \
        and not _JOINED_ON.match(said) and not _OF_ITS_OWN.match(said)


_JOINED_ON = re.compile(r"\W*(?:and|also|plus|oh and|but|or|so)\b")
# ... but a favour ("How do those cadet programs work? Could you refer me to the one at your
# airline?") or what they did or feel about it ("Did you ever think about quitting?", "Do you
# regret it?") asks something of its own (sets 1-633: the 3 "did you ever" such turns are
# labelled two questions; the 3 "do you ever" ones one)
_OF_ITS_OWN = re.compile(r"\W*(?:(?:could|would|can|will) you (?:\w+ ){0,2}(?:refer|introduce|put|pass|connect|send|forward|recommend|mention)"
                         r" (?:me|my)\b|did you ever\b|do you regret\b)")
