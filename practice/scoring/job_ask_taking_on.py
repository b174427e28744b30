"""Job-ask phrases about whether their workplace needs or would take someone on: a helper, an
apprentice, people like the user ("You know any shop near Elizabeth that needs a welder?", "would
your agency take me if i did the training", "Do you hire teenagers for the summer?"). Split from
`job_ask_openings`, which keeps the openings, programmes and hiring asked after, when it passed 400
lines; each block names the sets it came from, and `job_ask_phrases` joins them into one search."""

from __future__ import annotations

from practice.scoring.job_ask_words import ROLES, WORKPLACE

TAKING_ON = (
    # sets 306-313: "You know any shop near Elizabeth that needs a welder?", "does your company
    # hire like people coming back after a long gap", "You must need an assistant sometimes"
    r"\bknow (?:any|a) [\w-]+ (?:[\w-]+ ){0,3}(?:that|who) (?:needs?|is hiring|are hiring) (?:an? )?(?:[\w-]+ )?" + ROLES + r"\b"
    r"|\b(?:does|do|would) (?:your|the) [\w-]+ (?:ever )?(?:hire|take on|bring on) (?:like )?(?:people|someone|somebody)"
    r" (?:coming back|returning)\b"
    r"|\byou must need an? (?:[\w-]+ )?" + ROLES + r"\b"
    # sets 314-321 ("does your hospital like hire cnas" is read by the "ever/still/like" rule of
    # `job_ask_openings`): "would your agency take me if i did the training", "you know somebody in the court
    # who need a new interpreter", "I'd bet you could use a second diver", "Do you have assistant
    # now, or you will need one for next project?"
    r"|\bwould (?:your|the) [\w-]+ (?:ever |maybe )?take me\b"
    r"|\bknow (?:somebody|someone|anybody|anyone) (?:[\w-]+ ){0,4}(?:that|who) (?:needs?|is hiring) (?:an? )?(?:new )?(?:[\w-]+ )?"
    + ROLES + r"\b"
    r"|\byou (?:could|can|might) (?:really |probably )?use (?:a|an) (?:second|extra|another) (?:[\w-]+ )?(?:pair of hands|set of hands|"
    r"person|body|" + ROLES + r")\b"
    r"|\bor (?:maybe )?(?:you )?(?:will |would |gonna )?need one for (?:the |your )?next (?:project|job|show|season|shoot)\b"
    # sets 330-337: "You'd probably want someone with that background on your crew, wouldn't you?"
    r"|\bwant (?:someone|somebody) (?:with|like) [^.?!]{0,30}\bon your (?:crew|team|staff)\b"
    # sets 338-345: "Do you take high school interns at all?", "do you know if the courthouse here
    # takes like student interns", "Do you need anyone in your kitchen right now?", "You don't need
    # a paraplanner yourself, by any chance?", "whether you'd ever need a second pair of feet",
    # "do you take people from johnson and whales", "You must be always looking for people with
    # experience", "And they hire people with no experience?"
    r"|\b(?:do|does|if|whether) (?:you|your [\w-]+|the [\w-]+)(?: here| guys)? (?:ever )?(?:takes?|hires?) (?:like )?(?:[\w-]+ ){0,2}"
    r"(?:interns|apprentices|externs|trainees)\b"
    r"|\bneed (?:anyone|anybody|someone|somebody) (?:in|on|at) your (?:[\w-]+ )?" + WORKPLACE + r"\b"
    r"|\byou (?:don't|do not) (?:need|want) an? [\w-]+(?: [\w-]+)? yourself\b"
    r"|\bneed a (?:second|spare|extra) pair of (?:hands|feet|eyes)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? (?:ever )?take (?:people|students|grads|folks) from\b"
    r"|\byou(?: guys)? (?:must|probably) (?:be )?(?:always )?looking for (?:people|someone|somebody|folks|help"
    r"|(?:a |an )?(?:new )?" + ROLES + r")\b"  # "You must be looking for a new apprentice at some point, right?" (set 618)
    r"|\b(?:and|do|does|would|will) (?:you|they|your [\w-]+)(?: guys)? (?:ever |still |even )?hire (?:people|someone|anyone|folks)"
    r" (?:with no|without) (?:any )?experience\b"
    # sets 346-353: "are they taking people right now?", "Maybe they will need somebody after I
    # finish the program", "does your outfit still take on seasonal people", "do you take on like
    # seasonal help", "anything right now that you'd need like an assistant editor for", "Is your
    # post house looking for assistants?", "Are you ever looking to bring on another diver?"
    r"|\b(?:are|is) (?:they|you|your [\w-]+)(?: guys)? (?:still |currently )?taking (?:on )?(?:people|anyone|anybody|new people)\b"
    r"|\bneed (?:somebody|someone) after i (?:finish|graduate|get)\b"
    r"|\b(?:do|does) (?:you|your [\w-]+)(?: guys)? (?:still |ever )?take on (?:like )?(?:[\w-]+ )?(?:people|help|hands|workers)\b"
    r"|\b(?:you'd|you would|you'll|you will) need (?:like )?an? (?:[\w-]+ )?" + ROLES + r" for\b"
    r"|\b(?:is|are) your [\w-]+(?: [\w-]+)? looking for (?:an? |any |more |new )?(?:[\w-]+ )?(?:" + ROLES + r"|staff|people)\b"
    r"|\blooking to (?:bring on|hire|take on) (?:another|a|an|more|new|some)\b"
    # set 622: "would you ever take someone on part-time to do the books"; set 619: "Would you
    # ever want a part-time hand during the almond move?"
    r"|\bwould you (?:ever |maybe )?(?:take|bring) (?:someone|somebody|me) on\b"
    # set 631: "does your crew ever take like first year people or"; set 628: "do you have like
    # fellowships or paid internships at your station"
    r"|\b(?:does|do) (?:your [\w-]+|you guys) (?:ever )?take (?:like )?(?:first[- ]year|new|green|inexperienced|young) (?:people|guys|folks|hands|workers)\b"
    r"|\bdo you (?:guys )?have (?:like )?(?:any )?(?:paid )?(?:fellowships|internships)(?: or (?:paid )?(?:fellowships|internships))? (?:at|in|on|with) your\b"
    r"|\bwould you (?:ever |maybe )?(?:want|need|use) (?:a|an|another|an extra) (?:part-time |extra |seasonal )?(?:hand|helper)\b"
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
    # sets 362-369: "does your agency hire people part time", "maybe your agency needs somebody who
    # speaks Spanish"
    r"|\b(?:does|do|would|will) (?:your|the) [\w-]+ (?:ever |still )?hire (?:people|someone|somebody|anyone|anybody)"
    r" (?:part[- ]time|full[- ]time|for the summer|this (?:summer|year|season)|right now)\b"
    r"|\b(?:your [\w-]+|you guys) (?:needs?|could use) (?:somebody|someone|a person) who\b"
    # sets 370-377: "Do you ever take an apprentice?"
    r"|\b(?:do|does) you (?:ever )?take (?:on )?an? apprentice"
    # sets 386-393: "a tuner in my area who maybe needs a helper", "Would you have any use for a
    # second diver", "Do you hire seasonal crew also? I can work hard"
    r"|\bwho (?:maybe |might |could )?needs? (?:a|an|some) (?:helper|assistant|apprentice|hand)\b"
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
    # sets 402-409: "Your studio, maybe they need someone for emergency like that", "do you need a
    # morning prep person now", "your agency is it looking for new people now", "Do you think you'll
    # need an assistant anytime soon?", "is there a possibility to work for you"
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
    # (and "Wait, you hire assistants? Are you looking for one right now?", set 595)
    r"|\bare you (?:guys |all )?looking for (?:another (?:one|\w+)|anybody|anyone|someone|somebody|people|help"
    r"|one (?:right now|now|at the moment|this (?:year|summer|season)))\b"
    # sets 442-449: "Is your lab maybe looking for one more technician?", "would there be a chance
    # of a job after?"
    r"|\b(?:looking for|need|needs|hiring) (?:one|another) more\b|\b(?:chance|shot) (?:of|at) (?:a |getting a )?job\b"
    # sets 458-465: "do you maybe need an assistant for your next film", "when your district needs
    # someone", "you're probably hiring for the spring right", "Does your district take clinical
    # fellows?"
    r"|\b(?:do|would) you (?:maybe |ever |possibly )?need an? (?:\w+ )?(?:assistant|helper|hand|intern|apprentice)\b"
    r"|\bwhen your [\w-]+ needs (?:someone|somebody|people)\b|\byou're probably hiring\b"
    r"|\b(?:does|do) your [\w-]+ (?:ever )?take (?:clinical )?(?:fellows|residents)\b"
    # sets 466-473: "Does your agency need people right now?", "You must need more cellar people
    # now, no?", "you're probably always looking for good apprentices"
    r"|\b(?:do|does) (?:you|your [\w-]+) need (?:more |new |any )?(?:people|workers|staff|help|hands)(?: right now| now"
    r"| at the moment| this (?:summer|season|year))\b|\byou must need (?:more |new )?(?:[\w-]+ )?(?:people|hands|help|staff"
    r"|workers)\b|\byou're (?:probably )?(?:always )?looking for (?:good |new |more )?(?:apprentices|helpers|people|hands|techs)\b"
    # sets 474-481: "do you know if your hospital hire the foreign nurse", "if your local's taking
    # applications right now", "Your school, do they need a chemistry teacher next year maybe?"
    r"|\b(?:if|whether) your [\w-]+ (?:ever )?hire (?:the |a |an )?(?:foreign|international|new|people|someone|somebody)"
    r"|\byour [\w'-]+ (?:is )?taking applications\b|\byour [\w-]+,? do they need an? "
    # sets 490-497: "Are you taking on any attendants right now?", "Your credit union is hiring an
    # analyst now, right?", "does your studio ever bring in trainees", "do you hire people straight
    # out of school at your shop", "would your agency be looking for anybody right now"
    r"|\bare you taking on any\b|\byour (?:[\w-]+ ){1,2}(?:is|are) hiring (?:an?|any|new)\b"
    r"|\byour [\w-]+ (?:ever )?bring in (?:trainees|interns|apprentices|helpers)\b"
    r"|\bdo you hire (?:people|anyone|someone|grads|students)\b[^.?!]{0,30}\bat your\b"
    r"|\byour [\w-]+ be looking for (?:anybody|anyone|someone|people)\b"
    # sets 514-521: "does your agency need bilingual people now", "Your team, do you need junior
    # now?", "Do you take people for stage at Marlow?"
    r"|\b(?:does|do) your [\w-]+ need (?:\w+ )?(?:people|staff|aides|help|hands|someone|anyone|juniors?|techs?|drivers|nurses"
    r"|assistants?)(?: \w+)? (?:now|right now|at the moment)\b"
    r"|\bdo you need (?:a |an |any )?(?:junior|juniors|assistant|helper|intern|apprentice)s? (?:now|right now|at the moment)\b"
    r"|\btake (?:people|anyone|someone|students) for (?:a )?stages?\b"
    # sets 522-529: "Do you hire part-time people my age", "Do you take students for working in the
    # summer?", "Does your clinic let high schoolers volunteer or, like, work summers?"
    r"|\bdo you (?:ever )?hire (?:[\w-]+ )?(?:people|anyone|someone|students|kids|teens) (?:my age|like me)\b"
    r"|\bdo you take (?:students|people|kids|teens) for (?:working|work)\b"
    r"|\blet (?:high schoolers|students|people like me|teens|teenagers|kids my age) (?:volunteer|work)\b"
    # "i did scheduling and invoicing for like twenty years so you must need somebody like that" (set 535)
    r"|\bmust need (?:somebody|someone|people|help) like (?:that|me)\b"
    # a try-out with their crew: "could i like ride along with your crew some weekend and see if
    # i'm any good at it" (set 653; riding along only to see the work is no ask)
    r"|\bride ?-?along with (?:you|your [\w-]+)\b[^.?!]{0,40}\bsee if i(?:'m| am) (?:any good|good enough|cut out)\b"
    # sets 858-865: "would take on a guy like me once i got my cdl", "I don't suppose you'd ever
    # need one yourself?" (a paraplanner), "does your agency do that one because i would like to
    # work for them", "is your department maybe going to post one of those jobs soon"
    r"|\b(?:take|taking|bring|bringing|hire|hiring) (?:on )?(?:a guy|a girl|a person|a woman|a man|a lady) like me\b"
    r"|\byou(?:'d| would)? (?:ever )?need one yourself\b"
    r"|\byour [\w-]+\b[^.?!]{0,40}\bi(?:'d| would) (?:like|love) (?:very much |really )?to work for them\b"
    r"|\byour [\w-]+ (?:maybe |ever )?(?:going to|gonna|about to|planning to) (?:post|advertise|open) (?:one of )?(?:those|the|that|a|any|some) (?:[\w-]+ )?(?:jobs?|positions?|roles?|openings?|spots?)\b"
    # sets 906-961: "would your shop hire somebody straight out of a program like that", "or maybe you
    # will need one soon", "so you are maybe looking for more apprentice", "your company maybe need
    # groundworker now?", "Maybe you are looking for someone this spring?", "your agency would take
    # someone without the certification", "Your outfit doesn't happen to need drivers, does it?"
    r"|\bwould (?:you|your [\w-]+) (?:\w+ )?hire (?:someone|somebody|a guy|people|me) (?:like me |who'?s? )?(?:straight|fresh|right) out of\b"
    r"|\b(?:you|your [\w-]+|they) (?:will|might|may|would) need one (?:soon|later|next year|this year)\b"
    r"|\byou(?:'re| are) (?:maybe |probably |still )?(?:um |uh )?looking for (?:more|another|new) (?:[\w-]+ )?(?:apprentices?|assistants?|helpers?|interns?|hands)\b"
    r"|\byour [\w-]+ (?:maybe |probably |also )?needs? (?:an? )?[\w-]+ (?:now|right now|soon|this year)\?"
    r"|\byou(?:'re| are) (?:maybe |probably |still )?looking for (?:someone|somebody|people|help|new people) (?:this|next) (?:spring|summer|fall|winter|season|year)\b"
    r"|\byour [\w-]+ (?:would|will|might) (?:ever )?(?:take|hire|take on) (?:someone|somebody|me|people|a guy|a person)\b"
    r"|\b(?:you|your [\w-]+) (?:doesn't|don't|wouldn't) (?:happen to )?need (?:like )?(?:an? |any |some )?(?:[\w-]+ )?"
    r"(?:drivers?|hands|helpers?|assistants?|apprentices?|interns?|techs?|cooks?|aides?|crew)\b"
)
