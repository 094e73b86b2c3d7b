"""Mono calls: diarise with pyannote, transcribe once, give every word to its speaker."""
from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from ..config import Config, DiarizationConfig
from ..conversation import Conversation, Role, Word
from ..intervals import Interval
from ..intervals import merge as merge_close
from ..runtime import usable_cores
from .assemble import build_conversation
from .roles import decide_mono_roles
from .vad import detect_speech
from .words import assign_words, recover_interjections

from .progress import Progress, within

if TYPE_CHECKING:  # pragma: no cover
    from .transcribe import Transcriber

DiarizerSource = Callable[[], Any]
"""Returns the loaded diarizer (called in the diarisation thread, so loading pyannote
overlaps with Whisper)."""

class _Cancelled(Exception):
    """The call failed elsewhere; the diarisation thread stops."""


class DiarizationJob:
    """Speaker diarisation in a background thread, so it runs while Whisper transcribes.

    Both are CPU-bound, but Whisper's decoder and pyannote's small convolutions each use
    several cores poorly, and importing torch/pyannote is single-threaded: side by side
    they finish sooner than one after the other (``benchmarks/asr_overhead.py``,
    docs/measurements.md).
    """

    def __init__(self, get_diarizer: DiarizerSource, config: DiarizationConfig, audio: np.ndarray):
        import threading

        self.get_diarizer, self.config, self.audio = get_diarizer, config, audio
        self.diarizer: Any = None
        self.fraction = 0.0
        self.whisper_done = False
        self.cancelled = False
        self._result = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="callcoach-diarise", daemon=True)

    def start(self) -> "DiarizationJob":
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            diarizer = self.diarizer = self.get_diarizer()
            kwargs = {}
            if "threads" in inspect.signature(diarizer.__call__).parameters:  # callcoach's Diarizer
                alongside = getattr(diarizer, "threads", 1)
                configured = self.config.threads
                everything = configured or max(alongside, usable_cores())
                kwargs["threads"] = self._threads(alongside, everything)
            self._result = diarizer(self.audio, on_progress=self._progress, **kwargs)
        except BaseException as exc:  # re-raised in the caller's thread
            self._error = exc

    def _threads(self, alongside: int, everything: int):
        def wanted() -> int:
            if self.cancelled:
                raise _Cancelled()
            return everything if self.whisper_done else alongside
        return wanted

    def check(self) -> None:
        """Raise the diarisation's error now if it has already failed (e.g. its models
        would not load), so a call does not wait for Whisper to learn that."""
        if self._error is not None and not isinstance(self._error, _Cancelled):
            raise self._error

    def cancel(self) -> None:
        """Stop the diarisation at its next batch and wait for the thread to end (a batch
        run must not start the next call's diarisation while this one still runs)."""
        self.cancelled = True
        if self._thread.ident is not None:  # a long call's job starts only after Whisper
            self._thread.join()

    def _progress(self, fraction: float) -> None:
        self.fraction = fraction

    def result(self, progress=None):
        """Wait for the diarisation; re-raise its error in this thread.

        Whisper is done by now, so the diarisation may use every core for what is left.
        """
        self.whisper_done = True
        while self._thread.is_alive():
            self._thread.join(timeout=0.25)
            if progress:
                progress(self.fraction)
        if self._error is not None:
            raise self._error
        return self._result


def transcribe_mono(audio: np.ndarray, duration_s: float, transcriber: "Transcriber",
                    get_diarizer: DiarizerSource, config: Config, progress: "Progress",
                    warnings: list[str]) -> tuple[Conversation, dict]:
    """A one-channel call: diarised (in a thread) while Whisper transcribes, then every word
    given to its speaker and the agent chosen among the voices.

    ``audio`` is the 16 kHz signal. Returns the Conversation and the ``call`` fields this
    path adds.
    """
    cfg = config
    # Whisper's windows come from voice activity, so it need not wait for the diarisation,
    # which starts first (importing torch and pyannote takes seconds). A long call is
    # diarised after Whisper instead, so the two working sets do not add up.
    alongside = duration_s <= cfg.diarization.alongside_max_s
    job = DiarizationJob(get_diarizer, cfg.diarization, audio)
    if alongside:
        job.start()
    try:
        within(progress, "finding speech")(0.0)
        speech = detect_speech(audio, cfg.vad)
        total = max(sum(e - s for s, e in speech), 1e-9)
        transcribed = within(progress, "transcribing")
        transcribed(0.0)

        def on_progress(t: float) -> None:
            job.check()
            transcribed(t / total)

        words = transcriber.transcribe(audio, speech, cfg.vad.asr_pad_s, on_progress=on_progress)
        diarised = within(progress, "diarising")
        diarised(0.0)
        if not alongside:  # Whisper has handed its freed pages back after its last group
            job.whisper_done = True
            job.start()
        result = job.result(diarised)
    except BaseException:
        job.cancel()
        raise
    turns = {label: [iv for iv in ivs if iv[1] - iv[0] >= cfg.segments.min_turn_s]
             for label, ivs in result.turns.items()}
    turns = {label: ivs for label, ivs in turns.items() if ivs}
    by_label = assign_words(words, result.exclusive, turns, cfg.talk_over)
    recovered = (recover_interjections(transcriber, audio, turns, by_label, cfg.talk_over)
                 if cfg.asr.recover_interjections else 0)

    labels = sorted(turns, key=lambda lb: turns[lb][0][0])
    decision = decide_mono_roles(labels, turns, by_label, cfg.roles)
    roles: dict[str, Role] = {}
    if labels:
        roles[decision.agent] = "agent"
    # Every other label is the customer side (a call has two parties; extra clusters are
    # usually the same customer or a transfer).
    for label in labels:
        roles.setdefault(label, "customer")
    regions: dict[Role, list[Interval]] = {"agent": [], "customer": []}
    role_words: dict[Role, list[Word]] = {"agent": [], "customer": []}
    for label in labels:
        regions[roles[label]].extend(turns[label])
        role_words[roles[label]].extend(by_label.get(label, []))
    regions = {role: merge_close(ivs, 0.0) for role, ivs in regions.items() if ivs}
    conversation, dropped = build_conversation(regions, role_words, duration_s,
                                               cfg.segments.merge_gap_s)
    if not conversation.segments:
        warnings.append("no speech found")
    if len(labels) > 2:
        warnings.append(f"{len(labels)} voices found; all but the agent were labelled customer")
    wanted = cfg.diarization.num_speakers or cfg.diarization.min_speakers
    if len(labels) == 1 and wanted and wanted > 1:
        warnings.append("only one voice found: all speech is labelled agent")
    info = {
        "diarization": "pyannote",
        "diarization_model": job.diarizer.label,
        "speakers_found": len(labels),
        "roles": decision.to_dict(str(decision.agent)) if labels else None,
        "speech_found": bool(conversation.segments),
        "words_outside_speech": dropped,
        "interjection_words_recovered": recovered,
        "warnings": warnings,
    }
    return conversation, info
