"""Modes, kinds, markers, the words numbers are spoken with, and the Span type."""
from __future__ import annotations

import re
from dataclasses import dataclass


MODES = ("pci", "all", "none")
"""``pci`` (default): cards, security codes, expiry dates, identity numbers; ``all`` adds
e-mail addresses, phone numbers and any run of 6+ digits; ``none``: nothing is redacted."""
DEFAULT_MODE = "pci"

KINDS = ("card_number", "security_code", "expiry_date", "id_number", "email", "phone_number")
MARKERS = {
    "card_number": "[card number]",
    "security_code": "[security code]",
    "expiry_date": "[expiry date]",
    "id_number": "[id number]",
    "email": "[email]",
    "phone_number": "[phone number]",
}
_PCI_KINDS = frozenset({"card_number", "security_code", "expiry_date", "id_number"})
_PRIORITY = {k: i for i, k in enumerate(("card_number", "id_number", "security_code", "expiry_date",
                                          "phone_number", "email"))}

PAYMENT_WINDOW_S = 60.0
"""A payment or identity word this long before a run (or AFTER_WINDOW_S after) puts it in context."""
AFTER_WINDOW_S = 10.0
SPECIFIC_WINDOW_S = 20.0
""""expiry" / "security code" this long before a run decides its kind (and lowers the bar to 2 digits)."""
PHONE_WINDOW_S = 30.0
MAX_GAP_S = 5.0
"""Longest pause between two digits of one run (a caller looking at the card, a turn change)."""
MAX_BETWEEN = 6
"""Most words between two digits of one run (fillers, or the other speaker's words)."""
MAX_FOREIGN = 4
"""Of those, most that are the other speaker's non-filler words (a backchannel, crosstalk)."""
CARD_MIN_DIGITS = 12
"""A run this long in payment context is a card number (cards have 13-19; one digit may be lost)."""
ANYWHERE_CARD_DIGITS = 13
"""A run this long is taken for a card even with no payment word around it."""
ALL_MODE_DIGITS = 6
"""Mode ``all``: any run this long goes."""

# -- vocabulary -----------------------------------------------------------------------------

_UNITS = {"zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": "h", "thousand": "k"}
_MULTS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
_ZERO_LETTERS = {"oh", "o", "owe"}
"""Zero as callers say it: a digit only right next to another digit ("oh nine", not "oh no")."""
_HOMOPHONES = {"to": 2, "too": 2, "for": 4, "fore": 4, "won": 1, "ate": 8}
"""ASR spellings of digits: a digit only between two spelled-out digits ("four five to nine")."""
_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
           "dec": 12}
_FILLERS = frozenset("""
um umm uhm uh uhh er erm ah ahh hmm hm mm mmm mhm mm-hmm mmhmm uh-huh uhhuh uh-uh
yeah yes yep yup ya yea ok okay right alright sorry so and then that's thats it's its is was
the a number dash hyphen space slash comma again wait sec like go ahead on got it great thanks
thank you next correct cool perfect fine hang hold let me see just second moment lovely sure
good no actually
""".split())
"""Words allowed inside a run of digits (between two digits only; never at its ends)."""

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "card": ("card", "cards", "credit or debit", "direct debit", "visa", "mastercard", "master card", "amex",
             "american express", "maestro", "long number", "card number", "sixteen digit", "16 digit",
             "payment", "payments", "pay by", "billing", "sort code", "account number", "bank account",
             "iban", "routing number", "bank details", "card details", "cardholder", "card holder",
             "name on the card"),
    "security": ("security code", "security number", "cvv", "cvv2", "cvc", "cvc2", "cv2", "csc", "c v v",
                 "c v c", "c v two", "cv two", "three digit", "three digits", "3 digit", "3 digits",
                 "on the back", "back of the card", "card verification", "verification code",
                 "verification number", "pin", "pin number", "passcode"),
    "expiry": ("expiry", "expires", "expire", "expired", "expiration", "expiring", "exp", "valid until",
               "valid till", "valid thru", "valid through", "valid to", "valid from", "end date",
               "good through", "good thru", "good until"),
    "id": ("social security", "ssn", "s s n", "national insurance", "insurance number", "ni number",
           "n i number", "passport", "drivers license", "drivers licence", "driving licence",
           "driving license", "license number", "licence number", "tax id", "tax number", "taxpayer",
           "tin number", "social insurance", "sin number", "id number", "i d number", "identity number",
           "identification number", "national id", "nhs number", "medicare number"),
    "phone": ("phone", "telephone", "mobile", "cell", "cellphone", "landline", "contact number",
              "call you", "call you back", "call back", "reach you", "best number", "number to reach",
              "extension", "text you", "whatsapp", "ring you"),
}
_PAYMENT = frozenset({"card", "security", "expiry"})
_KW_PHRASES = sorted(((tuple(p.split()), cat) for cat, ps in _KEYWORDS.items() for p in ps),
                     key=lambda pc: -len(pc[0]))
_MAX_KW = max(len(p) for p, _ in _KW_PHRASES)

_TLDS = frozenset("com net org co uk io edu gov info biz us ca au ie de fr nz me es it nl in eu".split())
_PROVIDERS = frozenset("""gmail googlemail hotmail outlook yahoo icloud aol live msn protonmail proton
btinternet virginmedia gmx zoho comcast verizon att ymail""".split())
_EMAIL_STOP = frozenset("""is my email e-mail address it's its the that's thats at and or to me you your
on in mail so yes yeah send sent it um uh er erm is was please""".split())
_EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_DOMAIN_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.(" + "|".join(sorted(_TLDS)) + r")$")

_MARKER_TEXTS = frozenset(MARKERS.values())
_MARKER_CORES = frozenset(m.strip("[]") for m in MARKERS.values())
_TOKEN_RE = re.compile(r"\[(?:" + "|".join(re.escape(m[1:-1]) for m in MARKERS.values()) + r")\]|\S+")
_EDGE = ".,;:!?\"'()[]{}<>…“”‘’*"


# -- public types ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """One stretch of a segment to remove.

    ``words`` is the half-open word index range ``(first, last + 1)`` in
    ``report["segments"][segment]["words"]``; for a segment without words, ``chars`` is the
    half-open character range in its ``text``. ``group`` numbers the occurrence: the pieces
    of one card number read across several turns share it (counts are per group).
    """

    start: float
    end: float
    kind: str
    segment: int
    words: tuple[int, int] | None = None
    chars: tuple[int, int] | None = None
    group: int = 0
