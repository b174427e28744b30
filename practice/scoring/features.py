"""Named features of a user turn in its context, for the small learned listening model.

Every feature has a readable name, so the model's strongest contributions can be turned
back into a reason the user understands ("describes what they said in your own words",
"repeats their words: stress, deadlines"). Word n-grams are kept to the turn's opening
words, where spoken reflections signal themselves ("so you", "it sounds like").
"""

from __future__ import annotations

import math
import re

from practice.scoring.flags import leading
from practice.scoring.job_asks import job_ask
from practice.scoring.lexicon import STOPWORDS, content_stems
from practice.scoring.questions import TurnQuestions, find_questions
from practice.scoring.text import clean, sentences, words

ACK_WORDS = {
    "okay", "ok", "yeah", "yes", "right", "sure", "mm", "hmm", "mhm", "mm-hmm", "uh-huh", "huh",
    "oh", "wow", "great", "good", "cool", "nice", "interesting", "alright", "all", "gotcha",
    "got", "it", "i", "see", "that", "makes", "sense", "absolutely", "exactly", "totally", "a", "lot", "total", "perfect",
    "fair", "enough", "true", "thanks", "thank", "you", "so", "and", "really", "fascinating",
    "amazing", "awesome", "perfect", "definitely", "indeed", "uh", "um", "ah", "hm", "yep",
    "wonderful", "understand", "sounds", "that's", "no", "of", "course", "excellent",
}
REFLECT_CUES = re.compile(
    r"^(?:so |and |but |okay |yeah |right |mm |hm |well |now )*"
    r"(?:it )?(?:sounds|sound|seems|seem|looks) (?:like|as if|as though|to me)"
    r"|\b(?:what i'm hearing|what i hear|i'm hearing|if i'm hearing|i hear you|you're saying|you are saying"
    r"|you said|you mentioned|you've said|you told me|you were saying|you've mentioned|you talked about"
    r"|on (?:the )?one hand|on the other hand|part of you|in other words|to summarize|to sum up|let me see if"
    r"|you feel|you're feeling|you felt|you've been feeling|you're worried|you're concerned|you want"
    r"|you'd like|you really|you're not sure|you don't|you're thinking|you wonder|you're wondering"
    r"|for you|to you|your (?:main|biggest|real)|you've got|you've been|you've had|you've really"
    r"|what i'm picking up|am i hearing|i can see|it's like|i get the sense|i get a sense|you seem|you sound)\b"
)
GIVING = re.compile(
    r"\b(?:i'd like to|i would like to|i'll|i will|i can|let me|we can|we'll|i want to|i'm going to|i'm gonna"
    r"|you should|you could|you can|you need to|you might want|i recommend|i'd recommend|i suggest|recommend"
    r"|research|studies|guidelines|doctor|the medication|per day|per week|here's|take a look|this form"
    r"|my name|my job|my role|i'm here|i work)\b"
)
FEELING = re.compile(
    r"\b(?:feel|feels|feeling|felt|worried|worry|concern|concerned|scared|afraid|frustrat\w*|hard|difficult"
    r"|important|matters|care|proud|stress\w*|anxious|overwhelm\w*|excit\w*|enjoy\w*|love|hate|want|wish"
    r"|hope|struggl\w*|tough|comfortable|uncomfortable|upset|angry|sad|happy|tired|confident|ready)\b"
)
FUNCTION = STOPWORDS | {
    "sounds", "seems", "seem", "hear", "hearing", "heard", "mentioned", "saying", "said", "told",
    "talked", "feel", "feeling", "felt", "sense", "wondering", "wonder", "curious", "tell",
    "important", "hard", "part", "both", "hand", "means", "meaning", "care", "ready", "sure",
    "worried", "concerned", "wish", "hope", "need", "should", "must", "let's", "let", "please",
    "sorry", "glad", "thank", "thanks", "great", "good", "interesting", "wow", "cool", "nice",
    "absolutely", "exactly", "definitely", "totally", "perhaps", "probably", "sometimes",
    "always", "never", "already", "together", "else", "another", "different", "same", "enough",
}
PAIRED = (
    "cue", "cue_start", "statement_you", "only_real_question", "has_statement", "overlap", "echo",
    "giving", "n_real_questions", "statement_then_question", "prev_short", "first_rate",
    "second_rate", "log_len", "ack_only", "reflective_statement", "last_is_claim",
    "declarative_question",
)
SECOND = {"you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself"}
FIRST = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "our", "us"}


