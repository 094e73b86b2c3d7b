"""The speech stage: a Recording in, a Conversation (who said what, when) out.

Stereo calls have one speaker per channel (:mod:`.stereo`); mono calls, fake stereo and
stereo with one silent side are diarised with pyannote while Whisper transcribes
(:mod:`.mono`). Transcripts given as input enter at the Conversation (:mod:`.transcript`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from ..audio import Recording
    from ..config import Config
    from ..conversation import Conversation
    from .progress import Progress
    from .transcribe import Transcriber


def conversation_from_audio(recording: "Recording", config: "Config", *,
                            transcriber: "Callable[[], Transcriber]",
                            diarizer: Callable[[], Any],
                            progress: "Progress | None" = None) -> "tuple[Conversation, dict[str, Any]]":
    """Who said what, when, in one recording.

    Parameters
    ----------
    recording : the decoded call.
    config : all options (this stage reads ``vad``, ``stereo``, ``segments``, ``roles``,
        ``diarization``, ``asr`` and the ``talk_over`` acknowledgement lexicon).
    transcriber : returns the loaded :class:`~callcoach.speech.transcribe.Transcriber`.
    diarizer : returns the loaded diarizer; only mono calls call it, in the diarisation
        thread, so loading pyannote overlaps with Whisper.
    progress : hook called with (step, fraction of the call 0..1).

    Returns
    -------
    The Conversation, and the ``call`` fields this stage decides (``diarization``,
    ``roles``, ``agent_channel``, ``speech_found``, ``warnings``...).
    """
    from ..audio import ASR_SAMPLE_RATE
    from .mono import transcribe_mono
    from .progress import noop, within
    from .stereo import channel_speech, is_fake_stereo, silent_side, transcribe_stereo

    progress = progress or noop
    audio = recording.at_rate(ASR_SAMPLE_RATE)
    warnings: list[str] = []

    def mono(signal) -> "tuple[Conversation, dict[str, Any]]":
        if config.stereo.agent_channel in (0, 1):
            warnings.append(f"agent channel {config.stereo.agent_channel} was given, but this call is "
                            "analysed as one channel: the agent was found from what is said instead")
        return transcribe_mono(signal, recording.duration_s, transcriber(), diarizer, config,
                               progress, warnings)

    if recording.channels != 2:
        return mono(audio[0])
    if is_fake_stereo(audio, config.stereo):
        warnings.append("both channels carry the same audio: analysed as mono")
        return mono(audio.mean(axis=0))
    within(progress, "finding speech")(0.25)
    speech = channel_speech(audio, config.vad, config.stereo, config.segments.min_turn_s)
    silent = silent_side(speech)
    if silent is not None:
        # A stereo file with one silent side: both voices are on the other one.
        active = 1 - silent
        warnings.append(f"channel {silent} is silent: analysed channel {active} as mono")
        return mono(audio[active])
    return transcribe_stereo(audio, speech, recording.duration_s, transcriber(), config, progress,
                             warnings)
