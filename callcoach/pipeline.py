"""The Coach: loads models once, then turns recordings or transcripts into call reports."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .audio import ASR_SAMPLE_RATE, Recording, load_recording
from .config import Config
from .conversation import Conversation, Role, Word
from .diarize.channels import channel_speech, is_fake_stereo
from .diarize.roles import RoleDecision, decide_agent
from .assemble import build_conversation
from .coaching import build_coaching
from .report.json import CallInfo, build_report
from .transcript import read_transcript

Progress = Callable[[str, float], None]
"""A hook called with (stage description, fraction of the call done 0..1)."""


def _noop(stage: str, fraction: float) -> None:
    pass


class Coach:
    """Holds the configuration and the loaded models; build once, analyse many calls.

    Models load on first use, so building a Coach is cheap.
    """

    def __init__(self, config: Config | None = None, whisper_model: Any = None, diarizer: Any = None,
                 phrase_model: Any = None):
        self.config = config or Config()
        self._whisper = whisper_model
        self._diarizer = diarizer
        self._phrase_model = phrase_model
        self._lock = threading.RLock()
        self._warming: threading.Thread | None = None

    # -- models -----------------------------------------------------------------
    @property
    def whisper(self):
        if self._whisper is None:
            from .transcribe import load_whisper

            self._whisper = load_whisper(self.config.asr)
        return self._whisper

    @property
    def diarizer(self):
        if self._diarizer is None:
            from .diarize.pyannote import load_diarizer

            self._diarizer = load_diarizer(self.config)
        return self._diarizer

    @property
    def phrase_model(self):
        """Sentence-embedding model for the language analysers (loaded once)."""
        with self._lock:
            if self._phrase_model is None:
                from .analysis.textmodel import load_phrase_model

                self._phrase_model = load_phrase_model()
            return self._phrase_model

    def _prepare_analysers_in_background(self) -> None:
        """Load what the analysers need while Whisper runs.

        Whisper's CTranslate2 threads release the GIL, so importing librosa/scipy and
        loading the phrase model alongside costs little wall time; done afterwards it would
        add seconds to every single-call run.
        """
        if self._warming is not None:
            return

        def warm() -> None:
            try:
                # Lowest priority: use the CPU time Whisper leaves idle, not Whisper's own.
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
            except (AttributeError, OSError):  # not Linux, or not allowed
                pass
            try:
                import librosa.sequence  # noqa: F401  (pitch tracking)

                self.phrase_model
            except Exception:  # pragma: no cover - the analysers report errors themselves
                pass

        self._warming = threading.Thread(target=warm, name="callcoach-warm-up", daemon=True)
        self._warming.start()

    # -- entry points -----------------------------------------------------------
    def analyze(self, path: str | os.PathLike, call_id: str | None = None,
                metadata: dict[str, Any] | None = None, progress: Progress | None = None) -> dict:
        """Analyse one recording and return its report (the JSON contract as a dict)."""
        progress = progress or _noop
        metadata = metadata or {}
        progress("decoding", 0.0)
        recording = load_recording(path, channel=self.config.channel)
        self._prepare_analysers_in_background()
        conversation, info = self._conversation_from_audio(recording, progress)
        call = CallInfo(
            id=str(call_id or metadata.get("call_id") or metadata.get("id") or Path(path).stem),
            source=str(path),
            duration_s=recording.duration_s,
            sample_rate=recording.sample_rate,
            channels=recording.file_channels,
            diarization=info.pop("diarization"),
            asr_model=self.config.asr.model,
            agent_id=metadata.get("agent_id"),
            customer_name=metadata.get("customer_name"),
            extra=info,
        )
        progress("analysing", 0.98)
        report = build_report(call, conversation,
                              self.analyse_sections(conversation, recording, call.diarization, call.to_dict()))
        _fill_customer_name(report)
        report["coaching"] = build_coaching(report, self.config)
        progress("done", 1.0)
        return report

    def analyze_transcript(self, path: str | os.PathLike, call_id: str | None = None,
                           metadata: dict[str, Any] | None = None) -> dict:
        """Analyse a transcript JSON (``{"segments": [...]}``); no audio, no models."""
        metadata = metadata or {}
        conversation, given_call = read_transcript(path)
        warnings = [] if conversation.segments else ["no speech in transcript"]
        call = CallInfo(
            id=str(call_id or metadata.get("call_id") or given_call.get("id") or Path(path).stem),
            source=str(given_call.get("source") or path),
            duration_s=conversation.duration_s,
            sample_rate=given_call.get("sample_rate"),
            channels=given_call.get("channels"),
            diarization="transcript",
            asr_model=None,
            agent_id=metadata.get("agent_id", given_call.get("agent_id")),
            customer_name=metadata.get("customer_name", given_call.get("customer_name")),
            extra={"transcript": str(path), "speech_found": bool(conversation.segments),
                   "warnings": warnings},
        )
        report = build_report(call, conversation,
                              self.analyse_sections(conversation, None, "transcript", call.to_dict()))
        _fill_customer_name(report)
        report["coaching"] = build_coaching(report, self.config)
        return report

    def analyse_sections(self, conversation: Conversation, recording: Recording | None,
                         source: str, call: dict[str, Any] | None = None) -> dict:
        """Run the analysers over a Conversation; each returns one report section."""
        from .analysis.listening import analyze_listening
        from .analysis.talkover import analyze_talk_over

        from .analysis.apology import analyze_apologies
        from .analysis.empathy import analyze_empathy, find_agent_language
        from .analysis.sentiment import analyze_sentiment

        call = call or {}
        sections: dict[str, Any] = {}
        sections["talk_over"] = analyze_talk_over(conversation, recording, self.config, source=source)
        sections["listening"] = analyze_listening(conversation, recording, self.config, source=source)
        from .analysis.tone import analyze_tone

        speaker_channels = None
        if recording is not None and source == "channels" and call.get("agent_channel") in (0, 1):
            agent_ch = int(call["agent_channel"])
            speaker_channels = {"agent": agent_ch, "customer": 1 - agent_ch}
        tone_recording = recording
        if recording is not None and source == "pyannote" and recording.channels == 2:
            tone_recording = _mono_recording(recording)
        sections["tone"] = analyze_tone(conversation, tone_recording, self.config,
                                        speaker_channels=speaker_channels)
        lcfg, model = self.config.language, self.phrase_model
        name = call.get("customer_name")
        language = find_agent_language(conversation, lcfg, model, customer_name=name)
        sections["sentiment"] = analyze_sentiment(conversation, lcfg, model)
        sections["apologies"] = analyze_apologies(conversation, lcfg, model, language=language)
        sections["empathy"] = analyze_empathy(conversation, lcfg, model, customer_name=name,
                                              apologies=sections["apologies"], language=language)
        return sections

    # -- audio to conversation ----------------------------------------------------
    def _conversation_from_audio(self, recording: Recording, progress: Progress) -> tuple[Conversation, dict]:
        audio = recording.at_rate(ASR_SAMPLE_RATE)
        warnings: list[str] = []
        if recording.channels == 2:
            if is_fake_stereo(audio, self.config.stereo):
                warnings.append("both channels carry the same audio: analysed as mono")
                return self._mono(recording, audio.mean(axis=0), progress, warnings)
            return self._stereo(recording, audio, progress, warnings)
        return self._mono(recording, audio[0], progress, warnings)

    def _stereo(self, recording: Recording, audio: np.ndarray, progress: Progress,
                warnings: list[str]) -> tuple[Conversation, dict]:
        cfg = self.config
        progress("finding speech", 0.02)
        speech = channel_speech(audio, cfg.vad, cfg.stereo, cfg.segments.min_turn_s)
        totals = [sum(e - s for s, e in r) for r in speech.regions]
        if totals[0] > 0 and totals[1] == 0 or totals[1] > 0 and totals[0] == 0:
            # A stereo file with one silent side: both voices are on the other one.
            active = 0 if totals[0] > 0 else 1
            warnings.append(f"channel {1 - active} is silent: analysed channel {active} as mono")
            return self._mono(recording, audio[active], progress, warnings)

        speech_total = max(sum(totals), 1e-9)
        progress("transcribing", 0.05)
        words = self._transcriber().transcribe_channels(
            [(audio[ch], speech.regions[ch]) for ch in range(2)], cfg.vad.asr_pad_s,
            on_progress=lambda t: progress("transcribing", 0.05 + 0.9 * min(1.0, t / speech_total)))

        decision = self._decide_stereo_roles(speech.regions, words)
        agent = int(decision.agent)
        roles: dict[int, Role] = {agent: "agent", 1 - agent: "customer"}
        conversation, dropped = build_conversation(
            {roles[ch]: speech.regions[ch] for ch in range(2)},
            {roles[ch]: words[ch] for ch in range(2)},
            recording.duration_s, cfg.segments.merge_gap_s,
        )
        if not conversation.segments:
            warnings.append("no speech found")
        info = {
            "diarization": "channels",
            "agent_channel": agent,
            "roles": decision.to_dict(f"channel {agent}"),
            "speech_found": bool(conversation.segments),
            "crosstalk_removed_s": [round(x, 2) for x in speech.gated_s],
            "words_outside_speech": dropped,
            "warnings": warnings,
        }
        return conversation, info

    def _decide_stereo_roles(self, regions, words) -> RoleDecision:
        choice = self.config.stereo.agent_channel
        if choice in (0, 1, "0", "1"):
            return RoleDecision(int(choice), "given", 1.0, [])
        window = self.config.roles.opening_window_s
        firsts = {ch: (regions[ch][0][0] if regions[ch] else float("inf")) for ch in range(2)}
        texts = {}
        for ch in range(2):
            start = firsts[ch] if np.isfinite(firsts[ch]) else 0.0
            texts[ch] = "".join(w.word for w in words[ch] if w.start < start + window)
        return decide_agent(texts, firsts, self.config.roles.company_names)

    def _transcriber(self):
        from .transcribe import Transcriber

        return Transcriber(self.whisper, self.config.asr)

    def _mono(self, recording: Recording, audio: np.ndarray, progress: Progress,
              warnings: list[str]) -> tuple[Conversation, dict]:
        from .diarize.mono import diarize_and_transcribe

        return diarize_and_transcribe(self, recording, audio, progress, warnings)


def _fill_customer_name(report: dict) -> None:
    """Record the name the customer introduced themselves with, when none was given."""
    empathy = report.get("empathy") or {}
    if not report["call"].get("customer_name") and empathy.get("customer_name"):
        name = str(empathy["customer_name"])
        report["call"]["customer_name"] = name.title() if name.islower() else name


def _mono_recording(recording: Recording) -> Recording:
    """The recording summed to one channel (fake stereo analysed as mono)."""
    return Recording(source=recording.source, samples=recording.samples.mean(axis=0, keepdims=True),
                     sample_rate=recording.sample_rate, file_channels=recording.file_channels,
                     codec=recording.codec)
