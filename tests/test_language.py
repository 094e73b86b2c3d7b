"""Empathy phrases, apologies and customer sentiment: behaviour on hand-built calls, and
regression bounds on the dev lines in benchmarks/data/language_dev.json.

Every sentence here was written for these tests: none is a line of the training corpus
(benchmarks/data/language_train/) or of the blind set (tests/test_language_leak.py checks).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from callcoach.analysis.language.apology import analyze_apologies, over_apologising
from callcoach.analysis.language.empathy import analyze_empathy, find_agent_language
from callcoach.analysis.language.sentences import split_sentences
from callcoach.analysis.language.sentiment import analyze_sentiment
from callcoach.config import Config, LanguageConfig
from callcoach.conversation import Conversation, Segment, Word

ROOT = Path(__file__).resolve().parents[1]


def call(*rows, duration: float | None = None) -> Conversation:
    """A call from (speaker, start, end, text) rows; words spread evenly over each segment."""
    segments = []
    for speaker, start, end, text in rows:
        tokens = text.split()
        step = (end - start) / len(tokens)
        words = [Word(" " + t, round(start + i * step, 3), round(start + (i + 1) * step, 3))
                 for i, t in enumerate(tokens)]
        segments.append(Segment(speaker, start, end, text, words))
    return Conversation(segments, duration or max(r[2] for r in rows))


def families(model, config, text: str) -> set[str]:
    return {f.category for f in find_agent_language(call(("agent", 0, 3, text)), config, model).of("empathy")}


# -- apologies ---------------------------------------------------------------------------

def test_procedural_sorry_is_not_an_apology(model, config):
    conv = call(("agent", 0, 3, "Sorry, which town was that again?"),
                ("agent", 4, 6, "sorry i missed the end of your reference"),
                ("agent", 7, 9, "Sorry to butt in, is that the business account?"))
    assert analyze_apologies(conv, config, model=model)["count"] == 0


def test_sincere_apology_is_found_from_its_opening_words(model, config):
    conv = call(("agent", 0, 3, "I'm genuinely sorry the new blinds arrived bent."))
    result = analyze_apologies(conv, config, model=model)
    assert result["count"] == 1
    assert result["items"][0]["start"] == 0.0
    assert result["items"][0]["specific"] is True


def test_sorry_but_policy_is_a_dismissal_not_an_apology(model, config):
    conv = call(("agent", 0, 4, "I'm sorry, but company policy won't let me refund a sale item."))
    assert analyze_apologies(conv, config, model=model)["count"] == 0
    negative = analyze_empathy(conv, config, model=model)["negative"]
    assert [n["category"] for n in negative] == ["policy_wall"]


def test_sorry_you_feel_that_way_dismisses_feelings(model, config):
    conv = call(("agent", 0, 3, "Well, I'm sorry you feel like that, madam."))
    assert analyze_apologies(conv, config, model=model)["count"] == 0
    assert [n["category"] for n in analyze_empathy(conv, config, model=model)["negative"]] == ["dismiss_feelings"]


def test_no_need_to_apologise_is_reassurance_not_an_apology(model, config):
    conv = call(("agent", 0, 3, "Oh, there's honestly no need to apologise, you did everything right."))
    assert analyze_apologies(conv, config, model=model)["count"] == 0


def test_generic_apology_is_not_specific(model, config):
    conv = call(("customer", 0, 4, "the hoover I ordered has not come"),
                ("agent", 5, 8, "I'm so sorry for all of the bother today."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is False


def test_apology_echoing_the_customers_problem_is_specific(model, config):
    conv = call(("customer", 0, 5, "my garden shed kit came without the roof panels"),
                ("agent", 6, 9, "I'm really sorry about the roof panels."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is True


def test_apology_that_names_only_procedure_is_not_specific(model, config):
    conv = call(("customer", 0, 4, "I can't get into my account on the website"),
                ("agent", 5, 9, "Sorry about that, let me just check your account details."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is False
    assert item["followed_by_action"] is False  # looking at the account is not a step for the customer


def test_apology_followed_by_a_concrete_step_in_a_later_turn(model, config):
    conv = call(("agent", 0, 3, "Oh dear, I'm really sorry about all this."),
                ("customer", 3.5, 5, "okay"),
                ("agent", 5.5, 9, "I've refunded the delivery charge to your card."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["followed_by_action"] is True


def test_escalation_counts_as_action_only_with_a_time(model, config):
    vague = call(("agent", 0, 3, "Oh dear, I'm really sorry about all this."), ("agent", 4, 7, "I'll escalate it to the team."))
    timed = call(("agent", 0, 3, "Oh dear, I'm really sorry about all this."),
                 ("agent", 4, 8, "I'll escalate it and a manager will ring you by Friday."))
    assert analyze_apologies(vague, config, model=model)["items"][0]["followed_by_action"] is False
    assert analyze_apologies(timed, config, model=model)["items"][0]["followed_by_action"] is True


def test_over_apologising_depends_on_call_length(config):
    items = [{"start": 20.0 * i, "followed_by_action": True} for i in range(5)]
    assert over_apologising(items, 240.0, config)["flag"] is True          # 5 in 4 minutes
    spread = [{"start": 1400.0 * i, "followed_by_action": True} for i in range(5)]
    assert over_apologising(spread, 7200.0, config)["flag"] is False       # 5 in 2 hours
    unanswered = [{"start": 30.0 * i, "followed_by_action": False} for i in range(3)]
    assert over_apologising(unanswered, 600.0, config)["flag"] is True
    far_apart = [{"start": 1500.0 * i, "followed_by_action": False} for i in range(3)]
    assert over_apologising(far_apart, 7200.0, config)["longest_unanswered_run"] == 1


def test_first_distress_skips_neutral_enquiries_full_of_service_nouns(model, config):
    conv = call(("agent", 0.0, 2.0, "morning, accounts team, how can I help"),
                ("customer", 2.5, 6.0, "Hello, I'm ringing about a payment I made on the fifth."),
                ("agent", 6.5, 8.0, "Right, and which bank did it leave from?"),
                ("customer", 8.5, 12.0, "Honestly I've reached the end of my rope with this company."),
                ("agent", 13.0, 16.0, "Oh no, I'm so sorry it's come to that."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_distress_s"] == pytest.approx(8.5, abs=0.01)
    assert result["first_apology_latency_s"] == pytest.approx(4.5, abs=1.0)


def test_neutral_service_questions_are_not_distress(model, config):
    for text in ["Could you let me know when the technician is booked?", "I've got a quick query about my gas bill.",
                 "i wanted to ask when the new sim will be posted"]:
        result = analyze_apologies(call(("customer", 0, 4, text)), config, model=model)
        assert result["first_distress_s"] is None, text


def test_distress_without_feeling_words_is_found(model, config):
    # A fitted model may miss one sentence of several; it must not miss the kind.
    texts = ["That's the fourth time I've had to ring about this.",
             "Third call this week and still nobody has come out.",
             "My wife passed away in the spring and everything is still in her name.",
             "My brother died on Friday and I've been left to sort out his phone contract.",
             "We buried my father last week, so I'm closing his accounts.",
             "I've rung you every day since Monday about the same thing."]
    found = [text for text in texts
             if analyze_apologies(call(("customer", 0, 4, text)), config, model=model)["first_distress_s"] == 0.0]
    assert len(found) >= len(texts) - 1, sorted(set(texts) - set(found))


def test_acknowledgement_counts_as_the_first_response(model, config):
    conv = call(("customer", 0.0, 4.0, "I'm so fed up. The wifi cuts out every single evening."),
                ("agent", 5.0, 8.0, "That sounds maddening when you're trying to work."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_apology_latency_s"] == pytest.approx(5.0, abs=0.5)
    assert result["first_response"]["category"] == "acknowledge"


def test_latency_is_null_without_any_response(model, config):
    conv = call(("customer", 0.0, 4.0, "I'm absolutely sick of waiting in for your fitters"),
                ("agent", 5.0, 8.0, "A fitter can come on the twelfth."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_distress_s"] == 0.0
    assert result["first_apology_latency_s"] is None


# -- empathy and dismissive phrases -------------------------------------------------------

@pytest.mark.parametrize("family, text", [
    ("apologize", "We're really sorry the plumber left without fixing the tap."),
    ("acknowledge", "That must have been such a worry with the move coming up."),
    ("appreciate", "Thanks ever so much for waiting while I dug that out."),
    ("own", "Leave the chasing to me, I'll phone the depot myself this afternoon."),
    ("reassure", "Please don't worry, none of your savings are at risk."),
    ("invite", "Is there something we could do today that would go some way to making up for it?"),
    ("personalize", "Right, Mrs Abernathy, I've found the order."),
])
def test_each_family_is_found_in_new_wording(model, config, family, text):
    assert family in families(model, config, text)


def test_asr_style_empathy_is_found(model, config):
    assert "acknowledge" in families(model, config, "i can see why youd be cheesed off with that honestly")
    assert "reassure" in families(model, config, "dont you worry about that fee its been wiped")


def test_courtesy_and_procedure_are_not_empathy(model, config):
    conv = call(("agent", 0, 3, "Can I grab the postcode for the property?"),
                ("agent", 4, 6, "Thank you for calling Lakeside Water."),
                ("agent", 7, 9, "The refund should land within five working days."),
                ("agent", 10, 12, "I'll pop you on hold for two minutes."),
                ("agent", 13, 15, "You're welcome, enjoy your weekend."))
    assert analyze_empathy(conv, config, model=model)["phrases"] == []


@pytest.mark.parametrize("category, text", [
    ("dismiss_feelings", "Just calm down and listen to me."),
    ("policy_wall", "That's company policy and I can't change it."),
    ("deflect", "Not my department, you want the finance people."),
    ("blame", "You should have read the small print before signing."),
    ("repeat_impatience", "As I already said, the parcel left our warehouse on Monday."),
    ("jargon", "Please be advised your ticket has been actioned."),
])
def test_dismissive_phrases_are_found_by_category(model, config, category, text):
    negative = analyze_empathy(call(("agent", 0, 3, text)), config, model=model)["negative"]
    assert [n["category"] for n in negative] == [category], (text, negative)


def test_phrase_findings_carry_times_text_category_and_confidence(model, config):
    conv = call(("agent", 10.0, 13.0, "ok. I understand how upsetting that letter was."))
    (phrase,) = analyze_empathy(conv, config, model=model)["phrases"]
    assert phrase["category"] == "acknowledge"
    assert 10.0 < phrase["start"] < phrase["end"] <= 13.0
    assert phrase["text"].startswith("I understand")
    assert 0.0 < phrase["confidence"] <= 1.0


def test_empathy_score_rewards_empathy_and_penalises_dismissal(model, config):
    kind = call(("customer", 0, 3, "the sofa still hasn't come and I'm really fed up"),
                ("agent", 3.5, 8, "I'm so sorry, that sounds exhausting. I'll chase the warehouse myself."))
    rude = call(("customer", 0, 3, "the sofa still hasn't come and I'm really fed up"),
                ("agent", 3.5, 8, "Calm down. That's not my department."))

    def score(conv):
        return analyze_empathy(conv, config, model=model, apologies=analyze_apologies(conv, config, model=model))

    good, bad = score(kind), score(rude)
    assert good["score"] > 70 > 40 > bad["score"]
    assert good["score_breakdown"]["timing_points"] > 0
    assert bad["score_breakdown"]["timing_points"] < 0


def test_no_agent_speech_gives_no_score(model, config):
    assert analyze_empathy(call(("customer", 0, 2, "hello?")), config, model=model)["score"] is None


def test_lexical_mode_works_without_a_model(config):
    conv = call(("agent", 0, 3, "I'm so sorry about the delay, rest assured we'll fix it."),
                ("agent", 4, 6, "calm down"))
    result = analyze_empathy(conv, config, model=None)
    assert {"apologize", "reassure"} <= {p["category"] for p in result["phrases"]}
    assert result["negative"][0]["category"] == "dismiss_feelings"
    assert analyze_sentiment(call(("customer", 0, 2, "this is a disgrace")), config, model=None)["customer"][0]["score"] < 0


# -- sentences and sentiment ---------------------------------------------------------------

def test_unpunctuated_asr_text_is_split_at_pauses(config):
    words = [Word(" okay", 0.0, 0.3), Word(" let", 0.35, 0.5), Word(" me", 0.5, 0.6), Word(" check", 0.6, 0.9),
             Word(" im", 2.0, 2.2), Word(" so", 2.2, 2.4), Word(" sorry", 2.4, 2.8)]
    conv = Conversation([Segment("agent", 0.0, 2.8, "okay let me check im so sorry", words)], 3.0)
    sentences = split_sentences(conv, config, "agent")
    assert [s.text for s in sentences] == ["okay let me check", "im so sorry"]
    assert sentences[1].start == 2.0


def test_transcript_without_words_gets_interpolated_times(model, config):
    conv = Conversation([Segment("agent", 10.0, 20.0, "One moment. I'm so sorry about the missing boxes.")], 20.0,
                        has_word_times=False)
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert 12.0 < item["start"] < 16.0


def test_customer_sentiment_moves_from_frustrated_to_satisfied(model, config):
    conv = call(("customer", 0, 4, "I'm livid, you've taken the payment twice and nobody cares"),
                ("agent", 4.5, 6, "let me put that right"),
                ("customer", 6.5, 8, "okay"),
                ("agent", 8.5, 10, "done, it's refunded"),
                ("customer", 10.5, 13, "oh that's wonderful, thank you so much"))
    result = analyze_sentiment(conv, config, model=model)
    scores = [c["score"] for c in result["customer"]]
    assert len(scores) == 3
    assert scores[0] < -0.5 and scores[2] > 0.5 and abs(scores[1]) < 0.5
    assert result["customer_start"] < 0 < result["customer_end"]


def test_sentiment_without_customer_speech_is_null(model, config):
    result = analyze_sentiment(call(("agent", 0, 2, "hello")), config, model=model)
    assert result == {"customer": [], "customer_start": None, "customer_end": None, "method": "embedding-head"}


def test_language_options_load_from_a_table():
    config = Config.from_dict({"language": {"phrase_threshold_offset": 0.1, "name_match_threshold": 88}})
    assert config.language.phrase_threshold_offset == 0.1 and config.language.name_match_threshold == 88


# -- regression bounds on the dev lines -----------------------------------------------------------

@pytest.fixture(scope="module")
def measured(model):
    spec = importlib.util.spec_from_file_location("language_eval", ROOT / "benchmarks" / "language_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(model, LanguageConfig(), "all")


def test_empathy_phrase_micro_f1_holds(measured):
    assert measured["micro"]["f1"] >= 0.93
    for family, m in measured["per_family"].items():
        # These dev lines read own narrowly (a remedy reported with an apology is apologize
        # only); the project reads it as seven independent writers do (docs/language.md), so
        # a reported remedy is own too and costs this set's own precision, not its recall.
        assert m["f1"] >= (0.8 if family == "own" else 0.85), family
    assert measured["per_family"]["own"]["recall"] >= 0.95


def test_apology_f1_holds(measured):
    assert measured["apology"]["f1"] >= 0.95
    assert measured["apology"]["specific_accuracy"] >= 0.9


def test_dismissive_detection_holds(measured):
    assert measured["dismissive"]["f1"] >= 0.9
    assert measured["dismissive"]["category_accuracy"] >= 0.9


def test_customer_frustration_auc_holds(measured):
    assert measured["frustration_auc"] >= 0.95


def test_first_apology_latency_within_one_second(measured):
    # The distress threshold favours calm calls (docs/language.md): a mild complaint in one
    # long unpunctuated sentence ("...its driving me mad") may go unfound, which leaves the
    # latency unmeasured; a time that is found must be right.
    found = [t for t in measured["timing"] if t["distress_error_s"] is not None]
    assert len(found) >= len(measured["timing"]) - 1
    for t in found:
        assert t["distress_error_s"] <= 1.0, t
        assert t["latency_error_s"] is not None and t["latency_error_s"] <= 1.0, t
