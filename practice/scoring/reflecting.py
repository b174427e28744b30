"""Is the turn a reflection, saying back what the professional just said? The counselling
model's reading (`features`, `model`) with the interview-specific signs `praise` weighs:
saying-back wording, a verdict on the answer, the user's own story. Split from
`practice.scoring.listening`, which combines it with the other listening cues.
"""

from __future__ import annotations

import re

from practice.scoring.features import ACK_WORDS, asks_or_leads, could_reflect, reflection_features, reflective_part
from practice.scoring.model import load_model
from practice.scoring.runon import question_start
from practice.scoring.text import clean, punctuated, sentences, words
from practice.scoring.wordclasses import WH

# Said before a question, these announce that it has nothing to do with the answer.
TOPIC_CHANGE = re.compile(
    r"\b(?:unrelated|changing (?:gears|topics?|the subject)|switching (?:gears|topics?)|shifting gears"
    r"|on a (?:different|separate|totally different|completely different) (?:note|topic)|different (?:topic|question)"
    r"|random question|totally different|completely different|side note|off topic|to change the subject)\b"
)


# The answer said back as a contrast: "so it's less about the degree and more about finishing
# things", "so it's not the trauma that wears you down, it's the system", "so it's more a calling
# than a career". The counselling model, which learned from counsellors, reads many of these
# low (0.0-0.4); in the 145 labelled interview sets 230 of the 231 turns with one are
# reflections, 23 of them missed by the model.
_CONTRAST = re.compile(
    r"\bso (?:for you |basically |really |like )?(?:it's|it is|it was|that's|the|your|you're|you|what|it)\b[^.?!]{0,60}?"
    r"\b(?:(?:less|not so much|not really|not) (?:about |the )?[^.?!]{1,60}?\b(?:and |but |it's |its )?(?:more|it's|its|but)\b"
    r"|\bmore\b[^.?!]{0,50}?\bthan\b)"
)


# Words of theirs pointed back to from earlier, before a question ("You said earlier that nobody
# reads your reports. Why's that?"), and a question prefaced as a dumb one ("so this might be a
# dumb question but ..."): a reference or a courtesy, no saying back (sets 1-601: none of the 8
# and 1 of the 6 such raised turns is labelled a reflection)
_NOT_SAYING_BACK = re.compile(
    # (with a question after it: "You mentioned earlier on, the doctors talking about you monitoring
    # your blood sugar." says back, and 3 of AnnoMI's 4 such turns are reflections)
    r"\byou (?:said|mentioned)\b[^.?!]{0,80}\b(?:earlier|before|a minute ago|at the start|at the beginning)\b(?! (?:you|your|i|the|a)\b)"
    r"(?=.*(?:\?|\b(?:why|how|what|which|where|when|who)\b))"
    # ... and opening the turn to set up the question: "You mentioned rounds with the doctors.
    # What's your role when they come by?" (sets 1-625: none of the 22 such turns the model raised
    # is labelled a reflection); not after "so", the counsellor's summary before the next question
    # ("So you said 30 to 40%. What would it take ...?": 5 of AnnoMI's 6 such turns are reflections)
    r"|^(?:(?:and|um|uh|oh|okay|ok)\W+)*you (?:said|mentioned)\b(?=.*(?:\?|\b(?:why|how|what|which|where|when|who)\b))"
    r"|\b(?:(?:this|it) (?:might|may|could) (?:be|sound like) a (?:dumb|silly|stupid|weird|naive|basic|strange|random)"
    r"|(?:random|quick|dumb|silly|weird|stupid) question)\b"
    # thanks that praises the person ("You are very kind, and I think you are very good at this
    # work."; none of the 3 such raised turns of sets 1-609 is a reflection)
    r"|\byou(?:'re| are) (?:very |so |really |such )?(?:kind\b(?! of)|generous\b|patient\b)"
    # ... and "You have been very generous with your time." (sets 1-665: 13 of the 14 such raised
    # turns are labelled no reflection)
    r"|\byou(?:'ve| have) been (?:so |very |really |incredibly |super |extremely )*(?:kind|helpful|generous|patient)\b")
# The user names themself ("okay cool um so i'm tomas i'm a junior doing accounting", "Thanks,
# Arjun. I'm Nicole. I was a paralegal ..."): an introduction says nothing back. None of the
# 191 turns of the 153 labelled sets with one is a reflection; the model raised 52 of them.
_NAMES_MYSELF = re.compile(
    r"^(?:[\w']+\W+){0,7}?(?:my name is|my name's|i'm|i am) (?!(?:so|really|very|a|an|the|just|not|still|also|actually"
    r"|currently|sorry|glad|happy|thrilled|excited|grateful|curious|sure|fine|good|okay|interested|trying|thinking"
    r"|looking|doing|going|working|in|at|from|with|on|kind|pretty|honestly|kinda|like|um|uh)\b)[a-z][a-z'-]+\b"
    r"(?: (?:and |um |uh )?(?:i'm|i am|i've|i|i was|from)\b|[,.])"
)


