"""Coaching tips and strengths from hand-built reports: each tip fires on its evidence and
only then, at most three, ranked, traceable, in the customer's own words."""
from __future__ import annotations

import copy

import pytest

from callcoach.coaching import build_coaching, customer_problem
from callcoach.config import CoachingConfig, Config


def seg(speaker: str, start: float, end: float, text: str) -> dict:
    return {"speaker": speaker, "start": start, "end": end, "text": text, "words": []}


COMPLAINT = "My router was due last Friday. It still isn't here, and you billed me twice."

SEGMENTS = [
    seg("agent", 0.5, 4.0, "Thank you for calling Harbour Telecom, how can I help?"),
    seg("customer", 4.5, 11.0, COMPLAINT),
    seg("agent", 11.5, 20.0, "Could I have the tracking number please?"),
    seg("customer", 20.5, 23.0, "It's KP55217."),
    seg("agent", 23.5, 30.0, "Thanks. The router goes out tomorrow and the extra bill is refunded."),
    seg("customer", 30.5, 33.0, "Okay, thank you."),
    seg("agent", 33.5, 36.0, "You're welcome, goodbye."),
]


def calm_sections() -> dict:
    """Every section present, nothing wrong: no tip may fire."""
    return {
        "talk_over": {"events": [], "agent_interruptions": 0, "customer_interruptions": 0, "overlap_s": 0.0},
        "listening": {"agent_talk_s": 20.0, "customer_talk_s": 17.0, "agent_talk_ratio": 0.54,
                      "agent_talk_ratio_target": 0.43, "longest_agent_monologue_s": 8.5,
                      "longest_agent_monologue": {"start": 11.5, "end": 20.0}, "dead_air": [],
                      "span": {"start": 0.5, "end": 36.0}},
        "tone": {"available": True,
                 "agent": {"pitch_range_semitones": 5.5, "monotone": False, "pitch_reliable": True,
                           "speaking_rate_wpm": 150.0, "words": 60},
                 "customer": {"monotone": False}, "raised_voice": [], "timeline": []},
        "sentiment": {"customer": [{"start": 4.5, "end": 11.0, "score": -0.1},
                                   {"start": 20.5, "end": 23.0, "score": 0.0},
                                   {"start": 30.5, "end": 33.0, "score": 0.1}],
                      "customer_start": -0.1, "customer_end": 0.1},
        "apologies": {"items": [], "count": 0, "first_distress_s": None, "first_apology_latency_s": None,
                      "over_apologising": {"flag": False, "count": 0}},
        "empathy": {"phrases": [], "negative": [], "customer_name_used": 0, "score": 50},
    }


def report(segments=None, **overrides) -> dict:
    sections = calm_sections()
    for name, value in overrides.items():
        if value is None:
            sections.pop(name, None)
        elif isinstance(value, dict) and isinstance(sections.get(name), dict):
            sections[name] = {**sections[name], **value}
        else:
            sections[name] = value
    return {"schema_version": 1,
            "call": {"id": "t", "source": "t.wav", "duration_s": 40.0, "diarization": "channels",
                     "coachable": {"ok": True, "reasons": []}},
            "segments": copy.deepcopy(SEGMENTS if segments is None else segments), **sections}


def kinds(coaching: dict) -> list[str]:
    return [t["kind"] for t in coaching["improvements"]]


def all_tips(coaching: dict) -> list[dict]:
    return coaching["improvements"] + coaching["other_improvements"]


def distressed(latency=None, **extra) -> dict:
    return {"first_distress_s": 4.5, "first_distress_text": "My router was due last Friday.",
            "first_apology_latency_s": latency, **extra}


# -- the calm call --------------------------------------------------------------------

def test_a_calm_call_gets_no_tips():
    coaching = build_coaching(report())
    assert coaching["improvements"] == [] and coaching["other_improvements"] == []
    assert coaching["not_checked"] == []


def test_coaching_does_not_change_the_report():
    r = report(apologies=distressed())
    before = copy.deepcopy(r)
    build_coaching(r)
    assert r == before


