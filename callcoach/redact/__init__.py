"""Personal data out of a call report: card numbers, security codes, expiry dates, identity
numbers (and, in mode ``all``, e-mail addresses and phone numbers).

Pure functions on the report dict (the JSON contract, shared/REPORT_CONTRACT.md); nothing
here loads a model. What it works on is the recognised text, so it reads numbers the way
callers say them and Whisper writes them:

* digit groups ``4539 1488 0343 6467``, ``4539-1488-...``, digits run together;
* spelled-out digits ``four five three nine``, ``oh``/``o`` for zero, ``double four``,
  ``triple seven``, ``forty five thirty nine``, ``four hundred and twelve``, mixed
  ``four five 39``;
* a number split across turns and speakers (the customer reads, the agent says "mm-hmm",
  the customer goes on; the agent reads it back), with fillers ("um", "sorry", "yeah") in it.

The call is read as one stream of words in time order. Digits next to each other (fillers,
and the other speaker's words over them, in between) form a *run*. What happens to a run
depends on its length and on the words around it:

* *payment context*: a payment word ("card", "visa", "long number", "expiry",
  "security code", "CVV", "three digits on the back", "sort code", "PIN", ...) said in the
  previous 60 s (or the next 10 s): every run of 3 or more digits goes (2 or more right
  after "expiry" or "security code"). A Luhn check is never required: a misheard digit
  must not leave a card in the report.
* *identity context* ("social security number", "national insurance", "passport", ...):
  every run of 3 or more digits goes, with the letters of a UK NI number.
* anywhere: 13+ digits (a card read without any context), ``123-45-6789`` (US SSN) and
  ``QQ 12 34 56 C`` (UK NI) shapes.
* mode ``all`` adds e-mail addresses ("john dot smith at gmail dot com"), phone numbers and
  any run of 6 or more digits anywhere.

Removed words become one marker word (``[card number]``...) that keeps the removed words'
start and end; ``report["call"]["redaction"]`` records the mode, the counts per kind and
the spans' times, never the values. Every other string in the report that may quote the
call (apologies, empathy phrases, coaching) is scrubbed with the same detectors and the
exact removed text. :func:`silence_spans` zeroes the spans in audio (for an HTML page that
embeds the recording).
"""
from __future__ import annotations

from .audio import silence_spans, silenced_wav_bytes
from .detect import find_spans, luhn_valid
from .rewrite import redact_report, scrub_text
from .vocabulary import DEFAULT_MODE, KINDS, MARKERS, MODES, Span

__all__ = ["DEFAULT_MODE", "KINDS", "MARKERS", "MODES", "Span", "find_spans", "luhn_valid",
           "redact_report", "scrub_text", "silence_spans", "silenced_wav_bytes"]
