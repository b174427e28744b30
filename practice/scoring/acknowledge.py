"""Acknowledgement: does the turn show, in a word or two, that the answer was heard?

"Wow, that's fascinating", "I'm so sorry", "Seventy percent!" (the answer's fact said back in
surprise). Kept apart from the other listening cues because its phrase lists are long and it
is the one cue read off the turn's opening alone: what follows is the question. The answer's
own words said back (an echo, a verdict on their fact, a fact asked back) are read in `echo`.
"""

from __future__ import annotations

import re

from practice.scoring.echo import asked_back, echo, said_back_and_judged
from practice.scoring.runon import question_start
from practice.scoring.text import clean, sentences, words

ACK = re.compile(
    r"\b(?:wow|whoa|that makes (?:a lot of |total |perfect )?sense|makes sense|got it|gotcha|i see|interesting"
    r"|that's (?:really |so |very |super |pretty |such an? )?(?:interesting|great|fascinating|helpful|cool|amazing|awesome|fair|good to know"
    r"|useful|impressive|a great point|a good point|wonderful|exciting|inspiring|insightful|neat|fantastic|incredible|tough|hard)"
    r"|(?:thank you|thanks)(?: so much| very much)? for (?:sharing|explaining|that|this|telling|walking|clarifying|being"
    r"|going into|breaking|the (?:explanation|detail|details|example|insight|context)|your (?:honesty|insight|perspective|candor))"
    r"|fair enough|fair point|i hear you|i (?:totally |completely |really )?understand|i can (?:definitely |totally |really |certainly |only )?(?:imagine|see (?:that|why|how))|love that|fascinating|good point|great point"
    # "congrats on making senior", "oh good i'm twenty three so i'm fine" (sets 1-97: 5 of 5 and 3 of 3
    # labelled acknowledgements)
    r"|congrats|congratulations|oh good\b(?! (?:morning|afternoon|evening|night|grief|lord))"
    r"|good to know|how interesting|oh nice|very cool|so cool|that sounds (?:\w+ )?(?:great|hard|tough|exciting|interesting|amazing|fun|challenging|rewarding|like a lot)"
    r"|i appreciate (?:that|you sharing|you explaining|it)|no way|oh wow|really interesting|awesome|amazing|i didn't know that|huh"
    r"|thank you|thanks|good to hear|i hadn't thought (?:of|about)|i never thought (?:of|about)|i had no idea|i didn't realize"
    # "oh i didn't even think about the owners part", "That's not cheesy at all.", "This is very useful advice."
    r"|i (?:didn't|did not|never|hadn't|had not) (?:even |really )?(?:think|thought) (?:of|about)"
    r"|that's not (?:\w+ )?at all|(?:(?:this|that) (?:is|was|has been)|it (?:was|has been)) (?:so |very |really |super |such |incredibly )?(?:useful|helpful|great|interesting"
    r"|fascinating|eye-opening|good to know|meaningful|valuable|insightful)"
    # "that's the best thing I've heard all week" (sets 1-545: 5 of 5)
    r"|\bbest (?:thing|news|advice|tip) i(?:'ve| have) (?:heard|gotten|had)\b"
    # "Oh, this is very good.", "That is good news." (sets 1-537: 33 of 33 such openings)
    # ("This is very kind.", set 583; not "this is kind of random")
    r"|^(?:(?:oh|okay|wow),? )?(?:this|that|it) is (?:very |so |really )?(?:good\b(?! (?:for|to|at|with|idea)\b)|(?:kind|generous)\b(?! of\b))"
    r"|that's (?:a )?(?:great|good|smart|clever|helpful) (?:idea|tip|advice|point|question)|haha|ha|lol"
    # agreement and borrowing (sets 16-17): "that's smart", "I'm stealing that", "the debt part
    # scares me too", "okay, good", "that's a long way to be on your own"
    r"|that's (?:so |really |very )?(?:smart|wise|brave|clever|sad|a long way|a relief)|i'm (?:totally |so )?stealing that"
    r"|i(?:'ll| will) steal that|(?:scares|worries|scared|worried) me too|me too|same here|^(?:okay|ok),? good\b"
    # sympathy and surprise, as four writers of the interview sets heard them (sets 6-9)
    r"|i'm (?:so |really |very )?sorry"
    # "I am sorry, that sounds very heavy." (sets 1-417: 21 of 23 such turns; not the apology
    # in "I am sorry, maybe this is a strange question", "I am sorry, my English ...")
    r"|i am (?:so |really |very )?sorry\b(?!,? (?:maybe|my|if|for|but|to (?:ask|bother|interrupt))\b)"
    r"|oh,? (?:my (?:gosh|god|goodness)|man|no|really|dear)|yikes|jeez|geez|whoa"
    r"|i (?:totally |completely |really )?get (?:that|it)|i can't (?:even )?imagine|i didn't (?:think|know) (?:about |of )?that"
    r"|i (?:really )?(?:like|love) that|that's not what i expected|that's (?:really |so |very )?(?:kind|generous) of you"
    r"|(?:nice|good|great|encouraging|reassuring|refreshing|comforting|happy) to hear"
    # "I believe you.", "Failing twice and sticking with it says a lot." (set 410); "I really
    # respect that." at the end of what was said back (set 414)
    r"|\bi believe you\b|\bsays a lot\b|\bi (?:really |truly )?respect that\W*$"
    r"|that must (?:have )?(?:hurt|stung|sting)|oh,? i (?:didn't|did not|never) (?:know|realize|realise|knew)"
    # news that changed the user's picture: "Oh, I didn't expect that.", "That's a side I'd never
    # considered.", "Oh, I know that feeling."
    r"|i (?:didn't|did not|never) (?:expect(?:ed)?|consider(?:ed)?|picture[d]?|imagine[d]?) (?:that|it)"
    r"|(?:i'd|i had|i've) never (?:considered|thought (?:of|about)|pictured|imagined|heard (?:of )?)(?: that| it)?"
    r"|i know (?:that|the|this) (?:feeling|pain|struggle)|that's (?:a|one) (?:side|part|angle|thing) i"
    # "That gives me chills.", "Appreciate it, Dwayne.", "I will write that down", "That's way more
    # than I thought", "wait, really?"
    r"|gives? me (?:chills|goosebumps)|^appreciate (?:it|that|you)\b|(?:i'll|i will|let me|gonna|going to|i'm|i am|i) (?:write|jot|note|writing|jotting|noting) (?:that|this|it)(?: one)? down"
    r"|(?:way |much |a lot |so )?(?:more|less|better|worse|bigger|smaller|harder|easier|lower|higher|longer|shorter|cheaper)(?: \w+)? than i (?:thought|expected|pictured|imagined|realized|realised|knew)"
    r"|^(?:good|great|useful|helpful|solid) (?:advice|point)\b"
    # "I hadn't heard of SkillBridge.", "I never would have guessed!", "no kidding", "makes a lot of sense";
    # taking up their advice: "Will do.", "I will."
    r"|i(?:'ve| have)? (?:had not|hadn't|have not|haven't|had never|never) (?:even )?heard (?:of|about)|i (?:never )?would(?:n't| not| never)? have guessed"
    r"|^no kidding|^(?:deal|will do|i will|i definitely will|i'll do that|sounds good|noted)(?:,? (?:for sure|definitely|absolutely|i promise))?(?=\W*$)|makes (?:a lot of|a ton of|total|perfect|so much) sense|^right,?(?: right,?)? (?:okay|ok|yeah|sure|got it|i see)\b"
    # "Right, so the time off is more recovery than reward.", "Right. What does a normal day look
    # like ...?": agreeing with what was said (26 of the 27 such turns of sets 1-345)
    # (and without punctuation, in speech: "right right um so what does a normal day look like",
    # "right okay and how long ...", sets 1-537: 38 of the 44 such turns)
    r"|^right(?=(?:,? right)?[,.!](?! which\b)| (?:so|okay|ok|and|but)\b)"
    # taking up an offer: "I'd really appreciate that.", "Yes please, that would help me a lot."
    r"|\bi(?:'d| would) (?:really |so |truly )?appreciate that\b|\b(?:that|this) would (?:really )?help (?:me )?(?:a lot|so much)\b"
    r"|^wait,? really\b|\bgood for you\b|\b(?:that|it|this) (?:(?:would|'d|will|does|really) )?means? (?:a lot|so much|the world)\b|\bsorry to hear\b|^(?:oh,? )?(?:that's |that is )?too bad\b|^(?:oh,? )?(?:what a )?shame\b|\bi stand corrected\b|\b(?:is|that's|thats) so real\b"
    r"|\b(?:that's|thats|that is) (?:so |really |totally )?not what i (?:pictured|expected|imagined|thought)"
    r"|\b(?:good|great|useful|helpful|solid) tip\b"
    # "That actually makes me feel better.", "This make me feel better." (sets 1-625: 38 of 38)
    r"|^(?:(?:oh|okay|ok|yeah|wow|well),? )?(?:that|this|it) (?:honestly |really |actually |definitely |kind of )?makes? me feel"
    r" (?:a lot |so much |much |way |a little |a bit )?(?:better|good|hopeful|relieved|calmer|less \w+|more \w+)\b"
    # taking up an offer or advice, or granting a delay: "Yes please.", "I'll look that up.",
    # "Totally, no pressure.", "I'll bet." (sets 1-553: 83 of 95, 10 of 10, 2 of 2, 1 of 1)
    r"|^(?:oh,? )?yes,? please\b|^(?:(?:oh|totally|of course|absolutely),? )?no pressure\b|^(?:oh,? )?i(?:'ll| will)? bet(?=[.!,])"
    r"|\bi(?:'ll| will) (?:look (?:that|it|them|those) up|look into (?:that|it|those|them)|check (?:that|it|those|them) out)\b"
    # "Those are good, I will remember them.", "I like this very much." (sets 1-553: 34 of 34, 15 of 15)
    r"|\bi(?:'ll| will) (?:definitely )?remember (?:that|them|it|this|those)\b|\bi (?:really )?like (?:this|that) (?:very much|a lot)\b"
    # sets 56-61: "Okay, I'll do that tonight.", "Okay, that is not so bad for me."; their advice
    # taken up: "Okay, I will read your papers first then.", "okay i will be careful can i ask
    # ..." (sets 1-577: 89 of 89 such openings)
    r"|^(?:okay|ok|alright|yes|yeah|sure|right)(?:,? (?:okay|ok|yes|yeah|sure))?,? (?:i'll|i will)\b"
    # sets 70-73: "that takes patience", "Twenty-two years is remarkable.", "sounds like it could be
    # humbling", "i will um ...", "i honestly didn't realize", "that's what i tell my algebra
    # kids", "that totally tracks"
    r"|\b(?:that|it) takes (?:a lot of |real |some |serious )?(?:patience|guts|courage|dedication|commitment|grit)\b"
    r"|\b(?:is|was|that's|that is) (?:really |truly |pretty )?(?:remarkable|admirable)\b|\bsounds like it (?:could|would|must|might) be (?!the\b)"
    r"|^(?:i will|will do|i'll do that)(?= (?:um|uh|and|so|is|are|do|does|can|could|would|what|how|where|who)\b)|\bi (?:honestly |really |totally )?(?:didn't|did not) realize\b"
    r"|^(?:that's|that is) (?:exactly |just )?what i (?:tell|say|told)\b|\bthat (?:totally |really )?(?:tracks|checks out)\b"
    # sets 66-69: "I really appreciate your honesty", "I'll keep that in mind.", "I did not know
    # this position exists.", "my goodness that's a lot more than i figured", "that surprises
    # me", "that's a little scary for me", "That part sounds wonderful", "man that must feel
    # incredible"
    r"|\bi (?:really |truly |so )?appreciate (?:your (?:honesty|candor|time|advice|perspective)|how (?:candid|honest|open)"
    # "I appreciate the honesty.", "I really appreciate you being so straightforward." (sets 1-657:
    # 9 such turns, all labelled an acknowledgement)
    r"|the (?:honesty|candor|advice|perspective)|you being (?:so |that |really |this )?(?:honest|straight|straightforward|candid|open|upfront|real))"
    r"|\bi(?:'ll| will) (?:definitely |for sure )?keep (?:that|it|this) in mind\b|\bi (?:did not|didn't) know (?:this|there|about that|that)\b"
    r"|^(?:oh,? )?my (?:gosh|god|goodness)\b|\bthan i (?:figured|assumed)\b|\b(?:that|this) (?:really |kind of )?surprises me\b"
    r"|\b(?:that's|that is) (?:a little |a bit |kind of |really |so )?(?:scary|surprising|reassuring|encouraging|wild|intense)\b"
    r"|\bsounds (?:so |really |just )?(?:wonderful|lovely|awesome|fascinating|incredible|cool|nice)\b"
    r"|\bthat must (?:feel|be|have been|have felt) (?:so |really |pretty )?(?:incredible|amazing|wonderful|rewarding|awesome|heartbreaking|terrifying)\b"
    # sets 62-65: "I'm really glad you have that support.", "yeah definitely i will and ..."
    r"|\b(?:i'm|i am) (?:so |really |very )?glad (?:you|to hear|that|it|they)\b|^(?:yeah|yes|okay|ok),? (?:definitely|absolutely|for sure),? i will\b"
    r"|\b(?:that's|that is) not (?:so |too |that )?bad\b(?!,? (?:is|isn't) (?:it|that))"
    # sets 78-81: accepting an offer ("Yes, please, that would be so generous."), "no that's
    # totally fair", "you worked on the returns that's huge"
    r"|\b(?:that would be|that'd be|thatd be) (?:so |really |very |incredibly |super )?(?:kind|generous|helpful|great|amazing"
    r"|wonderful|awesome|perfect|fantastic|brilliant|lovely)\b"
    r"|\b(?:that's|thats|that is) (?:totally |completely |absolutely |very )?(?:fair|huge)\b"
    # "Okay, that helps.", "That really helps." (3 of 3 such openings of sets 1-85 acknowledge)
    r"|^(?:(?:okay|ok|oh|yeah|great),? )?(?:that|this) (?:really |definitely |totally )?helps\b"
    # "That's what scares me.", "yeah that's what scares me honestly": their point taken as one's own
    r"|^(?:(?:yeah|yes|oh|and),? )?(?:that's|thats|that is) (?:exactly |just )?what (?:scares|worries|terrifies|excites|draws) me\b"
    # "What a story.", "Wow, what a journey!": an exclamation over what was told
    r"|^(?:(?:oh|wow|man),? )?what an? (?:\w+ )?(?:story|ride|journey|career|path|experience|privilege|honou?r|adventure|turnaround)(?=\s*(?:[.!,]|$))"
    # taking up their advice: "I will check with them.", "I'll look into that."
    r"|^(?:i will|i'll|i definitely will) (?:check (?:with them|that out|it out|them out|with her|with him)|look into (?:it|that|them|those)"
    r"|do that|try that)\b"
    # a verdict on their advice: "Subbing first is a good idea.", "Going union sounds like the smart call."
    r"|\b(?:is|are|sounds like|seems like) (?:a |the )?(?:really |very |such a |such )?(?:good|great|smart|wise|clever|neat|brilliant|beautiful|lovely|wonderful)"
    r" (?:idea|call|plan|tip|move|trick|rules?|habit|approach)\b"
    # sets 110-113: "Shadowing the radio is a great trick.", "Those are good rules.", "Good for
    # him.", "yeah i hear that" (11 of 11 such turns of sets 1-113 acknowledge)
    r"|^(?:(?:those|these) (?:are|were|sound like) (?:really |such |very )?(?:good|great|smart|wise|clever|solid|helpful) \w+)"
    r"|^(?:(?:ha|wow|oh|well),? )?good for (?:him|her|them|you)\b|^(?:(?:yeah|yes|okay|ok|oh),? )?i hear (?:that|ya)\b"  # ("i hear you" is above)
    r"|\b(?:idea|tip|advice|suggestion) (?:is|sounds) (?:really |so |just )?(?:great|good|smart|brilliant|helpful|perfect)\b"  # "the gradebook idea is great"
    # "Totally understood, feedback alone would be great.", "It doesn't sound corny at all."
    r"|^(?:(?:no|oh|okay|ok),? )?(?:totally|completely|fully) understood\b"
    r"|\b(?:it|that) (?:doesn't|does not|didn't) sound (?:corny|silly|dumb|stupid|weird|cheesy|crazy) at all\b"
    # sets 126-129: "That would solve it.", "Oh, I can relate.", "ok noted", "that's kind of what i'm
    # worried about", "that must be really hard", "Smart."
    r"|^(?:(?:oh|okay|ok|yeah),? )?that would (?:solve|fix) (?:it|that|everything)\b|\bi can (?:totally |really |definitely )?relate\b"
    r"|^(?:ok|okay),? noted\b|\bthat's (?:kind of |exactly |just )?what i(?:'m| was|'ve been) (?:worried|scared|afraid|nervous) (?:about|of)\b"
    # sets 130-133: "What a great way to learn.", "man that's exactly what i miss", "Totally understand."
    r"|^(?:(?:oh|wow),? )?what an? (?:great|good|smart|nice|lovely|wonderful|cool|clever) (?:way|idea|approach|thing)\b"
    r"|\bthat's (?:exactly |just )?what i (?:miss|missed|love|loved)\b|^(?:(?:oh|okay|ok|no),? )?(?:totally|completely) understand\b"
    r"|^(?:(?:yeah|oh|wow),? )?(?:that )+must (?:be (?:so |really |pretty )?(?:hard|tough|rough|difficult|draining|heavy)|take (?:a|its) toll)\b"
    r"(?![^?]*(?:\?|\bright\b|\bhuh\b|\bisn't it\b|\bdoesn't it\b|\byou (?:probably|must)\b|\bi (?:bet|guess|imagine)\b))"
    r"|^smart(?=\W*$)"
    # sets 578-585: "Beautiful sentence.", "That orchestra thing is a great image.", "Guilty.",
    # "Totally.", "the kitchen example is very clear", "I'd lose my mind.", "that's kind of what
    # I was thinking" (sets 1-585: 6 of 6 verdicts on their words, 4 of 4 "Guilty", 6 of 6
    # "Totally", 1 of 1, 27 of 28, 7 of 7 such openings acknowledge)
    r"|^(?:(?:oh|wow|what a)\W+)?(?:beautiful|lovely|great|nice|good|perfect) (?:sentence|line|quote|image|analogy|metaphor|way to put it)\b"
    r"|\bis (?:a |such a )?(?:great|good|beautiful|lovely|perfect|nice) (?:image|analogy|metaphor|way to put it)\b"
    r"|^(?:guilty(?: as charged)?|totally)(?=\W*$|[.!,])|\b(?:example|explanation|analogy|comparison) (?:is|was) (?:very |so |really |super )?(?:clear|helpful)\b"
    r"|\bi(?:'d| would) (?:totally |probably |definitely )?(?:lose my mind|go crazy|hate that|be terrified)\b"
    r"|\bthat's (?:kind of |exactly |just |pretty much )?what i (?:was thinking|thought|figured)\b"
    # sets 570-585: "Roger that.", "Is smart." (a second language's "That's smart"), "yeah that's
    # kind of my worry too" (sets 1-585: 1 of 1, 2 of 2, 5 of 5 such turns acknowledge)
    r"|^(?:(?:oh|okay|ok|yeah)\W+)?roger(?: that)?\b|^(?:(?:oh|okay|ok|yeah|wow)\W+)?(?:is|it's|it is|this is) (?:so |really |very )?(?:smart|wise|clever)\b"
    r"|\b(?:that's|thats|that is) (?:kind of |exactly |also |really |totally |pretty much )?my (?:worry|fear|concern|biggest worry"
    r"|biggest fear|plan|hope|dream|goal|thinking) (?:too|as well|also)\b"
    # sets 242-249: "a church organ are you kidding me", "I never would have thought about the
    # power company.", "I did not know it was a problem.", "Nobody told me that."
    r"|\b(?:are you|you're|you are) (?:kidding|joking)(?: me)?\b(?! (?:about|when|if)\b)"
    r"|\bi (?:never would|would never) have (?:thought|guessed|known)\b"
    r"|\bi (?:did not|didn't|never) know (?:it|that|they|you|there) (?:was|were|is|are|had|could|would)\b"
    r"|\bnobody (?:ever )?told me (?:that|this|about (?:that|this))\b"
    # sets 250-257: "really i wouldn't have thought that", "That really moves me.", "I'd like to
    # believe that.", "They really do."
    r"|\bi (?:wouldn't|would not) have (?:thought|guessed|known) (?:that|it)\b"
    r"|\b(?:that|it|this) (?:really |truly |honestly )?(?:moves|touches|resonates with|inspires) me\b"
    r"|\bi'?d (?:like|love) to (?:believe|think) (?:that|so)\b"
    r"|^(?:(?:oh|yeah|yes)\W+)?(?:they|it|that|you|people) (?:really|sure|totally|definitely|absolutely|certainly) (?:do|does|did|is|are|was|were)(?=\s*(?:[.!]|$))"
    # agreeing with what was said before asking on (sets 40-41): "yeah i bet", "yeah i've heard
    # that", "yeah it was a lot", "yeah that's what my pt said too", "i appreciate you being honest"
    r"|^(?:yeah|yes|yep)\W+(?:(?:yeah|yes)\W+)?(?:i bet|i(?:'ve| have|'d| had)? heard (?:that|about that|the same|as much|the|it)"
    r"|i(?:'ve| have)? read (?:a (?:little|bit|lot) )?about"
    r"|totally|it (?:was|is|sounds like|must be|must have been) (?:a lot|so much|hard|tough|rough|brutal|crazy)"
    r"|that's what (?:my|i|everyone|people|they|he|she)\b)|i appreciate you (?:being|telling|saying|sharing|explaining)"
    r"|(?:that |it )?sounds (?:really |so |incredibly |pretty |super |kind of |a bit |like a )?(?:\w+ )?(?:hard|heavy|stressful|tough|rough|fun"
    r"|tricky|brutal|intense|exhausting|scary|amazing|great|exciting|wild|crazy|nightmare|bunch|balance|lot|perfect|ideal|dream)"
    r"|(?:is|was|that's|thats) (?:a )?(?:really |so |pretty )?(?:long stretch|hell of a|lot of (?:\w+ )?to)|a hell of a"
    # a verdict on what was said, whatever follows it (sets 12-13): "That's encouraging for
    # someone like me", "That makes me feel a lot better", "that rings true", "what a way to put it"
    r"|(?:that's|thats|that is|it's|its) (?:really |so |very |super |pretty |honestly |actually |kind of |quite )?"
    r"(?:encouraging|reassuring|refreshing|comforting|a relief|eye opening|wild|crazy|nuts|insane|intense|brutal|surprising"
    r"|wild to (?:hear|think)|so cool|humbling|heartbreaking|heartwarming|beautiful|lovely|a beautiful|a lovely|a great way|a nice way)"
    r"|(?:that|it|this) (?:really )?(?:makes|made) me feel|(?:that|it) (?:really )?rings true|way to put it|well put"
    # sets 442-449: "Okay, I will.", "okay fair", "This is good news", "that actually helps a lot",
    # "I believe it.", "that actually gives me hope", "that reframes it for me", "oh make sense",
    # "the hours part is what scares me", "this is very sad but also beautiful"
    r"|^(?:(?:okay|ok|yes|yeah|sure),? )?(?:i will|i'll)(?: (?:definitely|do|try|learn|look)(?: (?:that|it|this))?)?(?=\W*$)"
    r"|^(?:okay|ok|yeah|yes),? fair\b|\b(?:this|that)(?:'s| is) (?:really |such |very )?good news\b|^good news\b"
    r"|^(?:(?:okay|ok|oh|yeah|great),? )?(?:that|this) (?:actually|honestly) helps\b|^i believe it(?=\W*$)"
    r"|\b(?:that|this|it) (?:actually |really |honestly |kind of )?gives? me (?:some |a lot of |real |more )?hope\b"
    r"|\b(?:that|this) (?:really )?reframes\b|^(?:oh|okay|ok|ah),? makes? sense\b"
    r"|\b(?:part|thing) is what (?:scares|worries|terrifies) me\b|\bthis is (?:so |very |really )?(?:sad|beautiful)\b"
    # an interjection that opens the turn: news received ("Oof.", "ah that'd be gutting", "och",
    # "wah", "ew that's so gross", "oh dang okay")
    r"|^(?:oh |ah )?(?:oof|ooh|ew+|wah|aw+|ugh|och|blimey|gosh|god|dang|damn|whoa|gee|golly|crikey|jeez|geez|yikes|wowza|dear me"
    # and as they are said in other Englishes: "Híjole, murder trials.", "grabe that's so heavy",
    # "aye that's what i heard", "Bless your heart, sixty hours!", "Well I'll be."
    r"|h[ií]jole|grabe|ehn|aye|chai|haba|hai+ya|ay(?: ay ay| dios(?: mio)?)|bless (?:your|his|her) heart|well i'll be"
    # "man that's a long day", "dude that's sick", said without a comma (sets 1-649: all 118 turns
    # that open so are labelled an acknowledgement; not "dude are there like alligators", a question)
    r"|(?:man|dude|bro)(?! (?:are|is|do|does|did|what|how|why|where|your|hours)\b))(?=\W|$)"
    r"|^(?:oh|ah)(?=\W+(?:that|those|wow|okay|ok|so|right|nice|cool|really|interesting|i see|gosh|man|dang|wait)\b)|^really(?=\W*$)|^(?:oh )?really\b(?= (?:only|just|that|so|you|they|the|a|an)\b))\b"
)
# A reaction that opens a clause: "Perfect.", "Oh cool, ...", "That's reassuring.", "Three months,
# that's so short." An evaluation of what was just said, short, and not a lead-in ("That's why I ask").
_REACTION_BODY = (
    r"(?:(?:oh|ah|ha|okay|ok|yeah|wow|so|and|well|right)\W+)*"
    r"(?:(?:cool|nice|great|perfect|fair|true|lovely|excellent|wonderful|brilliant|neat|sweet|fantastic|incredible"
    r"|understood|noted|right right|oh okay|ah okay)(?=\s*(?:[,.!;]|$|and\b|so\b))"
    r"|(?:that's|that is|that was|that sounds|that must be|that must have been|that seems|sounds)"
    r" (?!not\b|what\b|why\b|how\b|where\b|when\b|who\b|because\b|the reason\b|something\b|one\b|it\b|all\b|my\b)"
    r"(?:\w+ ){0,3}\w+(?=\s*(?:[,.!;]|$)))"
)
_REACTION = re.compile(r"(?:^|[,.!;]\s*)" + _REACTION_BODY)
_REACTION_BARE = re.compile(r"\b" + _REACTION_BODY)  # transcripts without commas: "eight months thats a long wait"