def is_acknowledgement_only(text: str) -> bool:
    ws = words(text)
    return bool(ws) and len(ws) <= 6 and all(w in ACK_WORDS for w in ws)


THANKS = re.compile(r"^(?:\W*(?:ok|okay|well|great|so|and|oh)\W+)*(?:thank|thanks)\b", re.IGNORECASE)
SELF_OPENERS = {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "my"}


def asks_or_leads(text: str, found: TurnQuestions | None = None) -> bool:
    """A job ask is about the user; "You must love working with kids, don't you?" pushes the
    user's own view. Neither paraphrases what they said, whatever its wording."""
    return bool(job_ask(text) or leading(text, found if found is not None else find_questions(text)))


def could_reflect(text: str) -> bool:
    """A reflection needs a sentence with a reflective cue, or one that says something of
    theirs: not a real question, thanks, a bare reaction ("That's fair"), or the speaker's
    own news or plans ("I'm a junior developer ...", "I'll send it this week").
    AnnoMI counsellors rarely thank, introduce themselves or ask for jobs, so the learned
    model has not seen enough of these to reject them. These rules run in the product and
    in the cross-validation of `bench/train_scoring.py`; together they cost about 0.005 F1
    there (MI coders call "It's hard to stop, isn't it?" a reflection; in an interview a
    leading guess is not) and keep thanks, plans and job asks from counting as paraphrases."""
    found = find_questions(text)
    if asks_or_leads(text, found):
        return False
    asked = {a.sentence for a in found.questions if a.form.kind not in {"declarative", "tag"}}
    for s in sentences(text):
        ws = words(s)
        if REFLECT_CUES.search(clean(s).lower()):
            return True  # "So what I'm hearing is ..., or anything like that?"
        parts = [c for c in re.split(r"[,;:]|\s[-—–]\s", s) if words(c)]
        if len(parts) > 1:  # a one-word clause beside others is a name or a filler: "..., Leo."
            parts = [c for c in parts if len(words(c)) > 1]
        if not ws or s in asked or THANKS.match(s) or all(_says_nothing_of_theirs(c) for c in parts):
            continue
        return True
    return False


# Praise for the answer or the advice, not a claim about them: "That's fair", "That would be amazing".
_REACTS = re.compile(
    r"^(?:(?:oh|ah|wow|okay|ok|yeah|and|so|well)\s+)*(?:that's|that is|that was|that would be|that'd be|that sounds"
    r"|sounds|this was|this is|this has been|it's been)\s+(?:(?:so|really|very|super|pretty|such|totally|incredibly"
    r"|just|a|an|great|good)\s+)*(?:fair|great|amazing|awesome|helpful|useful|smart|huge|interesting|fascinating"
    r"|wonderful|perfect|cool|nice|lovely|good|excellent|brilliant|reassuring|encouraging|fantastic|incredible"
    r"|insightful|valuable|idea|tip|advice|to hear|to know)$"
)


def _says_nothing_of_theirs(clause: str) -> bool:
    """Thanks, a bare acknowledgement or reaction, or the user's own news or plans: "That's
    fair, and thank you, I'll send it this week." paraphrases nothing the interviewee said."""
    ws = words(clause)
    if not ws or THANKS.match(clause.strip()) or is_acknowledgement_only(clause):
        return True
    if ws[0] in {"and", "but", "so"} and len(ws) > 1:
        ws = ws[1:]
    if ws[0] in SELF_OPENERS | {"i'll", "i'd"} and not set(ws) & SECOND:
        return True
    return bool(_REACTS.match(" ".join(ws)))


