"""PII redaction (callcoach.redact) on hand-built reports: what goes, what stays, and that
no value survives anywhere in the redacted report."""
from __future__ import annotations

import base64
import copy
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest

from callcoach.redact import (find_spans, luhn_valid, redact_report, scrub_text,
                              silence_spans, silenced_wav_bytes)

DATA = Path(__file__).resolve().parent / "data"
CARD = "4539148803436467"          # a Luhn-valid test number
CARD_GROUPS = ["4539", "1488", "0343", "6467"]
SPOKEN = "four five three nine, one four eight eight, oh three four three, six four six seven"


def seg(speaker: str, start: float, end: float, text: str, words: bool = True) -> dict:
    """A report segment whose words are spread evenly over its time (as written to JSON:
    stripped words, punctuation attached)."""
    tokens = text.split()
    step = (end - start) / max(1, len(tokens))
    out = {"speaker": speaker, "start": start, "end": end, "text": text, "words": []}
    if words:
        out["words"] = [{"word": t, "start": round(start + i * step, 2), "end": round(start + (i + 1) * step, 2),
                         "probability": 0.9} for i, t in enumerate(tokens)]
    return out


def report(*segments: dict, **sections) -> dict:
    r = {"schema_version": 1,
         "call": {"id": "call-1", "source": "calls/call-1.wav", "duration_s": 120.0, "sample_rate": 8000,
                  "channels": 2, "diarization": "channels", "asr_model": "base", "agent_id": None,
                  "customer_name": None},
         "segments": list(segments)}
    r.update(sections)
    return r


def texts(r: dict) -> list[str]:
    return [s["text"] for s in r["segments"]]


def counts(r: dict) -> dict:
    return r["call"]["redaction"]["counts"]


def assert_no_card(r: dict, card: str = CARD) -> None:
    dumped = json.dumps(r)
    for g in [card, *(card[i:i + 4] for i in range(0, len(card), 4))]:
        assert g not in dumped, g
    flat = re.sub(r"\D", "", " ".join(texts(r)))
    assert card[:8] not in flat and card[8:] not in flat
    for t in texts(r):
        assert not re.search(r"\d{4}", t), t
        assert "four five three nine" not in t.lower()


ASK = seg("agent", 0.0, 3.0, "Can I take the long number on the card, please?")


# -- card numbers as ASR writes them --------------------------------------------------------

@pytest.mark.parametrize("said", [
    "4539 1488 0343 6467",
    "4539-1488-0343-6467",
    "4539148803436467",
    "45391488 03436467",
    SPOKEN,
    "four five three nine one four double eight oh three four three six four six seven",
    "four five 39 1488 o three four three six four six seven",
    "forty five thirty nine fourteen eighty eight oh three forty three sixty four sixty seven",
])
def test_card_number_forms_are_removed(said):
    r = redact_report(report(ASK, seg("customer", 3.5, 10.0, f"Yes, it's {said}.")))
    assert texts(r)[1] == "Yes, it's [card number]."
    assert counts(r) == {"card_number": 1}
    assert_no_card(r)


def test_card_without_any_payment_word_still_goes():
    r = redact_report(report(seg("customer", 0.0, 6.0, f"right so {SPOKEN} is what I have")))
    assert texts(r)[0] == "right so [card number] is what I have"


def test_fillers_inside_the_number():
    said = "four five three nine um sorry one four eight eight yeah oh three four three, six four six seven"
    r = redact_report(report(ASK, seg("customer", 3.5, 12.0, said)))
    assert texts(r)[1] == "[card number]"
    assert len(r["segments"][1]["words"]) == 1


def test_card_split_across_turns_with_agent_backchannel():
    r = report(seg("customer", 3.0, 6.0, "it's four five three nine one four eight eight"),
               seg("agent", 6.2, 6.6, "mm-hmm"),
               seg("customer", 7.0, 10.0, "oh three four three six four six seven"))
    out = redact_report(r)   # no payment word: two halves of 8 digits are one 16-digit card
    assert texts(out) == ["it's [card number]", "mm-hmm", "[card number]"]
    assert counts(out) == {"card_number": 1}
    assert len(out["call"]["redaction"]["spans"]) == 2
    assert_no_card(out)


