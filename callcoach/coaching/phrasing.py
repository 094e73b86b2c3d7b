"""What the coach says: the customer's problem in their own words, quotes, and the advice copy."""
from __future__ import annotations

import re

from ..analysis.language.patterns import ISSUE_WORDS as _ISSUE_WORDS

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
DISMISSIVE_DEFAULT = ("It can sound dismissive to a customer who is already upset.",
                       "I understand — here's what I can do about {noun}: …")

EMPATHY_STRENGTH = {
    "acknowledge": "naming how the customer feels shows you heard more than the facts",
    "own": "it tells the customer you're taking it on, not passing it along",
    "reassure": "it tells the customer they'll be looked after",
    "invite": "asking what would help lets the customer shape the outcome",
}


def quote(text: str, max_words: int, from_end: bool = False) -> str:
    """At most ``max_words`` of ``text`` (its last words when ``from_end``), "…" where cut."""
    words = str(text or "").split()
    if len(words) <= max_words:
        return " ".join(words)
    if from_end:
        return "…" + " ".join(words[-max_words:])
    return " ".join(words[:max_words]) + "…"


_SENTENCES = re.compile(r"(?<=[.?!])\s+")


def longest_sentence(text: str, max_words: int) -> str:
    """The segment's longest whole sentence that fits in a quote (else its opening words)."""
    fitting = [s for s in _SENTENCES.split(str(text).strip()) if 0 < len(s.split()) <= max_words]
    return max(fitting, key=lambda s: len(s.split())) if fitting else quote(text, max_words)


def sentence_with(text: str, phrase: str) -> str | None:
    """The sentence of ``text`` that holds ``phrase`` (any case), if any."""
    for sentence in _SENTENCES.split(text.strip()):
        if phrase and phrase.lower() in sentence.lower():
            return sentence
    return None


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


_DOUBLED = re.compile(r"([.!?…])([\"”’)]*)[.]+(?!\.)")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?])")


def tidy(text: str) -> str:
    """No doubled punctuation where a quote ends a sentence (“It's late.”. -> “It's late.”),
    no space before punctuation, single spaces."""
    text = _DOUBLED.sub(r"\1\2", str(text))
    text = re.sub(r"([,;:])([\"”’)]*)[,;:.]", r"\1\2", text)
    return " ".join(_SPACE_BEFORE.sub(r"\1", text).split())
