"""Statements that ask: a fact about them said back to be confirmed ("oh wow okay so you work
nights"), their view asked with the "do" left out ("you think maybe your agency will hire me"), a
favour or leave worded as a statement ("I'd really appreciate it if you kept me in mind", "...,
if that's okay"), "you don't think ...", a guess ended with "then" or "right". `forms` reads a
sentence by these when no question form decides it; they were split from it when it passed 400
lines, each with the sets it was grown from.
"""

from __future__ import annotations

import re

from practice.scoring.runon_words import REACTIONS

# A fact about them said back plainly in a transcript, to be confirmed: "oh wow okay so you work
# nights", "so your uncle was already an electrician" (sets 1-289: of the 12 such plain lines that
# ask nothing more, 10 are labelled closed). A hedge or a verdict makes it more often a summary
# said back, a statement ("so you kind of have to be really disciplined with money", "so you
# basically got paid for ..."; 98 of the 149 such lines that ask nothing more).
SO_YOU_CHECK = re.compile(
    r"^(?:(?:oh|wow|okay|ok|wait|ha|yeah|right|huh|hmm|man|dang|and|hold on)\s+)*so (?:you|you're|you've|your [\w']+) "
    r"(?!know\b|mean\b|said\b|say\b|see\b|guys\b)"
    r"(?!.*\b(?:basically|kind|kinda|sort|pretty|really|that's|thats|i|i'm|i'd|i've|my|me|almost|more|less|mostly"
    r"|whole|actually|literally|just|totally|even|never|always|all|every|so|because|cause|but|which|must|probably"
    # ("like" hedges, "so you're like a detective", but not before a number: "like eleven years now")
    r"|like(?! (?:\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|a hundred|half)\b))\b)"
    r"(?:\S+\s*){1,11}$")
# "oh nice so you're home every weekend", "twenty two years wow so you just never left": a short
# "so you ..." that ends the run after a reaction checks what was heard, whatever hedge it holds
# (sets 1-465: 48 of the 51 such turns the older rule left out are labelled closed; after any
# reaction, "fifteen at once jeez so you work rotating shifts", sets 1-489: 10 more of 12)
SO_YOU_LAST = re.compile(r"(?:^|\b(?:" + "|".join(sorted(REACTIONS | {"i bet", "ah", "really"}, key=len, reverse=True)) + r")\s)"
                          r"so (?:you're|you are|you|you've|you'd) (?!know\b|mean\b|said\b|say\b|see\b|guys\b)"
                          r"(?!(?:\S+ ){0,6}(?:i|i'm|i'd|i've|my|me|but|because|cause|that's|thats)\b)\S+(?: \S+){0,6}$")
# "you think maybe your agency they will hire me ...", "so you think it is possible to go from help
# desk to sre ...": their view asked with the "do" left out, as speech and second languages do
# (sets 1-473: the 8 such unpunctuated sentences that end a turn are labelled closed; "so you
# think the path is ... that sounds rough" says back and judges, and is left out)
YOU_THINK = re.compile(r"^(?:(?:oh|okay|ok|yeah|so|and|but|then|wow|right)\s+)*you think (?!so\b|about\b|of\b)"
                        r"(?!.*\b(?:that sounds|that's|thats|it sounds)\b)(?:\S+\s*){2,}$")
# (and after a longer reaction: "six to ten years wow that's a lot you must be so relieved to be
# done right", set 284)
RIGHT_THEN_WHAT = re.compile(r"^(?:\S+ ){3,}right the \w+$")
MUST_RIGHT = re.compile(r"^(?:\w+ ){0,3}you must (?:\w+ ){1,8}(?:though )?right\b"
                         r"|^(?:[\w']+ ){0,10}you must (?:[\w']+ ){1,8}right$")
HOW_LONG_LAST = re.compile(r"\byou(?:'ve|'re| have| are| were| been)?(?: \w+){1,4} (how (?:long|many|much|old|far)(?: \w+)?)(?: now| exactly| then| already| so far)?$")
ASKS_A_FAVOUR = re.compile(r"\b(?:i'd|i would) (?:really |so |very |truly )*(?:(?:appreciate it|be (?:\w+ )?grateful|love it) if you(?:'d| would| could)? "
                            r"|love for you to (?=(?:think of|keep|consider|remember) me\b))"
                            r"(?!know\b|have\b|are\b|were\b)\w+")
# "I'd also like to check in about your alcohol use, if that's okay with you.": asks permission
ASKS_PERMISSION = re.compile(r"\b(?:i'd|i would|i want|i wanted|let me|let's|can i|could i|may i)\b.*,\s*if "
                              r"(?:that's|that is|it's|it is) (?:okay|ok|all right|alright|fine)(?: with you)?\W*$")
MAYBE_YOU_KNOW = re.compile(r"\b(?:maybe|perhaps) you (?:might |would |'d |probably )?(?:happen to )?know (?:if|whether)\b"
                             # "so maybe you can give me a job for next season", "then maybe you can
                             # give my name to your boss" (sets 298-305)
                             r"|\b(?:maybe|perhaps) you (?:can|could) (?:give|send|pass|show|introduce|put|forward|recommend|refer|mention) (?:me|my|them|him|her)\b"
                             # "Maybe you can tell your manager about me." (sets 1-665: asked, 8 types and
                             # stacked flags set right, 2 wrong)
                             r"|\b(?:maybe|perhaps) you (?:can|could) tell (?:them|him|her|(?:your|the) [\w-]+) about me\b"
                             r"|\bif (?:you|your [\w-]+) (?:ever )?(?:has|have|get|gets) (?:an?|any|some) [^.?!]{0,30}\b(?:maybe|perhaps|could|can|would)"
                             r" you (?:can |could |would |might )?(?:tell|let) me\b"
                             # "you wouldn't happen to know if your local is taking ...", "i don't
                             # suppose you could put in a good word" (sets 1-585: 4 of 4 closed)
                             r"|\byou (?:wouldn't|would not|don't|do not) happen to (?:know|have)\b|\bi don't suppose (?:you|your|there|they|anyone)\b")
ASKS_WHY_LAST = re.compile(r"^(?:\S+ ){3,}(?!(?:that's|thats|is|was|know|knew|sure|reason|wonder|wondered|see|understand"
                            r"|explain|explains|exactly|just|that|and|or|but|no|not|why|out)\b)\S+ (?:why|how come)$")
YOU_DONT_THINK = re.compile(r"^(?:(?:so|but|and|um|uh|oh|wait|okay)\s+)*you (?:don't|dont) think\b")
SO_YOU_THEN = re.compile(r"^(?:(?:oh|so|wait|okay|ok|and|but|right)\s+)*(?:so\s+)?you(?:'re|'ve)?\s+(?:\w+\s+){1,12}then$")
