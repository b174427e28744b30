"""Turns a professional would not answer as asked: rude remarks, personal questions, gossip,
favours, the organisation's own material, and questions wildly off the interview.

Split from `practice.scenario.acts` (the turn classifier's cues), as its largest family: the
hardest part is not to redirect everyday words ("the boring parts", "that sounds awful",
"politicians leaned on me"), so the rules here come in pairs, a cue and what excuses it.
Patterns run on the normal form of `practice.scenario.text.normal`.
"""

from __future__ import annotations

import re

from practice.scenario.text import stem

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
    r"|(?:nobody|no one) (?:ever )?(?:reads|looks at|cares about|uses|needs)"
    r"|(?:being )?paid (?:a lot |loads |so much |good money |well |big money )?to (?:just )?(?:watch|sit|chat|play|talk to people)"
    # sets ao-ap: the field run down as a whole ("half of it is snake oil", "this whole data
    # science thing is a bubble", "hospitals here are only business", "a lot of notions")
    r"|snake oil|(?:whole|entire) (?:\w+ ){0,3}(?:thing|field|industry|business) (?:is|s) (?:just )?(?:a )?(?:bubble|fad|scam|con|hype)"
    r"|(?:are|is) (?:only|just|all) (?:a )?(?:business|about (?:the )?money)\b(?! (?:side|decision|degree|school|course|skills?|and)\b)"
    r"|(?:all |it all |that all )?sounds like (?:a lot of|a load of|a bunch of|loads of) (?:notions|nonsense|hot air|waffle|fluff|jargon|buzzwords)"
    r"|(?:just )?stand(?:ing)? around|lean(?:ing)? on (?:their |a |the )?shovels?|with extra steps"
    r"|(?:not|is not|does not sound like|do not sound like) (?:exactly )?the hardest job"
    # the organisation's prices, or whole groups of people run down ("your jackets are way
    # overpriced", "kids these days are soft as butter")
    r"|overpriced|rip(?: |-)?off|(?:kids|young people|young ones|youngsters|teenagers|students|millennials|gen z) these days|soft as butter"
    # "Bit of a racket, no?", "a lot of sticky notes and not much else"
    r"|(?:bit of a|such a|total|what a|a bit of a) (?:racket|scam|con|grift)|(?:sounds|seems|looks) like (?:\w+ ){1,8}and not much else"
    r"|minor leagues?"
    # "isn't teaching just for people who couldn't get a proper job", "a job for people who
    # couldn't become real psychologists", "marketing is just lying to people", "bit grubby"
    r"|for (?:people|those|folks|anyone|someone) who (?:could not|can not|cannot|failed to|were not good enough)"
    r"|(?:just|basically|all) (?:lying|lies) (?:to people|for a living)|legali[sz]ed (?:lying|theft)|professional liars?"
    r"|(?:bit|pretty|kind of|sort of|quite|rather|so|really) (?:grubby|sleazy|slimy|scummy|immoral)"
    # "your app logo looks like a kids' game"
    r"|(?:looks?|looked|sounds?) like (?:a |it was made by a |something (?:a|for) )?(?:kids?|child|children|toddler|five year old)(?: s)?"
    r" (?:game|drawing|toy|app|cartoon|made it|did it|drew it))\b")
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
    r"|\b(?:the|those|these|some|any) (?:\w+ )?(?:boring|dull|tedious)\b"
    # sets aq-ar: ability, not a verdict ("the kids who have decided they are useless at maths",
    # not "you are useless at this"); a job left behind ("came from a job full of numbers
    # that was boring")
    r"|(?<!you are )\b(?:useless|stupid|dumb|hopeless) at\b"
    r"|\b(?:job|role|career|position) (?:\w+ ){0,4}(?:that|which) (?:was|got|felt|became) (?:\w+ )?(?:boring|dull|pointless)\b")
