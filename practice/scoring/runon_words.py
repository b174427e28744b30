"""The word classes `runon` reads an unpunctuated transcript by: reactions after which a new
clause starts, auxiliaries and subjects that can open a question mid-run, the verbs and adverbs
of a wh-question asked in a second language's word order. Kept apart from the reader so its
rules read as rules; each set names the turns it was grown from.
"""

from __future__ import annotations

from practice.scoring.wordclasses import AUX, KNOWING, PREPOSITIONS, REQUEST_VERBS, SUBJECTS, WH

SURPRISED_ADVERBS = {"still", "really", "actually", "even", "never"}
OWN = {"i", "i've", "i'm", "i'd", "my", "me", "we", "we've", "our"}
# ... and their other forms: "it's more like the money deciding who gets saved", "you're the one
# choosing what goes on the menu" say who decides, they ask nothing (found in sets 132-153)
SHOWING = {"show", "shows", "list", "decide", "decides", "check", "see", "figure", "learn", "watch",
            "showing", "deciding", "decided", "choose", "chooses", "choosing", "chose", "picking", "picks",
            "determines", "determining", "determine", "checking", "seeing", "figuring", "learning", "watching"}
SUBJECT_ADVERBS = {"actually", "really", "exactly", "usually", "normally", "typically", "even"}
WH_SUBJECT_VERBS = {"happens", "happened", "makes", "made", "keeps", "kept", "gets", "got", "brought", "brings",
                     "drew", "draws", "surprised", "surprises", "changed", "changes", "goes", "went", "helps",
                     "helped", "drives", "drove", "motivates", "motivated", "pushed", "led", "stands", "needs",
                     "eats", "fills"}
BARE_AUX = {"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "have", "has",
             "don't", "doesn't", "didn't", "isn't", "aren't", "wouldn't", "can't", "couldn't"}
BARE_SUBJECT = {"you", "they", "it", "there", "that", "y'all", "your"}
INDEFINITE = {"anyone", "anybody", "someone", "somebody"}
COPULA = {"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"}
NOT_AFTER_IT = {"do", "are", "have", "were", "don't", "aren't", "haven't", "weren't"}
WHATS_GOING = {"going", "happening", "changing", "changed", "driving", "behind"}
NEGATIVE_HEADS = {"isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't"}
# Reactions after which a new clause starts ("wow", "okay so", "ha").
REACTIONS = {"wow", "okay", "ok", "so", "oh", "yeah", "right", "cool", "alright", "gosh", "man", "seriously",
              "honestly", "huh", "hmm", "wait", "anyway", "nice", "great", "interesting", "hilarious", "crazy", "wild",
              "insane", "awesome", "amazing", "dang", "damn", "whoa", "jeez", "geez", "yikes", "haha", "ha", "lol",
              "yep", "nope", "fair", "sweet", "perfect", "gotcha", "please", "thanks", "bro", "dude", "aye", "goodness", "god"}
# what a topic named is checked for: "the full moon thing is that actually real"
CHECKED = {"actually", "really", "true", "real", "still", "legit", "normal", "common", "typical", "something"}
# what "what you ..." asks of them, in a second language's word order
DONE = {"do", "think", "like", "need", "enjoy", "learn", "use", "recommend", "wish", "want", "look"}
# "what's kept you there that long", "what would make a portfolio stand out"
DONE_TO = {"kept", "made", "changed", "helped", "surprised", "gotten", "driven", "brought", "pushed", "stopped"}
MAKES = {"make", "help", "happen", "change", "surprise", "matter", "count", "get", "keep", "push"}
VERDICTS = {"wrong", "different", "hard", "tough", "difficult", "tricky", "special", "scary", "fun", "great", "good", "bad"}
# "bored out of your mind like how like what was boring about it": what made it so, asked (set 744)
ABOUT_IT = {"boring", "interesting", "exciting", "appealing", "frustrating", "stressful", "rewarding", "annoying",
            "surprising", "funny", "weird", "cool", "challenging", "satisfying", "dangerous", "risky", "confusing"}
NOT_A_SUBJECT = {"not", "so", "just", "like", "also", "i", "mine", "me", "we", "really", "pretty", "very", "too",
                  "always", "never", "still", "only", "kind", "sort", "a", "what", "how", "why", "where", "when",
                  "if", "whether"}  # ("the thing to ask is if they pay for drive time", set 390)
# what comes before "how long it take" when it is said, not asked: "that's how long it took",
# "i don't know how long it takes", "measuring how often they happen"
NOT_BEFORE_HOW_LONG = KNOWING | PREPOSITIONS | {"that's", "thats", "is", "was", "matter", "depends", "depending", "see",
                                            "wonder", "wondering", "ask", "asked", "tell", "told", "sure", "idea",
                                            "realize", "realized", "believe", "imagine", "by", "exactly", "just", "and"}
# before a bare "how", "why" or "what" that ends the turn and asks about what was just said
# ("no joke like how", "stats huh why", "therapy ha like what")
BEFORE_BARE_WH = frozenset({"like", "huh", "ha", "hm", "hmm", "wow", "okay", "ok", "oh", "wait", "but", "really", "seriously"})


# Words the run-on readings (`runon`) weigh a clause by, moved here when runon.py passed 400 lines.
# "so how do you tell which ones are real": the wh-clause is what is told apart, embedded in the
# question before it (set 862)
CHOOSING = {"tell", "telling", "decide", "deciding", "choose", "choosing"}
# words that join a second question to the first, which then asks on its own
JOINS_A_SECOND = {"and", "also", "plus", "or", "but", "then"}
# words in -ly that are no adverb of the clause after them ("a lot for me with family how people pay
# for this", set 864; "that is very early how you sleep", set 876)
NOUNS_IN_LY = {"family", "supply", "assembly", "july", "italy", "anomaly", "monopoly", "butterfly", "early"}
# the longest "how you ..." asked after a topic named, in words (sets 1-865: from 9 to 16 read 7 more
# runs right and none wrong; a bar of 40 changes nothing more)
TOPIC_THEN_HOW = 16
# "how you do it is what matters": the how-clause is the subject of what follows, no question
NAMES_A_POINT = {"is", "was", "are", "depends", "matters", "makes", "means", "sounds"}
TO_DO = {"can", "should", "must", "need", "have"}
# "so how you said ...": what they said pointed at, not asked
SAID = {"said", "say", "mentioned", "described", "put", "explained"}
# words after which "how you ..." is a clause of the statement ("that's kind of how you survived",
# "i like how you say this", "it's crazy how they ..."), not a question about a topic just named
BEFORE_EMBEDDED_HOW = KNOWING | PREPOSITIONS | AUX | SUBJECTS | WH | REACTIONS | REQUEST_VERBS | SAID | {
    "i", "me", "him", "her", "them", "us", "not", "also", "just", "like", "love", "loved", "liked", "hate",
    "that's", "thats", "it's", "its", "what's", "and", "or", "but", "than", "because", "if", "whether", "matter",
    "wonder", "wondered", "asked", "ask", "learn", "learned", "learnt", "figure", "decide", "showed", "show", "teach",
    "taught", "told", "knew", "saw", "understood", "realized", "noticed", "funny", "weird", "strange", "cool", "odd",
    "surprised", "depends", "way", "that", "this", "the", "a", "an", "all", "exactly", "basically", "really", "much",
    "out"}  # ("figuring out how people actually use the thing")