def test_a_report_with_no_sections_gets_no_advice_and_says_what_was_not_checked():
    r = {"call": {"id": "x"}, "segments": []}
    coaching = build_coaching(r)
    assert coaching["improvements"] == [] and coaching["strengths"] == []
    assert {n["section"] for n in coaching["not_checked"]} >= {"empathy", "apologies", "sentiment", "tone",
                                                              "listening", "talk_over"}


def test_tone_unavailable_is_reported_with_its_reason():
    r = report(tone={"available": False, "reason": "tone needs audio; this call was analysed from a transcript"},
               listening={"agent_talk_ratio": 0.9, "longest_agent_monologue_s": 60.0})
    coaching = build_coaching(r)
    tone = next(n for n in coaching["not_checked"] if n["section"] == "tone")
    assert "transcript" in tone["reason"] and "monotone" in tone["checks"]
    assert "talk_ratio" in [t["kind"] for t in all_tips(coaching)]  # other rules still run


# -- distress and acknowledgement ------------------------------------------------------------

def test_unacknowledged_distress_names_the_customers_problem_in_their_words():
    coaching = build_coaching(report(apologies=distressed(latency=None)))
    tip = coaching["improvements"][0]
    assert tip["kind"] == "unacknowledged_distress"
    assert tip["at"] == 4.5
    assert "your router" in tip["try_saying"]
    assert "we billed you twice" in tip["try_saying"]
    assert "My router was due last Friday" in tip["what"]
    assert tip["evidence"]["section"] == "apologies" and tip["evidence"]["segment"] == 1


def test_a_prompt_apology_is_no_tip_but_a_strength():
    r = report(apologies=distressed(latency=3.0, first_response={"start": 7.5, "text": "I'm so sorry."}))
    coaching = build_coaching(r)
    assert "unacknowledged_distress" not in kinds(coaching) and "late_acknowledgement" not in kinds(coaching)
    strength = next(s for s in coaching["strengths"] if s["kind"] == "prompt_acknowledgement")
    assert strength["at"] == 7.5


def test_distress_at_the_very_end_of_the_call_is_not_coached():
    segments = SEGMENTS[:1] + [seg("customer", 4.5, 11.0, COMPLAINT)]
    assert build_coaching(report(segments, apologies=distressed(latency=None)))["improvements"] == []


def test_late_acknowledgement():
    r = report(apologies=distressed(latency=40.0, first_response={"start": 44.5, "text": "Sorry about that."}))
    tip = build_coaching(r)["improvements"][0]
    assert tip["kind"] == "late_acknowledgement"
    assert tip["at"] == 4.5 and "40 s later" in tip["what"]
    assert "your router" in tip["try_saying"]


def test_late_acknowledgement_threshold_is_configurable():
    r = report(apologies=distressed(latency=20.0))
    assert "late_acknowledgement" not in kinds(build_coaching(r))
    config = Config.from_dict({"language": {"prompt_response_s": 15.0}})
    assert "late_acknowledgement" in kinds(build_coaching(r, config))


def test_moving_on_after_a_complaint_quotes_it_and_suggests_naming_the_problem():
    segments = SEGMENTS[:5] + [seg("customer", 30.5, 34.0, "My router keeps dropping the connection every evening."),
                               seg("agent", 34.5, 38.0, "Please confirm your postcode.")]
    sentiment = {"customer": [{"start": 4.5, "end": 11.0, "score": -0.1}, {"start": 20.5, "end": 23.0, "score": 0.0},
                              {"start": 30.5, "end": 34.0, "score": -0.95}],
                 "customer_start": -0.1, "customer_end": -0.1}
    coaching = build_coaching(report(segments, sentiment=sentiment))
    tip = coaching["improvements"][0]
    assert tip["kind"] == "moved_on" and tip["at"] == 30.5
    assert "My router keeps dropping" in tip["what"]
    assert "your router" in tip["try_saying"]
    assert tip["evidence"] == {"section": "sentiment", "field": "customer", "index": 2, "start": 30.5, "end": 34.0,
                               "score": -0.95, "segment": 5, "count": 1}


