"""A wh-clause: an open question that invites an account ("How did you get started?") or a
closed one that asks for a single fact ("How long have you been there?", "Which company was
that?"), by the product's convention. Split from `clauses`, which reads every other form.
"""

from __future__ import annotations

import re

from practice.scoring.kinds import Form, quote
from practice.scoring.wordclasses import (
    AUX, DEGREE_VERBS, FACT_HOW, FACT_WH, FACT_WHAT, OPINION, PREPOSITIONS, SUBJECTS,
)


def wh_form(ws: list[str], asked: bool = True) -> Form | None:
    """Interrogative wh-clause, or None for a subordinate one ("when you go out")."""
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    said = " ".join(ws)
    if not asked and PSEUDO_CLEFT.match(said):
        return None  # "What matters is showing how you thought.": a statement that names its point
    if second in {"you", "i", "we", "they", "he", "she", "people", "it", "you're", "i'm",
                  "we're", "they're", "it's", "you've", "i've"} and len(ws) > 2 \
            and first not in {"how's", "what's", "who's", "where's", "why's", "when's", "why'd", "how'd", "what'd", "whats", "where'd", "when'd", "who'd"}:
        # "what you said", "when you go out", "what I can do is": no inversion, no question;
        # but "How you started in this career?" asks, in the grammar of a second language
        if asked and (first in {"how", "why"} or _what_you_asks(ws)):
            return Form("wh_open", "open", f'invites an account ("{quote(ws, 2)} ...")', said)
        if asked and second == "you" and ws[2] in {"think", "see", "feel"} and first in {"where", "when"}:
            # "where you think this field is going in five years, with the AI?": their view asked,
            # in the word order of a second language (set 738)
            return Form("wh_open", "open", f'asks for their view ("{quote(ws, 3)} ...")', said)
        return None
    if first in {"what", "how"} and second in {"about", "else"}:
        asks = _asked_after_about(ws, asked) if second == "about" else None
        if asks is not None:
            return asks
        return Form("wh_open", "open", f'invites an account ("{quote(ws, 2)} ...")', said)
    if first in {"what", "which"} and second in {"kind", "sort", "type", "types", "kinds"}:
        if len(ws) > 3 and ws[2] == "of" and ws[3] in {"money", "pay", "salary", "wage", "wages"}:
            # "what kind of money are we talking like starting out": one figure, the pay (sets 298-313)
            return Form("wh_fact", "closed", 'asks for a single fact ("what kind of money")', said)
        if len(ws) <= 7 and ws[-2:] in (["is", "it"], ["was", "it"], ["is", "that"], ["was", "that"]):
            # "what kind of master's is it": the one fact of what something named is
            return Form("wh_fact", "closed", f'asks for a single fact ("{quote(ws, 3)} ...")', said)
        return Form("wh_open", "open", f'invites an account ("{quote(ws, 3)} ...")', said)
    opinion = any(w in OPINION for w in ws[1:6])
    if first == "what" and _PAY.match(said):
        # "What does a pastry cook usually make starting out?", "what did training cost them?":
        # one figure, the pay or the price
        return Form("wh_fact", "closed", 'asks for a single fact, the pay or the price', said)
    if first == "how" and second in FACT_HOW:
        # ("how much of your day is like coding versus meetings": "like" after "is" is a filler)
        if second == "much" and len(ws) > 4 and (ws[2] in _COMPARED or ws[2].endswith("ier")) and ws[3] in {"is", "are", "was", "were"}:
            # "How much better is it to own the practice than to work for someone else?"
            return Form("wh_open", "open", 'asks "how much" of a comparison, a matter of degree', said)
        if second == "much" and len(ws) > 3 and (ws[2] == "of" or ws[2] not in AUX | SUBJECTS | {"time", "money"}) \
                and set(ws[3:]) & {"use", "apply", "transfer", "transfers", "carries"}:
            # "How much of what you learned in computer science do you actually use now?", "How
            # much chemistry do you actually use in your work?" (sets 1-513: 7 of 8 labelled open)
            return Form("wh_open", "open", 'asks "how much" of it carries over, a matter of degree', said)
        if second == "much" and (any(w in DEGREE_VERBS and not (w == "like" and ws[k - 1] not in _LIKE_AS_VERB_AFTER)
                                     for k, w in enumerate(ws[2:7], 2))
                                 or any(w in DEGREE_VERBS - {"like"} for w in ws[7:9])):
            return Form("wh_open", "open", 'asks "how much" as a matter of degree', said)
        return Form("wh_fact", "closed", f'asks for a single fact ("How {second} ...")', said)
    if first in FACT_WH:
        if first in {"when", "where"} and second in {"my", "our", "his", "her", "their"} and "i" in ws[3:]:
            return None  # "when my lola was sick in manila i take care of her": a time the user tells of
        if second in {"or", "if", "and", "to"} or not asked and not first.endswith("'s") \
                and not any(w in AUX or w.endswith("'s") for w in ws[1:4]) and not (first == "which" and second in {"one", "ones"}):
            return None  # "when or if you ever ...": subordinate (not "which one makes the most money")
        if first == "which" and second == "of" and len(ws) > 3 and ws[2] in {"these", "those", "the", "them"} \
                and ws[3] in {"two", "three", "both", "2", "3", "options", "paths", "routes"}:
            # "Which of those two would you recommend?": a pick between options named
            return Form("choice", "closed", f'asks to pick one of the options named ("{quote(ws, 4)} ...")', said)
        if first == "who" and second in {"would", "should", "do", "can", "could"} and (
                ws[2:4] in (["you", "recommend"], ["you", "suggest"]) or ws[2:5] in (["you", "say", "i"], ["you", "think", "i"])
                and bool(set(ws[5:7]) & {"talk", "speak", "reach", "contact", "email", "call", "ask"})):
            # (and "Who would you say I should talk to next?", set 582)
            # "Who would you recommend I talk to next?": a name (sets 1-561: 23 of 30 closed)
            return Form("wh_fact", "closed", f'asks for a single fact, a name ("{quote(ws, 4)} ...")', said)
        if first == "who" and second in {"would", "should", "do", "can", "could"} and ws[2:3] == ["i"] \
                and not set(ws[3:]) & {"recommend", "suggest", "think"}:
            # "who would I contact about that?", "who should I email?": a name, one fact
            return Form("wh_fact", "closed", f'asks for a single fact, a name ("{quote(ws, 4)} ...")', said)
        if first == "who" and second in {"would", "should", "could", "might"} and ws[2:3] == ["be"] \
                and re.match(r"(?:a|the) (?:good|best|right|ideal|first) (?:person|people|one|contact)\b", " ".join(ws[3:6])):
            # "Who would be a good person to talk to about the grad school side?": a name (sets
            # 1-585: 4 of 4 closed)
            return Form("wh_fact", "closed", f'asks for a single fact, a name ("{quote(ws, 5)} ...")', said)
        if first == "who" and second == "else" and set(ws[2:]) & {"talk", "speak", "reach", "contact", "email", "call", "meet"}:
            # "Who else would you suggest I talk to?": names (sets 1-593: 28 of the 43 "who else"
            # questions are labelled closed, nearly all of them this one)
            return Form("wh_fact", "closed", f'asks for a single fact, names ("{quote(ws, 4)} ...")', said)
        if first == "where" and ("fit" in ws[2:] or "fits" in ws[2:] or ws[-2:] in (["end", "up"], ["come", "from"])
                                 or second in {"should", "would", "do", "can", "could"} and ws[-1] in {"start", "begin"}):
            # "where do bootcamps fit in?", "where do most conservators end up?", "where should I
            # start?": a place in the field or a way in, an account (sets 116-121: 12 of 12 open);
            # "where do the puzzle ideas come from?": how they arise (sets 1-417: 5 of 5 open)
            return Form("wh_open", "open", 'asks where something fits, starts or comes from, an account', said)
        if first == "where" and _WHERE_EVEN.match(said):
            # "where do you even start with that much footage?", "where do you even find all that
            # stuff?", "where do people usually go from there?": bewilderment at the task, or the
            # paths out of a job; an account (sets 1-369: 27 of 29 "where do you even" open)
            return Form("wh_open", "open", 'asks where one would even begin, or where people go next', said)
        if first == "where" and ws[-1] == "go" and set(ws) & _SPENT:
            # "Where does most of the time go?": what takes it up, an account
            return Form("wh_open", "open", 'asks what takes up the time ("where does ... go")', said)
        if first == "which" and second in {"part", "parts", "side", "aspect"} and set(ws) & _LIKED \
                and not set(ws) & {"more", "better", "or", "rather"}:
            # "which part do you enjoy the most?", "and which part you don't like?": a view of the
            # whole job (sets 1-553: 5 of 5 open; "which part you like more?" picks, closed)
            return Form("wh_open", "open", f'invites a view ("{quote(ws, 3)} ...")', said)
        if first == "which" and _PART_OF_THE_JOB.match(said):
            # "Which part of the job gives you the most joy?": a view over the whole job, open
            # (5 of 5 such questions of sets 1-113; "which part do most people fail?" is a fact)
            return Form("wh_open", "open", f'invites a view ("{quote(ws, 3)} ...")', said)
        if second == "else" or (opinion and first in {"where", "who", "where's"}) \
                or (opinion and first == "which" and not set(ws) & _PICKS and second not in {"one", "ones"}):
            return Form("wh_open", "open", f'invites a view ("{quote(ws, 3)} ...")', said)
        return Form("wh_fact", "closed", f'asks for a single fact ("{quote(ws, 1)} ...")', said)
    like = next((i for i, w in enumerate(ws) if w == "like" and i > 1), None)
    if like and like + 2 == len(ws) and ws[like + 1] in {"this", "that", "these", "those", "mine", "yours", "me", "us", "him", "her", "them"}:
        like = None  # "what is the salary for a pastry cook in a restaurant like this": "such as this"
    if first in {"what", "what's"} and like and ws[like - 1] not in {"you", "i", "we", "they", "he", "she",
                                                                    "would", "to", "really", "also", "people",
                                                                    # "what's the age cutoff i heard there's like an
                                                                    # age thing": a filler in a clause of its own
                                                                    "there's", "it's", "that's", "i'm", "they're"} \
            and ws[like + 1:like + 2] not in (["roughly"], ["approximately"], ["exactly"], ["ballpark"]):
        return Form("wh_open", "open", f'asks what something is like ("{quote(ws, 3)} ...")', said)  # "What's the culture like?"
    head = ws[1:4] if second not in {"is", "was", "are", "were", "'s"} else ws[2:5]
    if first in {"what", "which"} and second in FACT_WHAT or first in {"what", "what's"} and \
            len(head) > 1 and head[0] in {"your", "the", "his", "her", "their"} and head[1] in FACT_WHAT \
            and (len(head) < 3 or head[2] in _AFTER_HEAD | FACT_WHAT):
        return Form("wh_fact", "closed", f'asks for a single fact ("{quote(ws, 3)} ...")', said)
    if first in {"what", "what's"} and len(head) == 3 and head[0] in {"your", "the"} and head[2] in FACT_WHAT \
            and head[1] not in AUX | SUBJECTS | PREPOSITIONS | _A_KIND_OF and _ends_at_the_noun(ws, ws.index(head[2], 1)):
        # "What is the pass rate?", "What's your starting salary?": a fact noun named by two
        # words, nothing after it but what it is of ("... on the oral exam", set 110)
        return Form("wh_fact", "closed", f'asks for a single fact ("{quote(ws, 5)} ...")', said)
    if _STUDIED.match(said):
        # "What did you major in?", "what did you study in college": one fact of their past
        # (sets 1-449: 11 of the 13 such questions are labelled closed)
        return Form("wh_fact", "closed", f'asks for a single fact ("{quote(ws, 4)} ...")', said)
    if first in {"what", "what's"} and ws[-1] == "called" and len(ws) <= 8 and set(ws[:3]) & {"what's", "is", "was", "are", "were"}:
        # "What's the group called?", "what was it called": a name, one fact (sets 1-545: 2 of 2)
        return Form("wh_fact", "closed", 'asks for a single fact, a name ("... called")', said)
    return Form("wh_open", "open", f'invites an account ("{quote(ws, 2)} ...")', said)


