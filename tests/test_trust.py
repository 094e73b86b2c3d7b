"""A coach people can trust: recordings that are not service calls get no verdicts, every
rendering says how sure it is, and tips fit the moment."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from callcoach.cli import app
from callcoach.coaching import build_coaching
from callcoach.coaching.gate import assess_fitness
from callcoach.report import summary
from callcoach.report.markdown import render_markdown

from .test_coaching import report as coaching_report
from .test_coaching import seg

runner = CliRunner()

CHAT = [  # two friends catching up: no greeting on behalf of anyone, no help offered, no account
    ("agent", 0.0, 4.0, "Oh hey, I didn't think you'd pick up, how was the trip?"),
    ("customer", 4.5, 11.0, "Honestly it was a disaster, the train broke down twice and we missed the wedding."),
    ("agent", 11.5, 15.0, "No way. Did you at least get there for the party?"),
    ("customer", 15.5, 22.0, "Only for the last hour, and my sister was furious with me the whole time."),
    ("agent", 22.5, 27.0, "Ugh, that's rough. She'll get over it though, she always does."),
    ("customer", 27.5, 33.0, "I hope so. Anyway, are we still on for football on Sunday?"),
    ("agent", 33.5, 38.0, "Yeah, ten o'clock at the usual pitch, bring the spare ball."),
    ("customer", 38.5, 41.0, "Will do, see you then."),
]

SERVICE = [
    ("agent", 0.0, 4.0, "Good afternoon, you're through to Harbour Energy, how can I help?"),
    ("customer", 4.5, 11.0, "Hi, my last bill was three times the usual amount and I can't afford it."),
    ("agent", 11.5, 17.0, "I'm sorry to hear that. Can I take your account number so I can look into it?"),
    ("customer", 17.5, 21.0, "Yes, it's on the letter, one moment."),
    ("agent", 21.5, 30.0, "Thanks. I can see an estimated reading; I'll correct it and send you a new bill today."),
    ("customer", 30.5, 33.0, "Oh, thank you, that's a relief."),
    ("agent", 33.5, 37.0, "Is there anything else I can help with today?"),
]


def transcript(tmp_path, name, rows):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"segments": [{"speaker": s, "start": a, "end": b, "text": t}
                                              for s, a, b, t in rows]}))
    return path


@pytest.fixture(scope="module")
def analysed(coach, tmp_path_factory):
    folder = tmp_path_factory.mktemp("calls")
    return {name: coach.analyze_transcript(transcript(folder, name, rows))
            for name, rows in (("chat", CHAT), ("service", SERVICE), ("short", SERVICE[:2]))}


def test_a_chat_between_friends_is_not_coached(analysed):
    report = analysed["chat"]
    assert report["call"]["coachable"]["ok"] is False
    assert "service call" in " ".join(report["call"]["coachable"]["reasons"])
    assert report["coaching"]["improvements"] == [] and report["coaching"]["strengths"] == []
    assert report["empathy"]["score"] is None and report["empathy"]["score_withheld"]["reasons"]
    assert report["listening"]["agent_talk_s"] > 0  # the measurements stay


def test_a_few_seconds_of_speech_are_not_coached(analysed):
    fitness = analysed["short"]["call"]["coachable"]
    assert fitness["ok"] is False and any("only" in r and "s of conversation" in r for r in fitness["reasons"])


def test_a_service_call_is_coached(analysed):
    assert analysed["service"]["call"]["coachable"] == {"ok": True, "reasons": []}


def test_every_rendering_says_why_a_call_was_not_coached(analysed, tmp_path):
    report = analysed["chat"]
    assert render_markdown(report).splitlines()[1].startswith("> **Not coached:")
    path = tmp_path / "chat.json"
    path.write_text(json.dumps(report))
    shown = runner.invoke(app, ["show", str(path)])
    assert shown.exit_code == 0 and shown.output.startswith("Not coached:")
    from callcoach.report.html import render_html

    assert 'id="not-coached"' in render_html(report)


def test_first_speaker_roles_without_service_words_fail_the_gate():
    report = {"call": {"duration_s": 60.0, "diarization": "pyannote",
                       "roles": {"agent": "SPEAKER_00", "method": "first-speaker", "confidence": 0.55}},
              "segments": [seg(s, a, b, t) for s, a, b, t in CHAT],
              "listening": {"agent_talk_s": 20.0, "customer_talk_s": 20.0, "span_s": 41.0}}
    fitness = assess_fitness(report)
    assert fitness["ok"] is False and "whoever spoke first" in fitness["reasons"][0]


def test_roles_and_reliability_are_shown_with_how_sure():
    report = coaching_report(talk_over={"reliability": {"level": "low", "reasons": ["mono call"]}})
    report["call"]["roles"] = {"agent": "SPEAKER_01", "method": "first-speaker", "confidence": 0.55}
    trust = summary.trust(report)
    assert trust["roles"] == "Agent: SPEAKER_01, assumed: whoever spoke first (55% sure)"
    assert trust["caveats"][0]["section"] == "talk_over" and "mono call" in trust["caveats"][0]["text"]
    markdown = render_markdown(report)
    assert "whoever spoke first" in markdown and "low reliability" in markdown


def test_a_tip_on_a_low_reliability_figure_is_not_ranked_first():
    interruption = {"start": 12.0, "end": 13.0, "interrupter": "agent", "interrupted": "customer",
                    "kind": "interruption", "reason": "cut_off", "interrupter_words": "let me stop you",
                    "interrupted_words": "and then the", "cut_off_words": "and then the"}
    report = coaching_report(
        talk_over={"events": [interruption], "agent_interruptions": 1,
                   "reliability": {"level": "low", "reasons": ["mono call: overlaps are approximate"]}},
        listening={"dead_air": [{"start": 14.0, "end": 24.0, "duration_s": 10.0, "hold": False}]})
    tips = build_coaching(report)["improvements"]
    kinds = [t["kind"] for t in tips]
    assert "agent_interruption" in kinds and kinds[0] != "agent_interruption"
    low = next(t for t in tips if t["kind"] == "agent_interruption")
    assert low["reliability"] == "low" and "low reliability" in summary.tip_confidence(low)


def test_an_acknowledgement_just_before_a_complaint_answers_it():
    segments = [seg("agent", 0.5, 4.0, "Thank you for calling, how can I help?"),
                seg("customer", 4.5, 8.0, "My order never came."),
                seg("agent", 8.2, 9.5, "Oh no, I'm sorry."),
                seg("customer", 9.8, 16.0, "And now I've been charged for it and nobody answers my emails."),
                seg("agent", 16.5, 22.0, "Let me look at the payment for you right now.")]
    report = coaching_report(
        segments=segments,
        sentiment={"customer": [{"start": 4.5, "end": 8.0, "score": -0.2},
                                {"start": 9.8, "end": 16.0, "score": -0.7}]},
        empathy={"phrases": [{"start": 8.2, "end": 9.5, "text": "I'm sorry", "category": "apologize"}]})
    assert "moved_on" not in [t["kind"] for t in build_coaching(report)["improvements"]]


def test_no_tell_me_more_while_the_agent_is_delivering_the_fix():
    segments = [seg("agent", 0.5, 4.0, "Thank you for calling, how can I help?"),
                seg("customer", 4.5, 15.0, "My router keeps dropping the connection every evening."),
                seg("agent", 15.5, 22.0, "I'm sorry about that. Let me run a line test."),
                seg("customer", 22.5, 24.0, "Okay."),
                seg("agent", 24.5, 70.0, "I've reset the line from our side and I'll send you a new router; "
                                         "it will be with you on Thursday, and here's how to set it up."),
                seg("customer", 70.5, 72.0, "Great, thanks."),
                seg("agent", 72.5, 75.0, "Is there anything else I can help with?")]
    report = coaching_report(segments=segments, listening={
        "agent_talk_ratio": 0.85, "longest_agent_monologue_s": 45.5,
        "longest_agent_monologue": {"start": 24.5, "end": 70.0}})
    tip = next(t for t in build_coaching(report)["improvements"] + build_coaching(report)["other_improvements"]
               if t["kind"] == "talk_ratio")
    assert tip["evidence"]["phase"] == "resolution" and "tell me" not in tip["try_saying"].lower()


def test_wording_has_no_doubled_punctuation_and_counts_agree_in_number():
    from callcoach.coaching.phrasing import tidy

    assert tidy("The customer said “It still isn't here.”.") == "The customer said “It still isn't here.”"
    report = coaching_report(talk_over={"agent_backchannels": 0, "customer_backchannels": 1})
    card = next(c for c in summary.scorecard(report) if c["key"] == "interruptions")
    assert "1 backchannel" in card["detail"] and "1 backchannels" not in card["detail"]


def test_an_interruption_event_quotes_the_interrupters_words():
    event = {"start": 5.0, "end": 6.0, "interrupter": "agent", "kind": "interruption",
             "interrupter_words": "sorry, let me stop you", "cut_off_words": "and my order was"}
    report = coaching_report(talk_over={"events": [event], "agent_interruptions": 1})
    moment = next(e for e in summary.key_events(report) if e["kind"] == "interruption")
    assert moment["text"] == "sorry, let me stop you" and "and my order was" in moment["label"]


def test_pitch_is_not_charted_for_a_speaker_with_too_little_voice():
    from callcoach.report.html import _Scale, tone_charts

    timeline = [{"speaker": "agent", "start": 0.0, "end": 4.0, "pitch_median_hz": 120.0, "loudness_db": -20.0},
                {"speaker": "customer", "start": 4.5, "end": 6.0, "pitch_median_hz": 210.0, "loudness_db": -22.0}]
    report = coaching_report(tone={"available": True, "timeline": timeline,
                                   "agent": {"pitch_reliable": True}, "customer": {"pitch_reliable": False}})
    charts = tone_charts(report, _Scale(10.0))["charts"]
    pitch = next(c for c in charts if c["title"].startswith("Pitch"))
    assert "customer" not in json.dumps(pitch)


def test_the_talk_share_target_depends_on_the_call_type():
    from callcoach.config import Config

    assert Config().listening.talk_ratio_target() == 0.5
    assert Config.from_dict({"listening": {"call_type": "sales"}}).listening.talk_ratio_target() == 0.43
    assert Config.from_dict({"listening": {"target_agent_talk_ratio": 0.6}}).listening.talk_ratio_target() == 0.6


def test_silences_are_coached_by_who_caused_them():
    def tips(dead_air):
        report = coaching_report(listening={"dead_air": dead_air})
        return [t for t in build_coaching(report)["improvements"] if t["kind"] == "unannounced_dead_air"]

    quiet = {"start": 14.0, "end": 24.0, "duration_s": 10.0, "hold": False}
    assert tips([{**quiet, "announced_by": None}])
    assert tips([{**quiet, "announced_by": "customer", "announced_phrase": "hold on"}]) == []
    assert tips([{**quiet, "hold": True, "announced_by": "agent", "long_hold": False}]) == []
    long_hold = tips([{"start": 14.0, "end": 94.0, "duration_s": 80.0, "hold": True, "announced_by": "agent",
                       "long_hold": True}])
    assert long_hold and "hold" in long_hold[0]["what"]


def _transcript_cues(*agent_turns: str) -> list[str]:
    from callcoach.coaching.gate import service_cues

    segments = []
    for i, text in enumerate(agent_turns):
        segments += [seg("agent", 10.0 * i, 10.0 * i + 4, text), seg("customer", 10.0 * i + 5, 10.0 * i + 9, "Right.")]
    return service_cues({"segments": segments})


@pytest.mark.parametrize("opening", [
    "Morning, Larchfield Kennels, Priti speaking.",
    "good afternoon hillcrest storage this is owen",
    "Hello, you've reached Tidewater Opticians, my name's Rosa.",
])
def test_answering_for_a_business_is_a_service_cue(opening):
    assert [cue.rstrip(".") for cue in _transcript_cues(opening)] == [opening.lower().rstrip(".")]


@pytest.mark.parametrize("turns", [
    ("Hello, Tom speaking.", "Yeah I'm fine, you?"),                   # one word before: a person at home
    ("Hiya, it's Dad.", "Did you get the tickets sorted?"),              # family calling
    ("So this went on for ages, strictly speaking.", "I'm Dev."),        # "speaking" as an adverb
    ("Sure.", "Morning, Larchfield Kennels, Priti speaking."),           # only the first agent turn opens a call
])
def test_everyday_talk_is_no_service_cue(turns):
    assert _transcript_cues(*turns) == []


@pytest.mark.parametrize("turns", [
    ("Ferretería Olmos, buenas tardes, le atiende Rocío. ¿En qué puedo ayudarle?", "¿Me da su número de pedido?"),
    ("Autohaus Berger, Sie sprechen mit Timo Krause.", "Können Sie mir Ihre Kundennummer nennen?"),
    ("Pressing Duval, bonjour, Inès à l'appareil.", "Vous avez votre numéro de commande ?"),
    ("Ótica Serra, boa tarde, em que posso ajudar?", "Qual é o número do pedido, por favor?"),
])
def test_service_phrases_are_heard_in_every_language_analysed(turns):
    assert len(_transcript_cues(*turns)) >= 2


def _transcript_fitness(opening: str) -> dict:
    """A labelled transcript of a minute whose only possible service cue is the opening."""
    segments = [seg("agent", 0.0, 4.0, opening)]
    for i in range(1, 7):
        segments.append(seg("customer" if i % 2 else "agent", 8.0 * i, 8.0 * i + 6,
                            "I was wondering about Saturday." if i % 2 else "Saturday works, yes."))
    return assess_fitness({"call": {"duration_s": 60.0, "diarization": "transcript", "roles": {"method": "given"}},
                           "segments": segments})


def test_answering_the_phone_for_a_business_is_enough_on_its_own():
    assert _transcript_fitness("Good morning, Brackenfield Joinery, Aled speaking.")["ok"] is True
    # A home phone answered the old way is no business; nor is a name alone.
    assert _transcript_fitness("Hello, Okafor residence, Chidi speaking.")["ok"] is False
    assert _transcript_fitness("Hiya, it's Nan.")["ok"] is False


def test_service_cues_are_heard_without_apostrophes():
    cues = _transcript_cues("hi youre through to the parts desk", "ill send the invoice over now")
    assert len(cues) == 2
