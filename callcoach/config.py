"""Every option and threshold of callcoach in one typed object, loadable from TOML."""
from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, published as tomli
    import tomli as tomllib

from .errors import CallcoachError
from .option_checks import apply_table, validate_tree


@dataclass
class AsrConfig:
    """Speech recognition (faster-whisper)."""

    model: str = "base"
    """``base`` (bundled, default), ``tiny.en`` (bundled), a CTranslate2 model folder, or a
    model name a user's faster-whisper can fetch (only when they have hub access)."""
    device: str = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = 0
    """0 = all cores."""
    language: str | None = "en"
    """None lets Whisper detect the language (about 2x slower)."""
    beam_size: int = 5
    word_timestamps: bool = True
    recover_interjections: bool = True
    """Mono calls: transcribe short turns that got no words once more on their own and keep
    any acknowledgement words ("okay", "right"): Whisper's pass over the mixed call drops
    many backchannels spoken over the other voice."""
    batch_size: int = 4
    """Whisper windows (up to 29 s of speech each) decoded together (faster than sequential
    decoding: ``benchmarks/asr_overhead.py``; 4 needs ~0.27 GB less than 8, docs/measurements.md). 1 =
    faster-whisper's sequential decoder, which carries the text of one window into the next."""


@dataclass
class VadConfig:
    """Speech activity per channel (Silero VAD shipped in faster-whisper)."""

    threshold: float = 0.5
    """Silero speech probability above which a 32 ms window is speech."""
    assist_threshold: float = 0.15
    """Lower probability accepted where the window is also clearly above the noise floor
    (telephone-band speech often scores 0.2-0.5)."""
    assist_snr_db: float = 15.0
    """How far above the channel's noise floor (10th percentile level) such a window must be."""
    strong_assist_threshold: float = 0.005
    strong_assist_snr_db: float = 30.0
    """A window this far above the noise floor counts as speech with a score of only
    ``strong_assist_threshold`` (a male neural voice through an 8 kHz line scores 0.00-0.15 on
    clear words; at 0.02, 10 customer turns of blind v12's stereo calls went unheard)."""
    min_speech_duration_ms: int = 150
    min_silence_duration_ms: int = 300
    speech_pad_ms: int = 60
    """Padding added around each detected stretch of speech in the speech map."""
    asr_pad_s: float = 0.3
    """Extra audio kept around speech when cutting chunks for Whisper (context for word
    onsets the VAD clipped; 0.2-0.5 s measured within noise of each other on the samples)."""


@dataclass
class StereoConfig:
    """Two-channel calls: one speaker per channel."""

    agent_channel: Literal[0, 1, "auto", "default"] = "default"
    """0 or 1 (roles method ``given``), ``auto`` (from the opening words) or ``default``
    (channel 0, checked against the opening words: roles method ``default``)."""
    crosstalk_gate_db: float = 6.0
    """Speech on one channel is discarded as echo/crosstalk where it is this many dB
    (relative to each channel's own speech level) below the other channel."""
    fake_stereo_correlation: float = 0.98
    """Channels whose samples correlate above this are one signal: treated as mono."""


@dataclass
class SegmentConfig:
    """How the speech map is cut into segments."""

    merge_gap_s: float = 0.5
    """Same-speaker speech separated by less than this is one segment."""
    min_turn_s: float = 0.12
    """Speech shorter than this is dropped from the speech map."""


@dataclass
class RolesConfig:
    """Who is the agent when it is not given."""

    company_names: list[str] = field(default_factory=list)
    """Your company's names; hearing one in a greeting marks the agent."""
    opening_window_s: float = 60.0
    """Only the opening of the call is read to decide roles."""
    agent_speaker: str = "auto"
    """Mono calls: ``auto`` (from what is said, falling back to who spoke first) or ``first``."""


