"""A question run on from what came before it, in a transcript without punctuation.

Speech-to-text output has no "?" and no commas: "nine years wow do you still enjoy it",
"eight months thats a long wait what did you do in the meantime". The question starts where
an inverted clause, a wh-subject or an auxiliary before a subject begins after a word that
cannot lead into it (`runon_starts.clause_starts`); `run_on_question` finds the last such
start and reads the clause from there (`clauses.clause_form`).
"""

from __future__ import annotations

import re

from practice.scoring.clauses import (
    AUX_NOUN_SUBJECT, CURIOUS, PEOPLE_AUX, clause_form, names_people, strip_markers,
)
from practice.scoring.kinds import Form, quote
from practice.scoring.runon_order import (
    bare_noun_subject, counts_in_order, does_it, how_long_in_order, how_many_said_plain,
)
from practice.scoring.runon_starts import PEOPLE_BEFORE_WHO, after_a_copula, after_a_noun, clause_starts
from practice.scoring.runon_tails import tail_question
from practice.scoring.runon_words import (
    ABOUT_IT, BEFORE_EMBEDDED_HOW, CHECKED, CHOOSING, DONE, DONE_TO, INDEFINITE, JOINS_A_SECOND, MAKES, NAMES_A_POINT,
    NEGATIVE_HEADS, NOUNS_IN_LY, OWN, REACTIONS, SAID, SHOWING, SUBJECT_ADVERBS, SURPRISED_ADVERBS, TO_DO, TOPIC_THEN_HOW,
    VERDICTS, WHATS_GOING, WH_SUBJECT_VERBS,
)
from practice.scoring.statement_order import WAIT_VERB_NEXT, surprise_check
from practice.scoring.tags import HEARD_TAIL
from practice.scoring.wh import PSEUDO_CLEFT
from practice.scoring.wordclasses import AUX, KNOWING, PREPOSITIONS, REQUEST_VERBS, SUBJECTS, WH

# "how'd you get trained up for all that": the "did" contracted onto the wh-word
_WH_DID = {"how'd", "what'd", "why'd", "where'd", "when'd", "who'd"}
# "flying cargo like compared to ...": the thing asked about, then "like" and what it is set against
_LIKE_THEN = re.compile(r"(?:[\w']+ ){1,4}like(?: (?:compared|versus|vs|for|when|day|these|back|now|then|in|at|on|with|during)\b.*)?$")


# "so why is everybody saying there's a welder shortage" (set 347)
_EVERYONE = INDEFINITE | {"everybody", "everyone", "nobody"}


