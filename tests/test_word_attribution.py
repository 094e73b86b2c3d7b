"""Mono calls: each word goes to the speaker who said it, at speaker changes and in overlaps."""
from callcoach.conversation import Word
from callcoach.diarize.mono import assign_words


def w(text, start, end):
    return Word(" " + text, start, end, 0.9)


def labels_of(result):
    return {x.word.strip(): label for label, words in result.items() for x in words}


def test_words_follow_the_speaker_change():
    turns = {"A": [(0.0, 2.0)], "B": [(2.3, 4.0)]}
    got = labels_of(assign_words([w("Hello", 0.1, 0.5), w("there.", 0.6, 1.0), w("Hi", 2.4, 2.7),
                                  w("back.", 2.8, 3.1)], turns, turns))
    assert got == {"Hello": "A", "there.": "A", "Hi": "B", "back.": "B"}


def test_short_interjection_inside_the_other_speakers_turn_goes_to_its_speaker():
    full = {"A": [(0.0, 6.0)], "B": [(2.5, 3.0)]}
    exclusive = {"A": [(0.0, 2.5), (3.0, 6.0)], "B": [(2.5, 3.0)]}
    got = labels_of(assign_words([w("so", 1.0, 1.3), w("Okay.", 2.55, 2.95), w("then", 3.2, 3.5)], exclusive, full))
    assert got["Okay."] == "B" and got["so"] == "A" and got["then"] == "A"


def test_word_opening_a_sentence_in_an_overlap_joins_the_words_after_it():
    # A is cut off by B; B's "I'm" falls where both voices are active and the exclusive
    # map still credits A, but it runs straight into B's sentence.
    full = {"A": [(0.0, 3.3)], "B": [(3.0, 6.0)]}
    exclusive = {"A": [(0.0, 3.3)], "B": [(3.3, 6.0)]}
    words = [w("I", 2.0, 2.2), w("restarted.", 2.3, 2.9), w("I'm", 3.05, 3.25), w("sorry,", 3.35, 3.7),
             w("Maria.", 3.8, 4.2)]
    got = labels_of(assign_words(words, exclusive, full))
    assert got["I'm"] == "B" and got["restarted."] == "A" and got["sorry,"] == "B"


def test_word_closing_a_sentence_in_an_overlap_stays_with_its_sentence():
    full = {"A": [(0.0, 3.3)], "B": [(3.0, 6.0)]}
    exclusive = {"A": [(0.0, 3.0)], "B": [(3.0, 6.0)]}
    words = [w("it", 2.5, 2.8), w("arrived.", 2.85, 3.2), w("Great,", 3.6, 3.9), w("thanks.", 4.0, 4.3)]
    got = labels_of(assign_words(words, exclusive, full))
    assert got["arrived."] == "A" and got["Great,"] == "B"


def test_word_in_a_pause_goes_to_the_nearest_speaker():
    turns = {"A": [(0.0, 1.0)], "B": [(5.0, 6.0)]}
    got = labels_of(assign_words([w("um", 1.3, 1.5)], turns, turns))
    assert got == {"um": "A"}
