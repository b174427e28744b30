"""The phrases that ask for a job or a route to one, grown from the labelled interview sets.

Each block names the sets it came from: whether they are hiring, openings on their team, a place
to stage, intern or volunteer with them, a résumé or a name passed on, a reference, an
introduction to whoever hires. `job_asks.job_ask` reads them first and leaves the turns they miss
to the learned reading in `asking`; the phrases live apart from that decision because they are
long and grow with every round of sets.
"""

from __future__ import annotations

from practice.scoring.alternation import Alternation

# people a workplace takes on, for "your shop needs a helper" and its kin
ROLES = (r"(?:helpers?|hands?|assistants?|apprentices?|techs?|technicians?|aides?|interns?|trainees?|teachers?|cooks?|nurses?"
          r"|drivers?|welders?|paras?|paraprofessionals?|servers?|dishwashers?|bakers?|volunteers?|interpreters?|translators?"
          r"|speakers?|workers?|labou?rers?|deckhands?|groundies|groundie|grunts?|climbers?|editors?|analysts?)")

# "would anybody even hire me", "I'm scared nobody's going to hire me": a doubt, not an ask
_NOT_ASKED_TO = "".join(f"(?<!{words} )" for words in (
    "anybody even", "anyone even", "would anybody", "would anyone", "will anybody", "will anyone",
    "nobody's going to", "nobody is going to", "no one's going to", "no one is going to", "nobody will",
    "no one will", "nobody would", "no one would", "nobody wants to", "no one wants to", "won't"))

