"""Tags and check-ins: the endings that ask for agreement ("..., right?", "don't you think")
and the ones that only ask whether the question landed ("..., does that make sense?").
"""

from __future__ import annotations

import re

from practice.scoring.text import words

TAG_END = re.compile(
    r"(?:^|,|\s)(?:right|correct|yeah|yes|no|okay|ok|true|huh|eh|isn't it|is it|aren't they|aren't you|"
    r"don't you|didn't you|doesn't it|don't they|wasn't it|weren't they|haven't you|hasn't it|"
    r"wouldn't you|won't you|can't you|isn't that|is that right|is that correct|am i right|"
    r"would you say|you know|yep|no|don't you think|wouldn't you say|would you agree|agree)\s*[?.!]*$"
)
# Check-ins ask whether the question landed, not the question itself ("..., does that make sense?").
CHECK_INS = re.compile(
    r"^(?:(?:is|would) (?:that|it|this) (?:okay|ok|all right|alright|fine)(?: with you)?"
    r"|(?:does|did) (?:that|this) make sense|you know what i mean|know what i mean"
    r"|if that's (?:okay|ok|all right)|(?:sound|sounds) (?:good|okay|ok|all right)"
    r"|(?:is that|am i) (?:right|correct|fair)|right|okay|yeah|correct|you know"
    # "Would you be open to being a reference for me? Or is that too much to ask this early?" (set 398)
    # ("... Or is that too much to ask after one conversation?", set 413)
    r"|(?:or )?(?:is|would) (?:that|it|this) (?:be )?too much(?: to ask)?(?: (?:this|so|too) (?:early|soon)"
    r"|(?: after| of| from| for)(?: \w+){1,4})?)\W*$"
)


def bare_tag(low: str) -> bool:
    """ "it must be so rewarding seeing patients recover right": a transcript without
    punctuation still ends in a tag (but "that's right" and "all right" answer, not ask);
    so does a negative statement with a positive tag ("you'd never go back would you")."""
    said = low.rstrip(". ")  # a final full stop is the transcriber's: "that's good isn't it."
    if re.search(r"[,.?!;]", said) or len(words(low)) <= 4:
        return False
    if _NEGATIVE_TAG.search(said):
        return True
    last_no = re.search(r"([\w']+)\s+no\W*$", low)
    if last_no and last_no.group(1) not in _NO_AS_OBJECT \
            and (re.search(r"\b(?:must|bet)\b", low) or len(words(low)) >= 6 and last_no.group(1) not in _NO_AFTER):
        # a guess or a claim, then "no?" said rising: "that must be exhausting for the brain no",
        # "four days is a long time away from the family it is difficult no" (sets 1-297: 12 of
        # the 12 such unpunctuated turns without "must" are labelled closed)
        return True
    # "that must be the worst part no when when the parents hate you", "that's probably the
    # smart move right to stay close to the animals": the tag, then what the guess is about
    mid = _TAG_THEN_ABOUT.search(said)
    if mid and re.search(r"\b(?:must|bet|probably|guess)\b", said[:mid.start()]) \
            and mid.group(1) not in _NO_AS_OBJECT | {"that's", "all", "you're", "is", "exactly", "turn", "left"}:
        return True
    if _NEGATIVE_THEN_TAG.search(low):
        return True
    if _YES_TAG.search(said) and len(words(said)) >= 6:
        return True
    return bool(_BARE_TAG.search(low)) and not _NOT_TAG_RIGHT.search(low)


# a second language's "yes" said rising after a statement: "so mostly you learn it on the job and
# not from the hotel school yes", "the pass that is the window where the plates go out yes" (both
# such unpunctuated turns of sets 1-65 are labelled closed); not an answer ("i think so yes")
_YES_TAG = re.compile(r"(?<!\bif)(?<!\bso)(?<!\boh)(?<!\byeah)(?<!\bsay)(?<!\bsaid)(?<!\bokay)(?<!\byes)(?<!\bsure)\s+yes$")
# a negative auxiliary and a pronoun end only a tag: "michael jordan's on the bulls isn't he"
_NEGATIVE_TAG = re.compile(r"\s(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't"
                           r"|can't|couldn't|shouldn't) (?:it|he|she|they|you|we|there|that)$|\saren't i$"
                           # "as a guy i'd be kind of the odd one out wouldn't i" (set 888)
                           r"|\bi(?:'d| would) [^,.?!]+ wouldn't i$|\bi(?:'ll| will) [^,.?!]+ won't i$")
# ("i bet people feed the squirrels constantly right that's gotta drive you crazy", "i bet the
# building part is the best part right way better than sitting at the computer": a verdict after
# the tag, set 552; an afterthought of up to 20 words: "that must be kind of annoying right like you
# got into it for the hands on stuff and now you're stuck on the phone all day", set 605)
_TAG_THEN_ABOUT = re.compile(r"([\w']+) (?:no|right) (?:when|with|like|if|because|to|about|for|especially|during|just|all (?:the|those)(?! way\b| time\b)|\w+ing"
                             r"|that's|thats|that must|that has to|that'd|way|so much)\b(?: [\w']+){0,20}$")
