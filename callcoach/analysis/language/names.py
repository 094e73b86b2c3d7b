"""The customer's name: given, or from their self-introduction; and where the agent says it."""
from __future__ import annotations

import re

from ...config import LanguageConfig
from ...conversation import Conversation
from ...text import phrase_text
from .sentences import Sentence

# Common words that are never taken for a customer's name ("this is ridiculous",
# "it's fine") and never count as saying it ("same" is not "Sam").
COMMON_WORDS: frozenset[str] = frozenset("""
a about above after again against all almost alone along already alright also although always am among an
and another any anybody anyone anything anyway are around as ask asked at away back bad be because been
before being below best better between big bit both broken but by call called calling can cant case
certain check checking come coming could couldnt day days did didnt different do does doesnt doing done
dont down during each early either else enough even ever every everything exactly fact far few fine first
for from full get getting give go going gone good got great had hang happy hard has hasnt have havent
having he hello help her here hers hey hi him his hold home hope how however i id if ill im in indeed into
is isnt it its itll ive just keep kind know last late later least less let like little long look looking
lot made make many may maybe me mean mine more morning most much must my myself name need never new next
nice no nobody none nor not nothing now number of off oh ok okay old on once one only or other our out
over own perfect phone phoning please pretty probably quite rather really regarding ridiculous right
ringing said same say see seems she should since so some someone something sorry speaking still such
sure take tell than thank thanks that thats the their them then there these they thing think this those
though through till to today told too trying two uh um under unacceptable until up upon us use very want
wanted was wasnt way we well went were what whatever when where whether which while who whole why will
wish with without wont would wouldnt yeah yes yet you youd youll your youre yours yourself
absolutely actually afternoon again agent annoyed angry awful bill calling card charge complaint
customer delivery disappointed email evening fed frustrated furious order package parcel refund
returning ringing service sick terrible upset waiting weird worried account address about
able across added ages ago ahead all also am another answer anything around asking because bit both
bring brought called cancel care cause change charged checked clear close cost couple course cut
deal does doing easy else end ended even exact fair feel felt fix fixed found free friend gave get
given glad gone guess happen happened hear heard held hi hold hour hours issue item job kept know
left line live lost love mad man means mess mind minute minutes miss moment month months move moved
name nearly nice night note now odd open paid part pay people person place plan point poor problem
put quick read ready real reason rest return run saw second seen send sent set short show sign
simple sir madam soon sort start stop store story sound speak spoke stuck sure system talk team test
text thing things time times tired top tried true turn upset used wait week weeks went whole word
work working worse worst wrong year years yesterday young
""".split())


