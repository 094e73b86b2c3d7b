"""The exact wording rules beside the heads: names said to the customer, admissions of
fault, the service formulas that are no invitation, condolences.

Every sentence here was written for these tests (tests/test_language_leak.py checks that
none is a training or blind line).
"""
from __future__ import annotations

import pytest

from callcoach.analysis.language.empathy import find_agent_language
from callcoach.analysis.language.model import PhraseModel
from callcoach.analysis.language.names import find_vocatives
from callcoach.analysis.language.sentences import split_sentences
from callcoach.config import LanguageConfig
from callcoach.conversation import Conversation, Segment, Word


def one(text: str, speaker: str = "agent") -> Conversation:
    tokens = text.split()
    words = [Word(" " + t, 0.3 * i, 0.3 * (i + 1)) for i, t in enumerate(tokens)]
    return Conversation([Segment(speaker, 0.0, 0.3 * len(tokens), text, words)], 0.3 * len(tokens))


def families(text: str, config: LanguageConfig, model: PhraseModel | None) -> set[str]:
    return {f.category for f in find_agent_language(one(text), config, model).of("empathy")}


def vocatives(text: str, config: LanguageConfig) -> list[str]:
    out = []
    for sentence in split_sentences(one(text), config, "agent"):
        out += [sentence.words[lo].word.strip(" ,.!?") for lo, _ in find_vocatives(sentence)]
    return out


@pytest.mark.parametrize("text, name", [
    ("Cheers, Oluwaseun, that's your address updated.", "Oluwaseun"),
    ("Right you are, Margot.", "Margot"),
    ("Take care now, Ishaan!", "Ishaan"),
    ("Morning Dervla, how's things?", "Dervla"),
    ("So the blue folder went to the Leeds office then, Thandeka?", "Thandeka"),
])
def test_a_name_said_to_the_customer_is_found(text, name, config):
    assert vocatives(text, config) == [name]


@pytest.mark.parametrize("text", [
    "It goes out from the depot in Swindon, Wiltshire.",     # a place after a place
    "I'll pass the notes to my supervisor, Gareth.",          # somebody else
    "We're open until eight, Monday.",                         # a day
    "Thanks for holding, sir.",                                # no name
    "Gareth, can you hear me?",                                # sentence start: left to the model
    "the postcode is l s six, four b q",                       # lower case: no capitals to go on
    "Good afternoon, Kessler Dental Plans, how can I help?",   # a business, not a closing word
])
def test_no_vocative_without_a_name_said_to_the_customer(text, config):
    assert vocatives(text, config) == []


def test_a_name_said_to_the_customer_is_personalising_even_without_a_known_name(config):
    assert "personalize" in families("No bother at all, Ferdia.", config, None)
    # The agent's own name is not personalising.
    assert "personalize" not in families("Hello, you're through to Ines.", config, None)


@pytest.mark.parametrize("text", [
    "Honestly, that whole mix-up with the installer was on us.",
    "The missed collection was our mistake, plain and simple.",
    "we got your renewal date wrong on the letter",
    "I hold my hands up, we shouldn't have closed the ticket.",
])
def test_admitting_the_fault_is_ownership(text, config):
    assert "own" in families(text, config, None)


@pytest.mark.parametrize("text", [
    "It's not your fault at all, the form is confusing.",
    "Was that on the first of the month or the second?",
    "To be fair, the outage wasn't our fault, it was the mast.",
])
def test_other_faults_and_on_are_not_ownership(text, config):
    assert "own" not in families(text, config, None)


@pytest.mark.parametrize("text", [
    "Thank you, that's you through security. What can I do for you this afternoon?",
    "Right then, was there anything else we could assist with this evening?",
    "okay lovely is there anything else i can assist you with",
])
def test_opening_and_closing_offers_of_help_are_no_invitation(text, config, model):
    assert "invite" not in families(text, config, model)


def test_asking_what_would_help_is_still_an_invitation(config, model):
    assert "invite" in families("What could we do to make the next delivery easier for you?", config, model)


@pytest.mark.parametrize("text", [
    "We were all very sorry to hear about your grandad's passing last month.",
    "Please accept my condolences, Mrs Adeyemi.",
    "so sorry for your loss take whatever time you need",
])
def test_condolences_acknowledge_the_loss(text, config):
    assert "acknowledge" in families(text, config, None)


@pytest.mark.parametrize("text, apology", [
    ("Sorry to hear the coach left without you at Carlisle.", True),
    ("oh sorry about the mix up with your locker key", True),
    ("ugh sorry that the replacement lens still hasnt turned up", True),
    ("Sorry, was that the flat number or the house number?", False),  # procedural, pronoun or not
    ("sorry one second the page is loading", False),
])
def test_regret_without_the_pronoun_is_an_apology(text, apology, config):
    assert ("apologize" in families(text, config, None)) == apology