@dataclass
class DiarizationConfig:
    """Mono calls: pyannote.audio speaker diarisation."""

    model: str | None = None
    """None = the bundled segmentation-3.0 + CAM++ pipeline; else a local pyannote pipeline
    folder, or a hub id (needs HF_TOKEN in the environment and network access)."""
    step: float = 0.1
    """Segmentation window step, a fraction of the 10 s window: 0.1 (``--diarization accurate``,
    default) or 0.5 (``fast``); trade-off in docs/measurements.md."""
    num_speakers: int | None = 2
    """Calls have two parties; None lets min/max_speakers bound the count."""
    min_speakers: int | None = None
    max_speakers: int | None = None
    clustering_threshold: float = 0.6
    min_cluster_size: int = 5
    min_duration_off_s: float = 0.0
    embedding_exclude_overlap: bool = True
    split_pause_s: float = 0.3
    """Bundled pipeline, steps <= 0.25: re-check each window's local speakers across pauses this
    long (segmentation-3.0 can give two people trading short turns one local speaker); 0 = off."""
    threads: int = 0
    """Torch threads for diarisation. 0 = a quarter of the cores, at least 1: it runs
    alongside Whisper, which keeps the rest busy."""
    alongside_max_s: float = 3600.0
    """Calls up to this long are diarised while Whisper runs; longer ones after it, with
    every core: slower, but their peaks do not add up (docs/measurements.md)."""


@dataclass
class TalkOverConfig:
    """Overlaps, interruptions and backchannels (callcoach.analysis.dynamics.talkover)."""

    min_overlap_s: float = 0.12
    """Overlaps shorter than this are no event: twice the speech map's padding
    (``VadConfig.speech_pad_ms`` = 60 ms per edge), i.e. within voice-activity edge jitter,
    and heard as a smooth hand-over."""
    floor_gap_s: float = 0.5
    """Pauses up to this long inside one speaker's speech are bridged into one utterance
    (pauses within a sentence are mostly shorter)."""
    simultaneous_start_s: float = 0.2
    """Both starting within this of each other is a collision, not an interruption: about one
    human reaction time, too soon to have heard the other begin."""
    backchannel_max_s: float = 2.0
    """An utterance of only acknowledgement tokens up to this long is a backchannel (single
    tokens last 0.2-0.6 s; this leaves room for "okay, I see, right")."""
    wordless_backchannel_max_s: float = 1.0
    """An utterance without recognised words (ASR often drops a quiet "mm-hmm") up to this
    long, inside the other's still-continuing speech, is a backchannel."""
    interruption_min_words: int = 2
    """Coming in with at least this many of the other's words still to come (before a
    transition-relevance place) and taking the floor or talking over them interrupts..."""
    interruption_min_s: float = 0.5
    """...with at least this much of their speech to come (sources: docs/dynamics.md)."""
    hand_over_max_words: int = 1
    """Coming in on the other's last word (at most this many left) is latching, never an
    interruption..."""
    hand_over_max_s: float = 0.3
    """...as is coming in with this much or less left; in between: an early hand-over."""
    cut_word_max_probability: float = 0.3
    """The interrupted speaker stopped with their last word under way when the other came in,
    and speech recognition gave that word less than this probability: a word broken off
    (recognisers write cut-off speech as a complete sentence, but barely hear its last,
    unfinished word). Read only where word probabilities exist (audio)."""
    completion_sync_s: float = 0.5
    """Cooperative completion: the interrupter's overlapping words are each said by the other
    within this many seconds (both saying the same words together)."""
    evidence_words: int = 8
    """How many of the interrupter's first / the interrupted speaker's last words an event keeps."""
    backchannel_phrases: list[str] = field(default_factory=lambda: [
        "mm-hmm", "mhm", "mm", "hmm", "uh-huh", "uh huh", "huh", "yeah", "yep", "yup", "yes",
        "right", "okay", "ok", "alright", "all right", "sure", "i see", "got it", "gotcha",
        "oh", "ah", "aha", "oh okay", "oh i see", "i understand", "understood", "exactly",
        "absolutely", "of course", "true", "indeed", "uh", "um", "wow", "really", "cool", "great",
        "perfect", "fine", "sure thing", "that's right", "makes sense", "i know"])
    """Acknowledgement tokens (phrases are matched as whole words, any combination of them:
    "okay I see" is "okay" + "I see"). Listener responses as described in the backchannel
    literature (Yngve 1970; Ward & Tsukahara 2000); replace the list to change it."""
    extra_backchannel_phrases: list[str] = field(default_factory=list)
    """Added to ``backchannel_phrases`` (to extend the defaults without repeating them)."""
    laughter_tokens: list[str] = field(default_factory=lambda: [
        "laughter", "laughs", "laughing", "laugh", "ha", "haha", "heh", "hehe"])
    """Tokens that are laughter (also any "hahaha"/"hehehe" and bracketed "[laughter]"):
    laughter over the other's speech is a backchannel of any length."""
    # Deprecated, no effect (the words still to come decide, for every input): still
    # accepted so that existing config files load.
    trust_asr_full_stops: bool = False
    cut_off_window_s: float = 1.5
    unknown_text_cut_off_s: float = 0.5
    long_overlap_s: float = 1.5


