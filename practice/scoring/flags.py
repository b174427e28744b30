"""Flags on how a question is asked: leading, and how sure "closed" is (stacked questions:
`stacking`; asking for a job: `job_asks`).

Each detector returns the words it rests on (or None), so the reason shown to the user
can quote them.
"""

from __future__ import annotations

import re

from practice.scoring.clauses import clauses, strip_markers
from practice.scoring.wordclasses import NEGATIVE_AUX
from practice.scoring import spoken_questions
from practice.scoring.questions import TurnQuestions, is_check_in
from practice.scoring.tags import HEARD_CHECK
from practice.scoring.text import clean, words

# The user's own guess at the answer, said with the question: "I'm guessing it's the holidays
# that hurt the most. What's that like?", "The checkrides must be the scariest part. How bad
# were yours?" (28 of 29 such turns of the labelled sets are leading)
# ("Surely drones will replace most of it soon. How do you see ...?", "That has to be the most
# rewarding feeling in the world.")
GUESS = (r"(?:i'm|i am) guessing(?! you (?:hear|get|have heard|'ve heard|heard|get asked)\b)|i'd guess|i would guess|(?:must|has to|have to) be the (?:\w+est|worst|best|most \w+)|surely"
          r"|i think (?:it|that|this) must be|i feel like (?:it|that|they) (?:has|have) to be")  # "What is the most difficult part? I think it must be very hard when ..."
LEADING = re.compile(
    # (not "what isn't there that should be": the negative asked about, set 480)
    r"(?<!\bwhy )(?<!\bwhat )\b(?:don't|doesn't|didn't|wouldn't|isn't|aren't|wasn't|won't|can't|shouldn't) (?:you|it|that|this|they|there)\b"
    r"(?: (?:think|agree|say|feel|find|love|like|want|be|true|great|amazing|hard|obvious|better|worth|a|the|so))?"
    r"|\b(?:wouldn't you agree|don't you agree|would you agree|you'd agree|surely|obviously|i bet(?= \w)(?! (?:um|uh|so|and|but|what|how|why|where|when|who|okay|ok)\b)|i assume|i'm sure you"
    r"|you must (?:love|enjoy|like|be(?! (?:ready|available|on call|certified|licensed|able to|registered|a citizens?|citizens?)\b)|have|find|feel|get)|i guess you|you probably|i imagine you|i imagine it must"
    # "Why are bootcamps so useless ...?", "Why do museums pay so badly?": a verdict the
    # question takes for granted (not "why is it so hard to ...", which asks what makes it so)
    r"|why (?:is|are|was|were|do|does|did)\b[^?.!]{0,50}\b(?:so|such an?) (?:bad|badly|useless|terrible|awful|pointless|boring|poorly|worthless|overrated"
    r"|toxic|broken|underpaid|thankless|miserable)"
    # "How frustrating was it to watch it get ignored?", "How much easier is it for someone with a
    # military background?": the feeling or the comparison taken for granted, only its size asked
    # (all 5 such turns of sets 1-93 are leading; "how hard is it" asks, 18 of 18 not leading)
    r"|how (?:frustrating|scary|terrifying|painful|awful|annoying|heartbreaking|devastating|demoralizing|humiliating|soul-crushing)"
    r" (?:was|is|were|are|must)|how much (?:easier|harder|better|worse|happier|more \w+) (?:is|was|would|does|will|are|were)"
    # "What was so bad about the postdoc world that you had to get out?"
    r"|what(?:'s| is| was) so (?:bad|terrible|awful|wrong|miserable|toxic) about"
    # "What makes hospital work so much better than retail?" (22 of 22 such questions of sets
    # 1-101 are leading)
    r"|(?:so much|way) (?:more \w+|better|worse|easier|harder|\w+ier)(?: (?:for|to|on|in) [\w' ]{1,25}?)? than(?! (?:usual|normal|before|expected|i thought)\b)"
    # "Why would anyone give up that kind of money?": the answer taken for granted (7 of 7 such
    # turns of sets 1-209 are leading)
    r"|why would (?:anyone|anybody|someone|people)\b"
    r"|" + GUESS + r")\b"
)
TAG = re.compile(
    r",\s*(?:right|correct|yeah|no|yes|true|isn't it|aren't they|aren't you|don't you|didn't you|doesn't it"
    r"|don't they|wasn't it|weren't they|haven't you|hasn't it|wouldn't you|won't you|can't you|couldn't you"
    r"|isn't that|am i right|is that right|wouldn't you say|don't you think|eh|huh"
    # the user's own case put for agreement: "I should be fine on the physical test, shouldn't
    # I?", "Newspapers are disappearing, is it not?" (3 of 3 such turns of sets 1-209 leading)
    r"|shouldn't i|wouldn't i|won't i|can't i|is it not)\s*\?\s*$"
)


