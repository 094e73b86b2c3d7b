"""Listening: talk share, dead air, monologues, latency, turn switches and questions."""
from __future__ import annotations

import json

import pytest

from callcoach.analysis.dynamics.listening import analyze_listening
from callcoach.config import Config
from callcoach.conversation import Conversation
from callcoach.speech.transcript import parse_transcript

from .builders import SAMPLES, call, seg



def test_talk_times_and_agent_talk_ratio():
    conv = call(seg("agent", 1.0, 4.0, "Hello, how can I help?"),
                seg("customer", 4.5, 10.5, "My parcel is late and I was charged twice for it."),
                seg("agent", 11.0, 14.0, "I'm sorry, let me fix that."), duration=15.0)
    out = analyze_listening(conv, Config().listening)
    assert (out["agent_talk_s"], out["customer_talk_s"]) == (6.0, 6.0)
    assert out["agent_talk_ratio"] == 0.5
    assert out["agent_talk_ratio_target"] == 0.5 and out["agent_talk_ratio_target_basis"] == "support calls"


def test_talk_silence_and_overlap_add_up_to_the_span():
    conv = call(seg("agent", 1.0, 6.0, "I've refunded the charge and rebooked the van."),
                seg("customer", 3.0, 3.4, "Okay."),
                seg("customer", 7.0, 9.0, "Thank you so much."), duration=12.0)
    out = analyze_listening(conv, Config().listening)
    assert out["span"] == {"start": 1.0, "end": 9.0}
    assert (out["leading_silence_s"], out["trailing_silence_s"]) == (1.0, 3.0)
    assert out["both_talking_s"] == 0.4 and out["silence_s"] == 1.0
    total = out["agent_talk_s"] + out["customer_talk_s"] - out["both_talking_s"] + out["silence_s"]
    assert total == pytest.approx(out["span_s"])


def test_silence_at_the_call_boundaries_is_not_dead_air_by_default():
    conv = call(seg("agent", 8.0, 10.0, "Hello, Harbour Telecom."),
                seg("customer", 10.5, 12.0, "Hi there."), duration=20.0)
    out = analyze_listening(conv, Config().listening)
    assert out["dead_air"] == [] and out["silence_s"] == 0.5
    assert (out["leading_silence_s"], out["trailing_silence_s"]) == (8.0, 8.0)


def test_boundary_silence_counts_when_configured():
    conv = call(seg("agent", 8.0, 10.0, "Hello, Harbour Telecom."),
                seg("customer", 10.5, 12.0, "Hi there."), duration=20.0)
    config = Config.from_dict({"listening": {"count_boundary_silence": True}})
    out = analyze_listening(conv, config.listening, talk_over=config.talk_over)
    assert [(d["start"], d["end"]) for d in out["dead_air"]] == [(0.0, 8.0), (12.0, 20.0)]
    assert out["silence_s"] == 16.5


def test_dead_air_after_a_hold_announcement_is_a_hold():
    conv = call(seg("agent", 0.0, 3.0, "Thank you. Let me check that, one moment."),
                seg("agent", 10.0, 13.0, "Thanks for waiting, it's sorted."),
                seg("customer", 13.5, 14.5, "Great, thanks."))
    out = analyze_listening(conv, Config().listening)
    assert out["dead_air"] == [{"start": 3.0, "end": 10.0, "duration_s": 7.0,
                                "announced_by": "agent", "announced_phrase": "one moment",  # the last said
                                "hold": True, "hold_phrase": "one moment", "long_hold": False,
                                "agent_before": "Thank you. Let me check that, one moment.",
                                "customer_before": ""}]
    assert out["dead_air_s"] == 7.0 and out["unannounced_dead_air_s"] == 0.0
    assert out["announced_dead_air_s"] == {"agent": 7.0, "customer": 0.0}


@pytest.mark.parametrize("words", [True, False])
def test_a_silence_the_customer_announced_is_theirs_not_unannounced_dead_air(words):
    conv = call(seg("agent", 0.0, 3.0, "Could you read me the long number on your card?", words=words),
                seg("customer", 3.4, 6.0, "Hold on, let me find my card.", words=words),
                seg("customer", 20.0, 23.0, "Right, it's four nine two nine.", words=words))
    out = analyze_listening(conv, Config().listening)
    [air] = out["dead_air"]
    assert (air["start"], air["end"], air["announced_by"], air["hold"]) == (6.0, 20.0, "customer", False)
    assert air["announced_phrase"] == "let me find" and air["hold_phrase"] is None
    assert air["customer_before"] == "Hold on, let me find my card."
    assert out["unannounced_dead_air_s"] == 0.0 and out["dead_air_s"] == 14.0
    assert out["announced_dead_air_s"] == {"agent": 0.0, "customer": 14.0}


