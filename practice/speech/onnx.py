"""ONNX Runtime sessions: the only module importing onnxruntime.

Two models run on it: Silero VAD (`vad`) and the neural voice (`piper`). Both want a CPU
session with a fixed thread count and quiet logs; the voice also wants the CPU memory arena
off, because the arena keeps the largest buffer any sentence ever needed (a long sentence
grows it by tens of MB, for good) while the model's own weights are only 60 MB.
"""

from __future__ import annotations

from pathlib import Path


def cpu_session(path: Path, threads: int = 1, arena: bool = True):
    """An InferenceSession on the CPU with `threads` intra-op threads."""
    import onnxruntime

    opts = onnxruntime.SessionOptions()
    opts.inter_op_num_threads = 1
    opts.intra_op_num_threads = threads
    opts.log_severity_level = 4
    opts.enable_cpu_mem_arena = arena
    opts.enable_mem_pattern = arena  # the planned layout is kept per input shape: off with the arena
    # idle pool threads sleep instead of spinning: they would take CPU from Whisper
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"],
                                        sess_options=opts)
