"""Where an inverted clause may start inside an unpunctuated run, for `runon`.

"nine years wow do you still enjoy it", "if i apply in march can i put your name down", "that's a
long time is the apprenticeship paid": an auxiliary before a subject starts a question only after
a word that cannot lead into it (a reaction, a condition, a noun that ends a clause), never after
"gonna", "to" or a subject ("i was gonna do it this summer"). `clause_starts` says whether one
may start at a given word; `runon.run_on_question` reads the clause from there.
"""

from __future__ import annotations

from practice.scoring.clauses import AUX_NOUN_SUBJECT, AUXILIARY_LEFT_OUT, PEOPLE_AUX
from practice.scoring.runon_words import (
    BARE_AUX, BARE_SUBJECT, COPULA, INDEFINITE, NEGATIVE_HEADS, NOT_AFTER_IT, NOT_A_SUBJECT, REACTIONS,
)
from practice.scoring.wh import PSEUDO_CLEFT
from practice.scoring.wordclasses import AUX, KNOWING, PREPOSITIONS, SUBJECTS, WH

# Auxiliaries that may start a question before a noun subject ("is tax season ...", "are the nurses ...")
_NOUN_SUBJECT_AUX = AUX_NOUN_SUBJECT | PEOPLE_AUX
_LEADS_INTO_REQUEST = {"know", "so", "like", "just", "and", "okay", "ok", "yeah", "please", "maybe", "could", "can",
                       "would", "you", "um", "uh", "mean", "honestly", "first"}
# "i'd love that would you ...", "i didn't know that do you need ...": "that" ends the reaction
_TAKEN_IN = {"love", "appreciate", "know", "get", "hear", "understand", "respect"}
# ... and "i never thought about that does your agency have ...": "that" after a preposition (set 672)
_ABOUT_THAT = {"about", "of", "for", "with", "like"}
# Words after which an unpunctuated "do you ..." / "is that ..." cannot be a question start.
# ("i was gonna do it this summer": "do" after "gonna" is the verb, not the start of a question)
_NOT_BEFORE_ASK = WH | SUBJECTS | AUX | {"if", "whether", "than", "as", "because", "what", "to", "gonna", "wanna", "gotta", "tryna",
                                         "and", "or", "that's", "it's", "not"}
# words of doubt between a noun subject and its verb: "do companies even care", "does experience really matter"
# what "is this" asks of a clause before it ("is this something ...", "is this normal")
_THIS_IS = {"something", "a", "the", "really", "actually", "normal", "common", "typical", "usually", "still", "true", "like"}
# verbs asked of a named person or firm: "does noah do internships", "does google hire ..."
_ASKED_OF_SOMEONE = {"do", "hire", "offer", "have", "take", "need", "pay", "let", "want", "accept", "sponsor", "train"}
_DOUBTING = {"even", "really", "actually", "usually", "ever", "still", "generally", "typically"}
# "i'm going to go do that this weekend" (set 410): "do" after these is the verb ("before i go
# is there anyone else ..." still asks)
_BEFORE_BARE_DO = {"go", "come", "let's"}
# "the thing is you ...", "the one thing is that ...": a copula after "thing" states; any other
# auxiliary asks ("when you were doing the seasonal thing were you able to live off that")
_THING = {"thing", "things"}
# "the hip thing my pt did that to me too", "like my pt was there for the whole thing": someone
# of the speaker's is the subject of the verb, which asks nothing (sets 321, 415)
_POSSESSIVE = {"my", "his", "her", "our", "their"}
_PEOPLE_OF_MINE = {"pt", "mom", "dad", "mother", "father", "boss", "husband", "wife", "teacher", "doctor", "friend",
                   "sister", "brother", "son", "daughter", "manager", "mentor", "coach", "cousin", "uncle", "aunt",
                   "grandma", "grandpa", "kids", "parents", "therapist", "nurse", "neighbor", "partner"}
_CHECKS_THE_CLAIM = [["is", "that"] * n + [last] for n in (1, 2) for last in ("true", "right", "correct")]
# "so do i need to ...", "so did i have to ...": a verb after "so do i" asks; "so did i back in
# college" agrees
ASKED_VERBS = {"need", "have", "get", "go", "start", "want", "take", "apply", "study", "pass", "learn", "keep",
                "send", "call", "look", "pay", "begin", "choose", "pick", "ask", "contact", "talk", "bring"}


# verbs whose object "it" may end a clause before a question ("how you do it doesn't it ...")
_DONE_IT = {"do", "did", "doing", "handle", "handled", "love", "like", "enjoy", "hate", "manage"}


