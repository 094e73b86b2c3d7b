"""Type and range checks for option values, so a wrong TOML value is a one-line error
naming the option instead of a failure deep inside an analysis."""
from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from typing import Any, Literal

from .errors import CallcoachError

_UNIONS = (typing.Union, types.UnionType)


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is Literal:
        return " or ".join(repr(a) for a in typing.get_args(hint))
    if origin in _UNIONS:
        return " or ".join(_describe(a) for a in typing.get_args(hint) if a is not type(None))
    if origin is list:
        return f"a list of {_describe(typing.get_args(hint)[0])}"
    return {bool: "true or false", int: "a whole number", float: "a number", str: "text"}.get(hint, str(hint))


def _matches(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if hint is Any:
        return True
    if origin is Literal:
        return any(value == a and type(value) is type(a) for a in typing.get_args(hint))
    if origin in _UNIONS:
        return any(_matches(value, a) for a in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, hint)


def check_value(name: str, value: Any, hint: Any, default: Any, source: str = "config") -> Any:
    """``value`` for option ``name`` if it has the option's type and a sensible range.

    Numbers must be finite; they may be negative only where the default is negative (a
    threshold on a -1..1 score), so a typo such as ``dead_air_min_s = -1`` is an error, not
    ten dead-air stretches. Raises a one-line :class:`CallcoachError` naming the option.
    """
    if not _matches(value, hint):
        raise CallcoachError(f"{source}: {name} must be {_describe(hint)}, not {value!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise CallcoachError(f"{source}: {name} must be a finite number, not {value!r}")
        negative_ok = isinstance(default, (int, float)) and not isinstance(default, bool) and default < 0
        if value < 0 and not negative_ok:
            raise CallcoachError(f"{source}: {name} must not be negative (got {value!r})")
        low, high = _bounds(name, default)
        if value > high:
            raise CallcoachError(f"{source}: {name} must be at most {high:g} (got {value!r})")
        if value < low:
            raise CallcoachError(f"{source}: {name} must be at least {low:g} (got {value!r})")
        if float in _flat(hint) and not isinstance(value, bool) and int not in _flat(hint):
            value = float(value)
    return value


AT_LEAST_ONE = frozenset({"beam_size", "batch_size", "num_speakers", "min_cluster_size", "analysis_rate_hz",
                          "window_words", "max_sentence_words", "window_stride_words", "rate_min_words"})
"""Counts that make no sense at zero (a beam of no hypotheses, a window of no words)."""
UNIT_SCALE = re.compile(r"(probability|threshold|correlation|ratio|confidence)")
"""Options on a 0..1 (or -1..1) scale, when their default is on it."""


def _bounds(name: str, default: Any) -> tuple[float, float]:
    """The plausible range of a numeric option, from its name and default."""
    key = name.rsplit(".", 1)[-1]
    is_number = isinstance(default, (int, float)) and not isinstance(default, bool)
    if key in AT_LEAST_ONE:
        return 1, 1e6
    if is_number and UNIT_SCALE.search(key) and -1 <= default <= 1:
        return (-1.0 if default < 0 else 0.0), 1.0
    if key.endswith("_s"):
        return -86400.0, 86400.0  # a day; the sign is checked above
    if key.endswith("_ms"):
        return -86400e3, 86400e3
    if key.endswith("_hz"):
        return 0.0, 192000.0
    return -1e9, 1e9


def _flat(hint: Any) -> tuple:
    origin = typing.get_origin(hint)
    if origin in _UNIONS:
        return typing.get_args(hint)
    return (hint,)


def apply_table(config: Any, data: dict[str, Any], source: str = "config") -> Any:
    """Set the options of a TOML table (``{"listening": {"dead_air_min_s": 4}}``) on
    ``config``, each checked; returns ``config``."""
    for key, value in data.items():
        _set(config, key, value, source)
    return config


RETIRED: dict[str, frozenset[str]] = {
    "language": frozenset({"window_extra_margin", "phrase_margin", "phrase_min_similarity",
                           "phrase_min_probability", "dismissive_margin", "dismissive_min_similarity",
                           "dismissive_min_probability", "sentiment_top_k", "sentiment_temperature"}),
    "coaching": frozenset({"distress_score", "late_acknowledgement_s"}),
}
"""Options of earlier versions that no longer do anything: accepted, so that existing config
files still load (``[coaching] distress_score`` is ``[language] distress_threshold`` now,
``late_acknowledgement_s`` is ``[language] prompt_response_s``)."""


def _set(obj: Any, key: str, value: Any, source: str, prefix: str = "") -> None:
    names = {f.name for f in dataclasses.fields(obj)}
    where = f"{prefix}{key}"
    if key not in names and key in RETIRED.get(prefix.rstrip("."), ()):
        return
    if key not in names:
        raise CallcoachError(f"{source}: unknown option {where!r} (known: {', '.join(sorted(names))})")
    current = getattr(obj, key)
    if dataclasses.is_dataclass(current):
        if not isinstance(value, dict):
            raise CallcoachError(f"{source}: [{key}] must be a table")
        for k, v in value.items():
            _set(current, k, v, source, prefix=f"{key}.")
    else:
        hint = typing.get_type_hints(type(obj))[key]
        default = next(f for f in dataclasses.fields(obj) if f.name == key)
        default_value = default.default if default.default is not dataclasses.MISSING else None
        setattr(obj, key, check_value(where, value, hint, default_value, source))


def validate_tree(config: Any, source: str = "config") -> Any:
    """Check every option of a config object (sections of dataclasses) in place."""
    for section in dataclasses.fields(config):
        value = getattr(config, section.name)
        if dataclasses.is_dataclass(value):
            hints = typing.get_type_hints(type(value))
            for f in dataclasses.fields(value):
                default = f.default if f.default is not dataclasses.MISSING else None
                setattr(value, f.name, check_value(f"{section.name}.{f.name}", getattr(value, f.name),
                                                   hints[f.name], default, source))
        else:
            check_value(section.name, value, typing.get_type_hints(type(config))[section.name], None, source)
    return config
