"""The sentence encoder in onnxruntime gives the numpy forward pass's vectors, and caches its build."""

import numpy as np

from practice import embedding

TEXTS = ["Why did you leave academia?", "PhD, then a biotech startup.",
         "Is it hard on your family?", "We tour about eight months a year now, mostly Europe and the States."]


def test_onnx_and_numpy_give_the_same_vectors(tmp_path, monkeypatch):
    monkeypatch.setenv("PRACTICE_CACHE", str(tmp_path / "cache"))
    folder = embedding.model_dir()
    fast = embedding.Embedder(folder, embedding.EmbedderOptions(backend="onnx", precision="float32"))
    plain = embedding.Embedder(folder, embedding.EmbedderOptions(backend="numpy"))
    assert fast.backend == "onnx" and plain.backend == "numpy"
    a, b = fast.encode(TEXTS), plain.encode(TEXTS)
    assert np.abs(a - b).max() < 1e-3
    assert abs(fast.similarity(*TEXTS[:2]) - plain.similarity(*TEXTS[:2])) < 1e-3
    # the built graph is kept for the next start
    assert list((tmp_path / "cache").glob("minilm-*.onnx"))
    again = embedding.Embedder(folder, embedding.EmbedderOptions(precision="float32"))
    assert np.abs(again.encode(TEXTS) - a).max() < 1e-6


def test_reference_pair_on_the_default_backend():
    emb = embedding.default_embedder()
    assert emb.backend == "onnx" and emb.precision == "int8"
    pair = ("A man is eating food.", "A man is eating a piece of bread.")
    full = embedding.Embedder(embedding.model_dir(), embedding.EmbedderOptions(precision="float32"))
    assert abs(full.similarity(*pair) - 0.7553) < 0.003  # sentence-transformers' own figure
    assert abs(emb.similarity(*pair) - 0.7553) < 0.03  # int8 moves it by about 0.01


def test_int8_keeps_what_sentences_mean_in_a_quarter_of_the_size(tmp_path, monkeypatch):
    """The default int8 graph orders and scores pairs as float32 does, within about 0.01."""
    monkeypatch.setenv("PRACTICE_CACHE", str(tmp_path / "cache"))
    folder = embedding.model_dir()
    small = embedding.Embedder(folder)
    full = embedding.Embedder(folder, embedding.EmbedderOptions(precision="float32"))
    a, b = small.encode(TEXTS), full.encode(TEXTS)
    sims_small, sims_full = a @ a.T, b @ b.T
    assert np.abs(sims_small - sims_full).max() < 0.06
    # the follow-up that shares no word still scores above the unrelated pair in both
    for sims in (sims_small, sims_full):
        assert sims[2, 3] > sims[2, 1] and sims[0, 1] > sims[0, 3]
    files = {p.name.split("-")[2]: p.stat().st_size for p in (tmp_path / "cache").glob("minilm-*.onnx")}
    assert set(files) == {"int8", "float32"}  # both kept: the same weights at two precisions
    assert files["int8"] < files["float32"] * 0.3


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
    legacy = tmp_path / "cache" / "minilm-b1-1000-0123456789abcdef.onnx"  # named before precisions
    legacy.write_bytes(b"old")
    weights.write_bytes(b"v" * 1000)  # another model, same size
    second = embedding_graph.cached_model(weights, make)
    assert second != first and len(builds) == 2
    assert [p.name for p in (tmp_path / "cache").glob("minilm-*.onnx")] == [os.path.basename(second)]
    other = embedding_graph.cached_model(weights, make, precision="int8")  # kept beside it
    assert sorted(p.name for p in (tmp_path / "cache").glob("minilm-*.onnx")) == sorted(
        [os.path.basename(second), os.path.basename(other)])
