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

from typing import Any, Callable

from ..config import Config
from ..text import r2
from .phrasing import (DISMISSIVE_ADVICE, DISMISSIVE_DEFAULT, acknowledgement, customer_problem,
                       longest_sentence, quote)
from .phases import phase_at
from .read import CallReader, as_dict, as_list, clock, evidence, num, percent, signed

Item = dict[str, Any]

ACKNOWLEDGING = ("apologize", "acknowledge", "own", "reassure")
"""Empathy families that answer a complaint (thanks or the customer's name alone do not)."""

def _tip(kind: str, at: float, what: str, why: str, try_saying: str, evidence: dict,
         severity: float, how: str | None = None) -> Item:
    """One improvement; ``how`` is a delivery note for ``try_saying`` ("slowly")."""
    item = {"kind": kind, "at": r2(at), "what": what, "why": why, "try_saying": try_saying,
            "evidence": evidence, "severity": round(float(severity), 3)}
    if how:
        item["how"] = how
    return item


# -- improvement rules -----------------------------------------------------------------------

def _dismissive(call: CallReader, cfg: Config) -> list[Item]:
    empathy = call.section("empathy", "dismissive_phrase")
    if empathy is None:
        return []
    found = []
    for i, p in enumerate(as_list(empathy.get("negative"))):
        p = as_dict(p)
        confidence = num(p.get("confidence"))
        start = num(p.get("start"))
        if start is None or (confidence is not None and confidence < cfg.coaching.dismissive_min_confidence):
            continue
        found.append((confidence if confidence is not None else 1.0, -start, i, p))
    if not found:
        return []
    confidence, _, index, phrase = max(found)
    start = float(phrase["start"])
    why, line = DISMISSIVE_ADVICE.get(str(phrase.get("category")), DISMISSIVE_DEFAULT)
    noun = call.worst_complaint_noun().get("noun") or "this"
    what = f"You said “{quote(phrase.get('text', ''), cfg.coaching.quote_words)}”."
    if len(found) > 1:
        what += f" You said {len(found) - 1} more thing(s) like it in this call."
    return [_tip("dismissive_phrase", start, what, why, line.format(noun=noun),
                 evidence("empathy", "negative", index, start=start, end=num(phrase.get("end")),
                           category=phrase.get("category"), count=len(found)), confidence)]


def _distress(call: CallReader, cfg: Config) -> list[Item]:
    """Unacknowledged distress, or a late acknowledgement (the apologies section's timing)."""
    apologies = call.section("apologies", "unacknowledged_distress")
    if apologies is None:
        call._skip("apologies", "late_acknowledgement", "no apologies section in this report")
        return []
    distress = num(apologies.get("first_distress_s"))
    if distress is None:
        return []
    latency = num(apologies.get("first_apology_latency_s"))
    index = call.seg_index("customer", distress)
    said = quote(call.text(index) or apologies.get("first_distress_text") or "", cfg.coaching.quote_words)
    problem = customer_problem(call.text(index) or str(apologies.get("first_distress_text") or ""),
                               cfg.coaching.quote_words)
    proof = evidence("apologies", "first_distress_s", first_distress_s=distress,
                         first_apology_latency_s=latency, segment=index)
    if latency is None:
        if not call.agent_spoke(distress, float("inf")):
            return []  # the call ended on the complaint: nothing to answer it with
        return [_tip("unacknowledged_distress", distress,
                     f"The customer said “{said}” and you never apologised for it or acknowledged it.",
                     "Until customers hear their problem named, they keep repeating it and "
                     "trust little else you say.",
                     acknowledgement(problem, "apology"), proof, 1.0)]
    if latency > cfg.language.prompt_response_s:
        response = as_dict(apologies.get("first_response"))
        what = (f"The customer complained (“{said}”); your first apology or acknowledgement "
                f"came {latency:.0f} s later")
        if num(response.get("start")) is not None:
            what += f", at {clock(response['start'])} (“{quote(response.get('text', ''), cfg.coaching.quote_words)}”)"
        return [_tip("late_acknowledgement", distress, what + ".",
                     "The first moments after a complaint decide whether the customer feels "
                     "heard; an apology that comes late sounds like an afterthought.",
                     acknowledgement(problem, "apology"), proof, latency)]
    return []