def reflective_part(text: str) -> str | None:
    """The statements before the turn's first real question, when it has both: "So the
    contract work pays for the novels. How do you choose a book?" reflects, then asks, and
    counts as a reflection (AnnoMI codes it so); the question would otherwise drown it."""
    found = find_questions(text)
    real = {a.sentence for a in found.questions if a.form.kind not in {"declarative", "tag"}}
    said = sentences(text)
    before = []
    for s in said:
        if s in real:
            break
        before.append(s)
    # an echo with a reaction ("Ninety cases, wow.") acknowledges; a paraphrase says more
    substance = [w for w in words(" ".join(before)) if w not in ACK_WORDS]
    return " ".join(before) if before and len(before) < len(said) and len(substance) >= 5 else None


def overlap(text: str, previous: str | None) -> tuple[float, list[str]]:
    """Share of the turn's topic words that echo the previous turn, and which ones."""
    mine = content_stems(text)
    theirs = content_stems(previous or "")
    shared = [mine[s] for s in mine if s in theirs]
    return (len(shared) / len(mine) if mine else 0.0), shared


def opening(text: str, n: int = 3) -> list[str]:
    """The first few words after fillers and one-word acknowledgements."""
    ws = words(text)
    while ws and ws[0] in {"okay", "ok", "yeah", "mm", "hmm", "mhm", "right", "alright", "oh", "hm", "huh", "mm-hmm", "uh-huh", "sure", "well"}:
        ws = ws[1:]
    return ws[:n]