# Words that read like a name after "I'm" / "it's" but are not one: days, months,
# feelings and states, and companies or products a customer names.
NOT_NAMES: frozenset[str] = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december christmas easter weekend tonight tomorrow yesterday today
disgusted appalled livid fuming gutted devastated distraught shocked stunned horrified outraged
baffled puzzled confused lost stressed anxious scared afraid nervous tired exhausted desperate
worried furious annoyed upset frustrated disappointed angry sick fed ready done back here there home
calling ringing phoning speaking trying hoping wondering waiting just only still also actually really
amazon prime netflix sky virgin vodafone ee bt tesco asda sainsburys argos ebay paypal apple google
microsoft samsung visa mastercard amex uber deliveroo hermes evri dpd ups fedex royal mail
not never no yes yeah okay fine sure sorry afraid pleased glad happy unhappy
""".split())

_L = r"[^\W\d_]"  # a letter, in any script
_NAME = rf"({_L}+)(?: ({_L}+))?"
# A real self-introduction: the name is what was said to be the name.
_INTRO_STRONG = re.compile(
    r"\b(?:my name is|my names|my name s|the names|name is|you can call me|youre speaking (?:to|with)|"
    r"me llamo|mi nombre es|ich heiße|ich heisse|mein name ist|je mappelle|mon nom est|o meu nome é|"
    r"meu nome é|chamo me|me chamo) " + _NAME)
_INTRO_SPEAKING = re.compile(r"^(?:(?:hi|hello|hey|yes|yeah|oh|well|so|right|morning|afternoon|evening|there)\s)*"
                             r"(?:this is|its|it is) " + _NAME + r" (?:speaking|calling|here|ringing)\b")
# "I'm X" / "this is X" / "it's X" at the start of an early sentence: often a name, but
# "I'm disgusted", "it's Tuesday", "this is Amazon Prime" too; kept only as a guess.
_INTRO_GUESS = re.compile(
    r"^(?:(?:hi|hello|hey|yes|yeah|yep|sure|ok|okay|um|uh|oh|well|so|right|morning|afternoon|evening|there)\s)*"
    r"(?:this is|its|it is|im|i am|soy|hier ist|cest|sou) " + _NAME)
_ASKED_NAME = re.compile(r"\b(?:(?:can|could|may) i (?:have|get|take|grab|ask)|whats|what is|who am i speaking|"
                         r"who(?:m)? do i have|cuál es su nombre|wie ist ihr name|quel est votre nom|qual é o seu nome)"
                         r"\b.{0,20}\b(?:name|nombre|namen|nom|nome|speaking (?:to|with)|on the line)\b")


def _looks_like_name(token: str | None) -> bool:
    if not token or len(token) < 2 or not token.isalpha():
        return False
    if token in COMMON_WORDS or token in NOT_NAMES:
        return False
    # Feelings and states: "disgusted", "struggling" (short "-ed" names such as Ted stay).
    return not (len(token) >= 7 and token.endswith("ed") or len(token) >= 6 and token.endswith(("ing", "ful", "ous")))


def _name_tokens(raw_words: list[str], norm_words: list[str], groups: tuple[str | None, ...],
                 cased: bool) -> str | None:
    """The name as written (accents and capitals kept), or None if it does not look like one."""
    found: list[str] = []
    for token in groups:
        if not _looks_like_name(token):
            break
        raw = next((r for r, n in zip(raw_words, norm_words) if n == token), "")
        if cased and not raw[:1].isupper():  # text with capitals: a name is written with one
            break
        found.append(raw if cased and raw else token)
    return " ".join(found) or None


def resolve_customer_name(conversation: Conversation, config: LanguageConfig,
                          given: str | None) -> tuple[str | None, str | None]:
    """The customer's name: as given (CLI / metadata), else from their self-introduction.

    Returns (name, source): ``given``; ``introduction`` ("my name is José García", "it's
    Priya speaking", a short answer right after the agent asked for the name); ``guessed``
    ("I'm Tom" / "this is Tom" at the start of an early sentence, when nothing surer is
    said anywhere in the call); or (None, None). Days, months, feelings and company
    names are never names ("it's Tuesday", "I'm disgusted", "this is Amazon Prime").
    """
    if given and given.strip():
        return given.strip(), "given"
    asked = False
    guess: str | None = None
    for segment in conversation.segments:
        text = segment.text.strip()
        if not text:
            continue
        norm = phrase_text(text)
        if segment.speaker == "agent":
            asked = bool(_ASKED_NAME.search(norm))
            continue
        raw_words = [w.strip(".,!?;:\"'\u00bf\u00a1()") for w in text.split()]
        norm_words = [phrase_text(w) for w in text.split()]
        cased = any(w[:1].isupper() for w in raw_words[1:]) or text != text.lower()
        for clause in re.split(r"[.,!?;]+", text):
            clause_norm = phrase_text(clause)
            if not clause_norm:
                continue
            m = _INTRO_STRONG.search(clause_norm)
            if not m and segment.start <= config.name_intro_window_s:
                m = _INTRO_SPEAKING.search(clause_norm)
            if m:
                name = _name_tokens(raw_words, norm_words, m.groups(), cased)
                if name:
                    return name, "introduction"
            if asked and len(clause_norm.split()) <= 3:
                parts = [p for p in clause_norm.split() if p not in {"its", "it", "is", "yes", "yeah", "sure", "um", "uh"}]
                if 1 <= len(parts) <= 2:
                    name = _name_tokens(raw_words, norm_words, tuple((parts + [None])[:2]), cased)
                    if name:
                        return name, "introduction"
            if guess is None and segment.start <= config.name_intro_window_s:
                g = _INTRO_GUESS.search(clause_norm)
                if g:
                    guess = _name_tokens(raw_words, norm_words, g.groups(), cased)
        asked = False
    return (guess, "guessed") if guess else (None, None)


def _fold(word: str) -> str:
    """Without accents: ASR may write "Garcia" for García."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _similarity(a: str, b: str) -> float:
    try:
        from rapidfuzz import fuzz
        return float(fuzz.ratio(a, b))
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency
        import difflib
        return 100.0 * difflib.SequenceMatcher(None, a, b).ratio()


# Words before a vocative that are no comma: thanks, greetings and farewells, and titles
# ("Thanks Leanne", "Morning Raj", "ma'am Joanna", "señor Morales").
_VOCATIVE_LEAD: frozenset[str] = frozenset("""
thanks thank cheers bye goodbye byebye tara ta morning afternoon evening night hi hello hey welcome
congratulations congrats sir madam maam señor senor señora senora don doña dona herr frau madame monsieur
mademoiselle senhor senhora signor signora
""".split())
# A capitalised word after one of these and a comma names somebody else ("my colleague, Jenny").
_PERSON_NOUNS: frozenset[str] = frozenset("""
colleague colleagues manager supervisor engineer technician driver doctor nurse husband wife son daughter
partner mum mom dad mother father friend neighbour neighbor landlord agent adviser advisor specialist
called named team lead brother sister
""".split())
# Forms of address that are no name (sir, madam and love are common words already).
_NOT_VOCATIVE: frozenset[str] = frozenset("maam mate dear pet hun everyone folks guys".split())


def find_vocatives(sentence: Sentence) -> list[tuple[int, int]]:
    """Word spans where the agent addresses someone by a name, in text that has capitals.

    A vocative is one capitalised word that closes a phrase (a comma, a full stop, the end)
    and is set off by a comma or follows a greeting, thanks or a title: "Thanks, Leanne.",
    "Lovely, Bongani, that's you verified.", "Safe travels, Devon!", "Ta-ra, Leanne",
    "Thanks Kayleigh.". Not: the first word of a sentence ("Leanne, ..." is left to the
    model), a word after another capitalised one ("Elm Street, Leeds."), after a person noun
    ("my colleague, Jenny."), a common word, a day, a month or a brand. Lower-case ASR
    text has no vocatives by this rule.
    """
    raw = [w.word.strip() for w in sentence.words]
    norm = sentence.norm_words
    spans: list[tuple[int, int]] = []
    for i in range(1, len(raw)):
        word, token = raw[i], norm[i]
        if not word[:1].isupper() or token in _NOT_VOCATIVE or not _looks_like_name(token):
            continue
        if not (i == len(raw) - 1 or word[-1:] in ".!?,;"):
            continue
        prev_raw, prev = raw[i - 1], norm[i - 1]
        after_comma = prev_raw.endswith(",") and prev not in _PERSON_NOUNS and (i - 1 == 0 or not prev_raw[:1].isupper())
        lead = prev in _VOCATIVE_LEAD or (prev == "you" and i >= 2 and norm[i - 2] == "thank")
        if after_comma or lead:
            spans.append((i, i + 1))
    return spans


def find_name_uses(sentences: list[Sentence], name: str, config: LanguageConfig) -> list[tuple[int, int, int, float]]:
    """Where the agent says the customer's name, matched fuzzily (ASR misspells names).

    First and last name said together count once. Common words never match ("same" is not
    "Sam") unless spelt exactly like the name.
    """
    tokens = [t for t in phrase_text(name).split() if len(t) >= 2 and t not in {"mr", "mrs", "ms", "miss", "dr"}]
    tokens += [t for t in (_fold(t) for t in tokens) if t not in tokens]
    uses: list[tuple[int, int, int, float]] = []
    for s_index, sentence in enumerate(sentences):
        i = 0
        words = sentence.norm_words
        while i < len(words):
            word = words[i]
            best = 0.0
            if len(word) >= 2:
                for token in tokens:
                    sim = 100.0 if word == token else (
                        0.0 if word in COMMON_WORDS or len(word) < 3 else _similarity(word, token))
                    best = max(best, sim)
            if best >= config.name_match_threshold:
                j = i + 1
                while j < len(words) and words[j] and any(
                        words[j] == t or (words[j] not in COMMON_WORDS and len(words[j]) >= 3
                                          and _similarity(words[j], t) >= config.name_match_threshold)
                        for t in tokens):
                    j += 1
                uses.append((s_index, i, j, best))
                i = j
            else:
                i += 1
    return uses
