"""What the user just did in one turn, before what it is about: the turn classifier's cues.

A turn in an informational interview is mostly a question on a topic, but not only: people
ask to hear something again, ask what a word means, ask for an example of what was just
said, reflect back what they heard, make small talk, ask for a job, ask whom else to talk to,
ask to stay in touch, thank, and say goodbye. Each of these wants a different kind of reply
(`practice.scenario.interviewee`). These are the cues, as patterns on the normal form of
`practice.scenario.text.normal` (lower case, contractions spelt out); the split of a turn into
its questions is `practice.scenario.parts`. What a question is about is the matchers' job.
"""

from __future__ import annotations

import re

from practice.scenario.parts import QUESTION_START, question_parts
from practice.scenario.text import normal

# Asked to hear it again ("sorry, could you repeat that?"); "what was that like" is not one.
_REPEAT = re.compile(
    r"\b(?:repeat (?:that|it|the last|what you|yourself|the)|say (?:that|it|the)(?: \w+){0,3} again"
    r"|(?:did not|could not|cannot|can not) (?:quite )?(?:catch|hear|get) (?:that|it|the|what|you|all)"
    r"|come again|pardon|(?:one|1) more time|you (?:cut|broke) (?:out|up)|missed (?:that|the last|what you)"
    r"|(?:lost|lose) you (?:there|for a)|go over that again|run that by me again|cut out|froze|lagg\w*"
    r"|(?:did not|could not) (?:hear|catch) (?:the )?(?:last|end|that)|say the last (?:bit|part)"
    # "can you say again?", "what was that last bit?", "sorry the door beeps, what did you say?"
    r"|(?:say|tell) again|what was (?:that|the) (?:last )?(?:bit|part|thing)"
    # "the line's breaking up", "you did a what after your degree" (an echo question)
    r"|(?<!is the )(?<!does the )(?<!if the )(?<!when the )(?:line|call|connection|signal|audio|sound|you) (?:is |s |are |re |keeps? )?(?:breaking|cutting) (?:up|out)"
    r"|\byou (?:\w+ ){0,2}(?:a|an|the) what\b(?! (?:kind|sort|type)\b)"
    r"|^(?:sorry|pardon|ope|oh|hang on|wait)\b.*\b(?:(?:what|whit) was that|what did (?:you|u|ye) (?:just )?say(?: there| then)?)$)\b"
    r"|^(?:sorry )?what was that$|^(?:sorry|what|huh|pardon)$|^sorry what$")