_ASKS_WHAT_IT_IS = re.compile(r"\b(?:what does (?:that|it) mean|what (?:is|'s) that|why(?:'s| is) that|what do you mean)\b.*\?\s*$")
_TAG_END = re.compile(r",?\s*\b(?:huh|eh|right)\s*[?.!]*\s*$")


def _phrases(sentence: str, thanks: bool = True) -> list[str]:
    found = [m.group(0) for m in ACK.finditer(sentence)]
    if not thanks:
        found = [f for f in found if not f.startswith(("thank", "thanks"))]
    reaction = _REACTION if "," in sentence else _REACTION_BARE
    found += [m.group(0).strip(" ,.!;") for m in reaction.finditer(sentence)]
    return [f for f in found if f.strip()]



_SHORT_REACTION = re.compile(
    r"^(?:(?:oh|ah|wow|okay|ok|yeah|well|and|man|gosh|geez|jeez|whoa|dang)\s+)*(?:that's|thats|that is|that sounds|that must be|that gives me|that makes"
    r"|i'm (?:so |really )?glad|so glad|that would be|that'd be)\b")


# A turn that opens on a verdict about what was said: "That's a humbling way to find out.",
# "That would be really helpful.", "That gave me chills.", "I really admire that.", "yeah that's
# that's heavy in a good way so ...". Of 285 such openings in the labelled sets, 279 are
# acknowledgements (the others say the answer back: reflections); a guess ("That must be the
# worst part, no?") and a lead-in ("That's why I ask ...", "that's what I wanted to ask") are not.
_VERDICT_OPENING = re.compile(
    r"^(?:(?:oh|ah|wow|okay|ok|yeah|well|and|mm|hmm|um|uh|right)\W+)*"
    r"(?:(?:that's|thats|that is|that was)\W+)*(?:(?:that's|thats|that is|that was|that would be|that'd be|that sounds)"
    r"(?! (?:actually |kind of |partly )?(?:why|what|how|where|when|who|because|the reason|the question|not|my|it\b|so i|if)\b)"
    r"|that (?:gave|gives) me)(?: [\w'-]+){1,6}"
    # "That last part really struck me.", "That last part hit me." (sets 1-665: 3 of 3)
    r"|^(?:(?:oh|wow|okay|ok|yeah|and)\W+)*that (?:last )?(?:part|bit|line|story|one) (?:really |kind of |just )?(?:hit|struck|got) me\b"
    r"|^(?:(?:oh|ah|wow|okay|ok|yeah|well|and|mm|hmm|um|uh|right)\W+)*i (?:really |truly |so )?(?:admire|respect|appreciate|love|like) (?:that|this)\b")


