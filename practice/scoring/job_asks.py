"""Asking for a job, or a route to one: the product's rule is not to, and the coach says so.

The phrase rules (`job_ask_phrases`) were grown from the labelled interview sets; a turn they
miss can still be found by the learned reading in `asking`. Split from `practice.scoring.flags`,
which keeps the flags on how a question is asked.
"""

from __future__ import annotations

import re

from practice.scoring.asking import asks_for_a_way_in
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.text import clean


def job_ask(text: str) -> str | None:
    """The words that ask for a job or a route to one: the phrase rules' match, else the
    sentence the learned reading (`asking`) found it in, else None."""
    low = clean(text).lower()
    if _NOT_ASKING.search(low):
        return None  # "Would you look over my portfolio? I'm not asking for a job, just your take."
    if _NOT_OF_THEM.search(low):
        # "If you were taking on an apprentice tomorrow, what would make you say yes?", "Which
        # companies hire observers?": what employers look for or who hires, asked, feedback on a
        # résumé, the user's own record or side, or anyone at all; only a phrase elsewhere in the
        # turn can still ask for the job
        m = JOB_ASK.search(_NOT_OF_THEM.sub(" ", low))
        return m.group(0) if m else None
    if _INTRODUCED.search(low) and _TO_HEAR.search(low) and not _JOB_WORDS.search(low):
        return None  # "Would you be willing to introduce me to him? I'd love to hear how he got started."
    m = JOB_ASK.search(low)
    return m.group(0) if m else asks_for_a_way_in(text)


def compile_phrases() -> None:
    """Compile every job-ask phrase ahead (`Alternation.compile_all`), before the first turn."""
    JOB_ASK.compile_all()


_NOT_ASKING = re.compile(r"\b(?:i'm|i am) not (?:asking|looking) (?:you )?for (?:a job|work|a position|a referral)\b"
                         r"|\b(?:i'm|i am) not asking you to (?:sponsor|hire|refer) me\b"
                         r"|(?:^|[.?!,] )not asking (?:you )?for a job\b"
                         # "Could you introduce me to the woman on your crew? Not for a job or anything"
                         # (sets 1-489: 20 such turns, none a job ask)
                         r"|\bnot for a job\b|\bnot to (?:hire|employ) me\b"
                         # "... tell me if it reads okay for SRE roles? Not to send it anywhere, just
                         # feedback." (sets 1-545: 7 such turns, none a job ask)
                         r"|\bnot to (?:send|pass|forward) it (?:anywhere|on)\b|\bjust (?:for )?(?:your |some )?feedback\b")
# An introduction asked for to hear how someone did it is the interview's own purpose, not a way
# in (sets 1-377: 14 such turns, none labelled a job ask; the 3 that name a position or
# openings are)
_INTRODUCED = re.compile(r"\b(?:introduc\w* me|put me in touch|connect me)\b")
_TO_HEAR = re.compile(r"\b(?:hear|learn)\b[^.?!]{0,20}\b(?:how|about|what|why)\b")
_JOB_WORDS = re.compile(r"\b(?:job|jobs|position|positions|opening|openings|hiring|hire|role|internship|work for)\b")
# (sets 1-385: none of the 7 turns that ask what they would look for "if you were hiring" is
# labelled a job ask; "if you were hiring ..., would you be open to looking at ...", which is,
# asks no "what would" and is not matched)
_HIRING_CRITERIA = re.compile(r"\bif you were (?:taking on|hiring|to hire|looking for)\b[^.?!]*?\bwhat would (?:you|make you)\b[^.?!]*"
                              r"|\bwhat would (?:you look for|make you)\b[^.?!]*?\bif you were (?:hiring|taking on)\b[^.?!]*")