_STUDIED = re.compile(r"^what did you (?:major in|study)(?: (?:in|at) (?:college|school|university|undergrad)| in| undergrad"
                      r"| as an undergrad)?$")


# "Which one would you pick?", "Which ones would you recommend?", "which certification would I
# need": a pick among options, closed (5 of 5 such questions of sets 1-105); "Which of those do
# you think is important to you?" asks for a view (AnnoMI's counsellors: open). "Which one"
# picks whatever the verb ("Which one did you originally want to do?", "which one do you think
# gives you the better start": 7 of 7 such questions of sets 1-777 labelled closed)
_PICKS = {"pick", "choose", "recommend", "suggest", "say", "need", "go"}
_LIKED = {"like", "enjoy", "love", "hate", "miss", "dislike"}
# "like" is liking only after its subject ("how much do you like it", "how much does that like
# come up"); after anything else it is a filler: "how much is like coding", "how much do rad
# techs make like starting out" (sets 1-569: 15 of 15 such pay questions are labelled closed),
# "how much money are we talking like for pipeline", "how much time does that take like per
# week" (sets 1-721: 12 such questions labelled closed were called open and are now closed; 2
# labelled open went the other way: "how much does a shutdown like that wreck your body?")
_LIKE_AS_VERB_AFTER = SUBJECTS - {"the", "a", "an", "my", "our", "their", "his", "her", "your", "any", "most"} \
    | {"kids", "folks", "guys", "clients", "patients", "customers", "students", "really", "actually", "still", "ever"}