def _interruptions(call: CallReader, cfg: Config) -> list[Item]:
    talk_over = call.section("talk_over", "agent_interruption")
    if talk_over is None:
        return []
    events = [(i, as_dict(e)) for i, e in enumerate(as_list(talk_over.get("events")))
              if as_dict(e).get("kind") == "interruption" and as_dict(e).get("interrupter") == "agent"
              and num(as_dict(e).get("start")) is not None]
    if not events:
        return []
    index, event = events[0]
    start = float(event["start"])
    cut = event.get("cut_off_words") or event.get("interrupted_words")
    if cut:
        what = f"You cut in while the customer was saying “{quote(cut, cfg.coaching.quote_words, from_end=True)}”."
    else:
        what = "You started talking over the customer."
    if len(events) > 1:
        what += f" You talked over the customer {len(events)} times in this call."
    return [_tip("agent_interruption", start, what,
                 "Being cut off tells customers you've stopped listening, and they tend to "
                 "repeat themselves more forcefully.",
                 "Sorry, I jumped in there — please go on.",
                 evidence("talk_over", "events", index, start=start, end=num(event.get("end")),
                           count=len(events)), len(events))]


def _moved_on(call: CallReader, cfg: Config, skip_at: float | None) -> list[Item]:
    sentiment = call.section("sentiment", "moved_on")
    empathy = call.section("empathy", "moved_on")
    if sentiment is None or empathy is None:
        return []
    answers = [float(p["start"]) for p in map(as_dict, as_list(empathy.get("phrases")))
               if p.get("category") in ACKNOWLEDGING and num(p.get("start")) is not None]
    answers += [float(a["start"]) for a in map(as_dict, as_list(as_dict(call.report.get("apologies")).get("items")))
                if num(a.get("start")) is not None]
    found = []
    for i, c in enumerate(as_list(sentiment.get("customer"))):
        c = as_dict(c)
        score, start, end = num(c.get("score")), num(c.get("start")), num(c.get("end"))
        if score is None or start is None or end is None or score > cfg.language.distress_threshold:
            continue
        if skip_at is not None and start - 0.5 <= skip_at <= end + 0.05:
            continue  # already the subject of the distress tip
        until = end + cfg.coaching.acknowledge_window_s
        if not call.agent_spoke(start, until):
            continue
        if any(start - cfg.coaching.acknowledge_before_s <= a <= until for a in answers):
            continue
        found.append((score, start, i, end))
    if not found:
        return []
    score, start, index, end = min(found)
    seg = call.seg_index("customer", start, end)
    text = call.text(seg)
    what = f"The customer said “{quote(text, cfg.coaching.quote_words)}” and you moved on without acknowledging it."
    if len(found) > 1:
        what += f" That happened {len(found)} times in this call."
    return [_tip("moved_on", start, what,
                 "Going straight to the process skips the person; one line that names their "
                 "problem first makes the rest of the call easier.",
                 acknowledgement(customer_problem(text, cfg.coaching.quote_words), "acknowledge"),
                 evidence("sentiment", "customer", index, start=start, end=end, score=score,
                           segment=seg, count=len(found)), -score)]