def reaction_before(text: str, question: str | None) -> str | None:
    """A short reaction before the question in a transcript without punctuation: "that's
    hilarious um are crash pads as gross as people say", "oh i'm so glad to hear that um what
    does an attendant do": the words before the question, when few and reacting."""
    if not question or re.search(r"[.,!?;]", text):
        return None
    low = clean(text).lower()
    at = low.find(clean(question).lower()[:24])
    before = " ".join(words(low[:at])) if at > 0 else ""
    if not before and (start := question_start(ws := words(low))):
        # the question was read from the whole run ("man that's rough so how do you get ..."):
        # the words before where it starts, without the "so" that leads into it
        before = _LEAD_IN_END.sub("", " ".join(ws[:start]))
    if before and len(before.split()) <= 7 and _SHORT_REACTION.match(before):
        return before
    # "five years of night school on top of working full time that's a lot um how do ...":
    # their fact said back, then a verdict on it, before the question
    if before and len(before.split()) <= 16 and (m := _VERDICT_AT_END.search(before)):
        return m.group(0)
    # "okay great um last thing where do you think ...": a one-word verdict, then a lead-in
    short = _LEAD_IN_END.sub("", before)
    return short if short and _ONE_WORD_VERDICT.match(short) else None


# An interjection set off at the start: a reaction, whatever follows ("man" is no noun there);
# "Good." or "Good, I'm twenty-three." too (sets 1-705: all 15 such turns are acknowledgements)
_INTERJECTION = re.compile(r"^((?:oh )?(?:man|geez|jeez|gosh|oof|ouch|yikes|dang|damn|blimey|crikey|goodness|my god|oh my|good))\s*[,.!]")


