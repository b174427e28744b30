"""The grammar of one clause: does it open like a question, and what answer does it invite?

A sentence is cut into clauses at commas and dashes (`clauses`), and each clause is read by
its first words (`clause_form`): an inverted auxiliary asks yes or no, a wh-word with
inversion asks for a fact or an account (`wh.py`), a request verb asks for a story. `forms.py` decides
a whole sentence from its clauses; `runon.py` finds a question inside an unpunctuated run.
"""

from __future__ import annotations

import re

from practice.scoring.kinds import Form, quote
from practice.scoring.text import clean, words
from practice.scoring.wh import wh_form
from practice.scoring.wordclasses import AUX, MARKERS, NEGATIVE_AUX, PREPOSITIONS, REQUEST_VERBS, SUBJECTS, WH

# "go into more detail", "go into that a bit more": asked for outright or politely
_GOES_DEEPER = r"go into (?:a (?:bit|little) )?(?:more |some |further |greater )?(?:detail|depth)|go into (?:that|this|it) (?:a (?:bit|little) )?more"
_REQUEST_OPEN = re.compile(
    r"^(?:please |i(?: need| want|'d like| would like|'d love| would love) you to |you (?:have to|gotta|'ve got to|got to) )?(?:tell (?:me|us)|describe|explain|walk (?:me|us)|talk (?:to me |with me )?(?:about|through|a bit|a little|more)"
    r"|share|elaborate|expand|paint|run (?:me|us) through|say (?:more|a bit|a little)|give (?:me|us) (?:an? )?(?:example|sense|idea|overview|picture|rundown)"
    r"|help (?:me|us) understand|take (?:me|us) through|fill (?:me|us) in|go on|keep going|let's talk|let me hear|remind me (?:again )?(?:what|how|why)"
    r"|unpack|" + _GOES_DEEPER + r"|dig (?:into|deeper|a bit|a little)"
    r"|if you (?:can|could|would) (?:just |maybe |kind of |sort of )*(?:tell|give|describe|explain|walk|talk|share|say))"
    r"\b"  # not "Explaining stats to freshmen", "Sharing a room ..."
)
_TELLS_OTHERS_OF_ME = re.compile(r" (?:them|him|her|someone|somebody|anyone|people|(?:your|the) \w+(?: who(?: [\w']+){1,4}?)?)(?: \w+)?"
                                 r" (?:about (?:me|us|my)\b|(?:that )?i (?:want|wanna|'d like|would like|'d love|am interested)\b"
                                 # "would you tell them I'm coming?", "tell the people who do the interviews
                                 # that i'm a good welder" (sets 660, 673)
                                 r"|(?:that )?i(?:'m| am) (?:coming|applying|interested|(?:a )?(?:good|hard|reliable|strong))\b)")
_INDIRECT = re.compile(
    r"^(?:can|could|would|will|won't)\s+(?:you|ya)\s+(?:please\s+|maybe\s+|just\s+|perhaps\s+|kind of\s+|sort of\s+|possibly\s+|like\s+)*"
    r"(?:tell|describe|explain|walk|talk|share|say (?:more|a bit|a little)|elaborate|expand|give (?:me|us) (?:an? )?(?:example|sense|idea|overview|picture|rundown)"
    r"|help (?:me|us) understand|paint|take (?:me|us) through|run (?:me|us) through|fill (?:me|us) in|think (?:of|about)|remember|recall|repeat|imagine|picture|reflect"
    # "could you go into more detail on that?", "can you unpack that a little?"
    r"|" + _GOES_DEEPER + r"|dig into|unpack|break (?:it |that |this )?down"
    r"|(?:start|begin|kick off) by (?:telling|describing|explaining|walking|talking|sharing|giving))"
    r"|^(?:would|do)\s+you\s+mind\s+(?:telling|describing|explaining|walking|talking|sharing|saying|elaborating|expanding|unpacking"
    r"|going into|digging into|breaking|painting|filling (?:me|us) in|(?:running|taking) (?:me|us)\b"
    r"|giving (?:me|us) (?:an? )?(?:example|sense|idea|overview|picture|rundown|feel)\b)"
    r"|^(?:would|will) you be (?:willing|able|open) to (?:tell|describe|explain|walk|talk|share|say)"
    # "Would you be comfortable telling me what made the last one worse?" (set 390)
    r"|^(?:would|will) you be (?:comfortable|okay|ok|all right|alright) (?:with )?(?:telling|describing|explaining|walking|talking|sharing|saying)"
    # the same request said as a statement, in the grammar of a second language: "Maybe you can
    # tell me how you came to child welfare?" (not "you could tell they were nervous")
    r"|^(?:maybe |perhaps )?you (?:can|could|might) (?:maybe |perhaps |please )?(?:tell|describe|explain|walk|talk)(?= (?:me|us)\b)"
)
_SHARE_A_NAME = re.compile(r" (?:with me )?(?:the|your|a|their|her|his) (?:[\w'-]+ ){0,3}(?:name|names|number|email|e-mail|contact)\b")
_KNOWS_HOW = re.compile(r"^do you (?:happen to |actually |maybe )?know (?=(?:how|what) (?:[\w'-]+ ){1,5}(?:works?|involves?|entails|looks like|goes)$)")
# (or who to ask, or when it happens: "could you tell me who to email about getting on your crew",
# "could you tell me when your park posts the summer openings"; sets 1-593: 52 of the 53 "tell me
# who / when / where / which" turns read are labelled closed)
_TELL_A_NAME = re.compile(r" (?:me|us) (?:(?:the |a )?(?:name|names|number|email|e-mail|address|contact|website)\b|who\b"
                          r"|when (?:there|your|the|it|they|you|a|an|something|anything)\b"
                          # "could you tell me what it's called so i can look it up" (set 922)
                          r"|what (?:it's|it is|its|that's|that is|they're|they are|the \w+ (?:is|are)) called\b)")
