"""How people ask the eight classic questions, shared by every scenario.

Scenario authors write a few example phrasings per topic; users say things nobody wrote
down. This lexicon carries the general knowledge of how each classic question is asked so
that no scenario has to repeat it: weighted cue patterns (matched against the normal form
of `practice.scenario.text.normalize`: lower case, contractions spelled out, numbers as
digits) and typical wordings for the similarity matcher. Patterns name concepts, not
sentences: "typical|normal|average ... day|week|shift" rather than one fixed question.

Weights: about 1.0 for a cue that alone identifies the topic, 0.5 for a strong hint, 0.25
for a word that only leans that way. Intents (thanks, referrals) use the same form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from practice.scenario.wordings import EXAMPLES  # the classic questions' wordings (re-exported)

# What someone does not like: the downsides ("what don't you like about it?"), not "civil and
# not like mechanical" (rather than). Also read by `understanding`, where the sentence vectors
# hear "what do you like" in it.
NOT_LIKING = (r"\b(?:not|never) (?:you |i |they |really |even )?(?:like|enjoy|love)\b"
              r"(?! (?:a|an|the|other|some|in|at|with|[a-z]+al)\b)")
_DAY = r"(?:day|days|week|weeks|shift|shifts|morning|mornings|workday|workweek|tuesday|monday|wednesday|thursday|friday)"
_JOB = r"(?:job|jobs|work|role|roles|position|career|profession|field|industry|line of work|occupation|area|sector|discipline|trade|craft)"
_YOU_DO = r"(?:you do|you are doing|you have done|you did|your job|your work|your role)"

CUES: dict[str, list[tuple[str, float]]] = {
    "enjoy": [
        (r"\benjoy\w*", 1.0),
        (r"\b(?:love|loving)\b", 0.8),
        (r"\bfavou?rite (?:part|thing|aspect|bit|moment|day|project|task|time)", 1.0),
        (r"\bbest (?:part|thing|aspect|bit|moments?|days?)\b", 0.9),
        (r"\b(?:reward\w*|fulfil\w*|satisf\w*|gratif\w*|meaningful|meaning|purpose)\b", 0.8),
        (r"\b(?:you|do you|you really|you most) like\b(?! to (?:know|ask|hear))", 0.6),
        (r"\blike (?:the )?(?:most|best)\b(?! and (?:the )?least)", 0.7),
        (r"\b(?:gets?|makes?) you (?:excited|happy|smile|motivated|up in the morning|want to)\b", 0.9),
        # liking weighed against disliking is a question about something else (culture, perks)
        (r"\blike (?:and|or) (?:dislike|not like|hate)|\b(?:best|most) and (?:the )?(?:least|worst)\b", -1.2),
        (r"\b(?:not|never|hardly) (?:you |i |they |people |really )?(?:like|enjoy|love)\b", -1.5),
        # ... and liking what happens away from work is small talk
        (r"\b(?:outside (?:of )?work|days? off|weekends?|free time|spare time|for fun|hobb\w*|evenings)\b", -1.0),
        (r"\b(?:happy|happiest|happiness|joy|fun|proud|proudest|excit\w*|passion\w*|energi[sz]\w*|motivat\w*|inspir\w*|highlight\w*)\b", 0.6),
        (r"\bkeeps? you (?:going|coming|in|there|motivated|interested)\b", 0.9),
        (r"\bout of bed\b", 0.9),
        (r"\bwhy (?:do you|you) (?:stay|keep|still|do (?:it|this|what you do))\b", 0.7),
        (r"\b(?:draws?|pulls?) you\b", 0.3),
        (r"\blight(?:s)? you up\b", 0.9),
        (r"\b(?:glad|worth it|worthwhile|worth doing)\b", 0.6),
        (r"\blook forward to\b", 0.9),
        (r"\bget (?:the most|a lot|so much|the most satisfaction) out of\b", 0.9),
        (r"\b(?:appeals?|appealing|attract\w*) (?:to )?you\b", 0.8),
        (r"\bwhat (?:do|did) you (?:like|love|enjoy)\b", 0.6),
    ],
    "day_to_day": [
        (r"\b(?:typical|normal|average|ordinary|regular|usual|standard|common|everyday|general) " + _DAY, 1.0),
        (r"\b(?:day to day|daily|everyday|day in day out|hour to hour|hour by hour|day by day)\b", 1.0),
        (r"\b(?:monday|tuesday|wednesday|thursday|friday)\b", 0.6),
        (_DAY + r" (?:\w+ ){0,3}?(?:look|looks|looked|go|goes|usually|like|involve|consist)", 0.8),
        (r"\b(?:describe|explain|tell me) what you (?:actually |really )?do\b", 0.8),
        (r"\bfrom the (?:moment|minute|time) you\b", 0.5),
        (r"\bevery day\b.*\b(?:same|different|similar|alike)\b", 0.8),
        (r"\b(?:each|every|any 2|from 1) (?:day|week|shift)s?\b", 0.4),
        (r"\b(?:walk|talk|take) me through\b", 0.6),
        (r"\b(?:yesterday|today|this morning|start to finish|beginning to end|start of (?:the|your) day|end of (?:the|your) day)\b", 0.6),
        (r"\bfirst thing (?:you do|in the morning|when)\b", 0.9),
        (r"\b(?:responsible for|in charge of|accountable for|main (?:things|jobs|tasks|duties)|what you handle)\b", 0.9),
        (r"\b(?:regular|set|fixed|normal|standard|usual|office|9 to 5|9 5) hours\b", 0.9),
        (r"\b(?:routine|schedule|calendar|agenda|timetable|workload)\b", 0.7),
        (r"\b(?:duties|responsibilit\w*|tasks?)\b", 0.8),
        (r"\bspend (?:most of )?(?:your|the|a) (?:time|days?|hours?|week)", 0.9),
        (r"\b(?:time|day|days|week|hours)\b.{0,25}\b(?:spent|split|divided|divide|allocate\w*|break down|broken down|balance)\b", 0.9),
        (r"\b(?:your|the|a|most) (?:days?|weeks?|shifts?)\b.{0,25}\b(?:same|different|similar|alike|vary|varies|varied|predictable|repetitive)\b", 0.9),
        (r"\b(?:get|arrive|come in|get in) (?:to work|at work|to the office|in the morning)\b.{0,40}\b(?:happen\w*|do|first)\b", 0.8),
        (r"\bwhat happens (?:first|next|after|during|on a)\b", 0.5),
        (r"\b(?:what|how much)(?: do)? you (?:actually|really|mostly|usually) do\b", 0.8),
        (r"\bdo (?:all day|every day|each day|on a given day|day to day)\b", 0.9),
        (r"\b(?:involve|involves|entail|entails|consist|consists)\b", 0.6),
        (r"\b(?:get in|arrive|clock in|start your day|wake up|first thing)\b", 0.4),
        (r"\bin (?:meetings|the office|the field)\b", 0.3),
        (r"\bhours?\b", 0.3),
        (r"\bsame every day\b", 0.8),
        (r"\b(?:predictable|varied|variety)\b", 0.4),
        (r"\b(?:what|how) (?:do you|does your) (?:job|role|work) (?:look|consist|involve)", 0.8),
    ],
    "stereotypes": [
        (r"\bstereotyp\w*", 1.2),
        (r"\b(?:misconception\w*|myths?|clich\w*|preconception\w*|misperception\w*|caricature\w*|tropes?)\b", 1.1),
        (r"\b(?:people|outsiders|others|everyone|everybody|folks|the public|friends|family|families|parents|relatives|society|strangers)\b.{0,25}\b(?:think|thinks|assume|assumes|believe|imagine|expect|picture|misunderstand|get wrong|say|see|view|perceive)\b", 0.9),
        (r"\b(?:wrong|false|mistaken|outdated|inaccurate) (?:idea|impression|image|picture|view|notion|belief)s?\b", 1.0),
        (r"\b(?:people|outsiders|others|friends|family|strangers)\b.{0,25}\b(?:surprised|shocked|amazed|confused)\b", 1.1),
        (r"\b(?:when you tell|tell people|meet people|at parties)\b", 0.6),
        (r"\b(?:understand|get|appreciate|know) what you (?:actually |really )?do\b", 0.8),
        (r"\b(?:idea|impression|notion)s? (?:of|about) (?:what|your|the|people)\b", 0.5),
        (r"\b(?:assumption\w*|perception\w*|reputation|image|impression\w*|portray\w*|depict\w*)\b", 0.6),
        (r"\b(?:tv|television|movies?|films?|media|hollywood|shows?)\b", 0.6),
        (r"\b(?:hold|holds|held) (?:true|up)\b", 0.7),
        (r"\b(?:true|accurate|fair|false|wrong|untrue|right) (?:about|and which|or not)\b", 0.5),
        (r"\b(?:get wrong|gets wrong|misunderstand\w*|misunderstood|not true|is not true|are not true|is true|are true|bust)\b", 0.6),
        (r"\b(?:common|popular|widespread|general) (?:belief|view|idea|picture|opinion|perception|image|wisdom)s?\b", 0.8),
        (r"\b(?:reality|really like) (?:compare|versus|vs|match|from the outside)", 0.6),
        (r"\bfrom the outside\b", 0.5),
        (r"\b(?:expectation|expectations) (?:vs|versus|and reality|match)", 0.6),
    ],
    "culture": [
        (r"\bcultur\w*", 1.2),
        (r"\b(?:atmosphere|vibe|vibes|environment|climate|dynamics?|morale|camaraderie)\b", 0.8),
        (r"\b(?:colleagues?|coworkers?|co workers?|teammates?|peers|people you work with|the people|your team|the team|staff)\b", 0.5),
        (r"\b(?:boss|bosses|manager|managers|management|leadership|leaders)\b", 0.3),
        (r"\b(?:get along|collaborat\w*|supportive|support each other|toxic|politics|political|values|competitive|cutthroat|friendly|hierarch\w*|inclusive|diversity|respect\w*)\b", 0.6),
        (r"\b(?:what is it|what is|how is it|it is) like (?:to work |working )?(?:there|at|for|in your|in the)\b", 0.5),
        (r"\b(?:workplace|organi[sz]ation|company|office|firm|agency|department|unit|school|hospital|employer|place to work|place you work|where you work)\b", 0.3),
        (r"\btreat (?:each other|one another|people|employees|staff)\b", 0.8),
        (r"\b(?:disagree\w*|conflict\w*|feedback)\b", 0.4),
        (r"\b(?:best and (?:the )?least|least (?:liked|favorite)|like (?:best|least) about (?:the|your) (?:team|company|organi[sz]ation|workplace|place))\b", 0.7),
        (r"\b(?:way|how) (?:your|the) (?:team|company|workplace|organi[sz]ation|place|office|unit|department|school|firm|agency) (?:works|operates|runs|functions|is run|is managed)", 0.8),
        (r"\b(?:how (?:the|your) (?:team|company|workplace|place|organi[sz]ation) (?:works|operates|runs))\b", 0.6),
        (r"\b(?:fit in|belong\w*)\b", 0.5),
        (r"\b(?:way|how) things (?:run|work|are run|are done|get done|operate)\b", 0.8),
        (r"\b(?:sociali[sz]e|hang out|after work drinks|outside of work together|team events?|social events?|friends at work|work friends)\b", 0.8),
        (r"\b(?:office|workplace|team|company) (?:politics|drama|dynamic\w*|spirit)\b", 0.9),
    ],
    "perks_and_downsides": [
        (r"\bperks?\b", 1.2),
        (r"\b(?:benefits?|upsides?|downsides?|drawbacks?|disadvantages?|advantages?|pros and cons|pros|cons|trade ?offs?|tradeoffs?|catch)\b", 1.0),
        (r"\b(?:hardest|worst|toughest|most difficult|most frustrating|most annoying|most stressful|least favou?rite|least enjoyable|least fun|most challenging|biggest challenge|least rewarding) (?:part|thing|aspect|bit|parts|things|aspects)?", 0.9),
        (r"\b(?:like|enjoy|love) (?:the )?least\b", 1.0),
        (NOT_LIKING, 1.0),
        (r"\b(?:work ?life balance|life balance|balance)\b", 0.9),
        (r"\b(?:dislike|do not like|do not enjoy|hate|annoy\w*|frustrat\w*|tedious|boring|stressful|draining|difficult|hard|tough|challeng\w*)\b", 0.5),
        (r"\b(?:unexpected\w*|surprising|surprised you|did not expect|not expect|caught you off guard|nobody tells you|no one tells you)\b", 0.4),
        (r"\b(?:pay|paid|salary|salaries|compensation|money|bonus\w*|vacation|holidays?|time off|flexib\w*|remote|travel|pension|insurance|hours)\b", 0.5),
        (r"\b(?:good|bad|best|worst|nice|great|negative|positive) (?:sides?|parts?|things|aspects?|points?)\b", 0.6),
        (r"\b(?:sacrific\w*|cost|price you pay|toll|burnout|burn out|stress|stressed|pressure)\b", 0.5),
        (r"\b(?:long|crazy|late|unsocial|antisocial|overtime) hours\b|\bhours (?:long|bad|crazy)\b", 0.8),
        (r"\b(?:catch|negatives|minuses|pitfalls|bad parts|bad sides)\b", 0.8),
    ],
    "path": [
        (r"\bhow (?:did|do) you (?:first )?(?:get(?! along| on with)|end up|wind up|land|break|come|start|find|decide|choose|become|begin|make|transition|move|switch|arrive|get started|get into|fall|pick|settle on|go for)\b", 0.9),
        (r"\b(?:end|ended|wind|wound) up\b", 0.8),
        (r"\b(?:path|journey|route|trajectory|background|story|pathway|road|way in|entry point)\b", 0.7),
        (r"\b(?:break|get|got|getting|breaking|go|went|come|came|move|moved|transition\w*|switch\w*|pivot\w*) into\b(?! work)", 0.7),
        (r"\b(?:degree|degrees|training|trained|education|educational|qualification\w*|qualified|certif\w*|credential\w*|licens\w*|school|schooling|studied|major|majored|coursework|bootcamp|diploma|apprentice\w*|internship\w*|university|college|masters|phd)\b", 0.6),
        (r"\b(?:did you study|should i study|to study|study at|study in|course of study|i study)\b", 0.6),
        (r"\b(?:recommend|suggest|should|advise) (?:that )?(?:i|someone|one|a person|people) (?:study|learn|take|read|get|pursue)\b", 0.9),
        (r"\b(?:go|going|went) back to (?:school|college|university|uni)\b", 1.0),
        (r"\b(?:skills?|skill set|abilities|competenc\w*|strengths?|traits?|qualities|experience (?:do|did|does|would|should))\b", 0.7),
        (r"\b(?:need|needed|required|requires|require|takes|take|it take) (?:to )?(?:get|become|be|do|succeed|land|work|make it|get hired)", 0.5),
        (r"\bhow (?:would|could|should|can|might|do) (?:i|someone|one|a person|people|somebody) (?:get(?! along| on)|break|start|become|prepare|enter|land|make)\b", 0.9),
        (r"\b(?:prepare|preparation|get ready|stand out|competitive candidate)\b", 0.5),
        (r"\b(?:first job|started out|starting out|career change\w*|changed careers|switch\w* careers|got started|get started|got your start|your start|began your career|start(?:ed)? your career)\b", 0.7),
        (r"\bwhat (?:led|brought|drew|attracted|pushed|steered|got|made) you\b", 0.9),
        (r"\bwhy did you (?:choose|pick|go|get|decide|become|join|enter|move|switch|want)\b", 0.8),
        (r"\b(?:hired|get hired|got hired|got the job|get the job|got this job|landed)\b", 0.6),
        (r"\b(?:always (?:know|knew|want|wanted|plan|planned|dream\w*|imagine\w*|see yourself|intend\w*)|your plan|the plan|dream job)\b", 0.8),
        (r"\b(?:out of school|straight out|right after|before this|before that|previous\w*|prior)\b", 0.4),
        (r"\bhow (?:long|many years) have you\b", 0.4),
        (r"\bhow did you (?:know|realize|realise|decide|figure out|discover|choose)\b", 0.9),
        (r"\b(?:right|good) (?:field|fit|career|job|path|choice|move|profession) for you\b", 0.9),
        (r"\b(?:grad school|graduate school|grad|postgrad\w*|undergrad\w*|apprenticeship)\b", 0.7),
    ],
    "wish_known_earlier": [
        (r"\bwish(?:ed|es)? (?:you|i|someone|somebody|they|people|anyone|that)\b", 1.0),
        (r"\b(?:had|would have|could have) (?:known|been told|realized|understood|learned|learnt)\b", 0.8),
        (r"\b(?:known|knew|told|learned|realized) (?:earlier|sooner|before|back then|at the start|at the beginning|when you started|when you began|from the start)\b", 1.0),
        (r"\b(?:younger self|younger you|younger me|past self|your past|go back in time|turn back the clock)\b", 1.0),
        (r"\bgo back (?:to (?:the start|the beginning|when|your first|being)|and (?:change|do|tell))", 1.0),
        (r"\b(?:tell|say to|advise|warn) (?:yourself|your (?:younger|past|old|former|\d+ year old) self)\b", 1.0),
        (r"\bif you (?:were|could be|was) (?:\d+|young|younger|starting|new|just starting)\b.*\b(?:again|now|today)\b", 0.9),
        (r"\b(?:advice|tips?|pointers?|recommendation\w*|words of wisdom|suggestions?)\b", 0.6),
        (r"\b(?:do|done|have done|would do|approach) (?:it |things |anything )?differently\b", 1.0),
        (r"\bdifferently\b", 0.6),
        (r"\b(?:start over|do it (?:all )?(?:over|again)|if you could redo|redo|over again|all again|again from scratch)\b", 0.9),
        (r"\b(?:start|begin|do|restart|redo|choose|pick|go into)\b.{0,25}\b(?:over|again)\b", 0.9),
        (r"\bwhat would you (?:change|tell|say|advise|warn)\b", 0.7),
        (r"\b(?:mistakes?|hard way|lessons?|learned the hard)\b", 1.2),
        (r"\bregret\w*", 1.6),
        (r"\b(?:first (?:year|day|month|week|job|few months|few years|months|years)|early (?:on|days|in your career)|starting out|just starting|new to the|newcomers?|beginners?|someone new|somebody new|new hire|fresh|green|rookie)\b", 0.5),
        (r"\b(?:nobody|no 1|no one) (?:told|warned|tells|mentions)\b", 0.9),
        (r"\b(?:know now|knows now|now that you know|in hindsight|hindsight|looking back|look back)\b", 0.8),
        (r"\b(?:too late|the hard way|late in the game|sooner|earlier on)\b", 0.9),
        (r"\b(?:done|learned|learnt|started|known|realized|realised)\b.{0,20}\b(?:sooner|earlier|too late|younger)\b", 0.8),
        (r"\b(?:which|wished?) you (?:had|would have|would) (?:known|know|knew)\b", 0.9),
        (r"\b(?:you )?(?:new|knew) (?:when|before) you (?:started|began|joined)\b", 0.8),
        (r"\bsurprised you (?:most|the most)? ?(?:in|at|when|during) (?:your )?(?:first|the beginning|the start|early)", 0.6),
    ],
    "future": [
        (r"\bfutur\w*", 1.1),
        (r"\b(?:heading|headed|evolv\w*|chang\w*|shift\w*|transform\w*|develop\w*|direction|trends?|trending|outlook|forecast\w*|predict\w*|prospects?)\b", 0.45),
        (r"\bwhere\b.{0,30}\b(?:going|head|heading|headed|go|end up in)\b", 0.8),
        (r"\b(?:next|coming|upcoming) (?:\d+ |few |couple of |several )?(?:years?|decades?|months)\b", 0.9),
        (r"\b(?:\d+|few|couple of) (?:years?|decades?) (?:from now|time|down the road|out|ahead)\b", 0.9),
        (r"\bin (?:\d+|a few|the coming) (?:years|decades)\b", 0.9),
        (r"\b(?:in|over|within) (?:a|the next|the coming|another|\d+) (?:decade|decades|generation)\b", 0.9),
        (r"\b(?:going to|will|gonna) (?:look|be|feel|change|happen)\b", 0.6),
        (r"\blook (?:different|like) (?:in|by|down the)\b", 0.6),
        (r"\b(?:ai|artificial intelligence|automation|automat\w*|machine learning|robots?|chatgpt|technology|technologies|tech|software|digital)\b", 0.5),
        (r"\b(?:replace|replaced|obsolete|disappear\w*|still exist|go away)\b", 0.8),
        (r"\bdisrupt\w* (?:the |your |this |our )?(?:field|industry|sector|profession|market|work)", 0.8),
        (r"\b(?:where is|where are|where do you see|where will) (?:the |your |this )?(?:\w+ )?(?:field|industry|profession|role|job|work|sector|area|things)?\b", 0.4),
        (r"\b(?:growing|growth|grow|shrinking|demand|in demand|job market|market look)\b", 0.6),
        (r"\b(?:down the (?:pipe ?line|road|line)|on the horizon|around the corner|coming up|ahead|what is next|next big|keep an eye on|watch out for)\b", 0.8),
        (r"\b(?:new|emerging|latest|recent) (?:developments?|technolog\w*|tools?|trends?|ideas?|approaches|regulations?)\b", 0.6),
        (r"\bchanges? (?:in|to|coming|ahead|happening|across|on the way)\b", 0.8),
        (r"\b(?:evolv\w*|transform\w*)\b", 0.5),
    ],
}

# Words that lean toward a topic wherever they appear in a question. Each adds a little
# evidence; several together add up. They catch wordings no pattern above foresaw.
TOPIC_WORDS: dict[str, dict[str, float]] = {
    "enjoy": dict.fromkeys("""enjoy love like favorite favourite best reward rewarding fulfil
        fulfilling satisfy satisfying satisfaction happy happiest joy fun proud passion passionate
        excite exciting excited motivate motivation meaningful worthwhile appeal inspire highlight
        thrill energize gratifying pleasure delight""".split(), 0.35),
    "day_to_day": dict.fromkeys("""day days daily typical normal average ordinary usual usually
        routine schedule week weekly morning afternoon hours calendar tasks task duties
        responsibilities workload spend spent busy meetings shift shifts divided split
        monday tuesday wednesday thursday friday involve entail consist""".split(), 0.3),
    "stereotypes": dict.fromkeys("""stereotype stereotypes misconception myth myths cliche assume
        assumption assumptions perception perceive reputation image impression wrong idea
        portrayed portray tv television movies films media outsiders public true false accurate
        misunderstand misunderstood expect expectations reality think""".split(), 0.3),
    "culture": dict.fromkeys("""culture atmosphere environment vibe colleagues coworkers team
        teammates people staff management manager boss leadership values collaborative
        supportive toxic politics socialize friendly competitive hierarchy morale workplace
        office company organization organisation treat respect inclusive diverse""".split(), 0.3),
    "perks_and_downsides": dict.fromkeys("""perk perks benefit benefits downside downsides drawback
        drawbacks advantage disadvantage pros cons upside hardest worst toughest difficult
        frustrating frustration annoying stress stressful pay salary money compensation bonus
        vacation holiday flexibility flexible remote hours pension insurance sacrifice tradeoff
        negative negatives dislike hate challenge challenges unexpected surprise balance
        draining tiring exhausting""".split(), 0.3),
    "path": dict.fromkeys("""path journey route background start started begin began career
        degree major education training trained qualification qualifications
        certification certificate license school college university grad bootcamp course
        courses skills skill experience hired hire land landed apply applied become became
        choose chose decide decided switch transition pivot entry break prepare""".split(), 0.3),
    "wish_known_earlier": dict.fromkeys("""wish wished known knew earlier sooner hindsight
        younger advice advise tip tips lesson lessons mistake mistakes regret regrets
        differently beginner newcomer novice looking back retrospect warn warned told
        starting late learned""".split(), 0.3),
    "future": dict.fromkeys("""future heading headed trend trends direction evolve evolving
        change changing changes next years decade decades ahead upcoming emerging predict
        forecast outlook automation ai artificial technology technologies replace obsolete
        growth growing demand coming horizon tomorrow prospects shift shifting""".split(), 0.3),
}


# Not topics but things people say: answered from the scenario's `responses`.
INTENT_CUES: dict[str, list[tuple[str, float]]] = {
    "referrals": [
        (r"\b(?:anyone|anybody|someone|somebody|other people|others|people|colleagues|contacts?|who|whom) (?:else )?(?:(?:do|would|could|that|who) )?(?:you )?(?:think |recommend |suggest )?(?:i |that i )?(?:should|could|might|would|can|may|ought to)? ?(?:talk|speak|reach out|connect|contact|chat|meet|get in touch|learn from)\b", 1.0),
        (r"\b(?:introduce|connect|put) me (?:to|with|in touch)\b", 1.0),
        # "anyone at another utility you think i should talk to", "any other engineers i could talk to"
        (r"\b(?:anyone|anybody|someone|somebody|any other \w+|other \w+|people)\b.{0,70}\b(?:i|me) (?:should|could|might|can|ought to|would) (?:\w+ )?(?:talk|speak|reach out|chat|connect|meet|have a (?:chat|word|coffee)|ask)\b", 1.0),
        # "anyone you'd point me to who came into research from policing?"
        (r"\b(?:anyone|anybody|someone|somebody)\b.{0,20}\byou (?:would |could |might |can )?(?:point|send|refer|direct) me\b", 1.0),
        # "Do you know anyone who moved into marketing from a technical career?", "Is there anyone
        # you know who came into teaching later in life?", "one of your inspectors maybe, who'd
        # have a coffee with me": someone like the user, to hear from
        (r"\b(?:do|would) you (?:happen to )?know (?:a|an|any|anyone|anybody|someone|somebody|of anyone|of someone|people|other \w+)\b"
         r"(?: \w+){0,3} (?:who|that) (?:came|moved|switched|went|started|changed|retrained|trained)\b", 1.0),
        (r"\b(?:is there|are there) (?:anyone|anybody|someone|somebody|people)\b.{0,30}\b(?:you know|you could think of)\b", 1.0),
        (r"\b(?:who would|who'd|who could|who might|that would|that could) (?:be up for |be willing to )?"
         r"(?:have|grab|get) (?:a )?(?:coffee|chat|quick chat|call|word) with me\b", 1.0),
        (r"\b(?:introduction|introductions|intro|intros|referral to|point me to|point me toward\w*|point me in the direction)\b", 0.7),
        (r"\b(?:who else|anyone else|anybody else|other people|someone else|somebody else|few people|couple of people|other professionals|other folks)\b", 0.7),
        (r"\b(?:who|anyone|anybody|someone|somebody|people|others|colleagues|contacts)\b.{0,40}\b(?:talk|speak|reach out|connect|contact|chat|meet|get in touch|learn from|network)\b", 0.8),
        (r"\b(?:talk|speak|reach out|connect|chat) (?:to|with) (?:next|anyone|someone|somebody|other)\b", 0.8),
    ],
    "thanks": [
        (r"\b(?:thank|thanks|thankyou|grateful|appreciate\w*|cheers)\b", 1.0),
        (r"\b(?:really|so|very) (?:helpful|useful|insightful|generous|kind)\b", 0.4),
        (r"\b(?:great|nice|lovely|wonderful|good) (?:talking|speaking|chatting|meeting) (?:to|with)? ?you\b", 0.8),
        (r"\b(?:have a (?:good|great|nice) (?:day|evening|night|weekend|shift)|take care(?! (?:of|to|not|that|with)\b)|bye|goodbye)\b", 0.6),
    ],
}

Compiled = tuple[re.Pattern | None, list[tuple[re.Pattern, float]]]
_compiled: dict[str, Compiled] = {}


def compiled(table: dict[str, list[tuple[str, float]]], key: str) -> Compiled:
    """A key's cues, each compiled with its weight, and all of them as one pattern (None for no
    cues): most topics' cues are absent from most turns, and one search that finds none
    replaces a dozen (the matcher asks every topic, every turn)."""
    cache_key = f"{id(table)}:{key}"
    if cache_key not in _compiled:
        cues = table.get(key, [])
        anything = re.compile("|".join(f"(?:{p})" for p, _ in cues)) if cues else None
        _compiled[cache_key] = (anything, [(re.compile(p), w) for p, w in cues])
    return _compiled[cache_key]


def compile_all() -> None:
    """Compile every cue now (0.2 s on this project's machine), while the greeting plays,
    rather than on the first reply."""
    for table in (CUES, INTENT_CUES):
        for key in table:
            compiled(table, key)


def cue_score(table: dict[str, list[tuple[str, float]]], key: str, normal_text: str) -> float:
    """Sum of the weights of the cues found in `normal_text` (each cue counts once)."""
    anything, cues = compiled(table, key)
    if anything is None or not anything.search(normal_text):
        return 0.0
    return sum(w for pattern, w in cues if pattern.search(normal_text))


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Every literal word the lexicon knows, for correcting misheard words toward them
    (built from constants: once per process, not once per interviewee)."""
    words: set[str] = set()
    for table in (CUES, INTENT_CUES):
        for cues in table.values():
            for pattern, _ in cues:
                cleaned = re.sub(r"\\[bws]|\(\?[:!=]|[\\()|?*+\[\]^$]", " ", pattern)
                words.update(w for w in re.findall(r"[a-z]{3,}", cleaned))
    for table in TOPIC_WORDS.values():
        words.update(w for w in table if len(w) >= 3)
    for examples in EXAMPLES.values():
        for example in examples:
            words.update(re.findall(r"[a-z]{3,}", example.lower()))
    return frozenset(words)


# The format-2 topics (pay, remote work, ...) have their own module; merged here so matching
# reads one set of tables.
from practice.scenario import lexicon_more as _more  # noqa: E402

for _table, _extra in ((CUES, _more.CUES), (TOPIC_WORDS, _more.TOPIC_WORDS),
                       (EXAMPLES, _more.EXAMPLES)):
    for _key, _value in _extra.items():
        _table.setdefault(_key, _value)
