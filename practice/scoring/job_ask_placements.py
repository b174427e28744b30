"""Job-ask phrases in which the user asks for a place of their training at the professional's
workplace: a field placement, clinical hours, student teaching, a stage, an internship or an
apprenticeship year there, or to join a programme they run. Split from `job_ask_for_me` when it
passed 400 lines; `job_ask_phrases` joins them into the one search."""

from __future__ import annotations

PLACEMENTS = (
    # "Could my field placement be at your hospice?" (set 450s), "Could your clinic be one where I
    # do my clinical hours?", "could I do my student teaching in your classroom" (sets 490-497)
    r"\b(?:could|can) my (?:field |clinical )?(?:placement|internship|practicum|rotation) be (?:at|with) your\b"
    r"|\bdo my (?:student teaching|clinical hours|clinicals|practicum|placement|internship) (?:in|at|with) your\b"
    r"|\bwhere i (?:could |can )?do my (?:clinical hours|clinicals|student teaching|practicum|placement)\b"
    # "hours in your lab, like as a volunteer or an intern", "could I be an intern in your lab"
    r"|\bin your (?:lab|shop|clinic|office|studio|kitchen)\b[^.?!]{0,20}\bas an? (?:volunteer|intern|assistant|helper|apprentice"
    r"|tech)\b|\bcould i be an? (?:intern|assistant|apprentice|helper) (?:in|at|with) your\b"
    # "doing my apprenticeship year with you", "is that something your place offers" (a year at a
    # funeral home before the license), "would you be able to be my mentor teacher"
    r"|\b(?:doing|do|start|get) (?:my|an?) (?:apprenticeship|internship|residency|placement|practicum)(?: year)? with you\b"
    r"|\bsomething your [\w-]+ offers\b|\bbe my mentor teacher\b"
    # "a training program i could i could get into", "get me into the academy faster", "maybe I
    # can stage in your bakery"
    r"|\b(?:program|programme|apprenticeship|internship|residency)s? (?:that |where |which )?i (?:could |can )+(?:get into"
    r"|join)\b|\bget me into the (?:academy|program|apprenticeship|union)\b"
    r"|\b(?:i can|i could|let me|i'd love to|can i|could i) stage (?:in|at) your\b"
    # doing a placement, one's hours or a stage with them (the older sets; "i'd really love to do my
    # units with you", a chaplain's clinical units, set 653)
    r"|(?:do|doing) (?:my|a|the) (?:placement|internship|apprenticeship|externship|residency|work placement|practicum|traineeship) (?:with you|at your|on your|in your|with your|here\b)"
    r"|\bdo (?:mine|my (?!observation\b)(?:[\w-]+ ){0,2}(?:hours|placement|rotation|practicum|clinicals|units)) (?:here |there )?(?:with|at) (?:you|your)\b"
    r"|\b(?:can|could|may) i (?:maybe |just |possibly )?do (?:that|the|an|a|this|your|my) (?:[\w-]+ )?(?:apprenticeship|internship|placement|externship"
    r"|practicum|residency|rotation) (?:here|with you|at your|in your|under you)\b"
    r"|\b(?:could|can) i do a (?:stage|stodge|trial|shift)\b"
    r"|\b(?:be|become) my (?:cooperating|supervising) teacher\b|\b(?:take|have|host) a student teacher\b"
    # (one rule for asking to stage or trail: "could I stage in your kitchen", "could I come in
    # and stage here", "could i maybe like stage here" (sets 60-61, 114-117), "Would it be possible
    # to come in and stage for a weekend" (set 537))
    r"|\b(?:(?:can|could|may) i|(?:possible|chance|okay) to) (?:maybe |like |possibly |um |just )*(?:come (?:in )?and )?(?:do )?(?:a )?"
    r"(?:stage|trail|trial shift) (?:in|at|with|for|here)\b"
    # trained with them, then kept on: "Maybe I do the EMT with you and then I stay to work there." (set 505)
    r"|\b(?:i|i'd|i would|i can|i could) (?:then )?stay (?:on )?(?:to|and) work (?:there|here|for you|with you)\b"
    # "the training for the cdl and then you work for them after" (set 535)
    r"|\bthen (?:i|you) (?:work|stay) (?:for|with) (?:them|you) after\b"
)