# Hearsay put to them to check ("my mates joke marketing is the colouring-in department, what do
# people get wrong?"): a stereotypes question, answered, not the user's own insult.
_HEARSAY = re.compile(
    r"\b(?:people|everyone|everybody|folks|others|some|they|my (?:\w+ ){0,2}(?:friends?|mates?|family|mum|mom|dad|parents|cousins?|brothers?|sisters?|colleagues?|wife|husband|partner|da|pa|ma|nan|nana|gran|granny|grandad|grandma|grandpa|uncle|aunt|auntie))"
    r"(?: \w+){0,3} (?:say|said|says|think|thinks|thought|joke|joked|jokes|call|calls|called|reckon|assume|assumes|told me|tease)\b"
    r"|\bstereotype|\bi (?:have|ve) (?:always )?heard\b|\bany truth\b|\b(?:is|was) (?:that|it|any of that|this) (?:true|fair|accurate|right)\b|\bmyth")
# Someone named, and what follows their pay verb, in the questions about other people's pay
# ("how much does Priya earn", "what does Karen make"): not "how much does a nurse make",
# nor "what does it make you feel", "what did that make of it"
_SOMEONE_NAMED = r"(?!a |an |the |it |that |this |one |1 |someone |somebody |anyone |everyone |people |each |every |your )"
_NOT_AN_OBJECT = r"(?! (?:you|me|us|them|it|him|her|people|someone|anyone|a|the|your|my|for|sense|up|of|things|good|great|from|in)\b)"
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
    # (a name may stand beside the role: "what your boss gloria pulls in"; "make" and "on" are
    # pay only at the end or before an amount: not "does your boss make the final decision",
    # "what does your manager make of it", "is your boss on site much")
    r"(?: (?!usually|often|always|ever|also|really|just|still|actually|never|normally|even|then)[a-z]+)?"
    r"(?: is| are)? (?:earns?|gets? paid|takes? home|pulls? in|pulling down"
    r"|(?:on|makes?)(?=\W*$| (?:a year|per|an hour|a month|money|these days|now|annually|then|roughly|exactly|about|like)\b))"
    r"|(?:boss|manager|supervisor|director|colleague|coworker)s? (?:salary|salaries|pay|wages?|bonus|pay packet)"
    # "How much does your nurse manager make? Just to know ...": the question mark is gone in
    # the normal form, so "make" is pay here by the "how much"
    r"|how much (?:does|did|do) (?:your|the) (?:\w+ )?(?:boss|manager|supervisor|director|head|colleagues?|coworkers?"
    r"|team lead|charge nurse)s? (?:earn|make|take home|get paid)\b"
    # the team's pay, gossip about named people, someone else's data, the firm's own code
    r"|(?:people|folks|others|staff|everyone|guys) (?:on|in) your (?:team|department|unit|group|office) (?:are |get )?(?:paid|earn|make)"
    r"|your (?:teammates|team mates|staff|reports|colleagues|coworkers|co workers) (?:are |get )?(?:paid|earn|make)"
    r"|which (?:\w+ ){0,2}(?:doctors|nurses|teachers|colleagues|managers|engineers|people|clients|customers|bosses|staff|ones)"
    r" (?:are|is|were) the (?:worst|laziest|dumbest|most annoying|least competent|biggest idiots?)"
    r"|(?:is|was) (?:she|he) (?:actually|really|even) (?:any )?good\b|(?:your|the) (?:boss|manager|head|ceo|principal|director)"
    r"(?: [a-z]+)? (?:sounds|seems) (?:long|awful|terrible|annoying|useless|like (?:a |an )?(?:proper |real |total |absolute |bit of a )?(?:nightmare|pain|tyrant|bully))"
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
    r"(?: \w+){0,4} (?:are|is|have|were) (?:the )?(?:\w+ )?(?:difficult|bad|awful|terrible|worst|cute|hot|single|broke|lazy|rude|nightmares?|rough|dodgy|sketchy)"
    # colleagues ranked: "which doctor on your unit is the biggest pain", "which nurse managers
    # at St. Brigid's are easy to work with" (not which firms are good to work for)
    r"|which (?:of (?:the|your) )?(?:\w+ ){0,2}(?:doctors?|nurses?|teachers?|colleagues?|managers?|engineers?|bosses|boss"
    r"|surgeons?|consultants?|coworkers?|co workers?|researchers?|designers?)(?: \w+){0,4} (?:are|is|was|were) (?:the )?"
    r"(?:most |least |really |actually )?(?:(?:easy|easiest|hard|hardest|nice|nicest|difficult|good|best|worst) to work (?:with|under|for)"
    r"|(?:biggest|worst|real) (?:pain|nightmare|idiot)s?)"
    r"|which celebrities|(?:is|are) (?:your|the) (?:boss|manager|head|ceo|principal|director|supervisor|line manager)"
    r" (?:a |an )?(?:real |total |bit of a )?(?:nightmare|difficult|awful|terrible|horrible|pain)"
    r"|(?:others|everyone|people|folks|colleagues) (?:in|on) your (?:team|department|unit|group|office) (?:are |is )?(?:each |all )?on\b"
    # said to be kept secret: gossip asked for ("between you and me", "spill", "i won't tell a soul")
    r"|between you and me|between (?:ourselves|us) (?:are|is|do|does|who|which|what)\b|off the record|spill(?: it| the tea)?(?: lah)?$|spill lah|(?<!\ba )(?<!\bthe )(?<!\bone )(?<!\bthat )(?<!\bthis )(?<!\bmy )(?<!\byour )\bdish\b(?= on (?!a\b|an\b)| the (?:dirt|gossip|tea)\b)|(?:i|we) (?:will not|won't|wont) (?:tell|say) (?:anyone|anybody|a soul|nothing|a word)"
    r"|(?:i|we) (?:will not|won't|wont) breathe a word|you can tell me(?! about| how| what| more| if)"
    r"|who(?:s| is| was) the (?:laziest|dumbest|most annoying|least competent|biggest (?:idiot|pain|slacker)"
    r"|worst(?= (?:one|person|boss|manager|colleague|coworker|doctor|nurse|teacher|engineer|client|customer|of them|on (?:your|the) team)\b|$))"
    # someone named's pay: "what Carla earns", "what's your head teacher on"
    r"|what (?!a |an |the |you |your |nurses |people |most |new |junior |senior |starting |project |work |part |kind |sort |type )\w+ (?:earns|makes|takes home|gets paid|is paid|pulls in)\b"
    # "roughly what does Karen earn as marketing director?", "how much does Priya earn as director?"
    r"|how much (?:does|did) " + _SOMEONE_NAMED + r"\w+ (?:earn|make|take home|get paid)\b" + _NOT_AN_OBJECT +
    # "may I ask how much Priya earns", "what each engineer on your team earns"
    r"|how much " + _SOMEONE_NAMED + r"(?!money |time )\w+ (?:earns|makes|takes home|gets paid|is paid)\b" + _NOT_AN_OBJECT +
    r"|(?:each|every one|everyone|all) (?:of )?(?:your|the) (?:\w+ )?(?:team|staff|colleagues|coworkers|department|crew|people)"
    r" (?:\w+ )?(?:earns?|makes?|gets? paid|is paid|are paid|takes? home)\b"
    r"|(?:each|every|all the|the other) (?:\w+ ){0,2}(?:on|in) your (?:team|department|unit|group|office|crew|firm|school) (?:\w+ )?(?:earns?|makes?|gets? paid|is paid|are paid|takes? home)\b"
    # a service for the user's own house: "could you have somebody come look at the water pressure"
    r"|(?:have|send|get) (?:somebody|someone|(?:one|1) of your (?:\w+ )?(?:guys|crew|team|people)) (?:to )?(?:come )?(?:and )?(?:look at|check|fix|see to) (?:my|our|the)\b"
    # gossip about people they work with: "a doctor who was like really mean", "the founder's
    # family are like absolute nightmares"
    r"|(?:doctor|boss|manager|colleague|coworker|co worker|teacher|nurse|client|customer|founder|owner|director|surgeon)s?(?:(?: s)? family)?"
    r" (?:who (?:was|is|were|are)|are|is|were|was) (?:like )?(?:really |absolute |absolutely |total |a |an |such a )?(?:mean|rude|nasty|horrible|jerks?|nightmares?|idiots?)\b"
    r"|what (?:does|did) " + _SOMEONE_NAMED + r"\w+ (?:earn|make|take home|get paid)\b" + _NOT_AN_OBJECT +
    r"|(?:your|the) (?:head teacher|headteacher|head|deputy|depute|depute head|deputy head|principal|ceo|boss|lead|director|manager) (?:is )?on(?: then\b|(?=\W*$| (?:a year|per|these days|now|roughly|exactly|about|like)\b))"
    r"|(?:share|send|show|give|forward|email) (?:(?:with )?me )?(?:\w+ ){0,4}(?:the )?(?:actual|real|raw|internal|exact) (?:\w+ ){0,2}(?:results|numbers|figures|data|files?|briefs?|plans?|budgets?|estimates|reports?|spreadsheets?|documents?|contracts?|guides?|models?|templates?|transcripts?|notes)"
    # "the city's hydraulic model file", "your unit's orientation binder": the organisation's own
    r"|(?:share|send|show|give|forward|email) (?:(?:with )?me |us )?(?:\w+ ){0,3}(?:the |your )?(?:city|company|council|hospital|school|utility|department|team|unit|firm|agency)(?: s)? "
    r"(?:\w+ ){0,2}(?:model|models|file|files|map|maps|data|plans|guides?|binder|protocols|templates?|database)\b"
    # their organisation's own material: "the presentation for your next campaign", "the questions the panel uses"
    # (not "give me an example of such a presentation": a story asked for, set ao)
    r"|(?:send|sending|share|sharing|forward|forwarding|email|emailing|give|giving|show|showing|see) (?:me |us )?"
    # "that short video you show them instead of slides": what they show others, not asked for
    r"(?!(?:them|him|her|people|clients|stakeholders|everyone|the client|the team|the board)\b)"
    r"(?!(?:a |an |1 |some |another )?(?:example|idea|sense|feel|picture|overview|taste)s?\b)(?:\w+ ){0,6}?"
    r"(?:presentation|deck|slides|prelim papers|exam papers|past papers|roadmap|budget|spreadsheet|binders?|recordings"
    r"|recorded (?:sessions?|interviews?|calls?|tests?)|session recordings?|internal \w+"
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
    r"|(?:read|proofread|look over|look at|check|edit|mark|fix) my (?:\w+ )?(?:essay|personal statement|homework|coursework|dissertation|cover letter|statement)"
    r"|tutor (?:him|her|them|my \w+)|write me a (?:recommendation|reference) letter"
    # a letter vouching for what they have not seen; hours signed off that were not done with them
    r"|write (?:me )?a (?:\w+ )?letter (?:\w+ ){0,4}(?:to )?say(?:ing)? (?:that )?i (?:am|m|was|have)\b"
    r"|sign (?:off|for) (?:some |my |the )?(?:\w+ )?hours\b"
    # rumours about their organisation ("is it true fellcraft is getting bought", "the owners
    # are really tight with money"), their own material ("the take-home exercise you give candidates")
    r"|(?:is|are|was) (?:\w+ ){0,2}(?:getting|being|about to be) (?:bought|taken over|acquired|sold off)\b|takeover rumou?rs?"
    r"|(?:(?:owners?|bosses|founders?|management|directors?) (?:are|is)|(?:are|is) (?:the|your) (?:owners?|bosses|founders?"
    r"|management|directors?)) (?:really |so |super |pretty |a bit |kind of )?(?:tight|stingy|cheap|greedy)\b"
    r"|(?:take home|take-home) (?:exercise|test|task|assignment)s? (?:you|that you|your team|they) (?:give|set|send|use)"
    r"|(?:exercise|test|task|case study|assignment)s? (?:you|that you) (?:give|set|send) (?:to )?(?:candidates|applicants)"
    # a favour from their office: "could you get my parking ticket cancelled"; what other
    # bidders offered, what their own suppliers charge them
    r"|(?:get|have) my (?:\w+ ){0,2}(?:ticket|fine|citation|bill)s? (?:\w+ ){0,3}(?:cancelled|canceled|dropped|waived|removed|reduced|let off)"
    r"|(?:cancel|waive|drop|quash) my (?:\w+ )?(?:ticket|fine|citation)"
    r"|what (?:the )?other (?:companies|firms|bidders|contractors|agencies|consultants) (?:bid|charged|quoted|offered|put in)"
    r"|(?:what|how much) (?:does |do )?your (?:\w+ )?(?:agency|agencies|supplier|suppliers|vendor|vendors|contractor|contractors|consultants?)"
    r" (?:charges?|bills?|costs?|quotes?) (?:you|the company|your company|the city)"
    # venting about the user's own life: "can I vent for a sec?", "my ex is calling again"
    r"|can i (?:just )?vent\b|let me vent\b|my ex (?:is|keeps|never)\b"
    r"|bet (?:she|he|they) (?:is|are) (?:a |an )?(?:real |total )?(?:nightmare|pain|awful|terrible|difficult)|hooking up|(?:are|is) the (?:\w+ )?(?:doctors|nurses|teachers|guys|girls|staff) (?:there )?(?:cute|hot|single))\b")