def _dead_air(call: CallReader, cfg: Config) -> list[Item]:
    """Silence nobody announced is the agent's to explain; a pause the customer asked for is
    not; a hold the agent announced but let run past ``[listening] long_hold_s`` earns a
    check-back tip."""
    listening = call.section("listening", "unannounced_dead_air")
    if listening is None:
        return []
    silent, long_holds = [], []
    for i, d in enumerate(as_list(listening.get("dead_air"))):
        d = as_dict(d)
        start, end = num(d.get("start")), num(d.get("end"))
        if start is None or end is None:
            continue
        if "announced_by" in d:
            by = d.get("announced_by")
        elif "hold" in d:  # reports written before silences had an owner
            by = "agent" if d.get("hold") is True else None
        else:
            call._skip("listening", "unannounced_dead_air", "dead air without a hold flag")
            continue
        if by is None:
            silent.append((end - start, -start, i, start, end))
        elif by == "agent" and d.get("long_hold") is True:
            long_holds.append((end - start, -start, i, start, end))
    if silent:
        length, _, index, start, end = max(silent)
        return [_tip("unannounced_dead_air", start,
                     f"The line went silent for {length:.0f} s, and you hadn't told the customer why.",
                     "Unexplained silence feels like being ignored or cut off; customers hang up "
                     "or come back angrier.",
                     "I'm going to check that for you now — it'll take about a minute. "
                     "Is it OK if I put you on hold?",
                     evidence("listening", "dead_air", index, start=start, end=end, count=len(silent)),
                     length)]
    if long_holds:
        length, _, index, start, end = max(long_holds)
        return [_tip("unannounced_dead_air", start,
                     f"You put the customer on hold and the line stayed silent for {length:.0f} s.",
                     "A hold that runs on without a word makes customers wonder whether they've been "
                     "forgotten; a quick check-in keeps them with you.",
                     "Thanks for holding — I'm still on it; it'll be about another minute.",
                     evidence("listening", "dead_air", index, start=start, end=end, long_hold=True),
                     length / 2)]
    return []


def _raised_voice(call: CallReader, cfg: Config) -> list[Item]:
    tone = call.section("tone", "agent_raised_voice")
    if tone is None:
        return []
    events = [(i, as_dict(e)) for i, e in enumerate(as_list(tone.get("raised_voice")))
              if as_dict(e).get("speaker") == "agent" and num(as_dict(e).get("start")) is not None]
    if not events:
        return []
    index, event = max(events, key=lambda ie: (num(ie[1].get("loudness_delta_db")) or 0.0, -ie[1]["start"]))
    start, end = float(event["start"]), num(event.get("end"))
    louder = num(event.get("loudness_delta_db"))
    what = "Your voice rose"
    if louder is not None:
        what += f" ({louder:+.0f} dB above your usual level)"
    return [_tip("agent_raised_voice", start, what + ".",
                 "A raised voice sounds like impatience or anger, even when you only mean to be clear.",
                 "I hear you — let's sort this out together.",
                 evidence("tone", "raised_voice", index, start=start, end=end), louder or 0.0,
                 how="slower and lower")]


