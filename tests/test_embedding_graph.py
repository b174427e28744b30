"""The sentence encoder in onnxruntime gives the numpy forward pass's vectors, and caches its build."""

import numpy as np

from practice import embedding

TEXTS = ["Why did you leave academia?", "PhD, then a biotech startup.",
         "Is it hard on your family?", "We tour about eight months a year now, mostly Europe and the States."]


def test_onnx_and_numpy_give_the_same_vectors(tmp_path, monkeypatch):
    monkeypatch.setenv("PRACTICE_CACHE", str(tmp_path / "cache"))
    folder = embedding.model_dir()
    fast = embedding.Embedder(folder, embedding.EmbedderOptions(backend="onnx"))
    plain = embedding.Embedder(folder, embedding.EmbedderOptions(backend="numpy"))
    assert fast.backend == "onnx" and plain.backend == "numpy"
    a, b = fast.encode(TEXTS), plain.encode(TEXTS)
    assert np.abs(a - b).max() < 1e-3
    assert abs(fast.similarity(*TEXTS[:2]) - plain.similarity(*TEXTS[:2])) < 1e-3
    # the built graph is kept for the next start
    assert list((tmp_path / "cache").glob("minilm-*.onnx"))
    again = embedding.Embedder(folder)
    assert np.abs(again.encode(TEXTS) - a).max() < 1e-6


def test_reference_pair_on_the_default_backend():
    emb = embedding.default_embedder()
    assert emb.backend == "onnx"
    assert abs(emb.similarity("A man is eating food.", "A man is eating a piece of bread.") - 0.7553) < 0.003


def test_graph_cache_is_keyed_by_content_and_keeps_one_build(tmp_path, monkeypatch):
    """A reinstall (same weights, new mtime) reuses the build; a changed model replaces it."""
    import os

    from practice import embedding_graph

    monkeypatch.setenv("PRACTICE_CACHE", str(tmp_path / "cache"))
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"w" * 1000)
    builds = []

    def make():
        builds.append(1)
        return b"graph-%d" % len(builds)

    first = embedding_graph.cached_model(weights, make)
    os.utime(weights, ns=(1, 1))  # touched by a reinstall, same bytes
    assert embedding_graph.cached_model(weights, make) == first and len(builds) == 1
    weights.write_bytes(b"v" * 1000)  # another model, same size
    second = embedding_graph.cached_model(weights, make)
    assert second != first and len(builds) == 2
    assert [p.name for p in (tmp_path / "cache").glob("minilm-*.onnx")] == [os.path.basename(second)]