def test_an_acknowledgement_after_the_complaint_means_the_agent_did_not_move_on():
    segments = SEGMENTS[:5] + [seg("customer", 30.5, 34.0, "My router keeps dropping the connection."),
                               seg("agent", 34.5, 38.0, "I understand how frustrating that is.")]
    sentiment = {"customer": [{"start": 30.5, "end": 34.0, "score": -0.8}], "customer_start": -0.8,
                 "customer_end": -0.8}
    empathy = {"phrases": [{"start": 34.5, "end": 36.0, "text": "I understand how frustrating that is.",
                            "category": "acknowledge"}]}
    assert "moved_on" not in kinds(build_coaching(report(segments, sentiment=sentiment, empathy=empathy)))


# -- talk-over, silence, balance ----------------------------------------------------------------

def interruption(interrupter: str, kind: str = "interruption") -> dict:
    return {"start": 9.8, "end": 10.4, "interrupter": interrupter, "kind": kind,
            "cut_off_words": "It still isn't here, and you billed" if interrupter == "agent" else None}


def test_agent_interrupting_quotes_the_cut_off_words():
    r = report(talk_over={"events": [interruption("agent")], "agent_interruptions": 1})
    tip = build_coaching(r)["improvements"][0]
    assert tip["kind"] == "agent_interruption" and tip["at"] == 9.8
    assert "“It still isn't here, and you billed”" in tip["what"]
    assert tip["evidence"]["section"] == "talk_over" and tip["evidence"]["index"] == 0


@pytest.mark.parametrize("event", [interruption("customer"), interruption("agent", "backchannel")])
def test_customer_interruptions_and_backchannels_are_not_the_agents_fault(event):
    assert build_coaching(report(talk_over={"events": [event]}))["improvements"] == []


def test_unannounced_dead_air_is_a_tip_and_an_announced_hold_a_strength():
    silent = {"start": 25.0, "end": 37.0, "duration_s": 12.0, "hold": False, "hold_phrase": None}
    tip = build_coaching(report(listening={"dead_air": [silent]}))["improvements"][0]
    assert tip["kind"] == "unannounced_dead_air" and tip["at"] == 25.0 and "12 s" in tip["what"]
    held = {**silent, "hold": True, "hold_phrase": "one moment", "agent_before": "Thanks. Let me check, one moment."}
    coaching = build_coaching(report(listening={"dead_air": [held]}))
    assert coaching["improvements"] == []
    strength = next(s for s in coaching["strengths"] if s["kind"] == "announced_hold")
    assert "Let me check, one moment." in strength["text"]


def test_dead_air_without_a_hold_flag_is_not_called_unannounced():
    r = report(listening={"dead_air": [{"start": 25.0, "end": 37.0}]})
    coaching = build_coaching(r)
    assert coaching["improvements"] == []
    assert any("unannounced_dead_air" in n["checks"] for n in coaching["not_checked"])


def test_long_monologue():
    r = report(listening={"longest_agent_monologue_s": 62.0, "longest_agent_monologue": {"start": 70.0, "end": 132.0}})
    tip = build_coaching(r)["improvements"][0]
    assert tip["kind"] == "long_monologue" and tip["at"] == 70.0 and "62 s" in tip["what"]
    assert build_coaching(report(listening={"longest_agent_monologue_s": 30.0}))["improvements"] == []


@pytest.mark.parametrize("ratio, fires", [(0.70, True), (0.63, True), (0.55, False), (None, False)])
def test_talk_ratio_far_above_target(ratio, fires):
    coaching = build_coaching(report(listening={"agent_talk_ratio": ratio}))
    assert ("talk_ratio" in kinds(coaching)) is fires
    if fires:
        assert f"{round(ratio * 100)}%" in coaching["improvements"][0]["what"]


def test_a_balanced_talk_share_is_a_strength():
    coaching = build_coaching(report(listening={"agent_talk_ratio": 0.45}))
    assert any(s["kind"] == "balanced_talk" and "45%" in s["text"] for s in coaching["strengths"])


# -- words ---------------------------------------------------------------------------------------

def test_dismissive_phrase_gets_a_specific_alternative():
    empathy = {"negative": [{"start": 24.0, "end": 25.5, "text": "That's our policy.", "category": "policy_wall",
                             "confidence": 0.85}]}
    tip = build_coaching(report(empathy=empathy, apologies=distressed(latency=2.0)))["improvements"][0]
    assert tip["kind"] == "dismissive_phrase" and tip["at"] == 24.0
    assert "“That's our policy.”" in tip["what"]
    assert tip["try_saying"].startswith("I can't change that rule, but here's what I can do about your router")


