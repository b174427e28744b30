"""The MiniLM encoder as an onnxruntime graph, built from the same safetensors weights.

`practice.embedding` runs the model in numpy, which takes 20-90 ms a short sentence on this
project's busy 2-core machine; the coach scores each turn within a few milliseconds and the
dialogue manager encodes every turn too. onnxruntime (already installed for Silero VAD) runs
the same float32 computation 3-5 times faster with one thread. No .onnx file ships: the graph
is written here with the `onnx` package (Apache-2.0) from the bundled weights, once, and kept
in the user's cache folder (`~/.cache/practice/`, or `$PRACTICE_CACHE`) so later starts load it
in a few tenths of a second; building takes a few seconds the first time.

Two precisions. "float32" equals the numpy path (exact GELU, same pooling; max difference
3e-4). "int8" (the default) is the same graph after onnxruntime's dynamic quantization, weights
per output channel: its session holds 50 MB instead of 127 MB and a sentence takes half the
time, which the turn-taking path and the rehearsal's memory budget both need; similarities
move by 0.012 on average (0.06 at most over 800 interview pairs). The thresholds that use
them were checked on the benchmarks at this precision (bench/README.md, "int8 encoder").
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

OPSET = 17
BUILD = 1  # bump when the graph changes, so cached builds are not reused
PRECISIONS = ("int8", "float32")


def available() -> bool:
    """onnxruntime and onnx are installed (found without importing them: importing `onnx`
    alone takes longer than loading a cached graph)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnx", "onnxruntime"))


def build(weights: dict[str, np.ndarray], hidden: int, heads: int, layers: int, eps: float,
          pair_head: tuple[np.ndarray, np.ndarray] | None = None):
    """(serialized ModelProto, {initializer name: float32 array}). `weights` are the
    safetensors tensors by their BERT names; linear weights are given transposed (x @ W).

    `pair_head` (weight (outputs, hidden), bias): the graph of `scoring.pair_reading` instead,
    which reads two texts in one input: a third input, `types` (0 for the first text's tokens, 1
    for the second's), picks each token's type embedding, and the mean-pooled output goes through
    the head and a sigmoid to `probabilities` (batch, outputs) instead of a unit vector."""
    from onnx import TensorProto, helper, numpy_helper

    arrays: dict[str, np.ndarray] = {}
    consts = []
    nodes = []
    count = [0]

    def weight(name: str, array: np.ndarray) -> str:
        arrays[name] = np.ascontiguousarray(array, dtype=np.float32)
        return name

    def const(name: str, array: np.ndarray) -> str:
        consts.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def op(kind: str, inputs: list[str], **attrs) -> str:
        count[0] += 1
        out = f"{kind}_{count[0]}"
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def norm(x: str, prefix: str) -> str:
        return op("LayerNormalization", [x, weight(prefix + ".weight", weights[prefix + ".weight"]),
                                         weight(prefix + ".bias", weights[prefix + ".bias"])], axis=-1, epsilon=eps)

    def linear(x: str, prefix: str) -> str:
        w = weight(prefix + ".weight", weights[prefix + ".weight"].T)
        b = weight(prefix + ".bias", weights[prefix + ".bias"])
        return op("Add", [op("MatMul", [x, w]), b])

    head = hidden // heads
    one_f = const("one_f", np.array(1.0, np.float32))
    x = op("Gather", [weight("word", weights["embeddings.word_embeddings.weight"]), "ids"])
    length = op("Slice", [op("Shape", ["ids"]), const("i1", np.array([1], np.int64)), const("i2", np.array([2], np.int64))])
    zero = const("i0", np.array([0], np.int64))
    x = op("Add", [x, op("Slice", [weight("pos", weights["embeddings.position_embeddings.weight"]), zero, length, zero])])
    if pair_head is None:
        x = op("Add", [x, weight("type0", weights["embeddings.token_type_embeddings.weight"][0])])
    else:
        x = op("Add", [x, op("Gather", [weight("types_table", weights["embeddings.token_type_embeddings.weight"]), "types"])])
    x = norm(x, "embeddings.LayerNorm")
    # padding masked out of attention: (1 - mask) * -1e9, shaped (batch, 1, 1, tokens)
    bias = op("Mul", [op("Sub", [one_f, "mask"]), const("neg", np.array(-1e9, np.float32))])
    bias = op("Unsqueeze", [bias, const("ax12", np.array([1, 2], np.int64))])
    scale = const("scale", np.array(1.0 / np.sqrt(head), np.float32))
    split = const("split_heads", np.array([0, 0, heads, head], np.int64))
    merge = const("merge_heads", np.array([0, 0, hidden], np.int64))
    half = const("half", np.array(0.5, np.float32))
    root2 = const("root2", np.array(np.sqrt(2.0), np.float32))
    for n in range(layers):
        p = f"encoder.layer.{n}."
        q, k, v = (op("Transpose", [op("Reshape", [linear(x, p + f"attention.self.{name}"), split])], perm=[0, 2, 1, 3])
                   for name in ("query", "key", "value"))
        scores = op("Add", [op("Mul", [op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 3, 2])]), scale]), bias])
        context = op("MatMul", [op("Softmax", [scores], axis=-1), v])
        context = op("Reshape", [op("Transpose", [context], perm=[0, 2, 1, 3]), merge])
        x = norm(op("Add", [x, linear(context, p + "attention.output.dense")]), p + "attention.output.LayerNorm")
        inner = linear(x, p + "intermediate.dense")
        gelu = op("Mul", [op("Mul", [inner, half]), op("Add", [op("Erf", [op("Div", [inner, root2])]), one_f])])
        x = norm(op("Add", [x, linear(gelu, p + "output.dense")]), p + "output.LayerNorm")
    # mean pooling over real tokens, then unit length
    mask3 = op("Unsqueeze", ["mask", const("ax2", np.array([2], np.int64))])
    axis1 = const("ax1", np.array([1], np.int64))
    pooled = op("Div", [op("ReduceSum", [op("Mul", [x, mask3]), axis1], keepdims=0),
                        op("Max", [op("ReduceSum", [mask3, axis1], keepdims=0), const("eps_n", np.array(1e-9, np.float32))])])
    inputs = [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "tokens"]),
              helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "tokens"])]
    if pair_head is None:
        length2 = op("Max", [op("ReduceL2", [pooled], axes=[-1], keepdims=1), const("eps_l", np.array(1e-12, np.float32))])
        nodes.append(helper.make_node("Div", [pooled, length2], ["embedding"]))
        output = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])
    else:
        inputs.append(helper.make_tensor_value_info("types", TensorProto.INT64, ["batch", "tokens"]))
        head_w = weight("head.weight", pair_head[0].T)
        logits = op("Add", [op("MatMul", [pooled, head_w]), weight("head.bias", pair_head[1])])
        nodes.append(helper.make_node("Sigmoid", [logits], ["probabilities"]))
        output = helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", len(pair_head[1])])
    weights_proto = [numpy_helper.from_array(a, name) for name, a in arrays.items()]
    graph = helper.make_graph(nodes, "all-MiniLM-L6-v2", inputs, [output], consts + weights_proto)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    return model.SerializeToString(), arrays


