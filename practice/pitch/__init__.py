"""The 10-second pitch: record it, time it on the speech itself, and say how to improve it.

`words` turns Whisper's words into tokens, sentences and clauses and marks fillers;
`checklist` finds the four things a pitch must say; `analysis` (pure) turns a transcript and
the voice-activity regions into a `PitchResult`; `tips` ranks the advice; `compare` sets an
attempt against the previous one; `store` saves attempts; `record` gets the audio from the
microphone or a file; `render` shows it all in the terminal.
"""
