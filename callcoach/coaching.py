"""Coaching: this call's own moments turned into a few ranked tips and strengths.

:func:`build_coaching` is a pure function of a report dict (the JSON contract): it reads the
analysers' sections and the segments, never audio or models, so it works on any saved
report and on transcript input. Every tip names the moment it comes from (``at``, seconds)
and carries ``evidence`` (the section, field and index or times it was read from) so a
reviewer can check it; a rule whose section is absent or partial simply does not fire, and
``not_checked`` says which checks could not run and why.

Improvement kinds, in the default ranking (``CoachingConfig.ranking``; most important first)
-----------------------------------------------------------------------------------------------
dismissive_phrase        the agent said something dismissive ("that's our policy")
unacknowledged_distress  the customer complained and no apology or acknowledgement ever came
agent_interruption       the agent cut in while the customer was talking
moved_on                 a complaint was followed by agent speech with no acknowledgement
late_acknowledgement     the first apology/acknowledgement came long after the first distress
unannounced_dead_air     a long silence without a hold announcement
agent_raised_voice       the agent's voice rose well above their own level
sentiment_drop           the customer ended less happy than they started
over_apologising         many apologies, few of them followed by a step
long_monologue           a long agent stretch without letting the customer in
talk_ratio               the agent's talk share far above its target
fast_pace                agent speaking rate high
monotone                 agent pitch nearly flat

Harmful words first, then a problem left unheard, then being talked over, then silence, then
how the call ended, then balance and delivery. Within a kind the largest instance wins (the
lowest sentiment, the longest silence...), so each kind gives at most one tip; ties go to
the earlier moment. The first ``max_improvements`` are ``improvements``; the rest are kept in
``other_improvements``.

Strengths, in order: a specific apology followed by action, a prompt acknowledgement, an
announced hold, sentiment that recovered, the customer's name used, other empathy words
(acknowledge / own / reassure / invite), a balanced talk share.
"""
from __future__ import annotations

import math
import re
from typing import Any, Callable

from .config import CoachingConfig, Config

Item = dict[str, Any]

_ACKNOWLEDGING = ("apologize", "acknowledge", "own", "reassure")
"""Empathy families that answer a complaint (thanks or the customer's name alone do not)."""

try:  # objects and incidents of service, shared with the apology analyser
    from .analysis.phrases import ISSUE_WORDS as _ISSUE_WORDS
except Exception:  # pragma: no cover - the phrase bank is data; coaching must not depend on it loading
    _ISSUE_WORDS = frozenset({"order", "parcel", "package", "delivery", "bill", "charge", "refund",
                              "payment", "account", "internet", "connection", "router", "phone"})

_NOT_NOUNS = frozenset({"late", "double", "twice", "wrong", "missing", "lost", "charged", "cancelled",
                        "canceled", "delayed", "waiting", "broken", "damaged", "faulty", "hold"})
_MY_STOP = frozenset({"god", "gosh", "goodness", "own", "name", "way", "mind", "self", "fault", "word"})
_PROBLEM_CUE = re.compile(
    r"\b(still|not|never|no|nothing|nobody|no one|late|wrong|twice|again|broken|missing|lost|damaged|"
    r"cancell?ed|delay(?:ed)?|waiting|waited|overcharged?|charged|\w+n't|cannot|stopped|failed|"
    r"refused|keeps?)\b")
"""Words that describe what went wrong (feelings such as "upset" or "ridiculous" are not the problem)."""
_CLAUSE_SPLIT = re.compile(r"[.!?;:,]+|\s+(?:and|but|so|because|then)\s+")
_FLIP = {"i": "you", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've",
         "i'd": "you'd", "i'll": "you'll", "me": "you", "my": "your", "mine": "yours",
         "myself": "yourself", "we": "you", "we've": "you've", "we're": "you're", "our": "your",
         "us": "you", "your": "our", "yours": "ours", "you've": "we've", "you'd": "we'd",
         "you'll": "we'll"}
_YOU_AS_SUBJECT_AFTER = frozenset({"and", "but", "so", "then", "because", "if", "when", "did", "do",
                                   "does", "have", "has", "can", "could", "will", "would", "should",
                                   "why", "how", "what", "where", "that", "since", "after", "before",
                                   "until", "now", "yet"})

DISMISSIVE_ADVICE = {
    "policy_wall": ("Quoting a rule tells the customer the conversation is over, without saying "
                    "what you can do.",
                    "I can't change that rule, but here's what I can do about {noun} today: …"),
    "blame": ("It puts the fault on the customer; people who feel blamed stop cooperating.",
              "Let's look at what happened with {noun} together and put it right."),
    "dismiss_feelings": ("Telling someone how to feel makes them feel unheard, and usually more upset.",
                         "I can hear how upsetting {noun} is — let's sort it out together."),
    "deflect": ("It tells the customer the problem is nobody's job; they need to hear who will fix it.",
                "I'll find the right person to fix {noun} and stay with you until they have it."),
    "repeat_impatience": ("It sounds impatient; if they missed it, the explanation didn't land.",
                          "Let me put that another way."),
    "jargon": ("Formal or internal words sound cold and can hide what you mean.",
               "Here's what that means for you, in plain words: …"),
}
_DISMISSIVE_DEFAULT = ("It can sound dismissive to a customer who is already upset.",
                       "I understand — here's what I can do about {noun}: …")

