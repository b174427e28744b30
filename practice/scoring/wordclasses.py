"""The closed word classes that English questions are built from.

Which words open a clause without changing it, which can be a subject, which auxiliaries
invert, which wh-words ask for a single fact: the form of a sentence (practice/scoring/forms.py)
and the flags built on it read these sets, kept apart so the grammar reads as rules.
"""

from __future__ import annotations

# Words that open a clause without changing what kind of answer it invites.
MARKERS = {
    "so", "okay", "ok", "and", "but", "well", "now", "then", "alright", "right", "yeah",
    "yes", "oh", "also", "great", "good", "sure", "wow", "hm", "huh", "cool", "anyway",
    "like", "actually", "just", "mm", "mhm", "uh-huh", "i", "mean", "guess", "see", "hey",
    "first", "second", "finally", "lastly", "again", "maybe", "perhaps", "really", "though",
    "or", "thanks", "thank", "you",
    # "wait why", "wait so you ..." (surprise before the question; "wait" as a verb is read in runon)
    "wait",
}
SUBJECTS = {
    "you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "anyone",
    "anybody", "any", "people", "someone", "somebody", "things", "those", "these", "the",
    "a", "an", "my", "our", "their", "his", "her", "y'all", "u", "ya", "everyone", "most",
}
AUX = {
    "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would", "will",
    "have", "has", "had", "should", "shall", "may", "might", "must", "don't", "doesn't",
    "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't",
    "won't", "haven't", "hasn't", "hadn't", "shouldn't",
}
NEGATIVE_AUX = {a for a in AUX if a.endswith("n't")}
WH = {"whereabouts", "what", "what's", "whats", "how", "how's", "why", "why'd", "why's", "when's", "when", "where", "where's",
      "who", "who's", "whom", "whose", "which", "how'd", "what'd", "where'd", "when'd", "who'd", "whatever"}
FACT_HOW = {"many", "much", "long", "often", "old", "far", "soon", "frequently", "big", "high", "deep", "wide", "heavy",
            "late", "early", "tall", "large", "fast", "low", "small", "short", "cold", "hot",
            "young", "slow"}
FACT_WH = {"when", "when's", "where", "where's", "who", "who's", "whom", "whose", "which", "whereabouts", "where'd", "when'd", "who'd"}
FACT_WHAT = {"time", "year", "years", "age", "day", "date", "month", "percentage", "number", "speed", "price",
             "cost", "distance", "height", "weight", "temperature", "score", "rate",
             "size", "title", "company", "school", "degree", "major", "city", "team", "gym",
             "grade", "level", "salary", "pay", "wage", "wages", "hour", "hours", "name", "state", "country", "town",
             # the tool named ("What software do you use?", "what engine do you guys use": 5 of 5 such
             # single questions of sets 1-65 are labelled closed)
             "software", "tool", "tools", "engine", "language", "languages", "programming",
             # a bound or a date ("What is the age limit to enter the FAA academy?", set 377)
             "limit", "cutoff", "deadline"}
# Verbs after which a fact-shaped wh-question asks for a view or a story instead.
OPINION = {"think", "thinking", "leave", "see", "feel", "imagine", "want", "wanna", "hope", "expect",
           "heading", "headed", "envision", "picture", "recommend", "suggest", "would", "'d"}
# "How much do you enjoy ...?" asks for a degree and an account, not a quantity.
DEGREE_VERBS = {"think", "like", "enjoy", "care", "value", "matter", "matters", "want", "feel", "love",
                "mind", "worry", "help", "helps", "affect", "affects", "impact", "influence", "rely",
                "depend", "depends", "change", "changed", "mean", "means", "carry", "transfer", "transfers", "count",
                "counts", "carries", "hurt", "hurts", "shaped", "shape", "listen", "listens", "trust", "respect"}
# "You know what I mean?": a wh-clause under these verbs is the object of a yes/no question.
KNOWING = {"know", "knows", "remember", "see", "understand", "mean", "guess", "imagine", "realize", "recall"}
PREPOSITIONS = {"in", "to", "at", "on", "for", "from", "with", "by", "of", "about", "into"}
REQUEST_VERBS = {"tell", "describe", "explain", "walk", "talk", "share", "elaborate", "expand",
                 "paint", "run", "say", "give", "help", "take", "fill", "think", "remember",
                 "recall", "repeat", "list", "name", "imagine", "picture", "reflect", "go"}
