#!/usr/bin/env python3
"""Render the held-out MONO evaluation calls in benchmarks/data/mono_eval/, with ground truth.

Five synthetic customer-service calls, written for evaluation only (different companies,
names, problems and lengths than audio_samples/): four at 16 kHz and one through the
300-3400 Hz telephone band at 8 kHz (mu-law quantised, then stored as 16-bit FLAC).  Both
parties are summed into one channel.  In every call the agent opens with a greeting;
which voice plays the agent changes between calls (male Piper `joe` agent in 02, 04, 05,
female Festival `slt` agent in 01, 03).  Every call has short interjections as turns of
their own ("Yes.", "No.", "Okay.", "Right.") by both parties, at least two backchannels
over the other party's speech, one interruption (the interrupted clip is truncated at a
word boundary), and ordinary turns with 0.3-0.6 s gaps.

The rendering (voices, trimming, levelling, placement, truth) is the one of
audio_samples/make_samples.py, imported unchanged; see audio_samples/README.md for the
truth format.  Only the scripts, the FLAC output and the telephone mu-law round trip are
new here.  "Mm-hmm" is not used: both engines spell it out, or Whisper hears it as a word
("Nah", "Some ham", "M-H-M-M"), see the note in the README; "Uh-huh." is only given to the
Piper voice (Festival says "U H").

Usage (needs the TTS environment of audio_samples/README.md, "Regenerating")::

    /tmp/ttsvenv/bin/python benchmarks/make_mono_eval.py

Deterministic: fixed seeds (those of make_samples.py) for noise, gain jitter and the Piper
generator; utterances are always synthesised in the same order.
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "mono_eval"
sys.path.insert(0, str(ROOT / "audio_samples"))

import make_samples as ms  # noqa: E402
from make_samples import Call, Turn  # noqa: E402

A, C = "agent", "customer"
MAX_TOTAL_BYTES = 6_000_000
MAX_FILE_BYTES = 2_000_000


def bc(spk: str, text: str, after_word: int, delay: float = 0.15) -> Turn:
    return Turn(spk, text, kind="backchannel", after_word=after_word, delay=delay)


def cut_in(spk: str, text: str, lead: float = 1.0, stop: float = 0.2) -> Turn:
    return Turn(spk, text, kind="interruption", lead=lead, stop=stop)


def mono(call_id: str, scenario: str, voices: dict, turns: list, sample_rate: int = 16000) -> Call:
    return Call(call_id=call_id, scenario=scenario, voices=voices, channels=1, sample_rate=sample_rate,
                telephone=sample_rate == 8000, agent_channel=None, turns=turns)


CALLS = [
    mono(
        "mono_eval_01_lakeside",
        "Estimated meter readings made an electricity bill far too high (Lakeside Energy); "
        "female agent Karen, customer Tom Becker reads the meter, interrupts the agent to "
        "check the new amount.",
        {A: "slt", C: "joe"},
        [
            Turn(A, "Good afternoon, Lakeside Energy, you're speaking with Karen. How can I help you today?"),
            Turn(C, "Hi Karen, my name is Tom Becker. I just got my electricity bill, and it's almost "
                 "three times what I normally pay.", gap=0.5),
            Turn(A, "I'm sorry, that must have been quite a shock. Let me pull up your account. Is it "
                 "the one at Harbor Road?", gap=0.5),
            bc(C, "Uh-huh.", after_word=9, delay=0.1),
            Turn(C, "Yes.", gap=0.4),
            Turn(A, "I can see what happened. Your last two readings were estimated instead of being "
                 "read from the meter, and the estimate was far too high.", gap=0.5),
            Turn(C, "So I've been paying for power I never used?", gap=0.4),
            Turn(A, "Yes.", gap=0.4),
            Turn(C, "Right.", gap=0.5),
            Turn(A, "If you can read me the number on your meter now, I'll correct the bill straight "
                 "away, and the difference will come off your next payment.", gap=0.5),
            bc(C, "Okay.", after_word=12, delay=0.2),
            Turn(C, "Sure, one moment.", gap=0.5),
            Turn(A, "Okay.", gap=0.4),
            Turn(C, "It says four two seven nine one.", gap=2.2),
            Turn(A, "Four two seven nine one, thank you. That brings the bill back to about what you "
                 "normally pay, and I'm also adding a small credit for the trouble, which you'll see "
                 "on your next statement.", gap=0.4),
            cut_in(C, "Sorry, back to my normal amount?", lead=1.0, stop=0.2),
            Turn(A, "Yes, back to normal, plus the credit.", gap=0.4),
            Turn(C, "Okay, that's a relief.", gap=0.4),
            Turn(A, "Would you like a reminder each month to send us a reading?", gap=0.4),
            Turn(C, "No.", gap=0.4),
            Turn(A, "Alright. Anything else I can help with?", gap=0.5),
            Turn(C, "No, that's everything. Thanks, Karen.", gap=0.4),
            Turn(A, "You're welcome, Tom. Thanks for calling Lakeside Energy.", gap=0.4),
        ],
    ),
    mono(
        "mono_eval_02_summit",
        "Unexpected roaming charges after a trip to Spain (Summit Mobile); male agent Mark, "
        "customer Helen Ward; the company's mistake, refund; the customer interrupts.",
        {A: "joe", C: "slt"},
        [
            Turn(A, "Thanks for calling Summit Mobile, my name is Mark. What can I do for you today?"),
            Turn(C, "Hello Mark. I was in Spain last week, and now my bill is full of roaming charges. "
                 "I thought roaming was included in my plan.", gap=0.5),
            bc(A, "Right.", after_word=16, delay=0.1),
            Turn(A, "I'm sorry about that, Helen. Let me have a look. Could you confirm the security "
                 "word on your account?", gap=0.5),
            Turn(C, "Lighthouse.", gap=0.6),
            Turn(A, "Thank you. I can see the charges, and you're right, your plan includes roaming in "
                 "Europe. The problem is, your roaming add on was switched off when you upgraded "
                 "your phone this spring.", gap=0.5),
            bc(C, "Okay.", after_word=16, delay=0.1),
            Turn(C, "So it's your mistake, not mine?", gap=0.4),
            Turn(A, "Yes.", gap=0.4),
            Turn(C, "Okay.", gap=0.5),
            Turn(A, "I'll switch your add on back on now, and I'll refund all those roaming charges from "
                 "last week. You'll see the refund on your next bill, and you'll also get a text "
                 "message to confirm that everything is done.", gap=0.5),
            cut_in(C, "Will it be on for my next trip as well?", lead=1.0, stop=0.2),
            Turn(A, "Yes, it stays on from now on.", gap=0.4),
            Turn(A, "Do you want the confirmation sent by email as well?", gap=0.6),
            Turn(C, "No.", gap=0.4),
            Turn(A, "Okay.", gap=0.4),
            Turn(C, "Thanks for sorting it out, Mark.", gap=0.6),
            Turn(A, "You're welcome, Helen. Have a good trip, and thanks for calling Summit Mobile.", gap=0.4),
        ],
    ),
    mono(
        "mono_eval_03_greenleaf",
        "Windscreen claim after a stone chip (Greenleaf Insurance); female agent Laura, customer "
        "Peter Shaw; the agent interrupts a long customer turn with the solution.",
        {A: "slt", C: "joe"},
        [
            Turn(A, "Good morning, you're through to Greenleaf Insurance, this is Laura. How can I help?"),
            Turn(C, "Morning. A stone hit my windscreen yesterday, on my way to work, and now there's a "
                 "long crack right across the driver's side. I need to make a claim.", gap=0.5),
            bc(A, "Okay.", after_word=10, delay=0.2),
            Turn(A, "I'm sorry to hear that. Are you safe, and is the car still at home?", gap=0.5),
            Turn(C, "Yes.", gap=0.4),
            Turn(A, "Good. Can I take your policy number, please?", gap=0.4),
            Turn(C, "It's five five three eight two nine.", gap=0.5),
            Turn(A, "Thank you, Peter. Your policy includes glass cover, so there's nothing to pay for "
                 "a new windscreen.", gap=0.5),
            bc(C, "Right.", after_word=3, delay=0.1),
            Turn(C, "Okay. And how soon can someone fix it? I drive to work every day, and I really "
                 "don't want to take the train, because it's always late and always full.", gap=0.5),
            cut_in(A, "We can send a technician out tomorrow morning.", lead=1.2, stop=0.2),
            Turn(C, "Tomorrow? That's great.", gap=0.4),
            Turn(A, "Will someone be at home in the morning?", gap=0.4),
            Turn(C, "No.", gap=0.4),
            Turn(A, "Okay.", gap=0.4),
            Turn(C, "I'll be at work, but the car will be parked in front of my office. Can they do it "
                 "there?", gap=0.8),
            Turn(A, "Yes, they can do it anywhere. What's the address?", gap=0.4),
            Turn(C, "It's the Riverside Business Park, in Kingston.", gap=0.5),
            Turn(A, "Right.", gap=0.4),
            Turn(C, "Do I need to be there when they arrive?", gap=0.6),
            Turn(A, "No. You just leave the keys at reception, and the technician will call you when "
                 "the job is done. I'll send the booking details to your phone in a few minutes.", gap=0.5),
            bc(C, "Okay.", after_word=8, delay=0.2),
            Turn(C, "Brilliant. Thanks, Laura.", gap=0.4),
            Turn(A, "You're welcome, Peter. Thank you for calling Greenleaf Insurance, and drive safely.", gap=0.4),
        ],
    ),
    mono(
        "mono_eval_04_cedar",
        "Lost debit card (Cedar Bank); male agent Daniel, worried customer Olivia Grant; card "
        "blocked and replaced; the customer interrupts the agent.",
        {A: "joe", C: "slt"},
        [
            Turn(A, "Hello, thank you for calling Cedar Bank, my name is Daniel. How can I help you today?"),
            Turn(C, "Hi. I think I've lost my debit card. I had it at the supermarket this morning, and "
                 "now I can't find it anywhere.", gap=0.5),
            Turn(A, "I'm sorry, that's really stressful. Let's make sure your money is safe first. Can I "
                 "have your full name, please?", gap=0.5),
            bc(C, "Okay.", after_word=13, delay=0.1),
            Turn(C, "Olivia Grant.", gap=0.5),
            Turn(A, "Thank you, Olivia. And the first line of your address?", gap=0.4),
            Turn(C, "Maple Cottage, Mill Lane.", gap=0.5),
            Turn(A, "Right.", gap=0.4),
            Turn(A, "I'll block the card now, so nobody else can use it, and send you a new one. "
                 "Meanwhile, you can still pay with your phone, because your digital card gets a new "
                 "number straight away.", gap=0.5),
            cut_in(C, "Sorry, how do I get cash until then?", lead=1.0, stop=0.2),
            Turn(A, "You can take cash out at any Cedar Bank branch with your photo ID.", gap=0.4),
            Turn(C, "Okay.", gap=0.4),
            Turn(A, "Shall I go ahead and block it?", gap=0.4),
            Turn(C, "Yes, please.", gap=0.4),
            Turn(A, "Okay.", gap=0.4),
            Turn(A, "Done, the card is blocked.", gap=2.5),
            Turn(C, "Thank you. And one more thing. My son uses a card on my account as well. Does his "
                 "card still work, or is that blocked too?", gap=0.5),
            bc(A, "Uh-huh.", after_word=6, delay=0.1),
            Turn(A, "No, his card has its own number, so it still works.", gap=0.4),
            Turn(C, "Right.", gap=0.4),
            Turn(A, "Is there anything else I can help you with?", gap=0.5),
            Turn(C, "No, that's all. You've been very helpful.", gap=0.4),
            Turn(A, "You're welcome, Olivia. Thank you for calling Cedar Bank.", gap=0.4),
        ],
    ),
    mono(
        "mono_eval_05_pinewood_8k",
        "Moving a hotel booking by one week (Pinewood Hotels), telephone band 8 kHz; male agent "
        "Chris, customer Anna Novak interrupts to ask about the price.",
        {A: "joe", C: "slt"},
        [
            Turn(A, "Good evening, Pinewood Hotels reservations, this is Chris. How may I help you?"),
            Turn(C, "Hi Chris. I have a booking for two nights in York next weekend, and I need to move "
                 "it to the weekend after.", gap=0.5),
            bc(A, "Okay.", after_word=13, delay=0.15),
            Turn(A, "No problem. Could I have the booking reference, please?", gap=0.5),
            Turn(C, "It's seven one four three nine.", gap=0.5),
            Turn(A, "Thank you. That's a double room for Friday and Saturday, under the name Anna Novak.", gap=0.4),
            Turn(C, "Yes.", gap=0.4),
            Turn(A, "The weekend after is quite busy, but we still have a double room free on both "
                 "nights. The price is a little higher, and the difference would be charged to the card "
                 "you booked with, unless you would rather pay at the hotel when you arrive.", gap=0.5),
            cut_in(C, "Wait, how much higher?", lead=1.0, stop=0.2),
            Turn(A, "It's only slightly more per night, and there's no change fee.", gap=0.4),
            bc(C, "Right.", after_word=6, delay=0.15),
            Turn(C, "Okay. Please go ahead and change it.", gap=0.5),
            Turn(A, "Okay.", gap=0.4),
            Turn(C, "Will I get a new confirmation email?", gap=0.6),
            Turn(A, "Yes. It's on its way to you now.", gap=0.4),
            Turn(C, "Great, thank you.", gap=0.4),
            Turn(A, "Is there anything else I can help with?", gap=0.4),
            Turn(C, "No.", gap=0.4),
            Turn(A, "Thank you for calling Pinewood Hotels, and enjoy your stay in York.", gap=0.4),
        ],
        sample_rate=8000,
    ),
]


def mulaw_roundtrip(x: np.ndarray, sr: int) -> np.ndarray:
    """Quantise like an 8-bit mu-law telephone line (encode and decode with libsndfile)."""
    buf = io.BytesIO()
    sf.write(buf, x, sr, subtype="ULAW", format="WAV")
    buf.seek(0)
    y, _ = sf.read(buf, dtype="float32")
    return y


def mix_and_write_flac(call: Call, clips: list, path: Path) -> float:
    """Sum both parties into one channel, band-limit (8 kHz call), add the noise floor, write FLAC."""
    n = int(round((max(c.end for c in clips) + ms.LEAD_OUT) * ms.WORK_SR))
    x = np.zeros(n, np.float32)
    for c in clips:
        s = int(round(c.start * ms.WORK_SR))
        x[s:s + len(c.audio)] += c.audio
    if call.telephone:
        x = ms.sox_resample(x, ms.WORK_SR, call.sample_rate, effects=["sinc", "300-3400"])
    elif call.sample_rate != ms.WORK_SR:
        x = ms.sox_resample(x, ms.WORK_SR, call.sample_rate)
    rng = np.random.default_rng(ms.SEED + 1)
    x = x + rng.standard_normal(x.shape).astype(np.float32) * 10 ** (ms.NOISE_DBFS / 20)
    peak = float(np.abs(x).max())
    if peak > 0.89:
        x *= 0.89 / peak
    if call.telephone:
        x = mulaw_roundtrip(x, call.sample_rate)
    sf.write(path, x, call.sample_rate, subtype="PCM_16", format="FLAC")
    return x.shape[0] / call.sample_rate


def check_script(truth: dict) -> list[str]:
    """The things every evaluation call must contain."""
    problems = []
    segs = truth["segments"]
    if segs[0]["speaker"] != A:
        problems.append("the agent does not open the call")
    for spk in (A, C):
        short = [s for s in segs if s["speaker"] == spk and len(s["text"].split()) <= 2]
        if len(short) < 2:
            problems.append(f"{spk}: fewer than 2 short interjections")
    kinds = [e["kind"] for e in truth["events"]]
    if kinds.count("backchannel") < 2:
        problems.append("fewer than 2 backchannels")
    if kinds.count("interruption") != 1:
        problems.append("not exactly one interruption")
    if not 45 <= truth["duration"] <= 120:
        problems.append(f"duration {truth['duration']} s outside 45-120 s")
    return problems


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    voices = {"joe": ms.PiperJoe(), "slt": ms.FestivalSlt()}
    voices["slt"].prefetch([s for call in CALLS for turn in call.turns
                            if call.voices[turn.spk] == "slt" for s in ms.split_sentences(turn.text)])
    if not voices["joe"].aligned:
        print("note: 'onnx' not installed, Piper word timings estimated", file=sys.stderr)
    ms.MAX_BYTES = MAX_FILE_BYTES  # verify()'s per-file size limit (FLAC, up to 2 minutes)
    problems, total = [], 0
    for call in CALLS:
        clips = ms.place(call, voices)
        for c in clips:  # a truncated or backchannel host needs the engine's own word times
            if c.host is not None and not c.host.exact_words:
                problems.append(f"{call.call_id}: word times of {c.host.text[:40]!r}... estimated")
                print(f"  PROBLEM: {problems[-1]}")
        path = OUT / f"{call.call_id}.flac"
        duration = mix_and_write_flac(call, clips, path)
        truth = ms.build_truth(call, clips, duration)
        (OUT / f"{call.call_id}.truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
        problems += ms.verify(call, path, truth)
        extra = check_script(truth)
        for p in extra:
            print(f"  PROBLEM: {p}")
        problems += extra
        total += path.stat().st_size + (OUT / f"{call.call_id}.truth.json").stat().st_size
    print(f"total {total} bytes in {OUT}")
    if total >= MAX_TOTAL_BYTES:
        problems.append(f"folder {total} bytes >= {MAX_TOTAL_BYTES}")
        print(f"PROBLEM: folder {total} bytes >= {MAX_TOTAL_BYTES}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
