"""Options are checked on load: a wrong type or range is a one-line error naming the option."""
from __future__ import annotations

import pytest

from callcoach.config import Config
from callcoach.errors import CallcoachError


@pytest.mark.parametrize("table, message", [
    ({"listening": {"dead_air_min_s": -1}}, "listening.dead_air_min_s must not be negative"),
    ({"listening": {"dead_air_min_s": "5"}}, "listening.dead_air_min_s must be a number"),
    ({"tone": {"fmin_hz": float("nan")}}, "tone.fmin_hz must be a finite number"),
    ({"asr": {"beam_size": 2.5}}, "asr.beam_size must be a whole number"),
    ({"stereo": {"agent_channel": 2}}, "stereo.agent_channel must be 0 or 1 or 'auto'"),
    ({"roles": {"company_names": "Acme"}}, "roles.company_names must be a list of text"),
    ({"talk_over": {"trust_asr_full_stops": "yes"}}, "talk_over.trust_asr_full_stops must be true or false"),
    ({"listening": {"no_such_option": 1}}, "unknown option 'listening.no_such_option'"),
])
def test_a_wrong_option_value_is_a_one_line_error_naming_it(table, message):
    with pytest.raises(CallcoachError) as err:
        Config.from_dict(table)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_negative_values_are_allowed_where_the_default_is_negative():
    assert Config.from_dict({"language": {"distress_threshold": -0.5}}).language.distress_threshold == -0.5


def test_whole_numbers_are_accepted_for_decimal_options():
    value = Config.from_dict({"listening": {"dead_air_min_s": 4}}).listening.dead_air_min_s
    assert value == 4.0 and isinstance(value, float)


def test_config_file_is_read_from_toml(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[stereo]\nagent_channel = "auto"\n[roles]\ncompany_names = ["Acme"]\n')
    config = Config.from_toml(path)
    assert config.stereo.agent_channel == "auto" and config.roles.company_names == ["Acme"]


def test_defaults_pass_their_own_checks():
    Config().validate()


def test_retired_options_still_load():
    config = Config.from_dict({"language": {"phrase_margin": 0.08}, "coaching": {"distress_score": -0.35}})
    assert config.language.distress_threshold == Config().language.distress_threshold