def reflection(text: str, previous: str) -> tuple[bool, str, float]:
    """(is a reflection, the sentence that reflects, the model's probability behind its gate)."""
    low = clean(text).lower()
    if TOPIC_CHANGE.search(low) or _NAMES_MYSELF.search(low) or _only_asks(low) or _NOT_SAYING_BACK.search(low):
        return False, "", 0.0
    contrast = _contrast(text)
    if not could_reflect(text) and not contrast:
        return False, "", 0.0
    model = load_model("reflection")
    part = reflective_part(text)
    p_all = model.probability(reflection_features(text, previous))
    p_part = model.probability(reflection_features(part, previous)) if part else 0.0
    if p_all >= model.threshold and p_all >= p_part:
        return True, reflecting_sentence(text), p_all
    if p_part >= model.threshold:
        return True, reflecting_sentence(part), p_part
    if contrast:
        return True, contrast, model.threshold
    return False, "", max(p_all, p_part)


_LEAD_INS = ACK_WORDS | {"ha", "like", "well"}  # what may stand before the question: reactions and fillers


def _only_asks(low: str) -> bool:
    """ "right right so what's a normal shift look like for you": a transcript that is one
    wh-question after a lead-in says nothing back, whatever the model reads into "for you"
    (sets 1-553: 6 such raised turns, none a reflection)."""
    if punctuated(low):
        return False
    ws = words(low)
    start = question_start(ws)
    # the first of several run together ("what's the part you like the most and what's the part
    # you'd happily never do again")
    while start and (earlier := question_start(ws[:start])) is not None and earlier < start:
        start = earlier
    return start is not None and ws[start] in WH and all(w in _LEAD_INS for w in ws[:start])


def _contrast(text: str) -> str:
    """The sentence that says the answer back as a contrast (`_CONTRAST`), or "". Not in a
    job ask or a leading turn (`asks_or_leads`, as `could_reflect` keeps out for every reflection)."""
    found = next((s for s in sentences(text) if _CONTRAST.search(clean(s).lower())), "")
    if not found or asks_or_leads(text):
        return ""
    return found


_FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "my", "me", "mine", "myself"}
_SECOND_PERSON = {"you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself"}


def about_myself(text: str) -> bool:
    """The user's own story ("that's so cool i played soccer in high school ..."): more "I"
    than "you" in what the turn states. Praising it as a reflection teaches the wrong habit."""
    ws = words(text)
    return sum(w in _FIRST_PERSON for w in ws) > max(1, 2 * sum(w in _SECOND_PERSON for w in ws))