def run_on_question(ws: list[str]) -> Form | None:
    """A transcript without punctuation runs a question on from what came before it:
    "eight months thats a long wait what did you do in the meantime", "nine years wow do
    you still enjoy it", "four hundred a day thats a lot is that like actually safe". An
    inverted wh-clause ("what did you", "how high are the") is a question wherever it
    starts; an auxiliary before "you", "they", "it", "there" or "that" is one after a word
    that cannot end a clause leading into it; "... and i was wondering how much of that
    transfers" states curiosity mid-run. A word said twice over ("does does a program") is
    read once."""
    ws = [w for k, w in enumerate(ws) if not k or w != ws[k - 1]]
    # ... and a pair said twice ("so how is how is hospital data different")
    ws = [w for k, w in enumerate(ws) if not (k + 3 < len(ws) and ws[k:k + 2] == ws[k + 2:k + 4])]
    if ws[-3:] == ["do", "you", "know"] and len(ws) > 5 and set(ws[:-3]) & WH:
        # "what made them switch do you know": the "do you know" tacked on after a wh-question
        # asks the wh-question, as ", do you know?" does in writing (set 673)
        ws = ws[:-3]
    tail = HEARD_TAIL.match(" ".join(ws))
    if tail:
        # "so the money held up but your body didn't is that what you mean": what was heard,
        # checked at the end
        return Form("tag", "closed", f'checks what was heard ("{tail.group(1)}")', tail.group(1))
    for i in range(len(ws) - 2, 0, -1):
        a, b, c = ws[i], ws[i + 1], ws[i + 2] if i + 2 < len(ws) else ""
        # "how long have you", "how high are the", "how physically demanding is the"; not "is
        # that how you did it" (an embedded clause); "... um why don't more people know about that
        # side of it" (set 411)
        inverted = (a in WH and b in AUX and c in SUBJECTS | {"i"}) or \
                   (a in {"why", "how"} and b in {"is", "are", "does", "do"} and c in _EVERYONE
                    and ws[i - 1] not in KNOWING | PREPOSITIONS | {"that's", "is", "was"}) or \
                   (a == "why" and b in {"is", "are", "was", "were"} and bool({"so", "such"} & set(ws[i + 3:i + 6]))  # "why is parking so hard"
                    and ws[i - 1] not in KNOWING | PREPOSITIONS | {"that's", "is", "was", "exactly", "reason"}) or \
                   (a == "why" and b in {"don't", "doesn't", "didn't", "aren't", "isn't", "wouldn't"}
                    and c in {"more", "most", "many", "all", "the", "people", "schools", "companies"}
                    and ws[i - 1] not in KNOWING | PREPOSITIONS | {"that's", "is", "was"}) or \
                   (a in _WH_DID and b in SUBJECTS | {"i"} and c not in AUX) or \
                   (a == "how" and b not in AUX | SUBJECTS | {"i"} and c in AUX) or \
                   (a == "how" and b.endswith("ly") and c not in AUX and i + 3 < len(ws) and ws[i + 3] in AUX) or \
                   (a in {"what", "which"} and b not in AUX | SUBJECTS | WH | {"i", "kind", "sort", "type"} and c in AUX
                    and i + 3 < len(ws) and ws[i + 3] in SUBJECTS | {"i"}
                    and not PSEUDO_CLEFT.match(" ".join(ws[i:]))) or \
                   (a in {"what", "which"} and b not in AUX | SUBJECTS | WH | {"i", "kind", "sort", "type", "it", "that", "this"}
                    and c in {"is", "are"} and ws[i + 3:i + 4] in (["most"], ["the"], ["more"], ["best"], ["really"])
                    and ws[i - 1] not in KNOWING | PREPOSITIONS | {"that's", "is", "was", "it's", "exactly"}) or \
                   (a == "how" and b in {"much", "many"} and c not in AUX
                    and any(ws[k] in AUX and ws[k + 1] in SUBJECTS | {"i"} for k in range(i + 3, min(i + 6, len(ws) - 1)))) or \
                   how_many_said_plain(ws, i) or \
                   bare_noun_subject(ws, i)
        # ("how much debt are we talking", "how many hours a week are we talking for grading")
        # "um what does covering city hall look like", "so mostly weddings whats the difference like";
        # "... so what's been the hardest part for ...", "... what would be the first step",
        # "air shows got me too what was flying cargo like compared to like carrying passengers";
        # "... what was going on for you then", "what was flying freight up there like", "and how
        # many of those are actually fires", "which one is harder to get into", "three tries really
        # what was so hard about the exam"
        merged = (a in WH and b in {"do", "does", "did"} and len(ws) - i >= 4) or \
                 (a in {"what's", "how's", "where's", "who's", "why's"} and b in SUBJECTS and len(ws) - i >= 3) or \
                 (a in {"what's", "how's"} and b in {"all", "the", "that", "this", "those", "these", "your", "one", "a", "an",
                                                    "something", "some"} and len(ws) - i >= 4) or \
                 (a in {"what's", "whats"} and b not in AUX | WH and "like" in ws[i + 2:i + 5]) or \
                 (a in {"what's", "whats"} and b == "like" and c in {"the", "a", "your", "one"} and len(ws) - i >= 4) or \
                 (a in {"what's", "whats"} and b in {"different", "special", "changed", "missing"} and len(ws) - i >= 3
                  and ws[i - 1] in REACTIONS | {"like", "so", "and", "but", "okay"}) or \
                 (a == "what" and b in {"is", "was"} and c == "like" and ws[i + 3:i + 4] in (["the"], ["a"], ["your"], ["one"])
                  and len(ws) - i >= 5) or \
                 (a in {"what's", "how's", "where's", "who's"} and (b == "been" or b in DONE_TO) and len(ws) - i >= 3) or \
                 (a in WH and b in {"would", "will", "could", "should"} and c in {"be"} | MAKES and len(ws) - i >= 4) or \
                 (a in {"how", "why", "where", "what", "when"} and b in {"would", "will", "could", "should", "can"}
                  and c not in SUBJECTS | AUX | {"i"} and len(ws) - i >= 5) or \
                 (a == "how" and b == "come" and len(ws) - i >= 4) or \
                 (a == "what" and b in {"was", "is"} and ((c in {"going", "happening"} and bool({"you", "your"} & set(ws[i + 3:i + 7])))
                                                        or (ws[-1] == "like" and len(ws) - i >= 4)
                                                        or _LIKE_THEN.match(" ".join(ws[i + 2:])))) or \
                 (a == "how" and b in {"many", "much"} and c == "of" and i + 4 < len(ws) and ws[i + 4] in AUX) or \
                 (a == "how" and b in {"many", "much"} and c == "of" and ws[i + 3:i + 4] in (["your"], ["the"], ["their"])
                  and i + 5 < len(ws) and ws[i + 5] in {"is", "are", "was", "were", "do", "does", "did"}) or \
                 (a == "which" and b in {"one", "ones"} and c in AUX) or \
                 (a == "what" and b in {"is", "was"} and c == "so" and "about" in ws[i + 4:i + 6]) or \
                 (a == "what" and b in {"is", "was"} and c in VERDICTS | ABOUT_IT and ws[i + 3:i + 4] == ["about"]
                  and ws[i - 1] not in KNOWING | PREPOSITIONS | {"that's", "it's", "is", "was", "exactly"}) or \
                 (a in {"what's", "whats"} and b == "so" and "about" in ws[i + 3:i + 5]) or \
                 (a == "how" and b in {"many", "much"} and c not in AUX and ws[i + 3:i + 4] in (["is"], ["are"])
                  and len(ws) - i >= 5 and ws[i - 1] in {"yes", "yeah", "okay", "ok", "haha", "ha", "oh", "wow", "and", "so"})
        # "... would count for anything what kind of work would use that"
        # "... so helpful what kind of questions they ask": the question word order left out
        kind_of = (a in {"what", "which"} and b in {"kind", "sort", "type", "kinds", "sorts", "types"}
                   and c == "of" and (any(w in AUX | {"you", "they", "people"} for w in ws[i + 3:i + 6]) or ws[i - 1] in REACTIONS))
        # "barks sorry what what are barks": what a word they used means, asked at the end
        defines = a in {"what", "who"} and b in {"is", "are"} and 1 <= len(ws) - i - 2 <= 3 \
            and c not in SUBJECTS | {"i", "that", "this", "it", "the", "your"}
        merged = merged or kind_of or defines
        # "... for somebody like me who's been on a factory line": "who's" after a person says who
        merged = merged and not (a in {"who's", "who"} and ws[i - 1] in PEOPLE_BEFORE_WHO)
        # "thirty percent that's a lot of bees what's killing them": the wh-word as the subject
        # of an "-ing" verb with its object (not "that's what's killing them": the check below;
        # not "what's starting pay", "what's coming next")
        merged = merged or (a in {"what's", "whats"} and b.endswith("ing") and len(ws) - i >= 3
                            and ws[i + 2] in {"them", "you", "it", "him", "her", "us", "people", "that", "this", "your", "the"}) \
            or (a == "what" and b in {"is", "was"} and c.endswith("ing") and len(c) > 4 and len(ws) - i >= 4
                and ws[i + 3] in {"them", "you", "him", "her", "us", "people"})  # "eleven years what is what is keeping you ..."
        # "what kind of what kind of work": a restart; the word before the first try counts
        before = i - 3 if kind_of and i >= 4 and ws[i - 3:i] == ws[i:i + 3] else i
        # ("i have to know what's the weirdest question ...": needing to know asks)
        # ("wherever the shutdown is what's that like being away": "what's that like" is asked
        # whatever comes before it)
        # ("the part i'm actually nervous about what's the what's the physical side like", set 940)
        asks_like = a in {"what's", "whats"} and (b in {"that", "it", "this"} and c == "like"
                                                  or b == "the" and "like" in ws[i + 3:i + 7])
        # ("for someone my age coming in what's the fastest way ...": "in" ends "coming in", set 355)
        particle = ws[max(0, before - 2):before] in (["coming", "in"], ["getting", "in"], ["starting", "out"], ["breaking", "in"])
        if merged and not asks_like and not particle and ws[before - 1] in KNOWING | PREPOSITIONS | CHOOSING | {"that's", "it's", "is", "was", "of"} \
                and ws[max(0, before - 3):before] not in (["have", "to", "know"], ["need", "to", "know"], ["got", "to", "know"],
                                                          ["good", "to", "know"], ["nice", "to", "know"], ["great", "to", "know"]) \
                and ws[max(0, before - 2):before] != ["gotta", "know"] \
                and ws[before - 2:before] not in (["i", "guess"], ["i", "mean"]) \
                and ws[before - 2:before] not in (["question", "is"], ["know", "is"], ["ask", "is"], ["wondering", "is"]):
            # ("so i guess um what's it like ...", "my first question is what got you ...", "i guess
            # what i want to know is what's it really like ...")
            merged = False
        if inverted or merged:
            form = clause_form(ws[i:], True)
            # "how do you even start like where do you begin with that much footage": the
            # second question narrows the first, which is still the one to answer
            # (and "what's the day to day actually like like how much of it is teaching": the
            # first "like" ends the question, the second leads into the example)
            if i >= 4 and ws[i - 1] == "like" and form is not None and form.kind == "wh_fact":
                for first in (run_on_question(ws[:i - 1]), run_on_question(ws[:i])):
                    if first is not None and first.kind == "wh_open":
                        return first
            # ("so how do you like come up with a puzzle where does it even start": the same with
            # nothing between them, set 864)
            if i >= 4 and form is not None and form.kind == "wh_fact" and ws[i - 1] not in JOINS_A_SECOND | KNOWING:
                return _open_question_before(ws, i) or form
            return form
    for i in range(len(ws) - 3, 0, -1):
        a, b = ws[i], ws[i + 1]
        if clause_starts(ws, i) and (form := clause_form(ws[i:], True)) is not None:
            # (or a guess at it: "so what made you switch to regional was it was it the being away
            # from home", set 370)
            # ("how did you get your dive certification was it through school", set 951)
            guesses = a in {"was", "is"} and b in {"it", "that"} and ws[i + 2] in {"the", "because", "more", "mostly", "just", "a", "like",
                                                                               "through", "from"}
            if (form.kind == "choice" or "or" in ws[i:] or guesses) and ws[i - 1] not in {"and", "also", "plus"}:
                # "what made you almost quit was it the being alone or the job itself", "so what
                # happens then do you like redesign it right there or": options offered as
                # examples of the answer; the wh-question before them is the one asked, when it
                # asks how, what or why (not "who decides like who gets moved is it the charge
                # nurse or the doctor": the options are the answer to "who")
                return _open_question_before(ws, i) or form
            return form
        # "... really rough what got you through it", "... um what actually happens when it
        # breaks": a wh-word as the subject
        verb = ws[i + 2] if b in SUBJECT_ADVERBS else b
        if a in {"what", "who"} and b not in AUX | SUBJECTS | WH and len(b) > 2 and not after_a_copula(ws, i) \
                and not (a == "who" and after_a_noun(ws, i)) \
                and (ws[i + 2] in {"you", "your"} or verb in WH_SUBJECT_VERBS
                     # "... is no joke what wears people out most" (set 938; not "it's the caseload
                     # ... what make people leave", which names it)
                     or ws[i + 2] == "people" and "it's" not in ws[max(0, i - 8):i]) \
                and (ws[i - 1] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "it's", "and"}
                     or ws[i - 2:i] in (["i", "mean"], ["question", "is"])
                     # "so i guess what made you want to ...": the guess leads in (not "i guess what drew
                     # you to it was the money")
                     or ws[i - 2:i] == ["i", "guess"] and ws[i + 2] in {"you", "your"} and not set(ws[i + 3:]) & {"is", "was"}) \
                and not (verb in WH_SUBJECT_VERBS and ws[i - 1] in REQUEST_VERBS | SHOWING) \
                and not _names_its_point(ws[i + 2:]):  # not "show what changed", "what makes it hard is ..."
            return _account(ws[i:], 3)
        # "i make beats on my laptop like what what from that would actually carry over to this":
        # what of theirs would serve, the wh-word as the subject (sets 870, 872)
        if a in {"what", "which"} and b == "from" and ws[i + 2] in {"this", "that", "it", "my", "all", "those", "these"} \
                and any(w in {"can", "could", "would", "will", "might", "should"} for w in ws[i + 3:i + 6]) \
                and ws[i - 1] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "it's"}:
            return _account(ws[i:], 3)
        # "cut it in half why like what was wrong with it": the wh-word as the subject of a verdict
        if a == "what" and b in {"was", "is", "were", "are"} and ws[i + 2] in VERDICTS \
                and ws[i - 1] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "it's", "and", "exactly", "that"}:
            return _account(ws[i:], 3)
        # "funding huh what what's going on with the funding"
        if a == "what's" and b in WHATS_GOING and ws[i - 1] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "it's"}:
            return _account(ws[i:], 3)
        # "eight thousand calls that's insane wait so most of them aren't even fires": surprise
        # checked back after a reaction (not the verb: "you have to wait so long")
        if a == "wait" and (ws[i - 1] in REACTIONS or i >= 2 and ws[i - 2] in {"that's", "thats"}) \
                and len(ws) - i >= 4 and ws[i + 1] not in WAIT_VERB_NEXT:
            return surprise_check(" ".join(ws[i:]))
    # "eleven years and you still look forward to going in", "three thirty wow and you still
    # enjoy it": their fact said back, then a surprised check on them, a yes/no question
    for i in range(1, min(6, len(ws) - 3)):
        if ws[i] == "and" and ws[i + 1] in {"you", "you're", "you've"} and (ws[i + 2] in SURPRISED_ADVERBS
                                                                       or ws[i + 1] == "you" and ws[i + 2] in {"were", "are"}) \
                and not set(ws[:i]) & (SUBJECTS | AUX | OWN):
            return surprise_check(" ".join(ws[i + 1:]))
    if len(ws) >= 3 and ws[-1] == "happened" and ws[-2] == "what" \
            and ws[-3] not in KNOWING | PREPOSITIONS | REQUEST_VERBS | {"is", "was", "that's", "thats", "it's", "exactly", "see", "out",
                               "remember", "forget", "forgot", "explain", "explains"}:
        # "the hard way what what happened": asked at the end of a run, two words long (sets
        # 1-521: 27 turns end on "what happened", 22 labelled open)
        return Form("wh_open", "open", 'invites an account ("what happened")', "what happened")
    head = strip_markers(ws)  # "so is tax season really as rough as ..."
    if len(head) > 2 and head[0] == "what" and (head[2] if head[1] in SUBJECT_ADVERBS else head[1]) in WH_SUBJECT_VERBS \
            and not _names_its_point(head[2:]):
        # "what happens when a patient is crashing", "what actually got you into it" (not "who":
        # "... a little boy who um who went home" is a relative clause cut by a hesitation)
        return _account(head, 2)
    if len(head) > 2 and (head[0] in AUX_NOUN_SUBJECT | NEGATIVE_HEADS
                          or head[0] in PEOPLE_AUX and names_people(head[1])) \
            and head[1] not in WH | {"not", "so", "just", "like", "also"}:
        # "is tax season as bad as everyone says", "do chefs really yell", "i mean isn't
        # instructing kind of a dead end though"
        return clause_form(head, True)
    # "and the dedicated runs are those the ones where you're home every night": a topic named,
    # then asked about
    # ... also after a reaction: "ninety jobs okay wow and the nonprofit studies were those unpaid then"
    starts = [0] + [j for j in range(1, len(head) - 4) if head[j - 1] in REACTIONS | {"and", "but"}]
    for j in starts:
        if len(head) - j > 4 and head[j] in {"the", "your", "those", "these"}:
            for k in range(j + 2, min(j + 6, len(head) - 2)):
                if head[k] in {"are", "were"} and head[k + 1] in {"those", "they", "these"} \
                        or head[k] in {"is", "was"} and head[k + 1] in {"that", "it", "this"} and head[k + 2] in CHECKED:
                    # ("the full moon thing is that actually real or ...", not "the thing is that ...")
                    return clause_form(head[k:], True)
    if (len(ws) >= 3 and (ws[0] in {"how", "why"} and (ws[2] not in AUX or ws[2] in {"can", "could", "should"} or does_it(ws[2:])
                                                       # "why you don't miss it" (set 958)
                                                       or ws[0] == "why" and ws[2] in {"don't", "didn't", "can't"})
                          or ws[0] == "what" and ws[2] in DONE)
            and (ws[1] in {"you", "they"} or ws[1] == "i" and ws[0] == "how" and ws[2] in {"should", "can", "could"})
            or len(ws) >= 4 and ws[:3] in (["why", "it", "is"], ["why", "it", "was"])) \
            and not set(_main_clause(ws[3:])) & NAMES_A_POINT:
        # "so um how you started in this field", "what you do on the boat exactly", "why it is so
        # difficult the exam": the question, in the grammar of a second language
        return _account(ws, 2)
    for i in range(len(ws) - 3, 0, -1):
        # "... but not the sleeping in the truck so how you get used to it": the same, after what
        # the user told of themselves (set 252), or after "okay and" (set 324)
        # ("one more thing where you think the beekeeping is going", "every year how they don't die
        # on the road": "where" with "think", and a negative said in place, set 449)
        # ("last question what you like the most in this job", set 520)
        named_last = ws[max(0, i - 2):i] in (["more", "thing"], ["last", "thing"], ["other", "thing"], ["last", "question"],
                                            ["more", "question"], ["one", "question"], ["other", "question"])
        # ("sense of rhythm how i can practice that", "that's a lot for me with family how people
        # pay for this usually": what the user can do, and what people do, asked the same way, set 864)
        i_can = ws[i] == "how" and ws[i + 1] == "i" and ws[i + 2] in {"can", "could", "should"} and len(ws) - i >= 4
        if (ws[i] in {"how", "why"} or ws[i] == "where" and ws[i + 2] == "think" or ws[i] == "what" and named_last) \
                and (ws[i + 1] in {"you", "they"} or ws[i + 1] == "people" and ws[i] == "how" or i_can) \
                and (ws[i - 1] == "so" and i > 2 or ws[i - 1] == "and" and set(ws[:i - 1]) <= REACTIONS | {"yes"} or named_last
                     # "private clients how you find them at the beginning", "hazmat like the like
                     # chemicals why they pay more for this": a topic named, then asked about (set 357)
                     or len(ws) - i <= TOPIC_THEN_HOW and ws[i - 1] not in BEFORE_EMBEDDED_HOW
                     and not (ws[i - 1].endswith(("ly", "ing")) and ws[i - 1] not in NOUNS_IN_LY)) \
                and (ws[i + 2] not in AUX | SAID or ws[i + 2] in {"don't", "can't", "didn't"} or does_it(ws[i + 2:]) or i_can) \
                and (ws[i + 2] == "think" or not set(_main_clause(ws[i + 3:])) & NAMES_A_POINT):
            return _account(ws[i:], 2)
        # "the recruiters they don't tell you about this part what else they don't tell you": more
        # of what was just named, asked in the order of a statement (set 911)
        if i > 2 and ws[i] == "what" and ws[i + 1] == "else" and ws[i + 2] in {"you", "they", "people"} \
                and ws[i - 1] not in BEFORE_EMBEDDED_HOW \
                and not set(_main_clause(ws[i + 3:])) & NAMES_A_POINT:
            return _account(ws[i:], 3)
        # "um and the the skills test what what they ask you to do there": a topic named, then
        # asked about in the same word order (set 286)
        if i > 2 and ws[i] in {"what", "how"} and ws[i + 1] in {"you", "they"} and ws[i + 2] not in AUX | SAID \
                and any(ws[j] in {"the", "your"} and ws[j - 1] in REACTIONS | {"and", "but"} and not set(ws[j:i]) & AUX
                        for j in range(max(1, i - 4), i - 1)) \
                and not set(_main_clause(ws[i + 3:])) & NAMES_A_POINT:
            return _account(ws[i:], 2)
        # "here my diploma is not accepted so what i can do to work in this area", "so what i
        # should learn first": what to do, asked after "so" in a second language's order (sets
        # 1-625: the 4 such runs are all labelled open)
        if ws[i - 1] == "so" and ws[i] in {"what", "how"} and ws[i + 1] == "i" and ws[i + 2] in TO_DO \
                and not set(_main_clause(ws[i + 3:])) & NAMES_A_POINT:
            return _account(ws[i:], 3)
    at = next((i for i in range(len(ws) - 4) if counts_in_order(ws, i)), None)
    if at is None:
        at = next((i for i in range(len(ws) - 3) if how_long_in_order(ws, i)), None)
    if at is not None:
        return Form("wh_fact", "closed", f'asks for a single fact ("how {ws[at + 1]}")', " ".join(ws[at:]))
    if (form := tail_question(ws)) is not None:
        return form
    for k in range(len(ws) - 4, 0, -1):  # the last stated curiosity, when no question form came after it
        # (after a reaction too: "retirees that's interesting i was wondering um if you know ...")
        # (not a fragment cut off by a restart: "oh that's great um i was wondering is there")
        # ("um i'm gonna be honest i was kind of hoping to ask if you had any spots open", set 249)
        if ws[k] in {"i", "i'm", "im", "i'd", "id"} and (ws[k - 1] in {"and", "so", "but", "like", "okay", "ok", "just", "sorry", "first",
                                                                    "honest", "honestly"}
                                                       or ws[k - 2:k] in (["i", "guess"], ["thank", "you"], ["to", "know"], ["to", "hear"])
                                                       or ws[k - 1] in REACTIONS | {"um", "uh"} and len(ws) - k >= 7):
            form = clause_form(ws[k:], True)
            if form is not None and CURIOUS.search(" ".join(ws[k:k + 8])):
                return form
    # "so you work nights like permanently or do you rotate", "do shelter hours count or does it
    # have to be like with a vet": a second option put in question order after "or" makes the
    # whole a choice, even where the first half was not read as asked (sets 1-369: 17 such
    # transcript lines called statements, all labelled closed; none labelled not_a_question)
    for i in range(3, len(ws) - 2):
        # ("you have to be certified for this or anybody can start": the other option, anyone, set 915)
        if ws[i] == "or" and (ws[i + 1] in AUX and ws[i + 2] in SUBJECTS | {"i", "it", "that", "there", "this"}
                              or ws[i + 1] in _EVERYONE and ws[i + 2] in {"can", "could", "just"}):
            return Form("choice", "closed", f'offers a choice ("or {ws[i + 1]} {ws[i + 2]} ...")', " ".join(ws))
    return None