@dataclass
class ListeningConfig:
    """Talk share, silences, monologues, latency (callcoach.analysis.dynamics.listening)."""

    call_type: Literal["support", "sales"] = "support"
    """What kind of calls these are; it picks the talk-share target when
    ``target_agent_talk_ratio`` is not set."""
    target_agent_talk_ratio: float | None = None
    """Coaching target for ``agent_talk_ratio``; None = the call type's target below (or
    your queue's own, suggested by ``callcoach calibrate``)."""
    sales_talk_ratio_target: float = 0.43
    """Sales calls: Gong Labs' published analysis of sales calls found top performers talk
    about 43% of the time (the "43:57 talk-to-listen ratio")."""
    support_talk_ratio_target: float = 0.5
    """Support calls: no published benchmark we could check; in support the agent also
    explains the fix, so an even share is the neutral reference, and the tip only fires
    well above it (``[coaching] talk_ratio_margin``). Calibrate it per queue from your own
    archive (``callcoach calibrate``)."""

    def talk_ratio_target(self) -> float:
        """The talk-share target in force."""
        if self.target_agent_talk_ratio is not None:
            return self.target_agent_talk_ratio
        return self.sales_talk_ratio_target if self.call_type == "sales" else self.support_talk_ratio_target
    dead_air_min_s: float = 5.0
    """A silence this long is dead air: the 5-second threshold contact-centre speech
    analytics commonly use for silence/dead-air alerts."""
    count_boundary_silence: bool = False
    """Count silence before the first and after the last speech in ``silence_s`` and as dead
    air. Off by default: it is ringing, connection set-up or recording tail, not the agent."""
    hold_lookback_s: float = 10.0
    """A hold phrase said by the agent up to this long before a dead air marks it as a hold."""
    hold_phrases: list[str] = field(default_factory=lambda: [
        "let me check", "let me look", "let me see", "let me find", "let me pull", "let me just",
        "let me have a look", "let me take a look", "let me verify", "let me confirm",
        "one moment", "one second", "one sec", "just a moment", "just a second", "just a sec",
        "a moment please", "bear with me", "please hold", "hold please", "hold on",
        "on hold", "give me a moment", "give me a second", "give me a minute",
        "i'll be right back", "while i check", "while i look", "i'll check", "i will check"])
    """What agents say before a silence they are about to cause (whole words, any case)."""
    extra_hold_phrases: list[str] = field(default_factory=list)
    """Added to ``hold_phrases``."""
    customer_hold_phrases: list[str] = field(default_factory=lambda: [
        "hold on", "hang on", "one moment", "one second", "one sec", "just a moment", "just a second",
        "just a sec", "give me a moment", "give me a second", "give me a sec", "give me a minute", "bear with me",
        "wait a moment", "wait a second", "wait a minute", "let me find", "let me get", "let me grab",
        "let me look", "let me check", "let me just", "let me see if", "i'll get it", "i'll just get",
        "i need to find", "where did i put"])
    """What customers say before a silence they cause: then it is theirs, not dead air."""
    long_hold_s: float = 60.0
    """An agent-announced hold this long is a ``long_hold`` (check back within a minute)."""
    monologue_pause_s: float = 1.0
    """Within a monologue, pauses up to this long are bridged (pauses inside a speaker's turn
    are mostly shorter than a second; a longer one offers the other the floor)."""
    question_openers: list[str] = field(default_factory=lambda: [
        "what", "why", "how", "when", "where", "who", "whom", "whose", "which",
        "can", "could", "would", "will", "do", "does", "did", "is", "are", "was", "were",
        "have", "has", "may", "might", "shall", "should", "am",
        "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't"])
    """For text without punctuation: a sentence opening with one of these (after fillers such
    as "so", "okay") is a question."""


