"""Job-ask phrases in which the user asks a favour that leads to a job: a referral, a reference,
a word or a name passed on, their résumé or work sent up to whoever hires, an introduction to
hiring or to an opening, a note that they met. Split from `job_ask_for_me` when it passed 400
lines; `job_ask_phrases` joins them into the one search."""

from __future__ import annotations

FAVOURS = (
    r"(?:refer|recommend) me\b"
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
)