def test_the_announcement_said_last_decides_and_a_long_hold_is_marked():
    # The customer asks to wait, the agent then announces a hold of their own: the agent's.
    conv = call(seg("customer", 0.0, 2.0, "Give me a second."),
                seg("agent", 2.5, 6.0, "No problem, and while you look, let me check your account. Please hold."),
                seg("agent", 76.0, 79.0, "Thank you for holding."))
    [air] = analyze_listening(conv, Config().listening)["dead_air"]
    assert (air["announced_by"], air["hold_phrase"], air["long_hold"]) == ("agent", "please hold", True)
    short = Config.from_dict({"listening": {"long_hold_s": 80.0}}).listening
    assert analyze_listening(conv, short)["dead_air"][0]["long_hold"] is False


def test_unannounced_dead_air_in_the_middle_is_not_a_hold():
    conv = call(seg("customer", 0.0, 3.0, "What's my balance?"),
                seg("agent", 9.0, 11.0, "It's forty dollars."))
    out = analyze_listening(conv, Config().listening)
    assert [(d["start"], d["end"], d["hold"], d["announced_by"]) for d in out["dead_air"]] == [(3.0, 9.0, False, None)]
    assert out["unannounced_dead_air_s"] == 6.0


def test_silence_shorter_than_the_threshold_is_not_dead_air():
    conv = call(seg("customer", 0.0, 3.0, "What's my balance?"), seg("agent", 7.5, 9.0, "Forty dollars."))
    assert analyze_listening(conv, Config().listening)["dead_air"] == []


def test_monologue_bridges_short_pauses():
    conv = call(seg("agent", 0.0, 5.0, "So first we check the depot."),
                seg("agent", 5.8, 12.0, "Then we rebook the van for tomorrow."),
                seg("agent", 14.0, 15.0, "Okay?"),
                seg("customer", 15.5, 17.0, "Fine by me."))
    out = analyze_listening(conv, Config().listening)
    assert out["longest_agent_monologue_s"] == 12.0
    assert out["longest_agent_monologue"] == {"start": 0.0, "end": 12.0}


def test_monologue_is_not_broken_by_a_backchannel():
    # The customer's "mm-hmm" falls in the agent's pause, overlapping nothing.
    conv = call(seg("agent", 0.0, 5.0, "So first we check the depot."),
                seg("customer", 5.2, 5.5, "Mm-hmm."),
                seg("agent", 5.8, 12.0, "Then we rebook the van for tomorrow."),
                seg("customer", 8.0, 8.3, "Right."),
                seg("customer", 13.0, 15.0, "Fine by me."))
    out = analyze_listening(conv, Config().listening)
    assert out["longest_agent_monologue"] == {"start": 0.0, "end": 12.0}
    assert out["turn_switches"] == 1


def test_monologue_is_broken_by_the_other_speakers_turn():
    conv = call(seg("agent", 0.0, 5.0, "So first we check the depot."),
                seg("customer", 5.1, 5.7, "Which depot?"),
                seg("agent", 5.9, 12.0, "The Denver one, then we rebook the van."))
    out = analyze_listening(conv, Config().listening)
    assert out["longest_agent_monologue"] == {"start": 5.9, "end": 12.0}
    assert out["longest_customer_story"] == {"start": 5.1, "end": 5.7}


def test_customer_story_is_measured_too():
    conv = call(seg("agent", 0.0, 2.0, "How can I help?"),
                seg("customer", 2.5, 9.0, "Well, my parcel was due Monday."),
                seg("customer", 9.6, 20.0, "And I was charged twice, and nobody called me back."),
                seg("agent", 20.5, 22.0, "I'm so sorry."))
    out = analyze_listening(conv, Config().listening)
    assert out["longest_customer_story_s"] == 17.5


def test_response_latency_is_positive_after_a_gap_and_negative_when_the_agent_jumps_in():
    conv = call(seg("customer", 0.0, 3.0, "My parcel is late."),
                seg("agent", 3.6, 6.0, "Sorry to hear that."),
                seg("customer", 6.5, 10.0, "And I was charged twice and"),
                seg("agent", 9.6, 12.0, "I'll refund that now."))
    out = analyze_listening(conv, Config().listening)
    assert [r["latency_s"] for r in out["response_latencies"]] == [0.6, -0.4]
    assert out["response_latencies"][1] == {"customer_end": 10.0, "agent_start": 9.6, "latency_s": -0.4}
    assert out["median_response_latency_s"] == 0.1