@dataclass
class ToneConfig:
    """Pitch, loudness, pace and raised voice (callcoach.analysis.voice.tone)."""

    analysis_rate_hz: int = 8000
    """Pitch and loudness are measured at this rate. The telephone band (300-3400 Hz) fits
    in 8 kHz, voice pitch needs far less, and it is half the work of 16 kHz."""
    fmin_hz: float = 60.0
    """Lowest pitch searched: below deep male voices (~75 Hz), above mains hum."""
    fmax_hz: float = 400.0
    """Highest pitch searched: above raised female voices (~350 Hz). A narrower range is
    cheaper and leaves fewer octave errors to choose from."""
    frame_s: float = 0.040
    """Analysis window: two periods of ``fmin_hz`` fit, as YIN needs."""
    hop_s: float = 0.020
    """Frame step. Pitch statistics and 1 s raised-voice stretches need no finer step;
    10 ms costs twice as much for the same medians and ranges."""
    pitch_resolution_semitones: float = 0.5
    """Bin width of the pYIN pitch tracker's hidden states. The reported pitch is the exact
    YIN candidate the tracker chose, so coarse bins cost no precision; the tracker's work
    grows with the square of the number of bins."""
    pitch_lowpass_hz: float = 1000.0
    """Pitch is tracked on the signal low-passed here (as the YIN paper advises): the
    harmonics above carry more jitter and noise than pitch. 0 turns the filter off."""
    voicing_threshold_mean: float = 0.15
    """Mean of the beta prior over YIN thresholds in the pitch pass (pYIN's own is 0.1).
    Telephone band limiting and codecs make voiced speech look less periodic to YIN, and
    pYIN's prior calls much of it unvoiced; higher finds more voice and more errors."""
    register_below_semitones: float = 5.0
    """The pitch pass searches from this far below the speaker's lower quartile (found by
    a first, strict pass)..."""
    register_above_semitones: float = 7.0
    """...to this far above their upper quartile: room for a raised voice, while formant
    ripples of band-limited speech well above the voice are never taken for its pitch."""
    register_min_voiced_s: float = 0.5
    """Voiced speech the first pass needs to find a register; with less the strict pass
    is the result."""
    min_voiced_s: float = 2.0
    """A speaker needs this much voiced speech for pitch range and ``monotone``; below it
    they are reported as null (too little to judge)."""
    monotone_range_semitones: float = 3.0
    """Pitch range (10th-90th percentile, semitones) under which a speaker sounds
    monotone. Flat speech measures about 1, lively speech about 6 (FINDINGS, Prosody)."""
    active_range_db: float = 35.0
    """Frames within this many dB of a speaker's loud frames (95th percentile) are active
    speech; quieter ones (pauses inside a turn, line noise) are left out of loudness."""
    raised_loudness_db: float = 6.0
    """Raised voice: short-term loudness this far above the speaker's own typical level
    in this call (a clearly audible step; shouting is 10 dB or more)."""
    raised_pitch_semitones: float = 2.0
    """A raised voice also goes up in pitch with vocal effort (median over the stretch,
    against the speaker's median); a speaker who merely moved closer to the microphone
    does not. 0 uses loudness alone."""
    raised_min_s: float = 1.0
    """Shorter loud moments (one stressed word, a laugh) are not a raised voice."""
    raised_window_s: float = 1.0
    """Short-term loudness is the mean level over this window: long enough to smooth
    over single words, short enough to find a one-second outburst."""
    rate_min_words: int = 3
    """Timeline segments with fewer words get no speaking rate (one word gives none)."""