@pytest.mark.parametrize("text", [
    "Please don't feel silly, it's not your fault the portal timed out.",
    "you didnt do anything wrong the invoice was just laid out badly",
    "There's nothing to be embarrassed about.",
    "You did exactly the right thing ringing us first.",
    "Honestly, you're not the first this has happened to this week.",
])
def test_absolving_and_normalising_is_reassurance(text, config):
    found = find_agent_language(one(text), config, None)
    assert "reassure" in {f.category for f in found.of("empathy")}
    assert not found.of("negative")  # "not your fault" is no blame


@pytest.mark.parametrize("text, blame", [
    ("That's not the level of care you should have had from us.", False),
    ("you shouldve been told about the surcharge at the till", False),
    ("You should have checked the size chart before ordering.", True),
    ("Well, that's your own fault for leaving it so late.", True),
])
def test_what_the_customer_was_owed_is_no_blame(text, blame, config):
    negatives = {f.category for f in find_agent_language(one(text), config, None).of("negative")}
    assert ("blame" in negatives) == blame


# -- the nearest training sentences ------------------------------------------------------------

def test_exemplars_score_is_the_weighted_label_of_the_nearest():
    import numpy as np

    from callcoach.analysis.language.heads import Exemplars

    basis = np.eye(4, dtype=np.float32)
    ex = Exemplars("toy", basis, np.array([-1.0, -1.0, 0.0, 1.0], dtype=np.float32), k=2, sharpness=100.0)
    query = np.array([[0.99, 0.0, 0.14, 0.0], [0.0, 0.0, 0.0, 1.0]], dtype=np.float32)
    score = ex.score(query)
    assert score[0] == pytest.approx(-1.0, abs=1e-3)  # next to a distress line, far from the rest
    assert score[1] == pytest.approx(1.0, abs=1e-3)
    back = Exemplars.from_dict("toy", ex.to_dict())  # int8 storage keeps the answers
    assert back.score(query) == pytest.approx(score, abs=1e-3)
    assert ex.score(np.zeros((0, 4), dtype=np.float32)).shape == (0,)


def test_shipped_customer_score_blends_head_and_exemplars(model):
    ex = model.exemplar_set("customer")
    assert ex is not None and 0.0 < ex.weight < 1.0 and len(ex.values) > 1000
    assert set(ex.values.tolist()) == {-1.0, 0.0, 1.0}


