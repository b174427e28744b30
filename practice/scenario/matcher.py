"""Decide which topic, planted detail or small talk a spoken question is about.

Three kinds of evidence, all cheap (a question is matched in about a millisecond):

- cues: the shared lexicon's weighted patterns for the classic topics, plus each topic's own
  keywords, found in the question's normal form;
- similarity: IDF-weighted cosine between the question's word stems (and stem pairs) and
  every example wording of a topic, built-in and the scenario's own;
- spelling: words the recogniser got slightly wrong ("wrok", "parks") are first moved to the
  nearest word the scenario or lexicon knows (optimal string alignment distance 1, or 2 for
  long words), so cues and similarity see the intended word.

A planted detail is matched by its keywords (every meaningful word present, misspellings
allowed) and wins over topics when the user refers back to it. Below `THRESHOLD` nothing
matches and the interviewee asks for a rephrase.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from practice.scenario import lexicon
from practice.scenario.model import Detail, Scenario
from practice.scenario.text import STOPWORDS, common_english_words, normalize, sentences, stem

THRESHOLD = 0.30
# Below THRESHOLD a topic still wins if it is far ahead of every other: weak evidence that
# all points one way is a reading, evidence spread thin is not.
LOW_THRESHOLD = 0.18
WINNER_RATIO = 2.5
LOW_EVIDENCE = 0.3  # ... and only with at least two hints or one cue for it
# Evidence from cues saturates: one sure cue is enough, three do not make it triple as sure.
CUE_WEIGHT = 0.62
SIM_WEIGHT = 0.35
KEYWORD_WEIGHT = 0.9  # a topic's own keyword of two or more words
SINGLE_KEYWORD_WEIGHT = 0.7  # one word can be incidental ("plan" in "was this your plan")
SMALL_TALK_DISCOUNT = 0.9
TOLD_WEIGHT = 0.3  # overlap with what the person says on the topic: a tie-breaker
SMALL_TALK_PREFIX = "small_talk:"

# Words that put a vague question in the context of the person's work.
_ABOUT_WORK = re.compile(
    r"\b(?:work|works|working|job|jobs|career|careers|field|role|industry|profession|company"
    r"|organi[sz]ation|team|office|colleagues?|coworkers?|boss|employer|you do|your day"
    r"|this line|get in|clients?|customers?|business)\b")

# The user points back at something said earlier: a detail named here is a follow-up.
_REFERS_BACK = re.compile(
    r"\b(?:you (?:mentioned|said|talked about|brought up|spoke about|referred to|described|told me)"
    r"|mentioned|earlier|before|a minute ago|a moment ago|tell me more|more about|go back to"
    r"|what happened|how did (?:that|it|he|she|they)|back to|again)\b")


_BARE_FOLLOW_UP_WORDS = {"tell", "more", "mentioned", "said", "talk", "talked", "earlier", "before",
                         "back", "bit", "little", "could", "would", "can", "please", "elaborate",
                         "expand", "interesting", "curious", "hear", "love", "like", "wow"}


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]+", "", word)


@dataclass(frozen=True)
class Match:
    """The best reading of one utterance; `ranking` keeps the runners-up for debugging."""

    kind: str  # topic, detail, small_talk, referrals, thanks, unmatched
    topic: str | None
    detail: str | None
    score: float
    ranking: tuple[tuple[str, float], ...] = field(default=())
    thanks: float = 0.0
    referrals: float = 0.0


@dataclass(frozen=True)
class _Target:
    key: str  # topic id, or "small_talk:<id>"
    cues: bool  # has lexicon cues (classic topics)
    keywords: tuple[tuple[str, ...], ...]  # stem tuples
    refs: tuple[dict[str, float], ...]  # weighted feature vectors, unit length
    told: dict[str, float]  # what the person says on the topic, as a unit vector of stems


class Matcher:
    """Built once per scenario; `match` is then a pure function of the text."""

    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.vocab = self._vocabulary(scenario)
        self._vocab_stems = {stem(w) for w in self.vocab}
        self._lexicon_words = lexicon.lexicon_words()
        common_english_words()  # load the word list now, not during the first reply
        self._topic_words = {
            key: {stem(w): weight for w, weight in table.items()}
            for key, table in lexicon.TOPIC_WORDS.items()}
        self._by_initial: dict[str, list[str]] = {}
        for word in sorted(self.vocab):
            self._by_initial.setdefault(word[0], []).append(word)
        docs: list[tuple[str, list[str]]] = []
        for topic in scenario.topics:
            for text in lexicon.EXAMPLES.get(topic.id, []) + list(topic.phrasings):
                docs.append((topic.id, self._features(text)))
        for talk in scenario.small_talk:
            for text in talk.phrasings:
                docs.append((SMALL_TALK_PREFIX + talk.id, self._features(text)))
        df = Counter(f for _, feats in docs for f in set(feats))
        n = len(docs) + 1
        self.idf = {f: math.log(n / (1 + c)) + 1.0 for f, c in df.items()}
        self.default_idf = math.log(n) + 1.0
        refs: dict[str, list[dict[str, float]]] = {}
        for key, feats in docs:
            refs.setdefault(key, []).append(self._vector(feats))
        told = self._told_vectors(scenario)
        self.targets: list[_Target] = []
        for topic in scenario.topics:
            self.targets.append(_Target(topic.id, topic.id in lexicon.CUES,
                                        self._keyword_stems(topic.keywords),
                                        tuple(refs.get(topic.id, [])), told[topic.id]))
        for talk in scenario.small_talk:
            key = SMALL_TALK_PREFIX + talk.id
            self.targets.append(_Target(key, False, self._keyword_stems(talk.keywords),
                                        tuple(refs.get(key, [])), told[key]))
        # feature -> (target, wording, weight): a question's few features find the wordings
        # that share one, instead of every wording being scanned for every feature
        self._postings: dict[str, list[tuple[int, int, float]]] = {}
        for t_index, target in enumerate(self.targets):
            for r_index, ref in enumerate(target.refs):
                for feature, weight in ref.items():
                    self._postings.setdefault(feature, []).append((t_index, r_index, weight))
        # A one-word detail keyword only counts if the person rarely says that word:
        # "patients" names nothing in a nurse's scenario, "Alvarez" does.
        self.common_stems = {f for f, c in self._told_df.items() if c > 2}
        self.details: list[tuple[Detail, tuple[tuple[str, ...], ...]]] = [
            (d, self._keyword_stems(d.keywords)) for d in scenario.details]
        # Names in detail keywords ("Alvarez", "Iceland"): a name alone always means the detail.
        self._names = {stem(w.lower()) for d in scenario.details for k in d.keywords
                       for w in re.findall(r"\b[A-Z][a-z]+\b", k)}

    # ------------------------------------------------------------------ preparation

    def _told_vectors(self, scenario: Scenario) -> dict[str, dict[str, float]]:
        """Each topic's answers as a vector: questions reuse the words of the field."""
        texts: dict[str, list[str]] = {}
        for topic in scenario.topics:
            parts = [topic.answer, topic.short, *topic.again] + [d.answer for d in topic.details]
            texts[topic.id] = self._content(normalize(" ".join(parts)).split())
        for talk in scenario.small_talk:
            texts[SMALL_TALK_PREFIX + talk.id] = self._content(normalize(talk.answer).split())
        self._told_df = Counter(f for feats in texts.values() for f in set(feats))
        n = len(texts) + 1
        out = {}
        for key, feats in texts.items():
            counts = Counter(feats)
            vec = {f: (1 + math.log(c)) * math.log(n / self._told_df[f]) for f, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            out[key] = {f: v / norm for f, v in vec.items()}
        return out

    @staticmethod
    def _vocabulary(scenario: Scenario) -> set[str]:
        words = set(lexicon.lexicon_words())
        texts = []
        for topic in scenario.topics:
            texts += [*topic.phrasings, *topic.keywords, topic.answer]
            for detail in topic.details:
                texts += [*detail.keywords, detail.answer]
        for talk in scenario.small_talk:
            texts += [*talk.phrasings, *talk.keywords, talk.answer]
        for text in texts:
            words.update(w for w in normalize(text).split() if len(w) >= 3 and not w.isdigit())
        return words

    def correct(self, words: list[str]) -> list[str]:
        """Move misheard or misspelled words to the nearest known word, join split words."""
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if i + 1 < len(words):
                joined = word + words[i + 1]
                if joined in self.vocab and (word not in self.vocab or words[i + 1] not in self.vocab):
                    out.append(joined)
                    i += 2
                    continue
            out.append(self._nearest(word))
            i += 1
        return out

    def _nearest(self, word: str) -> str:
        if (len(word) < 4 or word.isdigit() or word in self.vocab or word in STOPWORDS
                or stem(word) in self._vocab_stems or word in common_english_words()):
            return word  # known, or a known word in another form ("value" for "values")
        # Mishearings keep the first sound; long words tolerate one more slip.
        candidates = self._by_initial.get(word[0], [])
        limit = 1 if len(word) < 8 else 2
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit,
                                limit=None)
        if not found:
            return word
        # Recognisers confuse vowels far more than consonants: "parks" is "perks", not "parts".
        skeleton = _consonants(word)
        best = min(found, key=lambda f: (f[1], _consonants(f[0]) != skeleton,
                                         f[0] not in self._lexicon_words, f[0]))
        return best[0]

    def _content(self, words: list[str]) -> list[str]:
        return [stem(w) for w in words if w not in STOPWORDS]

    def _features(self, text: str, corrected: bool = False) -> list[str]:
        words = normalize(text).split()
        if corrected:
            words = self.correct(words)
        content = self._content(words)
        return content + [f"{a}_{b}" for a, b in zip(content, content[1:])]

    def _vector(self, feats: list[str]) -> dict[str, float]:
        counts = Counter(feats)
        vec = {f: (1 + math.log(c)) * self.idf.get(f, self.default_idf) for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}

    def _keyword_stems(self, keywords: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        out = []
        for keyword in keywords:
            words = normalize(keyword).split()
            content = self._content(words) or [stem(w) for w in words]
            if content:
                out.append(tuple(content))
        return tuple(out)

    # ------------------------------------------------------------------ matching

    def match(self, text: str) -> Match:
        whole = self._analyse(text)
        parts = sentences(text)
        questions = [p for p in parts if p.rstrip().endswith("?")] or parts[-1:]
        scores = dict(whole["scores"])
        if len(parts) > 1:
            # The question asked decides; the rest of the turn (an acknowledgement, context)
            # only counts at a discount.
            for key in scores:
                scores[key] *= 0.8
            for part in questions:
                for key, value in self._analyse(part)["scores"].items():
                    scores[key] = max(scores[key], value)
        ranking = tuple(sorted(scores.items(), key=lambda kv: -kv[1]))  # all: meaning is weighed in later
        thanks, referrals = whole["thanks"], whole["referrals"]
        best_key, best = ranking[0] if ranking else (None, 0.0)

        detail = self._detail(whole["stems"], whole["content"], whole["normal"], best_key,
                              whole["cues"])
        if detail is not None:
            return Match("detail", detail.topic, detail.id, 1.0, ranking, thanks, referrals)
        if referrals >= 1.0 and referrals >= whole["cues"].get(best_key or "", 0.0):
            return Match("referrals", None, None, min(1.0, referrals), ranking, thanks, referrals)
        runner_up = ranking[1][1] if len(ranking) > 1 else 0.0
        clear_winner = (best >= LOW_THRESHOLD and best >= WINNER_RATIO * runner_up
                        and whole["cues"].get(best_key or "", 0.0) >= LOW_EVIDENCE
                        and bool(_ABOUT_WORK.search(whole["normal"])))
        if best_key is None or (best < THRESHOLD and not clear_winner):
            kind = "thanks" if thanks >= 1.0 else "unmatched"
            return Match(kind, None, None, best, ranking, thanks, referrals)
        if best_key.startswith(SMALL_TALK_PREFIX):
            return Match("small_talk", best_key[len(SMALL_TALK_PREFIX):], None, best, ranking,
                         thanks, referrals)
        return Match("topic", best_key, None, best, ranking, thanks, referrals)

    def _analyse(self, text: str) -> dict:
        words = self.correct(normalize(text).split())
        normal = " ".join(words)
        stems_all = [stem(w) for w in words]
        content = self._content(words)
        feats = content + [f"{a}_{b}" for a, b in zip(content, content[1:])]
        vec = self._vector(feats) if feats else {}
        stem_set = set(stems_all)
        scores: dict[str, float] = {}
        cues: dict[str, float] = {}
        dots: dict[tuple[int, int], float] = {}
        for f, v in vec.items():
            for t_index, r_index, weight in self._postings.get(f, ()):
                dots[t_index, r_index] = dots.get((t_index, r_index), 0.0) + v * weight
        best_dot = [0.0] * len(self.targets)
        for (t_index, _), dot in dots.items():
            best_dot[t_index] = max(best_dot[t_index], dot)
        for t_index, target in enumerate(self.targets):
            evidence = lexicon.cue_score(lexicon.CUES, target.key, normal) if target.cues else 0.0
            leaning = self._topic_words.get(target.key)
            if leaning:
                evidence += sum(leaning.get(s, 0.0) for s in set(content))
            evidence += sum(KEYWORD_WEIGHT if len(kw) > 1 else SINGLE_KEYWORD_WEIGHT
                            for kw in target.keywords if set(kw) <= stem_set)
            sim = best_dot[t_index]  # cosine to the nearest wording (vectors are unit length)
            cues[target.key] = evidence
            told = sum(target.told.get(f, 0.0) for f in set(content))
            told /= math.sqrt(len(set(content))) or 1.0
            score = (CUE_WEIGHT * (1 - math.exp(-1.2 * evidence)) + SIM_WEIGHT * sim
                     + TOLD_WEIGHT * min(told, 1.0))
            if target.key.startswith(SMALL_TALK_PREFIX):
                score *= SMALL_TALK_DISCOUNT  # a work question wins a tie with small talk
            scores[target.key] = score
        return {
            "scores": scores,
            "cues": cues,
            "normal": normal,
            "stems": stems_all,
            "content": content,
            "thanks": lexicon.cue_score(lexicon.INTENT_CUES, "thanks", normal),
            "referrals": lexicon.cue_score(lexicon.INTENT_CUES, "referrals", normal),
        }

    def _detail(self, stems_all: list[str], content: list[str], normal: str,
                best_key: str | None, cues: dict[str, float]) -> Detail | None:
        """The planted detail the text names, if it is a follow-up rather than a new topic.

        A keyword is distinctive when one of its words is rare in what the person says
        ("Alvarez", "potluck") or when it is said as the phrase it is ("customer hour");
        the field's everyday words merely occurring together ("forecast ... demand" for a
        forecaster) name a detail only when the user points back at it.
        """
        present = set(stems_all)
        said = " " + " ".join(content) + " "
        found: list[tuple[bool, int, bool, Detail]] = []
        for detail, keywords in self.details:
            for kw in keywords:
                if set(kw) <= present:
                    distinctive = (any(s not in self.common_stems for s in kw)
                                   or (len(kw) > 1 and f" {' '.join(kw)} " in said))
                    rare = any(s.isdigit() or s in self._names for s in kw)
                    if distinctive or len(kw) > 1:
                        found.append((distinctive, len(kw), rare, detail))
        if not found:
            return None
        found.sort(key=lambda item: (not item[0], -item[1]))
        distinctive, length, rare, detail = found[0]
        refers_back = bool(_REFERS_BACK.search(normal))
        if not distinctive:
            return detail if refers_back else None
        if refers_back or best_key in (None, detail.topic):
            return detail
        # A strong cue for another topic and a one-word detail keyword the person uses in
        # more than one answer: the question is about that topic and only uses the word.
        if length == 1 and cues.get(best_key, 0.0) >= 1.0 and not rare:
            return None
        return detail

    def follow_up_detail(self, text: str, context: str) -> Detail | None:
        """The detail from `context` (what was just said) that a follow-up points back at.

        Used when nothing matched outright: "You mentioned the digital lightboard..." is a
        mishearing of a detail just planted, and "Tell me more about that" asks for the
        story behind the last answer. Only details mentioned in `context` are candidates,
        so a loose match cannot pull in an unrelated story.
        """
        normal = normalize(text)
        if not _REFERS_BACK.search(normal):
            return None
        candidates = self.mentioned_details(context)
        if not candidates:
            return None
        words = [w for w in normal.split() if w not in STOPWORDS and len(w) > 2]
        best, best_score = None, 0.0
        for detail in candidates:
            for keyword in detail.keywords:
                parts = [w for w in normalize(keyword).split() if w not in STOPWORDS]
                if not parts or not words:
                    continue
                score = sum(max(fuzz.ratio(part, w) for w in words) for part in parts) / (100 * len(parts))
                if score > best_score:
                    best, best_score = detail, score
        if best is not None and best_score >= 0.7:
            return best
        return candidates[0] if self.bare_follow_up(text) else None

    @staticmethod
    def bare_follow_up(text: str) -> bool:
        """'Tell me more about that': points back without naming anything."""
        normal = normalize(text)
        words = [w for w in normal.split() if w not in STOPWORDS and len(w) > 2]
        named = [w for w in words if w not in _BARE_FOLLOW_UP_WORDS]
        return bool(_REFERS_BACK.search(normal)) and not named

    def mentioned_details(self, text: str) -> list[Detail]:
        """Every planted detail the text names (for judging active listening in a review)."""
        return self.details_among(self.stems(text))

    def stems(self, text: str) -> frozenset[str]:
        """The text's word stems, misheard words corrected (words are corrected one by one, so
        the stems of a joined text are the union of its parts')."""
        return frozenset(stem(w) for w in self.correct(normalize(text).split()))

    def details_among(self, present: set[str] | frozenset[str]) -> list[Detail]:
        """The planted details all of one of whose keywords' stems are `present`."""
        return [d for d, keywords in self.details if any(set(kw) <= present for kw in keywords)]
