"""Who is the agent: decided from what each speaker says, with a recorded method."""
from callcoach.speech.roles import decide_agent


def test_greeting_marks_the_agent_even_when_the_customer_speaks_first():
    d = decide_agent({0: "hello? hello?", 1: "Thank you for calling Acme, this is Jo, how can I help you today?"},
                     {0: 0.2, 1: 1.5})
    assert d.agent == 1 and d.method == "text" and d.confidence > 0.8
    assert "thank you for calling" in d.evidence


def test_customer_cues_point_away_from_that_speaker():
    d = decide_agent({"A": "hi I'm calling about my order it never arrived",
                      "B": "okay let me check that for you can I have your order number"},
                     {"A": 0.0, "B": 3.0})
    assert d.agent == "B" and d.method == "text"


def test_company_name_counts_as_agent_evidence():
    d = decide_agent({0: "yes", 1: "northwind parcel good morning"}, {0: 0.0, 1: 1.0}, ["Northwind Parcel"])
    assert d.agent == 1


def test_without_cues_the_first_speaker_is_the_agent():
    d = decide_agent({0: "yes", 1: "right"}, {0: 3.0, 1: 1.0})
    assert d.agent == 1 and d.method == "first-speaker" and d.confidence < 0.7
