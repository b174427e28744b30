"""Job-ask phrases about their workplace's hiring, which do not name the user: whether they are
hiring or taking people on, openings, positions and programmes on their team. Grown from the
labelled interview sets; each block names the sets it came from. Whether they need or would take
someone, from set 306 on, is `job_ask_taking_on`; `job_ask_phrases` joins them with the phrases
that ask for the user (`job_ask_for_me`) into one search."""

from __future__ import annotations

from practice.scoring.job_ask_words import FOR_SCHOOL, ROLES

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
    # ... in a second language's order: "is your museum have internships for pre program students" (set 647)
    r"|\bis your \w+ (?:have|has|offer|offers) (?:any )?(?:\w+ )?(?:internships|placements|openings|vacancies)\b"
    # ("Does your museum have this kind of internship?", set 600; not "does the program have an
    # internship component", a course's)
    r"|(?:does|do) your \w+ (?:have|offer|run) (?:this kind of |that kind of |an? )(?:\w+ )?(?:internship|placement)\b"
    r"|put in a (?:good )?word"
    r"|(?:love|like|want|hope|happy|glad) to be considered"
    r"|if (?:a|an|any) (?:spot|position|role|opening|job|vacancy) (?:opens|comes)"
    r"|(?:interview|apply|applying) (?:with|at|for) (?:you|your (?:team|company))"
    r"|know (?:anyone|anybody|of anyone) (?:who(?:'s| is)|that(?:'s| is)) hiring"
    r"|\b(?:entry-level|entry level|junior|open) (?:openings|positions|roles|jobs|spots) (?:on|at|in|with|for) (?:your|you)\b"
    r"|(?:any|are there) (?!many |a lot of |lots of |plenty of )(?:\w+ ){0,2}(?:openings|internships|vacancies)\b(?! out there| anywhere| in general)|(?<!when you )(?<!when they )(?<!when you're )(?<!when they're )(?<!how you )(?<!how they )(?<!how do you )(?<!about )(?:take|taking|hire|hiring|have) (?:on )?(?:any |summer |new )?(?:interns|apprentices|clerks|law clerks|summer \w+)\b"
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
    # the workplace named, then asked about: "the agency you work, they are looking for new aides now?"
    # (set 642); and a "no" put to them: "You are not hiring now, right?", "Your department isn't
    # hiring right now, is it?" (sets 1-657: the 11 such turns are job asks)
    r"|\b(?:the|your) [\w-]+ (?:where )?you work(?: at| for| in)?,? (?:they|it) (?:is|are|'re|'s) (?:maybe |also )?(?:looking for|hiring|needing)\b"
    r"|\b(?:you(?: guys)?|your(?: [\w-]+){1,2})(?: are| is|'re|'s)? (?:maybe |probably |still )?(?:not|isn't|aren't) hiring\b"
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
    # ("If some position opens in your division, maybe you can tell me?", set 590)
    r"|\bif (?:a|an|any|some) (?:[\w-]+ )?(?:job|position|spot|role|opening|vacancy) (?:ever )?(?:opens|comes up)\b(?: up)? (?:in|at|on) your\b"
    r"|\b(?:are|is) (?:you|your [\w-]+)(?: guys)? (?:taking|accepting) (?:on )?(?:any )?(?:[\w-]+ )?(?:undergrads|students|interns|trainees"
    r"|apprentices|helpers|grads|volunteers)\b"
    # ("do you know if your brewery is looking for anyone on the packaging side", "do you know if
    # the network has any like production assistant openings", sets 586-587)
    r"|\byour [\w-]+ (?:is|are) (?:hiring\b|looking for (?:anyone|someone|somebody|people|help|staff)\b)"
    r"|\bdo you know if (?:the|your) [\w-]+ (?:has|have) any (?:like )?(?:[\w-]+ ){0,3}(?:openings?|positions?|vacancies|spots)\b"
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
    # openings, programmes and hiring asked after, sets 322-513 ("would there be a spot for someone
    # coming back in?", "hear about associate openings at your branch", "tuition spots i could get
    # into", "Your agency, they are hiring now?", "when your division posts its seasonal jobs",
    # "Does your lab have a technician job for international students", "introducing me to someone
    # who's hiring", "If you have an opening on the morning shift", "is there any chance you'll be
    # hiring in the spring", "Is there a season tech job with you", "if your company has any like
    # support engineering openings", "does your company do like internships for high schoolers", "Is
    # the station hiring any associate producers", "do you have any spots opening up", "Do you have an
    # opening for assistant in your center", "Is there a position like that at your museum", "is your
    # hospital one of the ones that hires students", "any regional companies ... hiring women drivers",
    # "Do you think there'd be a place for someone with my background in pre-planning sales here")
    r"|\b(?:would there|there'd|there would) be (?:a|any) (?:spot|place|position|opening|job|role) for (?:someone|somebody|me|people)\b"
    r"|\b(?:hear|find out|know) about (?:[\w-]+ )?(?:openings|vacancies|positions|jobs) (?:at|in|on|with) your\b"
    r"|\bspots? i (?:could|can|might) get into\b"
    r"|\byour [\w-]+,? (?:they|it) (?:are|is) (?:still )?hiring\b"
    r"|\bwhen your [\w-]+ posts?\b"
    r"|\b(?:does|do) (?:your|the) [\w-]+ have (?:a|an) (?:[\w-]+ ){0,3}(?:job|position|opening|spot|role) for\b"
    r"|introduc\w* me to (?:[\w'-]+ ){0,6}who(?:'s| is| are) hiring"
    r"|\bif you (?:have|ever have|get) an opening\b|\bpositions?\b[^.?!]{0,40}\bopen (?:right )?now\b"
    r"|\bany chance (?:you'll|you will|you'd|you would|your [\w-]+ will|they'll|they will) be hiring\b"
    r"|\bis there an? [\w -]{0,25}(?:job|position|spot|opening) with you\b"
    r"|\b(?:if|whether) your [\w-]+ (?:ever )?(?:hires|is hiring|has (?:any )?(?:like )?(?:[\w-]+ ){0,2}(?:openings|positions|jobs"
    r"|internships)|has an? (?:[\w-]+ ){0,2}(?:program|internship))\b"
    r"|\b(?:does|do) your [\w-]+ (?:do|offer|have|run) (?:like )?(?:an? |any )?(?:[\w-]+ )?(?:internships?|student programs?|co-ops?|coops?)\b"
    r"|\b(?:is|are) (?:the|your) (?!field\b|industry\b|market\b|profession\b|trade\b)[\w-]+ (?:still )?hiring"
    r" (?:any|anyone|anybody|new|right now|now|at the moment|this (?:year|season|summer|spring|fall))\b"
    r"|\bany (?:spots|positions|openings|jobs) opening up\b|\bdo you (?:ever )?have (?:like )?(?:any )?interns\b"
    r"|\b(?:do you have|is there) an opening for\b|\banything open at your\b"
    # set 625: "Do you have any position for pastry cook right now?"
    r"|\bdo you (?:currently )?have (?:any|an?) (?:open )?(?:positions?|openings?|spots?|vacanc(?:y|ies)) for\b"
    r"|\bis there (?:a|an|any) (?:position|opening|job|role|spot)s? (?:like (?:that|this|yours) )?(?:at|in|on|with) your\b"
    r"|\bis your [\w-]+ one of the (?:ones|places) that (?:hires?|takes?|brings? on)\b"
    r"|\bdo you know (?:of )?any [\w ]{0,30}?(?:companies|shops|firms|agencies|places|crews|outfits|restaurants|hospitals)"
    r" [\w ]{0,25}?(?:that are|who are|that're|that|who) (?:like |currently |actually )?(?:hiring|are hiring)\b"
    # sets 658-665: "Which agency are you with, and do they have anything open right now?", "do you
    # know if your facility is taking new trainees this year", "would you tell them I'm coming",
    # "You maybe have a place like this in your team, for a beginner?", "do you think the agency
    # you're with would take someone with no experience"
    r"|\b(?:do|does) (?:they|you|you guys|your [\w-]+) (?:maybe )?have anything (?:open|opening up)\b"
    r"|\byour [\w-]+ (?:is|are) (?:taking|taking on|accepting) (?:any |new |more )*(?:[\w-]+ )?(?:trainees|apprentices|interns"
    r"|students|grads|graduates|applications|people|hires|drivers|aides)\b"  # ("is taking new people", set 944)
    r"|\btell (?:them|her|him) (?:that )?i'm coming\b"
    r"|\b(?:have|is there|there's) (?:a|any) (?:place|spot) (?:like (?:this|that) )?(?:in|on|at|with) your\b"
    r"|\b(?:the|your) [\w-]+ (?:you're|you are) (?:with|at) (?:would|will|might) (?:ever )?(?:take|hire|take on) (?:someone|somebody|me|people)\b"
    # sets 666-673: "is there any chance you'd need an assistant on your next project", "maybe I can
    # do the training with your agency and work for you after", "do you know if you all have any
    # like grand project jobs coming up", "tell the people who do the interviews that i'm a good welder"
    # (and "Is there any chance you'll need a part-time game master this summer?", "Your agency
    # must be hurting for people like everybody else, right?", "i bet you'd find a spot for them",
    # "or like be an intern", sets 674-681)
    r"|\bany chance you(?:'d| would|'ll| will) need (?:an?|another|some|any) (?:(?:[\w-]+ )?" + ROLES
    + r"\b|[^.?!]{0,40}\b(?:this|next) (?:summer|season|year|spring|fall|winter)\b)"
    r"|\byour [\w-]+ must be (?:hurting|short|desperate) for\b|\byou(?:'d| would) find a spot for\b"
    r"|\b(?:or|and) (?:like |maybe )?be (?:an?|your) (?:[\w-]+ )?(?:intern|apprentice|assistant|helper|aide)\b"
    r"|\bwork for you (?:after|afterwards|later|when i)\b"
    r"|\b(?:you all|y'all|you guys|you) have any (?:like )?(?:[\w-]+ ){0,3}(?:jobs|positions|openings|spots) (?:coming up|opening up)\b"
    r"|\btell (?:the (?:people|person|guys?|folks)|whoever) who (?:do|does|runs?|handles?) (?:the )?(?:interviews|hiring)\b"
    # sets 906-961: "so you can call me when you hire", "when there is an opening, you can tell me?",
    # "do you know anybody hiring helpers", "any chance at an associate producer opening", "Maybe you
    # have some position in your lab"
    r"|\bcall me (?:when|if|once) (?:you|your [\w-]+|they) (?:\w+ )?(?:hire|hires|hiring|need (?:someone|somebody|people|help))\b"
    r"|\b(?:when|if|once) there(?:'s| is) an? (?:[\w-]+ )?(?:opening|position|spot|vacancy)\b[^.?!]{0,20}\b(?:tell|let) me\b"
    r"|\bknow (?:anybody|anyone|somebody|someone) (?:who's |who is |that's |that is )?hiring\b"
    r"|\bany chance (?:at|of|for) (?:an?|the) (?:[\w-]+ ){0,3}(?:opening|position|job|role|spot)\b"
    r"|\byou have (?:some|any|a) (?:[\w-]+ )?(?:position|opening|spot|job|place) (?:in|at|on|with) your\b"
)