def test_exemplars_score_one_column_per_label():
    import numpy as np

    from callcoach.analysis.language.heads import Exemplars

    basis = np.eye(3, dtype=np.float32)
    labels = np.array([[1, 0], [1, 1], [0, 0]], dtype=np.float32)  # two families, three sentences
    ex = Exemplars("toy", basis, labels, k=1, sharpness=100.0)
    query = np.array([[0.1, 0.99, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    assert ex.score(query) == pytest.approx(np.array([[1.0, 1.0], [0.0, 0.0]]), abs=1e-3)
    assert Exemplars.from_dict("toy", ex.to_dict()).score(query) == pytest.approx(ex.score(query), abs=1e-3)
    assert ex.score(np.zeros((0, 3), dtype=np.float32)).shape == (0, 2)


def test_shipped_family_probabilities_blend_head_and_exemplars(model):
    from callcoach.analysis.language.heads import FAMILY_LABELS

    ex = model.exemplar_set("families")
    assert ex is not None and 0.0 < ex.weight < 1.0
    assert ex.values.shape == (len(ex.vectors), len(FAMILY_LABELS))
    assert set(ex.values.ravel().tolist()) == {0.0, 1.0}


@pytest.mark.parametrize("text, apology", [
    ("The lapsed cover was our mistake, plain and simple.", True),
    ("honestly we dropped the ball on your refund", True),
    ("That was a real oversight on our part with the booking.", True),
    ("Oh, my mistake, I typed the house number wrong, one moment.", False),  # a slip during the call
    ("To be fair, the power cut wasn't our fault.", False),
])
def test_admitting_the_fault_in_so_many_words_is_an_apology(text, apology, config):
    assert ("apologize" in families(text, config, None)) == apology


def test_sorry_you_feel_so_strongly_is_no_apology(config):
    found = find_agent_language(one("Look, I'm sorry you feel that strongly about a delivery slot."), config, None)
    assert not found.of("empathy") and {f.category for f in found.of("negative")} == {"dismiss_feelings"}


@pytest.mark.parametrize("text, personal", [
    ("I'm so sorry, Wiremu, that's a horrible way to start the week.", True),   # "I'm" is no self-introduction
    ("Okay, Tendai, I'm ringing the depot on the other line now.", True),
    ("Hello, you're through to Marisol.", False),
    ("Morning, Larchfield Kennels, Priti speaking, how can I help?", False),
])
def test_a_name_in_a_sentence_with_im_is_still_addressed(text, personal, config):
    assert ("personalize" in families(text, config, None)) == personal


# -- customer distress without an emotion word ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Right, so this is the fifth time I've phoned about the boiler.",
    "i have rung you four times since monday",
    "My grandad passed away on Thursday, so I need to close his account.",
    "She died in the spring.",
])
def test_repeat_contact_and_bereavement_are_distress(text, config, model):
    from callcoach.analysis.language.sentiment import analyze_sentiment

    assert analyze_sentiment(one(text, "customer"), config, model=model)["customer"][0]["score"] <= config.distress_threshold


@pytest.mark.parametrize("text", [
    "My son passed his driving test last week, so he needs adding to the policy.",
    "Could you pass on the message that I called about the invoice?",
    "Third time lucky with this printer, hopefully.",
])
def test_passing_and_counting_words_alone_are_no_distress(text, config):
    import re

    from callcoach.analysis.language import patterns

    for sentence in split_sentences(one(text, "customer"), config, "customer"):
        assert not any(re.search(p, sentence.norm) for p in patterns.CUSTOMER_DISTRESS_PATTERNS)


@pytest.mark.parametrize("text, apology", [
    ("Apologies, I had you on mute for a second there.", False),
    ("sorry i was looking at the wrong account one moment", False),
    ("Sorry, my colleague was asking me about a delivery.", False),
    ("Mea culpa, I sent the invoice to your old address.", True),
    ("i do a pologise for the delay with your new meter", True),
])
def test_slips_during_the_call_and_unusual_apology_words(text, apology, config):
    assert ("apologize" in families(text, config, None)) == apology


@pytest.mark.parametrize("text", [
    "Look, I'm sorry you are taking this so personally, madam.",
    "Oh, I'm terribly sorry the free parking wasn't good enough for you.",
])
def test_sarcastic_sorry_dismisses_feelings(text, config):
    found = find_agent_language(one(text), config, None)
    assert not found.of("empathy") and {f.category for f in found.of("negative")} == {"dismiss_feelings"}


def test_an_admitted_fault_before_the_sorry_makes_it_specific(config, model):
    from callcoach.analysis.language.apology import analyze_apologies

    conv = one("We booked your van for the wrong Saturday, that was our mistake, and I'm truly sorry.")
    items = analyze_apologies(conv, config, model=model)["items"]
    assert items and items[0]["specific"] is True


def test_condolences_are_a_specific_apology(config, model):
    from callcoach.analysis.language.apology import analyze_apologies

    items = analyze_apologies(one("I'm very sorry for your loss, Mrs Okafor."), config, model=model)["items"]
    assert items and items[0]["specific"] is True


@pytest.mark.parametrize("text, own", [
    ("We'll cover the cost of the new hinge, obviously.", True),
    ("i've waived the reconnection fee on your account", True),
    ("We should have phoned you before the van set off.", True),
    ("I'll text you the moment the part lands at the depot.", True),
    ("we will call you back by four with the surveyor's answer", True),
    ("I'll call you to check the address, is this number best?", False),  # no promised follow-up
    ("The refund goes back to the card you paid with.", False),  # procedure, nobody takes it on
])
def test_remedies_at_our_cost_fault_and_promised_follow_ups_are_ownership(text, own, config):
    assert ("own" in families(text, config, None)) == own


@pytest.mark.parametrize("text, reassure", [
    ("Either way, you won't pay for the second visit.", True),
    ("you will not lose your seat on the course over this", True),
    ("No se preocupe, la reserva sigue a su nombre.", True),
    ("Keine Sorge, das Paket ist schon unterwegs.", True),
    ("You won't need the receipt, the order number is enough.", False),
])
def test_protection_from_a_loss_and_dont_worry_in_other_languages_reassure(text, reassure, config):
    assert ("reassure" in families(text, config, None)) == reassure


@pytest.mark.parametrize("text", [
    "Don't apologise, it's the form that's confusing.",
    "oh dont be sorry at all",
])
def test_telling_the_customer_not_to_apologise_reassures(text, config):
    assert "reassure" in families(text, config, None)


@pytest.mark.parametrize("text, distress", [
    ("Well, thanks a lot for ruining the anniversary.", True),
    ("cheers for nothing honestly", True),
    ("Thanks for sorting the refund so quickly.", False),
])
def test_thanks_for_a_harm_is_sarcasm(text, distress, config, model):
    from callcoach.analysis.language.sentiment import analyze_sentiment

    score = analyze_sentiment(one(text, "customer"), config, model=model)["customer"][0]["score"]
    assert (score <= config.distress_threshold) == distress


@pytest.mark.parametrize("text, reassure", [
    ("no worries mate see you monday", False),
    ("Okay, no worries, bye now.", False),
    ("No worries, we'll have the boiler going again before the weekend.", True),
])
def test_no_worries_alone_is_a_courtesy_reply(text, reassure, config, model):
    assert ("reassure" in families(text, config, model)) == reassure