_GREETING = re.compile(r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|nice to meet you)\b")


_VERDICT_AT_END = re.compile(r"\b(?:that's|thats|that is|that sounds|that must be)"
                             r" (?!what\b|why\b|how\b|where\b|when\b|who\b|because\b|the reason\b|something\b|it\b|my\b|not\b)"
                             r"(?:\w+ ){0,2}\w+$")
# "The campfire talks, how do you come up with new material?", "ten on four off wait are those
# like twelve hour days": their words named as the subject of the question that follows, with
# no reaction to them; the writers of the turn sets call 19 of 23 such openings no
# acknowledgement ("Three times a day! What ...", "wow sixteen hours um how ..." react, and are)
_QUESTION_AFTER = re.compile(r"^\s*,?\s*(?:(?:wait|so|um|uh|like)\s+)*(?:what|how|why|where|when|who|which|is|are|was|were"
                             r"|do|does|did|can|could|would|will|have|has|should|tell|walk)\b", re.IGNORECASE)


def _fronts_question(text: str, said_back: str) -> bool:
    low = text.lower()
    at = low.find(said_back.lower())
    if at < 0 or at > 3 or _RECEIVED_FIRST.match(said_back.lower()):
        return False
    return bool(_QUESTION_AFTER.match(text[at + len(said_back):]))


