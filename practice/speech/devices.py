"""Real audio devices through sounddevice (PortAudio): the only module that imports it.

A `Microphone` yields float32 mono 16 kHz blocks stamped with the monotonic time their first
sample was captured; a `Speaker` plays a buffer (or one still arriving) and reports when the last sample had really
been played out (PortAudio's finished callback, after the output buffers drained), not when
the data was handed over. Both are on `time.monotonic()`, the one timeline that response gaps,
interruptions and talk-time are measured on.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass

import numpy as np

from practice.speech.audio import SAMPLE_RATE, resample, resampler
from practice.errors import PracticeError

BLOCK = 512  # 32 ms at 16 kHz: one Silero VAD window


def _sd():
    try:
        import sounddevice
    except OSError:
        raise PracticeError(
            "PortAudio is not installed: run `sudo apt-get install libportaudio2` "
            "(or `make demo`, which installs it)"
        ) from None
    _quiet_alsa()
    return sounddevice


_alsa_handler = None


def _quiet_alsa() -> None:
    """Stop ALSA printing its own notes ("underrun occurred") over our screen and errors.

    PortAudio reaches most Linux devices through ALSA, whose library writes such messages to
    stderr itself; a no-op error handler keeps stderr for our one-line messages.
    """
    global _alsa_handler
    if _alsa_handler is not None:
        return
    import ctypes

    try:
        asound = ctypes.cdll.LoadLibrary("libasound.so.2")
    except OSError:
        _alsa_handler = False  # no ALSA on this system: nothing to quiet
        return
    handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                    ctypes.c_int, ctypes.c_char_p)
    _alsa_handler = handler_type(lambda *args: None)  # kept: ALSA holds a pointer to it
    asound.snd_lib_error_set_handler(_alsa_handler)


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    hostapi: str
    inputs: int
    outputs: int
    default_rate: float
    is_default_input: bool
    is_default_output: bool


def list_devices() -> list[DeviceInfo]:
    sd = _sd()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as exc:
        raise PracticeError(f"cannot list audio devices ({exc}); check your sound setup") from None
    return [
        DeviceInfo(
            index=i,
            name=d["name"],
            hostapi=hostapis[d["hostapi"]]["name"],
            inputs=d["max_input_channels"],
            outputs=d["max_output_channels"],
            default_rate=d["default_samplerate"],
            is_default_input=(i == default_in),
            is_default_output=(i == default_out),
        )
        for i, d in enumerate(devices)
    ]


# What each command can do without a sound card: the hint names only flags it really has.
WITHOUT_DEVICES = {
    "interview": "type with `--text`, or give recordings with `--script FILE` or `--input-dir DIR`",
    "pitch": "score a recording with `--input FILE.wav`",
    "demo": "run it on WAV files with `--files`",
    "say": "write the speech to a file with `--output FILE.wav`",
}


def without_devices() -> str:
    """"; or ..." for the command being run (found through click's context), else ""."""
    import click

    ctx = click.get_current_context(silent=True)
    hint = WITHOUT_DEVICES.get(ctx.info_name) if ctx is not None else None
    return f", or {hint}" if hint else ""


def find_device(spec: str | int | None, kind: str) -> int | None:
    """Device index from a number or (part of) a name; None means the system default."""
    usable = [d for d in list_devices() if (d.inputs if kind == "input" else d.outputs) > 0]
    if spec is None or spec == "":
        if not usable:
            what = "microphone" if kind == "input" else "speaker"
            raise PracticeError(f"no {what} found: connect one and check `practice devices`{without_devices()}")
        return None
    if isinstance(spec, int) or str(spec).isdigit():
        index = int(spec)
        if any(d.index == index for d in usable):
            return index
        raise PracticeError(f"no {kind} device number {index}: see `practice devices`")
    matches = [d for d in usable if str(spec).lower() in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == str(spec).lower()]
    if exact:
        return exact[0].index
    if len(matches) == 1:
        return matches[0].index
    if not matches:
        raise PracticeError(f"no {kind} device named '{spec}': see `practice devices`")
    names = ", ".join(f"{d.index}: {d.name}" for d in matches)
    raise PracticeError(f"'{spec}' matches several {kind} devices ({names}); give the number")


@dataclass
class AudioBlock:
    samples: np.ndarray  # float32 mono, 16 kHz
    start: float  # time.monotonic() of the first sample's capture


class _Clock:
    """Maps PortAudio stream time to time.monotonic(), so devices share one timeline."""

    def __init__(self, stream):
        self.stream = stream

    def to_monotonic(self, pa_time: float, fallback: float) -> float:
        if not pa_time:
            return fallback
        try:
            now_pa = self.stream.time
        except Exception:  # stream closing
            return fallback
        mapped = time.monotonic() - (now_pa - pa_time)
        # some host APIs report nonsense; trust only a capture time in the last second
        return mapped if now_pa and fallback - 1.0 <= mapped <= time.monotonic() else fallback


class Microphone:
    """Live input: `read()` returns the next 16 kHz block, or None on timeout."""

    def __init__(self, device: str | int | None = None, block: int = BLOCK):
        self.sd = _sd()
        self.device = find_device(device, "input")
        self.block = block
        self._queue: queue.Queue[AudioBlock] = queue.Queue()
        self._stream = None
        self._rate = SAMPLE_RATE
        self._resampler = None

    def _native_rate(self) -> int:
        try:
            self.sd.check_input_settings(device=self.device, channels=1, dtype="float32",
                                         samplerate=SAMPLE_RATE)
            return SAMPLE_RATE
        except Exception:
            info = self.sd.query_devices(self.device, "input")
            return int(info["default_samplerate"])

    def __enter__(self) -> "Microphone":
        self._rate = self._native_rate()
        if self._rate != SAMPLE_RATE:
            # one stream for the whole recording: resampling each block alone puts a seam
            # (filter edge) into every block, which both the VAD and Whisper then hear
            self._resampler = resampler(self._rate)
        blocksize = int(round(self.block * self._rate / SAMPLE_RATE))
        try:
            self._stream = self.sd.InputStream(
                samplerate=self._rate, channels=1, dtype="float32", device=self.device,
                blocksize=blocksize, callback=self._callback,
            )
            self._clock = _Clock(self._stream)
            self._stream.start()
        except self.sd.PortAudioError as exc:
            raise PracticeError(
                f"cannot open the microphone ({exc}); check it with `practice devices --test`"
                f"{without_devices()}"
            ) from None
        return self

    def _callback(self, indata, frames, time_info, status) -> None:
        now = time.monotonic()
        start = self._clock.to_monotonic(time_info.inputBufferAdcTime, now - frames / self._rate)
        samples = indata[:, 0].copy()
        if self._resampler is not None:
            samples = self._resampler.resample_chunk(samples)
        self._queue.put(AudioBlock(samples, start))

    def read(self, timeout: float | None = 1.0) -> AudioBlock | None:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def drain(self) -> None:
        """Drop blocks captured so far (e.g. while the countdown was shown)."""
        while not self._queue.empty():
            self._queue.get_nowait()

    def __exit__(self, *exc) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


@dataclass
class Playback:
    started: float  # monotonic time the first sample was heard (ended - played)
    ended: float  # monotonic time the last played sample had been played out
    interrupted: bool  # stopped before the end
    played: float  # seconds of the buffer actually played


class Speaker:
    """Live output. `play` blocks until the sound has really finished (or `stop` is set).

    The output buffer is deliberately generous (0.5 s): with small buffers PortAudio's ALSA
    path into PulseAudio underruns on a busy machine and plays slower than real time, which
    would falsify every timing measured from it. A stop request takes effect within it.
    """

    LATENCY = 0.5

    def __init__(self, device: str | int | None = None):
        self.sd = _sd()
        self.device = find_device(device, "output")
        self._rates: dict[int, int] = {}

    def _rate_for(self, rate: int) -> int:
        """The rate to open the device at; asked once per rate, because the check opens the
        device and would otherwise delay every line the interviewee says."""
        if rate not in self._rates:
            try:
                self.sd.check_output_settings(device=self.device, channels=1, dtype="float32",
                                              samplerate=rate)
                self._rates[rate] = rate
            except Exception:
                self._rates[rate] = int(self.sd.query_devices(self.device, "output")["default_samplerate"])
        return self._rates[rate]

    def play(self, samples: np.ndarray, rate: int, stop: threading.Event | None = None) -> Playback:
        return self.play_stream([samples], rate, stop)

    def play_stream(self, chunks, rate: int, stop: threading.Event | None = None) -> Playback:
        """Play audio that may still be arriving (a line streamed sentence by sentence): the
        device opens with the first chunk, the rest is appended as it comes. Should a chunk
        come late, the gap is silence (counted in the timeline, not in `played`)."""
        out_rate = self._rate_for(rate)
        source = iter(chunks)
        first_chunk = next(source, None)
        data = [resample(np.asarray(first_chunk if first_chunk is not None else [], np.float32),
                         rate, out_rate)]
        state = {"chunk": 0, "pos": 0, "played": 0, "frames": 0, "finished": 0.0,
                 "first": None, "more": True, "error": None, "last_call": time.monotonic()}
        lock = threading.Lock()
        done = threading.Event()

        def feed():
            try:
                for chunk in source:
                    if stop is not None and stop.is_set():
                        break
                    block = resample(np.asarray(chunk, dtype=np.float32), rate, out_rate)
                    with lock:
                        data.append(block)
            except BaseException as exc:  # surfaced after playback
                state["error"] = exc
            finally:
                with lock:
                    state["more"] = False

        def callback(outdata, frames, time_info, status):
            now = time.monotonic()
            state["last_call"] = now
            if state["first"] is None:
                state["first"] = now
            if stop is not None and stop.is_set():
                outdata.fill(0)
                raise self.sd.CallbackStop
            written = 0
            with lock:
                while written < frames and state["chunk"] < len(data):
                    current = data[state["chunk"]]
                    piece = current[state["pos"]:state["pos"] + frames - written]
                    outdata[written:written + len(piece), 0] = piece
                    written += len(piece)
                    state["pos"] += len(piece)
                    if state["pos"] >= len(current):
                        state["chunk"] += 1
                        state["pos"] = 0
                exhausted = state["chunk"] >= len(data) and not state["more"]
            outdata[written:, 0] = 0
            state["played"] += written
            if exhausted:
                state["frames"] += written
                raise self.sd.CallbackStop
            state["frames"] += frames  # a late chunk: silence, but time goes on

        def finished():
            state["finished"] = time.monotonic()
            done.set()

        feeder = threading.Thread(target=feed, name="practice-speaker-feed", daemon=True)
        feeder.start()
        stream = None
        try:
            stream = self.sd.OutputStream(
                samplerate=out_rate, channels=1, dtype="float32", device=self.device,
                callback=callback, finished_callback=finished, latency=self.LATENCY,
            )
            stream.start()
        except self.sd.PortAudioError as exc:
            if stream is not None:
                stream.close()
            raise PracticeError(
                f"cannot open the speaker ({exc}); check `practice devices`{without_devices()}"
            ) from None
        with stream:
            # PortAudio calls `finished` once the last buffer was handed over and (on most
            # host APIs) drained. Through ALSA's PulseAudio plugin the drain is not always
            # waited for, and the per-buffer DAC timestamps are not reliable either, so the
            # end is also bounded below: sound cannot end before its first buffer was asked
            # for plus its own length.
            while not done.wait(0.5):
                if time.monotonic() - state["last_call"] > 10.0:
                    raise PracticeError("the speaker stopped responding; check `practice devices`")
        stopped = bool(stop is not None and stop.is_set())
        if not stopped:  # an interrupted line does not wait for the rest of its rendering
            feeder.join(timeout=5)
            if state["error"] is not None:
                raise state["error"]
        played = state["played"] / out_rate
        timeline = state["frames"] / out_rate
        last = max(state["finished"], (state["first"] or state["finished"]) + timeline)
        remaining = last - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)  # return when it has really been heard
        first = last - timeline
        return Playback(first, last, stopped, played)


def refresh() -> None:
    """Re-scan devices (after a sound server appeared), if PortAudio is already loaded."""
    import sys

    sd = sys.modules.get("sounddevice")
    if sd is not None:
        sd._terminate()
        sd._initialize()