def _asks_last(ws: list[str], i: int) -> bool:
    """ "um last thing is there somebody ...", "one more thing are you ...": "last thing"
    announces the question (not "the last thing is that ...", which states)."""
    return i >= 2 and ws[i - 2] in {"last", "more", "quick", "final"} and (i < 3 or ws[i - 3] not in {"the", "my", "his", "her"}) \
        and ws[i] in {"is", "are", "do", "does", "did", "can", "could", "would", "will"} and ws[i + 1] not in {"that", "to"}


_BEFORE_A_MONTH = {"in", "since", "until", "till", "by", "of", "early", "mid", "late", "next", "last", "this"}


def clause_starts(ws: list[str], i: int) -> bool:
    """An inverted clause, read by `clause_form`, may start at `ws[i]` of an unpunctuated run:
    an auxiliary before a subject after a word that cannot lead into it, a request to tell, a
    question after a reaction or a condition. Where the clause then reads as no question ("...
    do anything even like testing"), the search goes on to an earlier start."""
    a, b = ws[i], ws[i + 1]
    c = ws[i + 2] if i + 2 < len(ws) else ""
    # "... respect for what they do is that is that true": a closing "is that true" checks the
    # claim before it, even after a verb that would otherwise end a "what" clause (set 341)
    if ws[i:] in _CHECKS_THE_CLAIM:
        return True
    # "... from somebody who actually does it you know tell me how you got into it": a
    # request to tell, run on from a lead-in, is the last thing asked
    if a in {"tell", "walk"} and b in {"me", "us"} and ws[i - 1] in _LEADS_INTO_REQUEST \
            and ws[i + 2] in WH | {"about", "through", "more", "a", "what's"}:
        return True
    # "got it do you think ...": "it" cannot be the subject of "do", "are", "have", "were";
    # it ends the clause before the question
    after_it = ws[i - 1] == "it" and a in NOT_AFTER_IT
    # "i don't know how you do it doesn't it get to you": the first "it" is the object of a verb,
    # and "does it" / "doesn't it" after it asks (not "it does it for me")
    after_it = after_it or ws[i - 1] == "it" and a in {"does", "doesn't", "did", "didn't"} and b in {"it", "you"} \
        and c not in AUX and i >= 2 and ws[i - 2] in _DONE_IT
    # "would anyone even hire ...", not "the worst that happens is somebody yells"; "i'd love
    # that would you be open to ..." ends the clause on "that"
    if a in BARE_AUX and (b in BARE_SUBJECT or (b in INDEFINITE or b == "any" and c == "of") and a not in COPULA) \
            and (ws[i - 1] not in _NOT_BEFORE_ASK or ws[i - 1] == a and i == 1 or after_it
                 or ws[i - 1] == "that" and i >= 2 and ws[i - 2] in _TAKEN_IN | _ABOUT_THAT
                 # "i would've totally missed that do you think you could ...": "that" the object
                 # of what came before, "you" the subject of the question
                 # (and "i really hope someday to work on documentary like this do you think ...", set 942)
                 or ws[i - 1] in {"that", "this"} and b == "you" and i >= 2 and ws[i - 2] not in _NOT_BEFORE_ASK
                 # "i'm graduating in may is there any way ...": the month, not the verb (set 387)
                 or ws[i - 1] == "may" and i >= 2 and ws[i - 2] in _BEFORE_A_MONTH) \
            and not (ws[i - 1] in _THING and (a in {"is", "was"} or b == "that" and a not in {"do", "does", "did"})
                     and not _asks_last(ws, i) and not (b == "it" and c == "as") and not (b == "there" and c == "any")) \
            and not (a in {"is", "was"} and b not in {"it", "that", "there", "this", "they"} and _cleft_before(ws, i)) \
            and not (i >= 2 and ws[i - 2] in _POSSESSIVE and ws[i - 1] in _PEOPLE_OF_MINE) \
            and not (a == "do" and ws[i - 1] in _BEFORE_BARE_DO) \
            and not (c == a and b in {"that", "it", "this"}):
        # ("sorry about that that is that is very hard": "that is" said twice, no inversion)
        return True
    # "... nervous about the gap do companies even care about that": "do", a noun, then a word of
    # doubt before the verb asks, whatever ends before it (set 588)
    if a in {"do", "does", "did"} and c in _DOUBTING and b not in NOT_A_SUBJECT | AUX | PREPOSITIONS | SUBJECTS \
            and len(ws) - i >= 4 and ws[i - 1] not in {"to", "gonna", "wanna", "gotta", "i", "you", "we", "they"}:
        return True
    # "... till the plant closed is this something somebody my age can get into": "this" asked about
    if a in {"is", "was"} and b == "this" and c in _THIS_IS and len(ws) - i >= 4 and ws[i - 1] not in _NOT_BEFORE_ASK | _THING:
        return True
    # "i know this is awkward but does noah do internships": "does", a name, then the verb asked about
    if a in {"does", "did"} and c in _ASKED_OF_SOMEONE and b not in NOT_A_SUBJECT | AUX | PREPOSITIONS | SUBJECTS \
            and len(ws) - i >= 4 and ws[i - 1] not in {"to", "gonna", "wanna", "gotta", "i", "you", "we", "they", "he", "she", "it"}:
        return True
    # "if i apply in march can i put your name down": asking leave after what they plan
    # ("okay last thing could i um could i send you ...": "last thing" announces it)
    if a in {"can", "could", "should", "may"} and b == "i" and ws[i - 1] not in _NOT_BEFORE_ASK | {"i"} \
            and (ws[i - 1] not in _THING or _asks_last(ws, i)):
        return True
    # "... way more than i'm making mowing ha you guys need any ground guys right now": after a
    # reaction, a yes/no question with its auxiliary left out (`clauses.AUXILIARY_LEFT_OUT`, set 1022)
    if ws[i - 1] in REACTIONS and AUXILIARY_LEFT_OUT.match(" ".join(ws[i:])):
        return True
    # "sixty hours wow is tax season really so bad", "that's hilarious are crash pads as gross
    # as people say", "twice as much wow okay so was the apprenticeship hard to get into":
    # after a reaction, an auxiliary before any subject starts the question
    if a in _NOUN_SUBJECT_AUX and len(ws) - i >= 4 \
            and (b not in NOT_A_SUBJECT or a in {"does", "do", "did"} and b in {"a", "an"}) \
            and (ws[i - 1] in REACTIONS or ws[max(0, i - 3):i] == ["in", "your", "experience"]
                 or i >= 2 and ws[i - 2] in {"that's", "thats", "sounds"} and ws[i - 1] not in NOT_A_SUBJECT | SUBJECTS
                 # "four years wow that's a long time is the apprenticeship paid" (set 329)
                 or any(ws[k] in {"that's", "thats"} and ws[k + 1] in {"a", "so", "such", "really", "pretty"}
                        and not set(ws[k + 2:i]) & (NOT_A_SUBJECT | SUBJECTS | AUX) for k in range(max(0, i - 4), i - 2))
                 or i >= 2 and ws[i - 1] == "like" and ws[i - 2] in REACTIONS | {"and", "but", "first", "then", "too", "also", "though"}
                 # "five sections wow and are the ap kids ...", "i have to ask is busy season ..."
                 or i >= 2 and ws[i - 1] in {"and", "but"} and ws[i - 2] in REACTIONS
                 # "okay that'd be great thank you um and is the aptitude test mostly math" (set 111)
                 or ws[max(0, i - 3):i] == ["thank", "you", "and"] or ws[max(0, i - 2):i] == ["thank", "you"]
                 # "so that's that's really good to hear is the program hard to get into" (set 249)
                 or ws[max(0, i - 3):i] in (["good", "to", "hear"], ["great", "to", "hear"], ["nice", "to", "hear"],
                                            ["glad", "to", "hear"], ["good", "to", "know"])
                 or ws[i - 1] == "ask" and i >= 2 and ws[i - 2] in {"to", "gotta", "i", "me"}
                 # "i have to ask the obvious one first does being around death get to you", "my
                 # first question is just is tax season really as brutal as ...": the question announced
                 or ws[i - 1] == "first" and i >= 2 and ws[i - 2] in {"one", "thing", "question"}
                 or ws[max(0, i - 2):i] == ["question", "is"] or ws[max(0, i - 3):i] == ["question", "is", "just"]
                 # "this might be a dumb question but is thirty four too old to ..." (set 681)
                 or ws[max(0, i - 2):i] == ["question", "but"]
                 # "so um i guess is marine biology like actually a real job"
                 or ws[max(0, i - 2):i] == ["i", "guess"]
                 # "ok totally different thing but is crunch as bad as people say"
                 or ws[i - 1] in {"but", "and", "so"} and b != "as" and _as_as(ws, i + 2)
                 # "yeah i i really am but is forty four too old to start nursing school" (set 952)
                 or ws[i - 1] in {"but", "so"} and a in {"is", "am", "was"} and "too" in ws[i + 2:i + 5]
                 and ws[i + 1] not in NOT_A_SUBJECT | SUBJECTS):
        return True
    # "so the hospital basically covered the bachelor's part do a lot of hospitals do that", "you
    # said you come in at six do people ever do like part time": who does it, asked (set 322, 324)
    # (not "the nurses do a lot of charting": no plural subject before it, and a verb after)
    if a in {"do", "does", "did"} and (ws[i + 1:i + 4] == ["a", "lot", "of"] and not ws[i - 1].endswith("s")
                                        and bool(set(ws[i + 5:]) & {"do", "offer", "pay", "have", "hire", "take", "wash", "quit",
                                                                    "leave", "burn", "drop", "fail"})
                                        or b == "people" and c in {"ever", "usually", "often", "really", "still", "actually"}) \
            and ws[i - 1] not in _NOT_BEFORE_ASK | _THING and len(ws) - i >= 4:
        return True
    # "you must get asked this a lot but isn't the weather the thing that makes a season"
    if a in NEGATIVE_HEADS and ws[i - 1] in {"but", "and", "so", "though"} and b not in NOT_A_SUBJECT \
            and len(ws) - i >= 3:
        return True
    # "if i built something like that would you be open to ...": the condition, then the
    # question it leads into
    if a in {"would", "could", "will", "can", "should"} and b == "you" and len(ws) - i >= 4 \
            and "if" in ws[max(0, i - 10):i - 2] and ws[i - 1] not in WH | {"if", "whether", "than", "as", "and", "or", "to", "not"}:
        return True
    # "with a foreign degree do i have to take the exam from zero"
    # ("so do i" agrees; "so do i need to do the whole doctorate again" asks)
    if a in {"do", "did", "would", "will", "am"} and b == "i" \
            and ws[i - 1] not in _NOT_BEFORE_ASK | _THING | {"neither", "nor"} | (set() if ws[i + 2:i + 3] and ws[i + 2] in ASKED_VERBS else {"so"}):
        return True
    # "i i cannot imagine did he land safely", "i wonder is it worth it": an auxiliary inverted
    # after imagining or wondering asks (a clause they took in would say "if" or "whether")
    if a in BARE_AUX and b in BARE_SUBJECT | {"he", "she", "we", "i"} and ws[i - 1] in {"imagine", "wonder", "wondering"} \
            and len(ws) - i >= 3:
        return True
    # "i've never done it is that gonna be a problem": "it is that" says how much ("it is that
    # bad"), never "it is that gonna ..."
    if a in {"is", "was"} and b == "that" and c in {"gonna", "going"} and ws[i - 1] == "it" and len(ws) - i >= 4:
        return True
    return False


