"""Talk-over: backchannels vs interruptions, with evidence, on hand-built calls."""
from __future__ import annotations

import json

import pytest

from callcoach.analysis.dynamics.talkover import analyze_talk_over
from callcoach.config import Config
from callcoach.conversation import Segment, SpeechTurn, Word
from callcoach.speech.transcript import parse_transcript

from .builders import SAMPLES, call, seg



def only_event(section: dict) -> dict:
    found = section["events"] + section["other_overlaps"]
    assert len(found) == 1, found
    return found[0]


def test_backchannel_is_not_an_interruption():
    conv = call(seg("agent", 0.0, 8.0, "I have refunded the charge and the parcel goes out on the first van tomorrow."),
                seg("customer", 3.0, 3.4, "Mm-hmm."))
    out = analyze_talk_over(conv, Config().talk_over)
    event = only_event(out)
    assert event["kind"] == "backchannel"
    assert event["interrupter"] == "customer" and event["interrupted"] == "agent"
    assert (event["start"], event["end"], event["duration_s"]) == (3.0, 3.4, 0.4)
    assert event["interrupter_words"] == "Mm-hmm."
    assert event["cut_off_words"] is None
    assert out["customer_backchannels"] == 1 and out["customer_interruptions"] == 0


@pytest.mark.parametrize("token", ["Uh-huh.", "Right.", "Okay.", "Yeah.", "I see.", "Sure.", "Got it.", "Okay, I see."])
def test_every_acknowledgement_token_is_a_backchannel(token):
    conv = call(seg("agent", 0.0, 8.0, "Your parcel was held at our depot after a labelling error, sorry."),
                seg("customer", 3.0, 3.6, token))
    assert only_event(analyze_talk_over(conv, Config().talk_over))["kind"] == "backchannel"


def test_customer_cut_off_mid_sentence_is_an_agent_interruption_with_evidence():
    conv = call(seg("customer", 0.0, 6.0, "My internet has been down since last night, and I already restarted"),
                seg("agent", 5.7, 9.0, "I'm sorry, there's an outage in your area."))
    out = analyze_talk_over(conv, Config().talk_over)
    event = only_event(out)
    assert (event["kind"], event["reason"]) == ("interruption", "cut_off")
    assert event["interrupter"] == "agent" and event["interrupted"] == "customer"
    assert (event["start"], event["end"], event["duration_s"]) == (5.7, 6.0, 0.3)
    assert event["interrupted_stopped_at"] == 6.0 and event["interrupted_mid_sentence"] is True
    assert event["cut_off_words"].endswith("I already restarted")
    assert event["interrupter_words"].startswith("I'm sorry, there's")
    assert out["agent_interruptions"] == 1 and out["customer_interruptions"] == 0


def test_coming_in_on_the_last_word_of_a_finished_sentence_is_latching():
    conv = call(seg("customer", 0.0, 4.0, "It's N W four four seven one nine."),
                seg("agent", 3.8, 6.0, "Thank you, let me check that."))
    event = only_event(analyze_talk_over(conv, Config().talk_over, source="transcript"))
    assert (event["kind"], event["reason"]) == ("overlap", "latching")
    assert event["interrupted_mid_sentence"] is False
    assert event["interrupted_words_left"] == 1 and event["interrupted_time_left_s"] == 0.2
    assert event["interrupter_onset"] == 3.8


@pytest.mark.parametrize("source", ["channels", "pyannote", "transcript"])
def test_a_full_stop_reads_the_same_whatever_the_input(source):
    # The same words decide for every input kind: no source trusts or distrusts a full stop.
    finished = call(seg("agent", 0.0, 4.0, "Your parcel goes out tomorrow morning, with priority."),
                    seg("customer", 3.8, 6.0, "Tomorrow morning? Can you guarantee that?"))
    cut = call(seg("agent", 0.0, 4.0, "Your parcel goes out tomorrow morning, on the."),
               seg("customer", 3.8, 6.0, "Tomorrow morning? Can you guarantee that?"))
    assert only_event(analyze_talk_over(finished, Config().talk_over, source=source))["reason"] == "latching"
    event = only_event(analyze_talk_over(cut, Config().talk_over, source=source))
    assert (event["kind"], event["reason"], event["interrupter"]) == ("interruption", "cut_off", "customer")