_CLOSING = re.compile(
    r"\b(?:bye|goodbye|bye bye|have a (?:good|great|nice|wonderful|lovely|fantastic) (?:day|evening|night|weekend|rest|one|1|shift|afternoon|morning)"
    # "take care", not "one more patient to take care of" or "take care not to"
    r"|take care(?! (?:of|to|not|that|with|over|about)\b)|talk (?:to you )?(?:soon|later)|i will let you (?:go|get|rest|be|crack on)|let you (?:get (?:back|to|on)|crack on)"
    # "I'll leave you to it", "I won't keep you any longer", "I'll stop there", "ta-ra", "God bless"
    r"|i will leave you (?:to it|be|in peace)|i will (?:not|no longer) keep you|not keep you any longer|i will stop there"
    r"|enjoy the rest of your (?:day|evening|afternoon|morning|week|weekend|shift)|ta ra|cheerio|ta ta|that is me away"
    # "Take it easy!", "Mind yourself." (Irish), said on leaving
    r"|take it easy\W*$|mind yourself\W*$"
    # "i gotta run", "I have to go start my shift", not "would I have to go back and study?"
    r"|(?<!do )(?<!would )(?<!will )(?<!should )(?<!did )(?<!if )(?<!when )\bi (?:have to|have got to|got to|gotta|need to|must) (?:go(?! back| into| in\b| out there| through| to (?:college|uni|university|school)\b)"
    r"|run|dash|jump|head off|get going|hop off)"
    # "see you soon", not "if they see you being wrong" or "I can see you have got your tea"
    r"|(?<!can )(?<!they )(?<!i )(?<!we )see (?:you|ya)(?= (?:soon|later|then|next|around|again|tomorrow|there|on|at|in|all|guys|bye|take|x+)\b|$)"
    r"|^(?:\w+ )?peace(?: out)?$|catch you later|later then|have a good (?:one|1)|all the best(?! \w)"
    # "I'm gonna bounce", "Laters!", "I'd better get back on the tools", "I'll say goodbye now"
    r"|(?:gonna|going to|got to|gotta|have to|need to) (?:bounce|head out|shoot|split|dip)\b|\blaters\b|^(?:ok |okay |alright |right )?later$"
    r"|(?<!you )(?<!they )(?<!we )\bgotta (?:go|run|dash|bounce)\b(?! back| into| in\b| out there| through| to\b| and\b)"
    r"|i(?:'d| had| would) better (?:get back|go|head|run|be off|get going|get off)|i (?:will|must|should|shall) say goodbye|say goodbye (?:now|for now)"
    r"|that is (?:all|everything|it) (?:for|from) me|that is all (?:my questions|i have|i had|i wanted)"
    r"|those (?:are|were) all (?:of )?my questions|i (?:do not|will not) (?:want to )?(?:take|keep) (?:up )?(?:any )?more of your time"
    r"|i should (?:let you go|get going|probably go)|wrap (?:it|this|things) up|i am out of questions"
    r"|(?:all|no more) (?:the )?questions (?:i have|from me)|i think that is all)\b")

_THANKS = re.compile(r"\b(?:thank|thanks|thankyou|appreciate|grateful|cheers|much appreciated|much obliged"
                     r"|(?:been|was) (?:a|such a) (?:great|big|huge|real) help)\b")

_FOLLOW_UP = re.compile(
    r"\b(?:follow(?:ed|ing)? up|reach(?:ed|ing)? (?:back )?out|get in touch|e ?mail(?:ed|ing)? you|contact(?:ed)? you|message(?:d)? you"
    r"|ping(?:ed)? you|hit you up|text(?:ed)? you|dm you|drop(?:ped)? you|shoot you|run (?:it|something|my \w+) by you"
    r"|(?:send|sent) you (?:my|a|an|the|some)(?: \w+){0,3} (?:project|case study|portfolio|cv|resume|work|draft|piece|writing|plan|analysis|notebook|code|questions?)"
    r"|(?:get|have) your (?:thoughts|feedback|opinion|comments|take)"
    r"|write (?:to )?you|stay in touch|keep in touch|send you (?:a |an )?(?:email|e mail|note|message|thank|line)"
    r"|connect (?:with you )?on linkedin|add you on linkedin|touch base|drop you (?:a|an) (?:line|email|note)"
    r"|check (?:back )?in with you|circle back)\b")
_PERMISSION = re.compile(
    r"\b(?:can i|could i|may i|might i|would it be|is it|would that be|do you mind|would you mind"
    r"|if i|okay|ok|alright|fine|all right|later|in the future|down the road|sometime|if that|once i|when i"
    r"|after i|next (?:week|month|year)|then)\b")