_TELL = re.compile(r"^(?:(?:or|and|so|also|maybe|perhaps|then)\s+)*(?:(?:maybe|perhaps)\s+you\s+(?:can|could)\s+)?tell(?= (?:me|us)\b)")
_ASKS_LEAVE_TO_ASK = re.compile(
    r"^(?:(?:do|would) you )?mind if i (?:start by |first )?ask(?:ing)?(?: you)?\s+(?=(?:what|how|why|where|when|who|which|if|whether|about)\b)"
    # "Is it okay if I ask what drew you to hospice work?" (set 111)
    r"|^(?:is it|would it be|is that|would that be) (?:okay|ok|alright|all right|fine) (?:if|that) i (?:just |also |first )?ask(?:ed)?(?: you)?"
    r"\s+(?=(?:what|how|why|where|when|who|which|if|whether|about)\b)"
    # where to start, asked or offered: "Could I start by asking what the job is actually like day
    # to day?", "Maybe just start with how you got into it?", "I'd love to just start with how you got
    # into electrical work" (sets 1-513: 7 of the 18 such turns were misread, all labelled open)
    r"|^(?:(?:can|could|may) i |(?:maybe |perhaps )?(?:we could |we can |let's |i'd (?:love|like) to |i would (?:love|like) to )?)"
    r"(?:just )?(?:start|begin)(?: off)? (?:by asking(?: you)?(?: about)?|with)\s+(?=(?:what|how|why|where|when|who|which)\b)")
CURIOUS = re.compile(
    # ("I always wondered where she goes the rest of the time.": past, told, not asked; "I've
    # always wondered what ..." asks; sets 1-425: 5 of 5 such closing sentences no question)
    r"\b(?:curious|(?<!\bi was always )wondering|wonder|(?<!\bi always )wondered|interested to (?:hear|know|learn)|interested in (?:hearing|knowing|learning)"
    r"|(?:love|like|want|wanted|keen|glad|hoping|hope|hoped) to (?:like |just |really |kind of |also |actually |quickly |briefly |simply )?(?:hear|know|learn|understand|ask(?! (?:him|her|them)\b))"
    r"|eager to (?:hear|know)"
    # "I wanted to see how the move went" (but "I'd love to see what it's like" wants a visit)
    r"|(?:wanted|hoping|hoped) to (?:just |also |quickly )?see(?= (?:how|what|why|whether|if)\b)"
    # "I was hoping you could tell me what drew you to library work."
    r"|(?:hoping|hoped|hope) (?:that )?you (?:could|would|might|can|will|'d) (?:like |just |maybe )?"
    r"(?:tell|share|explain|walk|describe)"
    r"|(?:can|could|may) i ask(?: you)?(?= (?:what|how|why|where|when|who|which|if|whether|about)\b)"
    r"|(?:gonna|going to|meant to|was going to|wanted to) (?:just |also |actually |quickly |briefly |simply )?ask(?: you)?(?: like)?(?= (?:what|how|why|where|when|who|which|if|whether|about)\b)"
    # "I'd like to start with how you came to the profession."
    r"|(?:like|want|wanted|love) to (?:start|begin) (?:with|by asking(?: you)?)(?= (?:what|how|why|where|when|who|which)\b))\b"
)
# ... or with a comparison or a superlative: "is talking to the families harder than the medical
# stuff", "is parking always the biggest fight" (sets 162-169)
_GERUND_ASKED = re.compile(r"\bas (?:\w+ )?\w+ as (?:it|they|people|everyone|you)\b|\bworth it\b"
                           r"|\b(?:\w{2,}er|more \w+|less \w+|worse|better) than\b|\bthe (?:\w{3,}est|most \w+|best|worst)\b")