def test_an_unsure_dismissive_guess_is_not_coached():
    empathy = {"negative": [{"start": 24.0, "end": 25.5, "text": "Your router is late.", "category": "blame",
                             "confidence": 0.54}]}
    assert build_coaching(report(empathy=empathy))["improvements"] == []


def test_over_apologising():
    items = [{"start": 5.0 + i, "end": 5.5 + i, "text": "Sorry.", "specific": False, "followed_by_action": False}
             for i in range(6)]
    apologies = {"items": items, "over_apologising": {"flag": True, "count": 6, "without_action": 6}}
    tip = build_coaching(report(apologies=apologies))["improvements"][0]
    assert tip["kind"] == "over_apologising" and "6 times" in tip["what"] and tip["at"] == 5.0


# -- voice ---------------------------------------------------------------------------------------

def test_fast_pace_quotes_the_agents_own_sentence():
    tone = {"agent": {"speaking_rate_wpm": 210.0, "words": 120, "monotone": False},
            "timeline": [{"speaker": "agent", "start": 23.5, "end": 30.0, "rate_wpm": 240.0}]}
    tip = build_coaching(report(tone=tone))["improvements"][0]
    assert tip["kind"] == "fast_pace" and tip["at"] == 23.5 and "210" in tip["what"]
    assert tip["try_saying"] == "The router goes out tomorrow and the extra bill is refunded."
    assert tip["how"]


def test_a_few_fast_words_are_not_a_pace_problem():
    tone = {"agent": {"speaking_rate_wpm": 230.0, "words": 12}}
    assert build_coaching(report(tone=tone))["improvements"] == []


def test_monotone_needs_a_reliable_pitch():
    flat = {"agent": {"monotone": True, "pitch_range_semitones": 1.8, "pitch_reliable": True}}
    tip = build_coaching(report(tone=flat))["improvements"][0]
    assert tip["kind"] == "monotone" and "1.8 semitones" in tip["what"]
    unsure = {"agent": {"monotone": True, "pitch_range_semitones": 1.8, "pitch_reliable": False}}
    assert build_coaching(report(tone=unsure))["improvements"] == []


def test_only_the_agents_raised_voice_is_coached():
    customer = {"raised_voice": [{"speaker": "customer", "start": 5.0, "end": 7.0, "loudness_delta_db": 9.0}]}
    assert build_coaching(report(tone=customer))["improvements"] == []
    agent = {"raised_voice": [{"speaker": "agent", "start": 12.0, "end": 14.0, "loudness_delta_db": 8.0}]}
    tip = build_coaching(report(tone=agent))["improvements"][0]
    assert tip["kind"] == "agent_raised_voice" and "+8 dB" in tip["what"]


# -- outcome ---------------------------------------------------------------------------------------

def test_sentiment_ending_lower_than_it_started():
    sentiment = {"customer": [{"start": 4.5, "end": 11.0, "score": 0.1}, {"start": 20.5, "end": 23.0, "score": -0.1},
                              {"start": 30.5, "end": 33.0, "score": -0.3}],
                 "customer_start": 0.1, "customer_end": -0.3}
    tip = build_coaching(report(sentiment=sentiment))["improvements"][0]
    assert tip["kind"] == "sentiment_drop" and tip["at"] == 30.5
    assert "+0.10 → −0.30" in tip["what"]
    assert tip["try_saying"].startswith("Before we finish — have I fully sorted out")


def test_sentiment_that_recovered_is_a_strength():
    sentiment = {"customer": [{"start": 30.5, "end": 33.0, "score": 0.8}], "customer_start": -0.6, "customer_end": 0.4}
    coaching = build_coaching(report(sentiment=sentiment))
    assert coaching["improvements"] == []
    assert any(s["kind"] == "sentiment_recovered" for s in coaching["strengths"])


# -- strengths ---------------------------------------------------------------------------------------

