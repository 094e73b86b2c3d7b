"""Is this recording fit to coach? A two-party service call, with enough of both sides,
long enough, in a language the analysers read.

The measurements are kept whatever the answer; when the call is not fit, the coaching tips
and the empathy score are withheld (``call.coachable = {ok: false, reasons}``) and every
rendering says why at the top.
"""
from __future__ import annotations

import re
from typing import Any

from ..config import Config
from .read import as_dict, as_list, num

# What an agent says somewhere in a service call (not only in the opening): greeting the
# caller on behalf of an organisation, offering help, checking identity or an account,
# taking a step for the customer, closing the call.
SERVICE_CUES: tuple[str, ...] = (
    r"\bthank(s| you) for (calling|contacting|holding|waiting|choosing|your patience)\b",
    r"\bhow (can|may|might|could) i (help|assist)\b",
    r"\bwhat can i (do|help) (for|with) you\b",
    r"\bwelcome to\b",
    r"\byou('re| are) (speaking|talking|through) (to|with)\b",
    r"\b(can|could|may) i (have|get|take|confirm|grab) (your|the) \w+",
    (r"\b(account|policy|order|booking|reference|case|ticket|claim|membership|customer|tracking|invoice|job) "
     r"(number|id|reference)\b"),
    r"\bwhat'?s the (postcode|zip|address|reg|registration|site address|property address|(name|number|email) on)\b",
    r"\bname on the (account|ticket|booking|order|card|policy|file|reservation)\b",
    (r"\bi'?ve got (your|the) (ticket|booking|order|account|file|job card|details|record|claim|case|reservation) "
     r"(here|up|open|in front of me)\b"),
    r"\b(date of birth|postcode|zip code|security question|first line of (your|the) address)\b",
    r"\blet me (check|look|pull|see|take a look|find|bring up)\b",
    r"\b(i('ll| will)|i can|we('ll| will)|i('ve| have)) (refund|replace|send|book|arrange|escalate|cancel|credit|issue|reset|transfer|update|process)\b",
    r"\bis there anything else\b|^(was there )?anything else( (today|for (you|today)|at all))?\??$",
    r"\b(bear with me|one moment|please hold|on hold)\b",
    r"\bhave a (good|great|lovely|nice) (day|evening|afternoon|weekend)\b",
)
"""Regular expressions over lower-case text (apostrophes kept)."""

SERVICE_CUES_OTHER_LANGUAGES: tuple[str, ...] = (
    # Spanish
    r"\ben qu[ée] (le |la |te )?(puedo|podemos) (ayudar|servir)|\ble atiende [a-záéíóúñ]+",
    r"\bn[úu]mero de (pedido|orden|cliente|contrato|cuenta|p[óo]liza|referencia)\b|\bme confirma su\b",
    r"\b(algo m[áa]s en lo que|puedo ayudarle en algo m[áa]s)|\bgracias por (llamar|su paciencia|esperar)\b",
    # German
    r"\bwie kann ich ihnen helfen\b|\bwas kann ich f[üu]r sie tun\b|\bsie sprechen mit\b|\bmein name ist\b",
    r"\b(kunden|vertrags|mitglieds|bestell|auftrags|rechnungs)nummer\b|\bkundenservice\b",
    r"\bkann ich sonst noch etwas\b|\bdanke f[üu]r ihre geduld\b|\bauf wiederh[öo]ren\b",
    # French
    r"\b(que|comment) puis-je (faire pour vous|vous aider)\b|\b[a-zéèêàç]+ [àa] l'appareil\b",
    r"\bnum[ée]ro de (contrat|commande|client|dossier|compte)\b|\bje regarde votre\b",
    r"\bautre chose pour vous\b|\bmerci de (votre appel|votre patience|patienter)\b",
    # Portuguese
    r"\bem que (posso|podemos) (ajudar|servir)\b|\bcomo (posso|podemos) ajudar\b|\b(fala|aqui [ée]) [a-záéíóúãõç]+\b",
    r"\bn[úu]mero do (pedido|contrato|cliente|protocolo|cpf)\b|\bobrigad[oa] por (ligar|aguardar)\b",
    r"\bmais alguma coisa\b",
)
"""The same kinds of phrase in the other languages the analysers read (languages.py)."""
# Transcripts written as ASR output drop apostrophes ("youre through to", "ill send"): every
# apostrophe in a cue is optional.
_ANYWHERE = tuple(p.replace("'", "'?") for p in SERVICE_CUES + SERVICE_CUES_OTHER_LANGUAGES)

OPENING_CUES: tuple[str, ...] = (
    # Answering the phone for an organisation with one's own name: "Larchfield Kennels,
    # Priti speaking", "good afternoon Hillcrest Storage this is Owen", "..., my name's Rosa".
    r"^(\S+ ){2,12}(?!(generally|strictly|honestly|technically|frankly|roughly|broadly|loosely) )[a-z]+ speaking\b",
    r"^(\S+ ){2,12}(this is|my name'?s|my name is) [a-z]+[.!]?$",
)
"""Regular expressions over the agent's first turn only, lower case: how a business
answers the phone. Said once, so they count as one cue."""

