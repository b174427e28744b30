"""Job-ask phrases in which the user asks to be put forward for a job, a favour that leads to one:
a referral, a reference or a letter, a word or their name passed on, their résumé, application
or work sent up or looked at, being considered or kept in mind, an introduction to whoever hires
or that person's name, a note that they met. Apart from `job_ask_for_me`, which holds the asks
for the work itself: the two grew past 400 lines as one module. Each block names the sets it came
from; `job_ask_phrases` joins them into one search, these right after `job_ask_for_me`'s."""

from __future__ import annotations

FAVOURS = (
    r"put(?:ting)? (?:me|my name) (?:forward|in(?! touch| contact)|down)"
    # (sets 134-137)
    r"|\btell (?:your|the) \w+ (?:that )?i (?:want|wanna|'d like|would like|'d love) to apply\b"
    r"|pass my (?:resume|cv|name|application|portfolio|reel|work) (?:along|on|to)"
    r"|consider me for"
    r"|keep me in mind for"
    r"|(?:forward|send) my (?:resume|cv)|look at my (?:resume|cv) for"
    # an indirect ask: "look at someone like me for an analyst spot"
    r"|(?:look at|consider|considering) (?:someone|somebody|people) like me for"
    r"|(?<!if you were )(?:look|looking) at (?:it|them|my \w+) for (?:the|that|an?|your|one of) (?:[\w-]+ ){0,3}(?:apprenticeship|role|position|job|opening|internship|spot)"
    r"|my (?:portfolio|resume|cv|reel)\b[^.?!]{0,60}\b(?:look|looking) at (?:it|them)\b"
    # "would you consider writing me one of those letters"
    r"|writ(?:e|ing) me (?:a|one of (?:those|your|the)) (?:\w+ )?letters?\b"
    r"|(?:would|could|will) (?:you|your [\w-]+) (?:ever )?consider me\b"
    r"|(?:the one|someone|the person) who referred me"
    # sets eighteen and nineteen: "mention me to your head chef", "say that I spoke with you when I
    # apply", "use your name as a reference"
    r"|(?:mention|mentioning|recommend|recommending) me to\b"
    r"|(?:say|mention|tell them) (?:that )?i (?:spoke|talked|have spoken|have talked) (?:with|to) you"
    r"|(?:send|sending|give|show) (?:you |them )?my (?:portfolio|resume|cv) to\b|(?:who|whom) should i send my (?:portfolio|resume|cv|application)"
    r"|\bvouch(?:ing)? for me\b"  # ("vouching for me with your carrier", set 320)
    # set 57: "introduce me to your editor so I can ask about a staff reporter job"
    r"|\bintroduce me to (?:your|the) [^.?!]{0,40}\babout (?:an? |the |that |this )?(?:[\w-]+ ){0,3}(?:job|position|role|opening|internship)s?\b"
    # sets 74-77: "look at my clips in case a reporting position opens", "put me in touch with
    # whoever hires the hosts"
    r"|\b(?:put me in touch with|introduce me to|connect me with) (?:whoever|the person who|someone who) (?:hires|does the hiring|handles (?:the )?hiring)\b"
    # (sets 70-73)
    r"|\bintroduce me to\b[^.?!]{0,60}\bmy application\b"
    # sets 78-81: "would you be open to being one of my references", "walk my application over
    # to whoever does hiring", "Who should I talk to about applying?" (after they said they hire)
    r"|\b(?:be|being) (?:one of )?my references\b|\b(?:walk|carry|hand|take|bring) my (?:application|resume|cv) (?:over|in|up|to)\b"
    r"|\bwho (?:should|do|would|could) i (?:talk|speak|reach out) to about applying\b"
    # sets 82-85: "who could get my application in front of the right person", "get my
    # application in with your department"
    r"|\b(?:get|put|getting|putting) my (?:application|resume|cv|name) in (?:front of|with)\b"
    # sets 62-65: "give me your recruiter's name"
    r"|\b(?:give|send|pass|share) me (?:your|the) (?:[\w-]+ )?(?:recruiter|hiring manager|recruiting \w+)(?:'s)? (?:name|contact|email|number|details)\b"
    r"|\bconsider (?:me|someone|somebody|a student|students|people)\b[^.?!]{0,40}\bas (?:an?|her|his|their|your) (?:[\w-]+ )?(?:assistant|intern|apprentice|helper|trainee|hygienist|junior)\b"
    r"|\bmy (?:clips|samples|portfolio|reel|designs|drawings)\b[^.?!]{0,60}\b(?<!missing )(?<!ready )(?<!enough )(?:for|even) (?:a |an )?(?:[\w-]+ ){0,2}(?:spot|job|role|position|gig|opening|post)\b"
    # sets 146-153: "giving them my number if they end up short", "put me in touch with your
    # company's recruiter"
    r"|\bgiv(?:e|ing) (?:them|him|her|the \w+) my (?:number|name|contact|email|details)\b"
    r"|\bput me in touch with (?:your|the) (?:[\w'-]+ )?(?:recruiters?|hiring managers?|recruiting \w+|hiring (?:person|people|lead|team))\b"
    # sets 210-217: "you can tell them my name", "introduce me to the agency that hires", "could you
    # refer us"
    r"|\btell (?:them|him|her|the \w+) (?:about )?my name\b"
    r"|\bintroduc\w+ me to [^.?!]{0,40}\b(?:who|that) hires\b"
    r"|\b(?:write|put|list|use|give) (?:down )?your name as (?:a |my |one of my )?(?:reference|reverence|referee)s?\b"
    r"|\bwrite (?:me )?(?:a |an )?(?:reference|recommendation)(?: letter)? for me\b|\bwrite me (?:a |an )?(?:reference|recommendation)\b"
    # ... in a second language's order: "can you write for me the reference letter" (set 620)
    r"|\bwrite for me (?:a |an |the )?(?:reference|recommendation)\b"
    r"|\bgiv(?:e|ing) my (?:number|name|contact|email|details|resume|cv) to (?:your|the) (?:[\w-]+ )?(?:agent|agency|recruiter|manager|boss|chief"
    r"|director|hr|supervisor|owner|coordinator|foreman|chef)\b"
    # sets 250-257: "keep an eye out for my application" (their "the name of whoever does the
    # hiring at your agency" is read in `job_ask_openings`)
    r"|\bkeep an eye out for my (?:application|resume|cv|name)\b"
    # (sets 258-265; their "mentioned that we talked" is read in `job_ask_openings`)
    r"|\bintroduce me to (?:whoever|the person who|someone who) (?:coordinates|runs|manages|hires|handles|schedules)\b"
    # sets 274-281: "point me to about applying"
    r"|\b(?:point me to|put me in touch with)\b[^.?!]{0,40}\babout applying\b"
    r"|\bintroduc\w+ me to\b[^.?!]{0,60}\babout (?:a|an|the) (?:[\w-]+ )?(?:position|job|opening|role|spot)\b"
    r"|\bintroduce me to (?:some |a few )?(?:people|someone|somebody|anyone) who (?:hires?|are hiring|is hiring|does the hiring|might hire)\b"
    r"|\bwilling to write (?:me )?(?:one|a letter|a reference|a recommendation)(?: letter)? for me\b"
    # sets 306-313: "pass my resin may [résumé] to your recruiter", "would you mind telling them I
    # talked to you", "who to call there about applying", "forward them to your editors"
    r"|\bpass (?:along )?my (?:[\w-]+ ){1,2}to your (?:recruiter|hr|hiring manager|manager|boss)\b"
    r"|\b(?:tell|telling) (?:them|him|her|your [\w-]+) (?:that )?i (?:talked|spoke) (?:to|with) you\b"
    r"|\bwho to (?:call|contact|talk to|email) (?:there )?about applying\b"
    r"|\bforward (?:them|it|my [\w-]+) to your (?:editors?|recruiter|hr|manager|boss)\b"
    # sets 314-321: "can you call somebody at the f a a for me", "give me the name of the recruiter
    # there"
    r"|\b(?:call|email|text|ring) (?:somebody|someone|anybody|anyone) (?:[\w-]+ ){1,4}for me\b"
    r"|\bname of (?:the|your|a) (?:recruiter|hiring manager|hr person|person who hires)\b"
    # sets 322-329: "send my application to directly", "Do you know the person who decides for the
    # associate jobs", "tell the people at the apprenticeship about me"
    r"|\bsend my (?:application|resume|cv|portfolio) to (?:directly|them|him|her)\b"
    r"|\bknow the (?:person|one|guy|woman|man) who (?:decides|hires|does the hiring)\b"
    r"|\b(?:tell|mention) (?:them|him|her|the [\w-]+(?: [\w-]+){0,4}|your [\w-]+) about me\b"
    # sets 330-337: "if I used your name when I call your company's recruiter", "introduce me to your
    # supervisor for a job on your stage"
    r"|\b(?:use|used|using) your name (?:when|with|for)\b"
    r"|\bintroduce me to [^.?!]{0,40}\bfor a (?:job|position|role)\b"
    # sets 338-345: "give me the name of the person ... so i can ask about being a interpreter there"
    r"|\bso i (?:can|could) ask (?:them |him |her )?about (?:being an?|working (?:there|for|at|as)|a job|jobs|openings)\b"
    # sets 346-353: "Could you give my email to someone at one of those", "who could flag my
    # application"
    r"|\bgive my (?:email|number|name|resume|résumé|cv|info) to (?:someone|somebody|anyone|anybody|the|your)\b"
    r"|\bflag my (?:application|resume|résumé|name|cv)\b"
    # sets 354-361: "would you mind giving denise my number"
    r"|\b(?:giving|give|pass|passing) [\w-]+ my (?:number|email|name|resume|cv)\b"
    # sets 378-385: "can you be my reference"
    r"|\bbe my reference\b"
    # sets 582-585: "maybe you can ask them if they need somebody?"
    r"|\bask (?:them|him|her|around) if (?:they|he|she|anyone|anybody)(?: would)? (?:need|needs|could use) (?:somebody|someone|anyone|help|a hand)\b"
    # sets 410-417: "introduced me to whoever runs the apprenticeship sign ups", "if i applied for
    # one of the two spots would you even consider ..."
    r"|\bintroduced? me to whoever (?:runs|handles|does|is in charge of) (?:the )?(?:[\w-]+ ){0,2}(?:apprenticeships?|hiring"
    r"|intake|sign ?ups|recruiting)\b"
    r"|\bif i applied\b[^.?!]{0,60}\bwould you (?:\w+ ){0,2}consider\b"
    # sets 418-425: "who I should email to apply for it"
    r"|\bwho (?:i|to) (?:should )?(?:email|contact|call|write to|talk to|send [\w ]{1,15} to) to apply\b"
    # sets 426-433: "if i reached out to your manager ... to see if there's openings", "who i'd
    # apply through", "connect me with someone in your facility's hiring office"
    r"|\breach(?:ed)? out to your (?:manager|boss|supervisor|director|recruiter|hr)\b|\bwho (?:i'd|i would|i should|to) apply"
    r" (?:through|to|with)\b|\b(?:connect|put) me (?:with|in touch with) (?:someone|somebody) (?:in|at|from) your [\w'-]+"
    r"(?: [\w'-]+)? hiring\b"
    # sets 434-441: "I'd love your recruiter's name", "know one who needs morning help", "who I
    # should talk with about apply"
    r"|\byour recruiter'?s? (?:name|number|email|contact)\b"
    r"|\b(?:know|knows) (?:one|someone|somebody|anyone|anybody) who (?:needs|is hiring|could use) (?:\w+ )?(?:help|hands?"
    r"|a helper|an assistant)\b"
    r"|\bwho (?:do )?i (?:should )?(?:talk (?:with|to)|call|contact|speak (?:to|with)) (?:about|for) appl(?:y|ying)\b"  # ("who i call for apply", set 579)
    # sets 442-449: "mention that I'd be interested in the technician job"
    r"|\b(?:mention|tell (?:her|him|them)|let (?:her|him|them) know) (?:that )?i'd be interested\b"
    # sets 458-465: "would you be able to prefer me for that" (a second language's "refer"), "could
    # i use you as a referral", "remember my name when your district needs someone"
    r"|\b(?:refer|prefer|recommend) me for (?:that|it|the (?:job|position|role|opening))\b"
    r"|\buse you as (?:a |my )?(?:referral|reference)\b|\bremember my name when\b"
    # sets 466-473: "push my application through", "any say in like who gets hired onto the er"
    r"|\bpush my application (?:through|along|forward)\b"
    r"|\bany say in (?:like )?who gets hired\b"
    # sets 474-481: "If I bring you my CV, do you take people without culinary school?"
    r"|\bif i bring you my (?:cv|resume|r[ée]sum[ée])\b"
    # sets 482-489: "the lady who does the hiring at your agency so i can call her about a job", "who
    # should I send my clips to"
    r"|\bwho does the hiring (?:at|in|for) your\b|\bcall (?:her|him|them) about a job\b"
    r"|\bwho (?:should )?i (?:should )?send my (?:clips|reel|resume|r[ée]sum[ée]|cv|portfolio|application) to\b"
    # sets 490-497: "the number of the recruiter"
    r"|\bthe number of the recruiter\b"
    r"|(?:refer|recommend) me\b"
    r"|(?:give|get|write|make|offer|be) me (?:a )?referral"
    r"|referral (?:for me|from you)"
    r"|pass (?:along|on) my (?:resume|cv|name)"
    # (their work passed up: "maybe sending it to your supervising sound editor if it's any good", set 498)
    r"|(?:send|sending|sent|pass|passing|passed|forward|forwarding|forwarded) (?:it|them) (?:along |on )?to your (?:[\w-]+ ){0,2}(?:editor|supervisor|manager"
    r"|boss|director|producer|lead|recruiter|hr)\b"
    r"|introduce me to (?:the |your )?(?:hiring|recruit)"
    r"|(?:send|email|give|show|share) (?:you )?my (?:resume|cv|portfolio)|my (?:resume|cv) (?:to|along|over|with)"
    r"|(?:passing|forwarding|sending|handing) my (?:resume|cv|name|application|portfolio|reel)"
    r"|(?:introduce|connect|put) me (?:to|with|in touch with) (?:\w+ ){0,4}(?:hiring|recruit\w*|open (?:\w+ )?(?:role|position)|opening)"
    r"|\bflag (?:me|my name)\b"
    r"|(?:be|serve as|act as) (?:like )?(?:a |my )?reference (?:(?:later|sometime|someday|one day|for me) )?(?:for|if|when)"
    r"|(?:list|listed|listing|use|used|using|put|putting|name|named|naming) you (?:down )?as (?:like )?(?:a |my |one of my )?reference|(?:write|give) me a (?:reference|recommendation)"
    # asks through a go-between or a favour: "mention my name to", "let the chief know i'm
    # interested", "referring me for the role", "look over my application"
    r"|(?:mention|mentioning|drop|dropping|give|giving) (?:them |him |her )?my name\b"
    r"|let (?:the |your |him |her |them |my )?(?:[\w-]+ )?know (?:that )?(?:i'm|i am|i'd be|i would be|i'll be) (?:\w+ )?(?:interested|available|keen)"
    # ("Maybe you can talk with your boss about me?", set 538)
    r"|(?:tell|telling|(?:talk|talking|speak|speaking) (?:to|with)) (?:the |your |him |her |them )?(?:[\w-]+ ){0,2}about me\b"
    # "could you maybe tell the people doing the interviews that you met me" (sets 94-97)
    r"|(?:tell|telling|let) (?:the |your |him |her |them )?(?:[\w-]+ ){0,4}(?:that |know )?you(?:'ve)? (?:met|know|talked to|spoke (?:to|with)) me\b|(?:referring|recommending) me\b"
    r"|(?:look|looking|glance|glancing) (?:over|at|through) my (?:[\w-]+ )?applications?\b(?! essays?\b)"
    # to whoever chooses: "put me in touch with whoever schedules the free lance interpreters" (set
    # 49x), "introduce me to the person who um picks the apprentices" (set 515)
    r"|\b(?:introduce me to|put me in touch with) (?:the person|whoever|the people|someone|somebody) (?:who )?(?:\w+ )?"
    r"(?:picks|hires|chooses|selects|schedules|books|does the hiring)\b"
    # "would it be weird to ask you for a reference when I apply to DPT programs?" (set 529)
    r"|\bask you for a (?:reference|recommendation|referral)\b"
    # "if i pass the test can you help me get in your local" (set 652; not "would that help me get
    # in at a bank", a credential's worth)
    r"|\byou (?:\w+ )?help me get (?:in|into|on(?: with)?) (?:to )?your\b"
    # sets 674-681: "introduce me to the business manager so they know me", "could you like get me
    # a spot for my capstone on your unit", "Who would I talk to about getting on?"
    r"|\bintroduce me to (?:the |your )?business manager\b|\bso (?:they|he|she) (?:know|knows|remember|remembers) me\b"
    r"|\bget me a (?:spot|place|placement|position) (?:for|on|in|at|with)\b"
    r"|\bwho (?:would|do|should) i (?:talk|speak) to about getting (?:on|in|into|hired)\b"
    # sets 858-865: "You don't mind if I tell Teresa you sent me, do you?", "Would you maybe have a
    # small project where I could help you"
    r"|\b(?:if|can|could|may) i (?:tell|say|mention)(?: to)? (?:[\w']+ )?(?:that )?you sent me\b"  # not "I will tell her you sent me"
    r"|\b(?:have|got) (?:a|any|some) (?:small |little )?(?:projects?|tasks?) (?:where|that|which) i (?:could|can|might) help\b"
    # "would you be able to prefer me for one of those": "refer", misheard (set 868)
    r"|\bprefer me for (?:one of|a|an|the|that|this)\b"
    # "Could you maybe write a recommendation letter for my application?" (set 879)
    r"|\b(?:could|would|can|will) you (?:\w+ )?write (?:me )?(?:a|an|one) (?:recommendation|reference) letter\b"
    # sets 906-961: "would you ask your boss about me", "who I talk to for the job", "so I can ask her
    # for a job directly", "introduce me to your editor like for freelance work", "the name of the
    # hiring person at your agency", "can you help me to get in?", "somebody in the union who can
    # help me get inside the program", "connect me with whoever runs the internships", "mention your
    # name when I write to her about the position", "who i'd talk to about getting one at your park",
    # "who i should call at your agency to apply"
    r"|\b(?:ask|asking) (?:him|her|them|(?:the|your) [\w-]+(?: [\w-]+)?) about me\b"  # (not "can I ask something about me")
    r"|\bwho (?:do )?i (?:talk|speak) to (?:for|about) the job\b"
    r"|\bask (?:her|him|them|your [\w-]+) for a job\b"
    r"|\bintroduce me to (?:your|the) [\w-]+ (?:like )?for (?:some )?(?:freelance |paid )?(?:work|jobs?|gigs?)\b"
    r"|\bname of (?:the|your) hiring (?:person|manager)\b"
    r"|\b(?:can|could|would) you help me (?:to )?get in\b"
    r"|\b(?:who|that) (?:can|could|would|might) help me get (?:in|inside|into)\b"
    r"|\b(?:put me in touch with|introduce me to|connect me with) (?:whoever|the person who|someone who) runs (?:the |your )?"
    r"(?:internships?|internship program|apprenticeships?|hiring|training program)\b"
    r"|\bmention your name\b[^.?!]{0,40}\b(?:position|job|role|opening|application)\b"
    r"|\b(?:who|whom) (?:i'd|i would|should i|do i|i should) (?:talk|speak) to about getting (?:one|a spot|a position|an internship|in)\b"
    r"|\bat your [\w-]+ to apply\b"
)
