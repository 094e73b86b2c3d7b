"""Empathy phrases, apologies and customer sentiment: behaviour on hand-built calls, and
regression bounds on the labelled lines in benchmarks/data/language_dev.json."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from callcoach.analysis.language.apology import analyze_apologies
from callcoach.analysis.language.empathy import analyze_empathy, find_agent_language, resolve_customer_name
from callcoach.analysis.language.sentiment import analyze_sentiment
from callcoach.analysis.language.model import PhraseModel
from callcoach.analysis.language.sentences import split_sentences
from callcoach.config import Config, LanguageConfig
from callcoach.conversation import Conversation, Segment, Word

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def model() -> PhraseModel:
    return PhraseModel()


@pytest.fixture
def config() -> LanguageConfig:
    return LanguageConfig()


def call(*rows, gap_after: dict[int, float] | None = None) -> Conversation:
    """A call from (speaker, start, end, text) rows; words spread evenly over each segment."""
    segments = []
    for speaker, start, end, text in rows:
        tokens = text.split()
        step = (end - start) / len(tokens)
        words = [Word(" " + t, round(start + i * step, 3), round(start + (i + 1) * step, 3))
                 for i, t in enumerate(tokens)]
        segments.append(Segment(speaker, start, end, text, words))
    return Conversation(segments, max(r[2] for r in rows))


# -- apologies ---------------------------------------------------------------------------

def test_sorry_asking_to_repeat_is_not_an_apology(model, config):
    conv = call(("agent", 0, 3, "Sorry, could you repeat that?"),
                ("agent", 4, 6, "sorry i didnt catch that"),
                ("agent", 7, 9, "Sorry to interrupt, what's the order number?"))
    assert analyze_apologies(conv, config, model=model)["count"] == 0


def test_sincere_apology_is_found(model, config):
    conv = call(("agent", 0, 3, "I'm truly sorry this happened to you."))
    result = analyze_apologies(conv, config, model=model)
    assert result["count"] == 1
    assert result["items"][0]["start"] == 0.0


def test_sorry_but_policy_is_a_dismissal_not_an_apology(model, config):
    conv = call(("agent", 0, 4, "I'm sorry, but that's company policy."))
    assert analyze_apologies(conv, config, model=model)["count"] == 0
    negative = analyze_empathy(conv, config, model=model)["negative"]
    assert [n["category"] for n in negative] == ["policy_wall"]


def test_generic_apology_is_not_specific(model, config):
    conv = call(("customer", 0, 4, "my parcel never arrived"),
                ("agent", 5, 8, "Sorry for any inconvenience."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is False


def test_apology_naming_the_problem_is_specific(model, config):
    conv = call(("agent", 0, 4, "I'm so sorry about the late delivery."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is True


def test_apology_echoing_the_customers_complaint_is_specific(model, config):
    conv = call(("customer", 0, 5, "the blender I bought makes a grinding noise"),
                ("agent", 6, 9, "I'm really sorry the blender is grinding like that."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["specific"] is True


def test_apology_followed_by_action_in_a_later_turn(model, config):
    conv = call(("agent", 0, 3, "I'm so sorry about that."),
                ("customer", 3.5, 5, "okay"),
                ("agent", 5.5, 9, "I've refunded the second charge to your card."))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["followed_by_action"] is True


def test_apology_with_no_step_after_it_is_not_followed_by_action(model, config):
    conv = call(("agent", 0, 3, "I'm so sorry about that."),
                ("customer", 3.5, 5, "right"),
                ("agent", 5.5, 8, "Is there anything else today?"))
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert item["followed_by_action"] is False


def test_repeated_apologies_without_action_are_over_apologising(model, config):
    conv = call(("agent", 0, 2, "I'm so sorry."), ("customer", 2.5, 3, "hmm"),
                ("agent", 3.5, 5, "I do apologise."), ("customer", 5.5, 6, "yes"),
                ("agent", 6.5, 8, "Really sorry about this."))
    over = analyze_apologies(conv, config, model=model)["over_apologising"]
    assert over["flag"] is True and over["without_action"] == 3


def test_first_apology_latency_is_measured_from_first_distress(model, config):
    conv = call(("agent", 0.0, 2.0, "billing how can i help"),
                ("customer", 2.5, 4.5, "hi there um"),
                ("customer", 5.0, 9.0, "I was charged twice for the same order"),
                ("agent", 9.5, 11.0, "Can I take your postcode?"),
                ("agent", 12.0, 15.0, "I'm so sorry about the double charge."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_distress_s"] == pytest.approx(5.0, abs=0.01)
    assert result["first_apology_latency_s"] == pytest.approx(7.0, abs=0.5)


def test_acknowledgement_counts_as_the_first_response(model, config):
    conv = call(("customer", 0.0, 4.0, "the internet keeps dropping out every night"),
                ("agent", 5.0, 8.0, "That must be really annoying."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_apology_latency_s"] == pytest.approx(5.0, abs=0.5)
    assert result["first_response"]["category"] == "acknowledge"


def test_latency_is_null_without_any_apology(model, config):
    conv = call(("customer", 0.0, 4.0, "this is the third time I've called about my broken router"),
                ("agent", 5.0, 8.0, "A technician can come on Friday."))
    result = analyze_apologies(conv, config, model=model)
    assert result["first_distress_s"] == 0.0
    assert result["first_apology_latency_s"] is None


# -- personalisation ----------------------------------------------------------------------

def test_customer_name_from_introduction_is_matched_despite_asr_spelling(model, config):
    conv = call(("agent", 0, 2, "thanks for calling who am i speaking with"),
                ("customer", 2.5, 5, "hi yeah my name is maria lopez"),
                ("agent", 5.5, 8, "thanks mariah let me have a look"),
                ("agent", 9.0, 11, "okay misses lopes ive found it"))
    result = analyze_empathy(conv, config, model=model)
    assert result["customer_name"] == "maria lopez"
    assert result["customer_name_used"] == 2
    assert sum(p["category"] == "personalize" for p in result["phrases"]) == 2


def test_given_customer_name_is_used_over_introduction(model, config):
    conv = call(("customer", 0, 2, "hi it's john"), ("agent", 2.5, 4, "Hello Jon, how can I help?"))
    result = analyze_empathy(conv, config, model=model, customer_name="John Carter")
    assert result["customer_name_source"] == "given"
    assert result["customer_name_used"] == 1


def test_self_introductions_are_recognised(config):
    for text, name in [("Hi, this is John.", "john"), ("it's sarah smith calling", "sarah smith"),
                       ("my name is Priya Natarajan", "priya natarajan")]:
        conv = call(("customer", 0, 3, text))
        assert resolve_customer_name(conv, config, None)[0] == name


def test_common_words_are_not_taken_for_a_name(config):
    conv = call(("customer", 0, 3, "this is ridiculous"), ("customer", 4, 6, "it's still not working"))
    assert resolve_customer_name(conv, config, None) == (None, None)


# -- empathy and dismissive phrases -------------------------------------------------------

def test_each_family_is_found(model, config):
    lines = {
        "apologize": "I'm terribly sorry this happened.",
        "acknowledge": "I can imagine how stressful that must be.",
        "appreciate": "Thank you so much for your patience.",
        "own": "Let me make this right for you.",
        "reassure": "Rest assured, we'll get this sorted.",
        "invite": "What can I do to make this better for you?",
    }
    for family, text in lines.items():
        found = {f.category for f in find_agent_language(call(("agent", 0, 3, text)), config, model).of("empathy")}
        assert family in found, (family, found)


def test_paraphrased_asr_empathy_is_found(model, config):
    found = find_agent_language(call(("agent", 0, 3, "i get why youd be fed up with that honestly")),
                                config, model).of("empathy")
    assert "acknowledge" in {f.category for f in found}


def test_procedural_speech_is_not_empathy(model, config):
    conv = call(("agent", 0, 3, "Can I have your account number please?"),
                ("agent", 4, 6, "thank you for calling acme"),
                ("agent", 7, 9, "the refund will take five working days"))
    assert analyze_empathy(conv, config, model=model)["phrases"] == []


def test_dismissive_phrases_are_found_by_category(model, config):
    lines = {
        "dismiss_feelings": "calm down please",
        "policy_wall": "That's our policy.",
        "deflect": "That's not my department.",
        "blame": "You should have read the terms.",
        "repeat_impatience": "As I already said, it's processing.",
        "jargon": "Please be advised that your concern has been noted.",
    }
    for category, text in lines.items():
        negative = analyze_empathy(call(("agent", 0, 3, text)), config, model=model)["negative"]
        assert [n["category"] for n in negative] == [category], (text, negative)


def test_phrase_findings_carry_times_text_category_and_confidence(model, config):
    conv = call(("agent", 10.0, 13.0, "ok. I understand how frustrating this must be."))
    (phrase,) = analyze_empathy(conv, config, model=model)["phrases"]
    assert phrase["category"] == "acknowledge"
    assert 10.0 < phrase["start"] < phrase["end"] <= 13.0
    assert phrase["text"].startswith("I understand")
    assert 0.0 < phrase["confidence"] <= 1.0
    assert phrase["start"] == round(phrase["start"], 2)


def test_empathy_score_rewards_empathy_and_penalises_dismissal(model, config):
    kind = call(("customer", 0, 3, "my parcel still hasn't arrived and I'm fed up"),
                ("agent", 3.5, 8, "I'm so sorry, I understand how frustrating that is. Let me sort it out for you."))
    rude = call(("customer", 0, 3, "my parcel still hasn't arrived and I'm fed up"),
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
    assert analyze_sentiment(call(("customer", 0, 2, "this is ridiculous")), config, model=None)["customer"][0]["score"] < 0


# -- sentences and sentiment ---------------------------------------------------------------

def test_unpunctuated_asr_text_is_split_at_pauses(config):
    words = [Word(" okay", 0.0, 0.3), Word(" let", 0.35, 0.5), Word(" me", 0.5, 0.6), Word(" check", 0.6, 0.9),
             Word(" im", 2.0, 2.2), Word(" so", 2.2, 2.4), Word(" sorry", 2.4, 2.8)]
    conv = Conversation([Segment("agent", 0.0, 2.8, "okay let me check im so sorry", words)], 3.0)
    sentences = split_sentences(conv, config, "agent")
    assert [s.text for s in sentences] == ["okay let me check", "im so sorry"]
    assert sentences[1].start == 2.0


def test_transcript_without_words_gets_interpolated_times(model, config):
    conv = Conversation([Segment("agent", 10.0, 20.0, "Let me check. I'm so sorry about the wait.")], 20.0,
                        has_word_times=False)
    (item,) = analyze_apologies(conv, config, model=model)["items"]
    assert 12.0 < item["start"] < 16.0


def test_customer_sentiment_moves_from_frustrated_to_satisfied(model, config):
    conv = call(("customer", 0, 4, "I've been charged twice and nobody will help me"),
                ("agent", 4.5, 6, "let me fix that"),
                ("customer", 6.5, 8, "okay"),
                ("agent", 8.5, 10, "done, refunded"),
                ("customer", 10.5, 13, "brilliant thank you so much that's perfect"))
    result = analyze_sentiment(conv, config, model=model)
    scores = [c["score"] for c in result["customer"]]
    assert len(scores) == 3
    assert scores[0] < -0.5 and scores[2] > 0.5 and abs(scores[1]) < 0.5
    assert result["customer_start"] < 0 < result["customer_end"]


def test_sentiment_without_customer_speech_is_null(model, config):
    result = analyze_sentiment(call(("agent", 0, 2, "hello")), config, model=model)
    assert result == {"customer": [], "customer_start": None, "customer_end": None, "method": "embedding-anchors"}


def test_language_options_load_from_a_table():
    config = Config.from_dict({"language": {"phrase_margin": 0.1, "name_match_threshold": 85}})
    assert config.language.phrase_margin == 0.1 and config.language.name_match_threshold == 85


# -- regression bounds on the labelled lines -----------------------------------------------------

@pytest.fixture(scope="module")
def measured(model):
    spec = importlib.util.spec_from_file_location("language_eval", ROOT / "benchmarks" / "language_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(model, LanguageConfig(), "all")


def test_empathy_phrase_micro_f1_holds(measured):
    assert measured["micro"]["f1"] >= 0.93
    for family, m in measured["per_family"].items():
        assert m["f1"] >= 0.8, family


def test_apology_f1_holds(measured):
    assert measured["apology"]["f1"] >= 0.95
    assert measured["apology"]["specific_accuracy"] >= 0.85


def test_dismissive_detection_holds(measured):
    assert measured["dismissive"]["f1"] >= 0.85
    assert measured["dismissive"]["category_accuracy"] >= 0.85


def test_customer_frustration_auc_holds(measured):
    assert measured["frustration_auc"] >= 0.95


def test_first_apology_latency_within_one_second(measured):
    for t in measured["timing"]:
        assert t["latency_error_s"] is not None and t["latency_error_s"] <= 1.0, t
        assert t["distress_error_s"] is not None and t["distress_error_s"] <= 1.0, t