def leading(text: str, questions: TurnQuestions) -> str | None:
    """Words that push the interviewee toward an answer, if the turn asks at all."""
    if not questions.questions:
        return None
    for asked in questions.questions:
        low = clean(asked.sentence).lower()
        if is_check_in(asked.sentence):
            continue
        checks = bool(_CHECKS_A_FACT.search(low) or _CHECKS_A_NUMBER.search(low) or HEARD_CHECK.match(asked.form.clause)
                      or _CHECKS_A_TERM.search(low) and not JUDGES.search(low) and not _TERM_JUDGED.search(low)
                      or (_CHECKS_A_NEED.search(low) or _CHECKS_THEIR_PAST.search(low)) and not JUDGES.search(low)
                      or (_SO_SAID_BACK.match(low) or _THEIR_PLACE.match(low) or _NAMES_WHICH.search(low))
                      and not PUSHES.search(low)
                      or _OPENING_CHECKED.search(low) and not JUDGES.search(low))
        m = TAG.search(low)
        if m and m.group(0).strip(" ,?") == "huh" and not set(words(low[:m.start()])) & _POINTERS:
            m = None  # "Sharing a dorm at my age, huh?": their words echoed in surprise, no guess to agree with
        wondered = _WONDERED_ALOUD.search(low) and not JUDGES.search(_OWN_GUESS.sub(" ", low))
        if wondered:
            m = None
        if m and len(words(low)) > 3 and not checks:
            return m.group(0).strip(" ,?")
        if asked.form.kind == "tag" and len(words(low)) > 4 and not re.search(r"[,.?!]", low) and not checks and not wondered \
                and not _POLITE_HEDGE.search(low) \
                and not (low.endswith(" yes") and not JUDGES.search(low)):  # "... go out yes" checks a fact
            return " ".join(words(low)[-2:])  # "... recover right", said without punctuation
        assumed = _ASSUMED.search(low)
        # (a fact checked ends on its tag: "There's an age limit too, isn't there?", "Your airline
        # runs a cadet program, doesn't it?"; not an answer said back with "so", whose "isn't it"
        # or "don't you think" pushes: 17 of 21 such turns of sets 1-449 are labelled leading)
        m = next((m for m in LEADING.finditer(low) if not _hedged(low, m)
                  and not (assumed and m.start() >= assumed.start() and not PUSHES.search(low[:assumed.start()]))
                  and not (checks and not _SO_SAID_BACK.match(low) and re.fullmatch(r"\W*", low[m.end():]))
                  and not (m.group(0).startswith("why would") and _SURPRISED_FIRST.match(clean(text).lower()))
                  and not (m.group(0).startswith("you must") and _MUST_ASKED.search(low))), None)
        if m:
            return m.group(0)
        said = strip_markers(words(low))
        if said and said[0] in NEGATIVE_AUX and low.rstrip().endswith("?"):
            return " ".join(said[:3])  # "Isn't running your own practice less stressful ...?"
        last = (clauses(asked.sentence) or [[]])[-1]
        if len(last) >= 4 and last[0] in NEGATIVE_AUX and low.rstrip().endswith("?"):
            # "In the meantime, aren't museums moving away from ...?", "Since it goes in waves,
            # wouldn't now be the perfect time ...?" (4 of 4 such questions of sets 1-101)
            return " ".join(last[:3])
        m = _NEGATIVE_THEN_POSITIVE_TAG.search(low)
        if m and not _POLITE_HEDGE.search(low) and not (_OPENING_ASKED.search(low) and not JUDGES.search(low)) \
                and not (m.group(1).endswith(" you") and _ASKS_THEM_BACK.search(low[:m.start(1)])):
            return m.group(1)
    if any(not is_check_in(a.sentence) for a in questions.questions):
        low = clean(text).lower()
        m = re.search(r"\b(?:" + GUESS + r")\b", low)  # the guess said beside the question
        if m:
            return m.group(0)
        m = _IMAGINED.search(low)
        if m:
            return m.group(1)
        m = _ANSWERED_FOR_THEM.search(low)
        if m:
            return m.group(1)
    return None