def test_no_hand_over_gives_no_latency():
    out = analyze_listening(call(seg("agent", 0.0, 3.0, "Hello?")), Config().listening)
    assert out["median_response_latency_s"] is None and out["turn_switches"] == 0


def test_turn_switches_per_minute_of_span():
    conv = call(seg("agent", 0.0, 10.0, "Hello, how can I help you today?"),
                seg("customer", 10.5, 20.0, "My parcel is late."),
                seg("agent", 20.5, 30.0, "Let me look into that."))
    out = analyze_listening(conv, Config().listening)
    assert out["turn_switches"] == 2 and out["turn_switches_per_min"] == 4.0


def test_an_answer_yes_is_a_turn_not_a_backchannel():
    conv = call(seg("agent", 0.0, 3.0, "Is that the account at Elm Road?"),
                seg("customer", 3.4, 3.8, "Yes."),
                seg("agent", 4.2, 6.0, "Great, that's done."))
    out = analyze_listening(conv, Config().listening)
    assert out["turn_switches"] == 2
    assert out["response_latencies"] == [{"customer_end": 3.8, "agent_start": 4.2, "latency_s": 0.4}]


def test_agent_questions_by_punctuation():
    conv = call(seg("agent", 0.0, 6.0, "Thanks for calling. How can I help you today?"),
                seg("customer", 6.5, 8.0, "Where is my parcel?"),
                seg("agent", 8.5, 12.0, "Could I have the tracking number? I'll check."))
    out = analyze_listening(conv, Config().listening)
    questions = out["agent_questions"]
    assert questions["count"] == 2
    assert [q["text"] for q in questions["items"]] == ["How can I help you today?", "Could I have the tracking number?"]
    assert questions["items"][0]["start"] == 2.0  # the word "How" in the evenly timed segment


def test_agent_questions_in_unpunctuated_text_by_opener():
    conv = call(seg("agent", 0.0, 3.0, "so what's the tracking number"),
                seg("agent", 4.0, 6.0, "okay I will check that"),
                seg("agent", 7.0, 9.0, "could you spell your name"))
    items = analyze_listening(conv, Config().listening)["agent_questions"]["items"]
    assert [q["text"] for q in items] == ["so what's the tracking number", "could you spell your name"]


def test_transcript_without_words_estimates_question_times_and_reads_holds():
    conv = call(seg("agent", 0.0, 4.0, "Sure. Can I have your number?", words=False),
                seg("customer", 4.5, 6.0, "It's nine one nine.", words=False),
                seg("agent", 6.5, 8.0, "Please hold.", words=False),
                seg("agent", 16.0, 18.0, "Thanks for holding.", words=False))
    out = analyze_listening(conv, Config().listening, source="transcript")
    [question] = out["agent_questions"]["items"]
    assert question["text"] == "Can I have your number?" and 0.0 < question["start"] < 2.0
    assert [(d["start"], d["end"], d["hold"]) for d in out["dead_air"]] == [(8.0, 16.0, True)]
    assert out["reliability"]["level"] == "medium"


def test_empty_call_has_no_ratio_and_low_reliability():
    out = analyze_listening(Conversation(segments=[], duration_s=10.0), Config().listening)
    assert out["agent_talk_ratio"] is None and out["longest_agent_monologue"] is None
    assert out["reliability"]["level"] == "low"


def test_ground_truth_stereo_call_dead_air_is_a_hold_and_figures_match():
    data = json.loads((SAMPLES / "call_stereo_8k.truth.json").read_text())
    conv, _ = parse_transcript(data, "call_stereo_8k.truth.json")
    out = analyze_listening(conv, Config().listening, source="transcript")
    [air] = out["dead_air"]
    assert (air["start"], air["end"]) == (pytest.approx(25.32), pytest.approx(32.31))
    assert [(d["start"], d["end"]) for d in data["dead_air"]] == [(air["start"], air["end"])]
    assert air["hold"] is True
    assert out["longest_agent_monologue"] == {"start": 43.48, "end": 51.39}  # "Right." does not break it
    assert out["median_response_latency_s"] == 0.5
    assert out["turn_switches"] == 10
    assert out["agent_questions"]["count"] == 2