@dataclass
class LanguageConfig:
    """Empathy phrases, apologies, sentiment (callcoach.analysis.language)."""

    # -- sentences --------------------------------------------------------------
    pause_split_s: float = 0.6
    """A gap between words of at least this (seconds) ends a sentence (ASR text may have no
    punctuation)."""
    max_sentence_words: int = 25
    """Longer runs of words without punctuation or pause are cut into sentences of this size."""
    window_words: int = 8
    """Long sentences are also scored as windows of this many words."""
    window_min_sentence_words: int = 12
    """Sentences with more words than this get windows (mostly ASR run-ons without
    punctuation; shorter sentences are read whole, which is more reliable)."""
    min_clause_words: int = 2
    """Comma-separated parts of a sentence with at least this many words are also scored."""
    window_stride_words: int = 4
    """Step between windows, in words."""
    window_extra_probability: float = 0.1
    """Added to every threshold below for a window (a fragment of a sentence)."""
    # -- empathy phrases ----------------------------------------------------------
    phrase_threshold_offset: float = 0.0
    """Added to each family's threshold (fitted with the heads; > 0 is stricter)."""
    apology_with_word_probability: float = 0.4
    """A sentence with an apology word ("sorry", "apologies", "lo siento") that is not a
    procedural "sorry" is an apology when the head gives at least this..."""
    apology_without_word_probability: float = 0.5
    """...and one without ("we really dropped the ball", "I feel terrible that...") needs a
    phrase of regret and at least this."""
    dismissive_min_probability: float = 0.5
    """Probability of any dismissive category (against ``none``) for a model finding."""
    specific_min_probability: float = 0.5
    """Specific apology: the head gives this, or it shares a word with the customer's."""
    name_match_threshold: float = 85.0
    """Fuzzy similarity (0-100, rapidfuzz ratio) for an agent word to count as the customer's
    name (ASR spells names oddly); chosen on the name pairs in tests/test_language_names.py."""
    name_intro_window_s: float = 120.0
    """A self-introduction ("this is John") counts this early in the call ("my name is" anywhere)."""
    # -- apologies ----------------------------------------------------------------
    action_window_turns: int = 4
    """``followed_by_action``: a concrete step in the apology's turn or this many agent turns
    after it ("let me check that", "thanks for waiting" often come between)."""
    over_apology_count: int = 5
    """Over-apologising needs at least this many apologies in the call..."""
    over_apology_per_10min: float = 4.0
    """...and at least this many per 10 minutes of call (5 in a 2-hour call is not too many)."""
    over_apology_unanswered: int = 3
    """This many apologies in a row with no action after any of them is over-apologising too,
    when each came within ``over_apology_run_gap_s`` of the one before."""
    over_apology_run_gap_s: float = 600.0
    distress_threshold: float = -0.8
    """A customer sentence (or pair of sentences of a turn) at or below this is distress
    (``first_distress_s``); chosen on the development calls (docs/language.md)."""
    answered_distress_threshold: float = -0.4
    """...and at or below this when the agent's next turn apologises or acknowledges it."""
    # -- empathy score --------------------------------------------------------------
    score_base: float = 50.0
    """Score of a call with no empathy, no dismissive phrase and no distress."""
    score_per_family: float = 8.0
    """Points per distinct empathy family the agent used."""
    score_per_repeat: float = 2.0
    """Points per further empathy phrase beyond the first of its family."""
    score_empathy_cap: float = 40.0
    """Most points empathy phrases can add."""
    score_per_dismissive: float = 12.0
    """Points taken per dismissive phrase."""
    score_dismissive_cap: float = 50.0
    """Most points dismissive phrases can take."""
    prompt_response_s: float = 30.0
    """An apology or acknowledgement this soon after the first distress earns
    ``score_prompt_bonus``; later, half; none at all costs ``score_no_response_penalty``."""
    score_prompt_bonus: float = 10.0
    score_no_response_penalty: float = 15.0
    score_over_apology_penalty: float = 5.0