def test_answering_a_question_early_is_not_an_interruption():
    conv = call(seg("agent", 0.0, 4.0, "Could I have the tracking number?"),
                seg("customer", 3.8, 6.0, "Sure, it's N W four four seven."))
    event = only_event(analyze_talk_over(conv, Config().talk_over, source="channels"))
    assert (event["kind"], event["reason"]) == ("overlap", "latching")


def test_coming_in_with_two_words_and_half_a_second_left_is_an_interruption():
    # Eight words over 4 s: at 3.0 s "guarantee that?" (two words, 1 s) is still to come;
    # the agent finishes the sentence, but the customer came in mid-turn and kept the floor.
    conv = call(seg("agent", 0.0, 4.0, "Can I just say we cannot guarantee that?"),
                seg("customer", 3.0, 6.0, "No, I need it tomorrow, that is the whole point."))
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("interruption", "floor_taken")
    assert event["interrupted_words_left"] == 2 and event["interrupted_time_left_s"] == 1.0
    between = call(seg("agent", 0.0, 4.0, "Can I just say we cannot guarantee that?"),
                   seg("customer", 3.6, 6.0, "No, I need it tomorrow, that is the whole point."))
    assert only_event(analyze_talk_over(between, Config().talk_over))["reason"] == "latching"
    # Two short words in 0.4 s: more than the last word, less than an interruption.
    agent = Segment("agent", 0.0, 4.0, "We cannot do it?", [
        Word(" We", 0.0, 1.5), Word(" cannot", 1.5, 3.55), Word(" do", 3.55, 3.75), Word(" it?", 3.75, 4.0)])
    early = call(agent, seg("customer", 3.6, 6.0, "No, I need it tomorrow, that is the whole point."))
    event = only_event(analyze_talk_over(early, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("overlap", "early_hand_over")


def test_trailing_dash_counts_as_mid_sentence():
    conv = call(seg("customer", 0.0, 4.0, "and then the courier said that-"),
                seg("agent", 3.8, 6.0, "Sorry, which courier was it?"))
    assert only_event(analyze_talk_over(conv, Config().talk_over))["kind"] == "interruption"


def test_tiny_overlap_at_a_hand_over_is_not_an_event():
    conv = call(seg("customer", 0.0, 4.0, "And you charged me twice"),
                seg("agent", 3.95, 6.0, "I'm so sorry about that."))
    out = analyze_talk_over(conv, Config().talk_over)
    assert out["events"] == [] and out["other_overlaps"] == [] and out["overlap_s"] == 0.0


def test_wordless_short_overlap_inside_speech_is_a_backchannel():
    # ASR found no words for a quiet "mm-hmm": only the speech map knows it.
    conv = call(seg("agent", 0.0, 8.0, "Your parcel goes out tomorrow morning with priority."),
                speech_map=[SpeechTurn("agent", 0.0, 8.0), SpeechTurn("customer", 4.0, 4.5)])
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("backchannel", "short_wordless")


def test_long_wordless_overlap_is_not_counted_as_an_interruption():
    conv = call(seg("agent", 0.0, 8.0, "Your parcel goes out tomorrow morning with priority."),
                speech_map=[SpeechTurn("agent", 0.0, 8.0), SpeechTurn("customer", 3.0, 5.0)])
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("overlap", "wordless")


def test_long_contentful_overlap_is_an_interruption_even_if_the_other_keeps_talking():
    conv = call(seg("agent", 0.0, 10.0, "So the refund will reach your card within three to five working days after we process it."),
                seg("customer", 4.0, 6.0, "No no that is not good enough for me"))
    out = analyze_talk_over(conv, Config().talk_over)
    event = only_event(out)
    assert (event["kind"], event["reason"]) == ("interruption", "talked_over")
    assert out["customer_interruptions"] == 1


def test_a_remark_with_words_over_the_others_turn_is_an_interruption_and_a_word_is_not():
    remark = call(seg("agent", 0.0, 10.0, "So the refund will reach your card within three to five working days."),
                  seg("customer", 4.0, 4.8, "The Visa one"))
    event = only_event(analyze_talk_over(remark, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("interruption", "talked_over")
    word = call(seg("agent", 0.0, 10.0, "So the refund will reach your card within three to five working days."),
                seg("customer", 4.0, 4.8, "Okay, so"))
    event = only_event(analyze_talk_over(word, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("overlap", "talked_through")


def test_talking_over_until_the_other_gives_up_is_floor_taken():
    conv = call(seg("agent", 0.0, 8.0, "Let me explain our policy on delivery charges because it matters here."),
                seg("customer", 5.0, 12.0, "I don't want the policy, I want my money back, today, right now."))
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("interruption", "floor_taken")
    assert event["interrupter"] == "customer" and event["duration_s"] == 3.0


def test_laughter_does_not_count_as_an_interruption():
    conv = call(seg("agent", 0.0, 10.0, "And then the van driver delivered it to the neighbour's dog, believe it or not."),
                seg("customer", 5.0, 7.5, "[laughter] hahaha"))
    out = analyze_talk_over(conv, Config().talk_over)
    event = only_event(out)
    assert (event["kind"], event["reason"]) == ("backchannel", "laughter")
    assert out["customer_interruptions"] == 0


def test_cooperative_completion_is_not_an_interruption():
    agent = Segment("agent", 0.0, 3.0, "it goes out on the first van tomorrow", [
        Word(" it", 0.0, 0.3), Word(" goes", 0.3, 0.6), Word(" out", 0.6, 0.9), Word(" on", 0.9, 1.1),
        Word(" the", 1.1, 1.3), Word(" first", 1.3, 1.7), Word(" van", 1.7, 2.2), Word(" tomorrow", 2.2, 3.0)])
    customer = Segment("customer", 1.6, 2.3, "first van", [Word(" first", 1.6, 1.9), Word(" van", 1.9, 2.3)])
    event = only_event(analyze_talk_over(call(agent, customer), Config().talk_over))
    assert (event["kind"], event["reason"]) == ("overlap", "completion")


def test_simultaneous_start_is_not_an_interruption():
    conv = call(seg("agent", 10.0, 12.0, "So what I can do is"),
                seg("customer", 10.1, 13.0, "Can I just ask something about the refund?"))
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["kind"], event["reason"]) == ("overlap", "simultaneous_start")


def test_unpunctuated_text_is_judged_by_the_words_still_to_come():
    # Five words over 4 s (0.8 s each), no punctuation to read.
    def hand_over(at):
        return call(seg("customer", 0.0, 4.0, "and you charged me twice"), seg("agent", at, 6.0, "sorry about that"))

    assert only_event(analyze_talk_over(hand_over(3.7), Config().talk_over))["reason"] == "latching"
    assert only_event(analyze_talk_over(hand_over(3.3), Config().talk_over))["reason"] == "latching"  # "twice" only
    event = only_event(analyze_talk_over(hand_over(2.2), Config().talk_over))  # "charged me twice"
    assert (event["kind"], event["reason"], event["interrupted_words_left"]) == ("interruption", "floor_taken", 3)
    assert event["interrupted_mid_sentence"] is None


def test_extra_backchannel_phrases_come_from_config():
    conv = call(seg("agent", 0.0, 8.0, "Your parcel was held at our depot after a labelling error."),
                seg("customer", 3.0, 3.5, "Righto."))
    assert only_event(analyze_talk_over(conv, Config().talk_over))["kind"] != "backchannel"
    config = Config.from_dict({"talk_over": {"extra_backchannel_phrases": ["righto"]}})
    assert only_event(analyze_talk_over(conv, config.talk_over))["kind"] == "backchannel"


def test_fragments_of_one_utterance_in_the_speech_map_make_one_event():
    conv = call(seg("agent", 0.0, 8.0, "I have refunded the extra charge and rebooked the delivery."),
                seg("customer", 3.0, 4.4, "Uh-huh, okay."),
                speech_map=[SpeechTurn("agent", 0.0, 8.0), SpeechTurn("customer", 3.0, 3.5),
                            SpeechTurn("customer", 3.8, 4.4)])
    event = only_event(analyze_talk_over(conv, Config().talk_over))
    assert (event["start"], event["end"], event["duration_s"]) == (3.0, 4.4, 1.1)
    assert event["kind"] == "backchannel"


def test_overlap_s_is_the_sum_of_event_durations():
    conv = call(seg("agent", 0.0, 10.0, "Let me go through what happened with your order step by step now."),
                seg("customer", 2.0, 2.3, "Okay."), seg("customer", 9.6, 12.0, "But why was I charged"))
    out = analyze_talk_over(conv, Config().talk_over)
    assert out["overlap_s"] == pytest.approx(sum(e["duration_s"] for e in out["events"] + out["other_overlaps"]))
    assert out["overlap_s"] == 0.7


def test_transcript_without_words_still_classifies_by_segment_text():
    conv = call(seg("agent", 0.0, 8.0, "Your parcel goes out tomorrow, with priority", words=False),
                seg("customer", 3.0, 3.3, "Right.", words=False),
                seg("customer", 7.8, 10.0, "Tomorrow? Can you guarantee that?", words=False))
    out = analyze_talk_over(conv, Config().talk_over, source="transcript")
    assert [(e["kind"], e["interrupter"]) for e in out["events"]] == [("backchannel", "customer"),
                                                                       ("interruption", "customer")]
    assert out["events"][1]["cut_off_words"].endswith("with priority")
    assert out["reliability"]["level"] == "medium"
    assert any("word times" in r for r in out["reliability"]["reasons"])


def test_reliability_is_high_for_stereo_channels_and_low_for_mono_diarisation():
    conv = call(seg("agent", 0.0, 4.0, "Hello, how can I help?"), seg("customer", 4.5, 6.0, "Hi there."))
    assert analyze_talk_over(conv, Config().talk_over)["reliability"] == {"level": "high", "reasons": []}
    assert analyze_talk_over(conv, Config().talk_over, source="pyannote")["reliability"]["level"] == "low"


def test_one_sided_call_is_low_reliability():
    out = analyze_talk_over(call(seg("agent", 0.0, 4.0, "Hello? Anyone there?")), None)
    assert out["events"] == [] and out["reliability"]["level"] == "low"


def test_unknown_source_is_rejected():
    conv = call(seg("agent", 0.0, 4.0, "Hello."))
    with pytest.raises(ValueError, match="channels, pyannote, transcript"):
        analyze_talk_over(conv, Config().talk_over, source="magic")


def test_ground_truth_stereo_call_has_three_backchannels_and_one_interruption():
    data = json.loads((SAMPLES / "call_stereo_8k.truth.json").read_text())
    conv, _ = parse_transcript(data, "call_stereo_8k.truth.json")
    out = analyze_talk_over(conv, Config().talk_over, source="transcript")
    assert out["customer_backchannels"] == 3 and out["agent_backchannels"] == 0
    assert out["customer_interruptions"] == 1 and out["agent_interruptions"] == 0
    found = [(e["kind"], e["interrupter"], e["start"], e["end"]) for e in out["events"]]
    expected = [(e["kind"], e["interrupter"], e["start"], e["end"]) for e in data["events"]]
    assert found == expected
    interruption = out["events"][-1]
    assert interruption["start"] == pytest.approx(51.2)
    assert interruption["cut_off_words"].endswith("with priority")


def test_ground_truth_mono_call_has_an_agent_backchannel_and_interruption():
    data = json.loads((SAMPLES / "call_mono_16k.truth.json").read_text())
    conv, _ = parse_transcript(data, "call_mono_16k.truth.json")
    out = analyze_talk_over(conv, Config().talk_over, source="transcript")
    found = [(e["kind"], e["interrupter"], e["start"], e["end"]) for e in out["events"]]
    assert found == [(e["kind"], e["interrupter"], e["start"], e["end"]) for e in data["events"]]