EMPATHY_STRENGTH = {
    "acknowledge": "naming how the customer feels shows you heard more than the facts",
    "own": "it tells the customer you're taking it on, not passing it along",
    "reassure": "it tells the customer they'll be looked after",
    "invite": "asking what would help lets the customer shape the outcome",
}


# -- small helpers ---------------------------------------------------------------------------

def _num(value: Any) -> float | None:
    """A finite number from the report, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _r2(x: float) -> float:
    return round(float(x), 2)


def clock(seconds: float | None) -> str:
    """Seconds as m:ss, the way people read a call's time."""
    if seconds is None:
        return "?"
    total = int(max(0.0, float(seconds)))
    return f"{total // 60}:{total % 60:02d}"


def quote(text: str, max_words: int, from_end: bool = False) -> str:
    """At most ``max_words`` of ``text`` (its last words when ``from_end``), "…" where cut."""
    words = str(text or "").split()
    if len(words) <= max_words:
        return " ".join(words)
    if from_end:
        return "…" + " ".join(words[-max_words:])
    return " ".join(words[:max_words]) + "…"


_SENTENCES = re.compile(r"(?<=[.?!])\s+")


def _longest_sentence(text: str, max_words: int) -> str:
    """The segment's longest whole sentence that fits in a quote (else its opening words)."""
    fitting = [s for s in _SENTENCES.split(str(text).strip()) if 0 < len(s.split()) <= max_words]
    return max(fitting, key=lambda s: len(s.split())) if fitting else quote(text, max_words)


def _sentence_with(text: str, phrase: str) -> str | None:
    """The sentence of ``text`` that holds ``phrase`` (any case), if any."""
    for sentence in _SENTENCES.split(text.strip()):
        if phrase and phrase.lower() in sentence.lower():
            return sentence
    return None


def _percent(x: float) -> str:
    return f"{round(x * 100):d}%"


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


# -- the customer's problem, in their own words ----------------------------------------------

def _tokens(clause: str) -> list[str]:
    return [t.strip("\"“”()[]") for t in clause.replace("’", "'").split() if t.strip("\"“”()[]")]


def _bare(word: str) -> str:
    return word.lower().strip(".,!?;:…-—–")


def _my_noun(words: list[str]) -> str | None:
    low = [_bare(w) for w in words]
    for i, w in enumerate(low[:-1]):
        if w != "my":
            continue
        first = low[i + 1]
        if len(first) < 3 or first in _MY_STOP or not first.replace("'", "").isalpha():
            continue
        phrase = ["your", first]
        if i + 2 < len(low) and (first.endswith("'s") or low[i + 2] in _ISSUE_WORDS) \
                and low[i + 2].replace("'", "").isalpha():
            phrase.append(low[i + 2])
        return " ".join(phrase)
    return None


def _issue_noun(words: list[str]) -> str | None:
    for w in words:
        low = _bare(w)
        if low in _ISSUE_WORDS and low not in _NOT_NOUNS:
            return f"the {low}"
    return None


def _flip(words: list[str], noun: str | None) -> str:
    """The customer's clause said back by the agent: "my parcel" -> "your parcel",
    "you charged me" -> "we charged you"; a leading "it" becomes the problem noun."""
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        prev = words[i - 1].lower() if i else ""
        if i == 0 and noun and low in ("it", "it's", "its"):
            out.append(noun if low == "it" else f"{noun} is")
        elif low == "you":
            out.append("we" if i == 0 or prev in _YOU_AS_SUBJECT_AFTER else "you" if prev == "we" else "us")
        elif low in ("am", "was") and prev == "i":
            out.append("are" if low == "am" else "were")
        elif low in _FLIP:
            out.append(_FLIP[low])
        else:
            out.append(word if word.isupper() and len(word) > 1 else low)
    return " ".join(out)


def customer_problem(text: str, max_words: int = 12) -> dict[str, str | None]:
    """The customer's problem from their own words: ``noun`` ("your parcel") and ``clause``
    (their most complaining clause said back to them: "your parcel still isn't here")."""
    words = _tokens(text)
    noun = _my_noun(words) or _issue_noun(words)
    picked: list[list[str]] = []
    for raw in _CLAUSE_SPLIT.split(str(text or "").lower()):
        clause = _tokens(raw)
        if not clause or len(clause) > max_words:
            continue
        joined = " ".join(clause)
        if re.search(r"\byou(?:'re| are)\b", joined):
            continue  # about the agent, not the problem: never say it back
        # A clause is said back when it says what went wrong and what it went wrong with.
        names_it = (_my_noun(clause) or any(_bare(w) in _ISSUE_WORDS for w in clause)
                    or (noun and clause[0] in ("it", "it's", "its")) or clause[0] in ("nobody", "no"))
        if _PROBLEM_CUE.search(joined) and names_it:
            picked.append(clause)
    said = [_flip(c, noun) for c in picked[:2]]
    return {"noun": noun, "clause": " and ".join(said) if said else None}


