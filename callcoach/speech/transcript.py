"""Transcript input: the contract's ``{"segments": [...]}`` (a report is valid input)."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..conversation import ROLES, Conversation, Segment, SpeechTurn, Word, join_words
from ..errors import InputError

SPEAKER_ALIASES = {"agent": "agent", "customer": "customer", "caller": "customer",
                   "client": "customer", "rep": "agent", "representative": "agent"}


MAX_CALL_S = 24 * 3600.0
"""No call runs a day: a time beyond this is a broken transcript, refused before any work
(renderings draw every second of a call; a time of 1e300 must not reach them)."""


def _number(value: Any, where: str, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(source, f"{where} must be a finite number of seconds, got {value!r}")
    if value < 0:
        raise InputError(source, f"{where} is negative ({value})")
    if value > MAX_CALL_S:
        raise InputError(source, f"{where} is {value:g} s, longer than a day",
                         "times are seconds from the start of the call")
    return float(value)


def parse_transcript(data: Any, source: str) -> tuple[Conversation, dict[str, Any]]:
    """A Conversation from transcript JSON; also the ``call`` metadata it carried, if any."""
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise InputError(source, 'not a transcript: expected {"segments": [...]}')
    segments: list[Segment] = []
    all_have_words = True
    for i, raw in enumerate(data["segments"]):
        where = f"segments[{i}]"
        if not isinstance(raw, dict):
            raise InputError(source, f"{where} is not an object")
        speaker = SPEAKER_ALIASES.get(str(raw.get("speaker", "")).strip().lower())
        if speaker not in ROLES:
            raise InputError(source, f"{where}.speaker is {raw.get('speaker')!r}",
                             'use "agent" or "customer"')
        start = _number(raw.get("start"), f"{where}.start", source)
        end = _number(raw.get("end"), f"{where}.end", source)
        if end < start:
            raise InputError(source, f"{where} ends ({end}) before it starts ({start})")
        words: list[Word] = []
        for j, w in enumerate(raw.get("words") or []):
            if not isinstance(w, dict) or not isinstance(w.get("word"), str):
                raise InputError(source, f"{where}.words[{j}] needs a 'word' string")
            ws = _number(w.get("start"), f"{where}.words[{j}].start", source)
            we = _number(w.get("end"), f"{where}.words[{j}].end", source)
            prob = w.get("probability")
            words.append(Word(" " + w["word"].strip(), ws, max(ws, we), _probability(prob)))
        text = raw.get("text")
        if not isinstance(text, str):
            text = join_words(words) if words else ""
        if not words and text.strip():
            all_have_words = False
        segments.append(Segment(speaker=speaker, start=start, end=end, text=text.strip(), words=words))
    call = data.get("call") if isinstance(data.get("call"), dict) else {}
    duration = max([s.end for s in segments], default=0.0)
    if isinstance(call.get("duration_s"), (int, float)) and not isinstance(call.get("duration_s"), bool):
        duration = max(duration, _number(call["duration_s"], "call.duration_s", source))
    conversation = Conversation(
        segments=segments,
        duration_s=duration,
        speech_map=[SpeechTurn(s.speaker, s.start, s.end) for s in segments],
        has_word_times=all_have_words,
    )
    return conversation, call


def _probability(value: Any) -> float | None:
    """A word probability clipped to 0..1; None when absent, not a number or not finite."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return min(1.0, max(0.0, float(value)))


def read_json_file(path: str | Path) -> Any:
    """A JSON file's content, or one InputError line naming the file and the problem."""
    source = str(path)
    try:
        if Path(path).exists() and not Path(path).is_file():
            raise InputError(source, "is not a regular file (a folder, pipe or device)")
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(source, "file not found") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(source, "not UTF-8 text (is it a recording? give it without --transcript)") from None
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None


def read_transcript(path: str | Path) -> tuple[Conversation, dict[str, Any]]:
    """A Conversation (and the ``call`` metadata it carried) from a transcript or report file."""
    return parse_transcript(read_json_file(path), str(path))
