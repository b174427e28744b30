"""Job-ask phrases about their workplace's hiring, which do not name the user: whether they are
hiring or taking people on, openings and positions on their team, whether they need or would
take a helper, an apprentice, a volunteer. Grown from the labelled interview sets; each block
names the sets it came from. `job_ask_phrases` joins them with the phrases that ask for the user
(`job_ask_for_me`) into one search."""

from __future__ import annotations

from practice.scoring.job_ask_words import FOR_SCHOOL, ROLES

# where the user would work: "Do you need anyone in your kitchen right now?"
_WORKPLACE = (r"(?:kitchen|crew|team|shop|office|department|lab|clinic|practice|studio|firm|company|restaurant|bakery|unit"
              r"|ward|station|stage|agency|branch|school|site|garage|salon|hospital|newsroom|court|yard)")
ABOUT_OPENINGS = (
    r"(?:are|is) (?:you|your \w+|they|y'all|anyone|anybody) (?:currently |still |by any chance )?hiring"
    r"|(?:any|are there) (?:job |open |current )?(?:openings|positions|vacancies)(?! out there| anywhere| in general| without)"
    r"|(?:any|are there) (?:(?:any|job|open|current|entry[- ]level|junior|graduate|new[- ]grad|summer|paid|full[- ]time) )+(?:openings|positions|vacancies|internships|roles|jobs|spots)\b(?! (?:like|for someone))"
    r"|(?:any|have|has) (?:\w+ )?(?:openings|vacancies|internships|placements|probationer spots)\b[^.?!]{0,30}\b(?:at|on|in|for) (?:your|the)\b"
    r"|(?:roles|jobs|positions|spots) (?:coming up|opening up|open) (?:at|on|in) your"
    r"|(?:^|[.?!] )hiring (?:on|at|in) your"
    r"|(?:is|are) (?:your|the) \w+ (?:taking|hiring|taking on) (?:on )?(?:new |any )?(?:grads|graduates|students|interns|trainees|new)"
    r"|(?:does|do|would) (?:your|the) \w+ (?:ever )?(?:hire|take on|take) (?:\w+ )?(?:students|interns|graduates|grads|trainees"
    r"|assistants|aides|helpers|apprentices|high schoolers|teens|teenagers)\b"  # "Does your clinic hire kennel assistants?" (set 110)
    + FOR_SCHOOL +
    r"|\byou must need (?:more|extra|some) (?:people|hands|help|helpers|techs|staff)\b"
    # sets 114-117: "do you need any techs right now", "who could bump me up that list", "could
    # you tell your manager i want to apply"
    r"|\b(?:do|does) (?:you|your \w+)(?: guys)? need (?:any )?(?:more |extra )?(?:techs|technicians|assistants|helpers|hands|aides|apprentices)"
    r"(?: \w+)? (?:right now|at the moment|now|this (?:summer|year|season|fall|spring|winter))\b"
    # sets 118-121: "any chance your foreman could use a helper", "so i could get on their list"
    # (sets 202-209: "any chance you could use someone part-time", "could use a volunteer")
    r"|\b(?:could|can) use (?:someone|somebody|(?:a|an|another) (?:[\w-]+ )?(?:helper|hand|apprentice|assistant|intern"
    r"|volunteer|aide|tech|technician|stagehand|cook))\b"
    r"|\bget on (?:their|the|your) (?:[\w-]+ )?(?:list|roster)\b"
    r"|(?:does|do) (?:your|the) \w+ (?:have|offer|run) (?:any )?(?:\w+ )?(?:internships|placements|openings|vacancies)"
    r"|put in a (?:good )?word"
    r"|(?:love|like|want|hope|happy|glad) to be considered"
    r"|if (?:a|an|any) (?:spot|position|role|opening|job|vacancy) (?:opens|comes)"
    r"|(?:interview|apply|applying) (?:with|at|for) (?:you|your (?:team|company))"
    r"|know (?:anyone|anybody|of anyone) (?:who(?:'s| is)|that(?:'s| is)) hiring"
    r"|\b(?:entry-level|entry level|junior|open) (?:openings|positions|roles|jobs|spots) (?:on|at|in|with|for) (?:your|you)\b"
    r"|(?:any|are there) (?:\w+ ){0,2}(?:openings|internships|vacancies)\b(?! out there| anywhere| in general)|(?<!when you )(?<!when they )(?<!when you're )(?<!when they're )(?<!how you )(?<!how they )(?<!how do you )(?<!about )(?:take|taking|hire|hiring|have) (?:on )?(?:any |summer |new )?(?:interns|apprentices|clerks|law clerks|summer \w+)\b"
    # "maybe I can ask you for a stage in your kitchen?" (sets 90-93)
    r"|\b(?:for|do|doing) a (?:stage|trail|trial shift|trial day) (?:in your|at your|with your|with you|here)\b"
    r"|(?:does|do) (?:your|the) \w+ (?:ever |still )?hire for\b"
    r"|(?:need|needs|use|want) (?:another|an extra|a new|one more) (?:apprentice|intern|assistant|hand|deckhand|technician|analyst)\b"
    r"|if you(?:'re| are)? ever (?:need|short|looking)"
    # (not "before I start looking for an apprenticeship", set 319)
    r"|(?<!start )(?<!begin )(?<!starting )(?:hunting|looking) for an? (?:apprenticeship|internship|job|position)"
    r"|(?:apply|applying) (?:for|to) (?:that|this|the|your) (?:role|position|opening|job|internship)\b|(?:apply|applying) (?:for|to) (?:that|this|your) program\b"
    r"|if (?:a|an|any) (?:[\w-]+ ){0,3}(?:spot|position|role|opening|job|vacancy|post)s? (?:ever )?(?:opens|comes|becomes|frees)"
    # asks through a go-between or a favour: "putting in a word for me", "mention my name to",
    # "let the chief know i'm interested", "referring me for the role", "look over my
    # application", "get me onto your list", "would it be okay if i applied for one of those",
    # "what would it take for someone like me to get on your crew", "do you ever hire extra hands"
    r"|put(?:ting)? in a (?:good )?word\b"
    r"|(?:put in|putting in) for (?:that|this|the|your|one of (?:the|those|your)) (?:[\w-]+ ){0,3}(?:role|position|opening|job|internship|spot|post|shift)s?\b"
    r"|(?:get|getting) on (?:your|the) (?:crew|team|staff|roster|books)\b"
    r"|(?:do|does|would) (?:you|your \w+) (?:ever )?(?:hire|take on|need) (?:any )?(?:extra|more|seasonal|summer|part-time|casual) (?:hands|help|helpers|staff|workers)\b"
    # set sixteen and seventeen's indirect asks: "are you looking for another apprentice right now",
    # "is your contractor bringing on any first-year apprentices", "do you need someone like that
    # now?", "do my placement with you", "put your name down as the one who referred me",
    # "getting onto your ground staff", "help out on the stall in exchange for learning the ropes",
    # "if your team ever needs a cataloguer"
    r"|(?:are|is) (?:you|your [\w-]+|they|y'all) (?:\w+ )?(?:looking for|bringing on|taking on|recruiting|in need of) (?:an? |any |some )?"
    # ("are you all bringing on cleared analysts right now", set 582)
    r"(?:(?:another|new|more|extra|first-year|first year|junior|young|trainee) )*(?:[\w-]+ )?(?:apprentices?|interns?|trainees?|hands|staff|help|helpers"
    r"|someone|anyone|people|graduates?|grads?|analysts?|techs?|technicians?|assistants?|aides?)\b"
    r"|(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:someone|somebody|anyone) (?:\w+ )?(?:part[- ]time|full[- ]time|for the summer)"
    # "Any chance you'll need more apprentices on that job?", "would your hospital have any like paid
    # vet assistant jobs i could do", "a way to get on your office's radar", "would your office
    # consider me once I'm licensed" (sets 106-109)
    r"|\byou(?:'ll| will| guys)? (?:ever |still |maybe )?(?:need|use|want) (?:more|extra|any more|some more|another) (?:apprentices?|interns?|assistants?|hands|helpers?|techs?|technicians?|deckhands?|analysts?)\b"
    r"|\bon (?:your|your [\w-]+'s|your [\w-]+) radar\b"
    r"|(?<!you )(?<!they )(?:get|getting) (?:on|onto) (?:your (?:[\w-]+ )?(?:crew|team|staff|roster|books)|yours)\b"  # ("or could i just get on yours", set 578)
    r"|(?:help out|work|volunteer|pitch in)\b[^.?!]{0,40}\bin exchange for\b"
    r"|if (?:your|the) (?:[\w-]+ )?(?:team|crew|shop|lab|department|company|kitchen|office|firm|practice|clinic|archive) (?:ever )?needs? (?:a|an|someone|anyone|another|extra|more)\b"
    # sets eighteen and nineteen: "has anything going at the moment? even bank shifts?",
    # "mention me to your head chef", "say that I spoke with you when I apply", "if a contract
    # ever came up", "use your name as a reference", "is your central pharmacy hiring", "take
    # them on as an apprentice", "getting on as an ASM for your next production", a trial shift
    r"|(?:has|have|got) (?:anything|something|any work|any shifts|any hours) going\b"
    r"|if (?:a|an|any) (?:[\w-]+ ){0,3}(?:contract|vacancy|spot|position|role|opening|job|post)s? (?:ever )?(?:came|come|opened|turned|cropped) up"
    r"|use your name (?:as|for)|(?:are|is) (?:your (?:[\w-]+ ){1,2})(?:currently |still )?hiring"
    r"|getting on as (?:an? )?[\w-]+ (?:for|at|with|on) your|(?:do|doing|work|working) (?:a |one )?(?:trial shift|work trial|trial day) (?:on|at|in|with) your"
    r"|(?:your|the) (?:\w+ )?(?:firm|company|studio|shop|team|clinic|practice|agency|department|crew|lab) (?:taking on|bringing on|hiring)\b"
    r"|if you (?:ever|ever end up|end up) (?:needed|need|needing) (?:someone|somebody|a hand|help)\b"
    # sets 25-27: "you guys are hiring right now right", "taking on any cellar help", "vouch for
    # me", "if there is a position", "is hiring PT aides" after a long subject, "do mine here
    # with you guys" (clinical hours), "a spot in the next cohort", "take like interns"
    r"|(?<!when )(?<!while )(?:you guys|y'all|you all) (?:are |is )?(?:hiring|taking on|taking people on)\b"  # (not "... stand out when you guys are hiring")
    r"|(?<!about )\btaking on (?:any |some )?(?:[\w-]+ ){0,2}(?:help|hands|helpers|staff|interns|apprentices|aides|assistants)\b"
    r"|\bif there(?:'s| is) (?:a |an |any )?(?:position|opening|spot|vacancy|job)\b"
    r"|\b(?:has|have) (?:any|an) (?:[\w-]+ )?(?:opening|vacancy)s? (?:now|right now|at the moment|currently|open)\b"
    r"|(?<!when you )(?<!when they )(?<!when you're )(?<!when they're )(?<!how you )(?<!how they )(?<!how do you )\b(?:take|taking|hire|hiring) (?:like |maybe )(?:interns|apprentices|trainees)\b"
    r"|\bif you(?:'re| are) (?:ever |still |currently )?(?:looking for|in need of) (?:an?|another|new|more) (?:[\w-]+ )?(?:apprentice|intern|trainee|assistant|hand|helper)s?\b"
    r"|\b(?:do|does) (?:you|you guys|y'all|you all) (?:ever )?(?:do|offer|have|run|take) (?:any )?(?:[\w-]+ )?(?:internships|apprenticeships|placements)\b"
    r"|\b(?:is|are) (?:the|your) (?:[\w-]+ ){1,2}(?:bringing on|taking on) (?:any )?(?:new |more |extra )?(?:techs|technicians|hands|staff|people|apprentices|interns|hires|grads|helpers)\b"
    r"|\bwould (?:the|your) [\w-]+ (?:ever )?(?:take on|hire|consider) (?:a|an) (?:freelancer|stringer|freelance)\b"
    r"|(?:would|will|could|does|do) (?:your|the) (?:[\w-]+ )?(?:firm|company|studio|shop|team|clinic|practice|agency|department|crew|lab|hospital|office|kitchen)"
    r" (?:ever )?(?:consider|hire|take on|take) (?:someone|somebody|people|anyone) (?:[\w'-]+ ){0,5}for (?:(?:a|an|the) (?:[\w-]+ )?(?:position|role|job|spot|opening|post)\b|one\b)"
    # set ap: a school's work-experience week asked for ("Do you do work experience? ... I'd
    # love to do it with you")
    r"|(?:do|does) (?:you|your [\w-]+(?: [\w-]+)?) (?:ever )?(?:do|offer|take|run|host) (?:any )?(?:work experience|job shadowing|work placements?)\b"
    # sets 40-41: the user offered as the help they need ("if maybe you need someone for the
    # mornings because i can start early", "any chance you'd let me work a few mornings here",
    # "if your crew ever takes on a helper", "projects i could work on like as a paid assistant",
    # "would she consider someone who's still in school like as an assistant", "sponsoring
    # visas for people like me", "would your editor look at my clips ... for a part time spot")
    r"|\bknow (?:anyone|anybody|of anyone|someone|somebody)\b[^.?!]{0,50}\b(?:who|that)(?:'s| is| are| might be| may be)? (?:looking|hiring)\b"
    r"|\bsign(?:ed|ing|s)? on (?:to work )?(?:for|with) (?:you|your)\b"
    r"|\bknow of any (?:[\w-]+ ){0,3}(?:looking for|hiring)\b"
    r"|\b(?:your|the) (?:[\w-]+ )?(?:crew|team|shop|firm|company|kitchen|clinic|practice|studio|office|department|lab) (?:ever )?(?:takes?|taking|hires?|hiring) on (?:an?|any|another) (?:[\w-]+ )?(?:helper|hand|assistant|apprentice|trainee|intern)s?\b"
    r"|\bin case (?:a|an|any) (?:[\w-]+ ){0,2}(?:position|job|role|spot|opening|vacancy) (?:ever )?opens\b"
    # sets 70-73: "shadow you this summer ... and maybe get hired on as a tech", "I'd be happy to
    # clean kennels or whatever you need", "try a full week here", "I'd work hard, I promise"
    r"|\b(?:and|then) (?:maybe |possibly |eventually )?get hired (?:on|there|here)\b"
    r"|\btry (?:a|one|the) (?:full |whole )?(?:week|day|shift|weekend) (?:here|with you|in your|at your)\b"
    # sets 66-69: "maybe you are needing a prep cook here?", "pass it along to your CTO in case
    # anything opens up", "volunteer in your lab", "introduce me to the person who runs the
    # residency, so my application is in front of them", "mentioned your name to your recruiter"
    r"|\b(?:(?:are|is) (?:you|your [\w-]+)|you(?: are|'re)) (?:maybe |perhaps )?(?:needing|in need of) (?:an?|another|any|some|more) "
    r"(?:[\w-]+ )?(?:cook|hand|helper|assistant|intern|apprentice|tech|technician|someone|somebody|anyone|staff|help|worker"
    r"|driver|volunteer|welder|nurse|aide|server|dishwasher|porter|baker|labou?rer)s?\b"
    r"|\b(?:in case|if) (?:anything|something) (?:ever )?opens up\b"
    r"|\bvolunteer (?:in|at|with|for) your (?:[\w-]+ )?(?:lab|clinic|kitchen|shop|station|office|team|hospital|department|practice|crew|site)\b"
    r"|\b(?:mention|mentioned|mentioning|drop|dropped|dropping|use|used|using) your name (?:to|with) (?:your|the|their) (?:[\w-]+ )?(?:recruiter|hiring|hr|manager|chief|boss|director)\b"
    r"|\b(?:is|are) your [\w-]+ (?:[\w-]+ )?(?:looking for|in need of) (?:an?|another|any|more) (?:[\w-]+ )?(?:assistant|tech|technician"
    r"|intern|apprentice|helper|aide|hand|cook|nurse|trainee)s?\b"
    r"|\b(?:accept|accepting|take|taking) (?:any )?(?:new )?(?:phd|graduate|grad|master's|masters) students\b"
    r"|\byour [\w-]+ (?:[\w'-]+ ){0,4}(?:taking|accepting) applications\b"
    r"|\bin case you (?:ever )?need (?:a|an|another|someone|somebody|extra|more|help)\b"
    # "Maybe as a trainee on your team?", "get me on as a helper with your crew"
    r"|\b(?:as|like) an? (?:trainee|apprentice|intern|assistant|helper|junior [\w-]+) (?:on|in|at|with|for) your "
    r"(?:team|crew|kitchen|shop|office|department|lab|clinic|station|firm|company|unit|ward|site|studio|paper|newsroom"
    r"|hotel|restaurant|practice|workshop|bakery|garage|farm|school|hospital|agency)\b"
    r"|\b(?:is|are|does|do|if|whether) (?:your|the) [\w-]+ (?:[\w-]+ )?(?:takes?|taking|looking for|needs?|accepting|accepts?) (?:on )?(?:any |some |more )?(?:[\w-]+ ){0,2}volunteers\b"
    r"|\b(?:do|does|would) (?:you|you guys|y'all|you all|they) (?:ever )?(?:take|need|use|accept) (?:on )?(?:any )?(?:[\w-]+ ){0,2}volunteers\b"
    # sets 138-145: "tell me if they're good enough to apply to your studio", "i would like to
    # drive for your company", "your hotel maybe is looking for a commis", "if your branch has
    # an assistant opening", "what would it take for me to work harvest with you"
    r"|\bgood enough (?:to (?:apply|send)|for)\b[^.?!]{0,50}\byour (?:[\w-]+ )?(?:studio|team|company|firm|shop|kitchen|clinic|office|lab|crew|department|agency|practice)\b"
    r"|\byour [\w-]+ (?:maybe |perhaps )?(?:is|are) (?:maybe |perhaps )?(?:looking for|hiring|needing|in need of) (?:an?|any|some|another)\b"
    r"|\byour [\w-]+ (?:has|have) (?:an?|any) (?:[\w-]+ ){0,2}(?:opening|vacancy|position)s?\b"
    r"|\binterested (?:to work|in working) (?:(?:in|on|with|for|at) your|there|for you|with you)\b"
    r"|\byou (?:wouldn't|would not|don't|do not) happen to (?:need|be needing|be looking for|have (?:an?|any) (?:opening|spot|position|job))\b"
    r"|\b(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:anybody|anyone|someone|somebody|help|hands|people) "
    r"(?:this|next) (?:january|february|march|april|may|june|july|august|september|october|november|december|summer|season|year|fall|spring|winter)\b"
    # sets 202-209 (more of them above, beside the rules they widened): "are any of those
    # assistant jobs open right now", "what do i need to do to work in your clinic", "i'd love
    # working there", "applying for one of those spots with you", "if i put your name down"
    r"|\b(?:job|position|spot|role|opening)s? (?:open|available)(?: (?:at|in|on) (?:this|your|the) [\w-]+)? (?:right now|now|currently|at the moment|this \w+)\b"
    r"|\bapplying for (?:one of )?(?:those|the|your) (?:[\w-]+ )?(?:spots|positions|roles|internships|jobs|openings) (?:with|at) (?:you|your)\b"
    r"|\bput your name (?:down|on my)\b"
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
    # (and "do they ever take people who are still studying", sets 258-265)
    r"|\b(?:would|will|do|does) (?:you|you guys|they|your [\w-]+) (?:ever |still )?(?:hire|take|take on) (?:someone|somebody|people|anyone|anybody)"
    r" who (?:are|is) still\b"
    r"|\bknow if (?:any|anyone|anybody|your|the)\b[^.?!]{0,50}\b(?:looking for|hiring|needs?|needing) (?:an? |another |any |the )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\bis (?!the\b|a\b|an\b|that\b|this\b|it\b)[\w'-]+ ever hiring\b"
    r"|\bname of (?:whoever|the person who|the one who|someone who) (?:does|handles|is in charge of|runs) (?:the )?hiring\b"
    r"|\b(?:you|it|they) (?:maybe )?needs? (?:an? |another |more |some )?(?:[\w-]+ )?" + ROLES + r" (?:now|right now|at the moment|this (?:year|summer|season|spring|fall))\b"
    r"|(?<!when )(?<!if )(?<!as )(?<!while )\byou(?: are|'re) (?:still |maybe )?hiring\b(?! (?:for|a|an|new|someone|people)\b)"
    r"|\bwould you (?:ever )?(?:take on|hire|bring on) (?:an?|another) (?:[\w-]+ )?" + ROLES + r"\b"
    r"|\bvolunteering (?:with|for|at) (?:you|your)\b"
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
    r"|\bpass(?:ing)? (?:it|this|them|that) (?:along|on) to (?:whoever|the person who|someone who) (?:hires|does the hiring)\b"
    r"|\b(?:are|is) (?:they|you|you guys|your [\w-]+) short (?:on|of) (?:[\w-]+ )?" + ROLES + r"\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever |still |like )?(?:hire|take on|take) (?:[\w-]+ ){0,2}" + ROLES + r"\b"
    r"|\byour [\w-]+ (?:has|have) (?:[\w-]+ ){0,2}(?:openings|vacancies|positions)\b"
    r"|\bif (?:they're|they are|you're|you are) (?:still )?taking (?:people|anyone|new people|applications|on people)\b"
    r"|\btake (?:someone|somebody) who (?:graduates|finishes|is finishing|just finished)\b"
    # sets 282-289: "are they taking applications right now", "applying for one of those spring
    # helper spots", "If there is a bilingual job at your credit union", "You don't happen to have
    # anything opening up", "introducing me to your principal ... about a position", "Is there any
    # job open in your science department", "You probably don't hire people my age", "Your lab
    # takes undergraduate students", "one of these pre-program internships in your lab"
    r"|\b(?:are|is) (?:they|you|your [\w-]+) (?:still )?(?:taking|accepting) applications\b"
    r"|\bapplying for one of (?:those|your|these) (?:[\w-]+ ){0,3}(?:spots|positions|roles|jobs|openings|internships)\b"
    r"|\bif there(?: is|'s) (?:an? |any )?(?:[\w-]+ )?(?:job|position|opening|spot) (?:at|in|on|with) your\b"
    r"|\byou (?:don't|do not|wouldn't) happen to have (?:anything|something|any [\w-]+) (?:opening|open)\b"
    r"|\b(?:is|are) there (?:any |a )?(?:job|position|opening|spot)s? open (?:in|at|on) your\b"
    r"|\byour [\w-]+ takes? (?:[\w-]+ )?(?:students|interns|undergrads|volunteers|apprentices)\b" + FOR_SCHOOL +
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
    # sets 298-305: "Are any of the agencies you've worked with hiring right now?", "if they're
    # hiring i would sign up tomorrow", "Does your lab ever bring on people with a finance
    # background", "could i ... help out at your agency", "Do you ever take on an apprentice",
    # "would you ever let someone observe at your clinic", "who to call to get signed up to work
    # there", "getting into the volunteer program at your hospice", "do you need workers for the
    # almond season", "Would you be willing to write one for me", "how would i get in as an
    # assistant at your branch"
    r"|\b(?:are|is) any of (?:the|your|those) [^.?!]{0,40}\bhiring (?:right now|now|at the moment|currently)\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever )?(?:bring on|take on|hire) (?:people|someone|somebody) with\b"
    r"|\b(?:could|can|may)\b[^.?!]{0,80}\bhelp out (?:at|in|with|on) your\b"
    r"|\bdo you (?:ever |still )?(?:take on|hire) (?:an? |any )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\b(?:get|getting) (?:signed up|hired) to work there\b"
    r"|\b(?:get|getting|join|joining) (?:into )?(?:the|your) volunteer (?:program|team|crew) (?:at|in|with) your\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? need (?:any |more |extra )?" + ROLES + r" for (?:the|this|next) (?:[\w-]+ )?season\b"
    r"|\bget in as an? (?:[\w-]+ )?" + ROLES + r" (?:at|in|with) your\b"
    # sets 306-313: "You know any shop near Elizabeth that needs a welder?", "does your company
    # hire like people coming back after a long gap", "You must need an assistant sometimes"
    r"|\bknow (?:any|a) [\w-]+ (?:[\w-]+ ){0,3}(?:that|who) (?:needs?|is hiring|are hiring) (?:an? )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever )?(?:hire|take on|bring on) (?:like )?(?:people|someone|somebody)"
    r" (?:coming back|returning)\b"
    r"|\byou must need an? (?:[\w-]+ )?" + ROLES + r"\b"
    # sets 314-321 ("does your hospital like hire cnas" is read by the "ever/still/like" rule
    # above): "would your agency take me if i did the training", "you know somebody in the court
    # who need a new interpreter", "I'd bet you could use a second diver", "Do you have assistant
    # now, or you will need one for next project?"
    r"|\bwould (?:your|the) [\w-]+ (?:ever |maybe )?take me\b"
    r"|\bknow (?:somebody|someone|anybody|anyone) (?:[\w-]+ ){0,4}(?:that|who) (?:needs?|is hiring) (?:an? )?(?:new )?(?:[\w-]+ )?"
    + ROLES + r"\b"
    r"|\byou (?:could|can|might) (?:really |probably )?use (?:a|an) (?:second|extra|another) (?:[\w-]+ )?(?:pair of hands|set of hands|"
    r"person|body|" + ROLES + r")\b"
    r"|\bor (?:maybe )?(?:you )?(?:will |would |gonna )?need one for (?:the |your )?next (?:project|job|show|season|shoot)\b"
    # sets 322-329: "would there be a spot for someone coming back in?"
    r"|\bwould there be (?:a|any) (?:spot|place|position|opening|job|role) for (?:someone|somebody|me|people)\b"
    # sets 330-337: "You'd probably want someone with that background on your crew, wouldn't you?"
    r"|\bwant (?:someone|somebody) (?:with|like) [^.?!]{0,30}\bon your (?:crew|team|staff)\b"
    # sets 338-345: "Do you take high school interns at all?", "do you know if the courthouse here
    # takes like student interns", "Do you need anyone in your kitchen right now?", "You don't need
    # a paraplanner yourself, by any chance?", "whether you'd ever need a second pair of feet",
    # "do you take people from johnson and whales", "You must be always looking for people with
    # experience", "And they hire people with no experience?"
    r"|\b(?:do|does|if|whether) (?:you|your [\w-]+|the [\w-]+)(?: here| guys)? (?:ever )?(?:takes?|hires?) (?:like )?(?:[\w-]+ ){0,2}"
    r"(?:interns|apprentices|externs|trainees)\b"
    r"|\bneed (?:anyone|anybody|someone|somebody) (?:in|on|at) your (?:[\w-]+ )?" + _WORKPLACE + r"\b"
    r"|\byou (?:don't|do not) (?:need|want) an? [\w-]+(?: [\w-]+)? yourself\b"
    r"|\bneed a (?:second|spare|extra) pair of (?:hands|feet|eyes)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? (?:ever )?take (?:people|students|grads|folks) from\b"
    r"|\byou(?: guys)? (?:must|probably) (?:be )?(?:always )?looking for (?:people|someone|somebody|folks|help)\b"
    r"|\b(?:and|do|does|would|will) (?:you|they|your [\w-]+)(?: guys)? (?:ever |still |even )?hire (?:people|someone|anyone|folks)"
    r" (?:with no|without) (?:any )?experience\b"
    # sets 346-353: "are they taking people right now?", "hear about associate openings at your
    # branch", "Maybe they will need somebody after I finish the program", "does your outfit still
    # take on seasonal people", "do you take on like seasonal help", "anything right now that you'd
    # need like an assistant editor for", "paid tech spots i could get into", "Is your post house
    # looking for assistants?", "Are you ever looking to bring on another diver?"
    r"|\b(?:are|is) (?:they|you|your [\w-]+)(?: guys)? (?:still |currently )?taking (?:on )?(?:people|anyone|anybody|new people)\b"
    r"|\b(?:hear|find out|know) about (?:[\w-]+ )?(?:openings|vacancies|positions|jobs) (?:at|in|on|with) your\b"
    r"|\bneed (?:somebody|someone) after i (?:finish|graduate|get)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? (?:still |ever )?take on (?:like )?(?:[\w-]+ )?(?:people|help|hands|workers)\b"
    r"|\b(?:you'd|you would|you'll|you will) need (?:like )?an? (?:[\w-]+ )?" + ROLES + r" for\b"
    r"|\bspots? i (?:could|can|might) get into\b"
    r"|\b(?:is|are) your [\w-]+(?: [\w-]+)? looking for (?:an? |any |more |new )?(?:[\w-]+ )?(?:" + ROLES + r"|staff|people)\b"
    r"|\blooking to (?:bring on|hire|take on) (?:another|a|an|more|new|some)\b"
    # sets 354-361: "anything right now that might need an assistant", "Do you need an assistant
    # for this bee film?", "your agency takes people like me", "Would your office ever need a front
    # desk person?", "Do you hire teenagers for the summer?", "Do you ever hire people without
    # commercial experience for the season?", "Are you planning to hire another paraplanner"
    r"|\b(?:might|would|will|could) need an? (?:[\w-]+ )?(?:assistant|helper|hand|intern|apprentice|editor|tech)\b"
    r"|\b(?:do|does) you need an? (?:[\w-]+ )?(?:assistant|helper|hand|intern|apprentice|editor|tech)s? for\b"
    r"|\byour [\w-]+ takes? people like me\b"
    r"|\b(?:would|will|does) your [\w-]+ (?:ever )?need an? (?:[\w-]+ ){0,2}(?:person|assistant|helper|hand|receptionist|tech)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+) (?:ever )?hire (?:teenagers|teens|high schoolers)\b"
    r"|(?<!when she )(?<!when he )(?<!when they )(?<!when you )\bhire (?:[\w-]+ ){1,4}for the (?:summer|season)\b"
    r"|\bplanning to hire\b"
    # sets 362-369: "does your agency hire people part time", "Your agency, they are hiring now?",
    # "emailed you next spring when your division posts its seasonal technician jobs", "maybe your
    # agency needs somebody who speaks Spanish"
    r"|\b(?:does|do|would|will) (?:your|the) [\w-]+ (?:ever |still )?hire (?:people|someone|somebody|anyone|anybody)"
    r" (?:part[- ]time|full[- ]time|for the summer|this (?:summer|year|season)|right now)\b"
    r"|\byour [\w-]+,? (?:they|it) (?:are|is) (?:still )?hiring\b"
    r"|\bwhen your [\w-]+ posts?\b"
    r"|\b(?:your [\w-]+|you guys) (?:needs?|could use) (?:somebody|someone|a person) who\b"
    # sets 370-377: "Does your lab have a technician job for international students", "introducing
    # me to someone at one of them who's hiring", "Do you ever take an apprentice?"
    r"|\b(?:does|do) (?:your|the) [\w-]+ have (?:a|an) (?:[\w-]+ ){0,3}(?:job|position|opening|spot|role) for\b"
    r"|introduc\w* me to (?:[\w'-]+ ){0,6}who(?:'s| is| are) hiring"
    r"|\b(?:do|does) you (?:ever )?take (?:on )?an? apprentice"
    # sets 386-393: "a tuner in my area who maybe needs a helper", "If you have an opening on the
    # morning shift", "Are any of the part-time youth positions at your branch open right now?",
    # "Would you have any use for a second diver", "Do you hire seasonal crew also? I can work hard"
    r"|\bwho (?:maybe |might |could )?needs? (?:a|an|some) (?:helper|assistant|apprentice|hand)\b"
    r"|\bif you (?:have|ever have|get) an opening\b|\bpositions?\b[^.?!]{0,40}\bopen (?:right )?now\b"
    r"|\b(?:any|a) use for (?:a|an|another|one more|a second|an extra)\b"
    r"|\bdo you (?:guys )?hire\b[^?]*\?\s*i (?:can|am|'m|have|would)\b"
    # sets 394-401: "Any chance your company hires guys my age with no CDL yet", "the agency you work
    # for do they hire people now", "do you ever like bring on apprentices", "you hire extra people
    # for that? I can work hard"
    r"|\b(?:any chance|do|does|would|will) (?:your|the) [\w-]+ (?:ever |still )?hires? (?:guys|people|folks|someone|somebody"
    r"|anyone|women|men) (?:my age|like me|with no|without)\b"
    r"|\b(?:do|does) (?:they|you|your [\w-]+) (?:still )?hire (?:people|someone|anyone|folks) (?:now|right now|at the moment)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? (?:ever )?(?:like )?bring on (?:any )?(?:apprentices|interns|helpers|trainees"
    r"|new people)\b"
    r"|\bhire\b[^?]*\?\s*i (?:can work hard|work hard|am (?:a )?hard|'m (?:a )?hard|am not afraid|'m not afraid)"
    # sets 402-409: "is there any chance you'll be hiring in the spring", "Your studio, maybe they
    # need someone for emergency like that", "do you need a morning prep person now", "your agency
    # is it looking for new people now", "Do you think you'll need an assistant anytime soon?", "is
    # there a possibility to work for you"
    r"|\bany chance (?:you'll|you will|you'd|you would|your [\w-]+ will|they'll|they will) be hiring\b"
    r"|\bmaybe (?:they|you|your [\w-]+) (?:need|needs|could use) (?:someone|somebody|a|an|help)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+) need an? (?:[\w-]+ ){0,2}(?:person|people|helper|hand)s? (?:now|right now|at the moment"
    r"|this (?:summer|season|year))\b"
    r"|\b(?:is it|are they|are you) looking for (?:new |more )?(?:people|staff|help|workers|hands) (?:now|right now)\b"
    r"|\b(?:you'll|you will) need an? (?:[\w-]+ )?(?:assistant|helper|hand|intern|apprentice)\b"
    r"|\b(?:possibility|possible|chance) (?:to|that i (?:could|can)) work (?:for|with) you\b"
    # set 411: "Does your team ever bring on people part-time"
    r"|\b(?:does|do) (?:your [\w-]+|you) (?:ever )?bring on (?:new )?(?:people|folks|anyone|someone|help)\b"
    # set 423: "Your school also is looking for one now?"
    r"|\byour [\w-]+ (?:also )?is looking for (?:one|someone|somebody|people|a|an)\b"
    # sets 428, 432: "do you know if your team ever takes juniors", "are you guys looking for another one"
    r"|\b(?:if|whether) your [\w-]+ (?:ever )?takes (?:juniors|interns|new grads|apprentices|trainees|students)\b"
    r"|\bare you (?:guys |all )?looking for (?:another (?:one|\w+)|anybody|anyone|someone|somebody|people|help)\b"
    # sets 442-449: "Is your lab maybe looking for one more technician?", "would there be a chance
    # of a job after?"
    r"|\b(?:looking for|need|needs|hiring) (?:one|another) more\b|\b(?:chance|shot) (?:of|at) (?:a |getting a )?job\b"
    # sets 458-465: "do you maybe need an assistant for your next film", "Is there a season tech job
    # with you", "do you know if your agency hires students", "if your company has any like support
    # engineering openings", "when your district needs someone", "you're probably hiring for the
    # spring right", "Does your district take clinical fellows?", "does your company do like
    # internships for high schoolers", "Is the station hiring any associate producers"
    r"|\b(?:do|would) you (?:maybe |ever |possibly )?need an? (?:\w+ )?(?:assistant|helper|hand|intern|apprentice)\b"
    r"|\bis there an? [\w -]{0,25}(?:job|position|spot|opening) with you\b"
    r"|\b(?:if|whether) your [\w-]+ (?:ever )?(?:hires|is hiring|has (?:any )?(?:like )?(?:[\w-]+ ){0,2}(?:openings|positions|jobs"
    r"|internships)|has an? (?:[\w-]+ ){0,2}(?:program|internship))\b"
    r"|\bwhen your [\w-]+ needs (?:someone|somebody|people)\b|\byou're probably hiring\b"
    r"|\b(?:does|do) your [\w-]+ (?:ever )?take (?:clinical )?(?:fellows|residents)\b"
    r"|\b(?:does|do) your [\w-]+ (?:do|offer|have|run) (?:like )?(?:an? |any )?(?:[\w-]+ )?(?:internships?|student programs?|co-ops?|coops?)\b"
    r"|\b(?:is|are) (?:the|your) (?!field\b|industry\b|market\b|profession\b|trade\b)[\w-]+ (?:still )?hiring"
    r" (?:any|anyone|anybody|new|right now|now|at the moment|this (?:year|season|summer|spring|fall))\b"
    # sets 466-473: "Does your agency need people right now?", "You must need more cellar people
    # now, no?", "you're probably always looking for good apprentices"
    r"|\b(?:do|does) (?:you|your [\w-]+) need (?:more |new |any )?(?:people|workers|staff|help|hands)(?: right now| now"
    r"| at the moment| this (?:summer|season|year))\b|\byou must need (?:more |new )?(?:[\w-]+ )?(?:people|hands|help|staff"
    r"|workers)\b|\byou're (?:probably )?(?:always )?looking for (?:good |new |more )?(?:apprentices|helpers|people|hands|techs)\b"
    # sets 474-481: "do you know if your hospital hire the foreign nurse", "if your local's taking
    # applications right now", "Your school, do they need a chemistry teacher next year maybe?"
    r"|\b(?:if|whether) your [\w-]+ (?:ever )?hire (?:the |a |an )?(?:foreign|international|new|people|someone|somebody)"
    r"|\byour [\w'-]+ (?:is )?taking applications\b|\byour [\w-]+,? do they need an? "
    # sets 482-489: "do you have any spots opening up", "do you ever have like interns on the stage"
    r"|\bany (?:spots|positions|openings|jobs) opening up\b|\bdo you (?:ever )?have (?:like )?(?:any )?interns\b"
    # sets 490-497: "Are you taking on any attendants right now?", "Your credit union is hiring an
    # analyst now, right?", "Do you have an opening for assistant in your center", "anything open at
    # your branch", "does your studio ever bring in trainees", "do you hire people straight out of
    # school at your shop", "would your agency be looking for anybody right now"
    r"|\bare you taking on any\b|\byour (?:[\w-]+ ){1,2}(?:is|are) hiring (?:an?|any|new)\b"
    r"|\b(?:do you have|is there) an opening for\b|\banything open at your\b"
    r"|\byour [\w-]+ (?:ever )?bring in (?:trainees|interns|apprentices|helpers)\b"
    r"|\bdo you hire (?:people|anyone|someone|grads|students)\b[^.?!]{0,30}\bat your\b"
    r"|\byour [\w-]+ be looking for (?:anybody|anyone|someone|people)\b"
    # sets 506-513: "Is there a position like that at your museum right now?", "is your hospital one
    # of the ones that hires students"
    r"|\bis there (?:a|an|any) (?:position|opening|job|role|spot)s? (?:like (?:that|this|yours) )?(?:at|in|on|with) your\b"
    r"|\bis your [\w-]+ one of the (?:ones|places) that (?:hires?|takes?|brings? on)\b"
    # sets 514-521: "does your agency need bilingual people now", "Your team, do you need junior
    # now?", "Do you take people for stage at Marlow?", "do you know any regional companies around
    # here that are like hiring women drivers right now"
    r"|\b(?:does|do) your [\w-]+ need (?:\w+ )?(?:people|staff|aides|help|hands|someone|anyone|juniors?|techs?|drivers|nurses"
    r"|assistants?)(?: \w+)? (?:now|right now|at the moment)\b"
    r"|\bdo you need (?:a |an |any )?(?:junior|juniors|assistant|helper|intern|apprentice)s? (?:now|right now|at the moment)\b"
    r"|\btake (?:people|anyone|someone|students) for (?:a )?stages?\b"
    r"|\bdo you know (?:of )?any [\w ]{0,30}?(?:companies|shops|firms|agencies|places|crews|outfits|restaurants|hospitals)"
    r" [\w ]{0,25}?(?:that are|who are|that're|that|who) (?:like |currently |actually )?(?:hiring|are hiring)\b"
    # sets 522-529: "Do you hire part-time people my age", "Do you take students for working in the
    # summer?", "Does your clinic let high schoolers volunteer or, like, work summers?"
    r"|\bdo you (?:ever )?hire (?:[\w-]+ )?(?:people|anyone|someone|students|kids|teens) (?:my age|like me)\b"
    r"|\bdo you take (?:students|people|kids|teens) for (?:working|work)\b"
    r"|\blet (?:high schoolers|students|people like me|teens|teenagers|kids my age) (?:volunteer|work)\b"
    # "i did scheduling and invoicing for like twenty years so you must need somebody like that" (set 535)
    r"|\bmust need (?:somebody|someone|people|help) like (?:that|me)\b"
)