@dataclass
class CoachingConfig:
    """Which moments of a call become coaching tips, and how tips are ranked (callcoach.coaching)."""

    max_improvements: int = 3
    """Tips shown per call: an agent acts on a few, not on a list."""
    min_call_s: float = 20.0
    """A call with less conversation than this (first to last speech) is not coached: a
    greeting and a goodbye say nothing about empathy."""
    min_party_speech_s: float = 5.0
    """Each side must speak at least this long..."""
    min_party_turns: int = 2
    """...in at least this many turns, or the call is not coached (one side missing, a
    monologue, a read text)."""
    min_service_cues: int = 2
    """Without given or recognised roles, the agent side must say at least this many
    service-call phrases (greeting, offer of help, account check, a step taken, a close)."""
    acknowledge_before_s: float = 10.0
    """An apology or acknowledgement this soon before a complaint also answers it (the agent
    said "I'm sorry" as the customer was still explaining)."""
    max_strengths: int = 3
    """Strengths shown per call."""
    ranking: list[str] = field(default_factory=lambda: [
        "dismissive_phrase", "unacknowledged_distress", "agent_interruption", "moved_on",
        "late_acknowledgement", "unannounced_dead_air", "agent_raised_voice", "sentiment_drop",
        "over_apologising", "long_monologue", "talk_ratio", "fast_pace", "monotone"])
    """Improvement kinds, most important first: words that hurt, then a problem left
    unacknowledged, then talking over the customer, then silence, then outcome, then
    balance and delivery. Within a kind the largest instance wins; kinds not listed come last."""
    dismissive_min_confidence: float = 0.6
    """A dismissive phrase is coached only when the analyser is at least this sure of it
    (lexical matches are 0.85; a weak embedding guess is not worth a tip)."""
    acknowledge_window_s: float = 20.0
    """The agent has this long after a complaint ends to apologise or acknowledge it
    before it counts as moved past."""
    prompt_acknowledgement_s: float = 10.0
    """A first apology/acknowledgement within this of the first distress is a strength
    (one later than ``[language] prompt_response_s`` is a tip; a customer segment at or
    below ``[language] distress_threshold`` is a complaint to acknowledge)."""
    long_monologue_s: float = 45.0
    """An agent monologue this long is a tip: break it with a check-in question. A reference
    point for support calls, not a law."""
    talk_ratio_margin: float = 0.2
    """The talk-share tip needs ``agent_talk_ratio`` at least this far above its target
    (``[listening] target_agent_talk_ratio``): "far above", not a few points."""
    good_talk_ratio_min: float = 0.3
    good_talk_ratio_max: float = 0.5
    """A talk share in this range is a listening strength."""
    fast_pace_wpm: float = 180.0
    """Agent speaking rate at or above this is a tip. Conversational English runs about
    150 words a minute; on a phone line, without lips to read, faster is hard to follow."""
    pace_min_words: int = 40
    """The pace tip needs at least this many agent words (a few quick words prove nothing)."""
    sentiment_drop: float = 0.2
    """The customer's sentiment ending at least this much lower than it started is a tip..."""
    sentiment_recovery: float = 0.3
    """...and ending at least this much higher is a strength."""
    quote_words: int = 12
    """Longest quote of the call's words in a tip."""


@dataclass
class Config:
    """All options. Build with defaults, from keyword overrides, or from a TOML file."""

    asr: AsrConfig = field(default_factory=AsrConfig)
    vad: VadConfig = field(default_factory=VadConfig)
    stereo: StereoConfig = field(default_factory=StereoConfig)
    segments: SegmentConfig = field(default_factory=SegmentConfig)
    roles: RolesConfig = field(default_factory=RolesConfig)
    diarization: DiarizationConfig = field(default_factory=DiarizationConfig)
    talk_over: TalkOverConfig = field(default_factory=TalkOverConfig)
    listening: ListeningConfig = field(default_factory=ListeningConfig)
    tone: ToneConfig = field(default_factory=ToneConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    coaching: CoachingConfig = field(default_factory=CoachingConfig)
    channel: int | None = None
    """For recordings with more than two channels: which single channel to analyse."""
    redact: Literal["pci", "all", "none"] = "pci"
    """What is removed from every output (docs/privacy.md): ``pci`` card numbers, security
    codes, expiry dates and identity numbers (default); ``all`` also e-mail addresses and
    phone numbers; ``none`` nothing. Figures are computed before redaction."""

    @classmethod
    def from_toml(cls, path: str | Path) -> "Config":
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CallcoachError(f"{path}: cannot read config ({exc})") from None
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "config") -> "Config":
        return apply_table(cls(), data, source)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def validate(self, source: str = "config") -> "Config":
        """Check every option's type and range (after changes made in code); returns self."""
        return validate_tree(self, source)
