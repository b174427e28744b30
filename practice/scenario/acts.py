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
    r"|come again|pardon|one more time|you (?:cut|broke) (?:out|up)|missed (?:that|the last|what you)"
    r"|(?:lost|lose) you (?:there|for a)|go over that again|run that by me again|cut out|froze|lagg\w*"
    r"|(?:did not|could not) (?:hear|catch) (?:the )?(?:last|end|that)|say the last (?:bit|part)"
    # "can you say again?", "what was that last bit?", "sorry the door beeps, what did you say?"
    r"|(?:say|tell) again|what was (?:that|the) (?:last )?(?:bit|part|thing)"
    r"|^(?:sorry|pardon|ope|oh|hang on|wait)\b.*\b(?:(?:what|whit) was that|what did (?:you|u|ye) (?:just )?say(?: there| then)?)$)\b"
    r"|^(?:sorry )?what was that$|^(?:sorry|what|huh|pardon)$|^sorry what$")

_CLOSING = re.compile(
    r"\b(?:bye|goodbye|bye bye|have a (?:good|great|nice|wonderful|lovely|fantastic) (?:day|evening|night|weekend|rest|one|shift|afternoon|morning)"
    # "take care", not "one more patient to take care of" or "take care not to"
    r"|take care(?! (?:of|to|not|that|with|over|about)\b)|talk (?:to you )?(?:soon|later)|i will let you (?:go|get|rest|be|crack on)|let you (?:get (?:back|to|on)|crack on)"
    # "I'll leave you to it", "I won't keep you any longer", "I'll stop there", "ta-ra", "God bless"
    r"|i will leave you (?:to it|be|in peace)|i will (?:not|no longer) keep you|not keep you any longer|i will stop there"
    r"|enjoy the rest of your (?:day|evening|afternoon|morning|week|weekend|shift)|ta ra|cheerio|ta ta|that is me away"
    # "i gotta run", "I have to go start my shift", not "would I have to go back and study?"
    r"|(?<!do )(?<!would )(?<!will )(?<!should )(?<!did )(?<!if )(?<!when )\bi (?:have to|have got to|got to|gotta|need to|must) (?:go(?! back| into| in\b| out there| through| to (?:college|uni|university|school)\b)"
    r"|run|dash|jump|head off|get going|hop off)"
    # "see you soon", not "if they see you being wrong" or "I can see you have got your tea"
    r"|(?<!can )(?<!they )(?<!i )(?<!we )see (?:you|ya)(?= (?:soon|later|then|next|around|again|tomorrow|there|on|at|in|all|guys|bye|take|x+)\b|$)"
    r"|^(?:\w+ )?peace(?: out)?$|catch you later|later then|have a good (?:one|1)|all the best(?! \w)"
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

# A rude remark, or a personal question no professional answers to a stranger.
_RUDE = re.compile(
    r"\b(?:(?:your|the|that|this) (?:job|work|career|field|life) (?:sounds|seems|is|must be) (?:so |really |pretty )?"
    r"(?:awful|terrible|miserable|depressing|horrible|dull|boring|pointless|useless)|"
    # "this is a waste of time", not "is a boot camp a waste of money?"
    r"(?:this|that|it|you|your \w+(?: \w+)?|(?:the|this|that) (?:job|work|conversation|call|field|career)) (?:is|s|are|sounds like|seems like|was|were) (?:\w+ ){0,2}waste of"
    r"|sucks|(?<!not )(?<!never )shut up|who cares|i (?:do not|could not) care"
    # "your app's rubbish", not "rubbish at maths" or "a garbage truck"
    r"|your (?:\w+ ){1,2}(?:is |are |was |s )?(?:so |total |utter |absolute |a bit )?(?:rubbish|crap|crappy|garbage|trash)\b(?! at\b)"
    # "you people are all the same" is rude; "how do you people catch that?" is a plural "you"
    r"|you people (?:are|always|never|just|can.t|cannot|don.t|should|think|with)\b|you people\W*$"
    r"|get a real job|that is it\b.{0,10}\bthat is all you do"
    # "aren't you all corrupt", not "have you ever seen corruption on a contract?"
    r"|(?:you|you all|y all|your (?:\w+ ){0,2})(?: are| is)? (?:all |just )?(?:super |so |really |totally )?corrupt\b"
    r"|(?:you|your) (?:\w+ )?(?:do not|cannot) (?:even )?(?:sound|look) (?:that )?(?:busy|tired))\b")
# The stereotype said as a jibe ("anyone could do that", "glorified babysitting"): rude from the
# user, a fair question when put as what others say (`_HEARSAY`).
_JIBE = re.compile(
    r"\b(?:easy job|overpaid|lazy|anyone could do|not a real job|glorified|cannot be that hard|how hard can it be"
    r"|(?:just|only) (?:a |an )?(?:babysit\w*|button|paper pusher)|made up job|fake job|pretend job|colou?ring in"
    r"|(?:not|never|no|any|do (?:some|a bit of)) real work|not even a (?:real|proper) (?:job|profession|science)"
    r"|(?:nobody|no one) (?:ever )?(?:reads|looks at|cares about|uses|needs)|(?:being )?paid to (?:just )?(?:watch|sit|chat|play)"
    r"|(?:just )?stand(?:ing)? around|lean(?:ing)? on (?:their |a |the )?shovels?|with extra steps"
    r"|(?:not|is not|does not sound like|do not sound like) (?:exactly )?the hardest job)\b")
# Words that insult only when aimed at their work ("sounds so boring", "a waste of time"), and are
# everyday words elsewhere: "the boring parts", "as boring as it sounds", "logistics got boring
# for me", "people say engineers are boring, is that true?", a word they used themselves.
_WEAK_RUDE = re.compile(
    r"\b(?:pointless|boring|stupid|dumb|useless|lame"
    r"|(?:sounds|seems) (?:so boring|really boring|dull|pointless))\b")
_NOT_RUDE = re.compile(
    # a real question about the job's future ("Is AI going to make this job pointless?")
    r"\b(?:make|makes|making|become|becomes|render|turn) (?:\w+ ){0,4}(?:pointless|useless|obsolete|boring)\b"
    # the dull share of any job, named as such
    r"|\b(?:boring|dull|tedious|stupid|dumb) (?:\w+ )?(?:parts?|bits?|stuff|side|admin|tasks?|things|work|jobs|days?|moments?|meetings?|paperwork|mistakes?|errors?|questions?)\b"
    r"|\bas (?:boring|dull|pointless) as\b"
    # "this is going to sound dumb, but...", "a stupid question"
    r"|\b(?:sound|sounds|be|seem) (?:\w+ )?(?:dumb|stupid|silly)\b|\b(?:dumb|stupid|silly) question"
    # the user about themselves ("for me logistics got a bit boring", "I find spreadsheets dull")
    r"|\b(?:for me|i|my|me|myself)\b(?: \w+){0,5} (?:pointless|boring|stupid|dumb|useless|lame|dull)\b"
    r"|\b(?:pointless|boring|stupid|dumb|useless|lame|dull) (?:\w+ ){0,3}(?:for me|to me)\b"
    # the dull share, named: "the boring legwork", "those dull bits"
    r"|\b(?:the|those|these|some|any) (?:\w+ )?(?:boring|dull|tedious)\b")
# Hearsay put to them to check ("my mates joke marketing is the colouring-in department, what do
# people get wrong?"): a stereotypes question, answered, not the user's own insult.
_HEARSAY = re.compile(
    r"\b(?:people|everyone|everybody|folks|others|some|they|my (?:\w+ ){0,2}(?:friends?|mates?|family|mum|mom|dad|parents|cousins?|brothers?|sisters?|colleagues?|wife|husband|partner))"
    r"(?: \w+){0,3} (?:say|said|says|think|thinks|thought|joke|joked|jokes|call|calls|called|reckon|assume|assumes|told me|tease)\b"
    r"|\bstereotype|\bi (?:have|ve) (?:always )?heard\b|\bany truth\b|\b(?:is|was) (?:that|it|any of that|this) (?:true|fair|accurate|right)\b|\bmyth")
_PERSONAL = re.compile(
    r"\b(?:(?:your|home) address|what street|phone number|cell number|how old are you|your age"
    r"|are you (?:single|married|dating|seeing)|your (?:boyfriend|girlfriend|husband|wife)"
    r"|how much do you weigh|who did you vote|vote for|your religion|are you (?:\w+ )?religious|religious (?:views|beliefs)"
    r"|your politics|political (?:views|party|leanings?|opinions?|beliefs)|are you (?:a )?(?:democrat|republican|tory|labour voter)"
    r"|social security|password|bank account|credit card|how much (?:money )?(?:do )?you have in"
    r"|send me (?:your |the )?(?:company|internal|confidential|client|customer)\w* \w+"
    r"|(?:recommend|know) (?:a|any) (?:good )?(?:solicitor|lawyer|dentist|plumber|accountant|mechanic|realtor|therapist)"
    r"|(?:your|you) (?:exact|actual|precise) (?:salary|pay|income|earnings|paycheck)|(?:salary|pay|income) (?:history|every year|each year|for every year)"
    # someone else's pay: "what's your boss on?", "what your own manager takes home"
    r"|(?:your|the|my) (?:own )?(?:boss|manager|supervisor|director|line manager|team lead|head of \w+|colleagues?|coworkers?)"
    r"(?: is| are)? (?:on|earns?|makes?|gets? paid|takes? home|pulls? in|pulling down)"
    r"|(?:boss|manager|supervisor|director|colleague|coworker)s? (?:salary|salaries|pay|wages?|bonus|pay packet)"
    # the team's pay, gossip about named people, someone else's data, the firm's own code
    r"|(?:people|folks|others|staff|everyone|guys) (?:on|in) your (?:team|department|unit|group|office) (?:are |get )?(?:paid|earn|make)"
    r"|your (?:teammates|team mates|staff|reports|colleagues|coworkers|co workers) (?:are |get )?(?:paid|earn|make)"
    r"|which (?:\w+ ){0,2}(?:doctors|nurses|teachers|colleagues|managers|engineers|people|clients|customers|bosses|staff|ones)"
    r" (?:are|is|were) the (?:worst|laziest|dumbest|most annoying|least competent|biggest idiots?)"
    r"|(?:is|was) (?:she|he) (?:actually|really|even) (?:any )?good\b|(?:your|the) (?:boss|manager|head|ceo|principal|director)"
    r" (?:sounds|seems) (?:long|awful|terrible|annoying|useless|like a nightmare)"
    r"|(?:see|look up|check|find out|tell me) what (?:she|he|they|my \w+) (?:buys|bought|spends|spent|orders|ordered)"
    r"|(?:send|give|share|email|forward) (?:me )?(?:the |your )?(?:\w+ )?(?:code|source code|dataset|customer data|raw data)"
    r" (?:for|of|from|behind) (?:your|the)"
    # what is not theirs to give: this year's papers, real interviews, patients' records
    r"|(?:send|give|share|email|forward|show) (?:me )?(?:with me )?(?:this year(?:.?s| is)?|next year(?:.?s| is)?"
    r"|(?:one|1) of (?:your|the)|(?:your|the) (?:actual|real)|actual|real) (?:actual |real )?(?:exam|test|prelim|mock|interview)s? (?:papers?|recordings?|questions|answers)"
    r"|(?:patient|client|candidate|customer)s?(?: s)? (?:records?|files?|notes|data)\b.{0,30}\b(?:send|share|show|give|see)"
    r"|(?:send|share|show|give|see) (?:me )?(?:\w+ ){0,2}(?:patient|client|candidate|customer)s?(?: s)? (?:records?|files?|notes)"
    r"|(?:recordings?|records?|files?|papers?) (?:with|to) me\b.{0,40}\b(?:before|only to|just to)"
    # gossip: who is bad, difficult, cute or broke; the team's pay by person ("what the others are each on")
    r"|which (?:of (?:the|your) )?(?:\w+ ){0,2}(?:doctors|nurses|teachers|colleagues|managers|engineers|clients|customers|bosses"
    r"|celebrities|hospitals|schools|firms|companies|parents|kids|pupils|students|patients)"
    r"(?: \w+){0,4} (?:are|is|have|were) (?:the )?(?:\w+ )?(?:difficult|bad|awful|terrible|worst|cute|hot|single|broke|lazy|rude|nightmares?)"
    r"|which celebrities|(?:is|are) (?:your|the) (?:boss|manager|head|ceo|principal|director|supervisor|line manager)"
    r" (?:a |an )?(?:real |total |bit of a )?(?:nightmare|difficult|awful|terrible|horrible|pain)"
    r"|(?:others|everyone|people|folks|colleagues) (?:in|on) your (?:team|department|unit|group|office) (?:are |is )?(?:each |all )?on\b"
    # said to be kept secret: gossip asked for ("between you and me", "spill", "i won't tell a soul")
    r"|between you and me|off the record|spill(?: it| the tea)?(?: lah)?$|spill lah|\bdish\b(?= on| the)|(?:i|we) (?:will not|won't|wont) (?:tell|say) (?:anyone|anybody|a soul|nothing|a word)"
    r"|(?:i|we) (?:will not|won't|wont) breathe a word|you can tell me(?! about| how| what| more| if)"
    r"|who(?:s| is| was) the (?:laziest|dumbest|most annoying|least competent|biggest (?:idiot|pain|slacker)"
    r"|worst(?= (?:one|person|boss|manager|colleague|coworker|doctor|nurse|teacher|engineer|client|customer|of them|on (?:your|the) team)\b|$))"
    # someone named's pay: "what Carla earns", "what's your head teacher on"
    r"|what (?!a |an |the |you |your |nurses |people |most |new |junior |senior |starting |project |work |part |kind |sort |type )\w+ (?:earns|makes|takes home|gets paid|is paid|pulls in)\b"
    r"(?! (?:you|me|us|them|it|him|her|people|someone|anyone|a|the|your|my|for|sense|up|of|things|good|great)\b)"
    r"|(?:your|the) (?:head teacher|headteacher|head|deputy|depute|depute head|deputy head|principal|ceo|boss|lead|director|manager) (?:is )?on(?: then)?\b"
    r"|(?:share|send|show|give|forward|email) (?:me )?(?:\w+ ){0,4}(?:the )?(?:actual|real|raw|internal|exact) (?:\w+ ){0,2}(?:results|numbers|figures|data|files|briefs?|plans?|budgets?|estimates|reports?|spreadsheets?|documents?|contracts?)"
    # their organisation's own material: "the presentation for your next campaign", "the questions the panel uses"
    r"|(?:send|share|forward|email|give|show|see) (?:me |us )?(?:\w+ ){0,6}?"
    r"(?:presentation|deck|slides|prelim papers|exam papers|past papers|roadmap|budget|spreadsheet|binders?|recordings|internal \w+"
    r"|brief(?! (?:overview|summary|idea|intro|introduction|explanation|rundown|answer|look))|source code|code of|forecast models?"
    r"|(?:raw |actual |real )data|sample of (?:the |your )?data|questions (?:they|the panel|you) (?:asked|ask|use))s?\b"
    r"|what(?: is| s)? (?:coming up|on) (?:in )?this year(?: s| is)? (?:\w+ )?(?:paper|exam|test)"
    r"|(?:the |your )?(?:city|council|company|hospital|school|utility|department|team)(?: s)? list of\b"
    r"|questions (?:that )?(?:the|your) (?:panel|interviewers?|examiners?|board) (?:uses?|asks?)"
    # favours: marking their coursework, a letter that says what did not happen, someone's account
    r"|(?:check|look over|do|fix|solve|finish|mark|help (?:me )?with) (?:\w+ ){0,2}(?:my|the) (?:assignment|coursework|problem set)"
    r"|assignment (?:is )?due\b.{0,60}\b(?:send|check|look)|letter (?:\w+ ){0,6}saying (?:that )?i (?:shadowed|worked|volunteered|interned)"
    r"|(?:missing|stolen|hacked|locked|blocked|frozen|charged)\b.{0,30}\b(?:her|his|their) (?:\w+ )?account"
    r"|(?:her|his|their) (?:\w+ )?account\b.{0,40}\b(?:missing|stolen|hacked|locked|blocked|frozen|refund)"
    r"|(?:ever )?dated (?:one of|1 of|a|any)\b|your love life|too young to be|are you even (?:\d+|thirty|forty|twenty)"
    # favours: "read my college essay", "tutor my nephew", "write me a recommendation letter"
    r"|(?:read|proofread|look over|check|edit|mark) my (?:\w+ )?(?:essay|personal statement|homework|coursework|dissertation)"
    r"|tutor (?:him|her|them|my \w+)|write me a (?:recommendation|reference) letter"
    r"|bet (?:she|he|they) (?:is|are) (?:a |an )?(?:real |total )?(?:nightmare|pain|awful|terrible|difficult)|hooking up|(?:are|is) the (?:\w+ )?(?:doctors|nurses|teachers|guys|girls|staff) (?:there )?(?:cute|hot|single))\b")
# Wildly off-topic for an interview (small talk is close to the person; these are not).
_OFF_TOPIC = re.compile(
    r"\b(?:capital of|do my homework|my homework|aliens?|ufos?|tell me a joke|lottery|horoscope"
    r"|zodiac|star sign|crypto\w*|bitcoin|meaning of life|flat earth|conspiracy)\b")

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
    r"|(?:good|nice|great|best|favou?rite) (?:\w+ )?(?:place|restaurant|bar|cafe|coffee shop|pub|pizza))\b")