# Common ground away from work: asked of a person, not of their job.
_SMALL_TALK = re.compile(
    r"\b(?:weather|rain\w*|snow\w*|sunny|hot out|cold out|weekend|how (?:is|was|has) your (?:day|week|morning|weekend)"
    r"|how are you(?: doing)?$|how are you today|how have you been|how is it going|how is your day"
    r"|your commute|far to travel|travel in (?:to work|of a morning|every day)"
    r"|the game|last night|did you (?:see|watch|catch)|football|soccer|basketball|baseball|hockey|tennis"
    r"|vacation|holiday plans|travel\w* (?:plans|anywhere)|hobb\w*|for fun|outside (?:of )?work|free time"
    r"|spare time|days? off|where are you from|grow up|grew up|are you from|originally from"
    r"|coffee|pets?|dogs?|cats?|animals? at home|any animals|favou?rite (?:food|restaurant|book|movie|show|band|team|place)"
    r"|do you (?:support|follow|play)\b"
    r"|music|garden\w*|cook\w*|run\w* (?:a|the) (?:marathon|race)|marathon|hiking|hike"
    r"|same (?:university|college|school)|also went to|i went to|alum\w*|background behind you"
    r"|(?:live|living|moved) (?:in|to) |the city|neighborhood|busy (?:week|day)|long week"
    r"|pouring|chucking it down|training for|sleep after|get some sleep|lol\b|haha|playoffs?|world cup"
    r"|super bowl|the match|the league|this season|final score"
    # sets aq-ar: "Confession: I'm a Cubs fan", "Are you a United or a City man?"
    r"|(?:i am|are you|you are) (?:a |an )?(?:big |huge |massive |lifelong |die hard )?(?:\w+ )?(?:fan|supporter)(?! of)"
    r"|\w+ or (?:a |an )?\w+ (?:man|woman|girl|guy|fan|supporter)"
    r"|(?:good|nice|great|best|favou?rite) (?:\w+ )?(?:place|restaurant|bar|cafe|coffee shop|pub|pizza))\b")
_HOW_ARE_YOU = re.compile(r"\bhow are you(?: doing| holding up| today| keeping)?(?: today| this week)?$"
                          r"|\bhow (?:is|has|was) (?:your|the) (?:day|week|morning|weekend)(?: going| been| so far)*$"
                          r"|\bhow have you been\b|\bhow is it going\b")

# "What do you mean by the huddle?", "What does PACU stand for?", "Who is Walt?"
_CLARIFY = [
    # the term first, then the question: "sorry, customer hour, what is that exactly?", "the nine
    # eighty thing, what's that?", "sixty forty, what does that mean?"
    re.compile(r"^(?:(?:sorry|so|um|uh|and|okay|ok|wait|oh|eish|hang on|the|a|an|this|your)\s+)*"
               r"(?P<x>(?!(?:i|um|uh|so|and|what|how|why|who|sorry|wait|okay|ok|oh|hey|excuse)\b)[a-z0-9]\w*(?: \w+){0,4}?)(?: thing| one| bit)?,? "
               r"(?:what is|what are|what does) (?:that|this|it|those)(?! like\b| about\b)(?: \w+)?(?: mean)?(?=\s|$)"),
    # "when you say small creators, what counts as small?", "when you say you stamp drawings,
    # what's that mean?" (before "what is ...", which would read "that mean exactly")
    re.compile(r"\bwhen you say (?:a |an |the )?(?P<x>[\w ]{2,40}?),? what (?:counts as|do you mean|is)\b"),
    re.compile(r"\bwhat (?:do|did) you mean (?:by|with|when you (?:say|said|talk about|mention\w*))\s+(?P<x>.+)"),
    re.compile(r"\bwhat (?:does|do|did|is|was) (?:the |a |an |that |this )?(?:word |term |phrase )?(?P<x>.+?)\s+(?:mean|stand for|short for|refer to)\b"),
    re.compile(r"\b(?:what|who) (?:exactly |actually |precisely )?(?:is|are|was|were) (?:a |an |the |this |that |your |these |those )?(?P<x>.+)"),
    # "you said you start cluster ring what is that": the one or two words before the question
    re.compile(r"\b(?P<x>(?!(?:i|um|uh|so|and|that|this|it|you|start|the|a)\b)\w+(?: \w+)?),? (?:what is|what are|what does) (?:that|this|it)(?! like\b| about\b| look\b| feel\b| do\b)\b"),
    re.compile(r"\b(?:explain|define|unpack) (?:what |the |a |an |that )?(?:term |word |phrase )?(?P<x>.+)"),
    re.compile(r"\b(?:never heard of|not familiar with|not sure what|do not know what)\s+(?:a |an |the )?(?P<x>.+?)(?:\s+(?:is|are|means))?$"),
    re.compile(r"^(?:sorry |so |um |uh )*(?:the |a |an )?(?P<x>[\w ]{2,40}?),? meaning what\b"),
    re.compile(r"^(?:sorry |so |um |uh )*(?:the |a |an )?(?P<x>[\w ]{2,40}?),? (?:i do not|do not) (?:know|get|understand) (?:that|this|the) (?:reference|term|word|one|bit)"),
]
# "What does that stand for?" names the term elsewhere in the turn ("GIS, sorry, what does that stand for?")
POINTING = {"that", "it", "this", "that one", "that word", "that term"}
_BARE_CLARIFY = re.compile(r"^(?:sorry |um |uh |so )*what do you mean(?: by that| exactly)?$"
                           r"|^(?:what|which) (?:do you mean|part)$")