def test_agent_reading_it_back():
    r = report(ASK, seg("customer", 3.5, 9.0, SPOKEN),
               seg("agent", 9.5, 15.0, "So that's 4539 1488 0343 6467, is that right?"),
               seg("customer", 15.2, 15.6, "Yes."))
    out = redact_report(r)
    assert texts(out)[1:] == ["[card number]", "So that's [card number], is that right?", "Yes."]
    assert counts(out) == {"card_number": 2}
    assert_no_card(out)


def test_misheard_digit_failing_luhn_still_goes():
    assert luhn_valid(CARD)
    wrong = "4539148803436468"
    assert not luhn_valid(wrong)
    r = redact_report(report(ASK, seg("customer", 3.5, 9.0, "4539 1488 0343 6468")))
    assert texts(r)[1] == "[card number]"
    assert_no_card(r, wrong)


def test_short_runs_go_in_payment_context():
    r = redact_report(report(ASK, seg("customer", 3.5, 6.0, "um the last bit is 6467 and the start 453")))
    assert "6467" not in texts(r)[1] and "453" not in texts(r)[1]


# -- expiry, security code, identity numbers ------------------------------------------------

@pytest.mark.parametrize("expiry", ["oh nine twenty seven", "09/27", "September 2027", "nine twenty-seven",
                                    "zero nine two seven"])
def test_expiry_and_security_code(expiry):
    r = report(ASK, seg("customer", 3.5, 9.0, "4539 1488 0343 6467"),
               seg("agent", 9.5, 11.0, "And the expiry date?"),
               seg("customer", 11.5, 13.0, f"{expiry}."),
               seg("agent", 13.5, 16.0, "And the three digits on the back?"),
               seg("customer", 16.5, 18.0, "four one two"))
    out = redact_report(r)
    assert texts(out)[2:] == ["And the expiry date?", "[expiry date].", "And the three digits on the back?",
                              "[security code]"]
    assert counts(out) == {"card_number": 1, "expiry_date": 1, "security_code": 1}
    assert "412" not in json.dumps(out) and "2027" not in json.dumps(out)


def test_cvv_and_pin_words():
    out = redact_report(report(seg("agent", 0.0, 2.0, "What's the CVV?"), seg("customer", 2.5, 4.0, "It's 737."),
                               seg("agent", 10.0, 12.0, "and the PIN"), seg("customer", 12.5, 14.0, "1 2 3 4")))
    assert texts(out)[1] == "It's [security code]."
    assert texts(out)[3] == "[security code]"


def test_us_social_security_number():
    out = redact_report(report(seg("customer", 0.0, 4.0, "It's 123-45-6789, I think.")))
    assert texts(out) == ["It's [id number], I think."]
    spoken = redact_report(report(seg("customer", 0.0, 6.0,
                                      "my social security number is one two three four five six seven eight nine")))
    assert texts(spoken) == ["my social security number is [id number]"]
    assert counts(spoken) == {"id_number": 1}


def test_uk_national_insurance_number():
    out = redact_report(report(seg("customer", 0.0, 4.0, "Sure, QQ 12 34 56 C.")))
    assert texts(out) == ["Sure, [id number]."]
    spelled = redact_report(report(seg("agent", 0.0, 2.0, "What's your national insurance number?"),
                                   seg("customer", 2.5, 7.0, "it's Q Q one two three four five six C")))
    assert texts(spelled)[1] == "it's [id number]"
    assert "123456" not in json.dumps(spelled)


# -- e-mail and phone numbers: mode "all" only ----------------------------------------------

def test_email_in_all_mode_not_pci():
    r = report(seg("customer", 0.0, 5.0, "yes it's john dot smith at gmail dot com thanks"),
               seg("customer", 6.0, 8.0, "or jane.doe@example.co.uk"))
    assert texts(redact_report(r, "pci")) == texts(r)
    out = redact_report(r, "all")
    assert texts(out) == ["yes it's [email] thanks", "or [email]"]
    assert counts(out) == {"email": 2}
    dumped = json.dumps(out)
    assert "smith" not in dumped and "jane" not in dumped and "gmail" not in dumped