_PART_OF_THE_JOB = re.compile(r"^which (?:part|parts|aspect|aspects|side) of (?:the|your|this|that) (?:job|work|role|career|field|day)\b")
# "what matters is ...", "what surprised me most was ...", "what got me through was ...": a
# free relative as the subject of "is"/"was", which only a statement has (a question would be
# "what matters most?")
# ("So what got you through wasn't talent, it was ...", "what really sticks with you isn't the
# fresh air": the same statement, set against what it is not)
PSEUDO_CLEFT = re.compile(r"^what (?:really |actually |honestly |mostly |finally )?"
                           r"(?:(?!(?:is|was|does|has)\b)\w+(?:s|ed)|got|made|kept|drew|struck|hit|brought|stuck|sold|won"
                           # "what bother you is when the problem come back": the verb in a
                           # second language's bare form
                           r"|(?:bother|worry|scare|surprise|stress|interest|excite|motivate|matter|help) (?:you|me|people|them|us)\b)"
                           # (not "what skills is most important": a plural noun, the verb's number
                           # slipped, set 371)
                           r"(?: (?!is\b|was\b|isn't\b|wasn't\b)\w+){0,3} (?:is|was|isn't|wasn't) (?!most\b)\w+")


# "What is your typical day in the clinic?" asks for an account, not the one fact of a day
_A_KIND_OF = {"typical", "normal", "average", "usual", "ideal", "best", "worst", "favorite", "favourite", "perfect", "first"}