def acknowledgement(problem: dict[str, str | None], style: str = "apology") -> str:
    """A line that names the customer's problem in their words, then moves to action."""
    clause, noun = problem.get("clause"), problem.get("noun")
    if style == "apology":
        if clause:
            return f"I'm so sorry {clause} — I can see why you're upset. Let me put that right now."
        if noun:
            return f"I'm so sorry — I know how much {noun} matters. Let me put that right now."
        return "I'm so sorry about this — I can hear how frustrating it is. Let me put it right now."
    if clause:
        return f"I can see why you're upset: {clause}. Here's what I'll do about it now: …"
    if noun:
        return f"I can see how much {noun} matters to you. Here's what I'll do now: …"
    return "I can see why that's upsetting. Here's what I'll do about it now: …"


# -- reading the report -----------------------------------------------------------------------

class _Call:
    """Read-only, defensive access to a report's sections (any may be absent or partial)."""

    def __init__(self, report: dict[str, Any]):
        self.report = report if isinstance(report, dict) else {}
        self.segments = [s for s in _list(self.report.get("segments")) if isinstance(s, dict)]
        self.not_checked: dict[str, dict[str, Any]] = {}

    def section(self, name: str, check: str) -> dict | None:
        """The section, or None (recording that ``check`` could not run)."""
        value = self.report.get(name)
        if not isinstance(value, dict):
            self._skip(name, check, f"no {name} section in this report")
            return None
        if value.get("available") is False:
            self._skip(name, check, str(value.get("reason") or f"{name} not available for this call"))
            return None
        return value

    def _skip(self, section: str, check: str, reason: str) -> None:
        entry = self.not_checked.setdefault(section, {"section": section, "reason": reason, "checks": []})
        if check not in entry["checks"]:
            entry["checks"].append(check)

    def seg_index(self, speaker: str, start: float | None, end: float | None = None) -> int | None:
        """Index of the speaker's segment at ``start`` (containing it, else the nearest)."""
        if start is None:
            return None
        best, best_d = None, float("inf")
        for i, s in enumerate(self.segments):
            if s.get("speaker") != speaker:
                continue
            s0, s1 = _num(s.get("start")), _num(s.get("end"))
            if s0 is None or s1 is None:
                continue
            if end is not None and abs(s0 - start) < 0.05 and abs(s1 - end) < 0.05:
                return i
            d = 0.0 if s0 - 0.5 <= start <= s1 + 0.05 else min(abs(s0 - start), abs(s1 - start))
            if d < best_d:
                best, best_d = i, d
        return best if best_d <= 2.0 else None

    def text(self, index: int | None) -> str:
        return str(self.segments[index].get("text") or "") if index is not None else ""

    def agent_spoke(self, after: float, until: float) -> bool:
        return any(s.get("speaker") == "agent" and str(s.get("text") or "").strip()
                   and after <= (_num(s.get("start")) or -1.0) <= until for s in self.segments)

    def agent_segments(self) -> list[int]:
        return [i for i, s in enumerate(self.segments) if s.get("speaker") == "agent"]

    def worst_complaint_noun(self) -> dict[str, str | None]:
        """The problem of the customer's most negative segment (or of their first words)."""
        sentiment = _dict(self.report.get("sentiment"))
        scored = [c for c in _list(sentiment.get("customer")) if _num(_dict(c).get("score")) is not None]
        index = None
        if scored:
            worst = min(scored, key=lambda c: c["score"])
            index = self.seg_index("customer", _num(worst.get("start")), _num(worst.get("end")))
        distress = _num(_dict(self.report.get("apologies")).get("first_distress_s"))
        if index is None and distress is not None:
            index = self.seg_index("customer", distress)
        return customer_problem(self.text(index)) if index is not None else {"noun": None, "clause": None}


def _evidence(section: str, field: str, index: int | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"section": section, "field": field}
    if index is not None:
        out["index"] = index
    out.update({k: (_r2(v) if isinstance(v, float) else v) for k, v in extra.items() if v is not None})
    return out


def _tip(kind: str, at: float, what: str, why: str, try_saying: str, evidence: dict,
         severity: float, how: str | None = None) -> Item:
    """One improvement; ``how`` is a delivery note for ``try_saying`` ("slowly")."""
    item = {"kind": kind, "at": _r2(at), "what": what, "why": why, "try_saying": try_saying,
            "evidence": evidence, "severity": round(float(severity), 3)}
    if how:
        item["how"] = how
    return item


# -- improvement rules -----------------------------------------------------------------------