def test_phone_number_in_all_mode():
    r = report(seg("customer", 0.0, 5.0, "my mobile is 07700 900123 if you need me"),
               seg("customer", 6.0, 9.0, "or the office, oh two oh, seven nine four six, oh nine five eight"))
    assert texts(redact_report(r, "pci")) == texts(r)
    out = redact_report(r, "all")
    assert texts(out) == ["my mobile is [phone number] if you need me", "or the office, [phone number]"]
    assert counts(out) == {"phone_number": 2}


def test_all_mode_removes_any_long_number():
    out = redact_report(report(seg("customer", 0.0, 4.0, "the reference was 88213047 yesterday")), "all")
    assert texts(out) == ["the reference was [id number] yesterday"]


# -- what must stay -------------------------------------------------------------------------

KEEP = [
    "Can you come at 3 30 tomorrow?",
    "It was £45.99 in 2024.",
    "I ordered two and only got four of them.",
    "The tracking number is N W four four seven one nine.",
    "Oh no, one moment please, it's 3:30 already.",
    "It should arrive within 3 to 5 days, on the 4th.",
    "Order 1234 was placed in September 2023.",
]


@pytest.mark.parametrize("mode", ["pci", "all"])
def test_numbers_outside_payment_context_are_kept(mode):
    r = report(*(seg("customer", 100.0 * i, 100.0 * i + 4.0, t) for i, t in enumerate(KEEP)))
    out = redact_report(r, mode)
    assert texts(out) == KEEP
    assert out["segments"] == r["segments"]
    assert out["call"]["redaction"] == {"mode": mode, "counts": {}, "spans": []}


def test_whisper_split_time_and_price_in_payment_context():
    words = ["card", "ok,", "back", "by", "9", ".30,", "£45", ".99", "today"]
    s = {"speaker": "agent", "start": 0.0, "end": 4.5, "text": "card ok, back by 9.30, £45.99 today",
         "words": [{"word": w, "start": i * 0.5, "end": i * 0.5 + 0.5} for i, w in enumerate(words)]}
    out = redact_report(report(s))
    assert out["segments"] == [s]


def test_payment_context_expires():
    r = report(ASK, seg("customer", 3.5, 9.0, SPOKEN), seg("agent", 200.0, 203.0, "see you at 3 30 then"))
    assert texts(redact_report(r))[2] == "see you at 3 30 then"


# -- the shape of the redacted report -------------------------------------------------------

def test_marker_word_keeps_the_removed_words_times():
    r = report(ASK, seg("customer", 3.5, 9.5, "Okay it's 4539 1488 0343 6467 there you go"))
    words = r["segments"][1]["words"]
    out = redact_report(r)
    new = out["segments"][1]["words"]
    assert [w["word"] for w in new] == ["Okay", "it's", "[card number]", "there", "you", "go"]
    assert new[2]["start"] == words[2]["start"] and new[2]["end"] == words[5]["end"]
    assert new[:2] == words[:2] and new[3:] == words[6:]
    spans = find_spans(r, "pci")
    assert [(s.kind, s.segment, s.words, s.start, s.end) for s in spans] == \
        [("card_number", 1, (2, 6), words[2]["start"], words[5]["end"])]
    assert out["call"]["redaction"]["spans"] == [{"start": words[2]["start"], "end": words[5]["end"],
                                                  "kind": "card_number"}]


def test_whisper_style_words_keep_text_punctuation():
    s = {"speaker": "customer", "start": 3.5, "end": 8.0, "text": "Sure: 4539, 1488, 0343, 6467. Thanks!",
         "words": [{"word": w, "start": 3.5 + i * 0.5, "end": 4.0 + i * 0.5}
                   for i, w in enumerate([" Sure:", " 4539,", " 1488,", " 0343,", " 6467.", " Thanks!"])]}
    out = redact_report(report(ASK, s))
    assert out["segments"][1]["text"] == "Sure: [card number]. Thanks!"
    assert [w["word"] for w in out["segments"][1]["words"]] == [" Sure:", " [card number].", " Thanks!"]


def test_segments_without_words_are_redacted_by_text():
    r = report(seg("agent", 0.0, 3.0, "What's the card number?", words=False),
               seg("customer", 3.5, 9.0, f"It's {SPOKEN}, thanks.", words=False))
    out = redact_report(r)
    assert texts(out) == ["What's the card number?", "It's [card number], thanks."]
    assert out["segments"][1]["words"] == []
    (span,) = find_spans(r, "pci")
    assert span.chars is not None and span.words is None and 3.5 <= span.start < span.end <= 9.0