def _sentiment_drop(call: CallReader, cfg: Config) -> list[Item]:
    sentiment = call.section("sentiment", "sentiment_drop")
    if sentiment is None:
        return []
    first, last = num(sentiment.get("customer_start")), num(sentiment.get("customer_end"))
    if first is None or last is None or first - last < cfg.coaching.sentiment_drop:
        return []
    items = [(num(as_dict(c).get("score")), num(as_dict(c).get("start")), i)
             for i, c in enumerate(as_list(sentiment.get("customer")))]
    items = [x for x in items if x[0] is not None and x[1] is not None]
    tail = items[-max(1, -(-len(items) // 3)):] if items else []
    at = min(tail)[1] if tail else float(call.segments[-1].get("start", 0.0)) if call.segments else 0.0
    index = min(tail)[2] if tail else None
    noun = call.worst_complaint_noun().get("noun") or "everything"
    return [_tip("sentiment_drop", at,
                 f"Your customer ended the call less happy than they started (sentiment "
                 f"{signed(first)} → {signed(last)}); this was their low point near the end.",
                 "The call ended without putting things right for them, so the next call — "
                 "or the complaint — is already on its way.",
                 f"Before we finish — have I fully sorted out {noun} for you? Is there anything else I can do?",
                 evidence("sentiment", "customer_start/customer_end", index, customer_start=first,
                           customer_end=last, start=at), first - last)]


def _over_apologising(call: CallReader, cfg: Config) -> list[Item]:
    apologies = call.section("apologies", "over_apologising")
    if apologies is None:
        return []
    over = as_dict(apologies.get("over_apologising"))
    if not over.get("flag"):
        return []
    items = [(i, as_dict(a)) for i, a in enumerate(as_list(apologies.get("items"))) if num(as_dict(a).get("start")) is not None]
    bare = [ia for ia in items if ia[1].get("followed_by_action") is False] or items
    if not bare:
        return []
    index, first = bare[0]
    count = int(num(over.get("count")) or len(items))
    without = num(over.get("without_action"))
    what = f"You apologised {count} times"
    if without is not None:
        what += f", {int(without)} of them with no next step"
    return [_tip("over_apologising", float(first["start"]), what + "; this was the first.",
                 "Apology after apology without action starts to sound empty; customers want to "
                 "hear what happens next.",
                 "Instead of another “sorry”: here's what I'm doing right now — …",
                 evidence("apologies", "over_apologising", index, start=float(first["start"]),
                           count=count), count)]


def _monologue(call: CallReader, cfg: Config) -> list[Item]:
    listening = call.section("listening", "long_monologue")
    if listening is None:
        return []
    length = num(listening.get("longest_agent_monologue_s"))
    span = as_dict(listening.get("longest_agent_monologue"))
    start = num(span.get("start"))
    if length is None or length < cfg.coaching.long_monologue_s:
        return []
    if start is None:
        start = call.first_agent_start()
    return [_tip("long_monologue", start or 0.0,
                 f"You talked for {length:.0f} s without letting the customer in.",
                 "On the phone people stop following after half a minute or so; a question lets "
                 "them catch up and tells you whether they're still with you.",
                 "Does that make sense so far — any questions before I go on?",
                 evidence("listening", "longest_agent_monologue", start=start, end=num(span.get("end")),
                           length_s=length), length)]


def _talk_ratio(call: CallReader, cfg: Config) -> list[Item]:
    listening = call.section("listening", "talk_ratio")
    if listening is None:
        return []
    ratio = num(listening.get("agent_talk_ratio"))
    target = num(listening.get("agent_talk_ratio_target"))
    target = cfg.listening.talk_ratio_target() if target is None else target
    if ratio is None or ratio < target + cfg.coaching.talk_ratio_margin:
        return []
    span = as_dict(listening.get("longest_agent_monologue"))
    at = num(span.get("start"))
    length = num(listening.get("longest_agent_monologue_s")) if at is not None else None
    if at is None:
        at = call.first_agent_start()
    noun = call.worst_complaint_noun().get("noun")
    phase = phase_at(call.report, at or 0.0)
    if phase == "discovery":
        line = (f"Can you tell me a bit more about what happened with {noun}?" if noun
                else "Can you tell me a bit more about what happened?")
        why = ("The more the customer talks, the more you learn about what they need — and the "
               "more heard they feel.")
    else:  # delivering a fix or closing: check in rather than ask them to start again
        line = ("Before I go on — does that sound right to you so far?" if phase == "resolution"
                else "Is there anything about this you'd like me to go over again?")
        why = ("Explaining a fix is your turn to talk, but a long stretch loses people on the phone; "
               "a quick check lets the customer say whether it really solves their problem.")
    return [_tip("talk_ratio", at or 0.0,
                 f"You did {percent(ratio)} of the talking (target about {percent(target)})"
                 + (f"; here you talked for {length:.0f} s straight." if length else "."),
                 why, line, evidence("listening", "agent_talk_ratio", value=ratio, target=target, start=at,
                                     phase=phase),
                 ratio - target)]


def _fast_pace(call: CallReader, cfg: Config) -> list[Item]:
    tone = call.report.get("tone")
    if not isinstance(tone, dict):
        call._skip("tone", "fast_pace", "no tone section in this report")
        return []
    agent = as_dict(tone.get("agent"))
    rate = num(agent.get("speaking_rate_wpm"))
    words = num(agent.get("words"))
    if words is None:
        words = sum(len(str(call.segments[i].get("text") or "").split()) for i in call.agent_segments())
    if rate is None or rate < cfg.coaching.fast_pace_wpm or words < cfg.coaching.pace_min_words:
        return []
    timeline = [(i, as_dict(t)) for i, t in enumerate(as_list(tone.get("timeline")))
                if as_dict(t).get("speaker") == "agent" and num(as_dict(t).get("rate_wpm")) is not None
                and num(as_dict(t).get("start")) is not None]
    at, line, index = None, None, None
    what = f"You spoke at about {rate:.0f} words a minute"
    if timeline:
        index, fastest = max(timeline, key=lambda it: (it[1]["rate_wpm"], -it[1]["start"]))
        at = float(fastest["start"])
        what += f", and {fastest['rate_wpm']:.0f} in this turn"
        seg = call.seg_index("agent", at, num(fastest.get("end")))
        if seg is not None and call.text(seg).strip():
            # a whole sentence of their own to practise on, even a longish one
            line = longest_sentence(call.text(seg), cfg.coaching.quote_words * 5 // 3)
    if at is None:
        at = call.first_agent_start()
    return [_tip("fast_pace", at or 0.0, what + ".",
                 "Over a phone line a fast pace is hard to follow, and it can sound rushed — as "
                 "if you want the call over.",
                 line or "Here's what happens next: …",
                 evidence("tone", "agent.speaking_rate_wpm", index, value=rate, start=at), rate,
                 how="slowly, with a pause after each point")]


def _monotone(call: CallReader, cfg: Config) -> list[Item]:
    tone = call.section("tone", "monotone")
    if tone is None:
        return []
    agent = as_dict(tone.get("agent"))
    if agent.get("monotone") is not True or agent.get("pitch_reliable") is False:
        return []
    spread = num(agent.get("pitch_range_semitones"))
    agents = call.agent_segments()
    longest = max(agents, key=lambda i: (num(call.segments[i].get("end")) or 0.0)
                  - (num(call.segments[i].get("start")) or 0.0), default=None)
    at = num(call.segments[longest].get("start")) if longest is not None else 0.0
    what = "Your voice stayed flat through the call"
    if spread is not None:
        what += f": your pitch varied by only {spread:.1f} semitones"
    empathy = as_dict(call.report.get("empathy"))
    kind_words = next((p.get("text") for p in map(as_dict, as_list(empathy.get("phrases")))
                       if p.get("category") in ACKNOWLEDGING and p.get("text")), None)
    line = quote(kind_words or "I really am sorry about this.", cfg.coaching.quote_words)
    return [_tip("monotone", at or 0.0, what + ".",
                 "A flat voice sounds bored or scripted, even when the words are kind.",
                 line, evidence("tone", "agent.pitch_range_semitones", value=spread, start=at),
                 -(spread or 0.0), how="let your voice rise and fall on the key words")]


# -- strengths ----------------------------------------------------------------------------------


def find_improvements(call: CallReader, cfg: Config) -> list[Item]:
    """Every improvement candidate of the call, unranked (at most one per kind)."""
    candidates = _distress(call, cfg)
    skip_at = candidates[0]["at"] if candidates else None
    candidates += _moved_on(call, cfg, skip_at)
    rules: list[Callable[[CallReader, Config], list[Item]]] = [
        _dismissive, _interruptions, _dead_air, _raised_voice, _sentiment_drop, _over_apologising,
        _monologue, _talk_ratio, _fast_pace, _monotone]
    for rule in rules:
        candidates += rule(call, cfg)
    return candidates