def _dismissive(call: _Call, cfg: CoachingConfig) -> list[Item]:
    empathy = call.section("empathy", "dismissive_phrase")
    if empathy is None:
        return []
    found = []
    for i, p in enumerate(_list(empathy.get("negative"))):
        p = _dict(p)
        confidence = _num(p.get("confidence"))
        start = _num(p.get("start"))
        if start is None or (confidence is not None and confidence < cfg.dismissive_min_confidence):
            continue
        found.append((confidence if confidence is not None else 1.0, -start, i, p))
    if not found:
        return []
    confidence, _, index, phrase = max(found)
    start = float(phrase["start"])
    why, line = DISMISSIVE_ADVICE.get(str(phrase.get("category")), _DISMISSIVE_DEFAULT)
    noun = call.worst_complaint_noun().get("noun") or "this"
    what = f"You said “{quote(phrase.get('text', ''), cfg.quote_words)}”."
    if len(found) > 1:
        what += f" You said {len(found) - 1} more thing(s) like it in this call."
    return [_tip("dismissive_phrase", start, what, why, line.format(noun=noun),
                 _evidence("empathy", "negative", index, start=start, end=_num(phrase.get("end")),
                           category=phrase.get("category"), count=len(found)), confidence)]


def _distress(call: _Call, cfg: CoachingConfig) -> list[Item]:
    """Unacknowledged distress, or a late acknowledgement (the apologies section's timing)."""
    apologies = call.section("apologies", "unacknowledged_distress")
    if apologies is None:
        call._skip("apologies", "late_acknowledgement", "no apologies section in this report")
        return []
    distress = _num(apologies.get("first_distress_s"))
    if distress is None:
        return []
    latency = _num(apologies.get("first_apology_latency_s"))
    index = call.seg_index("customer", distress)
    said = quote(call.text(index) or apologies.get("first_distress_text") or "", cfg.quote_words)
    problem = customer_problem(call.text(index) or str(apologies.get("first_distress_text") or ""),
                               cfg.quote_words)
    evidence = _evidence("apologies", "first_distress_s", first_distress_s=distress,
                         first_apology_latency_s=latency, segment=index)
    if latency is None:
        if not call.agent_spoke(distress, float("inf")):
            return []  # the call ended on the complaint: nothing to answer it with
        return [_tip("unacknowledged_distress", distress,
                     f"The customer said “{said}” and you never apologised for it or acknowledged it.",
                     "Until customers hear their problem named, they keep repeating it and "
                     "trust little else you say.",
                     acknowledgement(problem, "apology"), evidence, 1.0)]
    if latency > cfg.late_acknowledgement_s:
        response = _dict(apologies.get("first_response"))
        what = (f"The customer complained (“{said}”); your first apology or acknowledgement "
                f"came {latency:.0f} s later")
        if _num(response.get("start")) is not None:
            what += f", at {clock(response['start'])} (“{quote(response.get('text', ''), cfg.quote_words)}”)"
        return [_tip("late_acknowledgement", distress, what + ".",
                     "The first moments after a complaint decide whether the customer feels "
                     "heard; an apology that comes late sounds like an afterthought.",
                     acknowledgement(problem, "apology"), evidence, latency)]
    return []


def _interruptions(call: _Call, cfg: CoachingConfig) -> list[Item]:
    talk_over = call.section("talk_over", "agent_interruption")
    if talk_over is None:
        return []
    events = [(i, _dict(e)) for i, e in enumerate(_list(talk_over.get("events")))
              if _dict(e).get("kind") == "interruption" and _dict(e).get("interrupter") == "agent"
              and _num(_dict(e).get("start")) is not None]
    if not events:
        return []
    index, event = events[0]
    start = float(event["start"])
    cut = event.get("cut_off_words") or event.get("interrupted_words")
    if cut:
        what = f"You cut in while the customer was saying “{quote(cut, cfg.quote_words, from_end=True)}”."
    else:
        what = "You started talking over the customer."
    if len(events) > 1:
        what += f" You talked over the customer {len(events)} times in this call."
    return [_tip("agent_interruption", start, what,
                 "Being cut off tells customers you've stopped listening, and they tend to "
                 "repeat themselves more forcefully.",
                 "Sorry, I jumped in there — please go on.",
                 _evidence("talk_over", "events", index, start=start, end=_num(event.get("end")),
                           count=len(events)), len(events))]


