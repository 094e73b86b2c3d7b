"""Turn-taking on a long, quick conversation: one definition of an interruption for every input.

The same hand-built call is given twice: as audio-derived words (Whisper-style words and
punctuation, word times, a speech map padded by 60 ms per edge as the VAD pads it) and as
a transcript (segment times only, punctuated text). Smooth hand-overs overlap by 0.08-0.25 s,
as they do in real conversation (Heldner & Edlund 2010), and must never be interruptions;
coming in with two or more words still to come must be, in both.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from callcoach.analysis.dynamics.listening import analyze_listening
from callcoach.analysis.dynamics.talkover import analyze_talk_over
from callcoach.config import Config
from callcoach.conversation import Conversation, Segment, SpeechTurn, Word

PAD_S = 0.06  # VadConfig.speech_pad_ms
VOCABULARY = {  # different words on each side, so that no hand-over reads as a choral completion
    "agent": ("parcel", "delivery", "tomorrow", "account", "number", "address", "refund", "order",
              "morning", "card", "street", "charge"),
    "customer": ("depot", "van", "label", "week", "driver", "postcode", "Denver", "payment", "route",
                 "booking", "email", "Tuesday", "noon")}


@dataclass
class Turn:
    speaker: str
    words: list[tuple[str, float, float]] = field(default_factory=list)

    @property
    def start(self) -> float:
        return self.words[0][1]

    @property
    def end(self) -> float:
        return self.words[-1][2]

    @property
    def text(self) -> str:
        return " ".join(w for w, _, _ in self.words)


def say(speaker: str, start: float, text: str, rng: random.Random) -> Turn:
    """A turn of ``text`` from ``start``, each word 0.2-0.45 s."""
    turn, t = Turn(speaker), start
    for token in text.split():
        length = rng.uniform(0.2, 0.45)
        turn.words.append((token, round(t, 3), round(t + length, 3)))
        t += length
    return turn


def sentence(speaker: str, rng: random.Random) -> str:
    n = rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 10, 12])
    return " ".join(rng.choice(VOCABULARY[speaker]) for _ in range(n)) + rng.choice([".", ".", "?"])


def quick_call(n_turns: int = 400, seed: int = 0, interrupt_every: int = 0) -> tuple[list[Turn], list[float]]:
    """``n_turns`` alternating turns, each taking over 0.08-0.25 s before the other's last
    word ends. Every ``interrupt_every``-th turn instead comes in with three words (and at
    least 0.6 s) of the other's turn still to come. Returns the turns and the onsets of
    those interruptions."""
    rng = random.Random(seed)
    turns: list[Turn] = []
    interruptions: list[float] = []
    speaker, t = "agent", 1.0
    for i in range(n_turns):
        if turns and interrupt_every and i % interrupt_every == 0:
            prev = turns[-1]
            if len(prev.words) < 5:  # give the other a longer turn to come into
                prev.words = say(prev.speaker, prev.start, prev.text.rstrip(".?") + " parcel on the van.", rng).words
            t = prev.words[-3][1] + 0.05
            if prev.end - t < 0.6:
                continue
            interruptions.append(round(t, 2))
            text = "No no that is not what I asked for."
        else:
            text = sentence(speaker, rng)
        turns.append(say(speaker, t, text, rng))
        # Overlap the end of this turn by 0.08-0.25 s, leaving the other at least 0.2 s of
        # silence between their turns (nobody restarts before the other has spoken).
        came_in = turns[-1].start - turns[-2].end if len(turns) > 1 else 0.0
        room = turns[-1].end - turns[-1].start - max(0.0, -came_in) - 0.2
        t = turns[-1].end - max(0.0, min(rng.uniform(0.08, 0.25), room))
        speaker = "customer" if speaker == "agent" else "agent"
    return turns, interruptions


def as_audio(turns: list[Turn]) -> Conversation:
    """As the speech stage makes it: word times, Whisper punctuation, speech map padded 60 ms."""
    segments = [Segment(t.speaker, t.start - PAD_S, t.end + PAD_S, t.text,  # type: ignore[arg-type]
                        [Word(" " + w, s, e, 0.9) for w, s, e in t.words]) for t in turns]
    speech_map = [SpeechTurn(t.speaker, t.start - PAD_S, t.end + PAD_S) for t in turns]  # type: ignore[arg-type]
    return Conversation(segments, max(t.end for t in turns) + 1.0, speech_map, speech_pad_s=PAD_S)


def as_transcript(turns: list[Turn]) -> Conversation:
    """As a transcript gives it: segment times and punctuated text, no word times."""
    segments = [Segment(t.speaker, t.start, t.end, t.text) for t in turns]  # type: ignore[arg-type]
    return Conversation(segments, max(t.end for t in turns) + 1.0,
                        [SpeechTurn(s.speaker, s.start, s.end) for s in segments], has_word_times=False)


def verdicts(section: dict) -> list[tuple]:
    return [(e["start"], e["interrupter"], e["kind"], e["reason"])
            for e in section["events"] + section["other_overlaps"]]


def same_verdicts(audio: dict, transcript: dict) -> None:
    """Every overlap both inputs report gets the same verdict (the transcript has no event for
    overlaps under min_overlap_s, which the padded speech map lengthens by 0.12 s)."""
    by_start = {round(e[0] + PAD_S, 1): e for e in verdicts(transcript)}
    matched = 0
    for start, who, kind, reason in verdicts(audio):
        other = by_start.get(round(start + PAD_S, 1)) or by_start.get(round(start + PAD_S + 0.05, 1)) \
            or by_start.get(round(start + PAD_S - 0.05, 1))
        if other is not None:
            assert (who, kind, reason) == other[1:], (start, other)
            matched += 1
    assert matched >= 0.4 * len(verdicts(transcript))


@pytest.fixture(scope="module")
def handovers():
    turns, _ = quick_call()
    config = Config().talk_over
    return (analyze_talk_over(as_audio(turns), config, source="channels"),
            analyze_talk_over(as_transcript(turns), config, source="transcript"))


def test_four_hundred_quick_hand_overs_are_never_interruptions(handovers):
    audio, _ = handovers
    for section in handovers:
        assert section["agent_interruptions"] == 0 and section["customer_interruptions"] == 0, \
            [e for e in section["events"] if e["kind"] == "interruption"][:3]
    reasons = {e["reason"] for e in audio["other_overlaps"]}
    assert reasons <= {"latching", "early_hand_over", "talked_through"}, reasons
    # The padded speech map turns every one of them into an overlap event...
    assert sum(e["reason"] == "latching" for e in audio["other_overlaps"]) > 300
    # ...and the time left is measured from word times, not from the padded edges.
    assert max(e["interrupted_time_left_s"] for e in audio["other_overlaps"] if e["reason"] == "latching") <= 0.26


def test_transcript_and_audio_words_give_the_same_verdicts(handovers):
    same_verdicts(*handovers)


def test_coming_in_with_words_still_to_come_is_an_interruption_in_both_inputs():
    turns, onsets = quick_call(n_turns=400, seed=1, interrupt_every=25)
    config = Config().talk_over
    audio = analyze_talk_over(as_audio(turns), config, source="channels")
    transcript = analyze_talk_over(as_transcript(turns), config, source="transcript")
    assert len(onsets) >= 12
    for section in (audio, transcript):
        found = [e for e in section["events"] if e["kind"] == "interruption"]
        assert [e["interrupter_onset"] for e in found] == pytest.approx(onsets, abs=0.02)
        assert {e["reason"] for e in found} == {"floor_taken"}
        assert all(e["interrupted_words_left"] >= 2 and e["interrupted_time_left_s"] >= 0.5 for e in found)
    same_verdicts(audio, transcript)


def test_talking_over_and_cut_offs_read_the_same_in_both_inputs():
    rng = random.Random(3)
    turns = [say("agent", 0.0, "So the refund goes back to the card you paid with, within five working days.", rng)]
    turns.append(say("customer", turns[0].words[4][1], "Which card do you mean?", rng))   # talked over the agent
    turns.append(say("customer", turns[0].end + 0.6, "And the delivery charge was taken twice and", rng))
    turns.append(say("agent", turns[-1].end - 0.15, "I have refunded the second charge already.", rng))  # cut off
    turns.append(say("customer", turns[-1].end + 0.5, "Thank you.", rng))
    outs = [analyze_talk_over(conv(turns), Config().talk_over) for conv in (as_audio, as_transcript)]
    for out in outs:
        assert [(e["interrupter"], e["kind"], e["reason"]) for e in out["events"]] == [
            ("customer", "interruption", "talked_over"), ("agent", "interruption", "cut_off")]
        assert out["events"][1]["interrupted_mid_sentence"] is True
        assert out["agent_interruptions"] == 1 and out["customer_interruptions"] == 1


def test_listening_on_the_quick_call_counts_every_hand_over():
    turns, _ = quick_call(n_turns=400, seed=2)
    # A single word ("Tuesday.") said between the other's turns does not take the floor:
    # the other's turn goes on around it, so it is no hand-over either way.
    single = sum(len(t.words) == 1 for t in turns[1:-1])
    outs = [analyze_listening(conv, Config().listening) for conv in (as_audio(turns), as_transcript(turns))]
    for out in outs:
        assert 399 - 2 * single <= out["turn_switches"] <= 399, (out["turn_switches"], single)
        assert -0.25 <= out["median_response_latency_s"] <= -0.08
    assert abs(outs[0]["turn_switches"] - outs[1]["turn_switches"]) <= 2


if __name__ == "__main__":  # the figures in docs/dynamics.md: python -m tests.test_turn_taking
    for label, every in (("hand-overs only", 0), ("an interruption every 25 turns", 25)):
        for seed in range(5):
            turns, onsets = quick_call(n_turns=400, seed=seed, interrupt_every=every)
            found = []
            for conv, source in ((as_audio(turns), "channels"), (as_transcript(turns), "transcript")):
                out = analyze_talk_over(conv, Config().talk_over, source=source)
                found.append(out["agent_interruptions"] + out["customer_interruptions"])
            print(f"{label}, seed {seed}: {len(onsets)} inserted; interruptions found: "
                  f"audio words {found[0]}, transcript {found[1]}")