_LONG_LEAD = re.compile(
    r"^i (?:just |really )?(?:want|wanted|wanna|'d like|would like) to (?:just )?check in (?:with you )?and see(?= (?:how|what|whether|if)\b)"
    # "I hope it's all right if I just ask what a day on your farm looks like." (sets 90-93)
    r"|^i (?:hope|hoped) (?:it's|it is|that's) (?:all right|alright|okay|ok|fine) (?:if|that) i (?:just |could |can )?ask(?: you)?"
    r"(?= (?:what|how|why|where|when|who|which|if|whether|about)\b)")
DOUBTS_YOU = re.compile(r"^(?:i )?(?:don't|dont|do not|didn't|did not|dunno|not sure|am not sure) (?:know )?"
                         r"(?:(if|whether) (?:you|you've|you're|you'd|you'll|y'all|your)\b)"
                         r"|^(?:i'm|im|i am) not (?:sure|certain) (if|whether) (?:you|you've|you're|you'd|you'll|your)\b")
# Commas, dashes and false starts ("Did- have you ...") end a clause.
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:[,;:]|--+|\s[-—–]+\s|—|–|(?<=\w)-(?=\s|$)|\s+or\s+(?:like\s+|maybe\s+|just\s+)?(?=(?:what|how|why|where|when|who|which)\s+\w)"
    # "what do you do day to day and do you talk to clients": a second question, unpunctuated
    # ... also after "and also", "and like", and with any subject: "and what was instructing
    # actually like", "and like what do chefs look at", "and what happens to you guys if ..."
    r"|\s+and\s+(?:also\s+|like\s+|then\s+|so\s+)*(?=(?:do|does|did|is|are|was|were|can|could|would|will|have|has)\s+(?:you|they|there|it|we)\b"
    r"|(?:what|how|why|where|when|who|which)\s+(?:do|does|did|is|are|was|were|can|could|would|will|have|has)\s+\w+"
    r"|what (?:happens|happened|made|makes|keeps|kept|got|gets)\b))\s*"
)


_CLEFT = re.compile(
    r"^(?:i guess |i think |i suppose )?(?:what i(?:'m| am) (?:really |actually )?(?:asking|wondering|curious about|getting at|trying to (?:ask|say|get at))"
    r"|what i(?:'d| would) (?:really |most )?(?:like|love) to (?:know|ask|hear)|what i (?:really |actually |most |also )?want(?:ed)? to (?:know|ask)"
    r"|what i(?:'m| am) (?:really |most |also )?(?:interested in|curious about)"
    r"|(?:my|the) (?:real |main |other |next |first |last |one )?question)(?: for you)? is (?:really |just |basically |more |kind of |like )?(\S.*)$"
)




def strip_markers(ws: list[str]) -> list[str]:
    """Drop opening discourse markers ("Okay, so what..." -> "what...")."""
    i = 0
    while i < len(ws) - 1 and ws[i] in MARKERS:
        # keep "you" and "i" when they start the real clause ("you know", "i wonder")
        if ws[i] in {"you", "i"} and not (ws[i] == "i" and ws[i + 1] in {"mean", "guess"}) \
                and not (ws[i] == "you" and i > 0 and ws[i - 1] == "thank"):
            break
        i += 1
    return ws[i:]


def content_words(sentence: str) -> list[str]:
    return strip_markers(words(sentence))


def clauses(sentence: str) -> list[list[str]]:
    """Word lists of each clause, markers stripped, empty clauses dropped."""
    parts = [strip_markers(words(p)) for p in _CLAUSE_SPLIT.split(clean(sentence))]
    return [p for p in parts if p]