JOB_ASK = Alternation(
    r"\b(?:(?:are|is) (?:you|your \w+|they|y'all|anyone|anybody) (?:currently |still |by any chance )?hiring"
    r"|(?:possible|a chance|any way|okay) (?:for me )?to (?:interview|apply) (?:for|with|at)\b"
    r"|(?:any|some) (?:open |current |available )?(?:openings|positions|vacancies|roles|jobs|internships|opportunities) (?:open|available|for me|on your team|at your|in your|that i)"
    r"|(?:any|are there) (?:job |open |current )?(?:openings|positions|vacancies)(?! out there| anywhere| in general| without)"
    r"|(?:any|are there) (?:(?:any|job|open|current|entry[- ]level|junior|graduate|new[- ]grad|summer|paid|full[- ]time) )+(?:openings|positions|vacancies|internships|roles|jobs|spots)\b(?! (?:like|for someone))"
    r"|(?:any|have|has) (?:\w+ )?(?:openings|vacancies|internships|placements|probationer spots)\b[^.?!]{0,30}\b(?:at|on|in|for) (?:your|the)\b"
    r"|(?:roles|jobs|positions|spots) (?:coming up|opening up|open) (?:at|on|in) your"
    r"|put(?:ting)? (?:me|my name) (?:forward|in(?! touch| contact)|down)|(?:^|[.?!] )hiring (?:on|at|in) your|(?:is|are) (?:your|the) \w+ (?:taking|hiring|taking on) (?:on )?(?:new |any )?(?:grads|graduates|students|interns|trainees|new)|(?:could|can) i get (?:a |an )?(?:job|internship|placement|position) (?:at|with|on)"
    r"|(?:does|do|would) (?:your|the) \w+ (?:ever )?(?:hire|take on|take) (?:\w+ )?(?:students|interns|graduates|grads|trainees"
    r"|assistants|aides|helpers|apprentices|high schoolers|teens|teenagers)\b"  # "Does your clinic hire kennel assistants?" (set 110)
    # sets 134-137: "put me on your lab's waiting list", "a trainee program that i could apply to",
    # "then you must need more people, no?"
    r"|\bput me on (?:your|the|their) (?:[\w'-]+ ){0,2}(?:waiting list|waitlist|list)\b|\b(?:program|programme|position|role|opening|job|spot|internship|apprenticeship|posting) (?:that|which) i (?:could|can|might) apply (?:to|for)\b"
    r"|\byou must need (?:more|extra|some) (?:people|hands|help|helpers|techs|staff)\b"
    # sets 114-117: "do you need any techs right now", "who could bump me up that list", "could
    # you tell your manager i want to apply"
    r"|\b(?:do|does) (?:you|your \w+)(?: guys)? need (?:any )?(?:more |extra )?(?:techs|technicians|assistants|helpers|hands|aides|apprentices)"
    r"(?: \w+)? (?:right now|at the moment|now|this (?:summer|year|season|fall|spring|winter))\b"
    r"|\b(?:you|who|someone|anyone) (?:could |can |would |will |might )?bump me up (?:the|that|your) (?:list|waitlist|waiting list)\b|\btell (?:your|the) \w+ (?:that )?i (?:want|wanna|'d like|would like|'d love) to apply\b"
    # sets 118-121: "any chance your foreman could use a helper", "so i could get on their list"
    # (sets 202-209: "any chance you could use someone part-time", "could use a volunteer")
    r"|\b(?:could|can) use (?:someone|somebody|(?:a|an|another) (?:[\w-]+ )?(?:helper|hand|apprentice|assistant|intern"
    r"|volunteer|aide|tech|technician|stagehand|cook))\b"
    r"|\bget on (?:their|the|your) (?:[\w-]+ )?(?:list|roster)\b"
    r"|\b(?:bring|have|get) me in for (?:a|an) (?:[\w-]+ )?(?:interview|trial|tryout|shift)\b"  # "bring me in for a working interview"
    # sets 126-129: "what would it take to get on with your outfit", "could i pick up some smaller hearings"
    r"|\b(?:take (?:for me )?to|could i|can i|chance to|way to|how (?:do|would|could) i) get on with (?:your|the) (?:outfit|crew|company|team|department|station|shop|firm|agency)\b"
    r"|\b(?:could|can) i (?:maybe |just )?pick up (?:some|a few|any) (?:[\w-]+ )?(?:shifts|hearings|jobs|gigs|work|hours)\b(?! (?:at|in|with) another)"
    r"|(?:does|do) (?:your|the) \w+ (?:have|offer|run) (?:any )?(?:\w+ )?(?:internships|placements|openings|vacancies)"
    r"|(?:refer|recommend) me\b|(?:give|get|write|make|offer|be) me (?:a )?referral|referral (?:for me|from you)|put in a (?:good )?word|pass (?:along|on) my (?:resume|cv|name)"
    r"|pass my (?:resume|cv|name|application|portfolio|reel|work) (?:along|on|to)|(?:take|taking|bring|bringing) me on\b"
    r"|(?:openings|positions|vacancies|roles|jobs)\b[^.?!]{0,40}\b(?:i could|i can|i might|for me) (?:apply|fill|join)|(?:love|like|want|hope|happy|glad) to be considered"
    r"|consider me for|(?:can|could|may) i (?:interview|apply) (?:for|with|at)|(?:help me|get me) (?:get )?hired|keep me in mind for|if (?:a|an|any) (?:spot|position|role|opening|job|vacancy) (?:opens|comes)"
    r"|(?:forward|send) my (?:resume|cv)|look at my (?:resume|cv) for|" + _NOT_ASKED_TO + r"hire me|give me (?:a|an) (?:job|position|internship|interview|chance)"
    r"|get me (?:a |an )?(?:job|interview|foot in|in the door|in\b(?! (?:trouble|hot water|a mess|a lot of)\b))|(?:job|position|role|internship) for me"
    r"|(?:can|could|would|will) you (?:help me )?(?:get|land|find) (?:me )?(?:a |an )?(?:job|position|role|interview|internship)"
    r"|(?:interview|apply|applying) (?:with|at|for) (?:you|your (?:team|company))|(?:can|could) i (?:work|intern) (?:for|with) you"
    r"|know (?:anyone|anybody|of anyone) (?:who(?:'s| is)|that(?:'s| is)) hiring|introduce me to (?:the |your )?(?:hiring|recruit)"
    # issue 14: résumés, hiring, openings, internships, references
    r"|(?:send|email|give|show|share) (?:you )?my (?:resume|cv|portfolio)|my (?:resume|cv) (?:to|along|over|with)"
    r"|(?:passing|forwarding|sending|handing) my (?:resume|cv|name|application|portfolio|reel)"
    r"|(?:know|knew|tell me|heard) (?:if|whether) (?:they're|they are|you're|you are|your \w+ (?:is|are)|the \w+ (?:is|are)|anyone(?:'s| is)) (?:\w+ )?hiring"
    r"|(?:introduce|connect|put) me (?:to|with|in touch with) (?:\w+ ){0,4}(?:hiring|recruit\w*|open (?:\w+ )?(?:role|position)|opening)"
    r"|\b(?:entry-level|entry level|junior|open) (?:openings|positions|roles|jobs|spots) (?:on|at|in|with|for) (?:your|you)\b"
    r"|(?:any|are there) (?:\w+ ){0,2}(?:openings|internships|vacancies)\b(?! out there| anywhere| in general)|(?<!when you )(?<!when they )(?<!when you're )(?<!when they're )(?<!how you )(?<!how they )(?<!how do you )(?<!about )(?:take|taking|hire|hiring|have) (?:on )?(?:any |summer |new )?(?:interns|apprentices|clerks|law clerks|summer \w+)\b"
    # "a library assistant opening at your branch", "could I stage in your kitchen", "so you
    # could flag me", "does your company ever hire for those dedicated spots"
    r"|(?:a|an|any) (?:[\w-]+ ){0,3}(?:opening|vacancy|position|spot)s? (?:for (?:that|this|it|one|me) )?(?:at|in|on|with) your\b(?! own\b)"
    r"|\bflag (?:me|my name)\b"
    # "maybe I can ask you for a stage in your kitchen?" (sets 90-93)
    r"|\b(?:for|do|doing) a (?:stage|trail|trial shift|trial day) (?:in your|at your|with your|with you|here)\b"
    r"|(?:does|do) (?:your|the) \w+ (?:ever |still )?hire for\b"
    r"|(?:be|serve as|act as) (?:like )?(?:a |my )?reference (?:(?:later|sometime|someday|one day|for me) )?(?:for|if|when)|let me (?:stage|trail)\b"
    r"|(?:list|listed|listing|use|used|using|put|putting|name|named|naming) you (?:down )?as (?:a |my |one of my )?reference|(?:write|give) me a (?:reference|recommendation)"
    r"|(?:need|needs|use|want) (?:another|an extra|a new|one more) (?:apprentice|intern|assistant|hand|deckhand|technician|analyst)\b"
    r"|if you(?:'re| are)? ever (?:need|short|looking)|(?:hunting|looking) for an? (?:apprenticeship|internship|job|position)"
    r"|(?:apply|applying) (?:for|to) (?:that|this|the|your) (?:role|position|opening|job|internship)\b|(?:apply|applying) (?:for|to) (?:that|this|your) program\b"
    # indirect asks: "could i like intern with you guys", "take someone like me on", "if an engineer 1
    # spot opens up", "any maths jobs coming up", "look at someone like me for an analyst spot".
    # Not shadowing: five sets' writers call "could I shadow you for a day" a big ask, not a job ask
    r"|(?:can|could|may|might) i (?:like |maybe |possibly |perhaps |um |ever |come and |come )*(?:work|intern|do work experience|get work experience) (?:for|with|at|on|alongside) (?:you|your|one of your)"
    r"|(?:take|taking|bring|bringing|hire|hiring) (?:on )?(?:someone|somebody|anyone|people) like me\b|(?:look at|consider|considering) (?:someone|somebody|people) like me for"
    r"|if (?:a|an|any) (?:[\w-]+ ){0,3}(?:spot|position|role|opening|job|vacancy|post)s? (?:ever )?(?:opens|comes|becomes|frees)"
    r"|(?:any|some) (?:[\w-]+ ){0,2}(?:roles|jobs|positions|spots|posts|openings|vacancies) (?:coming up|opening up|going) (?:(?:at|on|in|with) (?:your|you)|for (?:me|someone like me|probationers|graduates|grads|trainees|juniors|newcomers|new \w+))\b"
    # asks through a go-between or a favour: "putting in a word for me", "mention my name to",
    # "let the chief know i'm interested", "referring me for the role", "look over my
    # application", "get me onto your list", "would it be okay if i applied for one of those",
    # "what would it take for someone like me to get on your crew", "do you ever hire extra hands"
    r"|put(?:ting)? in a (?:good )?word\b|(?:mention|mentioning|drop|dropping|give|giving) (?:them |him |her )?my name\b"
    r"|let (?:the |your |him |her |them |my )?(?:[\w-]+ )?know (?:that )?(?:i'm|i am|i'd be|i would be|i'll be) (?:\w+ )?(?:interested|available|keen)"
    r"|(?:tell|telling) (?:the |your |him |her |them )?(?:[\w-]+ ){0,2}about me\b"
    # "could you maybe tell the people doing the interviews that you met me" (sets 94-97)
    r"|(?:tell|telling|let) (?:the |your |him |her |them )?(?:[\w-]+ ){0,4}(?:that |know )?you(?:'ve)? (?:met|know|talked to|spoke (?:to|with)) me\b|(?:referring|recommending) me\b"
    r"|(?:look|looking|glance|glancing) (?:over|at|through) my (?:[\w-]+ )?applications?\b"
    r"|(?:look|looking) at (?:it|them|my \w+) for (?:the|that|an?|your|one of) (?:[\w-]+ ){0,3}(?:apprenticeship|role|position|job|opening|internship|spot)"
    r"|(?:get|put) me (?:on|onto) (?:the|your|their) (?:[\w-]+ )?(?:list|roster|books|rota)|so i (?:can|could) get (?:on|onto) (?:the|your|their) (?:[\w-]+ )?(?:list|roster|books)"
    r"|(?:okay|ok|alright|all right|possible) (?:for me )?(?:if i|to) appl(?:y|ied) (?:for|to)\b|(?:put in|putting in) for (?:that|this|the|your|one of (?:the|those|your)) (?:[\w-]+ ){0,3}(?:role|position|opening|job|internship|spot|post|shift)s?\b"
    r"|(?:take|taking|bring|bringing|hire|hiring) (?:someone|somebody) (?:my age|like me) on\b|(?:get|getting) on (?:your|the) (?:crew|team|staff|roster|books)\b"
    r"|(?:someone|somebody|people) like me (?:could|can|might) (?:get into|join|apply)|my (?:portfolio|resume|cv|reel)\b[^.?!]{0,60}\b(?:look|looking) at (?:it|them)\b"
    r"|(?:do|does|would) (?:you|your \w+) (?:ever )?(?:hire|take on|need) (?:any )?(?:extra|more|seasonal|summer|part-time|casual) (?:hands|help|helpers|staff|workers)\b"
    # set sixteen and seventeen's indirect asks: "are you looking for another apprentice right now",
    # "is your contractor bringing on any first-year apprentices", "do you need someone like that
    # now?", "do my placement with you", "put your name down as the one who referred me",
    # "getting onto your ground staff", "help out on the stall in exchange for learning the ropes",
    # "if your team ever needs a cataloguer"
    r"|(?:are|is) (?:you|your [\w-]+|they|y'all) (?:\w+ )?(?:looking for|bringing on|taking on|recruiting|in need of) (?:an? |any |some )?"
    r"(?:(?:another|new|more|extra|first-year|first year|junior|young|trainee) )*(?:apprentices?|interns?|trainees?|hands|staff|help|helpers|someone|anyone|people|graduates?|grads?)\b"
    r"|(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:someone|somebody|anyone|an extra|extra|more) (?:\w+ )?(?:like (?:that|me)|now|right now|at the moment|this (?:summer|season|year|fall|spring|winter))"
    r"|(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:someone|somebody|anyone) (?:\w+ )?(?:part[- ]time|full[- ]time|for the summer)"
    # "could i apply to your local tomorrow", "would you consider writing me one of those letters"
    r"|(?:can|could|may) i (?:\w+ )?apply (?:to|at|with) (?:your|you)\b|writ(?:e|ing) me (?:a|one of (?:those|your|the)) (?:\w+ )?letters?\b"
    # "Any chance you'll need more apprentices on that job?", "would your hospital have any like paid
    # vet assistant jobs i could do", "a way to get on your office's radar", "would your office
    # consider me once I'm licensed" (sets 106-109)
    r"|\byou(?:'ll| will| guys)? (?:ever |still |maybe )?(?:need|use|want) (?:more|extra|any more|some more|another) (?:apprentices?|interns?|assistants?|hands|helpers?|techs?|technicians?|deckhands?|analysts?)\b"
    r"|(?:would|does|do) (?:your|the) [\w-]+ have any (?:[\w-]+ ){0,4}jobs? (?:i could|i can|for me|that i)\b"
    r"|\bon (?:your|your [\w-]+'s|your [\w-]+) radar\b|(?:would|could|will) (?:you|your [\w-]+) (?:ever )?consider me\b"
    r"|(?:do|doing) (?:my|a|the) (?:placement|internship|apprenticeship|externship|residency|work placement|practicum|traineeship) (?:with you|at your|on your|in your|with your|here\b)"
    r"|(?:the one|someone|the person) who referred me|(?<!you )(?<!they )(?:get|getting) (?:on|onto) your (?:[\w-]+ )?(?:crew|team|staff|roster|books)\b"
    r"|(?:help out|work|volunteer|pitch in)\b[^.?!]{0,40}\bin exchange for\b"
    r"|if (?:your|the) (?:[\w-]+ )?(?:team|crew|shop|lab|department|company|kitchen|office|firm|practice|clinic|archive) (?:ever )?needs? (?:a|an|someone|anyone|another|extra|more)\b"
    # sets eighteen and nineteen: "has anything going at the moment? even bank shifts?",
    # "mention me to your head chef", "say that I spoke with you when I apply", "if a contract
    # ever came up", "use your name as a reference", "is your central pharmacy hiring", "take
    # them on as an apprentice", "getting on as an ASM for your next production", a trial shift
    r"|(?:has|have|got) (?:anything|something|any work|any shifts|any hours) going\b|(?:mention|mentioning|recommend|recommending) me to\b"
    r"|(?:say|mention|tell them) (?:that )?i (?:spoke|talked|have spoken|have talked) (?:with|to) you"
    r"|if (?:a|an|any) (?:[\w-]+ ){0,3}(?:contract|vacancy|spot|position|role|opening|job|post)s? (?:ever )?(?:came|come|opened|turned|cropped) up"
    r"|use your name (?:as|for)|(?:are|is) (?:your (?:[\w-]+ ){1,2})(?:currently |still )?hiring"
    r"|take (?:me|them|someone|somebody|people) on as (?:an? )?(?:apprentice|intern|trainee|junior|assistant)"
    r"|getting on as (?:an? )?[\w-]+ (?:for|at|with|on) your|(?:do|doing|work|working) (?:a |one )?(?:trial shift|work trial|trial day) (?:on|at|in|with) your"
    r"|(?:send|sending|give|show) (?:you |them )?my (?:portfolio|resume|cv) to\b|(?:who|whom) should i send my (?:portfolio|resume|cv|application)"
    r"|(?:your|the) (?:\w+ )?(?:firm|company|studio|shop|team|clinic|practice|agency|department|crew|lab) (?:taking on|bringing on|hiring)\b"
    r"|if you (?:ever|ever end up|end up) (?:needed|need|needing) (?:someone|somebody|a hand|help)\b"
    # sets 25-27: "you guys are hiring right now right", "taking on any cellar help", "vouch for
    # me", "if there is a position", "is hiring PT aides" after a long subject, "do mine here
    # with you guys" (clinical hours), "a spot in the next cohort", "take like interns"
    r"|(?:you guys|y'all|you all) (?:are |is )?(?:hiring|taking on|taking people on)\b"
    r"|(?<!about )\btaking on (?:any |some )?(?:[\w-]+ ){0,2}(?:help|hands|helpers|staff|interns|apprentices|aides|assistants)\b"
    r"|\bvouch for me\b|\bif there(?:'s| is) (?:a |an |any )?(?:position|opening|spot|vacancy|job)\b"
    r"|(?:know|tell me|heard) (?:if|whether) [^.?!]{3,50}? (?:is|are) (?:still |currently )?hiring\b"
    r"|\bdo (?:mine|my (?:[\w-]+ ){0,2}(?:hours|placement|rotation|practicum|clinicals)) (?:here |there )?(?:with|at) (?:you|your)\b"
    r"|\b(?:i'd like|i would like|get me|save me) a (?:spot|place|seat) (?:in|on) (?:the|your|their|next)\b"
    # sets 38-39: "could you help me get a spot in one of those here at your park", "if the
    # conservancy here has any opening now"
    r"|\byou (?:\w+ ){0,2}help me (?:get|land|find|secure) (?:a|an|one) (?:[\w-]+ ){0,2}(?:spot|place|position|job|role|internship|placement|apprenticeship)\b"
    r"|\b(?:has|have) (?:any|an) (?:[\w-]+ )?(?:opening|vacancy)s? (?:now|right now|at the moment|currently|open)\b"
    r"|(?<!when you )(?<!when they )(?<!when you're )(?<!when they're )(?<!how you )(?<!how they )(?<!how do you )\b(?:take|taking|hire|hiring) (?:like |maybe )(?:interns|apprentices|trainees)\b"
    # sets 36-37: "would your firm have room for a winter intern", "if you're looking for an
    # apprentice", "could I work under you?", "would your firm consider someone without the
    # license yet for a staff position"
    r"|\b(?:have|has|got|find|make) (?:any )?(?:room|space|a place|a spot) for (?:me\b|(?:someone|somebody) like me\b"
    # (sets 202-209: "would your clinic have room for an aide")
    r"|(?:a|an|another|one more) (?:[\w-]+ ){0,2}(?:intern|apprentice|trainee|hire|assistant|junior|analyst|associate|volunteer"
    r"|aide|helper|tech|technician|stagehand|cook|hand)s?\b)"
    r"|\bif you(?:'re| are) (?:ever |still |currently )?(?:looking for|in need of) (?:an?|another|new|more) (?:[\w-]+ )?(?:apprentice|intern|trainee|assistant|hand|helper)s?\b"
    r"|(?:can|could|may|might) i (?:\w+ )?work under you\b"
    # sets 60-61: "is there a way I could end up on your crew", "do you guys do internships for
    # high schoolers", "could I come in and stage here", "help me get on with your company", "is
    # the wind farm bringing on any new techs", "would the Ledger take on a freelancer"
    r"|\bi (?:could |would |might |can )?end up (?:on|in|at|with) your (?:[\w-]+ )?(?:crew|team|shop|company|firm|kitchen|department|staff|station)\b"
    r"|\b(?:do|does) (?:you|you guys|y'all|you all) (?:ever )?(?:do|offer|have|run|take) (?:any )?(?:[\w-]+ )?(?:internships|apprenticeships|placements)\b"
    r"|\bhelp me get (?:on|in) (?:with|at) your\b"
    r"|\b(?:is|are) (?:the|your) (?:[\w-]+ ){1,2}(?:bringing on|taking on) (?:any )?(?:new |more |extra )?(?:techs|technicians|hands|staff|people|apprentices|interns|hires|grads|helpers)\b"
    r"|\bwould (?:the|your) [\w-]+ (?:ever )?(?:take on|hire|consider) (?:a|an) (?:freelancer|stringer|freelance)\b"
    # set 58-59: "could I come in ... and work alongside your bakers, even unpaid?", "maybe you
    # could take me as stagiaire", "I would like very much to work here after I graduate"
    r"|\b(?:could|can|may) i (?!ask\b|tell\b|say\b|check\b)[^?!]{0,80}\b(?:unpaid|for free)\b|\bi(?:'d| would) (?:happily |gladly )?work (?:for free|unpaid)\b"
    r"|\btake me (?:on )?as (?:an? |your )?(?:[\w-]+ )?(?:stagiaire|apprentice|intern|trainee|helper|assistant|volunteer)\b"
    r"|\bi(?:'d| would) (?:like|love) (?:very much |really )?to work (?:here|for you|with you|at your|on your|in your)\b"
    # set 57: "could you get me on as a helper with your crew", "introduce me to your editor so
    # I can ask about a staff reporter job"
    r"|\bget me on (?:as|with|at) (?:an? |your |the )?\b"
    r"|\bintroduce me to (?:your|the) [^.?!]{0,40}\babout (?:an? |the |that |this )?(?:[\w-]+ ){0,3}(?:job|position|role|opening|internship)s?\b"
    r"|(?:would|will|could|does|do) (?:your|the) (?:[\w-]+ )?(?:firm|company|studio|shop|team|clinic|practice|agency|department|crew|lab|hospital|office|kitchen)"
    r" (?:ever )?(?:consider|hire|take on|take) (?:someone|somebody|people|anyone) (?:[\w'-]+ ){0,5}for (?:(?:a|an|the) (?:[\w-]+ )?(?:position|role|job|spot|opening|post)\b|one\b)"
    # set ap: a school's work-experience week asked for ("Do you do work experience? ... I'd
    # love to do it with you")
    r"|(?:do|does) (?:you|your [\w-]+(?: [\w-]+)?) (?:ever )?(?:do|offer|take|run|host) (?:any )?(?:work experience|job shadowing|work placements?)\b"
    r"|\bi(?:'d| would)? (?:really |so |absolutely )?(?:love|like|want|be hoping) to do (?:it|mine|my (?:[\w-]+ )?(?:one|placement|work experience|week|internship)) (?:here )?with (?:you|your)\b"
    # sets 40-41: the user offered as the help they need ("if maybe you need someone for the
    # mornings because i can start early", "any chance you'd let me work a few mornings here",
    # "if your crew ever takes on a helper", "projects i could work on like as a paid assistant",
    # "would she consider someone who's still in school like as an assistant", "sponsoring
    # visas for people like me", "would your editor look at my clips ... for a part time spot")
    r"|\bknow (?:anyone|anybody|of anyone|someone|somebody)\b[^.?!]{0,50}\b(?:who|that)(?:'s| is| are| might be| may be)? (?:looking|hiring)\b"
    r"|\bsign(?:ed|ing|s)? on (?:to work )?(?:for|with) (?:you|your)\b"
    r"|\bget(?:ting)? me into (?:the |your |a |an )?(?:next )?(?:[\w-]+ )?(?:class|program|programme|cohort|apprenticeship|intake)\b"
    r"|\bmaybe i (?:can|could) (?:work|help|help out) (?:there|here|for you|with you)\b"
    r"|\bmaybe i (?:can|could) work as an? [\w-]+(?: [\w-]+)? (?:in|at|for) your\b|\bconsider(?:ing)? hiring me\b|\bknow of any (?:[\w-]+ ){0,3}(?:looking for|hiring)\b"
    r"|\bneed (?:someone|somebody|a hand|help|an extra pair of hands)\b[^.?!]{0,30}\bi (?:can|could) (?:start|work|come|do|help|cover)\b"
    r"|\blet me (?:come in and |come and )?(?:work|help out|pitch in)\b(?! (?:on|through|out|it)\b)"
    r"|\b(?:your|the) (?:[\w-]+ )?(?:crew|team|shop|firm|company|kitchen|clinic|practice|studio|office|department|lab) (?:ever )?(?:takes?|taking|hires?|hiring) on (?:an?|any|another) (?:[\w-]+ )?(?:helper|hand|assistant|apprentice|trainee|intern)s?\b"
    # sets 74-77: "could i maybe come and do a stage with you", "let me pick up a few prep shifts
    # here", "look at my clips in case a reporting position opens", "put me in touch with
    # whoever hires the hosts"
    # (one rule for asking to stage or trail: "could I stage in your kitchen", "could I come in
    # and stage here", "could i maybe like stage here" (sets 60-61, 114-117))
    r"|\b(?:can|could|may) i (?:maybe |like |possibly |um |just )*(?:come (?:in )?and )?(?:do )?(?:a )?(?:stage|trail|trial shift) (?:in|at|with|for|here)\b"
    r"|\b(?:let me|could i|can i) (?:maybe )?(?:pick up|work|take|cover) (?:a few |some |a couple of )?(?:[\w-]+ )?shifts? (?:here|with you|for you|at your|in your|on your)\b"
    r"|\bin case (?:a|an|any) (?:[\w-]+ ){0,2}(?:position|job|role|spot|opening|vacancy) (?:ever )?opens\b"
    r"|\b(?:put me in touch with|introduce me to|connect me with) (?:whoever|the person who|someone who) (?:hires|does the hiring|handles (?:the )?hiring)\b"
    # sets 70-73: "shadow you this summer ... and maybe get hired on as a tech", "I'd be happy to
    # clean kennels or whatever you need", "try a full week here", "I'd work hard, I promise"
    r"|\b(?:and|then) (?:maybe |possibly |eventually )?get hired (?:on|there|here)\b|\bi(?:'d| would) be (?:happy|glad) to (?:clean|sweep|help|do|work)\b[^.?!]{0,40}\bwhatever you need\b"
    r"|\btry (?:a|one|the) (?:full |whole )?(?:week|day|shift|weekend) (?:here|with you|in your|at your)\b|\bi(?:'d| would) work (?:really |very |so )?hard\b"
    # sets 66-69: "maybe you are needing a prep cook here?", "pass it along to your CTO in case
    # anything opens up", "volunteer in your lab", "introduce me to the person who runs the
    # residency, so my application is in front of them", "mentioned your name to your recruiter"
    r"|\b(?:(?:are|is) (?:you|your [\w-]+)|you(?: are|'re)) (?:maybe |perhaps )?(?:needing|in need of) (?:an?|another|any|some|more) "
    r"(?:[\w-]+ )?(?:cook|hand|helper|assistant|intern|apprentice|tech|technician|someone|somebody|anyone|staff|help|worker"
    r"|driver|volunteer|welder|nurse|aide|server|dishwasher|porter|baker|labou?rer)s?\b"
    r"|\b(?:in case|if) (?:anything|something) (?:ever )?opens up\b"
    r"|\bvolunteer (?:in|at|with|for) your (?:[\w-]+ )?(?:lab|clinic|kitchen|shop|station|office|team|hospital|department|practice|crew|site)\b"
    r"|\bintroduce me to\b[^.?!]{0,60}\bmy application\b"
    r"|\b(?:mention|mentioned|mentioning|drop|dropped|dropping|use|used|using) your name (?:to|with) (?:your|the|their) (?:[\w-]+ )?(?:recruiter|hiring|hr|manager|chief|boss|director)\b"
    # sets 78-81: "would you be open to being one of my references", "walk my application over
    # to whoever does hiring", "Who should I talk to about applying?" (after they said they hire)
    r"|\b(?:be|being) (?:one of )?my references\b|\b(?:walk|carry|hand|take|bring) my (?:application|resume|cv) (?:over|in|up|to)\b"
    r"|\bwho (?:should|do|would|could) i (?:talk|speak|reach out) to about applying\b"
    # sets 82-85: "who could get my application in front of the right person", "get my
    # application in with your department", "a place for me in your kitchen", "Is your clinic
    # looking for a vet assistant?"
    r"|\b(?:get|put|getting|putting) my (?:application|resume|cv|name) in (?:front of|with)\b"
    r"|\b(?:a|any) (?:place|spot|room) for me (?:in|at|on|with) your\b"
    r"|\b(?:is|are) your [\w-]+ (?:[\w-]+ )?(?:looking for|in need of) (?:an?|another|any|more) (?:[\w-]+ )?(?:assistant|tech|technician"
    r"|intern|apprentice|helper|aide|hand|cook|nurse|trainee)s?\b"
    # sets 86-89: "any opening for a prep cook", "Could I do my field placement here", "take me
    # for one of those fieldwork placements", "Do you accept PhD students in your lab", "Your local
    # doesn't happen to be taking applications", "do a stage here", "in case you need a seasonal
    # preparer"
    r"|\b(?:have|is there|got) (?:any|an) opening for (?:a|an|me|someone)\b"
    r"|\b(?:do|doing) (?:my|a|one of (?:those|your|the)) (?:[\w-]+ ){0,2}(?:placements?|internships?|intern hours|rotations?|practicum"
    r"|externships?)(?: \w+){0,2} (?:here|at your|with you|in your|under you)\b"
    r"|\btake me (?:on )?for (?:one of )?(?:those |your |a |the )?(?:[\w-]+ )?(?:placements?|internships?|rotations?|externships?)\b"
    r"|\b(?:accept|accepting|take|taking) (?:any )?(?:new )?(?:phd|graduate|grad|master's|masters) students\b"
    r"|\byour [\w-]+ (?:[\w'-]+ ){0,4}(?:taking|accepting) applications\b"
    r"|\bin case you (?:ever )?need (?:a|an|another|someone|somebody|extra|more|help)\b"
    # "Maybe as a trainee on your team?", "get me on as a helper with your crew"
    r"|\b(?:as|like) an? (?:trainee|apprentice|intern|assistant|helper|junior [\w-]+) (?:on|in|at|with|for) your "
    r"(?:team|crew|kitchen|shop|office|department|lab|clinic|station|firm|company|unit|ward|site|studio|paper|newsroom"
    r"|hotel|restaurant|practice|workshop|bakery|garage|farm|school|hospital|agency)\b"
    # sets 62-65: "maybe your firm has a position where I can work while I study", "give me
    # your recruiter's name", "if your clinic takes any high school volunteers", "is your
    # station looking for archive volunteers"
    r"|\b(?:position|job|role|spot|opening|place) (?:where|that) i (?:can|could|might) work\b"
    r"|\b(?:give|send|pass|share) me (?:your|the) (?:[\w-]+ )?(?:recruiter|hiring manager|recruiting \w+)(?:'s)? (?:name|contact|email|number|details)\b"
    r"|\b(?:is|are|does|do|if|whether) (?:your|the) [\w-]+ (?:[\w-]+ )?(?:takes?|taking|looking for|needs?|accepting|accepts?) (?:on )?(?:any |some |more )?(?:[\w-]+ ){0,2}volunteers\b"
    r"|\b(?:do|does|would) (?:you|you guys|y'all|you all|they) (?:ever )?(?:take|need|use|accept) (?:on )?(?:any )?(?:[\w-]+ ){0,2}volunteers\b"
    r"|\bi could (?:work on|do|help with|help on|start on)\b[^.?!]{0,25}\bas (?:an?|your) (?:[\w-]+ )?(?:assistant|intern|apprentice|helper|trainee|volunteer)\b"
    r"|\bconsider (?:me|someone|somebody|a student|students|people)\b[^.?!]{0,40}\bas (?:an?|her|his|their|your) (?:[\w-]+ )?(?:assistant|intern|apprentice|helper|trainee|hygienist|junior)\b"
    r"|\bspons(?:or|ors|oring|ored) (?:a )?(?:visas? (?:for )?|work visas? (?:for )?)?(?:me|someone like me|somebody like me|people like me)\b"
    r"|\bmy (?:clips|samples|portfolio|reel|designs|drawings)\b[^.?!]{0,60}\b(?:for|even) (?:a |an )?(?:[\w-]+ ){0,2}(?:spot|job|role|position|gig|opening|post)\b"
    # sets 138-145: "tell me if they're good enough to apply to your studio", "i would like to
    # drive for your company", "your hotel maybe is looking for a commis", "if your branch has
    # an assistant opening", "what would it take for me to work harvest with you"
    r"|\bgood enough (?:to (?:apply|send)|for)\b[^.?!]{0,50}\byour (?:[\w-]+ )?(?:studio|team|company|firm|shop|kitchen|clinic|office|lab|crew|department|agency|practice)\b"
    r"|\bi(?:'d| would)? (?:really )?(?:like|love|want) to (?:work|drive|fly|cook|bake|teach|intern|volunteer|build|design|write|nurse) (?:for|with|at) your (?:[\w-]+ )?"
    r"(?:company|firm|studio|team|shop|kitchen|clinic|office|lab|crew|department|agency|practice|hotel|restaurant|hospital|airline|paper|station)\b"
    r"|\byour [\w-]+ (?:maybe |perhaps )?(?:is|are) (?:maybe |perhaps )?(?:looking for|hiring|needing|in need of) (?:an?|any|some|another)\b"
    r"|\byour [\w-]+ (?:has|have) (?:an?|any) (?:[\w-]+ ){0,2}(?:opening|vacancy|position)s?\b"
    r"|\bwhat would it take (?:for (?:me|someone like me) )?to (?:work|get on|join|intern|start)\b[^.?!]{0,30}\b(?:with you|for you|your)\b"
    # sets 146-153: "could your firm give me some part-time work", "any assistant hours I could
    # pick up", "could I work some hours as a kennel assistant at your clinic", "I would be very
    # interested to work in your team", "you wouldn't happen to need extra hands", "do you still
    # need anybody this june", "giving them my number if they end up short", "or be like an
    # assistant over the summer", "put me in touch with your company's recruiter"
    r"|\b(?:(?:could|can|would|will) (?:you|your [\w-]+)|(?:you|your [\w-]+) (?:could|can|would|might)) (?:maybe )?give me (?:some |any |a few )?(?:[\w-]+ )?(?:work|hours|shifts)\b"
    r"|\b(?:have|has) (?:any |some )?(?:[\w-]+ )?(?:hours|shifts) (?:that )?i (?:could|can|might) (?:pick up|take|work|cover)\b"
    # (sets 210-217: "could i maybe work in your clinic", "could i work here this summer")
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?work (?:here\b|there\b"
    r"|(?:some |a few )?(?:hours |shifts |days )?(?:as an? [\w-]+(?: [\w-]+)? )?(?:at|for|with|in) your\b)"
    r"|\binterested (?:to work|in working) (?:(?:in|on|with|for|at) your|there|for you|with you)\b"
    r"|\byou (?:wouldn't|would not|don't|do not) happen to (?:need|be needing|be looking for|have (?:an?|any) (?:opening|spot|position|job))\b"
    r"|\b(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:anybody|anyone|someone|somebody|help|hands|people) "
    r"(?:this|next) (?:january|february|march|april|may|june|july|august|september|october|november|december|summer|season|year|fall|spring|winter)\b"
    r"|\bgiv(?:e|ing) (?:them|him|her|the \w+) my (?:number|name|contact|email|details)\b"
    r"|\b(?:can|could) i (?:[\w']+ ){0,8}?or (?:maybe )?be (?:like )?(?:an?|your) (?:[\w-]+ )?(?:assistant|helper|apprentice|intern|trainee)\b"
    r"|\bput me in touch with (?:your|the) (?:[\w'-]+ )?(?:recruiters?|hiring managers?|recruiting \w+)\b"
    # sets 202-209 (more of them above, beside the rules they widened): "are any of those
    # assistant jobs open right now", "what do i need to do to work in your clinic", "i'd love
    # working there", "applying for one of those spots with you", "if i put your name down"
    r"|\b(?:job|position|spot|role|opening)s? (?:open|available)(?: (?:at|in|on) (?:this|your|the) [\w-]+)? (?:right now|now|currently|at the moment|this \w+)\b"
    r"|\b(?:i|me) (?:(?!used\b|got\b|had\b|went\b)[\w']+ ){0,3}to work (?:in|at|for|with) your (?:clinic|hospital|hotel|kitchen|restaurant|shop|firm|office|team"
    r"|company|lab|practice|department|station|studio|agency|museum|library|school|farm|crew|unit)\b"
    r"|\b(?:i'd|i would) (?:love|like) working (?:there|for you|with you)\b"
    r"|\bapplying for (?:one of )?(?:those|the|your) (?:[\w-]+ )?(?:spots|positions|roles|internships|jobs|openings) (?:with|at) (?:you|your)\b"
    r"|\bput your name (?:down|on)\b"
    # sets 210-217: "you can tell them my name", "maybe i could be your apprentice", "introduce
    # me to the agency that hires", "do you take research assistants", "could you refer us"
    r"|\btell (?:them|him|her|the \w+) (?:about )?my name\b"
    r"|\bi (?:could|can|might) be your (?:[\w-]+ )?(?:apprentice|assistant|intern|helper|trainee)\b"
    r"|\bintroduc\w+ me to [^.?!]{0,40}\b(?:who|that) hires\b"
    r"|\bdo you (?:ever )?take (?:on )?(?:[\w-]+ )?(?:assistants|aides|helpers)\b"
    r"|\brefer us\b"
    # sets 242-249: "is your school looking for paras now", "your shop need helper", "your school
    # needs a chemistry teacher next year", "come in on a saturday and help out", "write your name
    # as a reference", "write a reference letter for me", "could I work a season with you guys",
    # "if a kid like me wanted to apprentice with you", "give my number to your agent", "would I
    # be able to stage here", "could I do that apprenticeship here with you"
    r"|\b(?:is|are) (?:your|the) [\w-]+ (?:[\w-]+ )?(?:looking for|hiring|needing) [\w-]+(?: [\w-]+)? (?:now|right now|currently|at the moment"
    r"|this (?:year|summer|fall|spring|winter|season)|next (?:year|summer|fall|spring|winter|season))\b"
    r"|\byour [\w-]+ (?:needs?|is needing) (?:an? |another |any |more |some )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\b(?:can|could|may) i (?:maybe |like |just |possibly )*come in (?:on |for )?(?:a |one |some )?(?:\w+days?|weekends?|shifts?|mornings?|evenings?)"
    r" (?:and |to )(?:help|work|pitch in)\b"
    r"|\b(?:write|put|list|use|give) (?:down )?your name as (?:a |my |one of my )?(?:reference|reverence|referee)s?\b"
    r"|\bwrite (?:me )?(?:a |an )?(?:reference|recommendation)(?: letter)? for me\b|\bwrite me (?:a |an )?(?:reference|recommendation)\b"
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?work (?:a|one|the|this|next) (?:season|summer|harvest|week|weekend) (?:with|for|at) (?:you|your)\b"
    r"|\bif (?:i|someone like me|somebody like me|an? [\w-]+ like me) wanted to (?:apprentice|intern|work|train|stage) (?:with|for|under) you\b"
    r"|\bgiv(?:e|ing) my (?:number|name|contact|email|details|resume|cv) to (?:your|the) (?:[\w-]+ )?(?:agent|agency|recruiter|manager|boss|chief"
    r"|director|hr|supervisor|owner|coordinator|foreman|chef)\b"
    r"|\bwould i be able to (?:stage|trail|apprentice|intern|work) (?:here|with you|for you|at your|in your)\b"
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?do (?:that|the|an|a|this|your|my) (?:[\w-]+ )?(?:apprenticeship|internship|placement|externship"
    r"|practicum|residency|rotation) (?:here|with you|at your|in your|under you)\b"
    # sets 250-257: "would they hire someone my age right after the course", "Does your agency take
    # people who are still finishing their CNA", "if any of the productions ... are looking for an
    # assistant editor", "keep an eye out for my application", "is hartley ever hiring", "the name
    # of whoever does the hiring at your agency", "maybe you need apprentice now", "your company
    # it needs groundie now", "you are hiring climbers now", "can I be assistant here in your
    # center", "would you ever take on an apprentice", "how could someone like me get on with your crew"
    r"|\b(?:would|will) (?:they|you|you guys|your [\w-]+) (?:ever )?(?:hire|take|take on) (?:someone|somebody|people|anyone|anybody)"
    r" (?:my age|like me)\b|\bwould hire (?:someone|somebody) (?:my age|like me)\b"
    # (and "do they ever take people who are still studying", sets 258-265)
    r"|\b(?:would|will|do|does) (?:you|you guys|they|your [\w-]+) (?:ever |still )?(?:hire|take|take on) (?:someone|somebody|people|anyone|anybody)"
    r" who (?:are|is) still\b"
    r"|\bknow if (?:any|anyone|anybody|your|the)\b[^.?!]{0,50}\b(?:looking for|hiring|needs?|needing) (?:an? |another |any |the )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\bkeep an eye out for my (?:application|resume|cv|name)\b"
    r"|\bis (?!the\b|a\b|an\b|that\b|this\b|it\b)[\w'-]+ ever hiring\b"
    r"|\bname of (?:whoever|the person who|the one who|someone who) (?:does|handles|is in charge of|runs) (?:the )?hiring\b"
    r"|\b(?:you|it|they) (?:maybe )?needs? (?:an? |another |more |some )?(?:[\w-]+ )?" + ROLES + r" (?:now|right now|at the moment|this (?:year|summer|season|spring|fall))\b"
    r"|(?<!when )(?<!if )(?<!as )(?<!while )\byou(?: are|'re) (?:still |maybe )?hiring\b(?! (?:for|a|an|new|someone|people)\b)"
    r"|\bi (?:can|could) be (?:an? |your )?(?:[\w-]+ )?" + ROLES + r" (?:here|in your|at your|for you|with you)\b"
    r"|\bwould you (?:ever )?(?:take on|hire|bring on) (?:an?|another) (?:[\w-]+ )?" + ROLES + r"\b"
    r"|\bhow (?:do|would|could|can) (?:someone|somebody) like me get on with (?:your|the) (?:outfit|crew|company|team|department|station|shop|firm|agency)\b"
    # sets 258-265: "can i come and do the test at your shop", "maybe I can work in your office",
    # "about volunteering with you", "Are you looking for techs right now?", "if one day there is a
    # job open in the court", "are you taking any undergrads", "Your agency is hiring now?", "do they
    # ever take people who are still studying", "mentioned that we talked"
    r"|\b(?:can|could|may) i (?:maybe )?come (?:in )?and do (?:the|a|my) (?:[\w-]+ )?(?:test|trial|tryout|bend test|weld test)\b"
    r"|\b(?:maybe|perhaps) i (?:can|could) work (?:in|at|for|with) your\b|\bvolunteering (?:with|for|at) (?:you|your)\b"
    r"|\b(?:are|is) (?:you|your [\w-]+)(?: guys)? (?:looking for|needing) (?:any |more |new |some )?(?:[\w-]+ )?" + ROLES
    + r" (?:right now|now|at the moment|this (?:year|summer|season|spring|fall))\b"
    r"|\bif (?:one day )?there(?: is|'s) (?:a|an|any) (?:[\w-]+ )?(?:job|position|spot|role|opening|vacancy) open\b"
    r"|\b(?:are|is) (?:you|your [\w-]+)(?: guys)? (?:taking|accepting) (?:on )?(?:any )?(?:[\w-]+ )?(?:undergrads|students|interns|trainees"
    r"|apprentices|helpers|grads|volunteers)\b"
    r"|\byour [\w-]+ (?:is|are) hiring\b"
    r"|\bmention(?:ed|ing)? (?:that )?we (?:talked|spoke|met)\b"
    # sets 266-273: "your company it hire new driver right now", "if your grocery company has opening
    # for new drivers", "any chance you'll be taking on an apprentice", "maybe you need one more
    # person", "I want to apply there", "introduce me to whoever coordinates the interpreters",
    # "would hire someone my age", "passing it along to whoever hires freelancers", "are they short
    # on chem teachers right now", "tell me when you post the next job"
    r"|\b(?:it|they) (?:is |are )?(?:hire|hires|hiring) (?:new |more )?(?:[\w-]+ )?" + ROLES + r" (?:right now|now|this (?:year|summer|season))\b"
    r"|\bif your [\w-]+ (?:[\w-]+ )?(?:has|have) (?:an? |any )?(?:opening|vacancy|position|spot)s?\b"
    r"|\b(?:you'll|you will|you'd|you would|you guys will) be (?:taking on|hiring|taking) (?:an?|any|another|more) (?:[\w-]+ )?" + ROLES + r"\b"
    r"|\byou need (?:one more|another|an extra) (?:person|hand|pair of hands|helper)\b"
    r"|\bi (?:want|wanna|'d like|would like|'d love|would love) to apply (?:there|here|with you|to your|at your)\b"
    r"|\bintroduce me to (?:whoever|the person who|someone who) (?:coordinates|runs|manages|hires|handles|schedules)\b"
    r"|\bpass(?:ing)? (?:it|this|them|that) (?:along|on) to (?:whoever|the person who|someone who) (?:hires|does the hiring)\b"
    r"|\b(?:are|is) (?:they|you|you guys|your [\w-]+) short (?:on|of) (?:[\w-]+ )?" + ROLES + r"\b"
    r"|\btell me when you post (?:the |your )?(?:next )?(?:job|opening|position|posting)s?\b"
    # sets 274-281: "Could I come in and do one in your kitchen", "Maybe they need someone like me
    # now?", "Does your agency take seasonal techs", "Your hospice has openings for case managers",
    # "point me to about applying", "if they're taking people", "take someone who graduates in
    # May", "a paid field tech spot I could apply for"
    r"|\b(?:can|could|may) i (?:maybe )?come (?:in )?and do one (?:in|at|with|for) (?:your|you)\b"
    r"|\b(?:they|you|your [\w-]+) (?:maybe )?needs? (?:someone|somebody) like me\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever |still )?(?:hire|take on|take) (?:[\w-]+ ){0,2}" + ROLES + r"\b"
    r"|\byour [\w-]+ (?:has|have) (?:[\w-]+ ){0,2}(?:openings|vacancies|positions)\b"
    r"|\b(?:point me to|put me in touch with)\b[^.?!]{0,40}\babout applying\b"
    r"|\bif (?:they're|they are|you're|you are) (?:still )?taking (?:people|anyone|new people|applications|on people)\b"
    r"|\btake (?:someone|somebody) who (?:graduates|finishes|is finishing|just finished)\b"
    r"|\b(?:spot|position|role|opening|job) i (?:could|can|might) apply (?:for|to)\b"
    # sets 282-289: "are they taking applications right now", "applying for one of those spring
    # helper spots", "If there is a bilingual job at your credit union", "You don't happen to have
    # anything opening up", "introducing me to your principal ... about a position", "Is there any
    # job open in your science department", "You probably don't hire people my age", "Your lab
    # takes undergraduate students", "one of these pre-program internships in your lab"
    r"|\b(?:are|is) (?:they|you|your [\w-]+) (?:still )?(?:taking|accepting) applications\b"
    r"|\bapplying for one of (?:those|your|these) (?:[\w-]+ ){0,3}(?:spots|positions|roles|jobs|openings|internships)\b"
    r"|\bif there(?: is|'s) (?:an? |any )?(?:[\w-]+ )?(?:job|position|opening|spot) (?:at|in|on|with) your\b"
    r"|\byou (?:don't|do not|wouldn't) happen to have (?:anything|something|any [\w-]+) (?:opening|open)\b"
    r"|\bintroduc\w+ me to\b[^.?!]{0,60}\babout (?:a|an|the) (?:[\w-]+ )?(?:position|job|opening|role|spot)\b"
    r"|\b(?:is|are) there (?:any |a )?(?:job|position|opening|spot)s? open (?:in|at|on) your\b"
    r"|\byou (?:probably )?(?:don't|wouldn't|do|would) (?:ever )?hire (?:people|someone|somebody) (?:my age|like me)\b"
    r"|\byour [\w-]+ takes? (?:[\w-]+ )?(?:students|interns|undergrads|volunteers|apprentices)\b"
    r"|\bone of (?:these|those) (?:[\w-]+ ){0,2}(?:internships|placements|rotations|externships) (?:here|in your|at your|with you)\b"
    # sets 290-297: "If I did a few trial shifts at your bakery, would that be something you'd
    # consider?", "do they have the the openings for new aide now", "would your hotel take someone
    # with no experience", "do you think there's room for one more, maybe as an apprentice?", "Is
    # your team open to returnships", "do you have work for a helper", "introduce me to some people
    # who hire assistant editors"
    r"|\btrial shifts? (?:at|with|in|for) (?:your|you)\b"
    r"|\b(?:do|does) (?:they|you|y'all|your [\w-]+) (?:still |currently )?have (?:the |any )*(?:openings|vacancies|spots|positions) for\b"
    r"|\b(?:would|will|does|do) your [\w-]+ (?:ever )?(?:take|hire) (?:someone|somebody|people|anyone) with (?:no|little|zero) experience\b"
    r"|\b(?:there's|there is|there be|have) room for one more\b"
    r"|\b(?:is|are) (?:your|the) [\w-]+ open to (?:returnships?|interns|apprentices|hiring|taking on|volunteers|career changers)\b"
    r"|\bhave (?:any |some )?(?:work|a job|a spot|a place) for (?:me\b|an? (?:[\w-]+ )?" + ROLES + r"\b)"
    r"|\bintroduce me to (?:some |a few )?(?:people|someone|somebody|anyone) who (?:hires?|are hiring|is hiring|does the hiring|might hire)\b"
    # sets 298-305: "Are any of the agencies you've worked with hiring right now?", "if they're
    # hiring i would sign up tomorrow", "Does your lab ever bring on people with a finance
    # background", "could i ... help out at your agency", "Do you ever take on an apprentice",
    # "would you ever let someone observe at your clinic", "who to call to get signed up to work
    # there", "getting into the volunteer program at your hospice", "do you need workers for the
    # almond season", "Would you be willing to write one for me", "how would i get in as an
    # assistant at your branch"
    r"|\b(?:are|is) any of (?:the|your|those) [^.?!]{0,40}\bhiring (?:right now|now|at the moment|currently)\b"
    r"|\bif (?:they're|they are|you're|you are) hiring,? i(?:'d| would)\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever )?(?:bring on|take on|hire) (?:people|someone|somebody) with\b"
    r"|\b(?:could|can|may)\b[^.?!]{0,80}\bhelp out (?:at|in|with|on) your\b"
    r"|\bdo you (?:ever |still )?(?:take on|hire) (?:an? |any )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\blet (?:me|someone|somebody|people) (?:observe|volunteer|intern) (?:at|in|with) your\b"
    r"|\b(?:get|getting) (?:signed up|hired) to work there\b"
    r"|\b(?:get|getting|join|joining) (?:into )?(?:the|your) volunteer (?:program|team|crew) (?:at|in|with) your\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? need (?:any |more |extra )?" + ROLES + r" for (?:the|this|next) (?:[\w-]+ )?season\b"
    r"|\bwilling to write (?:me )?(?:one|a letter|a reference|a recommendation)(?: letter)? for me\b"
    r"|\bget in as an? (?:[\w-]+ )?" + ROLES + r" (?:at|in|with) your\b)"
)