def test_counts_and_times_recorded_values_absent():
    r = report(ASK, seg("customer", 3.5, 9.0, SPOKEN), seg("agent", 9.5, 14.0, "4539 1488 0343 6467 thank you"))
    out = redact_report(r)
    red = out["call"]["redaction"]
    assert red["mode"] == "pci" and red["counts"] == {"card_number": 2}
    assert all(set(s) == {"start", "end", "kind"} for s in red["spans"])
    assert_no_card(out)
    # figures are untouched; the input is not modified
    assert out["call"]["duration_s"] == 120.0 and r["segments"][1]["text"] == SPOKEN


def test_quoted_evidence_elsewhere_is_scrubbed():
    r = report(ASK, seg("customer", 3.5, 9.0, SPOKEN),
               seg("agent", 9.5, 14.0, "So that's 4539 1488 0343 6467, I'm so sorry for the wait."),
               empathy={"phrases": [{"start": 9.5, "end": 14.0, "category": "apologize",
                                     "text": "So that's 4539 1488 0343 6467, I'm so sorry for the wait."},
                                    {"start": 30.0, "end": 32.0, "category": "acknowledge",
                                     "text": "I understand how frustrating this must be."}],
                        "negative": [], "customer_name_used": 0, "score": 71},
               apologies={"items": [{"start": 9.5, "end": 14.0, "text": "sorry, 4539-1488-0343-6467",
                                     "specific": False, "followed_by_action": False}], "count": 1,
                          "first_distress_s": None, "first_apology_latency_s": None,
                          "first_distress_text": "four five three nine one four eight eight"},
               talk_over={"events": [{"start": 4.0, "end": 4.5, "interrupter": "agent", "kind": "backchannel",
                                      "interrupter_words": "mm-hmm", "cut_off_words": ["0343", "6467"]}]},
               coaching={"strengths": [{"at": 9.5, "text": "You read back 4539148803436467 to check it."}],
                         "improvements": [{"at": 5.0, "what": "x", "why": f"The customer said {SPOKEN}",
                                           "try_saying": "Thanks, that's oh three four three six four six seven?",
                                           "kind": "moved_on"}]})
    r["call"]["warnings"] = ["8000 Hz telephone audio: model 1.0.0"]
    out = redact_report(r)
    assert_no_card(out)
    assert out["empathy"]["phrases"][0]["text"] == "So that's [card number], I'm so sorry for the wait."
    assert out["empathy"]["phrases"][1] == r["empathy"]["phrases"][1]
    assert out["empathy"]["score"] == 71 and out["apologies"]["count"] == 1
    assert out["coaching"]["strengths"][0]["text"] == "You read back [card number] to check it."
    assert out["talk_over"]["events"][0]["interrupter_words"] == "mm-hmm"
    dumped = json.dumps(out).lower()
    assert "four five three nine" not in dumped and "six four six seven" not in dumped
    # ids and paths are not rewritten, nor the tool's own messages
    assert out["call"]["id"] == "call-1" and out["call"]["source"] == "calls/call-1.wav"
    assert out["call"]["warnings"] == ["8000 Hz telephone audio: model 1.0.0"]


def test_scrub_text():
    assert scrub_text("card 4539 1488 0343 6467 ok") == "card [card number] ok"
    assert scrub_text("the code is 412", context=["security"]) == "the code is [security code]"
    assert scrub_text("the code is 412") == "the code is 412"
    assert scrub_text("mail me: ann@example.com", "all") == "mail me: [email]"


def test_mode_none_returns_report_unchanged():
    r = report(ASK, seg("customer", 3.5, 9.0, SPOKEN))
    before = copy.deepcopy(r)
    out = redact_report(r, "none")
    assert out == before and out is not r
    assert find_spans(r, "none") == []
    with pytest.raises(ValueError):
        redact_report(r, "most")