def _moved_on(call: _Call, cfg: CoachingConfig, skip_at: float | None) -> list[Item]:
    sentiment = call.section("sentiment", "moved_on")
    empathy = call.section("empathy", "moved_on")
    if sentiment is None or empathy is None:
        return []
    answers = [float(p["start"]) for p in map(_dict, _list(empathy.get("phrases")))
               if p.get("category") in _ACKNOWLEDGING and _num(p.get("start")) is not None]
    answers += [float(a["start"]) for a in map(_dict, _list(_dict(call.report.get("apologies")).get("items")))
                if _num(a.get("start")) is not None]
    found = []
    for i, c in enumerate(_list(sentiment.get("customer"))):
        c = _dict(c)
        score, start, end = _num(c.get("score")), _num(c.get("start")), _num(c.get("end"))
        if score is None or start is None or end is None or score > cfg.distress_score:
            continue
        if skip_at is not None and start - 0.5 <= skip_at <= end + 0.05:
            continue  # already the subject of the distress tip
        until = end + cfg.acknowledge_window_s
        if not call.agent_spoke(start, until):
            continue
        if any(start - 0.5 <= a <= until for a in answers):
            continue
        found.append((score, start, i, end))
    if not found:
        return []
    score, start, index, end = min(found)
    seg = call.seg_index("customer", start, end)
    text = call.text(seg)
    what = f"The customer said “{quote(text, cfg.quote_words)}” and you moved on without acknowledging it."
    if len(found) > 1:
        what += f" That happened {len(found)} times in this call."
    return [_tip("moved_on", start, what,
                 "Going straight to the process skips the person; one line that names their "
                 "problem first makes the rest of the call easier.",
                 acknowledgement(customer_problem(text, cfg.quote_words), "acknowledge"),
                 _evidence("sentiment", "customer", index, start=start, end=end, score=score,
                           segment=seg, count=len(found)), -score)]


def _dead_air(call: _Call, cfg: CoachingConfig) -> list[Item]:
    listening = call.section("listening", "unannounced_dead_air")
    if listening is None:
        return []
    silent = []
    for i, d in enumerate(_list(listening.get("dead_air"))):
        d = _dict(d)
        start, end = _num(d.get("start")), _num(d.get("end"))
        if start is None or end is None:
            continue
        if "hold" not in d:
            call._skip("listening", "unannounced_dead_air", "dead air without a hold flag")
            continue
        if d.get("hold") is False:
            silent.append((end - start, -start, i, start, end))
    if not silent:
        return []
    length, _, index, start, end = max(silent)
    return [_tip("unannounced_dead_air", start,
                 f"The line went silent for {length:.0f} s, and you hadn't told the customer why.",
                 "Unexplained silence feels like being ignored or cut off; customers hang up "
                 "or come back angrier.",
                 "I'm going to check that for you now — it'll take about a minute. "
                 "Is it OK if I put you on hold?",
                 _evidence("listening", "dead_air", index, start=start, end=end, count=len(silent)),
                 length)]


def _raised_voice(call: _Call, cfg: CoachingConfig) -> list[Item]:
    tone = call.section("tone", "agent_raised_voice")
    if tone is None:
        return []
    events = [(i, _dict(e)) for i, e in enumerate(_list(tone.get("raised_voice")))
              if _dict(e).get("speaker") == "agent" and _num(_dict(e).get("start")) is not None]
    if not events:
        return []
    index, event = max(events, key=lambda ie: (_num(ie[1].get("loudness_delta_db")) or 0.0, -ie[1]["start"]))
    start, end = float(event["start"]), _num(event.get("end"))
    louder = _num(event.get("loudness_delta_db"))
    what = "Your voice rose"
    if louder is not None:
        what += f" ({louder:+.0f} dB above your usual level)"
    return [_tip("agent_raised_voice", start, what + ".",
                 "A raised voice sounds like impatience or anger, even when you only mean to be clear.",
                 "I hear you — let's sort this out together.",
                 _evidence("tone", "raised_voice", index, start=start, end=end), louder or 0.0,
                 how="slower and lower")]