_HOW_ARE_YOU = re.compile(r"\bhow are you(?: doing| holding up| today| keeping)?(?: today| this week)?$"
                          r"|\bhow (?:is|has|was) (?:your|the) (?:day|week|morning|weekend)(?: going| been| so far)*$"
                          r"|\bhow have you been\b|\bhow is it going\b")

# "What do you mean by the huddle?", "What does PACU stand for?", "Who is Walt?"
_CLARIFY = [
    # the term first, then the question: "sorry, customer hour, what is that exactly?", "the nine
    # eighty thing, what's that?", "sixty forty, what does that mean?"
    re.compile(r"^(?:(?:sorry|so|um|uh|and|okay|ok|wait|oh|eish|hang on|the|a|an|this|your)\s+)*"
               r"(?P<x>(?!(?:i|um|uh|so|and|what|how|why|who)\b)[a-z0-9]\w*(?: \w+){0,4}?)(?: thing| one| bit)?,? "
               r"(?:what is|what are|what does) (?:that|this|it|those)(?! like\b| about\b)(?: \w+)?(?: mean)?(?=\s|$)"),
    re.compile(r"\bwhat (?:do|did) you mean (?:by|with|when you (?:say|said|talk about|mention\w*))\s+(?P<x>.+)"),
    re.compile(r"\bwhat (?:does|do|did|is|was) (?:the |a |an |that |this )?(?:word |term |phrase )?(?P<x>.+?)\s+(?:mean|stand for|short for|refer to)\b"),
    re.compile(r"\b(?:what|who) (?:exactly |actually |precisely )?(?:is|are|was|were) (?:a |an |the |this |that |your |these |those )?(?P<x>.+)"),
    # "when you say small creators, what counts as small?"
    re.compile(r"\bwhen you say (?:a |an |the )?(?P<x>[\w ]{2,40}?),? what (?:counts as|do you mean|is)\b"),
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
    r"|(?:a|one) time (?:when|where) (?:that|it|this)|(?:a|one) real (?:case|one|story)"
    r"|(?:seen|known) (?:anybody|anyone|somebody|someone) (?:\w+ ){0,6}(?:actually|really) (?:get|make|do|pull)"
    r"|(?:anybody|anyone|somebody|someone) (?:actually |ever )?(?:done|tried) (?:that|this|it))\b")