# "Wait, a whole dog? Why would anyone paint over a dog?": after their oddity taken in with
# surprise, "why would anyone" wonders at it, it takes no answer for granted (sets 1-633: the 3
# such turns are labelled not leading; the 9 that ask it of a choice of career are)
_SURPRISED_FIRST = re.compile(r"^(?:wait,? )?(?:(?!why\b)[^.?!]){0,40}\?\s+why would (?:anyone|anybody|someone|people)\b")


# "you must" as a second language's "have to", asked of: "How fast you must be in the bakery?"
# (set 404); "you must be ready all the time" (set 643) is kept apart in `LEADING`
_MUST_ASKED = re.compile(r"\b(?:how|what|where|when|which)(?: [\w']+)? you must\b")


# The answer to "what's the hardest part?" guessed after it: "What's the most rewarding part of the
# work for you? It must be being there for families.", "what's the worst part of the job for you i
# mean it's gotta be the on call right" (sets 1-625: 7 of the 8 such turns are leading)
_ANSWERED_FOR_THEM = re.compile(r"\bwhat(?:'s| is| was| are)\b[^.?!]{0,40}\b(?:worst|best|hardest|toughest|most \w+|\w+est)\b"
                                r".{0,60}?\b(it(?:'s| has| must)? ?(?:must be|must've been|has to be|gotta be|got to be))")