def _sentiment_drop(call: _Call, cfg: CoachingConfig) -> list[Item]:
    sentiment = call.section("sentiment", "sentiment_drop")
    if sentiment is None:
        return []
    first, last = _num(sentiment.get("customer_start")), _num(sentiment.get("customer_end"))
    if first is None or last is None or first - last < cfg.sentiment_drop:
        return []
    items = [(_num(_dict(c).get("score")), _num(_dict(c).get("start")), i)
             for i, c in enumerate(_list(sentiment.get("customer")))]
    items = [x for x in items if x[0] is not None and x[1] is not None]
    tail = items[-max(1, -(-len(items) // 3)):] if items else []
    at = min(tail)[1] if tail else float(call.segments[-1].get("start", 0.0)) if call.segments else 0.0
    index = min(tail)[2] if tail else None
    noun = call.worst_complaint_noun().get("noun") or "everything"
    return [_tip("sentiment_drop", at,
                 f"Your customer ended the call less happy than they started (sentiment "
                 f"{_signed(first)} → {_signed(last)}); this was their low point near the end.",
                 "The call ended without putting things right for them, so the next call — "
                 "or the complaint — is already on its way.",
                 f"Before we finish — have I fully sorted out {noun} for you? Is there anything else I can do?",
                 _evidence("sentiment", "customer_start/customer_end", index, customer_start=first,
                           customer_end=last, start=at), first - last)]


def _over_apologising(call: _Call, cfg: CoachingConfig) -> list[Item]:
    apologies = call.section("apologies", "over_apologising")
    if apologies is None:
        return []
    over = _dict(apologies.get("over_apologising"))
    if not over.get("flag"):
        return []
    items = [(i, _dict(a)) for i, a in enumerate(_list(apologies.get("items"))) if _num(_dict(a).get("start")) is not None]
    bare = [ia for ia in items if ia[1].get("followed_by_action") is False] or items
    if not bare:
        return []
    index, first = bare[0]
    count = int(_num(over.get("count")) or len(items))
    without = _num(over.get("without_action"))
    what = f"You apologised {count} times"
    if without is not None:
        what += f", {int(without)} of them with no next step"
    return [_tip("over_apologising", float(first["start"]), what + "; this was the first.",
                 "Apology after apology without action starts to sound empty; customers want to "
                 "hear what happens next.",
                 "Instead of another “sorry”: here's what I'm doing right now — …",
                 _evidence("apologies", "over_apologising", index, start=float(first["start"]),
                           count=count), count)]


def _monologue(call: _Call, cfg: CoachingConfig) -> list[Item]:
    listening = call.section("listening", "long_monologue")
    if listening is None:
        return []
    length = _num(listening.get("longest_agent_monologue_s"))
    span = _dict(listening.get("longest_agent_monologue"))
    start = _num(span.get("start"))
    if length is None or length < cfg.long_monologue_s:
        return []
    if start is None:
        agents = call.agent_segments()
        start = _num(call.segments[agents[0]].get("start")) if agents else 0.0
    return [_tip("long_monologue", start or 0.0,
                 f"You talked for {length:.0f} s without letting the customer in.",
                 "On the phone people stop following after half a minute or so; a question lets "
                 "them catch up and tells you whether they're still with you.",
                 "Does that make sense so far — any questions before I go on?",
                 _evidence("listening", "longest_agent_monologue", start=start, end=_num(span.get("end")),
                           length_s=length), length)]


def _talk_ratio(call: _Call, cfg: CoachingConfig) -> list[Item]:
    listening = call.section("listening", "talk_ratio")
    if listening is None:
        return []
    ratio = _num(listening.get("agent_talk_ratio"))
    target = _num(listening.get("agent_talk_ratio_target"))
    target = 0.43 if target is None else target
    if ratio is None or ratio < target + cfg.talk_ratio_margin:
        return []
    span = _dict(listening.get("longest_agent_monologue"))
    at = _num(span.get("start"))
    length = _num(listening.get("longest_agent_monologue_s")) if at is not None else None
    if at is None:
        agents = call.agent_segments()
        at = _num(call.segments[agents[0]].get("start")) if agents else 0.0
    noun = call.worst_complaint_noun().get("noun")
    line = (f"Can you tell me a bit more about what happened with {noun}?" if noun
            else "Can you tell me a bit more about what happened?")
    return [_tip("talk_ratio", at or 0.0,
                 f"You did {_percent(ratio)} of the talking (target about {_percent(target)})"
                 + (f"; here you talked for {length:.0f} s straight." if length else "."),
                 "The more the customer talks, the more you learn about what they need — and the "
                 "more heard they feel.",
                 line, _evidence("listening", "agent_talk_ratio", value=ratio, target=target, start=at),
                 ratio - target)]


def _fast_pace(call: _Call, cfg: CoachingConfig) -> list[Item]:
    tone = call.report.get("tone")
    if not isinstance(tone, dict):
        call._skip("tone", "fast_pace", "no tone section in this report")
        return []
    agent = _dict(tone.get("agent"))
    rate = _num(agent.get("speaking_rate_wpm"))
    words = _num(agent.get("words"))
    if words is None:
        words = sum(len(str(call.segments[i].get("text") or "").split()) for i in call.agent_segments())
    if rate is None or rate < cfg.fast_pace_wpm or words < cfg.pace_min_words:
        return []
    timeline = [(i, _dict(t)) for i, t in enumerate(_list(tone.get("timeline")))
                if _dict(t).get("speaker") == "agent" and _num(_dict(t).get("rate_wpm")) is not None
                and _num(_dict(t).get("start")) is not None]
    at, line, index = None, None, None
    what = f"You spoke at about {rate:.0f} words a minute"
    if timeline:
        index, fastest = max(timeline, key=lambda it: (it[1]["rate_wpm"], -it[1]["start"]))
        at = float(fastest["start"])
        what += f", and {fastest['rate_wpm']:.0f} in this turn"
        seg = call.seg_index("agent", at, _num(fastest.get("end")))
        if seg is not None and call.text(seg).strip():
            # a whole sentence of their own to practise on, even a longish one
            line = _longest_sentence(call.text(seg), cfg.quote_words * 5 // 3)
    if at is None:
        agents = call.agent_segments()
        at = _num(call.segments[agents[0]].get("start")) if agents else 0.0
    return [_tip("fast_pace", at or 0.0, what + ".",
                 "Over a phone line a fast pace is hard to follow, and it can sound rushed — as "
                 "if you want the call over.",
                 line or "Here's what happens next: …",
                 _evidence("tone", "agent.speaking_rate_wpm", index, value=rate, start=at), rate,
                 how="slowly, with a pause after each point")]


def _monotone(call: _Call, cfg: CoachingConfig) -> list[Item]:
    tone = call.section("tone", "monotone")
    if tone is None:
        return []
    agent = _dict(tone.get("agent"))
    if agent.get("monotone") is not True or agent.get("pitch_reliable") is False:
        return []
    spread = _num(agent.get("pitch_range_semitones"))
    agents = call.agent_segments()
    longest = max(agents, key=lambda i: (_num(call.segments[i].get("end")) or 0.0)
                  - (_num(call.segments[i].get("start")) or 0.0), default=None)
    at = _num(call.segments[longest].get("start")) if longest is not None else 0.0
    what = "Your voice stayed flat through the call"
    if spread is not None:
        what += f": your pitch varied by only {spread:.1f} semitones"
    empathy = _dict(call.report.get("empathy"))
    kind_words = next((p.get("text") for p in map(_dict, _list(empathy.get("phrases")))
                       if p.get("category") in _ACKNOWLEDGING and p.get("text")), None)
    line = quote(kind_words or "I really am sorry about this.", cfg.quote_words)
    return [_tip("monotone", at or 0.0, what + ".",
                 "A flat voice sounds bored or scripted, even when the words are kind.",
                 line, _evidence("tone", "agent.pitch_range_semitones", value=spread, start=at),
                 -(spread or 0.0), how="let your voice rise and fall on the key words")]


# -- strengths ----------------------------------------------------------------------------------

def _strengths(call: _Call, cfg: CoachingConfig) -> list[Item]:
    report = call.report
    out: list[Item] = []
    apologies = _dict(report.get("apologies"))
    items = [(i, _dict(a)) for i, a in enumerate(_list(apologies.get("items")))
             if _num(_dict(a).get("start")) is not None]
    good = [ia for ia in items if ia[1].get("specific") is True and ia[1].get("followed_by_action") is True]
    if good:
        index, apology = max(good, key=lambda ia: (len(str(ia[1].get("text", "")).split()) > 3, -ia[1]["start"]))
        out.append({"kind": "specific_apology", "at": _r2(apology["start"]),
                    "text": "You apologised for the customer's actual problem "
                            f"(“{quote(apology.get('text', ''), cfg.quote_words)}”) and followed it with a "
                            "concrete step.",
                    "evidence": _evidence("apologies", "items", index, start=apology["start"])})

    distress = _num(apologies.get("first_distress_s"))
    latency = _num(apologies.get("first_apology_latency_s"))
    if distress is not None and latency is not None and latency <= cfg.prompt_acknowledgement_s:
        response = _dict(apologies.get("first_response"))
        at = _num(response.get("start"))
        at = distress + latency if at is None else at
        said = f" (“{quote(response['text'], cfg.quote_words)}”)" if response.get("text") else ""
        same = next((s for s in out if s["kind"] == "specific_apology" and abs(s["at"] - at) < 1.0), None)
        if same is not None:
            same["text"] = same["text"][:-1] + f", {latency:.0f} s after the customer first raised it."
        else:
            out.append({"kind": "prompt_acknowledgement", "at": _r2(at),
                        "text": f"You acknowledged the customer's problem {latency:.0f} s after they "
                                f"first raised it{said}.",
                        "evidence": _evidence("apologies", "first_apology_latency_s",
                                              first_distress_s=distress, first_apology_latency_s=latency)})

    listening = _dict(report.get("listening"))
    holds = [(i, _dict(d)) for i, d in enumerate(_list(listening.get("dead_air")))
             if _dict(d).get("hold") is True and _num(_dict(d).get("start")) is not None]
    if holds:
        index, hold = holds[0]
        before = _sentence_with(str(hold.get("agent_before") or ""), str(hold.get("hold_phrase") or "")) \
            or str(hold.get("hold_phrase") or "")
        length = (_num(hold.get("end")) or hold["start"]) - hold["start"]
        out.append({"kind": "announced_hold", "at": _r2(hold["start"]),
                    "text": f"You told the customer before going quiet (“{quote(before, cfg.quote_words)}”), "
                            f"so the {length:.0f} s silence that followed was an announced hold, not dead air."
                            if before else f"You announced the hold before the {length:.0f} s silence.",
                    "evidence": _evidence("listening", "dead_air", index, start=hold["start"],
                                          end=_num(hold.get("end")))})

    sentiment = _dict(report.get("sentiment"))
    first, last = _num(sentiment.get("customer_start")), _num(sentiment.get("customer_end"))
    if first is not None and last is not None and last - first >= cfg.sentiment_recovery:
        scored = [(i, _dict(c)) for i, c in enumerate(_list(sentiment.get("customer")))
                  if _num(_dict(c).get("start")) is not None]
        index, final = scored[-1] if scored else (None, {"start": 0.0})
        out.append({"kind": "sentiment_recovered", "at": _r2(final["start"]),
                    "text": f"You turned the call around: the customer ended much happier than they "
                            f"started (sentiment {_signed(first)} → {_signed(last)}).",
                    "evidence": _evidence("sentiment", "customer_start/customer_end", index,
                                          customer_start=first, customer_end=last)})

    empathy = _dict(report.get("empathy"))
    phrases = [(i, _dict(p)) for i, p in enumerate(_list(empathy.get("phrases")))
               if _num(_dict(p).get("start")) is not None]
    used = _num(empathy.get("customer_name_used"))
    if used:
        named = [ip for ip in phrases if ip[1].get("category") == "personalize"]
        index, phrase = named[0] if named else (None, {"start": 0.0})
        name = empathy.get("customer_name") or report.get("call", {}).get("customer_name")
        out.append({"kind": "used_name", "at": _r2(phrase["start"]),
                    "text": f"You used the customer's name{f' ({name})' if name else ''} "
                            f"{int(used)} time{'s' if used != 1 else ''}, which makes the call feel personal.",
                    "evidence": _evidence("empathy", "customer_name_used", index, value=int(used))})

    for family, reason in EMPATHY_STRENGTH.items():
        match = next((ip for ip in phrases if ip[1].get("category") == family and ip[1].get("text")), None)
        if match:
            index, phrase = match
            out.append({"kind": "empathy_words", "at": _r2(phrase["start"]),
                        "text": f"You said “{quote(phrase['text'], cfg.quote_words)}” "
                                f"— {reason}.",
                        "evidence": _evidence("empathy", "phrases", index, start=phrase["start"],
                                              category=family)})
            break

    ratio = _num(listening.get("agent_talk_ratio"))
    if ratio is not None and cfg.good_talk_ratio_min <= ratio <= cfg.good_talk_ratio_max \
            and (_num(listening.get("customer_talk_s")) or 0.0) > 0:
        target = _num(listening.get("agent_talk_ratio_target"))
        span = _dict(listening.get("span"))
        at = _num(span.get("start"))
        at = at if at is not None else (_num(call.segments[0].get("start")) if call.segments else 0.0)
        out.append({"kind": "balanced_talk", "at": _r2(at or 0.0),
                    "text": f"You let the customer talk: you spoke {_percent(ratio)} of the time"
                            + (f" (target about {_percent(target)})." if target is not None else "."),
                    "evidence": _evidence("listening", "agent_talk_ratio", value=ratio)})
    return out


# -- the section ------------------------------------------------------------------------------------

def _coaching_config(config: Config | CoachingConfig | None) -> CoachingConfig:
    if config is None:
        return CoachingConfig()
    if isinstance(config, CoachingConfig):
        return config
    return config.coaching


def rank_improvements(items: list[Item], cfg: CoachingConfig) -> list[Item]:
    """Most important first: by ``cfg.ranking`` position, then the larger instance, then earlier."""
    order = {kind: i for i, kind in enumerate(cfg.ranking)}
    return sorted(items, key=lambda t: (order.get(t["kind"], len(order)), -t["severity"], t["at"]))


def build_coaching(report: dict[str, Any], config: Config | CoachingConfig | None = None) -> dict[str, Any]:
    """The report's ``coaching`` section, from the report's own sections and segments.

    Parameters
    ----------
    report : a call report (the JSON contract as a dict); any analyser section may be
        absent or partial, and rules that need it are listed in ``not_checked``.
    config : the full :class:`Config` or its ``coaching`` part; defaults when None.

    Returns
    -------
    ``{"strengths": [{at, kind, text, evidence}], "improvements": [{at, kind, what, why,
    try_saying, how?, evidence, severity, rank}], "other_improvements": [...], "not_checked":
    [{section, reason, checks}], "ranking": [...]}``. ``at`` is in seconds; ``how`` (only
    on voice tips) says how to deliver ``try_saying``; ``evidence`` names the section, field
    and index (or times, values) the tip was read from; ``severity`` is the size of the
    instance in the kind's own unit (seconds, words a minute...), used to pick the largest.
    """
    cfg = _coaching_config(config)
    call = _Call(report)
    rules: list[Callable[[_Call, CoachingConfig], list[Item]]] = [
        _dismissive, _interruptions, _dead_air, _raised_voice, _sentiment_drop, _over_apologising,
        _monologue, _talk_ratio, _fast_pace, _monotone]
    candidates = _distress(call, cfg)
    skip_at = candidates[0]["at"] if candidates else None
    candidates += _moved_on(call, cfg, skip_at)
    for rule in rules:
        candidates += rule(call, cfg)
    ranked = rank_improvements(candidates, cfg)
    for position, item in enumerate(ranked, 1):
        item["rank"] = position
    shown = max(0, int(cfg.max_improvements))
    return {
        "strengths": _strengths(call, cfg)[:max(0, int(cfg.max_strengths))],
        "improvements": ranked[:shown],
        "other_improvements": ranked[shown:],
        "not_checked": list(call.not_checked.values()),
        "ranking": list(cfg.ranking),
    }