def clause_form(ws: list[str], asked: bool = True, alone: bool = True) -> Form | None:
    """The form of a clause if it opens like a question or a request, else None.

    `asked`: the sentence ends in "?"; `alone`: the clause is the whole sentence (a lone
    "What," before other clauses is surprise, not a question).
    """
    if not ws:
        return None
    said = " ".join(ws)
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    if first in PREPOSITIONS and second in WH:  # "In what way...", "For how long..."
        return clause_form(ws[1:], asked, alone)
    cleft = _CLEFT.match(said)
    if cleft:  # "What I'm asking is what made you leave": the question after "is" decides
        rest = cleft.group(1).split()
        found = clause_form(rest, asked, alone)
        if found or rest[0] not in WH | {"if", "whether"}:
            return found
        return _embedded(rest, said)  # "My question is whether you enjoy it."
    if first in WH:
        if len(ws) == 1 and not alone and first in {"what", "huh"}:
            return None
        if first == "what" and second == "about":
            inner = _yes_no_after_about(ws, asked)
            if inner is not None:
                return inner
        return wh_form(ws, asked)
    knows = _KNOWS_HOW.match(said)
    if knows and len(ws) > 4:
        # "Do you know how that works?", "Do you know what the practical test involves?": asked
        # to explain how a thing of their field works (2 of 2 such deciding questions of sets
        # 1-121 open); "do you know what I mean / what a fajita is / if ..." stay closed, as
        # AnnoMI and Switchboard label them
        inner = _embedded(said[knows.end():].split(), said)
        if inner.question_type == "open":
            return Form("request", "open", 'asks them to explain ("do you know how ...")', said)
    told = _TELL.match(said)
    if told and _TELL_A_NAME.match(said[told.end():]):
        # "... or tell me who to send my resume?", "maybe you can tell me who i call": a name
        return Form("wh_fact", "closed", "asks for a single fact (a name, or when it happens)", said)
    if _REQUEST_OPEN.search(said):
        return Form("request", "open", f'asks for an account ("{quote(ws, 3)} ...")', said)
    leave = _ASKS_LEAVE_TO_ASK.match(said)
    if leave:  # "Do you mind if I ask how you got started?": the question asked decides
        return _embedded(said[leave.end():].split(), said)
    indirect = _INDIRECT.search(said)
    if indirect:
        # "Could you tell me if they're hiring?", "... tell me how many people apply": the
        # question told is a yes/no or a single fact; "tell me what a day looks like" invites one
        if indirect.group(0).endswith("tell") and _TELL_A_NAME.match(said[indirect.end():]) \
                or indirect.group(0).endswith("share") and _SHARE_A_NAME.match(said[indirect.end():]):
            # "Could you tell me the name of someone at the conservancy?", "Could you share the
            # Hillcrest director's name?": one fact, a name
            return Form("wh_fact", "closed", "asks for a single fact (a name or a number)", said)
        if _TELLS_OTHERS_OF_ME.match(said[indirect.end():]):
            # "would you maybe tell them about me?": a favour asked, not an account
            return Form("yes_no", "closed", f'asks a favour ("{quote(ws, 3)} ..."): it can be answered yes or no', said)
        # ("would you tell me honestly if they'd hold up": an adverb between, set 913)
        told = re.match(r" (?:me|us)(?: honestly| truthfully| frankly| roughly| quickly)? ((?:if|whether|how|what|when|where|which|who)\b.*)",
                        said[indirect.end():])
        if indirect.group(0).endswith(("tell", "telling")) and told:
            return _embedded(told.group(1).split(), said)
        return Form("request", "open", f'is an indirect request for an account ("{quote(ws, 3)} ...")', said)
    if re.match(r"^(?:is there )?(?:anything|something) else\b", said) and (alone or said != "something else"):
        # (not the last of a list of options: "The pay, the outdoors, something else?")
        return Form("request", "open", 'invites more ("anything else ...")', said)
    if asked and re.match(r"^any (?:other |more |further )?(?:thoughts|ideas|advice|tips|suggestions|recommendations|things|benefits|reasons|examples|lessons)\b", said):
        return Form("request", "open", f'invites ideas ("{quote(ws, 3)} ...")', said)
    doubt = DOUBTS_YOU.match(said)
    if doubt:
        # "I don't know if you've tried it", "i'm not sure whether you'd have time": not knowing
        # something about the listener, said to them, asks it (unless it leads into a statement
        # with "but": `forms._leads_on`)
        return _embedded(ws[len(said[:doubt.start(doubt.lastindex)].split()):], said)
    if first in {"i'm", "im", "i", "i'd", "just", "am", "i've", "was", "wondering", "curious", "i'll", "can", "could", "may"}:
        # (a few words more for "I just wanted to check in with you and see how the move went")
        # ("i was kind of hoping to ask if ...": a hedge inside the curiosity, set 249)
        # ("i was hoping you could like explain ...": a "like" said before the verb, set 322)
        plain = [w for k, w in enumerate(ws) if not (k < 6 and (w == "kind" or w == "sort") and ws[k + 1:k + 2] == ["of"])
                 and not (k < 7 and w == "of" and ws[k - 1:k] in (["kind"], ["sort"]))
                 and not (3 <= k < 7 and w == "like" and ws[k - 1] in {"could", "would", "can", "might"})]
        m = CURIOUS.search(" ".join(plain[:6])) or _LONG_LEAD.match(" ".join(plain[:10]))
        after = plain[len(" ".join(plain)[:m.end()].split()):] if m else []
        if m and after[:1] == ["from"]:
            return None  # "I wanted to hear from someone who does it": a purpose, not a question
        if m and "glad" in m.group(0) and after[:1] in (["that"], ["it"], ["this"]) and len(after) <= 2:
            return None  # "I'm so glad to hear that": a reaction, not curiosity
        if m and (after or not alone):  # "I'm curious." alone asks nothing
            return _embedded(after, said)
    if asked and len(ws) > 2 and first in {"isn't", "aren't", "wasn't", "weren't"} and second not in SUBJECTS | {"i"}:
        # "Isn't running your own practice less stressful?": any subject, still asks for agreement
        # (but "Doesn't sound like fun?" has dropped its subject: a statement said as a question)
        return Form("yes_no", "closed", f'asks for agreement ("{quote(ws, 3)} ...")', said)
    if re.match(r"^(?:you (?:don't|wouldn't) )?you (?:don't|wouldn't|do not) (?:happen to |by any chance )?know (?:if|whether|of|anyone|anybody|someone)\b", said):
        return Form("yes_no", "closed", "asks whether they know (\"you don't happen to know ...\")", said)
    if asked and len(ws) > 2 and (first in AUX_NOUN_SUBJECT or first in PEOPLE_AUX and names_people(second)) \
            and second not in WH | {"not", "so", "just", "like", "also"} \
            and second not in SUBJECTS | {"i"} \
            and (not second.endswith("ing") or first in {"does", "did"} or _GERUND_ASKED.search(said)):
        # "is tax season as bad as everyone says": a noun subject after the auxiliary (an "-ing"
        # one after "is" only with a comparison: "is doing four legs a day as exhausting as it
        # sounds"; after "does" always: "does being around death get to you")
        return Form("yes_no", "closed", f'can be answered yes or no ("{quote(ws, 2)} ...")', said)
    if first in AUX and (second in SUBJECTS | {"i"} or first in NEGATIVE_AUX and second in _QUANTIFIERS and len(ws) > 3):
        # ("doesn't all that driving around stress the bees out", set 642)
        if first in NEGATIVE_AUX:
            return Form("yes_no", "closed", f'asks for agreement ("{quote(ws, 3)} ...")', said)
        return Form("yes_no", "closed", f'can be answered yes or no ("{quote(ws, 2)} ...")', said)
    if AUXILIARY_LEFT_OUT.match(said):
        return Form("yes_no", "closed", f'can be answered yes or no ("{quote(ws, 3)} ...")', said)
    return None