def test_a_specific_apology_followed_by_action_is_a_strength_a_generic_one_is_not():
    specific = {"start": 11.5, "end": 13.0, "text": "I'm so sorry your router is late.", "specific": True,
                "followed_by_action": True}
    generic = {**specific, "text": "Sorry for any inconvenience.", "specific": False}
    strengths = build_coaching(report(apologies={"items": [specific]}))["strengths"]
    assert strengths[0]["kind"] == "specific_apology" and strengths[0]["at"] == 11.5
    assert "your router is late" in strengths[0]["text"]
    assert not any(s["kind"] == "specific_apology" for s in build_coaching(report(apologies={"items": [generic]}))["strengths"])


def test_using_the_customers_name_is_a_strength():
    empathy = {"customer_name_used": 2, "customer_name": "Maria",
               "phrases": [{"start": 12.0, "end": 12.4, "text": "Maria", "category": "personalize"}]}
    strength = next(s for s in build_coaching(report(empathy=empathy))["strengths"] if s["kind"] == "used_name")
    assert strength["at"] == 12.0 and "Maria" in strength["text"] and "2 times" in strength["text"]


def test_no_strength_is_invented():
    r = report(listening={"agent_talk_ratio": 0.8})
    assert build_coaching(r)["strengths"] == []


# -- ranking ---------------------------------------------------------------------------------------

def everything_wrong() -> dict:
    return report(
        apologies=distressed(latency=None),
        empathy={"negative": [{"start": 24.0, "end": 25.0, "text": "Rules are rules.", "category": "policy_wall",
                               "confidence": 0.9}]},
        talk_over={"events": [interruption("agent")]},
        listening={"agent_talk_ratio": 0.8, "longest_agent_monologue_s": 70.0,
                   "dead_air": [{"start": 26.0, "end": 40.0, "hold": False}]},
        tone={"agent": {"monotone": True, "pitch_range_semitones": 1.5, "speaking_rate_wpm": 220.0, "words": 200}},
    )


def test_at_most_three_tips_most_important_first():
    coaching = build_coaching(everything_wrong())
    assert kinds(coaching) == ["dismissive_phrase", "unacknowledged_distress", "agent_interruption"]
    assert [t["rank"] for t in coaching["improvements"]] == [1, 2, 3]
    assert [t["kind"] for t in coaching["other_improvements"]] == [
        "unannounced_dead_air", "long_monologue", "talk_ratio", "fast_pace", "monotone"]


def test_ranking_and_count_come_from_the_config():
    cfg = CoachingConfig(max_improvements=2, ranking=["monotone", "talk_ratio"])
    assert kinds(build_coaching(everything_wrong(), cfg)) == ["monotone", "talk_ratio"]
    full = Config()
    full.coaching.max_improvements = 1
    assert len(build_coaching(everything_wrong(), full)["improvements"]) == 1


def test_within_a_kind_the_largest_instance_wins():
    silences = [{"start": 5.0, "end": 11.0, "hold": False}, {"start": 26.0, "end": 40.0, "hold": False}]
    tip = build_coaching(report(listening={"dead_air": silences}))["improvements"][0]
    assert tip["at"] == 26.0 and tip["evidence"]["index"] == 1 and tip["evidence"]["count"] == 2


def test_every_item_has_a_time_evidence_and_speaks_to_the_agent():
    coaching = build_coaching(everything_wrong())
    for tip in all_tips(coaching):
        assert isinstance(tip["at"], float)
        assert tip["evidence"]["section"] in ("apologies", "empathy", "talk_over", "listening", "tone", "sentiment")
        assert tip["what"] and tip["why"] and tip["try_saying"]
        assert "you" in (tip["what"] + tip["why"]).lower()


# -- the customer's words ---------------------------------------------------------------------------

@pytest.mark.parametrize("said, noun, clause", [
    (COMPLAINT, "your router", "your router still isn't here and we billed you twice"),
    ("I was billed twice for one booking", "the booking", "you were billed twice for one booking"),
    ("My internet has been down for three days and nobody called me back.", "your internet",
     "nobody called you back"),
    ("I needed it for my daughter's birthday,", "your daughter's birthday", None),
    ("Hi, I'm really upset.", None, None),
    ("This is ridiculous, you're useless", None, None),
])
def test_customer_problem_is_said_back_in_their_words(said, noun, clause):
    assert customer_problem(said) == {"noun": noun, "clause": clause}
