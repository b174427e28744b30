"""Job-ask phrases in which the user asks for the work itself: to work, intern, stage, volunteer,
do a trial or a shift there, to be taken on, hired or let apply, the openings asked after "for me",
and the offers of themself ("I could start soon", "I'd work for free"). Grown from the labelled
interview sets; each block names the sets it came from. The asks to be put forward for it instead
(a referral, a letter, a résumé passed on, being considered, an introduction to whoever hires) are
`job_ask_favours`, split from here by what is asked when this passed 400 lines. `job_ask_phrases`
joins them with the phrases about their workplace's hiring (`job_ask_openings`,
`job_ask_taking_on`) and about a placement of the user's training there (`job_ask_placements`)
into one search."""

from __future__ import annotations

from practice.scoring.job_ask_words import NOT_ASKED_TO, ROLES

FOR_ME = (
    r"(?:possible|a chance|any way|okay) (?:for me )?to (?:interview|apply) (?:for|with|at)\b"
    r"|(?:any|some) (?:open |current |available )?(?:openings|positions|vacancies|roles|jobs|internships|opportunities) (?:open|available|for me|on your team|at your|in your|that i)"
    r"|(?:could|can) i get (?:a |an )?(?:job|internship|placement|position) (?:at|with|on)"
    # sets 134-137: "put me on your lab's waiting list", "a trainee program that i could apply to",
    # "then you must need more people, no?"
    r"|\bput me on (?:your|the|their) (?:[\w'-]+ ){0,2}(?:waiting list|waitlist|list)\b|\b(?:program|programme|position|role|opening|job|spot|internship|apprenticeship|posting) (?:that|which) i (?:could|can|might) apply (?:to|for)\b"
    r"|\b(?:you|who|someone|anyone) (?:could |can |would |will |might )?bump me up (?:the|that|your) (?:list|waitlist|waiting list)\b"
    r"|\b(?:bring|have|get) me in for (?:a|an) (?:[\w-]+ )?(?:interview|trial|tryout|shift)\b"  # "bring me in for a working interview"
    # sets 126-129: "what would it take to get on with your outfit", "could i pick up some smaller hearings"
    r"|\b(?:take (?:for me )?to|could i|can i|chance to|way to|how (?:do|would|could) i) get on with (?:your|the) (?:outfit|crew|company|team|department|station|shop|firm|agency)\b"
    r"|\b(?:could|can) i (?:maybe |just )?pick up (?:some|a few|any) (?:[\w-]+ )?(?:shifts|hearings|jobs|gigs|work|hours)\b(?! (?:at|in|with) another)"
    r"|(?:take|taking|bring|bringing) me on\b"
    r"|(?:openings|positions|vacancies|roles|jobs)\b[^.?!]{0,40}\b(?:i could|i can|i might|for me) (?:apply|fill|join)"
    # "let me stage", "let me do a stage", "have me try a trial shift" (sets 1-561)
    r"|(?:let|have) me (?:(?:do|try) (?:a |one )?)?(?:stage|trail|trial shift)\b"
    r"|(?:can|could|may) i (?:interview|apply) (?:for|with|at)"
    r"|(?<!might actually )(?<!might )(?:help me|get me) (?:get )?hired"
    r"|" + NOT_ASKED_TO + r"hire me|give me (?:a|an) (?:job|position|internship|interview|chance)"
    r"|get me (?:a |an )?(?:job|interview|foot in|in the door|in\b(?! (?:trouble|hot water|a mess|a lot of)\b))|(?<!real )(?<!right )(?<!good )(?<!dream )(?<!the )(?<!is a )(?:job|position|role|internship) for me"
    r"|(?:can|could|would|will) you (?:help me )?(?:get|land|find) (?:me )?(?:a |an )?(?:job|position|role|interview|internship)"
    r"|(?:can|could) i (?:work|intern) (?:for|with) you"
    # issue 14: résumés, hiring, openings, internships, references
    r"|(?:know|knew|tell me|heard) (?:if|whether) (?:they're|they are|you're|you are|your \w+ (?:is|are)|the \w+ (?:is|are)|anyone(?:'s| is)) (?:\w+ )?hiring"
    # "a library assistant opening at your branch", "could I stage in your kitchen", "so you
    # could flag me", "does your company ever hire for those dedicated spots"
    r"|(?:a|an|any) (?:[\w-]+ ){0,3}(?:opening|vacancy|position|spot)s? (?:for (?:that|this|it|one|me) )?(?:at|in|on|with) your\b(?! own\b)"
    # indirect asks: "could i like intern with you guys", "take someone like me on", "if an engineer 1
    # spot opens up", "any maths jobs coming up".
    # Not shadowing: five sets' writers call "could I shadow you for a day" a big ask, not a job ask
    r"|(?:can|could|may|might) i (?:like |maybe |possibly |perhaps |um |ever |come and |come )*(?:work|intern|crew|do work experience|get work experience) (?:for|with|at|on|alongside) (?:you|your|one of your)"
    r"|(?<!when they )(?<!when you )(?:take|taking|bring|bringing|hire|hiring) (?:on )?(?:someone|somebody|anyone|people) like me\b(?! seriously\b)"
    r"|(?:any|some) (?:[\w-]+ ){0,2}(?:roles|jobs|positions|spots|posts|openings|vacancies) (?:coming up|opening up|going) (?:(?:at|on|in|with) (?:your|you)|for (?:me|someone like me|probationers|graduates|grads|trainees|juniors|newcomers|new \w+))\b"
    r"|(?:get|put) me (?:on|onto) (?:the|your|their) (?:[\w-]+ )?(?:list|roster|books|rota)|so i (?:can|could) get (?:on|onto) (?:the|your|their) (?:[\w-]+ )?(?:list|roster|books)"
    r"|(?:okay|ok|alright|all right|possible) (?:for me )?(?:if i|to) appl(?:y|ied) (?:for|to)\b"
    r"|(?:take|taking|bring|bringing|hire|hiring) (?:someone|somebody) (?:my age|like me) on\b"
    r"|(?:someone|somebody|people) like me (?:could|can|might) (?:get into|join|apply)"
    r"|(?:do|does) (?:you|your [\w-]+) (?:maybe |ever |still )?need (?:someone|somebody|anyone|an extra|extra|more) (?:[\w-]+ ){0,4}?(?:like (?:that|me)|now|right now|at the moment|this (?:summer|season|year|fall|spring|winter))"
    # "could i apply to your local tomorrow"
    r"|(?:can|could|may) i (?:\w+ )?apply (?:to|at|with) (?:your|you)\b"
    r"|(?:would|does|do) (?:your|the) [\w-]+ have any (?:[\w-]+ ){0,4}jobs? (?:i could|i can|for me|that i)\b"
    # sets eighteen and nineteen: "has anything going at the moment? even bank shifts?", "if a
    # contract ever came up", "is your central pharmacy hiring", "take them on as an apprentice",
    # "getting on as an ASM for your next production", a trial shift
    r"|take (?:me|them|someone|somebody|people) on as (?:an? )?(?:apprentice|intern|trainee|junior|assistant)"
    r"|(?:know|tell me|heard) (?:if|whether) [^.?!]{3,50}? (?:is|are) (?:still |currently )?hiring\b"
    r"|\b(?:i'd like|i would like|get me|save me) a (?:spot|place|seat) (?:in|on) (?:the|your|their|next)\b"
    # sets 38-39: "could you help me get a spot in one of those here at your park", "if the
    # conservancy here has any opening now"
    r"|\byou (?:\w+ ){0,2}help me (?:get|land|find|secure) (?:a|an|one) (?:[\w-]+ ){0,2}(?:spot|place|position|job|role|internship|placement|apprenticeship)\b"
    # sets 36-37: "would your firm have room for a winter intern", "if you're looking for an
    # apprentice", "could I work under you?", "would your firm consider someone without the
    # license yet for a staff position"
    r"|\b(?:have|has|got|find|make) (?:any )?(?:room|space|a place|a spot) for (?:me\b|(?:someone|somebody) like me\b"
    # (sets 202-209: "would your clinic have room for an aide")
    r"|(?:a|an|another|one more) (?:[\w-]+ ){0,2}(?:intern|apprentice|trainee|hire|assistant|junior|analyst|associate|volunteer"
    r"|aide|helper|tech|technician|stagehand|cook|hand)s?\b)"
    r"|(?:can|could|may|might) i (?:\w+ )?work under you\b"
    # sets 60-61: "is there a way I could end up on your crew", "do you guys do internships for
    # high schoolers", "could I come in and stage here", "help me get on with your company", "is
    # the wind farm bringing on any new techs", "would the Ledger take on a freelancer"
    r"|\bi (?:could |would |might |can )?end up (?:on|in|at|with) your (?:[\w-]+ )?(?:crew|team|shop|company|firm|kitchen|department|staff|station)\b"
    r"|\bhelp me get (?:on|in) (?:with|at) your\b"
    # set 58-59: "could I come in ... and work alongside your bakers, even unpaid?", "maybe you
    # could take me as stagiaire", "I would like very much to work here after I graduate"
    # (or "maybe i can come and work one or two saturdays with you for free", set 581)
    r"|\b(?:(?:could|can|may) i|i (?:could|can)) (?!ask\b|tell\b|say\b|check\b)[^?!]{0,80}\b(?:unpaid|for free)\b|\bi(?:'d| would) (?:happily |gladly )?work (?:for free|unpaid)\b"
    r"|\btake me (?:on )?as (?:an? |your )?(?:[\w-]+ )?(?:stagiaire|apprentice|intern|trainee|helper|assistant|volunteer)\b"
    r"|\bi(?:'d| would) (?:like|love) (?:very much |really )?to work (?:here|for you|with you|at your|on your|in your)\b"
    # set 57: "could you get me on as a helper with your crew"
    r"|\bget me on (?:as|with|at) (?:an? |your |the )?\b"
    r"|\bi(?:'d| would)? (?:really |so |absolutely )?(?:love|like|want|be hoping) to do (?:it|mine|my (?:[\w-]+ )?(?:one|placement|work experience|week|internship)) (?:here )?with (?:you|your)\b"
    r"|\bget(?:ting)? me into (?:the |your |a |an )?(?:next )?(?:[\w-]+ )?(?:class|program|programme|cohort|apprenticeship|intake)\b"
    r"|\bmaybe i (?:can|could) (?:work|help|help out) (?:there|here|for you|with you)\b"
    r"|\bmaybe i (?:can|could) work as an? [\w-]+(?: [\w-]+)? (?:in|at|for) your\b"
    # ("Have you ever thought about hiring someone to do your marketing part-time?" after "that's
    # literally my degree", set 547)
    r"|\bconsider(?:ing)? hiring me\b|\b(?:thought|think) about hiring (?:someone|somebody) (?:to do|for) your\b"
    r"|\bneed (?:someone|somebody|a hand|help|an extra pair of hands)\b[^.?!]{0,30}\bi (?:can|could) (?:start|work|come|do|help|cover)\b"
    r"|(?<!n't )(?<!not )\blet me (?:come in and |come and )?(?:work|help out|pitch in)\b(?! (?:on|through|out|it)\b)"
    # sets 74-77: "could i maybe come and do a stage with you", "let me pick up a few prep shifts
    # here"
    r"|\b(?:let me|could i|can i) (?:maybe )?(?:pick up|work|take|cover) (?:a few |some |a couple of )?(?:[\w-]+ )?shifts? (?:here|with you|for you|at your|in your|on your)\b"
    # sets 70-73: "shadow you this summer ... and maybe get hired on as a tech", "I'd be happy to
    # clean kennels or whatever you need", "try a full week here", "I'd work hard, I promise"
    r"|\bi(?:'d| would) be (?:happy|glad) to (?:clean|sweep|help|do|work)\b[^.?!]{0,40}\bwhatever you need\b"
    r"|\bi(?:'d| would) work (?:really |very |so )?hard\b"
    # sets 82-85: "a place for me in your kitchen", "Is your clinic looking for a vet assistant?"
    r"|\b(?:a|any) (?:place|spot|room) for (?:me|(?:an? )?(?:[\w-]+ )?(?:assistant|apprentice|helper|intern|trainee)s?) (?:\w+ )?(?:in|at|on|with) your\b"
    # sets 86-89: "any opening for a prep cook", "Could I do my field placement here", "take me
    # for one of those fieldwork placements", "Do you accept PhD students in your lab", "Your local
    # doesn't happen to be taking applications", "do a stage here", "in case you need a seasonal
    # preparer"
    r"|\b(?:have|is there|got) (?:any|an) opening for (?:a|an|me|someone)\b"
    r"|\b(?:do|doing) (?:my |a |an |one of (?:those|your|the) )?(?:[\w-]+ ){0,2}(?:placements?|internships?|intern hours|rotations?|practicum"
    r"|externships?)(?: \w+){0,2} (?:here|at your|with your?|in your|under you)\b"
    r"|\btake me (?:on )?for (?:one of )?(?:those |your |a |the )?(?:[\w-]+ )?(?:placements?|internships?|rotations?|externships?)\b"
    # sets 62-65: "maybe your firm has a position where I can work while I study", "if your clinic
    # takes any high school volunteers", "is your station looking for archive volunteers"
    r"|\b(?:position|job|role|spot|opening|place) (?:where|that) i (?:can|could|might) work\b"
    r"|\bi could (?:work on|do|help with|help on|start on)\b[^.?!]{0,25}\bas (?:an?|your) (?:[\w-]+ )?(?:assistant|intern|apprentice|helper|trainee|volunteer)\b"
    r"|\bspons(?:or|ors|oring|ored) (?:a )?(?:visas? (?:for )?|work visas? (?:for )?)?(?:me|someone like me|somebody like me|people like me)\b"
    r"|\bi(?:'d| would)? (?:really )?(?:like|love|want) to (?:work|drive|fly|cook|bake|teach|intern|volunteer|build|design|write|nurse) (?:for|with|at) your (?:[\w-]+ )?"
    r"(?:company|firm|studio|team|shop|kitchen|clinic|office|lab|crew|department|agency|practice|hotel|restaurant|hospital|airline|paper|station)\b"
    r"|\bwhat would it take (?:for (?:me|someone like me) )?to (?:work|get on|join|intern|start)\b[^.?!]{0,30}\b(?:with you|for you|your)\b"
    # sets 146-153: "could your firm give me some part-time work", "any assistant hours I could
    # pick up", "could I work some hours as a kennel assistant at your clinic", "I would be very
    # interested to work in your team", "you wouldn't happen to need extra hands", "do you still
    # need anybody this june", "or be like an assistant over the summer"
    r"|\b(?:(?:could|can|would|will) (?:you|your [\w-]+)|(?:you|your [\w-]+) (?:could|can|would|might)) (?:maybe )?give me (?:some |any |a few )?(?:[\w-]+ )?(?:work|hours|shifts)\b"
    r"|\b(?:have|has) (?:any |some )?(?:[\w-]+ )?(?:hours|shifts) (?:that )?i (?:could|can|might) (?:pick up|take|work|cover)\b"
    # (sets 210-217: "could i maybe work in your clinic", "could i work here this summer")
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?work (?:here\b|there\b"
    r"|(?:some |a few )?(?:hours |shifts |days )?(?:as an? [\w-]+(?: [\w-]+)? )?(?:at|for|with|in) your\b)"
    r"|\b(?:can|could) i (?:[\w']+ ){0,8}?or (?:maybe )?be (?:like )?(?:an?|your) (?:[\w-]+ )?(?:assistant|helper|apprentice|intern|trainee)\b"
    r"|\b(?:i|me) (?:(?!used\b|got\b|had\b|went\b)[\w']+ ){0,3}to work (?:in|at|for|with) your (?:clinic|hospital|hotel|kitchen|restaurant|shop|firm|office|team"
    r"|company|lab|practice|department|station|studio|agency|museum|library|school|farm|crew|unit)\b"
    r"|\b(?:i'd|i would) (?:love|like) working (?:there|for you|with you)\b"
    # sets 210-217: "maybe i could be your apprentice", "do you take research assistants"
    # (and "or like be your assistant on a project", set 515)
    r"|(?<!applied to )(?<!applies to )(?<!applying to )\bbe your (?:[\w-]+ )?(?:apprentice|assistant|intern|helper|trainee|runner)\b"
    # sets 866-873: "would you ever consider taking someone on ... as a sort of apprentice" (not
    # "if someone applied to be your assistant editor", what they would look for)
    r"|\b(?:consider|considering) taking (?:someone|somebody|me) on\b"
    # sets 874-881: "do they need people right now your agency", "maybe like help out at the
    # clinic as a kennel assistant" (and "could I come crew for you this season", "do you need
    # someone to wash the dishes now" above)
    r"|\bdo they (?:\w+ )?need (?:people|someone|somebody|anyone) (?:right now|now|at the moment) your\b"
    # sets 882-889: "You wouldn't need a weekend partner by any chance, would you?", "can you tell
    # me if one opens", "i'd love to like get in with your lab specifically"
    r"|\byou wouldn't (?:happen to )?need (?:a|an|another) (?:[\w-]+ )?(?:partner|assistant|helper|hand|apprentice|intern|tech)\b"
    r"|\b(?:tell|let) me (?:know )?(?:if|when) one (?:ever )?opens\b"
    r"|\bget in with your (?:[\w-]+ )?(?:lab|team|company|firm|crew|agency|shop|department|office|clinic)\b(?!')"
    r"|\bhelp out (?:at|in|with) (?:the|your) (?:[\w-]+ )?(?:clinic|shop|kitchen|lab|office|hospital|farm|studio|site|station|barn)"
    r" as (?:a|an|your) (?:[\w-]+ )?(?:assistant|helper|volunteer|intern|hand|tech)\b"
    r"|\b(?:can|could|may) i (?:maybe |like |just |possibly )*come in (?:on |for )?(?:a |one |some )?(?:\w+days?|weekends?|shifts?|mornings?|evenings?)"
    r" (?:and |to )(?:help|work|pitch in)\b"
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?work (?:a|one|the|this|next) (?:season|summer|harvest|week|weekend) (?:with|for|at) (?:you|your)\b"
    r"|\bif (?:i|someone like me|somebody like me|an? [\w-]+ like me) wanted to (?:apprentice|intern|work|train|stage) (?:with|for|under) you\b"
    r"|\bwould i be able to (?:stage|trail|apprentice|intern|work) (?:here|with you|for you|at your|in your)\b"
    # sets 250-257: "would they hire someone my age right after the course", "Does your agency take
    # people who are still finishing their CNA", "if any of the productions ... are looking for an
    # assistant editor", "is hartley ever hiring", "maybe you need apprentice now", "your company it
    # needs groundie now", "you are hiring climbers now", "can I be assistant here in your center",
    # "would you ever take on an apprentice", "how could someone like me get on with your crew"
    r"|\b(?:would|will) (?:they|you|you guys|your [\w-]+) (?:ever )?(?:hire|take|take on) (?:someone|somebody|people|anyone|anybody)"
    r" (?:my age|like me)\b|\bwould hire (?:someone|somebody) (?:my age|like me)\b"
    r"|\bi (?:can|could) be (?:an? |your )?(?:[\w-]+ )?" + ROLES + r" (?:here|in your|at your|for you|with you)\b"
    r"|\bhow (?:do|would|could|can) (?:someone|somebody) like me get on with (?:your|the) (?:outfit|crew|company|team|department|station|shop|firm|agency)\b"
    # sets 258-265: "can i come and do the test at your shop", "maybe I can work in your office",
    # "about volunteering with you", "Are you looking for techs right now?", "if one day there is a
    # job open in the court", "are you taking any undergrads", "Your agency is hiring now?", "do they
    # ever take people who are still studying"
    # (and "could i maybe come do a trail day here sometime", a misheard "trial", set 621)
    r"|\b(?:can|could|may) i (?:maybe )?come (?:in )?(?:and )?do (?:the|a|my) (?:[\w-]+ )?(?:test|trial|trail|tryout|bend test|weld test)\b"
    r"|\b(?:maybe|perhaps) i (?:can|could) work (?:in|at|for|with) your\b"
    r"|\bi (?:want|wanna|'d like|would like|'d love|would love) to apply (?:there|here|with you|to your|at your)\b"
    r"|\btell me when you post (?:the |your )?(?:next )?(?:job|opening|position|posting)s?\b"
    # sets 274-281: "Could I come in and do one in your kitchen", "Maybe they need someone like me
    # now?", "Does your agency take seasonal techs", "Your hospice has openings for case managers",
    # "if they're taking people", "take someone who graduates in May", "a paid field tech spot I could
    # apply for"
    r"|\b(?:can|could|may) i (?:maybe )?come (?:in )?and do one (?:in|at|with|for) (?:your|you)\b"
    r"|\b(?:they|you|your [\w-]+) (?:maybe )?needs? (?:someone|somebody) like me\b"
    r"|\b(?:spot|position|role|opening|job) i (?:could|can|might) apply (?:for|to)\b"
    r"|\byou (?:probably )?(?:don't|wouldn't|do|would) (?:ever )?hire (?:people|someone|somebody) (?:my age|like me)\b"
    r"|\bhave (?:any |some )?(?:work|a job|a spot|a place) for (?:me\b|an? (?:[\w-]+ )?" + ROLES + r"\b)"
    r"|\bif (?:they're|they are|you're|you are) hiring,? i(?:'d| would)\b"
    r"|\blet (?:me|someone|somebody|people) (?:observe|volunteer|intern) (?:at|in|with) your\b"
    # sets 306-313: "I'd be happy to work under your license", "could i apply there", "i can be one
    # of these extra hands for you", "start as a helper with you", "I'd work for basically nothing"
    r"|\bwork under your (?:license|licence|supervision)\b"
    r"|\b(?:can|could) i (?:\w+ )?apply there\b"
    r"|\bi (?:can|could) be one of (?:these|those|your) (?:extra )?" + ROLES + r" for you\b"
    r"|\bstart (?:out )?as an? (?:[\w-]+ )?" + ROLES + r" (?:with|for) you\b"
    r"|\bi(?:'d| would) work for (?:basically |practically |almost )?(?:nothing|free|cheap)\b"
    # sets 314-321: "I can work Saturday and Sunday", "would they maybe take somebody who's been out of
    # work as long as me", "do you think i'd have a shot at like a runner job", "put me in touch with
    # whoever runs it so i could get in"
    r"|\bi can work (?:on )?(?:saturdays?|sundays?|weekends?|nights|evenings|mornings|holidays)\b"
    r"|\b(?:take|hire) (?:somebody|someone|a person) who(?:'s| has| is) been (?:out of work|out of the workforce)\b"
    r"|\bi(?:'d| would) have a shot at (?:like )?(?:a|an) (?:[\w-]+ ){0,2}(?:job|position|role|spot|gig)\b"
    r"|\bso (?:that )?i (?:could|can|might) get in(?: there)?\b(?! touch| shape)"
    # sets 322-329: "go about getting on one of your crews", "I would be happy also to work for you",
    # "came by your stage sometime to help out", "stage with you for a few weekends, like an unpaid
    # trial"
    r"|\b(?:get|getting) on (?:one of )?your (?:crews?|teams?|staff|roster)\b"
    r"|\b(?:happy|glad|willing) (?:also |too )?to work for you\b"
    r"|\b(?:come|came|coming) (?:by|in|to) your [\w-]+ (?:sometime |some time |one day )?to help\b"
    # ("What does staging involve? Is it like an unpaid trial shift?" asks what it is, set 559)
    # ("stage with you", "do one of those stages with you", "do one of those stage days with you")
    r"|\bstages? (?:days? )?with you\b|\bsomething you'd let me do\b"
    r"|\b(?:stage|trial shift)\b[^.?!]*[.?!]\s*(?:so )?(?:can|could|may) i (?:maybe )?do one (?:here|with you|at your|in your)\b"
    # sets 330-337: "i could start pretty soon", "me coming in on a Saturday to work a shift", "if
    # there's ever a training spot open could you tell me", "if I come to wash dishes in your bakery"
    # (and "I can start with small cases", set 320)
    r"|\bi (?:could|can) start (?:pretty |really |very )?(?:soon|with small|right away|immediately|tomorrow|next week|on monday"
    r"|any ?time)\b"
    r"|\bme (?:coming|to come) in [^.?!]{0,25}\bto work\b"
    r"|\bif there(?:'s| is) ever (?:a|an) (?:[\w-]+ )?(?:spot|opening|position|job|role) (?:open|available)\b"
    r"|\bcome (?:to )?(?:wash dishes|work|help) (?:in|at) your\b"
    # sets 338-345: "Can I join your crew for the almond season", "Would a season working for your
    # outfit be possible?"
    # ("Is it possible that I join your lab as master's student next year?", set 550)
    r"|\bjoin your (?:crew|team|shop|kitchen|outfit|staff|lab)\b"
    r"|\bworking for your [\w-]+ be possible\b"
    # sets 346-353: "would you ever let someone come in and stage for a day", "I'd happily start with
    # document review", "give me the name of your agency so i can apply there", "take some of the
    # overflow off your hands"
    r"|\blet (?:me|someone|somebody) come in and (?:stage|work|help|try)\b"
    r"|\bi(?:'d| would) (?:happily|gladly) start\b"
    r"|\bso i (?:can|could) apply (?:there|to (?:you|your|them))\b"
    r"|\btake (?:some of )?(?:the|your) overflow\b"
    # sets 354-361: "telling her i'm interested in a job there", "could i do a stodge with you", "fill
    # out an application with you", "cover that if i came to drive for you guys"
    r"|\binterested in a job (?:there|with|at)\b"
    r"|\bfill out an application with you\b"
    r"|\bif i came to (?:drive|work|cook|help) for you\b"
    # sets 362-369: "shadowing you or or interning on your next project", "could i come in and
    # shadow or or apply for a mixer spot", "is yours one of them? Because I would apply tomorrow."
    r"|\bintern(?:ing)? (?:on|with|for|at) (?:you\b|your)"
    r"|\b(?:could|can) i (?:[\w']+ ){0,6}apply for (?:a|an) (?:[\w-]+ ){0,2}(?:spot|position|role|opening|job|apprenticeship"
    r"|internship)\b"
    r"|\bi(?:'d| would) apply (?:tomorrow|right away|in a heartbeat|today|immediately)\b"
    # sets 370-377: "Could I pitch you something?", "volunteer on your boat this summer", "tell
    # her i want to be on her crew", "I could log footage for free"
    r"|\b(?:could|can|may) i pitch (?:you|your)\b"
    # (and "volunteered in your lab", "volunteer on one of your dive surveys", sets 521, 532)
    r"|\bvolunteer(?:ed|ing)? (?:on|at|with|for|in) (?:one of )?your\b"
    r"|\bi want to be on (?:her|his|your|their) (?:crew|team)\b|\bi (?:could|can|would|'d) [\w' ]{0,25}for free\b"
    # sets 378-385: "do one of those stage days with you", "do you have any job for a beginner",
    # "summer analyst program at your credit union I could apply to"
    r"|\b(?:do|does) (?:you|your [\w-]+) have (?:any|a) (?:[\w-]+ )?job for (?:a|an|me|someone|somebody)\b"
    r"|\b(?:program|programs|internship|internships)\b[^.?!]{0,40}\bi (?:could|can) apply (?:to|for)\b(?! (?:[\w-]+ )?(?:programs?|schools?|college)\b)"
    # sets 386-393: "get me onto your crew for this season", "could i maybe like come apprentice in
    # your shop"
    r"|\bget me (?:onto|on|into) (?:your|the|their) (?:crew|team|shop|kitchen|line|unit|floor|ward|lab|staff)\b"
    # (not others' asks: "You must get tons of people asking to apprentice with you, huh?", set 649)
    r"|\b(?:come|(?<!people asking )(?<!others asking )(?<!kids asking )to|i|could) apprentice (?:in|with|at|for|under) (?:your|you)\b"
    # sets 394-401: "is there any way i could like come shadow you guys or get on as a helper", "any
    # regular clients you'd be willing to hand off to me"
    r"|\b(?:i could|could i|can i)\b(?! just get on)[^.?!]{0,40}\bget on as an? (?:[\w-]+ )?(?:helper|hand|apprentice|assistant|intern|tech|trainee)\b"
    r"|\bhand (?:\w+ ){0,2}off to me\b|\bsend (?:some |any )?(?:of )?(?:that |the |your )?(?:work|clients|jobs|overflow) my way\b"
    # set 407: "I'd honestly work for almost nothing too"
    r"|\bwork for (?:almost |next to )nothing\b"
    # sets 582-585: "if I asked to stage here on a weekend", "your hospital has like patient care
    # techs ... where i could work while i'm in school"
    r"|\basked? to (?:stage|trail|intern|apprentice|volunteer) (?:here|with you|for you|at your|in your)\b"
    r"|\byour\b[^.?!]{0,80}\bwhere i (?:could|can|might) (?:work|help out|volunteer)\b"
    # sets 410-417: "would it be crazy to ask to work a season with your crew", "get my foot in the
    # door at your center", "could you maybe be my cooperating teacher", "would you take a student
    # teacher next spring", "would you be open to me coming in on Fridays", "someone like me ...
    # would be perfect for this"
    r"|\bask to work (?:a \w+ )?(?:with|for|on) your\b|\bget (?:my|a) foot in the door (?:at|with) your\b"
    r"|\bopen to me (?:coming in|subbing|helping out|volunteering|working|assisting|interning|staging)\b"  # ("open to me subbing at your center", set 583)
    r"|\bsomeone like me\b[^.?!]{0,60}\bwould be (?:perfect|great|ideal|a good fit) for (?:this|it|that|the job)\b"
    # sets 418-425: "so I can apply", "Your shop, do they hire", "i'd love to get in as a mixer",
    # "Maybe I can be like an assistant?"
    r"|\bso (?:that )?i can apply\b|\byour [\w-]+,? do they hire\b|\bi'?d love to get in as an?\b"
    r"|\bmaybe i (?:can|could) (?:be|work as|start as|come as|help as) (?:like )?(?:an? )?(?:assistant|helper|intern"
    r"|apprentice|trainee|aide)\b"
    # sets 426-433: "you can help me to get work in your court?"
    r"|\bhelp me (?:to )?get (?:work|a job|hired|in) (?:in|at|with) your\b"
    # sets 434-441: "jobs at your agency that a sophomore could apply for", "take a student like me
    # for a clinical placement", "tag along with you for a season as your tender"
    r"|\bat your [\w-]+ that [\w ]{1,25} (?:could|can) apply for\b|\btake a student like me\b"
    r"|\btag along with you for a season\b|\bas your (?:tender|helper|assistant|apprentice|deckhand)\b"
    # sets 442-449: "strong enough to apply for the junior SRE role your team posted", "could i
    # like apply for the spring crew", "a new grad residency i could apply into", "i could do like
    # a summer thing with your crew"
    # (and "the pastry cook opening you posted", set 487: one rule for both)
    r"|\b(?:role|position|job|opening)s? (?:that )?(?:you|your(?: \w+)?) (?:posted|listed|advertised)\b"
    r"|\bcould i (?:like |maybe |just |even )?apply\b"
    r"|\b(?:residency|program|position|opening|spot|role|job|internship|apprenticeship)s? (?:that |where |which )?i (?:could"
    r"|can|might) apply\b|\bi could do\b[\w ]{0,30}\bwith your (?:crew|team|shop|company|lab|kitchen|firm|office)\b"
    # sets 450-457: "let me know if your er takes any new grad residents", "Could my field placement
    # be at your hospice?", "could i maybe get on there", "And maybe after, I can work there with
    # you?", "let me come sit in on a session and maybe help out"
    r"|\blet me know if your (?:[\w-]+ )?(?:ever )?(?:takes|hires|has|is hiring|needs)\b"  # (`clean` drops "er")
    r"|\bcould i (?:maybe |like |just )*get on (?:there|with you|with your)\b"
    r"|\bmaybe(?: after| later| then)?,? i (?:can|could) work (?:there|here|for you|with you)\b|\b(?:and|or) maybe help out\b"
    # sets 458-465: "hours in your lab, like as a volunteer or an intern", "you'd hire a career
    # changer like me", "do you think yours would take me", "doing my apprenticeship year with you",
    # "are you saying like you'd higher me"
    r"|\byou'd hire (?:a |someone |somebody )?[\w -]{0,25}like me\b|\b(?:yours|your [\w-]+) (?:will|would|might|could) (?:ever )?"
    r"(?:take|hire) me\b|\byou'?d (?:hire|higher) me\b"
    # sets 466-473: "work as an assistant for you during summer", "help me like get my foot in the
    # door"
    r"|\bwork as an? (?:\w+ )?(?:assistant|helper|intern|apprentice|tech)"
    r" for you\b"
    r"|\bhelp me (?:like )?get my foot in the door\b"
    # sets 474-481: "a training program i could i could get into", "maybe I can stage in your bakery",
    # "interested to apply maybe to work there with you"
    r"|\bwork there with you\b"
    # sets 482-489: "I'd be interested if you're short on hands", "very interested to work under
    # you", "would you be able to be my mentor teacher", "is that something your place offers"
    r"|\bi'd be interested if you're (?:short|hiring|looking)\b"
    r"|\b(?:interested|love|like|want) to work under you\b"
    # sets 490-497: "get hired on with your crew" (their placements are in `job_ask_placements`,
    # "whoever schedules" in `job_ask_favours`)
    r"|\bget hired on with your\b"
    # "if i come to work there" (set 490s), "would they pay for my school if i came and drove for
    # them", "I'd love to end up at your facility" (sets 506-513)
    r"|\bif i (?:came|come|went|go) (?:and|to) (?:work|worked|drive|drove) (?:for (?:you|them|your)|there)\b"
    r"|\bi'd (?:love|like) to end up (?:at|with|in|on) your\b"
    # "could i maybe like help out as a stagehand or whatever at your show", "could i maybe be a
    # helper for you" (sets 523, 529)
    r"|\bhelp out as an? [\w-]+ (?:or whatever |or something )?(?:at|on|with|for) your\b"
    r"|\bbe (?:a|an|your) (?:helper|assistant|apprentice|intern|trainee) (?:for|to|with) you\b"
    # sets 810-825: "how can I get a job in your office", "Is it possible to intern in your lab?",
    # "Would there be any room for a second diver on your crew?", "could i do that apprenticeship
    # year here with you" (not "how did you get hired on your first crew": their own start)
    r"|\b(?:i|me) get (?:a job|hired|work|a position|a spot) (?:at|in|with|on) (?:you\b|your (?!first |old |previous )"
    r"(?:[\w-]+ )?(?:office|company|firm|team|lab|shop|studio|clinic|agency|hospital|crew|kitchen|restaurant"
    r"|school|department|station|practice|store|hotel|unit|center|centre|organi[sz]ation)\b)"
    r"|\bpossible (?:for me )?to (?:intern|volunteer|apprentice|train|work) (?:in|at|with|for|on) (?:your|you)\b"
    r"|\broom (?:for (?:me|someone|somebody|a|an|another|one more)\b[^.?!]{0,25} )?on your (?:team|crew|staff)\b"
    r"|\b(?:apprenticeship|internship|placement)(?: year)? here with you\b"
    # sets 826-833: "does your clinic like hire kennel people in high school cause i'd totally do
    # that", "do you think you'll need seasonal guys this summer cause i'd be interested", "would
    # you know anybody who needs a logger right now because i would totally do that": a question
    # about who is needed, then the user's own interest in it (sets 1-833: of the 122 turns
    # that give a reason so, "cause i'd love to ...", 121 are job asks; this leaves out "love
    # to", which is mostly found already and once only wants "a feel for it")
    r"|\b(?:hire|hires|hiring|need|needs|needing|take on|taking on|openings?|spots?)\b[^.?!]{0,60}\b(?:cause|'cause|cuz"
    r"|because) (?:i'd|i would)(?: i'd| i would)? (?:totally |really |definitely |honestly )?(?:be (?:very |really |so "
    r"|super |definitely )?interested|do (?:that|it))\b"
    # sets 906-961: "would you take a chance on someone like me", "could i get a summer job there",
    # "maybe I can apply to your hospice", "help out on one of your projects", "could i maybe be
    # assistant editor for you", "maybe work in your lab", "for me to stage with your team"
    r"|\b(?:would|will|could|might) you (?:\w+ )?take a chance on (?:me|(?:someone|somebody|a \w+|people) like me)\b"
    r"|\b(?:could|can) i (?:get|find) a (?:summer |part[- ]time |weekend )?job (?:there|with you|at your|on your|in your)\b"
    r"|\b(?:i can|i could|can i|could i) apply (?:to|at|with) your [\w-]+\b"
    r"|\bhelp (?:out )?(?:on|with) (?:one of )?your (?:[\w-]+ )?projects?\b"
    r"|\bi could (?:maybe )?be (?:an? |your )?(?:[\w-]+ )?(?:assistant|intern|apprentice|helper)(?: [\w-]+)? for you\b"
    r"|\b(?:i could|could i|can i|i can|and maybe) (?:\w+ )?work (?:in|at|for|with) your (?:lab|shop|kitchen|office|studio|clinic|crew|team)\b"
    r"|\b(?:i|me) (?:to |could |can |might )?stage (?:with|at|in|for) your\b"
)
