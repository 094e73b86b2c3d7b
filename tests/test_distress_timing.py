"""When the customer's distress first shows: sentences read in pairs within a turn, and mild
distress that the agent answered with an apology or an acknowledgement.

Every sentence here was written for these tests (tests/test_language_leak.py checks that
none is a training or blind line).
"""
from __future__ import annotations

import numpy as np
import pytest

from callcoach.analysis.language import sentiment
from callcoach.analysis.language.apology import analyze_apologies
from callcoach.analysis.language.sentences import split_sentences
from callcoach.config import LanguageConfig
from tests.test_language import call

OPENING = (("agent", 0.0, 2.5, "Good morning, bookings desk, how can I help?"),
           ("customer", 3.0, 6.0, "Hi, I need to move my dentist appointment."),
           ("agent", 6.5, 8.5, "Of course, what's the booking reference?"))
# Reads as mild distress alone (between the answered and the plain threshold).
TIRED = ("customer", 9.0, 14.0, "It's been a long week, that's all. The reference is BK two one.")


def test_mild_distress_counts_when_the_agent_answers_it(model, config):
    result = analyze_apologies(call(*OPENING, TIRED,
                                    ("agent", 15.0, 19.0, "That sounds exhausting, I'm sorry it's been such a slog.")),
                               config, model=model)
    assert result["first_distress_s"] == pytest.approx(9.0, abs=0.01)
    assert result["first_distress_method"] == "answered by the agent"
    assert result["first_apology_latency_s"] == pytest.approx(6.0, abs=0.5)


def test_mild_distress_the_agent_does_not_answer_is_not_invented(model, config):
    result = analyze_apologies(call(*OPENING, TIRED,
                                    ("agent", 15.0, 18.0, "Thanks, I've found it. Tuesday at ten is free.")),
                               config, model=model)
    assert result["first_distress_s"] is None
    assert result["first_distress_method"] is None


def test_an_answer_only_lowers_the_bar_for_the_turn_just_before_it(model, config):
    # The enquiry two turns before the apology stays calm; the turn it answers is the distress.
    tired = ("customer", 13.5, 18.5, TIRED[3])
    result = analyze_apologies(call(*OPENING, ("customer", 9.0, 11.0, "Yes, it's BK two one."),
                                    ("agent", 11.5, 13.0, "Thanks, one moment."), tired,
                                    ("agent", 19.0, 22.0, "Oh, I'm sorry, that sounds like a lot.")),
                               config, model=model)
    assert result["first_distress_s"] == pytest.approx(13.5, abs=0.01)


def test_clear_distress_needs_no_answer(model, config):
    result = analyze_apologies(call(*OPENING, ("customer", 9.0, 13.0, "Honestly I'm at my wits' end with all of this."),
                                    ("agent", 13.5, 15.0, "What's the reference?")),
                               config, model=model)
    assert result["first_distress_s"] == pytest.approx(9.0, abs=0.01)
    assert result["first_distress_method"] == "sentence score"


def test_pairs_are_read_within_a_turn_until_the_first_distress(monkeypatch):
    """The pair reading goes to the sentence that reads worse alone; pairs across turns and
    after the first sentence at the threshold are never read."""
    config = LanguageConfig()
    conv = call(("customer", 0.0, 4.0, "Four hundred? We were quoted one."),
                ("agent", 4.5, 6.0, "Let me look."),
                ("customer", 6.5, 10.0, "Right. Nothing will change. It never does."))
    sentences = split_sentences(conv, config, "customer")
    assert [s.text for s in sentences] == ["Four hundred?", "We were quoted one.", "Right.",
                                           "Nothing will change.", "It never does."]
    scores = np.array([-0.1, -0.5, 0.0, -0.9, -0.2])
    joined = {"Four hundred? We were quoted one.": -0.85, "Right. Nothing will change.": -0.3}
    read = []

    class Loaded:  # what distress_readings asks of a model: that it has a customer head
        def head(self, name):
            return object()

    def fake_scores(texts, model):
        read.extend(texts)
        return np.array([joined[t] for t in texts])

    monkeypatch.setattr(sentiment, "_model_scores", fake_scores)
    readings = sentiment.distress_readings(sentences, scores, config, Loaded())
    assert read == ["Four hundred? We were quoted one.", "Right. Nothing will change."]
    assert readings.tolist() == [-0.1, -0.85, 0.0, -0.9, -0.2]
    assert sentiment.first_distress(sentences, readings, config).text == "We were quoted one."