def _as_as(ws: list[str], at: int) -> bool:
    """ "crunch as bad as people say", "the academy in oklahoma city as hard as everyone says": an
    "as ... as" comparison starts within a few words of `at`."""
    first = next((k for k in range(at, min(at + 5, len(ws))) if ws[k] == "as"), None)
    return first is not None and "as" in ws[first + 2:first + 5]


def _cleft_before(ws: list[str], i: int) -> bool:
    """ "so what matters is your clinical eye": the "is" at `ws[i]` names the point of a "what"
    clause just before it, a statement, not a question starting there."""
    return any(ws[j] == "what" and PSEUDO_CLEFT.match(" ".join(ws[j:])) for j in range(max(0, i - 5), i - 1))


# "so the almonds are basically what keeps the whole business alive": after "are" (and a hedge),
# "what keeps ..." names what they are; a free relative, not a question (set 368)
_HEDGES = {"basically", "really", "just", "exactly", "actually", "literally", "probably", "mostly", "kind", "sort", "of",
           "pretty", "much", "like", "totally", "honestly", "definitely", "still", "always"}


def after_a_copula(ws: list[str], i: int) -> bool:
    """A wh-word at `i` right after "is"/"are" (and a hedge) names what something is."""
    k = i - 1
    while k > 0 and ws[k] in _HEDGES:
        k -= 1
    # (not "my first question is like what made you ...": the question announced)
    return k < i - 1 and ws[k] in {"is", "are", "was", "were", "that's", "it's", "thats", "its"} \
        and (k == 0 or ws[k - 1] not in {"question", "questions", "know", "ask", "wondering", "curious", "guess"})


