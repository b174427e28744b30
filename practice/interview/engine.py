"""The conversation: greeting, pitch, questions and answers, time warnings, wrap-up.

`Conversation.run` drives one rehearsal over any `Channel` (voice, files or text). After
every turn it scores what the user said (pacing, phrasing, listening) with the
conversation so far and saves the session, so an interruption at any point keeps every
finished turn. Ctrl-C while the user is speaking keeps the part already said, as a turn
marked partial.

On the live voice path the reply does not wait for the saved transcript: the turn is saved
at once with the live transcriber's words (scored on them, which is what picks the reply),
and the full beam-5 transcript, word timings and scores are computed in a worker thread
once the reply has started playing; they then replace the turn in session.json. The next
turn is not scored before that is done, so the conversation so far is always the final one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np

from practice.interview.channels import Heard, Spoken
from practice.interview.pacing import turn_pacing
from practice.memory import release
from practice.speech.audio import SAMPLE_RATE
from practice.speech.compute import wait_rendered
from practice.speech.intonation import final_rise
from practice.speech.listen import ListenOptions
from practice.session.model import SessionTurn
from practice.session.store import SessionStore
from practice.trace import mark
from practice.transcript import Transcript, Word

SILENCE_PROMPT = "Take your time. Is there anything else you would like to ask me?"
# Interviewee turns that answer something: only these are "what was just said" for judging
# listening (a greeting or "what would you like to know?" leaves nothing to pick up).
ANSWER_KINDS = {"answer", "follow_up", "clarify", "example", "elaborate", "reflection_response",
                "stacked", "small_talk", "redirect", "job_ask", "referral", "follow_up_permission",
                "repeat", "recap", "unknown", "thanks"}
PITCH_PROMPT = "Whenever you're ready, tell me a little about yourself."
INAUDIBLE = "Sorry, I didn't quite catch that. Could you say it again?"


@dataclass(frozen=True)
class InterviewOptions:
    minutes: float = 20.0  # the interviewee's time budget
    warn_before: float | None = None  # seconds before the end for the warning (None: auto)
    wait_for_pitch: float = 15.0  # seconds to wait for the introduction to start
    wait_for_question: float = 12.0  # silence before the interviewee prompts
    silence_prompts: int = 1  # prompts before the interviewee ends the call politely
    max_turn: float = 60.0  # hard cap on one user turn
    pitch_target: float = 10.0

    @property
    def budget(self) -> float:
        return self.minutes * 60.0

    @property
    def warning_at(self) -> float:
        """Seconds remaining when the 'few minutes left' line is said."""
        if self.warn_before is not None:
            return self.warn_before
        return min(300.0, max(30.0, self.budget / 4))


class Observer:
    """Hooks for the screen and for the scripted demo candidate; all optional."""

    def speaking(self, text: str, kind: str) -> None: ...
    def spoke(self, turn: SessionTurn) -> None: ...
    def listening(self, kind: str) -> None: ...
    def heard(self, turn: SessionTurn) -> None: ...
    def thinking(self) -> None: ...
    def revised(self, turn: SessionTurn) -> None: ...  # a user turn's final transcript replaced the live one


class Conversation:
    def __init__(self, channel, interviewee, store: SessionStore,
                 transcribe: Callable[[np.ndarray], Transcript] | None,
                 score: Callable[..., dict], options: InterviewOptions,
                 observers: list[Observer] | None = None,
                 score_pitch: Callable[..., dict | None] | None = None,
                 prepare: Callable[[str], None] | None = None):
        self.channel = channel
        self.interviewee = interviewee
        self.store = store
        self.transcribe = transcribe
        self.score = score
        self.score_pitch = score_pitch
        self.prepare = prepare  # readies the scorer for an answer while the user takes it in
        self.options = options
        self.observers = observers or []
        self.t0 = channel.now()
        self.last_spoken: Spoken | None = None
        self.last_kind: str | None = None
        self.history: list[tuple[str, str]] = []
        self.warned = False
        self.time_up = False
        self._lock = threading.RLock()  # the store is written from the final-transcript worker too
        self._final: threading.Thread | None = None
        self._final_job = None  # started once the reply begins to play
        self._final_error: BaseException | None = None
        if hasattr(channel, "on_playback"):
            before = channel.on_playback  # the runner's (warming up once the greeting plays)

            def on_playback() -> None:
                if before is not None:
                    before()
                self._start_final()

            channel.on_playback = on_playback

    # ------------------------------------------------------------------ helpers

    def _emit(self, name: str, *args) -> None:
        for observer in self.observers:
            getattr(observer, name)(*args)

    def elapsed(self) -> float:
        return self.channel.now() - self.t0

    def remaining(self) -> float:
        return self.options.budget - self.elapsed()

    def _t(self, clock_time: float) -> float:
        return clock_time - self.t0

    # ------------------------------------------------------------------ interviewee

    def say(self, text: str, kind: str, topic: str | None = None, detail: str | None = None) -> Spoken:
        self._emit("speaking", text, kind)
        spoken = self.channel.speak(text)
        audio = None
        if spoken.samples is not None and self.channel.mode != "text":
            audio = self.store.save_audio(f"{len(self.store.session.turns) + 1:03d}-interviewee.wav",
                                          spoken.samples)
        turn = SessionTurn("interviewee", text, self._t(spoken.start), self._t(spoken.end), kind,
                           audio=audio, interrupted=spoken.interrupted, topic=topic, detail=detail)
        self._start_final()  # the line was not played (no on_playback): finish the turn now
        self._add(turn)
        if kind in ANSWER_KINDS:  # the scorer's "conversation so far" holds answers only
            self.history.append(("interviewee", text))
            if self.prepare is not None:  # not on the path from the user's last word to the reply
                self.prepare(text)
        self.last_spoken = spoken
        self.last_kind = kind
        self._emit("spoke", turn)
        return spoken

    # ------------------------------------------------------------------ user

    def hear(self, kind: str, wait: float) -> tuple[Heard, SessionTurn | None]:
        """Listen for one user turn; returns what was heard and the saved turn (if any)."""
        self._emit("listening", kind)
        options = ListenOptions(wait_for_speech=wait, max_turn=self.options.max_turn)
        heard = self.channel.hear(options)
        if heard.ended_by == "end_of_script" or not heard.heard_speech:
            if heard.ended_by == "interrupted":
                raise KeyboardInterrupt
            return heard, None
        self._emit("thinking")
        self._settle()  # the previous turn's final transcript: the scorer's history needs it
        if heard.live_text is not None and heard.samples is not None:
            turn = self._live_turn(heard, kind)
            if heard.ended_by == "interrupted":  # Ctrl-C mid-turn: its live words are kept, then stop
                raise KeyboardInterrupt
            return heard, turn
        try:
            turn = self._user_turn(heard, kind)
        except KeyboardInterrupt:
            # Ctrl-C while it was being transcribed: keep the turn, and its audio, unscored
            audio = self._audio_name if (self.store.folder / self._audio_name).exists() else None
            self._add(SessionTurn(
                "user", heard.text or "", self._t(heard.speech_start), self._t(heard.speech_end or heard.speech_start), kind,
                audio=audio, listen_start=self._t(heard.listen_start), partial=True))
            raise
        self._add(turn)
        self.history.append(("user", turn.text))
        self._emit("heard", turn)
        if heard.ended_by == "interrupted":
            raise KeyboardInterrupt
        return heard, turn

    def _add(self, turn: SessionTurn) -> None:
        with self._lock:
            self.store.add_turn(turn)

    def _live_turn(self, heard: Heard, kind: str) -> SessionTurn:
        """The turn as the live transcriber heard it, saved now; its final version is made
        once the reply plays (`_start_final`)."""
        text = heard.live_text.strip()
        previous_text = self.last_spoken.text if self.last_kind in ANSWER_KINDS else None
        scores = dict(self.score(text, previous=previous_text, history=list(self.history)))
        scores.pop("text", None)
        audio = self.store.save_audio(self._audio_name, heard.samples)
        live = SessionTurn("user", text, self._t(heard.speech_start), self._t(heard.speech_end), kind,
                           audio=audio, scores=scores, listen_start=self._t(heard.listen_start),
                           interrupted=heard.interrupted)
        history_at = len(self.history)
        history = list(self.history)
        before = (self.last_spoken, self.last_kind)
        self._add(live)
        self.history.append(("user", text))
        mark("live_turn_saved", words=text)
        self._emit("heard", live)

        def final() -> None:
            wait_rendered(timeout=15.0)  # not beside the reply's rendering (practice.speech.compute)
            release()  # the live passes' buffers go back before the big pass (practice.memory)
            try:
                # scored against the conversation as it was when the turn ended
                turn = self._user_turn(heard, kind, audio_name=audio, history=history, before=before)
            except BaseException as exc:  # raised in the conversation's thread by _settle
                self._final_error = exc
                return
            with self._lock:
                self.store.replace_turn(live, turn)
                self.history[history_at] = ("user", turn.text)
            mark("final_turn_saved", words=turn.text)
            release()  # the passes' buffers, kept by the allocator otherwise (practice.memory)
            self._emit("revised", turn)

        self._final_job = final
        return live

    def _start_final(self) -> None:
        """Start the pending final transcription (called when the reply starts playing)."""
        job, self._final_job = self._final_job, None
        if job is not None:
            self._final = threading.Thread(target=job, name="practice-final-stt", daemon=True)
            self._final.start()

    def _settle(self) -> None:
        """Wait for the last turn's final transcript (it is saved before anything else is)."""
        self._start_final()
        if self._final is not None:
            self._final.join()
            self._final = None
        error, self._final_error = self._final_error, None
        if error is not None:
            raise error

    @property
    def _audio_name(self) -> str:
        """The file the next user turn's audio is saved as."""
        return f"{len(self.store.session.turns) + 1:03d}-user.wav"

    def _user_turn(self, heard: Heard, kind: str, audio_name: str | None = None,
                   history: list | None = None, before: tuple | None = None) -> SessionTurn:
        """The scored turn. `history` and `before` (the interviewee's last line and its
        kind) default to now; the final-transcript worker passes those of the turn's end."""
        last_spoken, last_kind = before or (self.last_spoken, self.last_kind)
        previous_end = self._t(last_spoken.end) if last_spoken else None
        previous_text = last_spoken.text if last_kind in ANSWER_KINDS else None
        words: list[Word] = []
        transcript = None
        audio = None
        if heard.samples is not None:
            audio = audio_name or self.store.save_audio(self._audio_name, heard.samples)
            transcript = self.transcribe(heard.samples)
            offset = self._t(heard.audio_start)
            words = [Word(w.word, w.start + offset, w.end + offset, w.probability) for w in transcript.words]
            text = transcript.text.strip()
            start = words[0].start if words else self._t(heard.speech_start)
            end = words[-1].end if words else self._t(heard.speech_end)
            start = min(start, self._t(heard.speech_start))
        else:
            text = heard.text or ""
            start, end = self._t(heard.speech_start), self._t(heard.speech_end)
        history = list(self.history) if history is None else history
        # a final pitch rise on the turn's own recording marks a yes/no question the transcript
        # may have written as a statement (issue 14); typed turns have no audio and no rise
        rise = final_rise(heard.samples, SAMPLE_RATE).rise if heard.samples is not None else None
        scores = dict(self.score(text, previous=previous_text, history=history, rise=rise))
        scores.pop("text", None)
        scores["rise"] = rise
        if heard.samples is not None:
            interrupted = heard.interrupted or (
                last_spoken is not None and last_spoken.interrupted)
            pacing = turn_pacing(words, self._t(heard.speech_start), self._t(heard.speech_end),
                                 previous_end, interrupted)
            scores["pacing"] = pacing.to_dict()
            scores["interrupting"] = pacing.interrupting
        else:
            scores["pacing"] = None
        if kind == "pitch" and self.score_pitch is not None:
            # the cue (being given the floor) as an offset into the turn's audio
            cue = heard.listen_start - heard.audio_start if transcript is not None else 0.0
            scores["pitch"] = self.score_pitch(transcript or Transcript(text, 0.0, "text"),
                                               heard.samples, cue, self.options.pitch_target)
        return SessionTurn(
            "user", text, start, end, kind, audio=audio,
            words=[w.to_dict() for w in words], scores=scores,
            listen_start=self._t(heard.listen_start),
            interrupted=bool(scores.get("interrupting")),
            partial=heard.ended_by == "interrupted",
        )

    # ------------------------------------------------------------------ the flow

    def run(self) -> str:
        """Run the whole conversation; returns why it ended. Saves as it goes."""
        try:
            return self._run()
        finally:
            self._settle()  # the last turn's final transcript is saved, even on Ctrl-C

    def _run(self) -> str:
        iv = self.interviewee
        self.say(iv.greeting(), "greeting")
        heard, pitch = self.hear("pitch", self.options.wait_for_pitch)
        if heard.ended_by == "end_of_script":
            return self._end("end_of_script")
        if pitch is None:
            self.say(PITCH_PROMPT, "prompt")
            heard, pitch = self.hear("pitch", self.options.wait_for_pitch)
            if pitch is None:
                return self._close("silence")
        self.say(iv.pitch_response(), "pitch_response")
        silences = 0
        thanked = False  # thanks, then nothing more: the user has wrapped up
        while True:
            heard, turn = self.hear("question", self.options.wait_for_question)
            if heard.ended_by == "end_of_script":
                return self._close("closing" if thanked else "end_of_script")
            if turn is None:
                silences += 1
                if thanked:
                    return self._close("closing")
                if silences > self.options.silence_prompts:
                    return self._close("silence")
                self.say(SILENCE_PROMPT, "prompt")
                continue
            silences = 0
            if not turn.text:
                self.say(INAUDIBLE, "inaudible")
                continue
            # the coach's judgement of the turn, so the interviewee answers what the user was told
            reply = iv.reply(turn.text, turn.scores.get("question_type"))
            mark("reply_chosen", kind=reply.kind)
            if self.time_up:
                if reply.kind in ("thanks", "referral", "job_ask", "follow_up_permission", "closing"):
                    self.say(reply.text, reply.kind, reply.topic, reply.detail)
                return self._end("closing") if reply.kind == "closing" else self._close("time_up")
            self.say(reply.text, reply.kind, reply.topic, reply.detail)
            if reply.kind == "closing":  # the user said goodbye and was answered with the closing line
                return self._end("closing")
            thanked = reply.kind == "thanks"
            self._check_time(wrapping_up=thanked)

    def _check_time(self, wrapping_up: bool = False) -> None:
        """Warn once near the end, unless the user is already wrapping up: after "thank you
        so much for your time", "just a heads up, I have a meeting" is out of place."""
        remaining = self.remaining()
        if not self.time_up and remaining <= 0:
            self.time_up = True
            self.say(self.interviewee.time_up(), "time_up")
        elif not self.warned and not wrapping_up and remaining <= self.options.warning_at:
            self.warned = True
            self.say(self.interviewee.time_warning(remaining), "time_warning")

    def _close(self, ended_by: str) -> str:
        self.say(self.interviewee.closing(), "closing")
        return self._end(ended_by)

    def _end(self, ended_by: str) -> str:
        self._settle()
        self.store.finish(ended_by, complete=True)
        return ended_by
