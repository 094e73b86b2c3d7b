"""The Coach: loads models once, then turns recordings or transcripts into call reports.

The stages run in order, each given only what it needs:
recording -> speech (Conversation) -> analysis (sections) -> coaching -> report dict.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from .audio import Recording, load_recording
from .coaching import assess_fitness, build_coaching
from .config import Config
from .conversation import Conversation
from .report.json import CallInfo, build_report
from .runtime import release_freed_memory
from .speech.progress import Progress, noop, within


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
            from .speech.transcribe import load_whisper

            self._whisper = load_whisper(self.config.asr)
        return self._whisper

    @property
    def diarizer(self):
        if self._diarizer is None:
            from .speech.pyannote.diarizer import load_diarizer

            self._diarizer = load_diarizer(self.config)
        return self._diarizer

    @property
    def phrase_model(self):
        """Sentence-embedding model for the language analysers (loaded once)."""
        with self._lock:
            if self._phrase_model is None:
                from .analysis.language import load_phrase_model

                self._phrase_model = load_phrase_model()
            return self._phrase_model

    def transcriber(self):
        """Whisper with this Coach's ASR options (loads the model on first use)."""
        from .speech.transcribe import Transcriber

        return Transcriber(self.whisper, self.config.asr)

    def _prepare_analysers_in_background(self, phrase_model: bool = True) -> None:
        """Load what the analysers need while Whisper runs.

        Whisper's CTranslate2 threads release the GIL, so importing librosa/scipy and
        loading the phrase model alongside costs little wall time; done afterwards it would
        add seconds to every single-call run. ``phrase_model=False`` leaves the phrase model
        to the language analysers (mono calls: about 0.45 GB that would otherwise sit on top
        of Whisper's and pyannote's working memory; it loads in about a second).
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

                if phrase_model:
                    self.phrase_model
            except Exception:  # pragma: no cover - the analysers report errors themselves
                pass

        self._warming = threading.Thread(target=warm, name="callcoach-warm-up", daemon=True)
        self._warming.start()

    # -- entry points -----------------------------------------------------------
    def analyze(self, path: str | os.PathLike, call_id: str | None = None,
                metadata: dict[str, Any] | None = None, progress: Progress | None = None) -> dict:
        """Analyse one recording and return its report (the JSON contract as a dict)."""
        from .speech import conversation_from_audio

        progress = progress or noop
        metadata = metadata or {}
        within(progress, "decoding")(0.0)
        recording = load_recording(path, channel=self.config.channel)
        self._prepare_analysers_in_background(phrase_model=recording.channels != 1)
        used: list = []

        def transcriber():
            if not used:
                used.append(self.transcriber())
            return used[0]

        conversation, info = conversation_from_audio(
            recording, self.config, transcriber=transcriber,
            diarizer=lambda: self.diarizer, progress=progress)
        recording.drop_resampled()  # the speech stage's 16 kHz copy, if it made one
        release_freed_memory()  # Whisper's and pyannote's working memory
        info["language"] = self._language(conversation, self.config.asr.language,
                                          used[0].detected_language if used else None)
        info["warnings"] = recording.warnings + info.get("warnings", [])
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
        within(progress, "analysing")(0.0)
        # From here only tone reads the audio, at its own rate: keep just that copy.
        recording = recording.at(self.config.tone.analysis_rate_hz)
        report = build_report(call, conversation,
                              self.analyze_sections(conversation, recording, call.diarization, call.to_dict()))
        report = self._finish(report)
        progress("done", 1.0)
        return report

    def analyze_transcript(self, path: str | os.PathLike, call_id: str | None = None,
                           metadata: dict[str, Any] | None = None) -> dict:
        """Analyse a transcript JSON (``{"segments": [...]}``); no audio, no speech models."""
        from .speech.transcript import read_transcript

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
                   "language": self._language(conversation, _given_language(metadata, given_call), None),
                   "warnings": warnings},
        )
        report = build_report(call, conversation,
                              self.analyze_sections(conversation, None, "transcript", call.to_dict()))
        return self._finish(report)

    def analyze_sections(self, conversation: Conversation, recording: Recording | None,
                         source: str, call: dict[str, Any] | None = None) -> dict:
        """Run the analysers over a Conversation; each returns one report section."""
        from .analysis.dynamics.listening import analyze_listening
        from .analysis.dynamics.talkover import analyze_talk_over, find_overlaps, punctuation_reliable
        from .analysis.language.apology import analyze_apologies
        from .analysis.language.empathy import analyze_empathy, find_agent_language
        from .analysis.language.sentiment import analyze_sentiment
        from .analysis.voice.tone import analyze_tone

        cfg = self.config
        call = call or {}
        sections: dict[str, Any] = {}
        # Overlaps are found once: talk-over reports them, listening skips their backchannels.
        overlaps = find_overlaps(conversation, cfg.talk_over,
                                 punctuation_reliable=punctuation_reliable(source, cfg.talk_over))
        sections["talk_over"] = analyze_talk_over(conversation, cfg.talk_over, source=source,
                                                  overlaps=overlaps)
        sections["listening"] = analyze_listening(conversation, cfg.listening, source=source,
                                                  talk_over=cfg.talk_over, overlaps=overlaps)
        speaker_channels = None
        if recording is not None and source == "channels" and call.get("agent_channel") in (0, 1):
            agent_ch = int(call["agent_channel"])
            speaker_channels = {"agent": agent_ch, "customer": 1 - agent_ch}
        tone_recording = recording
        if recording is not None and source == "pyannote" and recording.channels == 2:
            tone_recording = recording.mixed()  # fake stereo analysed as mono
        sections["tone"] = analyze_tone(conversation, cfg.tone, recording=tone_recording,
                                        speaker_channels=speaker_channels)
        if recording is not None:  # tone's resampled copy and working memory
            recording.drop_resampled()
            del tone_recording
            release_freed_memory()
        language_info = call.get("language") if isinstance(call.get("language"), dict) else {}
        if language_info.get("supported") is False:
            # Words the analysers cannot read are not judged: measured, not coached.
            reason = str(language_info.get("reason") or "language not supported")
            for name in ("sentiment", "apologies", "empathy"):
                sections[name] = {"available": False, "reason": reason}
            return sections
        lcfg, model = cfg.language, self.phrase_model
        name = call.get("customer_name")
        language = find_agent_language(conversation, lcfg, model, customer_name=name)
        sections["sentiment"] = analyze_sentiment(conversation, lcfg, model=model)
        sections["apologies"] = analyze_apologies(conversation, lcfg, model=model, language=language)
        sections["empathy"] = analyze_empathy(conversation, lcfg, model=model, customer_name=name,
                                              apologies=sections["apologies"], language=language)
        return sections


    @staticmethod
    def _language(conversation: Conversation, given: str | None, detected) -> dict:
        from .analysis.language.languages import call_language

        return call_language(conversation, given, detected)

    def _coach(self, report: dict) -> None:
        """Decide whether the call can be coached, then coach it (or withhold the verdicts)."""
        fitness = assess_fitness(report, self.config)
        report["call"]["coachable"] = {"ok": fitness["ok"], "reasons": fitness["reasons"]}
        if not fitness["ok"] and isinstance(report.get("empathy"), dict):
            empathy = report["empathy"]
            empathy["score_withheld"] = {"score": empathy.get("score"), "reasons": fitness["reasons"]}
            empathy["score"] = None
        report["coaching"] = build_coaching(report, self.config)

    def _finish(self, report: dict) -> dict:
        """Coach the call, then redact what must not leave the analysis (every figure is
        computed before redaction; only text is replaced)."""
        from .redact import redact_report

        _fill_customer_name(report)
        self._coach(report)
        return redact_report(report, self.config.redact)


def _fill_customer_name(report: dict) -> None:
    """Record the name the customer introduced themselves with, when none was given."""
    empathy = report.get("empathy") or {}
    if not report["call"].get("customer_name") and empathy.get("customer_name"):
        name = str(empathy["customer_name"])
        report["call"]["customer_name"] = name.title() if name.islower() else name


def _given_language(metadata: dict[str, Any], given_call: dict[str, Any]) -> str | None:
    """A transcript's language as given: metadata, else the report it came from."""
    value = metadata.get("language") or given_call.get("language")
    if isinstance(value, dict):
        value = value.get("code") if value.get("source") == "given" else None
    return str(value) if value else None
