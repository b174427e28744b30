"""Speech in and out: the audio path from devices to words and from words to sound.

The pipeline, in order: `devices` (PortAudio), `filedevices` and `virtual` (WAV files and
PulseAudio virtual devices standing in for a sound card), `audio` (samples: read, write,
resample, measure), `vad` (Silero voice activity), `listen` (when a turn starts and ends),
`stt` (faster-whisper), then on the way out `voices` (voice profiles) and `tts` (synthesis).
Everything above this package (interview, pitch, commands) talks to these seams only.
"""
