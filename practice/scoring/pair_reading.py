"""Read the answer and the user's turn together, in one input, for the listening cues.

The listening network (`weighing`) sees the answer, the question and the whole turn as three
vectors, each made by the sentence encoder from one text alone. Whether a question picks up
the answer often lies in how the words of one meet the words of the other ("How do you decide
which one a project needs?" after two methods were named; "is it hard to get into the
apprenticeship at my age" after "the first couple years you're doing grunt work"), which
vectors made apart do not carry: labellers agree on 97-99% of turns where the scorer managed
66% (bench/README.md, "How far apart are careful labellers?"). This model reads both in one
input, so attention runs across them: the encoder's embeddings and first three layers,
fine-tuned on the labelled interview turns (`bench/train_pairs.py`), with one output for each
of follow-up, acknowledgement, topic switch and reflection. `weighing.weigh` blends its
probabilities with the network's (`weighing.TOGETHER`).

Its weights (`data/listening_pairs.npz`, 11 MB) hold only what differs from the installed
encoder (`practice.embedding`): the graph is rebuilt from both, quantized to int8 like the
encoder's, and kept in the cache folder. It is optional like the encoder: without either, or
with `PRACTICE_NO_WEIGHING=1` or `PRACTICE_NO_EMBEDDINGS=1`, `read` returns None and the network
decides alone; `PRACTICE_NO_PAIR_READING=1` turns off this reader alone.

A turn is read on a background thread as soon as scoring starts (`read_soon`, from
`score.score_utterance`), beside the rules and the turn's own encoding. On two cores that
leaves no core free, so its 3 ms add about as much to a turn (bench/README.md, "The pair reader":
median 7.5-10.4 ms a turn against 5.5-6.8 ms): the 5 ms target is traded for every labelled field
going from 76.2% to 81.5% on sets neither model was fitted on (978-1001).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

import numpy as np

from practice.ahead import Ahead
from practice.scoring.model import DATA, weighing_on

NAME = "listening_pairs"
WEIGHTS = DATA / f"{NAME}.npz"
OUTPUTS = ("follow_up", "acknowledgement", "topic_switch", "reflection")
# what is read of each text: the answer's end (what a question picks up is mostly said last)
# and the turn's beginning, as in training; with the special tokens at most 75 tokens
ANSWER_TOKENS = 24
TURN_TOKENS = 48
CACHE_SIZE = 256


def tokenizer_of(folder):
    """The encoder's tokenizer, with no padding or truncation of its own (`pair_ids` cuts)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def pair_ids(tokenizer, answer: str, turn: str) -> tuple[list[int], list[int]]:
    """The model's input: [CLS] answer's last words [SEP] turn's first words [SEP], and the
    token types (0 for the answer's part, 1 for the turn's). Training uses the same function."""
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    said = tokenizer.encode(answer, add_special_tokens=False).ids[-ANSWER_TOKENS:] if answer.strip() else []
    asked = tokenizer.encode(turn, add_special_tokens=False).ids[:TURN_TOKENS]
    return [cls, *said, sep, *asked, sep], [0] * (len(said) + 2) + [1] * (len(asked) + 1)


def weights(base: dict[str, np.ndarray], shipped) -> tuple[dict[str, np.ndarray], int, tuple[np.ndarray, np.ndarray]]:
    """The fine-tuned float32 weights by their BERT names (the graph builder's input), the number
    of layers and the output head, from the installed encoder's (`base`) and the shipped
    differences (`bench/train_pairs.py`, `export`)."""
    layers = int(shipped["layers"])
    out = {}
    word = base["embeddings.word_embeddings.weight"].astype(np.float32, copy=True)
    rows = shipped["word_rows"]
    word[rows] += shipped["word_delta"].astype(np.float32) * shipped["word_delta_scale"][:, None]
    out["embeddings.word_embeddings.weight"] = word
    for name in ("embeddings.position_embeddings.weight", "embeddings.token_type_embeddings.weight",
                 "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"):
        out[name] = shipped[name].astype(np.float32)
    for key in shipped.files:
        if key.startswith("encoder.layer."):
            if key.endswith(".weight_int8"):
                name = key[:-len("_int8")]
                out[name] = shipped[key].astype(np.float32) * shipped[name + "_scale"][:, None]
            elif not key.endswith(".weight_scale"):
                out[key] = shipped[key].astype(np.float32)
    return out, layers, (shipped["head.weight"].astype(np.float32), shipped["head.bias"].astype(np.float32))


class PairReader:
    """The built graph, its tokenizer, a background thread and a cache of what was read."""

    def __init__(self, folder, precision: str = "int8"):
        from practice import embedding_graph
        from practice.embedding import read_safetensors

        config = json.loads((folder / "config.json").read_text())
        self._tokenizer = tokenizer_of(folder)

        def make() -> bytes:
            with np.load(WEIGHTS) as shipped:
                tensors, layers, head = weights(read_safetensors(folder / "model.safetensors"), shipped)
            graph = embedding_graph.build(tensors, int(config["hidden_size"]), int(config["num_attention_heads"]),
                                          layers, float(config.get("layer_norm_eps", 1e-12)), pair_head=head)[0]
            return embedding_graph.quantize(graph) if precision == "int8" else graph

        self._graph = embedding_graph.GraphRunner(embedding_graph.cached_model(WEIGHTS, make, precision, name="pairs"))
        self._ahead: Ahead[tuple[str, str], dict[str, float]] = Ahead(
            lambda key: self._run(*key), CACHE_SIZE, "practice-pairs")

    def _run(self, answer: str, turn: str) -> dict[str, float]:
        ids, types = pair_ids(self._tokenizer, answer, turn)
        p = self._graph.run_pairs(np.array([ids], np.int64), np.ones((1, len(ids)), np.float32),
                                  np.array([types], np.int64))[0]
        return {k: float(v) for k, v in zip(OUTPUTS, p)}

    def read_soon(self, answer: str, turn: str) -> None:
        """Start reading on the background thread; `read` then waits for that run."""
        self._ahead.start([(answer, turn)])

    def read(self, answer: str, turn: str) -> dict[str, float]:
        """{cue: probability} for the turn after the answer."""
        return self._ahead.get((answer, turn))


def available() -> bool:
    """The learned weighing and the encoder are on, the weights are shipped (`weighing_on`), and
    the pair reader is not turned off on its own (`PRACTICE_NO_PAIR_READING=1`: the network
    alone, 3 ms a turn faster on two cores). Read at each turn: the variables can change after
    the reader was built."""
    from practice.scoring import meaning

    return (os.environ.get("PRACTICE_NO_PAIR_READING", "") in ("", "0") and weighing_on(NAME)
            and meaning.embedder() is not None)


@lru_cache(maxsize=1)
def _built() -> PairReader | None:
    """The shared reader, built once a process, or None without the encoder's package or onnx."""
    from practice import embedding_graph
    from practice.embedding import model_dir

    folder = model_dir()
    if folder is None or not embedding_graph.available():
        return None
    return PairReader(folder)


def reader() -> PairReader | None:
    """The shared reader where it is on now (see `available`), else None."""
    return _built() if available() else None


def read_soon(answer: str | None, turn: str) -> None:
    """Begin reading `turn` after `answer` in the background (nothing without the model)."""
    found = reader() if (answer or "").strip() else None
    if found is not None:
        found.read_soon(answer, turn)


def read(answer: str | None, turn: str) -> dict[str, float] | None:
    """{cue: probability} from reading both texts together, or None without the model or an answer."""
    found = reader() if (answer or "").strip() else None
    return found.read(answer, turn) if found is not None else None