_ELABORATE = re.compile(
    r"^(?:(?:oh|wow|okay|ok|so|and|hmm|huh|interesting|really|right|um|uh|cool|yeah|that is \w+)\s+)*"
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


def is_repeat(n: str) -> bool:
    return bool(_REPEAT.search(n))


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


# "No offence, but ...": what follows is a jibe (15 of 17 such turns in sets a-v), unless it
# asks about pay or for the real picture ("... or is there more to it?")
_NO_OFFENCE = re.compile(r"\bno offen[cs]e\b")
_FAIR_QUESTION = re.compile(r"\b(?:or is there (?:more|something)|is that (?:true|fair)|any truth|mortgage|salary|earn|pay|paid|money)\b")


def is_redirect(n: str, last: str = "") -> bool:
    """A rude, personal or off-topic turn. `last`, their last line in normal form: a word they
    used themselves ("the boring bits") is no insult when the user says it back."""
    weak = _WEAK_RUDE.search(n)
    jibe = _JIBE.search(n) or (weak and not _NOT_RUDE.search(n)
                               and not (last and re.search(rf"\b{re.escape(weak.group(0).split()[-1])}", last)))
    rude = _RUDE.search(n) or (jibe and not _HEARSAY.search(n)) or (_NO_OFFENCE.search(n) and not _FAIR_QUESTION.search(n))
    return bool(rude or _PERSONAL.search(n) or _OFF_TOPIC.search(n))


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
                      r"(?:why do you say|why would you say|what makes you say|why did you say)\b")