_EXAMPLE = re.compile(
    r"\b(?:example|examples|instance|like what$|such as$"
    r"|specific (?:case|story|time|situation)|concrete|particular (?:case|story|time|patient|project|situation)"
    # "have you got a time when that worked?", "a real case of that", "walk me through one"
    # ("one" is "1" in the normal form)
    r"|(?:a|one|1) time (?:when|where) (?:that|it|this)|(?<!\bin )(?:a|one|1) real (?:case|one|1|story)"
    # "tell me about one real code you remember", "one bad day you remember"
    r"|(?:about|me) (?:a|an|one|1) (?:\w+ ){1,3}(?:that )?you (?:remember|recall|still think about|will never forget)"
    r"|(?:seen|known) (?:anybody|anyone|somebody|someone) (?:\w+ ){0,6}(?:actually|really) (?:get|make|do|pull)"
    r"|(?:anybody|anyone|somebody|someone) (?:actually |ever )?(?:done|tried) (?:that|this|it))\b")

_ELABORATE = re.compile(
    r"^(?:(?:oh|wow|okay|ok|so|and|hm+|mm+|huh|interesting|really|right|um|uh|cool|yeah|that is \w+)\s+)*"
    r"(?:tell me more|say more|go on|and then|then what|how so|why is that|why|how come|in what way"
    r"|what happened (?:next|then|after|after that)|what was that like|what is that like|what was it like"
    r"|how did (?:that|it) (?:go|feel|turn out|end|work out)|how does that (?:feel|work)|really"
    r"|can you (?:say|tell me) (?:a (?:bit|little) )?more|could you (?:say|tell me) (?:a (?:bit|little) )?more"
    r"|(?:could|can|would) you elaborate|elaborate|expand on that|(?:could|can) you expand"
    r"|what did you do|what do you do then|and what happened|more about that|more on that"
    r"|how do you mean|(?:(?:can|could|would) you (?:please )?)?(?:explain|tell) (?:me )?(?:a (?:bit|little) )?more|(?:say|tell me) a (?:bit|little) more)\b")

_REFLECTION = re.compile(
    r"^(?:(?:okay|ok|right|so|yeah|wow|hmm|um|uh|got it|i see)\s+)*"
    r"(?:(?:so )?it (?:sounds|seems) like|(?:so )?(?:what )?i am hearing|so you are saying|so what you are saying"
    r"|so basically|so for you|if i understand|if i am understanding|so in other words|so the (?:main|big|hard|real)"
    r"|so the \w+ (?:is|are|was)|so your|so you|it must be|that must be|that sounds (?:like )?\w+|sounds like"
    r"|i (?:can )?imagine|i guess (?:the|that|it)|so it is (?:really|mostly|more)|so it is|so that is"
    r"|so they|so there is|so a lot of|so most of)\b")