# "you must have had to say no": "no" said or taken, not a tag
_NO_AS_OBJECT = {"say", "said", "saying", "says", "tell", "told", "answer", "answered", "take", "took", "to", "is", "was",
                 "mean", "means", "meant", "the", "a", "with", "hear", "heard"}
# ... nor an answer or an exclamation: "oh no", "yes or no", "i told them no"
_NO_AFTER = {"oh", "or", "yes", "no", "and", "but", "so", "probably", "definitely", "maybe", "certainly", "just",
             "them", "him", "her", "me", "us", "you", "straight", "flat", "that", "it's", "are", "were"}
# a positive tag after a negative ("it never gets easier does it"); the tag agrees with its
# pronoun, so "i don't know how you do it" ends on a verb and its object
_NEGATIVE_THEN_TAG = re.compile(
    r"(?:\b(?:never|not|no|nobody|nothing|hardly)\b|n't\b).*\s(?:(?:would|did|is|are|was|were|can|could|will|have|has)"
    r" (?:you|it|they|he|she|we|there)|do (?:you|they|we)|does (?:it|he|she))$")


_BARE_TAG = re.compile(
    r"\s(?:right|correct|isn't it|aren't they|aren't you|don't you|didn't you|doesn't it|wasn't it|haven't you"
    r"|wouldn't you|don't you think(?: so)?|wouldn't you say(?: so)?|would you agree|am i right|is that right|huh|doesn't it|don't they"
    # a tag, then an afterthought said with "like" ("you love it though don't you like you
    # wouldn't want to do anything else", "those fights are the worst part huh like the ...")
    r"|(?:right|don't you think|wouldn't you say|wouldn't you|don't you|isn't it|huh|aren't they|didn't you|doesn't it)"
    r" (?:like|with all|with so|cause|because|since|i mean|especially) [\w']+(?: [\w']+){0,12}"
    # "... hard for most people don't you think that's the thing that scares folks off": the
    # tag opens the question its afterthought finishes
    r"|don't you think (?:that's|that|it's|it|they're|they|people|most|the) [\w']+(?: [\w']+){0,12}"
    # "that must be the toughest part huh the people side": the tag, then what it was about
    r"|huh (?:the|all the|those|that) [\w']+(?: [\w']+){0,4}"
    # "there is an age limit also right i heard it's thirty one": the tag, then where the guess
    # came from (sets 1-585: 3 of 3 closed)
    r"|right (?:i've heard|i heard|i read|i've read|somebody told me|someone told me|they say|people say) [\w']+(?: [\w']+){0,12})$"
)
# "right" is a tag only after a clause: not in "that's right", "turn right", "okay right" at the
# end ("... for what you guys do right" still asks), nor before an afterthought in "you're right
# with ...", "got it right with ..."
_NOT_TAG_RIGHT = re.compile(
    # ("you're not scared of heights at all right": "at all", then the tag)
    r"\b(?:(?:that's|that is|(?<!\bat )all|exactly|you're|turn|go|yes|yeah|oh|okay|ok|not|isn't|ain't) right$"
    r"|(?:that's|thats|you're|youre|all|exactly|got|get|it|do|did|turn|go|just|alright|is|was)"
    r" right (?:like|with|cause|because|since|i mean|especially)\b"
    # "making sure the drawings get built right": done properly, not a tag
    r"|\b(?:(?:get|got|gets|be|been|is|are) (?:\w+ )?(?:built|done|made|fixed|set up|cooked|installed)|(?:get|got|do|did|does|done) it) right$"
    # "the hardest part about getting the butter right": getting a thing right, named (set 863)
    r"|\b(?:about|at|of|is|was|and) getting (?:the|it|that|this|them|those|your|their|everything|things|all)(?: [\w']+){0,2} right$"
    # "when the numbers come out right", "filling out the forms just right", "do i understand right"
    r"|\b(?:come|comes|came|coming) out right$|\bjust right$|\bunderstand(?: it| that| you)? right$"
    # "spotting when numbers don't look right", "until something sounds right", "you can't do
    # anything right" (sets 1-553: the 3 such turns are statements)
    r"|\b(?:look|looks|looked|sound|sounds|sounded|feel|feels|felt|seem|seems|seemed|get|gets|getting) right$"
    r"|\b(?:can't|cannot|couldn't|never) do (?:anything|nothing) right$)")


# "... is that what you mean", "... is that fair to say" at the end of a run-on summary
# (`runon`): the question only checks that the summary was heard right; it asks nothing new
_HEARD = (r"(?:is|was) (?:that|this) (?:what you (?:mean|meant|are saying|were saying|re saying|'re saying)"
          r"|fair(?: to say)?|a fair (?:way to put it|summary)|right|correct|accurate|the case)")
HEARD_CHECK = re.compile(r"^" + _HEARD + r"\W*$")
# the same check ending a run of at least four words: the check itself is the group
HEARD_TAIL = re.compile(r"^(?:\S+ ){4,}(" + _HEARD + r")$")
