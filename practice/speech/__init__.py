"""Speech in and out: the audio path from devices to words and from words to sound.

The pipeline, in order: `devices` (PortAudio), `filedevices` and `virtual` (WAV files and
PulseAudio virtual devices standing in for a sound card), `audio` (samples: read, write,
resample, measure), `vad` (Silero voice activity), `listen` (when a turn starts and ends),
`stt` (faster-whisper), then on the way out `voices` (voice profiles) and `tts` (synthesis:
the engines `piper` and `espeak`, the disk cache `ttscache`). `onnx` makes the ONNX Runtime
sessions (VAD, neural voice); `compute` lets work done ahead wait for work needed now.
Everything above this package (interview, pitch, commands) talks to these seams only.
"""