def reflection_features(text: str, previous: str | None) -> dict[str, float]:
    """Features for "does this turn paraphrase or summarise what the interviewee said?"."""
    low = clean(text).lower()
    ws = words(text)
    sents = sentences(text)
    found = find_questions(text)
    q_sents = {a.sentence for a in found.questions}
    statements = [s for s in sents if s not in q_sents]
    decl_q = [a.sentence for a in found.questions if a.form.kind in {"declarative", "tag"}]
    real_q = [a for a in found.questions if a.form.kind not in {"declarative", "tag"}]
    claims = statements + decl_q  # sentences that say something rather than ask
    share, shared = overlap(text, previous)
    n = max(1, len(ws))
    f: dict[str, float] = {
        "empty": float(not ws),
        "ack_only": float(is_acknowledgement_only(text)),
        "log_len": math.log1p(len(ws)),
        "short": float(len(ws) <= 3),
        "n_real_questions": float(min(len(real_q), 3)),
        "only_real_question": float(bool(real_q) and not statements and not decl_q),
        "declarative_question": float(bool(decl_q)),
        "has_statement": float(bool(statements)),
        "statement_you": float(any(_second_person_subject(s) for s in claims)),
        "cue": float(bool(REFLECT_CUES.search(low))),
        "cue_start": float(bool(REFLECT_CUES.match(" ".join(opening(text, 6))))),
        "giving": float(bool(GIVING.search(low))),
        "feeling": float(bool(FEELING.search(low))),
        "second_rate": sum(w in SECOND for w in ws) / n,
        "first_rate": sum(w in FIRST for w in ws) / n,
        "overlap": share,
        "overlap_any": float(bool(shared)),
        "overlap_n": math.log1p(len(shared)),
        "no_previous": float(not (previous or "").strip()),
        "prev_short": float(len(words(previous or "")) <= 3),
        "prev_log_len": math.log1p(len(words(previous or ""))),
        "prev_question": float((previous or "").strip().endswith("?")),
        "truncated": float(bool(re.search(r"[-—–]\s*$", text.strip()))),
        "continues": float(bool(re.match(r"^\s*[-—–]", text))),
        "prev_truncated": float(bool(re.search(r"[-—–]\s*$", (previous or "").strip()))),
        "statement_share": sum(len(words(s)) for s in statements) / n,
        "you_in_statement": float(any(set(words(s)) & SECOND for s in statements)),
        "echo": echo(text, previous),
        "echo_short": echo(text, previous) * float(len(ws) <= 8),
        "reflective_statement": float(bool(statements) and not real_q and any(_second_person_subject(x) for x in statements)),
        "statement_then_question": float(bool(statements) and bool(real_q) and bool(sents) and sents[0] in statements),
        "long_statement_no_i": float(any(len(words(s)) >= 6 and not set(words(s)) & FIRST for s in statements)),
        "last_is_claim": float(bool(sents) and sents[-1] in claims and not is_acknowledgement_only(sents[-1])),
        "claim_max_overlap": max((overlap(s, previous)[0] for s in claims), default=0.0),
        "claim_about_you_no_i": float(any(set(words(s)) & SECOND and not set(words(s)) & FIRST
                                          and not GIVING.search(s.lower()) for s in claims)),
        "you_x_overlap": float(any(_second_person_subject(s) for s in claims)) * share,
        "claim_x_overlap": float(bool(claims)) * float(bool(shared)) * (1.0 - float(bool(real_q))),
        "prev_i_turn_you": float(bool(set(words(previous or "")) & FIRST) and any(_second_person_subject(s) for s in claims)),
        "claim_feeling_you": float(any(set(words(s)) & SECOND and FEELING.search(s.lower()) for s in claims)),
    }
    # Pairs of the structural features ("a second-person claim *and* no real question"): a
    # linear model cannot express "both", and these pairs gained ~0.01 F1 in grouped CV,
    # while all pairs of every feature overfitted.
    for i, a in enumerate(PAIRED):
        for b in PAIRED[i + 1:]:
            if f[a] and f[b]:
                f["x:" + a + "*" + b] = f[a] * f[b]
    # Only function words and discourse words become lexical features: they carry how a
    # turn relates to the other person ("so you", "sounds like"), and they do not tie the
    # model to the topics of the conversations it learned from.
    for g in _ngrams(opening(text, 4)):
        if all(w in FUNCTION for w in g.split()):
            f["o:" + g] = 1.0
    ws_all = [w if w in FUNCTION else "_" for w in words(text)]
    for w in set(ws_all) - {"_"}:
        f["w:" + w] = 1.0
    for a, b in set(zip(ws_all, ws_all[1:])):
        if a != "_" and b != "_":
            f["b:" + a + " " + b] = 1.0
    return f


_SWAP = {"i": "you", "my": "your", "me": "you", "i'm": "you're", "i've": "you've", "mine": "yours",
         "myself": "yourself", "we": "you", "our": "your", "us": "you", "i'd": "you'd", "am": "are"}


def echo(text: str, previous: str | None) -> float:
    """Share of the turn's words that repeat the previous turn with I/you swapped
    ("From my GP?" -> "From your GP.")."""
    theirs = {_SWAP.get(w, w) for w in words(previous or "")}
    mine = [w for w in words(text) if w not in ACK_WORDS or w in {"you", "that"}]
    return sum(w in theirs for w in mine) / len(mine) if mine else 0.0


def _second_person_subject(sentence: str) -> bool:
    ws = [w for w in words(sentence) if w not in {"so", "and", "but", "okay", "yeah", "it", "sounds", "like", "seems", "mm", "well", "now", "then", "right", "also"}]
    return bool(ws) and (ws[0] in SECOND or (len(ws) > 1 and ws[1] in SECOND and ws[0] in {"that", "for", "if", "when", "because"}))


def _ngrams(ws: list[str]) -> list[str]:
    grams = [w for w in ws[:3]]
    grams += [" ".join(ws[i:i + 2]) for i in range(min(len(ws) - 1, 3))]
    return grams
