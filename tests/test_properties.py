"""Properties that hold for any conversation (hypothesis): ratios in range, events inside the
call, talk + silence accounting, invariance under shifting time, symmetry of roles; and a fuzz
test of the transcript reader."""
from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callcoach.analysis.dynamics.listening import analyze_listening
from callcoach.analysis.dynamics.talkover import analyze_talk_over
from callcoach.config import Config
from callcoach.conversation import Conversation
from callcoach.errors import InputError
from callcoach.speech.transcript import parse_transcript

from .builders import call, seg

WORDS = ["yes", "no", "okay", "my", "order", "is", "late", "sorry", "let", "me", "check", "mm-hmm",
         "right", "the", "refund", "thanks", "what", "happened", "?", "."]
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def conversations(draw) -> Conversation:
    """A call of 1-14 turns; speakers alternate or not, turns may overlap or leave gaps."""
    n = draw(st.integers(1, 14))
    t = draw(st.floats(0, 3))
    segments = []
    for _ in range(n):
        speaker = draw(st.sampled_from(["agent", "customer"]))
        start = max(0.0, t + draw(st.floats(-1.0, 6.0)))
        length = draw(st.floats(0.2, 8.0))
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)))
        segments.append(seg(speaker, round(start, 2), round(start + length, 2), text))
        t = start + length
    segments.sort(key=lambda s: s.start)
    return call(*segments, duration=max(s.end for s in segments) + draw(st.floats(0, 5)))


def shifted(conv: Conversation, by: float) -> Conversation:
    return call(*[seg(s.speaker, s.start + by, s.end + by, s.text) for s in conv.segments],
                duration=conv.duration_s + by)


def swapped(conv: Conversation) -> Conversation:
    other = {"agent": "customer", "customer": "agent"}
    return call(*[seg(other[s.speaker], s.start, s.end, s.text) for s in conv.segments], duration=conv.duration_s)


def sections(conv: Conversation) -> tuple[dict, dict]:
    cfg = Config()
    return (analyze_talk_over(conv, cfg.talk_over, source="transcript"),
            analyze_listening(conv, cfg.listening, source="transcript", talk_over=cfg.talk_over))


@SETTINGS
@given(conversations())
def test_ratios_are_fractions_and_events_lie_inside_the_call(conv):
    talk_over, listening = sections(conv)
    ratio = listening["agent_talk_ratio"]
    assert ratio is None or 0.0 <= ratio <= 1.0
    for e in talk_over["events"] + talk_over["other_overlaps"] + listening["dead_air"]:
        assert 0.0 <= e["start"] <= e["end"] <= conv.duration_s + 0.01
    assert talk_over["agent_interruptions"] >= 0 and talk_over["overlap_s"] >= 0


@SETTINGS
@given(conversations())
def test_talk_and_silence_account_for_the_whole_span(conv):
    _, listening = sections(conv)
    total = (listening["agent_talk_s"] + listening["customer_talk_s"] - listening["both_talking_s"]
             + listening["silence_s"])
    assert math.isclose(total, listening["span_s"], abs_tol=0.05)


@SETTINGS
@given(conversations(), st.floats(0.5, 500.0))
def test_shifting_every_time_changes_no_verdict(conv, by):
    (t1, l1), (t2, l2) = sections(conv), sections(shifted(conv, by))
    assert [e["kind"] for e in t1["events"]] == [e["kind"] for e in t2["events"]]
    for key in ("agent_interruptions", "customer_interruptions"):
        assert t1[key] == t2[key]
    for key in ("agent_talk_s", "customer_talk_s", "silence_s", "longest_agent_monologue_s"):
        assert math.isclose(l1[key], l2[key], abs_tol=0.02)
    assert len(l1["dead_air"]) == len(l2["dead_air"])


@SETTINGS
@given(conversations())
def test_swapping_roles_swaps_the_metrics(conv):
    (t1, l1), (t2, l2) = sections(conv), sections(swapped(conv))
    assert t1["agent_interruptions"] == t2["customer_interruptions"]
    assert t1["customer_interruptions"] == t2["agent_interruptions"]
    assert math.isclose(l1["agent_talk_s"], l2["customer_talk_s"], abs_tol=0.01)
    if l1["agent_talk_ratio"] is not None:
        assert math.isclose(l1["agent_talk_ratio"] + l2["agent_talk_ratio"], 1.0, abs_tol=0.02)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.one_of(
    json_values,
    st.fixed_dictionaries({"segments": st.lists(st.dictionaries(
        st.sampled_from(["speaker", "start", "end", "text", "words"]), json_values, max_size=5), max_size=4)})))
def test_the_transcript_reader_accepts_or_gives_one_clear_error(data):
    try:
        conversation, _ = parse_transcript(data, "fuzz.json")
    except InputError as err:
        assert str(err).startswith("fuzz.json: ") and "\n" not in str(err)
        return
    for s in conversation.segments:
        assert 0 <= s.start <= s.end <= 86400 and s.speaker in ("agent", "customer")
    json.dumps([s.text for s in conversation.segments])