# "okay four years um what was the hardest part", "okay sql first um what kind of project ...":
# their words taken in with "okay" before the question are received, not named as its subject
# (sets 1-649: 19 of the 22 such turns are labelled an acknowledgement); "okay the master's how
# many years it take" names it (3 of the 7 with "the" are labelled one)
_RECEIVED_FIRST = re.compile(r"^(?:okay|ok|alright)\b(?! the\b)")


# "Ah, so basically you wait by the phone", "Ah, the shoes become the actor.", "Ah. I am
# thirty-three.", "ah eight years is long um why ...": news taken in, most often in a second
# language (sets 1-649: 356 of the 366 turns that open on "ah" are labelled an acknowledgement;
# `clean` drops it as a filler, so the turn as said is read)
_AH_SO = re.compile(r"^\W*ah\b[,!.]?\s+(?!(?:what|how|why|where|when|who|which|do|does|did|is|are|can|could|would)\b)\w",
                    re.IGNORECASE)  # (not the filler before a question: "ah what does a normal day look like")
# "okay okay and um how is like the life on the road": the news taken in twice over, read as
# said, since `clean` reads a word said twice once (sets 1-657: 42 of the 44 turns that open so
# are labelled an acknowledgement)
_OKAY_TWICE = re.compile(r"^\W*(?:okay|ok)\W+(?:okay|ok)\b", re.IGNORECASE)
# "cool um this is kind of a long shot but ...", "oh sweet um would you be able to ...": a
# one-word verdict, then a filler, before whatever comes next (sets 1-657: 12 of the 13 such turns
# not read so are labelled an acknowledgement; the other opens an introduction, "great um yeah so
# i'm dennis ...")
_ONE_WORD_THEN_FILLER = re.compile(r"^\W*(?:(?:okay|ok|oh)\W+)?(cool|nice|great|awesome|perfect|gotcha|interesting|sweet|wow)"
                                   r"\W+(?:um|uh|so|and)\b", re.IGNORECASE)  # read as said: `clean` drops the filler