# A verdict the user imagines, said as its own sentence beside the question: "What are the
# neighborhood meetings like? I imagine they're pretty painful.", "I imagine life out here is so
# much healthier than in a city. How has it changed things?", "X must be so much more satisfying
# than Y. What ...?" (sets 110-133: the 12 such turns found are all leading). "I imagine people
# carry a lot of assumptions about this work" names no verdict, and "I assume I'd be taking a
# big cut" guesses at the user's own lot.
_IMAGINED = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:so|and|well|okay|oh),? )?(i(?:'d| would)? (?:bet|imagine|assume)(?! (?:i|i'd|i'm|i'll|you've got|you have)\b)"
    r"[^.?!]{0,60}?\b(?:(?:a lot|way|so much|much|far) (?:more \w+|less \w+|better|worse|\w+ier)"
    r"|(?:pretty|really|so|super|incredibly) (?:painful|hard|tough|brutal|rough|stressful|boring|frustrating|exhausting|awful|miserable"
    r"|rewarding|fulfilling|satisfying|meaningful)"  # "I'd imagine it's incredibly rewarding work." (set 343)
    r"|where the real money is|(?:is|are|would be|must be) the (?:\w+est|worst|best|most \w+)\b)"  # "... are the hardest to get used to"
    # "You must find it incredibly frustrating to keep waiting. How do you ...?"
    r"|you must (?:find|feel|get|be) (?:it |so |really |incredibly |pretty |super )*(?:frustrating|exhausting|draining|lonely|stressful"
    r"|boring|tedious|depressing|exhausted|frustrated|burned out|burnt out)"
    # "You must love being your own boss. Why is it so much better?" (sets 1-665: the 2 such
    # turns are labelled leading)
    r"|you must (?:love|enjoy)"
    # the answer bet on after the question: "What's the best part of following the bloom? I bet
    # it's the travel." (sets 1-665: the 3 such turns are labelled leading)
    r"|(?<=[?] )i bet (?:it's|it is|that's|that is) (?:the|mostly|most of)\b"
    # "Working with small businesses must be so much more satisfying than big corporate clients."
    r"|[^.?!]{0,60}?\b(?:(?:must|has to|have to) (?:be (?:so much|way|a lot|far) (?:more \w+|less \w+|better|worse|\w+ier) than|beat\b)"
    # "Sixty hours outside sounds a lot better than sixty hours staring at tickets."
    r"|sounds? (?:so much|way|a lot|far) (?:more \w+|less \w+|better|worse|\w+ier) than))\b[^?]*(?:[.!]|$)")


# A negative statement with a positive tag asks to be agreed with: "You don't need a master's
# for that, do you?", "My age wouldn't really be a problem, would it?" (14 of 15 such turns of
# the labelled sets are leading; the other is a job ask hedged with "happen to")
# (and a "no" inside the statement: "no firm would actually hire me, would they?", "So there's
# really no room anymore for someone small like me, is there?", sets 1-673: 2 of 2 leading)
_NEGATIVE_THEN_POSITIVE_TAG = re.compile(
    r"(?:n't|\bnot|\bnever|(?<!^)(?<![.!?,] )\bno)\b[^?]*?,\s*((?:would|will|is|are|was|were|do|does|did|can|could|should|have|has|am)"
    r" (?:it|you|they|he|she|we|there|that|i))\s*\?\s*$")
_POLITE_HEDGE = re.compile(r"\bhappen(?:s)? to\b")
# An opening asked after politely, with no verdict: "Your department isn't hiring right now, is
# it?", "You don't need a weekend person, do you?" (sets 1-585: 6 of 6 such turns flagged are
# labelled not leading; "You probably don't hire people my age ..., do you?" judges)
_OPENING_ASKED = re.compile(r"\b(?:hiring|openings?|positions? open|looking for (?:a|an) [\w-]+"
                            r"|need (?:a|an|another) [\w-]+ (?:person|guy|girl|hand|helper|assistant|tech))\b")
# An opening asked after with a tag, no verdict in it: "You are not hiring now, right?", "And there is
# a Planner I position open now in your department, no?" (sets 1-657: the 12 such turns without a
# word of judgement are labelled not leading; "You're hiring aides at your clinic, aren't you?" is
# labelled both ways, and left)
_OPENING_CHECKED = re.compile(r"\b(?:not|isn't|aren't) hiring\b|\bthere(?:'s| is| are) (?:an? |any )?(?:[\w-]+ ){0,3}(?:position|opening|job)s? open\b")
# A guess said aloud and ended on "huh", with no verdict in it: "I guess sometimes you have to put
# animals down, huh?", "so i guess i better hurry huh" (sets 1-529: 4 of the 5 such turns flagged
# are labelled not leading; the other judges: "i guess the hardest part must be ...")
_WONDERED_ALOUD = re.compile(r"\bi guess\b(?=[^?]*\bhuh\b)")
_OWN_GUESS = re.compile(r"\bi guess\b|\b(?:i|we)(?:'d)? better\b")  # the guess, and "i better hurry", are no verdict
# the subject of a guess: without one, "X, huh?" echoes their words
_POINTERS = {"i", "i'm", "i'd", "you", "you'd", "you're", "we", "they", "he", "she", "it", "it's", "that", "that's",
             "this", "those", "these", "there", "everyone", "everybody", "someone", "somebody", "people"}
# What a term of theirs names, checked: "the eld that's the um electronic logger thing right", "OSHA
# 10, got it. That's an online course, right?" (sets 1-369: 5 of 6 such turns flagged are labelled
# not leading; the other judges: "it's a very difficult exam right")
_CHECKS_A_TERM = re.compile(r"\b(?:that's|thats|that is|those are|these are) (?:(?:um|uh|like|basically|just) )*(?:a|an|the) "
                            r"(?:(?!(?:but|so|you|you're|i|i'm|it's|they|we|he|she)\b)[\w'-]+ ){0,5}[\w'-]+,?\s*(?:right|correct|yes|yeah)\W*$")
# (a verdict in the words named is no definition: "That's the smarter route anyway, right?"; the
# words `JUDGES` already holds, "better", "hard", "best", are not repeated here)
_TERM_JUDGED = re.compile(r"\b(?:worse|bigger|smarter|safer|cheaper|faster|quicker|higher|biggest|easiest|hardest"
                          r"|big|good|great|easy|safe|smart|real|transferable|useful|valuable|money)\b")
_CHECKS_A_FACT = re.compile(r"\bis that (?:right|correct)\W*$")  # "..., is that right?" checks what was heard
# "To work as engineer here, I need the PE license, yes?", "Your company has a cadet pathway
# program, no?": what is needed or on offer, checked with a second language's "yes?" or
# "no?"; with a judgement in it ("That must be very tiring, no?") it pushes (sets 1-65: the 4
# such checks are labelled not leading, and none of the 40 judged ones)
_CHECKS_A_NEED = re.compile(r"\b(?:need|needs|require|requires|required|has|have|is looking for|are looking for)\b[^?]*,\s*(?:yes|no)\s*\?\s*$"
                            # "here you need a bachelor first, right?", "I'd need a master's, right?" (sets 1-249:
                            # 3 of 3 such checks without a judgement are labelled not leading)
                            r"|\b(?:need|needs|require|requires|required|have to go back)\b[^?]*,\s*(?:right|correct)\s*\?\s*$"
                            # (said without punctuation: "you need a cdl to drive the chip truck right", set 468)
                            r"|^(?![^,.?!]*\b(?:have to be|has to be|gotta|got to be|definitely|must|rough|tough|hard)\b)"
                            r"[^,.?!]*\b(?:need|needs|require|requires|required|have to)\b[^,.?!]* (?:right|correct)$"
                            # (an age or entry bound, said without punctuation: "you have to be under thirty
                            # one to apply right", set 375)
                            r"|\byou have to be (?:under|over|at least|younger than|older than) [^?]* to (?:apply|start|enter|join)\b"
                            r",?\s*(?:right|correct)\s*\??\s*$"
                            # "You have to apply before thirty-one, right?" (set 482)
                            r"|\byou have to (?:apply|start|be hired|get hired) (?:before|by) [^?]*"
                            r",?\s*(?:right|correct)\s*\??\s*$"
                            # a rule of entry that exists or not: "There's an age cutoff for applying, right?"
                            # (sets 1-449: 11 of 11 such checks are labelled not leading)
                            r"|^(?:(?:and|but|oh|okay|so|also)\W+)*there(?:'s| is| are) (?:an? |any )?(?:age |upper |lower )?"
                            r"(?:cutoff|cut-off|limit|minimum|maximum|requirement)s?\b[^?]*,\s*(?:right|correct|yes|no|isn't there"
                            r"|aren't there)\s*\??\s*$")
# A fact put to them with the assumption said last: "You need a master's degree to be a librarian,
# I assume?", "And you were a seasonal first, I assume?" (sets 1-265: 2 of 2 labelled not leading)
_ASSUMED = re.compile(r",\s*i (?:assume|suppose|take it)\s*\?\s*$")
# What they did or are, checked: "You passed the Advanced exam, right?", "And you're a
# journeyman now, right?", "You started with washing dishes too, right?" (sets 1-249: the 4 such
# tags without a guess or verdict word are labelled not leading; "You'd agree ..., right?" and
# "You guys must ..., right?" push, and "You basically never get a day off, right?" sums them up)
_CHECKS_THEIR_PAST = re.compile(
    r"^(?:(?:and|oh|okay|ok|but|wait|um|uh|right)\W+)*you(?:'re| are| were)? (?:(?:already|also|still|now|fully|officially) )?"
    r"(?:a|an|(?!(?:used|supposed|tired|bored|stressed|burned|burnt|exhausted|obsessed|stuck)\b)\w+ed|did|went|got|took|began|grew|came|spent|left|taught|had)\b"
    r"[^?]*,\s*(?:right|yes|correct)\s*\?\s*$")
# "The school program is two years, yes?", "the msw is two years right", "The mandatory
# retirement is sixty-five, right?": a number heard or read, checked (the 3 such turns of sets
# 1-69 are labelled not leading)
_CHECKS_A_NUMBER = re.compile(
    r"\b(?:is|are|was|were)\s+(?:about |around |like |roughly |only )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand)(?:-\w+)?"
    r"(?: (?:years?|months?|weeks?|days?|hours?|percent|dollars|grand|k))?(?: [\w'-]+){0,5},?\s*(?:right|yes|correct)\s*\??\s*$")
# A tag after the answer said back ("so it's less about the degree and more about proving you
# can finish stuff right", "so the station is like a second family for you, yes?"), after what
# their own workplace does ("Your shop is union, right?", "Your lab takes interns, yes?") or
# after which thing a name means ("The 6G is the one where the pipe is fixed at an angle,
# right?") checks what was heard or read; it pushes only with a guess or a verdict in it
# ("so the travel must be the best part right", "So those contracts are basically a trap,
# aren't they?"). Sets 1-185: 38 such turns were flagged, 32 labelled not leading. Any "so ..."
# said back counts since sets 218-225 ("so seniority kind of decides your whole life right").
_SO_SAID_BACK = re.compile(r"^(?:(?:oh|okay|ok|huh|wow|right|yeah|no way|um|uh|ah|i see|got it|interesting)\W+)*so\b")
_THEIR_PLACE = re.compile(r"^(?:[\w']+\W+){0,3}?your (?:company|shop|agency|airline|firm|lab|local|office|team|department"
                          r"|hospital|clinic|school|program|studio|unit|crew|station|district|organization|org|group|practice"
                          r"|union|paper|museum|library|restaurant|kitchen|farm|store|center|centre|site|yard|plant)"
                          r" (?:is|has|runs|does|takes|posts|builds|brings|offers|hires|uses|works|pays|covers|sponsors|gives|provides|trains|lets)\b")
_NAMES_WHICH = re.compile(r"\b(?:is|are|that's|thats) the (?:one|ones) (?:where|with|that|who|which|for|doing)\b|\bmeans (?!a lot\b)")
PUSHES = re.compile(r"\b(?:must|mustve|must've|gotta|got to be|has to|have to be|bet|guess|guessing|imagine|suppose|assume|sure"
                     r"|surely|probably|obviously|definitely|clearly|agree|worth|a must|dealbreaker|nightmare|brutal|awful"
                     r"|terrible|amazing|great|love|hate|best|worst|the (?:\w+est|most \w+)|you'd (?:\w+ )?(?:tell|say|recommend"
                     r"|do|go|still)|i'd be|i should|too late|trap|hype|dying|overrated|waste|boring|tedious|dull|stressful"
                     r"|exhausting|frustrating|lonely|scary|terrifying|crazy|insane|rare|super|pretty good|expensive|cheap|get me on|hire me|take me on)\b")
JUDGES = re.compile(r"\b(?:must|think|imagine|guess|bet|sure|probably|very|really|hard|harder|difficult|best|worst|better|easier)\b")
# "I know you probably get this a lot, but what made you ...?", "... usability testing, which I
# assume you also do?": a guess said in passing, before "but" or in a "which" clause, is a
# courtesy; the question it leads into is the one asked (none of the 10 such turns of sets 1-52
# is labelled leading). `leading` looks past it for a push in the question itself ("..., but
# don't you think ...?"); `leading_confidence` then weighs the push it found.
# (and "You must get asked this all the time, but do you ever ...?", "You must get asked this
# constantly, but is all that school worth it ...?": sets 1-665, 5 turns set right and none wrong;
# "but isn't the weather ..." after it still pushes)
_HEDGE = re.compile(r"\b(?:you probably|i'm sure you|i bet you|i imagine you)\b[^.?!]*?\bbut\b|\b(?:which|that) i assume\b"
                    r"|\byou must (?:get asked|hear|get) (?:this|that)\b[^.?!]*?\bbut\b(?! (?:isn't|aren't|wouldn't|doesn't|don't|won't|can't)\b)")


def _hedged(low: str, m: re.Match) -> bool:
    return any(h.start() <= m.start() < h.end() for h in _HEDGE.finditer(low))
# "I haven't decided yet, have you?": the user's own case, then the same asked of them
_ASKS_THEM_BACK = re.compile(r"^(?:(?!\byou\b).)*\bi(?:'m|'ve|'d)? (?:\w+ )?(?:\w+n't|not|never)\b(?:(?!\byou\b).)*,\s*$")

# "You must get asked this all the time, but how did you get your start?": a hedge before the
# real question, not a push toward an answer.
_HEDGE_THEN_ASK = re.compile(r"\b(?:but|anyway|so)\b,?\s+(?:(?:seriously|honestly|really|actually)\b,?\s+)?"
                             r"(?:what|how|why|where|when|who|which|tell me|could you|can you|would you)\b")


# A claim before the question is no courtesy: "Python's obviously the skill that matters most
# now, so what's the fastest way to get good at it?" (2 of 2 such turns of sets 1-209 leading)
_CLAIMS = {"obviously", "surely"}


def leading_confidence(text: str, questions: TurnQuestions, lead: str) -> float:
    """How sure "leading" is. A push inside the question that is answered (a tag, "don't you
    think", "Isn't it ...?") is sure; one in a lead-in or joke before a neutral open question
    ("You probably get asked this a lot, but how did you start?", "Who doesn't love free
    snacks, right? But seriously, what's the culture like?") is not."""
    deciding = questions.deciding
    if deciding is None:
        return 0.5
    low = clean(text).lower()
    imagined = _IMAGINED.search(low) or _ANSWERED_FOR_THEM.search(low)
    if re.fullmatch(GUESS, lead.lower()) or imagined and imagined.group(1) == lead:
        return 0.9 if re.search(r"[?.!,]", low) else 0.75  # their answer guessed, wherever it is said
    at = low.find(lead.lower())
    after = low[at + len(lead):] if at >= 0 else ""
    if deciding.form.question_type == "open" and _HEDGE_THEN_ASK.search(after) and lead.lower() not in _CLAIMS:
        return 0.3
    if at >= 0 and lead.lower() not in clean(deciding.sentence).lower() and deciding.form.question_type == "open" \
            and not any(lead.lower() in clean(a.sentence).lower() and a.sentence.rstrip().endswith("?")
                        for a in questions.questions):
        # (a push asked as a question of its own before the open one is still one: "Wouldn't it
        # be fairer if ...? How do you handle it?", "That has to mess with your sleep, right? And
        # how do you decompress?" (13 of the 14 such turns of sets 1-65 are labelled leading)
        return 0.4
    if not re.search(r"[?.!,]", low):
        return 0.75  # an unpunctuated tag ("... recover right") read from words alone
    return 0.9


def closed_confidence(questions: TurnQuestions, units: list[str] | None, rise: float | None = None) -> float:
    """How sure the "closed question" criticism is. A yes/no, choice, tag or single-fact form
    with a question mark is; one read from word order alone, or a statement heard as a
    question only from a pitch rise, less; a turn that also asks an open question, least."""
    deciding = questions.deciding
    if deciding is None:
        return 0.0
    if units and len(units) > 1 and any(a.form.question_type == "open" for a in questions.questions):
        return 0.5
    if deciding.form.why == spoken_questions.CLOSED_WHY:
        return spoken_questions.CLOSED_CONFIDENCE  # a question only the learned reading heard
    punctuated = deciding.sentence.rstrip().endswith("?")
    if deciding.form.kind == "declarative":
        return 0.75 if punctuated else 0.7
    return 0.9 if punctuated else 0.75
