"""A private PulseAudio server with a virtual speaker and microphone, for machines with no
sound card (CI, servers, `make demo`).

The speaker is a `module-null-sink`; what is played there can be read back from its
monitor. The microphone is a `module-pipe-source` reading 16 kHz s16le from a FIFO. A
pipe source only produces audio while something writes into the FIFO, so `MicFeeder`
writes continuously in real time: queued speech when there is some, silence otherwise. PortAudio
reaches the server through ALSA's pulse plugin (`PULSE_SERVER` is set for this process).

The server runs in its own session, so the terminal's Ctrl-C reaches only `practice`, which
closes its audio streams before stopping the server (a server killed first makes PortAudio
print "Expression ... failed" lines), and it is told to stop when its parent dies. A parent
killed outright (SIGKILL) still leaves its folder behind: the next start removes folders
whose owner is gone, and any server still serving them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from practice.speech.audio import SAMPLE_RATE
from practice.errors import PracticeError

SPEAKER = "practice_speaker"
MICROPHONE = "practice_mic"
PREFIX = "practice-pulse-"
OWNER = "owner"  # "<pid> <start time>" of the process that made the folder
UNOWNED_GRACE_S = 60.0  # a folder without an owner file may be one being set up right now


def _start_time(pid: int) -> str | None:
    """The process's start time (clock ticks since boot), to tell it from a reused pid."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def _alive(owner: str) -> bool:
    try:
        pid, started = owner.split()
        return _start_time(int(pid)) == started
    except ValueError:
        return False


