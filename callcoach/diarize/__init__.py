"""Who speaks when: per-channel speech for stereo calls, pyannote for mono, and roles."""