def _ends_at_the_noun(ws: list[str], at: int) -> bool:
    """Nothing follows the fact noun at `at`, or only a short phrase saying what it is of or
    for ("the pass rate on the oral exam", "the starting salary for new grads"), no verb."""
    rest = ws[at + 1:]
    # ("the age limit to enter the academy": a bound is for doing something)
    leads = rest[:1] in (["on"], ["for"], ["in"], ["at"], ["of"]) or rest[:1] == ["to"] and ws[at] in {"limit", "cutoff", "deadline"}
    return not rest or (leads and len(rest) <= 5
                        and not set(rest) & (AUX | {"i", "you", "we", "they", "he", "she", "it", "people"}))


_PAY = re.compile(r"^what (?:does|do|did|would|will) (?!you\b|they\b|i\b|we\b)[\w-]+(?: [\w-]+){0,3} (?:usually |actually |typically |normally |really )?"
                  r"(?:make|cost(?: (?:them|you|me|us|people))?)"
                  r"(?: (?:starting out|to start|at first|first|a year|an hour|per \w+|in [a-z]+|these days|right now|now|when|after|coming out|out of))*$")
_COMPARED = {"better", "worse", "harder", "easier", "different", "safer", "riskier", "busier", "calmer"}
_SPENT = {"time", "day", "days", "week", "hours", "money", "budget", "energy", "effort"}