# Something drowned the answer out ("Sorry, my neighbour is drilling. Which days did you
# say?"): asking what they said is then asking to hear it again. Without the noise, "what did
# you say the pay was?" goes back to an earlier answer (a recap: "I was writing notes").
_DROWNED = re.compile(
    r"\b(?:loud|noise|noisy|went by|going (?:mad|off)|went off|went funny|cut out|cutting out|crackled|crackling"
    r"|drilling|hoover|vacuum|dog|barking|bell|line (?:went|is|dropped)|connection|signal|wifi|roaring"
    r"|blending|grinding|walked in|fired up|siren|tram|truck|baby|doorbell|mailman|phone (?:rang|went)"
    r"|headphones|hearing aid|froze|lagg\w*)\b")
_ASKS_WHAT_SAID = re.compile(r"\b(?:did (?:you|u|ye) (?:just )?say|what was that (?:number|name|figure|word|amount|bit|again|about)"
                             r"|what (?:was|were) (?:that|it) (?:you )?said)\b")


def is_repeat(n: str) -> bool:
    return bool(_REPEAT.search(n)) or bool(_ASKS_WHAT_SAID.search(n) and _DROWNED.search(n))


# "God bless you" after thanks is thanks (the user may go on); with no thanks, a goodbye.
_BLESSING = re.compile(r"\bgod (?:bless|keep)(?: you)?\b")


def is_closing(n: str) -> bool:
    return bool(_CLOSING.search(n)) or bool(_BLESSING.search(n) and not _THANKS.search(n))


_ASKED_AFTER = re.compile(r"\b(?:what|how|why|when|where|who|which|do you|did you|can you|could you|would you"
                          r"|is it|is there|are there|are you)\b")


def asks_after_closing(n: str) -> bool:
    """A question asked after the goodbye words of the same sentence."""
    found = _CLOSING.search(n)
    return found is not None and bool(_ASKED_AFTER.search(n[found.end():]))


def is_thanks(n: str) -> bool:
    return bool(_THANKS.search(n))


def is_follow_up_permission(n: str) -> bool:
    return bool(_FOLLOW_UP.search(n)) and bool(_PERMISSION.search(n))


def is_small_talk(n: str) -> bool:
    return bool(_SMALL_TALK.search(n))


def is_how_are_you(n: str) -> bool:
    return bool(_HOW_ARE_YOU.search(n))


def clarify_target(n: str) -> str | None:
    """The words asked about in a clarify question ("the huddle"), or None."""
    for pattern in _CLARIFY:
        m = pattern.search(n)
        if m:
            x = re.sub(r"\b(?:exactly|again|actually|please|is|are|mean|that|though)$", "", m.group("x")).strip()
            if x:
                return x
    return None


def is_bare_clarify(n: str) -> bool:
    return bool(_BARE_CLARIFY.search(n))


def asks_example(n: str) -> bool:
    return bool(_EXAMPLE.search(n))


_ELABORATE_ANYWHERE = re.compile(
    r"\b(?:what was that like|what was it like|how did (?:you|that|it) (?:feel|go)\w*|how so|tell me more"
    r"|say more|go on|and then what|then what|what happened (?:next|then|after)|why is that|in what way)\b")


# "Why do you say it never should've happened?": asks for the reasons behind what was just said
_WHY_SAY = re.compile(r"^(?:(?:oh|ok|okay|so|and|but|wait|sorry|hang on|hmm)\s+)*"
                      r"(?:why do you say|why would you say|what makes you say|why did you say)\b"
                      # "when you say every mistake is public how do you mean": more of the words just said
                      r"|^(?:(?:oh|ok|okay|so|and|but|wait|sorry|hmm|um|uh)\s+)*when you (?:say|said) (?:[\w']+ ){1,10}?"
                      r"(?:how do you mean|what do you mean(?: by that)?|how so)\W*$")


def is_elaborate(n: str) -> bool:
    words = len(n.split())
    return (words <= 14 and bool(_ELABORATE.search(n))) or (words <= 10 and bool(_ELABORATE_ANYWHERE.search(n))) \
        or (words <= 14 and bool(_MORE_OF_THAT.search(n)) and not points_back(n))