# which employers hire people like them, asked of the field: where to look, not a way in ("what
# kind of city is more open to hire people like me", "Which companies hire observers?"; sets
# 1-401: neither such turn is labelled a job ask)
_WHICH_EMPLOYERS = re.compile(r"\b(?:what|which) (?:kind of |kinds of |type of |types of )?(?:cities|city|companies|company|employers"
                              # (not across "your": "... which companies are like the fair ones about that
                              # and um would your company ever hire somebody right out of school", set 950)
                              r"|places|firms|agencies|hospitals|districts|shops|labs|studios)\b(?:(?!\byour\b)[^.?!])*\bhir\w*[^.?!]*"
                              # "do you think a hotel will hire someone like me ...": any employer (set 412)
                              r"|\b(?:a|an|any|most) (?:hotel|company|employer|firm|agency|hospital|district|shop|lab|studio|restaurant"
                              r"|bakery|place|city)s? (?:will|would|might) (?:ever |even |actually )?hire\b[^.?!]*"
                              # "do studios hire interns for it", "do hospitals actually hire people in their
                              # sixties", "Do you know if any of the homes around here hire apprentices":
                              # employers in general (sets 1-549: 19 such turns, none a job ask)
                              r"|\b(?:(?:do|does) (?:most |many |any )?|(?:any|most|some) of the )(?:studios|companies|hospitals|firms"
                              r"|agencies|shops|labs|employers|restaurants|bakeries|hotels|clinics|kitchens|carriers|contractors|airlines"
                              r"|homes|places)(?: around here| in town| near me)? (?:ever |usually |even |actually |really |typically |still )?"
                              r"hire\b[^.?!]*"
                              # "So I'd need a firm to take me on before I'm even certified?" (set 423)
                              r"|\b(?:a|an|any|some) (?:firm|company|shop|lab|studio|agency|hospital|employer|kitchen|restaurant)"
                              r" to take me on\b[^.?!]*"
                              # "do you think agencies would take somebody like me", "would an agency even
                              # take somebody like me", "see if some bakery would let me stage" (sets 666-673)
                              r"|\b(?:(?:would|will) (?:an?|any) (?:agency|company|firm|hospital|employer|shop|kitchen|restaurant|bakery"
                              r"|school|district|lab|studio|clinic)|(?:agencies|companies|firms|hospitals|employers|shops|kitchens"
                              r"|restaurants|bakeries|schools|districts|labs|studios|clinics) (?:would|will))"
                              r" (?:ever |even |actually |really )?take (?:somebody|someone|anybody|anyone|people) like me\b[^.?!]*"
                              r"|\bsome (?:[\w-]+ )?(?:bakery|kitchen|restaurant|shop|studio|lab|firm|company|agency|place|crew)"
                              r" (?:would|will|might) let me\b[^.?!]*")
# feedback on one's own papers, asked as such: "would you be willing to look at my résumé and
# tell me what to fix?", "... tell me if it's set up right for these kinds of jobs" (sets 1-465:
# the 4 such turns are labelled no job ask; the 145 that ask a look at a résumé before applying
# to them, or to be passed on, are)
_FEEDBACK_ONLY = (r"\b(?:(?:look|glance) (?:at|over)|send you) my (?:r[ée]sum[ée]|cv|portfolio|reel)\b[^?]*\btell me (?:what (?:to fix"
                  r"|is missing|'s missing|isn't working|'s not working)|if it(?:'s| is) set up right)[^?]*")
# the user's own record as what gets them in: "could my legal background get me in the door on
# its own?", "so my background might get me in the door" (sets 1-505: 2 such turns, neither a
# job ask; "could you get me in the door" asks them); it ends at a comma: "Could my accounting
# background get me in somewhere, like would you ever take someone on ...?" asks them (set 622)
_OWN_WAY_IN = r"\bmy (?:[\w'-]+ ){1,2}(?:(?:could|might|would|will|can|may|should|alone|actually|really) )*gets? me in\b[^.?!,]*"
# the user's side as the one hiring: "what your agency charges you? Our history society is thinking
# of hiring one."
_WE_HIRE = (r"\b(?:our|my) (?:[\w-]+ ){0,2}(?:is|are|was|were) (?:thinking of |thinking about |planning on |planning to "
            r"|considering |about to |looking at )?hiring\b[^.?!]*|\bwe(?:'re| are) (?:thinking of |considering )?hiring\b[^.?!]*")
# anyone at all taking them on, asked of the trade: "At forty-one, would anyone even take me on as an
# apprentice?" (set 529; "would anyone at your shop ..." asks them), "Would I need the CFP before
# anyone would hire me ...?" (set 578)
_ANYONE = (r"\b(?:(?:would|will|does|do) (?:anyone|anybody)|(?:before|until|whether|if) (?:anyone|anybody) (?:would|will|could))"
           r" (?:even |ever |actually |really )?(?:(?:take|hire|bring) (?:me|someone like me|someone my age) on\b"
           r"|hire (?:me|someone like me|someone my age)\b)(?![^.?!]*\byour?\b)[^.?!]*")
# asked of employers in general, not of them, feedback only, the user's record as the way in, the
# user's side hiring or anyone at all: one search for all
_NOT_OF_THEM = re.compile("|".join((_HIRING_CRITERIA.pattern, _WHICH_EMPLOYERS.pattern, _FEEDBACK_ONLY, _OWN_WAY_IN,
                                     _WE_HIRE, _ANYONE)))