# "you ever think about quitting", "you guys need any help right now", "anybody ever tell you
# that": a yes/no question said with its auxiliary left out, as people speak ("(do) you ever").
# "ever" and "any" straight after an affirmative subject and verb are asked, not told (in sets
# 1-1025 no statement opens so; the turns without "?" that do, 4, are all labelled closed)
AUXILIARY_LEFT_OUT = re.compile(
    r"^(?:you(?: guys| all| two)?|y'all|anybody|anyone|somebody|someone)(?: still| really)?"
    r" (?:ever\b|(?:have|need|got|want|know|get|had|hire|hiring|take|taking|use|see|offer|miss|think|keep)"
    r" (?:any|anything|anyone|anybody)\b)")


def _yes_no_after_about(ws: list[str], asked: bool) -> Form | None:
    """ "what about the pay is it enough to support a family", "What about CDL school, do
    companies pay for it or do I pay it myself?": the subject named, then a yes/no question
    about it in one breath; the question asked decides, and it is closed (over the 217 "what
    about" turns of sets 1-769, 10 more turns typed right and none wrong; of the 20 such
    clauses of sets 1-777 without a filler, 12 are in turns labelled closed, most of the rest in
    turns an open question of their own decides). After a filler ("what about the mental side
    like do you ever get scared") the question is an example of what the subject could hold,
    and the clause stays open (8 of the 15 such clauses are in turns labelled open)."""
    for j in range(2, min(len(ws) - 1, 10)):
        if ws[j] in {"like", "mean"} or ws[j] in WH:
            # a filler before the question (above), or a wh-question after the subject, which
            # `wh._asked_after_about` reads
            return None
        if j > 2 and ws[j] in AUX and ws[j - 1] not in {"that", "who", "which"}:
            inner = clause_form(ws[j:], asked, alone=False)
            return inner if inner is not None and inner.kind == "yes_no" else None
    return None