# "How do they catch you out? Tell me more about that.": more of what was just said, asked last
# (not after "you mentioned X", which names what it wants more of: `points_back`)
_MORE_OF_THAT = re.compile(r"\b(?:tell me|say|explain) (?:a (?:bit|little) |some )?more (?:about|on) (?:that|it|this)\W*$")
_OPENS_ELABORATE = re.compile(
    r"^(?:[\w']+\s+){0,4}?(?:tell me (?:a (?:bit|little) )?more|how so|why do you say (?:that|so)|say (?:a (?:bit|little) )?more"
    # "wait and then what like um how did you guys finally get it under control"
    r"|and then what|what happened (?:next|then|after that)"
    # "Why is that? I would have thought they want people who never failed.": the reason for
    # what was just said, whatever the user adds after it (sets aq-ar)
    r"|why is that|why is it that)\b"
    # "Hm. Can you tell me a little more about that?" (but not "You mentioned the lightboard.
    # Could you tell me more about that?", which names what it wants more of)
    r"|^(?:[\w']+\s+)?(?:can|could|would) you (?:tell me|say|explain) (?:a (?:bit|little) )?more\b")


def opens_elaborate(n: str) -> bool:
    """ "Tell me more, how did you manage that ...?", "Only a third? Why do you say that, where
    does the rest go?", "seventy percent office hmm how so": a turn that opens by asking for
    more, and points back ("how so" points by itself), asks for more of the last answer,
    whatever else it names on the way."""
    m = _OPENS_ELABORATE.match(n)
    return bool(m) and (refers_back(n) or m.group(0).endswith("how so"))


def asks_why_said(n: str) -> bool:
    return bool(_WHY_SAY.search(n))


# Asking a topic a second time on purpose ("sorry, going back to pay, what did you say...?"):
# 35 of the 37 recaps the writers of the conversation sets wrote carry one of these.
_ASKS_AGAIN = re.compile(
    r"\b(?:again|going back|go back|goes back|back to|back up|coming back|come back to|did you say"
    r"|you (?:said|mentioned|told me)|(?:asked|said) (?:(?:this|that|it) )?already|(?:one|1) more time"
    r"|remind me|forgot|earlier|to confirm|once more|(?:where|what) (?:we|i) started)\b")


# The same, said so plainly that it stands without an earlier question on the topic (the earlier
# one may have been misheard): not "earlier", "back to school" or "would you do it again".
_SAYS_AGAIN = re.compile(
    r"\b(?:did you say|going back|back up|(?:one|1) more time"
    r"|forgot|(?:asked|said) (?:(?:this|that|it) )?already|to confirm|ask again)\b(?! to (?:school|uni|college|study))"
    r"|(?<!do it )(?<!do it all )(?<!choose it )\bagain\b(?=[ ,]*(?:sorry|i |$))")


def asks_again(n: str, plainly: bool = False) -> bool:
    """The turn asks about something a second time (`plainly`: says so in words that need no
    earlier question on the topic to be read that way)."""
    return bool((_SAYS_AGAIN if plainly else _ASKS_AGAIN).search(n))


# Pointing back at something the professional told, by description rather than its words:
# "that thing you said about ...", "you mentioned ...", "the one where ...", "that lady from
# purchasing who told you ...", "those evenings you spent ...". (Text as `normal` gives it:
# "one" is "1".)
_POINTS_BACK = re.compile(
    r"\b(?:you (?:said|mentioned|told (?:me|us)|talked about|were (?:saying|talking)|described|brought up)"
    r"|(?:that|this) (?:thing|story|time|bit|part|one|1|whole thing|business) (?:you|where|when|with|about)"
    r"|the (?:one|1|time|day|night|morning|guy|man|woman|lady|kid|girl|boy|group|shop|project|recording|client"
    r"|patient|student|customer) (?:where|when|who|that|you|with)"
    r"|(?:that|those|the) (?:\w+ ){1,3}(?:you|who) (?:mentioned|said|told|spent|had|have|did|were|used|got|gave|ran)"
    r"|(?:that|those) (?:\w+ ){1,3}you (?:\w+ )?(?:mentioned|said|told|spent|had|did|talked|described))\b"
)