# The user's own side set beside what was said, in four groups:
# - their people: "my aunt's a nurse and she says the same thing", "my cousin is a firefighter and
#   he works like a crazy schedule too", "what my friends are doing" (sets 1-345: of the raised
#   reflections that name one and say nothing back, "so you ...", "you're ...", 33 are labelled no
#   reflection and 2 are one);
# - their places: "in my culture also we have the same", "back home";
# - their workplace or class: "We had the exact same thing at the store", "in my salon all the
#   ladies tell me", "what we're doing in class right now" (sets 349-385);
# - what they are or were: "i was a crew chief in the air force for six years", "i'm a vet tech
#   right now", "i have a twelve year old", "i used to close at two am", "the quiet was my favorite
#   part of convoy runs too", "it's exactly like a kitchen" (sets 1-385: none of the 10 such turns
#   praised is labelled a reflection).
_OWN_SIDE = re.compile(
    r"\bmy (?:(?:older|younger|big|little|oldest|youngest|eldest|twin) )?(?:dad|mom|father|mother|mum|parents|cousin|brother|sister|friend|friends|uncle|aunt|auntie|husband|wife"
    r"|grandma|grandpa|grandfather|grandmother|son|daughter|partner|best friend|roommate|neighbou?r|boyfriend|girlfriend"
    r"|family|classmates|teacher|professor|instructor|(?:guidance )?counsell?or|coach)\b"
    r"|\bin my (?:culture|country|family|hometown|village|town)\b|\bback home\b"
    r"|\b(?:we|i) had the (?:exact )?same\b|\bat my (?:old |last |first )?(?:job|store|work|company|school|office|restaurant|shop)\b"
    r"|\bin my (?:salon|shop|store|kitchen|class|office|restaurant|old job|unit|garage)\b|\bwe're doing in class\b"
    r"|\bi was an? (?:[\w-]+ ){0,2}[\w-]+ (?:in|at|for) (?:the |a |an )?[\w-]+"
    r"|\bi(?:'m| am) an? (?:[\w-]+ ){0,2}[\w-]+ (?:right now|now|myself|too)\b|\bi used to\b"
    r"|\bi have an? (?:[\w-]+ ){0,2}(?:year old|kid|son|daughter|toddler|teenager|baby)\b|\bi have (?:two|three|four) kids\b"
    r"|\bmy favou?rite part of [\w ]+ too\b|\bexactly like (?:a|an|my|our) [\w-]+|\bwhat we do (?:with|at|in)\b"
    # "i worked at a bank for like fifteen years", "i was on the line at the plant", "in aircraft
    # maintenance it was the same", "i'm a chem major" (sets 1-417: none of the 104 such turns is
    # labelled a reflection)
    r"|\bi worked (?:at|in|for|on) (?:a|an|the) |\bi was on the (?:line|floor|road|crew)\b"
    r"|\bin [a-z ]{1,25} it was the same\b|\bi'm an? [a-z-]+ major\b"
    # "in kitchens it's kind of the same", "In construction is the same a little bit" (sets 562-569)
    # (and "in colombia is is similar", set 583)
    r"|\bin [a-z]+(?: [a-z]+)? (?:it's|it is|is)(?: is)? (?:kind of |pretty much |basically |very |also )?(?:the same|similar)\b"
    # "i managed a store for fifteen years", "as a teacher i'm always like don't give them the
    # answer", "i kind of miss that from the army" (sets 498-505)
    r"|\bi(?:'ve| have)? (?:managed|ran|run|owned|taught|coached|spent|had) (?:a|an|the|my) [\w-]+ (?:[\w-]+ )?for (?:\w+ ){0,2}(?:years|months|decades"
    r"|a decade|a year)\b|\bas an? [\w-]+,? i(?:'m|'ve| am| was| always| have)?\b"
    r"|\b(?:in|from) the (?:army|navy|air force|marines|military|national guard)\b"
    # "i did a summer at a boarding kennel" (set 512), "i did a trail crew summer in high school" (set 684)
    r"|\bi did an? (?:[\w-]+ ){0,2}(?:summer|year|season|stint|semester|internship|couple of years|few years) (?:at|in|with|as|on)\b"
    # "I went through chemo two years ago", "i had to study for the cpa exam while working", "I did
    # fifteen years in corporate accounting" (sets 538-545; none of the 3 such raised turns of sets
    # 1-545 is labelled a reflection)
    r"|\bi (?:went through|had to (?:study|work|take|learn|do)|did (?:[\w-]+ ){0,2}(?:years|months) (?:in|at|as|of|on))\b"
    # "i did a trail crew thing last summer", "We'd have twelve jets turning at once", "that's so
    # different from my old job" (sets 578-585; none of the 6 such raised turns of sets 1-585 is
    # labelled a reflection)
    r"|\bi did (?:an? )+(?:[\w-]+ ){1,4}(?:last|this|one|every|that) (?:summer|year|spring|fall|winter|season)\b"
    r"|\bwe'd (?:have|get|do|go|be|spend|work|run)\b|\bdifferent (?:from|than) my\b"
    # "I went on a whale watch in Gloucester last summer and threw up", "i did a bootcamp last year"
    # (sets 1-665: none of the 5 such raised turns is labelled a reflection)
    r"|\bi [a-z']+ (?:[\w'-]+ ){0,6}(?:last|this past) (?:summer|year|spring|fall|winter|week|month)\b"
    # "that's basically how i train the puppies at the store", "i sell cars right now", "that sounds
    # like the army", "what I loved about caring for Dad", "That's my whole background" (sets 906-913)
    r"|\bi [a-z']+ (?:[\w'-]+ ){0,4}at (?:the|my|our) (?:store|shop|warehouse|plant|restaurant|bank|office|factory|gym|salon)\b"
    r"|\bi (?:sell|drive|teach|manage|cook|serve|bartend|clean|tutor|nanny|wait tables) (?:[\w'-]+ ){0,3}(?:right now|now|these days|for a living)\b"
    r"|\blike (?:the |being in the )?(?:army|navy|air force|marines|military)\b"
    r"|\b(?:caring for|taking care of|looking after) (?:dad|mom|grandma|grandpa)\b|(?<!so )\bmy (?:whole |entire |own |exact )?background\b"
    # "i managed restaurants for like twenty years", "That sounds like my psych research methods
    # class come to life" (sets 922-929)
    r"|\bi (?:managed|ran|owned|taught|coached) [\w-]+ for (?:like |about |almost |over )?(?:\w+ ){0,2}(?:years|months)\b"
    r"|\b(?:sounds|is|it's|that's) (?:just |exactly |a lot )?like my [\w-]+"
    # "That reminds me of guard duty, honestly" (set 936)
    r"|\breminds me of (?!what you)"
    # "That actually sounds a lot like sales. Clients always wanted me to promise them a number too",
    # "That sounds like the opposite of a coffee rush, honestly. At the café everything was the
    # emergency": the answer likened to something, then the user's own life (sets 938-945)
    r"|^(?:\w+\W+){0,3}?(?:that|it|this) (?:actually |really |honestly |just )?sounds (?:a lot |so much |kind of |just |exactly )?like "
    r"(?!you|your|it|they|a lot)[^.?!]{0,60}[.!] [^?]*\b(?:i|me|my|we|our|i'm|i've|i was)\b[^?]*$")