def is_elaborate(n: str) -> bool:
    words = len(n.split())
    return (words <= 14 and bool(_ELABORATE.search(n))) or (words <= 10 and bool(_ELABORATE_ANYWHERE.search(n)))


_OPENS_ELABORATE = re.compile(r"^(?:[\w']+\s+){0,4}?(?:tell me more|how so|why do you say (?:that|so)|say more)\b")


def opens_elaborate(n: str) -> bool:
    """ "Tell me more, how did you manage that ...?", "Only a third? Why do you say that, where
    does the rest go?": a turn that opens by asking for more, and points back, asks for more of
    the last answer, whatever else it names on the way."""
    return bool(_OPENS_ELABORATE.match(n)) and refers_back(n)


def asks_why_said(n: str) -> bool:
    return bool(_WHY_SAY.search(n))


# Asking a topic a second time on purpose ("sorry, going back to pay, what did you say...?"):
# 35 of the 37 recaps the writers of the conversation sets wrote carry one of these.
_ASKS_AGAIN = re.compile(
    r"\b(?:again|going back|go back|goes back|back to|back up|coming back|come back to|did you say"
    r"|you (?:said|mentioned|told me)|(?:asked|said) (?:(?:this|that|it) )?already|one more time"
    r"|remind me|forgot|earlier|to confirm|once more|(?:where|what) (?:we|i) started)\b")


# The same, said so plainly that it stands without an earlier question on the topic (the earlier
# one may have been misheard): not "earlier", "back to school" or "would you do it again".
_SAYS_AGAIN = re.compile(
    r"\b(?:did you say|going back|back up|one more time"
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
