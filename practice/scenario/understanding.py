"""What a turn is about: the lexical matcher and sentence meaning, weighed together.

The lexical matcher (`matcher.Matcher`) scores every topic from cue patterns, keywords and
word overlap; the meaning index (`meaning.MeaningIndex`) scores it by sentence embeddings of
the topic's wordings and answers; a learned prior (`topic_model`) adds how people asked about
each topic in the labelled sets. A topic is read when the evidence is sure of it, or when the
matcher and the rest lean the same way. Planted details are matched by their keywords, and,
among details the user has heard, also by sound-alike words (`misheard`), so "the digital
right board" still finds the digital whiteboard.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from practice.scenario import acts, lexicon, outside
from practice.scenario.matcher import SMALL_TALK_PREFIX, Matcher
from practice.scenario.memory import Memory
from practice.scenario.misheard import misheard_detail
from practice.scenario.model import Detail, Scenario, Topic
from practice.scenario.parts import QUESTION_START
from practice.scenario.text import content_stems, normalize, sentences

# a follow-up speaks to the person or points back at what they said ("you", "that", "she"): a
# question clearly on a new topic that does neither is a new question, not a follow-up ("your"
# only names their workplace: "What do juniors make at your company?" just after Priya was
# named is about pay; over sets a-z, 5 replies right, none lost)
_ADDRESSED = re.compile(r"\b(?:you|you're|youre|that|it|this|those|she|he|they|them|her|him|his)\b")
# a follow-up that speaks to the person with "you" alone, on a detail of another topic than the
# one the question clearly asks, needs a story reading this sure (over conversation sets a-ah:
# 10 replies right, none made wrong; 0.6 gave 7 and 0, 0.8 gave 10 and 3)
SURE_ELSEWHERE = 0.7
_YOU = {"you", "you're", "youre"}


def _asked_elsewhere(text: str, detail, new_topic: str | None, probability: float) -> bool:
    """A question clearly on a topic not told yet is a new question, not a follow-up on a detail
    of another topic, unless it points back at what they said ("that", "she", "you said").
    "Is there any kind of nursing you can do from home?" speaks to the person, no more."""
    if new_topic is None or new_topic == detail.topic:
        return False
    n = normalize(text)
    pointed = {m.group(0) for m in _ADDRESSED.finditer(n)}
    if not pointed:
        return True
    return pointed <= _YOU and probability < SURE_ELSEWHERE and not acts.points_at_told(text, n)


# a question that points at what the words beside it name ("The mountain rescue one. How did
# that work?"), or says the person said it: the story named there is the one asked about
_POINTS_AT_NAMED = re.compile(r"\b(?:that|this|it|those|these|he|she|him|her|they|them|there|one|ones|such)\b")
_SAYS_THEY_SAID = re.compile(r"\byou (?:said|mentioned|talked|told|spoke|brought up|were saying)\b")
# what they do not like: the downsides, not what they enjoy
_NOT_LIKING = re.compile(lexicon.NOT_LIKING + r"|\b(?:dislike|like least|least favou?rite)\b")
# common words the spell-checker ranks highest: conversation, not subject matter
_COMMON_RANK = 3000

# Weights of the two kinds of evidence (calibrated on bench/data/conversations_dev.jsonl and the
# paraphrase sets of bench/eval_matching.py; see bench/README.md).
MEANING_WEIGHT = 1.0
MEANING_FLOOR = 0.30  # cosine below this says nothing about a topic
# what the person says on a topic (its short and full answer), beside how it is asked: "What
# happens when somebody's heart stops on your unit?" is nearer the answer than any wording
TOLD_WEIGHT = 1.0
# The learned prior's share of a score (`topic_model.WEIGHT` x probability) that is sure of a
# topic on its own, and clearly about it: P >= 0.3 and 0.4, the best pair on sets a-e
PRIOR_SURE = 0.75
PRIOR_STRONG = 1.0
ACCEPT = 0.42  # combined score that reads a topic
MEANING_SURE = 0.62  # a wording this close means the topic on its own
STRONG = 0.55  # clearly about the topic: wins over "that"/"it" pointing back


@dataclass(frozen=True)
class Reading:
    topic: str | None
    score: float
    strong: bool
    confident: bool
    detail: Detail | None = None
    named_detail: bool = False
    small_talk: str | None = None
    ranking: tuple[tuple[str, float], ...] = ()
    lexical_small_talk: bool = False  # the word matcher, not only meaning, reads small talk


class Understanding:
    """Read-only indexes of one scenario (share it between interviewees of one scenario)."""

    def __init__(self, scenario: Scenario, matcher: Matcher | None = None, meaning=None,
                 use_meaning: bool = True, use_prior: bool = True, use_story: bool = True,
                 use_beside: bool = True):
        self.scenario = scenario
        self.use_prior = use_prior  # off only to measure the prior against the rest
        self.use_story = use_story  # off only to collect the story model's training rows
        self.use_beside = use_beside  # off only to collect bench/train_unknown.py's rows
        self._lock = threading.RLock()  # an index may be made of others (`stories`)
        self._indexes: dict[str, object] = {}  # made on first use (see `_index`)
        if matcher is not None:
            self._indexes["matcher"] = matcher
        if meaning is not None or not use_meaning:
            self._indexes["meaning"] = meaning
        self._topics = {t.id: t for t in scenario.topics}
        self._line_stems: dict[str, frozenset[str]] = {}  # see `_heard`

    def _index(self, name: str, make):
        """The index `name`, made on first use: stemming the scenario and an English word list
        takes about 0.4 s and loading the sentence encoder 0.3 s, which must not stand between
        launch and the greeting (an interview makes them while the greeting plays: `warm_up`).
        The warm-up and the conversation may ask at once: the lock makes each index once."""
        if name not in self._indexes:
            with self._lock:
                if name not in self._indexes:
                    self._indexes[name] = make()
        return self._indexes[name]

    @property
    def matcher(self) -> Matcher:
        return self._index("matcher", lambda: Matcher(self.scenario))

    @property
    def _known(self) -> set[str]:
        return self._index("known", lambda: outside.known_stems(self.scenario))

    @property
    def topic_stems(self) -> dict[str, frozenset[str]]:
        return self._index("topic_stems", lambda: outside.topic_stems(self.scenario))

    @property
    def meaning(self):
        """The scenario's sentence-embedding index, or None without the model package."""
        return self._index("meaning", lambda: _meaning_index(self.scenario))

    @property
    def stories(self):
        """What plants each detail, by meaning (`story.StoryIndex`), or None without the model."""
        return self._index("stories", self._story_index)

    def _story_index(self):
        if self.meaning is None:
            return None
        from practice.scenario.story import StoryIndex  # numpy: on first use, as the index

        return StoryIndex(self.scenario, self.matcher, self.meaning.embedder)

    def warm_up(self) -> None:
        """Make every index now, read the learned weights (0.2 MB of JSON), compile the cues and
        load the question scorer's rules, so that the first reply does not (it took 0.4 s)."""
        from practice.scenario import scorer

        _ = self.matcher, self._known, self.topic_stems, self.meaning, self.stories
        lexicon.compile_all()
        scorer.stacked("What do you enjoy? And what would you change?")
        scorer.job_ask("Are you hiring?")
        if self.meaning is not None:
            from practice.scenario import intents, story, topic_model

            intents.model()
            topic_model.model()
            story.model()
            outside.warm_up()

    def foreign_words(self, normal: str) -> list[str]:
        return outside.foreign_words(self._known, normal)

    def asks_elsewhere(self, normal: str) -> bool:
        return outside.asks_elsewhere(self._known, normal)

    def outside(self, text: str, normal: str, reading: "Reading") -> bool:
        return outside.outside(self._known, text, normal, reading)

    def beside(self, text: str, reading: "Reading") -> bool:
        """Reads as a topic, and asks beside it (`outside.beside`)."""
        return outside.beside(self, text, reading)

    # ------------------------------------------------------------------ intents

    def intent(self, text: str):
        """The learned reading of what kind of turn this is (`intents.Intent`), or None without
        the sentence encoder or the weights."""
        meaning = self.meaning
        if meaning is None:
            return None
        from practice.scenario import intents

        return intents.read(meaning.vector(text))

    def referral(self, normal: str) -> bool:
        return lexicon.cue_score(lexicon.INTENT_CUES, "referrals", normal) >= 1.0

    # ------------------------------------------------------------------ topics

    def scores(self, text: str) -> tuple[dict[str, float], object]:
        """Every topic's and small talk's score for a question, and the word matcher's match."""
        combined, match, _, _ = self._evidence(text)
        return combined, match

    def _evidence(self, text: str):
        """(scores, word match, meaning similarities or None, the learned prior's share of
        each score)."""
        match = self.matcher.match(text)
        combined = dict(match.ranking)
        learned: dict[str, float] = {}
        # The sentence meaning is weighed on every turn: the word matcher alone was once trusted
        # when its topic led clearly, but the words of a topic said in passing ("what kind of mess
        # do you face in a grocery company?" is culture's "grocery company") took 99 more turns
        # of sets a-ah than the meaning did; reply choice p95 stayed 14.5 ms (bench/README.md)
        if self.meaning is None:
            return combined, match, None, learned
        sims = self.meaning.similarities(text)
        for key, sim in sims.asked.items():
            combined[key] = combined.get(key, 0.0) + MEANING_WEIGHT * max(0.0, sim - MEANING_FLOOR)
        for key, sim in sims.told.items():
            combined[key] = combined.get(key, 0.0) + TOLD_WEIGHT * max(0.0, sim - MEANING_FLOOR)
        if self.use_prior:  # and how the writers of the labelled sets asked about each topic
            from practice.scenario import topic_model  # numpy: on first use, as the index

            prior = topic_model.prior(self.meaning.vector(text), self._topics)
            talk = prior.pop(topic_model.SMALL_TALK, 0.0)
            learned = {key: topic_model.WEIGHT * p for key, p in prior.items()}
            chat = [k for k in combined if k.startswith(SMALL_TALK_PREFIX)]
            if chat and talk:  # to the small talk the wordings say it is most like
                learned[max(chat, key=combined.get)] = topic_model.WEIGHT * talk
            for key, share in learned.items():
                combined[key] = combined.get(key, 0.0) + share
        if "enjoy" in self._topics and _NOT_LIKING.search(normalize(text)):
            # sentence vectors barely hear a "not": "What don't you like about the job?" sat
            # nearest "what do you like about it"; the words alone say it asks the downsides
            combined["enjoy"] = dict(match.ranking).get("enjoy", 0.0)
            learned.pop("enjoy", None)
        return combined, match, sims, learned

    def _asked_beside_detail(self, text: str, match, memory: Memory) -> str | None:
        """The question alone, when a detail not yet told is named only in the user's own
        words beside it: "what kind of messy data do u deal with. our supplier invoices are a
        nightmare" asks about messy data; the suppliers are theirs, not the person's story of
        suppliers, which nothing said has brought up. None when the turn asks about it."""
        if match.kind != "detail" or not self.use_story:
            return None
        detail = self.scenario.detail(match.detail)
        if detail.topic in memory.told or detail in self._heard(memory):
            return None
        said = sentences(text)
        asked = [s for s in said if s.rstrip().endswith("?") or QUESTION_START.search(acts.normal(s))]
        if len(said) < 2 or not asked or len(asked) == len(said) \
                or any(self.matcher.match(s).kind == "detail" for s in asked):
            return None
        # "The mountain rescue one. How did that work?", "You said every pipe gets a score. How
        # do you weigh ...": the question points at what the other words name
        if _POINTS_AT_NAMED.search(normalize(" ".join(asked))) or _SAYS_THEY_SAID.search(normalize(text)):
            return None
        # "Two million every night is a lot. What happens if the job fails?": their words said
        # back, a reaction to what they said, not the user's own news
        context = " ".join(s for s in said if s not in asked)
        if set(content_stems(context)) & {s for line in memory.said for s in content_stems(line)}:
            return None
        return " ".join(asked)

    def read(self, text: str, memory: Memory, details: bool = True) -> Reading:
        """What the turn asks about. `details=False` skips the search for a detail it follows
        up (a millisecond or two): the parts of a two-question turn are read for topics only."""
        combined, match, sims, learned = self._evidence(text)
        asked = self._asked_beside_detail(text, match, memory)
        if asked is not None:
            combined, match, sims, learned = self._evidence(asked)
        ranking = tuple(sorted(combined.items(), key=lambda kv: -kv[1]))
        best_key, best = ranking[0] if ranking else (None, 0.0)
        lexical_key = match.topic if match.kind == "topic" else (
            SMALL_TALK_PREFIX + match.topic if match.kind == "small_talk" else None)
        sure_meaning = sims is not None and best_key is not None and sims.asked.get(best_key, 0.0) >= MEANING_SURE
        # the prior picks among topics, but it is sure of something for any words at all
        # ("what do you mean by the flibbertigibbet?"): being sure needs the other evidence
        share = learned.get(best_key, 0.0)
        evidence = best - share
        if best_key is not None and best_key.startswith(SMALL_TALK_PREFIX):
            share = 0.0  # and small talk is what unknown words look like to it
        confident = best_key is not None and (evidence >= ACCEPT or sure_meaning or best_key == lexical_key
                                              or share >= PRIOR_SURE)
        if lexical_key is not None and best_key != lexical_key and combined.get(lexical_key, 0) >= 0.9 * best:
            best_key, best, confident = lexical_key, combined[lexical_key], True
        strong = confident and (evidence >= STRONG or sure_meaning or share >= PRIOR_STRONG)
        # a question clearly on a topic not told yet is a new question, unless it points back
        new_topic = best_key if strong and best_key in self._topics and best_key not in memory.told else None
        detail, named = self._detail(text, match, memory, combined, new_topic) if details else (None, False)
        small_talk = None
        topic = None
        if confident and best_key is not None:
            if best_key.startswith(SMALL_TALK_PREFIX):
                small_talk = best_key[len(SMALL_TALK_PREFIX):]
            else:
                topic = best_key
        return Reading(topic, best, strong, confident, detail, named, small_talk, ranking[:5],
                       match.kind == "small_talk")

    def _detail(self, text: str, match, memory: Memory,
                combined: dict[str, float], new_topic: str | None = None) -> tuple[Detail | None, bool]:
        if match.kind == "detail":
            return self.scenario.detail(match.detail), True
        heard = self._heard(memory)
        fuzzy = misheard_detail(text, heard)
        if fuzzy is not None:
            return fuzzy, True
        last = memory.last_text if memory.last_topic else None
        if last:
            detail = self.matcher.follow_up_detail(text, last)
            if detail is not None:
                return detail, False
        if self.use_story and heard:  # named by its story: "what happened with him after that?"
            from practice.scenario import story

            detail, probability = story.best(self.story_candidates(text, memory, heard, combined))
            # said to point back ("that thing you said about..."), a weaker reading will do
            bar = story.POINTED if acts.points_at_told(text, normalize(text)) else story.THRESHOLD
            if detail is not None and probability >= bar and not _asked_elsewhere(text, detail, new_topic, probability):
                return detail, False
        if self.use_story:
            detail = self._unsaid_detail(text, memory, heard, combined, new_topic)
            if detail is not None:
                return detail, False
        return None, False

    def _unsaid_detail(self, text: str, memory: Memory, heard: list[Detail],
                       combined: dict[str, float], new_topic: str | None) -> Detail | None:
        """A detail of a topic already answered, though not in the words said: a closed question
        got the short answer, and the user asks about what the full one holds ("You mentioned
        the roads department laying fresh tarmac where you dig?"). The person knows their own
        story and tells it, as someone would. Asked only after the details heard, with the same
        bars (over sets a-p: 15 more replies right, none made wrong; higher bars found fewer,
        lower ones no more)."""
        from practice.scenario import story

        said = set(memory.told)
        unsaid = [d for d in self.scenario.details if d.topic in said and d not in heard]
        if not unsaid:
            return None
        detail, probability = story.best(self.story_candidates(text, memory, unsaid, combined))
        bar = story.POINTED if acts.points_at_told(text, normalize(text)) else story.THRESHOLD
        if detail is None or probability < bar or (new_topic is not None and new_topic != detail.topic):
            return None
        return detail

    def faint_follow_up(self, text: str, memory: Memory) -> Detail | None:
        """Before "I can't speak to that": a heard detail of the last topic that the turn's
        meaning singles out, though below the story bars (`story.clear_best`)."""
        if not self.use_story or memory.last_topic is None:
            return None
        from practice.scenario import story

        heard = [d for d in self._heard(memory) if d.topic == memory.last_topic]
        detail, _ = story.clear_best(self.story_candidates(text, memory, heard))
        return detail

    def story_candidates(self, text: str, memory: Memory, heard: list[Detail] | None = None,
                         combined: dict[str, float] | None = None) -> list:
        """Each heard detail with what says the turn follows it up (`story.Candidate`)."""
        heard = self._heard(memory) if heard is None else heard
        if not heard or self.stories is None:
            return []
        if combined is None:
            combined, _ = self.scores(text)
        topics = {k: v for k, v in combined.items() if k in self._topics}
        top = max(topics.values(), default=0.0)
        share = {k: v / top for k, v in topics.items()} if top > 0 else {}
        last = memory.last_text or ""
        recent = {d.id for d in self.matcher.details_among(self._stems_of(last))} if last else set()
        return self.stories.candidates(self.meaning.vector(text), text, heard, recent,
                                       set(memory.details_told), share, memory.last_topic)

    def _heard(self, memory: Memory) -> list[Detail]:
        """Details named in what was said so far. Every turn asks, and what was said grows, so
        each line's stems are kept (a line is the scenario's own, or made from them)."""
        if not memory.said:
            return []
        if len(self._line_stems) > 4096:
            self._line_stems.clear()
        present: set[str] = set()
        for line in memory.said:
            present |= self._stems_of(line)
        return self.matcher.details_among(present)

    def _stems_of(self, line: str) -> frozenset[str]:
        stems = self._line_stems.get(line)
        if stems is None:
            stems = self._line_stems[line] = self.matcher.stems(line)
        return stems

    def detail_named(self, words: str, memory: Memory) -> Detail | None:
        found = self.matcher.mentioned_details(words)
        if found:
            return found[0]
        return misheard_detail(words, self.scenario.details)

    def nearest_untold(self, text: str, memory: Memory) -> Topic | None:
        """The topic to bridge to after "I can't speak to that": the closest one not yet told."""
        combined, _ = self.scores(text)
        told = set(memory.told)
        options = [(score, key) for key, score in combined.items()
                   if key in self._topics and key not in told]
        if not options:
            options = [(0.0, t.id) for t in self.scenario.topics if t.id not in told]
        if not options:
            return None
        return self._topics[max(options)[1]]


def _meaning_index(scenario: Scenario):
    from practice.scenario.meaning import meaning_index  # numpy and the encoder: on first use

    return meaning_index(scenario)