def _servers_of(folder: Path) -> list[int]:
    """Pids of PulseAudio servers started with this folder's configuration."""
    config = f"{folder}/default.pa".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if config in (proc / "cmdline").read_bytes().split(b"\0"):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def clean_stale(tmp: Path | None = None) -> list[Path]:
    """Remove the folders (and stop the servers) of earlier runs whose process is gone.

    Only a folder whose recorded owner is no longer running, or one without an owner file
    that is over a minute old and that no server uses, is touched: other runs on the same
    machine (parallel tests, another terminal) keep theirs."""
    import signal

    removed = []
    for folder in Path(tmp or tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue
            owner_file = folder / OWNER
            if owner_file.exists():
                if _alive(owner_file.read_text().strip()):
                    continue
            elif time.time() - folder.stat().st_mtime < UNOWNED_GRACE_S or _servers_of(folder):
                continue
        except OSError:
            continue
        for pid in _servers_of(folder):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _server_preexec() -> None:
    """In the server's process: stop when the parent dies (Linux PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass


class MicFeeder(threading.Thread):
    """Writes audio into the pipe source at real-time pace, silence in between."""

    CHUNK = 320  # 20 ms

    def __init__(self, fifo: Path):
        super().__init__(daemon=True, name="practice-mic-feeder")
        self.fifo = fifo
        self._lock = threading.Lock()
        self._pending: list[np.ndarray] = []
        self._halt = threading.Event()
        self._idle = threading.Event()
        self._idle.set()

    def say(self, samples: np.ndarray) -> None:
        """Queue 16 kHz float32 samples to be 'spoken' into the microphone."""
        with self._lock:
            self._pending.append(np.asarray(samples, dtype=np.float32))
            self._idle.clear()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until everything queued has been fed in."""
        return self._idle.wait(timeout)

    def _next_chunk(self) -> np.ndarray:
        out = np.zeros(self.CHUNK, dtype=np.float32)
        filled = 0
        with self._lock:
            while filled < self.CHUNK and self._pending:
                head = self._pending[0]
                take = min(self.CHUNK - filled, len(head))
                out[filled:filled + take] = head[:take]
                filled += take
                if take == len(head):
                    self._pending.pop(0)
                else:
                    self._pending[0] = head[take:]
            if not self._pending:
                self._idle.set()
        return out

    def run(self) -> None:
        # Non-blocking: when nobody is recording, PulseAudio stops draining the FIFO, and
        # what is "said" then is lost, as it would be into a microphone nobody records.
        # A blocking writer would instead hold it back and replay it to the next recording.
        fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
        try:
            started = time.monotonic()
            sent = 0
            while not self._halt.is_set():
                chunk = self._next_chunk()
                pcm = (np.clip(chunk, -1, 1) * 32767).astype("<i2").tobytes()
                try:
                    os.write(fd, pcm)
                except BlockingIOError:
                    pass  # the source is not being read: the chunk is dropped
                sent += len(chunk)
                ahead = started + sent / SAMPLE_RATE - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
                elif ahead < -0.1:
                    # Fell behind (starved of CPU): start the schedule again from now rather
                    # than bursting the missed time out at once.
                    started, sent = time.monotonic(), 0
        except OSError:
            pass  # the server went away
        finally:
            os.close(fd)

    def stop(self) -> None:
        self._halt.set()


class VirtualAudio:
    """Context manager: a private PulseAudio server that this process uses as its devices."""

    def __init__(self):
        self.folder: Path | None = None  # made on entering, removed on leaving
        self.process: subprocess.Popen | None = None
        self.feeder: MicFeeder | None = None
        self._saved_env: dict[str, str | None] = {}

    @property
    def socket(self) -> Path:
        return self.folder / "native"

    def __enter__(self) -> "VirtualAudio":
        if shutil.which("pulseaudio") is None:
            raise PracticeError(
                "PulseAudio is not installed, so no virtual devices can be made: run "
                "`sudo apt-get install pulseaudio` (or `make demo`)"
            )
        clean_stale()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / OWNER).write_text(f"{os.getpid()} {_start_time(os.getpid())}\n")
        try:
            return self._start()
        except BaseException:
            self.__exit__()  # no server, environment or folder left behind
            raise

    def _start(self) -> "VirtualAudio":
        fifo = self.folder / "mic.fifo"
        config = self.folder / "default.pa"
        config.write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            f"load-module module-null-sink sink_name={SPEAKER} rate=48000 "
            f"sink_properties=device.description={SPEAKER}\n"
            f"load-module module-pipe-source source_name={MICROPHONE} file={fifo} "
            f"format=s16le rate={SAMPLE_RATE} channels=1\n"
            f"set-default-sink {SPEAKER}\nset-default-source {MICROPHONE}\n"
        )
        runtime = self.folder / "runtime"
        runtime.mkdir(exist_ok=True)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(self.folder))
        self.process = subprocess.Popen(
            ["pulseaudio", "-n", "-F", str(config), "--daemonize=no", "--exit-idle-time=-1",
             "--use-pid-file=no", f"--log-target=file:{self.folder / 'pulse.log'}"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # the terminal's Ctrl-C is for practice, not the server
            preexec_fn=_server_preexec,
        )
        deadline = time.monotonic() + 15
        while not (self.socket.exists() and fifo.exists()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.folder / "pulse.log")
                tail = log.read_text().strip().splitlines()[-1:] if log.exists() else []
                self._stop_server()
                raise PracticeError(
                    "could not start virtual audio devices (PulseAudio: "
                    f"{tail[0] if tail else 'no log'})"
                )
            time.sleep(0.05)
        for key, value in (("PULSE_SERVER", f"unix:{self.socket}"),
                           ("PULSE_SINK", SPEAKER), ("PULSE_SOURCE", MICROPHONE)):
            self._saved_env[key] = os.environ.get(key)
            os.environ[key] = value
        self.feeder = MicFeeder(fifo)
        self.feeder.start()
        from practice.speech.devices import refresh

        refresh()  # PortAudio must re-scan to see the new server
        return self

    def record_monitor(self, seconds: float) -> np.ndarray:
        """What the virtual speaker played over the next `seconds`, as 16 kHz float32."""
        parec = subprocess.Popen(
            ["parec", "--raw", f"--device={SPEAKER}.monitor", "--format=s16le",
             f"--rate={SAMPLE_RATE}", "--channels=1", "--latency-msec=20"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        time.sleep(seconds)
        parec.terminate()
        raw, _ = parec.communicate(timeout=5)
        return np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float32) / 32768.0

    def _stop_server(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None

    def __exit__(self, *exc) -> None:
        if self.feeder:
            self.feeder.stop()
        self._stop_server()
        if self.feeder:
            self.feeder.join(timeout=2)
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