_YOU_SAID = re.compile(r"\bso (?:you|your)\b|\byou(?:'re| are)\b|\bsounds like you\b")


def relates_own(text: str) -> bool:
    """The turn sets the user's own people or places beside the answer and says none of it
    back: relating, which the interview writers do not call a reflection."""
    low = clean(text).lower()
    return bool(_OWN_SIDE.search(low)) and not _YOU_SAID.search(low) and not any(says_back(s) for s in sentences(text))


# A verdict on what was said ("a double-booked wedding sounds like a nightmare", "six weeks in
# a camp is a long stretch", "that's a lot of volume") reacts to the answer; it does not say it
# back. Four writers of the interview sets call these acknowledgements, not reflections.
_VERDICT = re.compile(
    r"\b(?:sounds?|must (?:be|have been|make|feel)|is|was|are|seems|that's|it's|makes)\s+(?:\w+\s+){0,3}?"
    r"(?:like\s+)?(?:a |an |such a |so |really |pretty |incredibly |kind of |super |very |quite )*"
    r"(?:nightmare|long stretch|long time|lot|hell|amazing|awesome|insane|crazy|wild|brutal|hard|tough|rough"
    r"|intense|scary|terrifying|exhausting|lonely|hopeless|heavy|stressful|tricky|fun|cool|great|incredible"
    r"|impressive|huge|big deal|sense|wow|unreal|nuts|mad)\b"
)
_SAYS_BACK = re.compile(r"^(?:(?:oh|ok|okay|yeah|right|ha|wow|so|and|cool|nice|great|interesting|got it)\W+)*"
                        # ("i hear you on the knees, mine are shot": agreement, then the user's own
                        # side; "i hear you saying ..." says back)
                        r"(?:so|you|your|it sounds like|sounds like you|what i'm hearing|i hear(?! you\b(?! (?:say|saying|said)\b))"
                        r"|in other words)\b")


def says_back(sentence: str) -> bool:
    """The statement is worded as saying back ("so ...", "it sounds like you ...", "you ...")."""
    return bool(_SAYS_BACK.match(clean(sentence).lower()))


# A clause inside the statement that says the answer back after a verdict ("that's so cool so
# your customers are kind of like your bank", "that makes sense it sounds like it was the people
# you missed"). Over 145 labelled sets, a raised reflection that is a verdict without one was a
# reflection 30 times in 258, with one 2506 times in 4414.
_SAID_BACK_INSIDE = re.compile(
    r"\b(?:you|your|you're|you've|you'd|yours|yourself|y'all|it's like|it is like|in other words|i hear|basically"
    r"|which means|meaning)\b"
    r"|\bso (?:you|your|it|it's|the|that|basically|like|in|even|for|a|an|there|they|people|if|when|most|every|all"
    r"|this|what|being|having|no|not|really|kind|more|less)\b"
    r"|\b(?:sounds|seems) like (?:you|your|it|it's|the|for|that's|there)\b"
    r"(?! (?:was|is|must be|'s) (?:a |an |so |really |pretty )*(?:nightmare|rough|hard|brutal|tough|lot)\b)"
)


def evaluates(sentence: str) -> bool:
    """The statement only judges what was said ("six weeks at a camp sounds like a nightmare")
    and says none of it back (see `_VERDICT`, `_SAID_BACK_INSIDE`)."""
    low = clean(sentence).lower()
    return bool(_VERDICT.search(low)) and not says_back(sentence) and not _SAID_BACK_INSIDE.search(low)


def reflecting_sentence(text: str) -> str:
    """The statement most like a paraphrase: prefer ones opening with "so"/"you"/"it sounds"."""
    best, best_score = "", -1.0
    for s in sentences(text):
        ws = words(s)
        if not ws:
            continue
        score = len(ws) / 40 + 2 * bool(re.match(r"^(?:so |and |but |okay |yeah )*(?:it )?(?:sounds|seems|you|your|what i|i hear(?! you\b(?! (?:say|saying|said)\b)))", " ".join(ws)))
        score -= 1.5 * s.rstrip().endswith("?") * (ws[0] in {"what", "how", "why", "do", "does", "did", "can", "could"})
        if score > best_score:
            best, best_score = s, score
    return best
