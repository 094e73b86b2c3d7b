"""Who is the agent: decided from what each speaker says, with a recorded method."""
import pytest

from callcoach.config import Config
from callcoach.conversation import Word
from callcoach.errors import CallcoachError
from callcoach.speech.roles import decide_agent, decide_stereo_roles


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
    d = decide_agent({0: "yes", 1: "harbour telecom good morning"}, {0: 0.0, 1: 1.0}, ["Harbour Telecom"])
    assert d.agent == 1


def test_without_cues_the_first_speaker_is_the_agent():
    d = decide_agent({0: "yes", 1: "right"}, {0: 3.0, 1: 1.0})
    assert d.agent == 1 and d.method == "first-speaker" and d.confidence < 0.7


# -- stereo: which channel, and how it was decided ---------------------------------------


def channel_words(text: str, start: float) -> list[Word]:
    return [Word(" " + w, start + 0.3 * i, start + 0.3 * i + 0.25) for i, w in enumerate(text.split())]


def stereo_call(channel0: str, channel1: str, agent_channel=None):
    config = Config()
    if agent_channel is not None:
        config.stereo.agent_channel = agent_channel
    words = [channel_words(channel0, 0.5), channel_words(channel1, 4.0)]
    regions = [[(0.5, 3.5)], [(4.0, 8.0)]]
    return decide_stereo_roles(regions, words, config.stereo, config.roles)


GREETING = "Thank you for calling Harbour Telecom, this is Sam, how can I help you today?"
CALLER = "Hi, I'm calling about my parcel, it never arrived."


def test_the_default_channel_is_not_given_and_carries_the_confidence_the_words_give_it():
    assert Config().stereo.agent_channel == "default"
    d = stereo_call(GREETING, CALLER)
    assert (d.agent, d.method) == (0, "default") and d.confidence > 0.9
    assert "thank you for calling" in d.evidence and d.warnings == ()
    assert d.to_dict("channel 0")["method"] == "default"


def test_the_default_channel_contradicted_by_the_opening_words_warns():
    d = stereo_call(CALLER, GREETING)
    assert (d.agent, d.method) == (0, "default") and d.confidence < 0.1
    [warning] = d.warnings
    assert "channel 1 is the agent" in warning and "--agent-channel 1 or auto" in warning
    assert "thank you for calling" in warning


def test_the_default_without_cues_is_as_sure_as_who_spoke_first():
    d = stereo_call("yes", "right")
    assert (d.agent, d.method, d.confidence, d.warnings) == (0, "default", 0.55, ())


@pytest.mark.parametrize("given", [0, 1])
def test_a_channel_given_is_obeyed_without_second_guessing(given):
    d = stereo_call(CALLER, GREETING, agent_channel=given)
    assert (d.agent, d.method, d.confidence, d.warnings) == (given, "given", 1.0, ())


def test_auto_decides_from_the_words():
    d = stereo_call(CALLER, GREETING, agent_channel="auto")
    assert (d.agent, d.method) == (1, "text") and d.warnings == ()


def test_a_config_file_may_set_the_channel_and_a_wrong_one_is_a_one_line_error():
    assert Config.from_dict({"stereo": {"agent_channel": 1}}).stereo.agent_channel == 1
    with pytest.raises(CallcoachError) as err:
        Config.from_dict({"stereo": {"agent_channel": "left"}})
    assert "stereo.agent_channel must be 0 or 1 or 'auto' or 'default'" in str(err.value)
    assert "\n" not in str(err.value)


def test_a_stereo_call_on_the_default_channel_reports_method_default_and_the_warning():
    import numpy as np

    from callcoach.speech.stereo import ChannelSpeech, transcribe_stereo

    class Words:  # stands in for Whisper: the words of each channel
        def transcribe_channels(self, channels, pad_s, on_progress=None):
            return [channel_words(CALLER, 0.5), channel_words(GREETING, 4.0)]

    speech = ChannelSpeech(regions=[[(0.5, 3.5)], [(4.0, 8.0)]], raw_regions=[[], []], gated_s=[0.0, 0.0])
    warnings: list[str] = []
    conversation, info = transcribe_stereo(np.zeros((2, 16000 * 9), np.float32), speech, 9.0, Words(),
                                           Config(), lambda step, fraction: None, warnings)
    assert info["roles"]["method"] == "default" and info["agent_channel"] == 0
    assert info["roles"]["confidence"] < 0.1
    assert any("--agent-channel 1" in w for w in info["warnings"])
    assert conversation.segments[0].speaker == "agent"  # channel 0, as the default says