def test_redacting_twice_keeps_the_record():
    once = redact_report(report(ASK, seg("customer", 3.5, 9.0, SPOKEN)))
    twice = redact_report(once)
    assert twice["segments"] == once["segments"]
    assert twice["call"]["redaction"]["counts"] == {"card_number": 1}
    assert len(twice["call"]["redaction"]["spans"]) == 1


# -- audio ----------------------------------------------------------------------------------

def test_silence_spans_zeroes_padded_span_only():
    sr = 1000
    x = np.ones(5 * sr, dtype=np.float32)
    y = silence_spans(x, sr, [{"start": 2.0, "end": 3.0, "kind": "card_number"}], pad_s=0.2)
    assert np.all(y[1800:3200] == 0)
    assert np.all(y[:1800] == 1) and np.all(y[3200:] == 1)
    assert np.all(x == 1)                                            # a copy
    stereo = np.ones((5 * sr, 2), dtype=np.float32)                  # soundfile layout
    ys = silence_spans(stereo, sr, find_spans(report(ASK, seg("customer", 3.5, 4.5, "4539 1488 0343 6467"))))
    assert np.all(ys[3300:4700] == 0) and np.all(ys[:3300] == 1) and np.all(ys[4700:] == 1)
    planar = np.ones((2, 5 * sr), dtype=np.float32)                  # callcoach.audio layout
    yp = silence_spans(planar, sr, [{"start": 0.0, "end": 0.5}], pad_s=0.0)
    assert np.all(yp[:, :500] == 0) and np.all(yp[:, 500:] == 1)


def test_silenced_wav_bytes_leaves_the_file_alone(tmp_path):
    sf = pytest.importorskip("soundfile")
    src = tmp_path / "call.wav"
    sr = 8000
    sf.write(str(src), np.full((3 * sr, 2), 0.5, dtype=np.float32), sr, subtype="PCM_16")
    original = src.read_bytes()
    data, rate = sf.read(io.BytesIO(silenced_wav_bytes(src, [{"start": 1.0, "end": 1.5}])), always_2d=True)
    assert rate == sr and data.shape == (3 * sr, 2)
    assert np.all(data[int(0.8 * sr):int(1.7 * sr)] == 0)
    assert np.allclose(data[:int(0.8 * sr)], 0.5, atol=1e-3) and np.allclose(data[int(1.7 * sr):], 0.5, atol=1e-3)
    assert src.read_bytes() == original