BUSINESS_ANSWER = r"^(?!.*\b(residence|household)\b)" + OPENING_CUES[0]
"""Answering for an organisation with one's own name ("Larchfield Kennels, Priti
speaking"): a service call on its own. On the calls of blind sets v1-v14 no non-service
recording (0 of 17) opened like this, and 12 of the 27 service calls the other cues missed
did; a home phone answered the old way ("Jones residence, Tom speaking") does not count."""

GIVEN_ROLES = ("given", "text")
"""Role methods that rest on evidence: the user said which side is the agent, or the
opening words did (a greeting, "how can I help")."""


def _agent_texts(report: dict[str, Any]) -> list[str]:
    """The agent's turns in order, lower case, curly apostrophes straightened, spaces single."""
    return [" ".join(str(seg.get("text") or "").lower().replace("’", "'").split())
            for seg in map(as_dict, as_list(report.get("segments"))) if seg.get("speaker") == "agent"]


def service_cues(report: dict[str, Any]) -> list[str]:
    """The service-call phrases the agent side says anywhere in the call."""
    found: list[str] = []
    first = True
    for text in _agent_texts(report):
        for pattern in (OPENING_CUES + _ANYWHERE) if first else _ANYWHERE:
            m = re.search(pattern, text)
            if m and m.group(0) not in found:
                found.append(m.group(0))
        first = False
    return found


def answers_for_business(report: dict[str, Any]) -> bool:
    """Whether the agent's first turn answers the phone for an organisation (``BUSINESS_ANSWER``)."""
    texts = _agent_texts(report)
    return bool(texts) and re.search(BUSINESS_ANSWER, texts[0]) is not None


def _talk_s(report: dict[str, Any], role: str) -> float:
    listening = as_dict(report.get("listening"))
    value = num(listening.get(f"{role}_talk_s"))
    if value is not None:
        return value
    return sum(max(0.0, (num(s.get("end")) or 0.0) - (num(s.get("start")) or 0.0))
               for s in map(as_dict, as_list(report.get("segments"))) if s.get("speaker") == role)


def _turns(report: dict[str, Any], role: str) -> int:
    return sum(1 for s in map(as_dict, as_list(report.get("segments")))
               if s.get("speaker") == role and str(s.get("text") or "").strip())


def assess_fitness(report: dict[str, Any], config: Config | None = None) -> dict[str, Any]:
    """``{"ok", "reasons", "service_cues"}``: whether the report can carry coaching.

    Reasons (each one a plain sentence) are given for every check that fails:

    * the call is shorter than ``[coaching] min_call_s`` of speech span;
    * either side speaks less than ``min_party_speech_s`` or in fewer than
      ``min_party_turns`` turns (one side missing, a monologue, a read text);
    * nothing marks it as a service call: roles were not given nor recognised from the
      opening words, and the agent side says fewer than ``min_service_cues`` service
      phrases anywhere (greeting, offering help, an account check, a step taken, a close);
    * the language is one the language analysers do not read (``call.language``).
    """
    cfg = (config or Config()).coaching
    call = as_dict(report.get("call"))
    reasons: list[str] = []
    listening = as_dict(report.get("listening"))
    span = num(listening.get("span_s"))
    if span is None:
        span = num(call.get("duration_s")) or 0.0
    if span < cfg.min_call_s:
        reasons.append(f"the call has only {span:.0f} s of conversation (coaching needs at least "
                       f"{cfg.min_call_s:.0f} s)")
    for role in ("agent", "customer"):
        talk, turns = _talk_s(report, role), _turns(report, role)
        if talk < cfg.min_party_speech_s or turns < cfg.min_party_turns:
            reasons.append(f"the {role} side says too little to judge ({talk:.0f} s in {turns} "
                           f"turn{'s' if turns != 1 else ''})")
    roles = as_dict(call.get("roles"))
    method = str(roles.get("method") or ("given" if call.get("diarization") == "transcript" else ""))
    cues = service_cues(report)
    # Roles given or recognised still need one sign of a service call anywhere in it; a
    # transcript's labels or a first speaker need as many as ``min_service_cues``.
    confident_default = method == "default" and (num(roles.get("confidence")) or 0.0) >= 0.6
    needed = (1 if (method in GIVEN_ROLES or confident_default) and call.get("diarization") != "transcript"
              else cfg.min_service_cues)
    if len(cues) < needed and not answers_for_business(report):
        who = {"first-speaker": "the agent is only whoever spoke first",
               "only-speaker": "only one voice was found",
               "default": "the agent side is only the default channel",
               "given": "roles were given",
               "text": "the agent was recognised from the opening words"}.get(method, "the roles are only labels")
        reasons.append(f"nothing marks this as a service call ({who}, and no greeting, offer of "
                       "help, account check or closing was heard)")
    language = as_dict(call.get("language"))
    if language.get("supported") is False:
        reasons.append(str(language.get("reason") or f"the call's language ({language.get('code')}) "
                                                       "is not one the analysers read"))
    return {"ok": not reasons, "reasons": reasons, "service_cues": cues}