def points_back(n: str) -> bool:
    """The turn points at something already told, by description (`_POINTS_BACK`)."""
    return bool(_POINTS_BACK.search(n))


def points_at_told(text: str, n: str) -> bool:
    """Said to point back ("that thing you said about ..."), or a description of something told
    set before the question (`describes_first`); `n` is the turn's normal form."""
    return points_back(n) or describes_first(text)


_FIRST_CLAUSE = re.compile(r"^\s*(?:(?:and|so|oh|okay|ok|um|uh|wait|about|going back to|back to)\W+)*"
                           r"((?:the|that|those|your) [^.?!,;…]+?)\s*(?:\.\.\.|…|[.,;])\s+(\S.*)$", re.I | re.S)
_AUX_HEAD = {"is", "are", "was", "were", "has", "have", "had", "does", "did", "do", "will", "can", "would", "could"}
_LINKS = {"who", "that", "which", "where", "when", "with", "you", "your", "they", "he", "she", "i", "we", "for",
          "from", "in", "on", "at", "of", "by", "about", "running", "going", "the"}


def describes_first(text: str) -> bool:
    """ "The gentleman on the breathing machine, who held your hand. Did he go home?", "The
    penalty pot for corporate jargon, how much has it raised?": a description of something
    told, set before the question about it. The description has no verb of its own before
    its first linking word ("The pay is good. What about hours?" is a statement)."""
    m = _FIRST_CLAUSE.match(text)
    if m is None:
        return False
    described, rest = m.group(1).lower().split(), m.group(2)
    if len(described) < 3 or not ("?" in rest or QUESTION_START.search(normal(rest))):
        return False
    for word in described[1:]:
        if word in _LINKS:
            return True
        if word in _AUX_HEAD:
            return False
    return len(described) <= 6  # "The practice ones with the dummy..." has its link; a bare noun phrase is short


def refers_back(n: str) -> bool:
    """The turn points at what was just said ("that", "it", "she") without naming a new thing."""
    return bool(re.search(r"\b(?:that|it|this|those|she|he|they|them|her|him)\b", n))


def is_reflection(text: str, n: str) -> bool:
    if not _REFLECTION.search(n):
        # a statement that begins "so ..." sums up what was heard ("So the whole year builds up to it.")
        return (n.startswith(("so ", "okay so ", "ok so ", "right so ", "oh so ")) and "?" not in text
                and not QUESTION_START.search(re.sub(r"^(?:okay |ok |right |oh )?so (?:like |um |uh )*", "", n)))
    # "So how did you ...?" is a question that starts with "so", not a reflection.
    rest = re.sub(r"^(?:okay|ok|right|so|yeah|wow|hmm|um|uh)\s+", "", n)
    return not QUESTION_START.search(rest) or text.rstrip().endswith(("right?", "correct?", "yeah?"))


def asks_more(text: str, n: str) -> bool:
    """A goodbye that still asks something ("before I go, what's one tip?")."""
    parts = [p for p in question_parts(text) if "?" in p]
    if any(not is_closing(normal(p)) and len(p.split()) > 3 for p in parts):
        return True
    # in the same sentence: "I won't keep you long, but what does a normal day look like?"
    return "?" in text and asks_after_closing(n)


# "what's exam season like for you", "what is the job market like these days": how something is
# lived, not what a word means ("what's the hurdle, is that like a team meeting?")
_WHAT_IT_IS_LIKE = re.compile(r"\bwhat(?:'s| is| was| are| were) (?:\w+ ){1,4}?like(?: for (?:you|them|people|teachers|nurses)"
                              r"| these days| now| at| in| when| during|$)")


def asks_what_it_is_like(n: str) -> bool:
    return bool(_WHAT_IT_IS_LIKE.search(n))
