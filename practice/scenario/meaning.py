"""What a question means, next to what words it shares: sentence embeddings of a scenario.

The lexical matcher (`practice.scenario.matcher`) is precise when the user uses the words the
scenario or the lexicon knows, and blind when they do not ("Is it hard on your family?" shares
no word with a night-shift answer). This index compares the question's embedding with every
wording of every topic (the scenario's phrasings, the shared lexicon's examples) and with what
the person says on the topic, so the dialogue manager can weigh meaning beside words.

The vectors of a scenario are computed once and kept on disk in the user's data folder
(keyed by the model and the exact texts), so starting an interview costs a file read, not a
few seconds of encoding. Without the model package (`practice.embedding.default_embedder()`
is None) there is no index and matching is lexical only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from practice.errors import PracticeError
from practice.scenario import lexicon
from practice.scenario.matcher import SMALL_TALK_PREFIX
from practice.scenario.model import Scenario


def _cache_path(model: str, precision: str):
    from practice.paths import cache_home

    # one file per precision: int8 and float32 vectors of a text differ by about 0.01
    return cache_home() / f"embeddings-{model}-{precision}.npz"


_STORES: dict = {}  # path -> {text key: vector}, read once per process


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def encode_cached(embedder, texts: list[str]) -> np.ndarray:
    """`embedder.encode(texts)`, each text's vector kept on disk so that the next process (or
    the next edit of a scenario) encodes only the texts it has not seen."""
    from practice.embedding import MODEL_NAME

    path = _cache_path(MODEL_NAME, getattr(embedder, "precision", "float32"))
    keys = [_key(t) for t in texts]
    store = _STORES.get(path)
    if store is None:
        store = _STORES[path] = {}
        try:
            with np.load(path) as data:
                if data["vectors"].shape[1:] == (embedder.dim,):
                    store.update(zip(data["keys"].tolist(), data["vectors"]))
        except (OSError, ValueError, KeyError):
            pass
    missing = [t for t, k in zip(texts, keys) if k not in store]
    if missing:
        unique = list(dict.fromkeys(missing))
        for text, vec in zip(unique, embedder.encode(unique)):
            store[_key(text)] = vec
        try:
            from practice.files import atomic_write, ensure_dir

            ensure_dir(path.parent)
            names = np.array(list(store))
            matrix = np.stack([store[k] for k in names]).astype(np.float32)
            atomic_write(path, lambda f: np.savez(f, keys=names, vectors=matrix))
        except (OSError, PracticeError):
            pass  # a read-only or full cache folder only costs the encoding next time
    return np.stack([store[k] for k in keys]).astype(np.float32)


@dataclass(frozen=True)
class Similarities:
    """Cosine similarity of one question to each topic/small-talk key (best wording) and to
    what the person says on each topic."""

    asked: dict[str, float]
    told: dict[str, float]

    def best(self) -> tuple[str | None, float]:
        if not self.asked:
            return None, 0.0
        key = max(self.asked, key=self.asked.get)
        return key, self.asked[key]


class MeaningIndex:
    """Embeddings of one scenario's wordings; read-only after construction, so it is shared."""

    def __init__(self, scenario: Scenario, embedder):
        self.embedder = embedder
        keys: list[str] = []
        texts: list[str] = []
        for topic in scenario.topics:
            for text in [*lexicon.EXAMPLES.get(topic.id, []), *topic.phrasings]:
                keys.append(topic.id)
                texts.append(text)
        for talk in scenario.small_talk:
            for text in talk.phrasings:
                keys.append(SMALL_TALK_PREFIX + talk.id)
                texts.append(text)
        told_keys = [t.id for t in scenario.topics]
        told_texts = [" ".join([t.short, t.answer]) for t in scenario.topics]
        vectors = encode_cached(embedder, texts + told_texts)
        self._asked = vectors[:len(texts)]
        self._told = vectors[len(texts):]
        self._keys = keys
        self._told_keys = told_keys
        self._groups: dict[str, np.ndarray] = {}
        for key in dict.fromkeys(keys):
            self._groups[key] = np.array([i for i, k in enumerate(keys) if k == key])

    def vector(self, text: str) -> np.ndarray:
        return self.embedder.encode([text])[0]

    def similarities(self, text: str) -> Similarities:
        vec = self.vector(text)
        sims = self._asked @ vec
        asked = {key: float(sims[idx].max()) for key, idx in self._groups.items()}
        told_sims = self._told @ vec
        told = {key: float(s) for key, s in zip(self._told_keys, told_sims)}
        return Similarities(asked, told)


def meaning_index(scenario: Scenario) -> MeaningIndex | None:
    """The scenario's index, or None when the embedding model is not installed."""
    from practice.embedding import default_embedder

    embedder = default_embedder()
    return MeaningIndex(scenario, embedder) if embedder is not None else None
