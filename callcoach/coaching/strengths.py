"""What went well in a call: strengths read from the report's own sections."""
from __future__ import annotations

from ..config import Config
from ..text import r2
from .phrasing import EMPATHY_STRENGTH, quote, sentence_with
from .read import CallReader, as_dict, as_list, evidence, num, percent, signed
from .rules import Item

def strengths(call: CallReader, cfg: Config) -> list[Item]:
    report = call.report
    out: list[Item] = []
    apologies = as_dict(report.get("apologies"))
    items = [(i, as_dict(a)) for i, a in enumerate(as_list(apologies.get("items")))
             if num(as_dict(a).get("start")) is not None]
    good = [ia for ia in items if ia[1].get("specific") is True and ia[1].get("followed_by_action") is True]
    if good:
        index, apology = max(good, key=lambda ia: (len(str(ia[1].get("text", "")).split()) > 3, -ia[1]["start"]))
        out.append({"kind": "specific_apology", "at": r2(apology["start"]),
                    "text": "You apologised for the customer's actual problem "
                            f"(“{quote(apology.get('text', ''), cfg.coaching.quote_words)}”) and followed it with a "
                            "concrete step.",
                    "evidence": evidence("apologies", "items", index, start=apology["start"])})

    distress = num(apologies.get("first_distress_s"))
    latency = num(apologies.get("first_apology_latency_s"))
    if distress is not None and latency is not None and latency <= cfg.coaching.prompt_acknowledgement_s:
        response = as_dict(apologies.get("first_response"))
        at = num(response.get("start"))
        at = distress + latency if at is None else at
        said = f" (“{quote(response['text'], cfg.coaching.quote_words)}”)" if response.get("text") else ""
        gap = num(apologies.get("first_response_gap_s"))
        # Worded from what the agent controlled: how soon after the customer finished.
        when = ("as soon as the customer had finished explaining" if gap is not None and gap <= 1.0
                else f"{gap:.0f} s after the customer finished explaining" if gap is not None
                else f"{latency:.0f} s after the customer first raised it")
        same = next((s for s in out if s["kind"] == "specific_apology" and abs(s["at"] - at) < 1.0), None)
        if same is not None:
            same["text"] = same["text"][:-1] + f", {when}."
        else:
            out.append({"kind": "prompt_acknowledgement", "at": r2(at),
                        "text": f"You acknowledged the customer's problem {when}{said}.",
                        "evidence": evidence("apologies", "first_apology_latency_s",
                                              first_distress_s=distress, first_apology_latency_s=latency)})

    listening = as_dict(report.get("listening"))
    holds = [(i, as_dict(d)) for i, d in enumerate(as_list(listening.get("dead_air")))
             if as_dict(d).get("hold") is True and num(as_dict(d).get("start")) is not None]
    if holds:
        index, hold = holds[0]
        before = sentence_with(str(hold.get("agent_before") or ""), str(hold.get("hold_phrase") or "")) \
            or str(hold.get("hold_phrase") or "")
        length = (num(hold.get("end")) or hold["start"]) - hold["start"]
        out.append({"kind": "announced_hold", "at": r2(hold["start"]),
                    "text": f"You told the customer before going quiet (“{quote(before, cfg.coaching.quote_words)}”), "
                            f"so the {length:.0f} s silence that followed was an announced hold, not dead air."
                            if before else f"You announced the hold before the {length:.0f} s silence.",
                    "evidence": evidence("listening", "dead_air", index, start=hold["start"],
                                          end=num(hold.get("end")))})

    sentiment = as_dict(report.get("sentiment"))
    first, last = num(sentiment.get("customer_start")), num(sentiment.get("customer_end"))
    if first is not None and last is not None and last - first >= cfg.coaching.sentiment_recovery:
        scored = [(i, as_dict(c)) for i, c in enumerate(as_list(sentiment.get("customer")))
                  if num(as_dict(c).get("start")) is not None]
        index, final = scored[-1] if scored else (None, {"start": 0.0})
        out.append({"kind": "sentiment_recovered", "at": r2(final["start"]),
                    "text": f"You turned the call around: the customer ended much happier than they "
                            f"started (sentiment {signed(first)} → {signed(last)}).",
                    "evidence": evidence("sentiment", "customer_start/customer_end", index,
                                          customer_start=first, customer_end=last)})

    empathy = as_dict(report.get("empathy"))
    phrases = [(i, as_dict(p)) for i, p in enumerate(as_list(empathy.get("phrases")))
               if num(as_dict(p).get("start")) is not None]
    used = num(empathy.get("customer_name_used"))
    if used:
        named = [ip for ip in phrases if ip[1].get("category") == "personalize"]
        index, phrase = named[0] if named else (None, {"start": 0.0})
        name = empathy.get("customer_name") or report.get("call", {}).get("customer_name")
        out.append({"kind": "used_name", "at": r2(phrase["start"]),
                    "text": f"You used the customer's name{f' ({name})' if name else ''} "
                            f"{int(used)} time{'s' if used != 1 else ''}, which makes the call feel personal.",
                    "evidence": evidence("empathy", "customer_name_used", index, value=int(used))})

    for family, reason in EMPATHY_STRENGTH.items():
        match = next((ip for ip in phrases if ip[1].get("category") == family and ip[1].get("text")), None)
        if match:
            index, phrase = match
            out.append({"kind": "empathy_words", "at": r2(phrase["start"]),
                        "text": f"You said “{quote(phrase['text'], cfg.coaching.quote_words)}” "
                                f"— {reason}.",
                        "evidence": evidence("empathy", "phrases", index, start=phrase["start"],
                                              category=family)})
            break

    ratio = num(listening.get("agent_talk_ratio"))
    if ratio is not None and cfg.coaching.good_talk_ratio_min <= ratio <= cfg.coaching.good_talk_ratio_max \
            and (num(listening.get("customer_talk_s")) or 0.0) > 0:
        target = num(listening.get("agent_talk_ratio_target"))
        span = as_dict(listening.get("span"))
        at = num(span.get("start"))
        at = at if at is not None else (num(call.segments[0].get("start")) if call.segments else 0.0)
        out.append({"kind": "balanced_talk", "at": r2(at or 0.0),
                    "text": f"You let the customer talk: you spoke {percent(ratio)} of the time"
                            + (f" (target about {percent(target)})." if target is not None else "."),
                    "evidence": evidence("listening", "agent_talk_ratio", value=ratio)})
    return out