AUX_NOUN_SUBJECT = {"is", "are", "was", "were", "does", "did", "has", "should"}
_QUANTIFIERS = {"all", "most", "some", "every", "each", "both", "many", "much"}


PEOPLE_AUX = {"do", "can", "could", "would", "will"}
# an auxiliary that opens a yes/no question ("i want to ask is your practice hiring")
_ASKS_YES_NO = AUX_NOUN_SUBJECT | PEOPLE_AUX | {"have"}
_DETERMINERS = {"the", "your", "my", "our", "their", "his", "her", "people", "most", "some", "all", "any", "many",
                "other", "new", "young", "older", "those", "these"}


def names_people(w: str) -> bool:
    """ "do chefs ...", "can nurses ...", "do the ...": a subject after "do"/"can" (not "do what
    you love", "can be hard")."""
    return w in _DETERMINERS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))




def _embedded(ws: list[str], said: str) -> Form:
    """"I'm curious what/how/if ...": the embedded question, within a few words of the
    curiosity, decides (not a "who" deep inside: "I'd like to learn from people who ...")."""
    for k, w in enumerate(ws[:4]):
        if w in WH | {"if", "whether"}:
            break
        # ("i'm wondering is cdl school something somebody my age can just go do", set 937: a noun
        # subject straight after the curiosity)
        if w in _ASKS_YES_NO and ws[k + 1:k + 2] and (ws[k + 1] in SUBJECTS | {"i", "your", "the", "this", "there"}
                                                      or k == 0 and w in {"is", "are", "does", "do"} and len(ws) > 4
                                                      and ws[k + 1] not in WH | AUX | {"not", "so", "just", "like", "also", "a", "an"}):
            # "i want to ask is your practice looking for a tech", "i was gonna ask about that
            # actually is it weird being older": the yes/no question asked straight after
            return Form("yes_no", "closed", f'asks "{quote(ws[k:], 2)} ...": it can be answered yes or no', said)
    rest = ws[:]
    for _ in range(3):
        if not rest or rest[0] in WH | {"if", "whether", "about", "more"} | REQUEST_VERBS:
            break
        rest = rest[1:]
    if rest and rest[0] in {"if", "whether"}:
        # "I was wondering if you could tell me ..." is "Could you tell me ...?"
        if len(rest) > 3 and rest[1] == "you" and rest[2] in {"could", "would", "can", "will", "might"}:
            asked = [rest[2], "you"] + rest[3:]
        elif len(rest) > 2 and rest[1] in {"you'd", "you'll"}:
            asked = ["would", "you"] + rest[2:]
        else:
            asked = []
        if asked and _INDIRECT.search(" ".join(asked)):
            return Form("request", "open", "is an indirect request for an account", said)
        return Form("yes_no", "closed", 'asks "whether": it can be answered yes or no', said)
    if rest and rest[0] in WH:
        inner = wh_form(rest) or wh_form([rest[0], "do"] + rest[1:])
        if inner and inner.kind == "wh_fact":
            return Form("wh_fact", "closed", "asks for a single fact, even though phrased as curiosity", said)
    return Form("request", "open", 'states curiosity and invites an account ("I\'m curious ...")', said)