def _account(ws: list[str], shown: int) -> Form:
    """An open question read from `ws`, its first `shown` words quoted as the reason."""
    return Form("wh_open", "open", f'invites an account ("{quote(ws, shown)} ...")', " ".join(ws))


def _open_question_before(ws: list[str], i: int) -> Form | None:
    """The open how/what/why question asked before `ws[i]`, when it is short enough to be the one
    asked (what follows it narrows it or offers answers), else None."""
    first = run_on_question(ws[:i])
    if first is not None and first.kind == "wh_open" and len(first.clause.split()) <= 12 \
            and first.clause.split()[0] in {"how", "what", "why", "what's", "how's"}:
        return first
    return None


def _main_clause(ws: list[str]) -> list[str]:
    """The words up to a subordinate clause ("... when they are angry at you" asks all the same)
    or an embedded wh-clause ("how you decide which one is real": its "is" is the clause's own)."""
    cut = next((k for k, w in enumerate(ws) if w in {"when", "if", "because", "while", "since", "after", "before"} | WH), len(ws))
    return ws[:cut]


def _names_its_point(rest: list[str]) -> bool:
    """ "honestly what makes it hard is the hours", "what eats up most of my time is meetings":
    the wh-clause is the subject of a later "is", a statement that names its point (but "what
    got you into it was it the money" asks again after it)."""
    for k, w in enumerate(rest):
        if w in _SUBORDINATORS:
            return False  # "what happens when a patient is crashing": the "is" is the clause's own
        if w in {"is", "was"} and k + 1 < len(rest) and rest[k + 1] not in {"it", "that", "there", "this", "they"}:
            return True
    return False


_SUBORDINATORS = {"when", "if", "because", "while", "after", "before", "that", "who", "where", "once", "until", "since"}


def question_start(ws: list[str]) -> int | None:
    """Where in `ws` the run-on question begins, with the wh-phrase its auxiliary follows
    ("two questions how many hours do you put in" -> at "how"), or None when there is none:
    the words before it are a reaction, a preface or the user's own story."""
    form = run_on_question(ws)
    if form is None or not form.clause:
        return None
    start = max(0, len(ws) - len(form.clause.split()))
    wh = [k for k in range(max(0, start - 3), start) if ws[k] in WH]
    return wh[0] if wh else start