# Wildly off-topic for an interview (small talk is close to the person; these are not).
_OFF_TOPIC = re.compile(
    r"\b(?:capital of|do my homework|my (?:\w+ )?homework|aliens?|ufos?|tell me a joke|lottery|horoscope"
    r"|zodiac|star sign|crypto\w*|bitcoin|meaning of life|flat earth|conspiracy"
    r"|(?:council|property) tax (?:is )?going up|my (?:council tax|tax|water|phone|energy|electric|gas) bill)\b")

# "No offence, but ...": what follows is a jibe (15 of 17 such turns in sets a-v), unless it
# asks about pay or for the real picture ("... or is there more to it?"); said of what someone
# else says it is still the user's own ("my uncle says government jobs are for people who
# don't want to work hard, no offence")
_NO_OFFENCE = re.compile(r"\b(?:no offen[cs]e|no disrespect|with (?:all )?(?:due )?respect but|i (?:have|ve got) to say it though)\b")
# ("paid to ask obvious questions" is the jibe again, not a question about pay)
_FAIR_QUESTION = re.compile(r"\b(?:or is there (?:more|something)|mortgage|salary|earn|pay|paid(?! to\b)|money)\b")


def is_redirect(n: str, last: str = "") -> bool:
    """A rude, personal or off-topic turn. `last`, their last line in normal form: a word they
    used themselves ("the boring bits") is no insult when the user says it back."""
    weak = _WEAK_RUDE.search(n)
    jibe = _JIBE.search(n) or (weak and not _NOT_RUDE.search(n) and not _theirs(weak.group(0), last))
    rude = _RUDE.search(n) or (jibe and not _HEARSAY.search(n)) or (_NO_OFFENCE.search(n) and not _FAIR_QUESTION.search(n))
    personal = _PERSONAL.search(n)
    # "does your husband really mind?" after they spoke of him: a follow-up, not prying
    personal = personal and not (_FAMILY.search(personal.group(0)) and _theirs(personal.group(0), last))
    return bool(rude or personal or _OFF_TOPIC.search(n))


_FAMILY = re.compile(r"\b(?:boyfriend|girlfriend|husband|wife)$")


def _theirs(phrase: str, last: str) -> bool:
    """Whether the phrase's last word is one they used themselves in their last line, in any
    form ("boring" after "it bored me silly")."""
    word = stem(phrase.split()[-1])
    return bool(last) and any(stem(w) == word for w in last.split())