# "... for somebody like me who's been on a factory line": "who's" after a person says who
PEOPLE_BEFORE_WHO = {"me", "someone", "somebody", "people", "person", "guy", "guys", "anyone", "anybody", "folks", "kids",
                     "students", "women", "men", "others"}
# "you're kind of the invisible person behind the host who makes it all sound effortless": "who"
# after a noun of theirs opens a relative clause; after a reaction ("okay who makes the
# schedule") it asks
_BEFORE_ASKING_WHO = {"and", "but", "so", "then", "like", "um", "uh", "also", "or", "just", "wondering", "curious", "ask"}


def after_a_noun(ws: list[str], i: int) -> bool:
    """A "who" at `i` right after a noun with its determiner opens a relative clause."""
    return i >= 2 and ws[i - 1] not in REACTIONS | _BEFORE_ASKING_WHO | KNOWING | PREPOSITIONS | AUX | SUBJECTS \
        and (ws[i - 2] in {"the", "a", "an", "your", "my", "this", "that", "his", "her", "their", "our", "one"}
             # "the only person who made my grandma laugh", "the first guy who ..." (set 547)
             or ws[i - 2] in {"only", "first", "last", "other", "same"} and ws[i - 1] in PEOPLE_BEFORE_WHO | {"one", "lady", "woman", "man"})