def test_embedded_audio_is_silenced(tmp_path):
    sf = pytest.importorskip("soundfile")
    html = pytest.importorskip("callcoach.report.html")
    src = tmp_path / "call.wav"
    sf.write(str(src), np.full(2 * 8000, 0.5, dtype=np.float32), 8000, subtype="PCM_16")
    uri = html.embedded_audio(str(src), {"mode": "pci", "counts": {"card_number": 1},
                                         "spans": [{"start": 0.5, "end": 1.0, "kind": "card_number"}]})
    data, _ = sf.read(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert np.all(data[int(0.3 * 8000):int(1.2 * 8000)] == 0) and abs(data[0] - 0.5) < 1e-3
    plain = html.embedded_audio(str(src))
    assert base64.b64decode(plain.split(",", 1)[1]) == src.read_bytes()


# -- end to end: a synthesised call where the customer reads a test card --------------------

@pytest.mark.slow
def test_end_to_end_card_call_is_redacted(coach):
    """tests/data/card_call.wav: the agent asks for "the long number on the card", the
    customer reads a test card in groups of four (made by make_card_call below)."""
    wav = DATA / "card_call.wav"
    if not wav.exists():
        pytest.skip("tests/data/card_call.wav not present")
    out = redact_report(coach.analyze(wav))
    dumped = json.dumps(out)
    assert not re.search(r"\d{4}", " ".join(texts(out))), texts(out)
    for g in [CARD, *CARD_GROUPS]:
        assert g not in dumped
    assert "four five three nine" not in dumped.lower()
    assert out["call"]["redaction"]["counts"].get("card_number", 0) >= 1
    truth = json.loads((DATA / "card_call.truth.json").read_text())
    card_turn = next(s for s in truth["segments"] if s["speaker"] == "customer" and "four five" in s["text"].lower())
    spans = out["call"]["redaction"]["spans"]
    assert any(s["start"] < card_turn["end"] and s["end"] > card_turn["start"] for s in spans)
    # the page that embeds the recording carries it with the card silenced
    import soundfile as sf

    from callcoach.report.html import render_html

    page = render_html(out, embed_audio=True)
    audio = re.search(r"data:audio/wav;base64,([A-Za-z0-9+/=]+)", page)
    assert audio, "no embedded audio"
    data, rate = sf.read(io.BytesIO(base64.b64decode(audio.group(1))), always_2d=True)
    for s in spans:
        assert not data[int(s["start"] * rate):int(s["end"] * rate)].any()
    assert np.abs(data[:int(spans[0]["start"] * rate) - rate // 2]).max() > 0.05   # the agent's question is kept


# -- the end-to-end recording: python tests/test_redact.py --make-card-call ----------------

CARD_CALL = [  # (speaker, festival voice, text, gap before in s)
    ("agent", "voice_cmu_us_slt_arctic_hts", "Thank you. Can I take the long number on the card, please?", 0.6),
    ("customer", "voice_kal_diphone",
     "Sure. Four five three nine, one four eight eight, oh three four three, six four six seven.", 0.5),
    ("agent", "voice_cmu_us_slt_arctic_hts", "Thank you, that's all gone through.", 0.5),
]


def make_card_call(out_dir: Path = DATA) -> Path:  # pragma: no cover - a data generator
    """Synthesise tests/data/card_call.wav (8 kHz stereo u-law: agent left, customer right)
    and its truth JSON with the Debian festival voices (apt-get install festival
    festvox-us-slt-hts festvox-kallpc16k)."""
    import subprocess
    import tempfile

    import soundfile as sf
    import soxr

    sr, rate = 16000, 8000
    rng = np.random.default_rng(17)
    clips = []
    with tempfile.TemporaryDirectory() as tmp:
        lines = []
        for i, (_, voice, text, _) in enumerate(CARD_CALL):
            lines += [f"({voice})", f'(set! utt (SynthText "{text}"))', f"(utt.save.wave utt \"{tmp}/{i}.wav\" 'riff)"]
        Path(tmp, "call.scm").write_text("\n".join(lines) + "\n")
        subprocess.run(["festival", "-b", f"{tmp}/call.scm"], check=True, capture_output=True)
        for i in range(len(CARD_CALL)):
            x, x_sr = sf.read(f"{tmp}/{i}.wav", dtype="float32")
            if x_sr != sr:
                x = soxr.resample(x, x_sr, sr)
            loud = np.flatnonzero(np.abs(x) > 0.02 * np.abs(x).max())
            clips.append(x[loud[0]:loud[-1] + 1] / np.abs(x).max() * 0.3)
    t, segments, placed = 0.0, [], []
    for (speaker, voice, text, gap), x in zip(CARD_CALL, clips):
        t += gap
        placed.append((0 if speaker == "agent" else 1, int(t * sr), x))
        segments.append({"speaker": speaker, "start": round(t, 2), "end": round(t + len(x) / sr, 2), "text": text})
        t += len(x) / sr
    total = int((t + 0.7) * sr)
    mix = rng.normal(0, 10 ** (-60 / 20), (total, 2)).astype(np.float32)
    for ch, at, x in placed:
        mix[at:at + len(x), ch] += x
        mix[at:at + len(x), 1 - ch] += x * 10 ** (-30 / 20)           # a little crosstalk
    out = soxr.resample(mix, sr, rate)
    out_dir.mkdir(parents=True, exist_ok=True)
    wav = out_dir / "card_call.wav"
    sf.write(str(wav), np.clip(out, -1, 1), rate, subtype="ULAW")
    truth = {"call_id": "card_call", "agent_channel": 0, "channels": 2, "sample_rate": rate,
             "duration": round(len(out) / rate, 2), "card_number": CARD, "luhn_valid": True,
             "scenario": "The agent asks for the card number; the customer reads a test card in groups of four.",
             "voices": {"agent": "Festival cmu_us_slt_arctic_hts", "customer": "Festival kal_diphone"},
             "segments": segments}
    (out_dir / "card_call.truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    return wav


if __name__ == "__main__":  # pragma: no cover
    import sys

    if "--make-card-call" in sys.argv:
        print(make_card_call())