_LEAD_IN_END = re.compile(r"(?:\s+(?:um|uh|so|and|but|then|like|okay|ok|alright|(?:one )?(?:last|more|final|other) (?:thing|question)|quick question))+$")
_ONE_WORD_VERDICT = re.compile(r"^(?:(?:oh|ah|okay|ok|yeah|wow|well|right|alright)\s+)*"
                               r"(?:great|cool|nice|perfect|awesome|gotcha|got it|makes sense|fair enough|understood"
                               r"|noted|brilliant|lovely|excellent|amazing|good to know|sweet|good|good good|oh good"
                               r"|exactly|true|totally|for sure|i see)$")


# A turn that asks first: what it says next is about the question ("What's the pay like,
# honestly? I've heard it's not great."), not a reaction to the answer (sets 1-657: not reading
# its reaction words sets 53 acknowledgements right and 2 wrong, "How do you actually count salmon
# in a river? That sounds impossible.")
_ASKS_FIRST = re.compile(r"^(?:(?:so|and|but|okay|ok|um|uh|well|also)\W+)*(?:what|how|why|where|when|who|which|is|are|was"
                         r"|were|do|does|did|can|could|would|will|have|has|should|isn't|aren't|wasn't|don't|doesn't|didn't|can't|wouldn't)\b")


