"""The call's language (given, detected by Whisper, or guessed from the text), which
languages are judged, and judgements on Spanish, German, French and Portuguese sentences
written for these tests. Known gap: Portuguese reassurance ("Não se preocupe, a culpa não foi
sua.") was not recognised when these tests were written."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from callcoach.analysis.language.apology import analyze_apologies
from callcoach.analysis.language.empathy import find_agent_language
from callcoach.analysis.language.languages import (
    SUPPORTED_LANGUAGES,
    call_language,
    detect_text_language,
    language_supported,
)
from callcoach.config import AsrConfig, LanguageConfig
from callcoach.conversation import Conversation, Segment, Word


def one(speaker: str, text: str) -> Conversation:
    tokens = text.split()
    words = [Word(" " + t, 0.3 * i, 0.3 * i + 0.25) for i, t in enumerate(tokens)]
    return Conversation([Segment(speaker, 0.0, 0.3 * len(tokens), text, words)], 0.3 * len(tokens) + 1)


def test_supported_languages_are_the_tested_list():
    assert SUPPORTED_LANGUAGES == ("en", "es", "de", "fr", "pt")
    for code in SUPPORTED_LANGUAGES + ("en-GB", "pt_BR", None):
        assert language_supported(code) == (True, None)
    ok, reason = language_supported("it")
    assert not ok and "Italian" in reason and "English" in reason


def test_call_language_given_detected_text_and_default():
    assert call_language(None, "es") == {"code": "es", "source": "given", "probability": None,
                                         "supported": True, "reason": None}
    detected = call_language(None, None, ("de", 0.93))
    assert detected["source"] == "detected" and detected["probability"] == 0.93 and detected["supported"]
    unsure = call_language(None, None, ("fr", 0.31))
    assert unsure["code"] == "fr" and not unsure["supported"] and "unsure" in unsure["reason"]
    other = call_language(None, None, ("tr", 0.97))
    assert not other["supported"] and "Turkish" in other["reason"]
    spanish = Conversation([Segment("customer", 0, 5, "hola buenas, llamo por la factura de este mes porque "
                                                      "me han cobrado de más y no lo entiendo")], 5)
    assert call_language(spanish)["code"] == "es" and call_language(spanish)["source"] == "text"
    assert call_language(None)["source"] == "default"
    assert detect_text_language("ok") is None


def test_transcriber_reports_the_language_whisper_heard():
    from callcoach.speech.transcribe import Transcriber

    t = Transcriber(object(), AsrConfig(language=None))
    assert t.detected_language is None
    t._note_language(SimpleNamespace(language="es", language_probability=0.9), 20.0)
    t._note_language(SimpleNamespace(language="en", language_probability=0.6), 5.0)
    t._note_language(SimpleNamespace(language="es", language_probability=0.7), 20.0)
    assert t.detected_language == ("es", 0.8)


@pytest.mark.parametrize("family, text", [
    ("apologize", "Lamento muchísimo que la lavadora llegara rota."),
    ("apologize", "Es tut mir sehr leid, dass Ihre Waschmaschine kaputt angekommen ist."),
    ("acknowledge", "Je comprends, ça doit être vraiment pénible pour vous."),
    ("reassure", "No se preocupe, la culpa no es suya."),
    ("apologize", "Peço desculpa, a encomenda devia ter chegado ontem."),
    ("appreciate", "Muchas gracias por su paciencia mientras lo reviso."),
])
def test_empathy_in_other_languages(model, family, text):
    found = {f.category for f in find_agent_language(one("agent", text), LanguageConfig(), model).of("empathy")}
    assert family in found, (text, found)


@pytest.mark.parametrize("text", ["¿Me confirma su fecha de nacimiento, por favor?",
                                  "Können Sie mir die Zählernummer vorlesen?",
                                  "Je vous passe le service facturation."])
def test_procedure_in_other_languages_is_not_empathy(model, text):
    assert find_agent_language(one("agent", text), LanguageConfig(), model).of("empathy") == []


@pytest.mark.parametrize("text, distress", [
    ("Estoy harto de llamar y que nadie me solucione nada.", True),
    ("Quería saber cuándo viene el técnico.", False),
    ("Ich bin stinksauer, schon wieder keine Lieferung!", True),
    ("Ich hätte gern eine Kopie meiner letzten Rechnung.", False),
    ("Je suis à bout, personne ne veut m'aider.", True),
    ("Je voudrais connaître le montant de ma facture.", False),
    ("Estou farto disto, ninguém me ajuda!", True),
    ("Queria saber o saldo da minha conta.", False),
])
def test_customer_distress_in_other_languages(model, text, distress):
    result = analyze_apologies(one("customer", text), LanguageConfig(), model=model)
    assert (result["first_distress_s"] is not None) == distress, text