def cache_key(source: Path, sample: int = 4 << 20) -> str:
    """The weights file's size and a hash of its first and last 4 MB: the same model gets the
    same key after a reinstall (a key on the file's mtime left a 90 MB build behind at each
    one: eight of them after a day of fresh checkouts), a different one does not."""
    size = source.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with open(source, "rb") as fh:
        digest.update(fh.read(sample))
        fh.seek(max(0, size - sample))
        digest.update(fh.read(sample))
    return f"{size}-{digest.hexdigest()[:16]}"


def quantize(model: bytes) -> bytes:
    """The float32 graph with int8 weights (per output channel) and dynamically quantized
    activations: onnxruntime's own tool, which works on files."""
    import logging
    import tempfile

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="practice-minilm-") as folder:
        source, target = Path(folder) / "float32.onnx", Path(folder) / "int8.onnx"
        source.write_bytes(model)
        # the tool logs advice ("consider pre-processing") to the root logger: not for users
        logging.disable(logging.WARNING)
        try:
            quantize_dynamic(source, target, per_channel=True, weight_type=QuantType.QInt8,
                             extra_options={"MatMulConstBOnly": True})
        finally:
            logging.disable(logging.NOTSET)
        return target.read_bytes()


def cached_model(source: Path, make, precision: str = "float32", name: str = "minilm") -> bytes | str:
    """The built graph: a path to the cached file when there is one (or it could be written),
    else the bytes built now. Builds of other weights or an older BUILD are removed when a new
    one is written; the other precision of the same weights is kept. `name` keeps the builds
    of different graphs (the encoder's, `scoring.pair_reading`'s) apart."""
    from practice.errors import PracticeError
    from practice.files import atomic_write
    from practice.paths import cache_home

    key = cache_key(source)
    path = cache_home() / f"{name}-b{BUILD}-{precision}-{key}.onnx"
    if path.is_file():
        return str(path)
    model = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda fh: fh.write(model))
    except (OSError, PracticeError):
        return model  # a read-only home: build each time, still correct
    keep = {f"{name}-b{BUILD}-{p}-{key}.onnx" for p in PRECISIONS}
    for stale in path.parent.glob(f"{name}-b*.onnx"):
        if stale.name not in keep:
            stale.unlink(missing_ok=True)
    return str(path)


class GraphRunner:
    """One onnxruntime session over the built graph: `run(ids, mask) -> (batch, hidden)`."""

    def __init__(self, model: bytes | str):
        import onnxruntime as ort

        options = ort.SessionOptions()
        # one thread: inputs are a few dozen tokens, and Whisper may be using the other core
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])

    def run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self._session.run(["embedding"], {"ids": ids, "mask": mask})[0]

    def run_pairs(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
        """A `pair_head` graph's probabilities, (batch, outputs)."""
        return self._session.run(["probabilities"], {"ids": ids, "mask": mask, "types": types})[0]