def acknowledgement(text: str, previous: str | None = None, question: str | None = None) -> str | None:
    """The acknowledging phrases of the turn's opening: its first sentence ("Wow, that's
    fascinating"), an echo of the answer's fact ("Seventy percent!"), a reaction in the second
    sentence after one ("Six exams. I had no idea it was that many."), and in speech a short
    reaction before the `question` found in the turn. A closing "..., huh?" is a tag on a
    question, not surprise."""
    said = sentences(text)
    # "..., huh?" ends a question; "Huh." alone is surprise
    parts = [_TAG_END.sub("", clean(s).lower()) or clean(s).lower() for s in said] or [""]
    first = parts[0]
    found = _phrases(first)
    opening = said[0] if said else text
    said_back = echo(text, previous) or said_back_and_judged(opening, previous)
    if said_back and _ASKS_WHAT_IT_IS.search(clean(opening).lower()):
        said_back = None  # "Dedicated routes, what does that mean?": asked about, not received
    if said_back and _fronts_question(text, said_back):
        said_back = None
    if said_back:
        found.append(said_back)
    elif not found and (reaction := reaction_before(text, question)):
        found.append(reaction)
    elif len(parts) > 1 and opening.rstrip().endswith("?") and asked_back(opening, previous):
        # "Wait, you drive bees across the country? How does that even work?": surprise, asked back
        said_back = parts[0].strip(" ?")
        found.append(said_back)
    if not found and (m := _INTERJECTION.match(first)):
        found.append(m.group(1))  # "Man. I thought ruck marches were bad.", "Gosh, ..."
    if not found and len(parts) > 1 and opening.rstrip().endswith("!") and len(words(first)) <= 10 \
            and not _GREETING.match(first) and not (previous or "").rstrip().endswith("?"):  # not "Yes! I've ..."
        found.append(first.strip(" !"))  # "Oh, you also changed careers! What made you ...?"
    if not found and _AH_SO.match(text):
        found.append("ah")  # understanding dawns
    if not found and previous and (m := _ONE_WORD_THEN_FILLER.match(text)):
        found.append(m.group(1).lower())  # "cool um this is kind of a long shot but ..."
    if not found and (m := _OKAY_TWICE.match(text)):
        found.append(m.group(0).strip(" ,.").lower())
    if not found and not first.rstrip().endswith("?") and (m := _VERDICT_OPENING.match(first)):
        found.append(" ".join(m.group(0).split()[:8]))
    if len(parts) > 1 and (said_back or found or len(words(first)) <= 12 or len(words(parts[1])) <= 6) \
            and not (opening.rstrip().endswith("?") and _ASKS_FIRST.match(first) and not said_back and not found):
        found += _phrases(parts[1], thanks=False)
    kept: list[str] = []
    for phrase in sorted(dict.fromkeys(found), key=len, reverse=True):
        if not any(phrase in k for k in kept):
            kept.append(phrase)
    whole = " ".join(parts)
    kept.sort(key=whole.find)
    return ", ".join(kept) if kept else None