# After the noun a fact question asks for ("What's your salary range?" is not "What's the team
# culture?"): nothing, a function word, or a verb of the question.
_AFTER_HEAD = AUX | SUBJECTS | PREPOSITIONS | {"'s", "range", "difference", "gap", "like", "now", "there", "here", "again", "so", "and", "because", "then"}


_WHERE_EVEN = re.compile(r"where (?:do|does|did|would|will|can|could|should) (?:you|i|people|they|one|someone|somebody|we|most people)"
                         r" (?:even \w+|(?:usually |typically |normally |actually |even )?(?:start|begin)\b"
                         r"|(?:usually |typically |normally |tend to )?(?:go|move|end up) (?:next|after|from there|on)\b)")
# what a question "what you ...?" asks, in the grammar of a second language
_WHAT_YOU_ASKS = {"wish", "like", "love", "enjoy", "think", "recommend", "suggest", "would", "do", "miss", "hate", "learned"}


def _what_you_asks(ws: list[str]) -> bool:
    """ "What you wish somebody told you before you started?", "what they do exactly?": a view or
    an account asked without inversion (sets 370, 384); not "... to do what you do?", which ends
    a statement, nor "What you think is better for me, X or Y?", a pick between options."""
    if ws[0] != "what" or ws[1] not in {"you", "they"} or ws[2] not in _WHAT_YOU_ASKS:
        return False
    if ws[2] == "do" and ws[3:4] not in (["when"], ["if"], ["with"], ["about"], ["after"], ["exactly"]):
        return False
    return not set(ws[3:6]) & {"better", "best", "worse", "more"}


def _asked_after_about(ws: list[str], asked: bool) -> Form | None:
    """ "what about money like how much do new drivers make their first year", "what about getting
    stung how often does that happen": the subject named, then the question about it, said on
    in one breath; a single fact asked there makes the turn closed (sets 1-729: of the 4 such
    turns called open before, 3 are labelled closed; "how much of it is typing and maps" is
    labelled open). An open question after it leaves the turn open, as before."""
    for j in range(3, min(len(ws) - 2, 12)):
        # (not a relative clause of the subject named: "what about the ones who don't get better")
        relative = ws[j] in {"who", "which", "where", "when", "that"} and ws[j - 1] not in {"like", "um", "uh", "so", "and"}
        if ws[j] in {"how", "what", "when", "which", "who", "where"} and not relative \
                and (ws[j + 1] in AUX or ws[j + 1] in FACT_HOW):
            inner = wh_form(ws[j:], asked)
            return inner if inner is not None and inner.question_type == "closed" else None
    return None
