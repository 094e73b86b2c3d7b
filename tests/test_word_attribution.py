"""Mono calls: each word goes to the speaker who said it, at speaker changes and in overlaps."""
from callcoach.config import TalkOverConfig
from callcoach.conversation import Word
from callcoach.speech.words import assign_words


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


def test_one_word_sentence_over_a_long_turn_goes_to_the_short_turn_beside_it():
    # B says "Okay." while A talks on; the exclusive map keeps A there (A is louder).
    full = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9)]}
    exclusive = {"A": [(0.0, 8.0)]}
    words = [w("since", 3.5, 3.8), w("night.", 3.9, 4.4), w("Okay.", 4.45, 4.65), w("I", 4.75, 4.85),
             w("have", 4.85, 5.0), w("a", 5.0, 5.1), w("call.", 5.1, 5.5)]
    got = labels_of(assign_words(words, exclusive, full))
    assert got["Okay."] == "B"
    assert all(got[x] == "A" for x in ("night.", "I", "have", "call."))


def test_overlapped_words_in_the_middle_of_a_sentence_stay_with_it():
    # B's short backchannel turn credits B with the exclusive map, but the words there
    # run on, without a pause or a full stop, from A's sentence on both sides.
    full = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9)]}
    exclusive = {"A": [(0.0, 4.4), (4.9, 8.0)], "B": [(4.4, 4.9)]}
    words = [w("this", 4.0, 4.3), w("weekend,", 4.3, 4.4), w("and", 4.45, 4.55), w("I", 4.55, 4.65),
             w("have", 4.65, 4.8), w("to", 4.8, 4.88), w("move", 4.95, 5.2), w("it.", 5.2, 5.4)]
    got = labels_of(assign_words(words, exclusive, full))
    assert set(got.values()) == {"A"}


class _FakeTranscriber:
    def __init__(self, words):
        self.words, self.calls = words, []

    def transcribe(self, audio, regions, pad_s, on_progress=None):
        self.calls.append(list(regions))
        return list(self.words)


def test_empty_short_turns_get_their_acknowledgement_words_back():
    from callcoach.speech.words import recover_interjections

    turns = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9), (9.0, 9.4)]}
    by_label = {"A": [w("since", 3.5, 3.8), w("night", 3.9, 4.4), w("I", 4.75, 4.85)], "B": []}
    # The second pass hears B's "Okay," plus A's louder words: only "Okay," is kept.
    transcriber = _FakeTranscriber([w("Okay,", 4.45, 4.7), w("I", 4.75, 4.85), w("have", 4.85, 5.0), w("Right.", 9.05, 9.3)])
    added = recover_interjections(transcriber, None, turns, by_label, TalkOverConfig())
    assert transcriber.calls == [[(4.4, 4.9), (9.0, 9.4)]]  # only B's empty short turns
    assert added == 2 and [x.word.strip() for x in by_label["B"]] == ["Okay,", "Right."]
    assert [x.word.strip() for x in by_label["A"]] == ["since", "night", "I"]


def test_recovered_words_are_not_added_twice():
    from callcoach.speech.words import recover_interjections

    turns = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9)]}
    by_label = {"A": [w("Okay.", 4.45, 4.65)], "B": []}
    transcriber = _FakeTranscriber([w("Okay.", 4.45, 4.65)])
    assert recover_interjections(transcriber, None, turns, by_label, TalkOverConfig()) == 0
    assert by_label["B"] == []


def test_one_word_sentence_that_is_not_an_acknowledgement_stays_with_the_long_turn():
    # A spells a code ("Four. Seven.") while B says "mm-hmm": the digits are A's.
    full = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9)]}
    exclusive = {"A": [(0.0, 8.0)]}
    words = [w("is", 3.6, 3.8), w("N.", 3.9, 4.3), w("Four.", 4.45, 4.7), w("Seven.", 5.3, 5.6)]
    got = labels_of(assign_words(words, exclusive, full))
    assert got["Four."] == "A"


def test_recovered_word_must_be_confident_and_new():
    from callcoach.speech.words import recover_interjections

    turns = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9), (6.0, 6.4)]}
    by_label = {"A": [w("OK.", 4.45, 4.65)], "B": []}
    unsure = Word(" Right.", 6.05, 6.3, 0.05)
    transcriber = _FakeTranscriber([w("Okay.", 4.45, 4.65), unsure])
    assert recover_interjections(transcriber, None, turns, by_label, TalkOverConfig()) == 0  # "Okay." is A's "OK.", "Right." unsure
    assert by_label["B"] == []


def test_users_extra_acknowledgement_words_reach_word_assignment():
    # "Grand." is no acknowledgement by default, so it stays with A's ongoing speech; a user
    # who adds it to [talk_over] extra_backchannel_phrases gets it credited to B's short turn.
    full = {"A": [(0.0, 8.0)], "B": [(4.4, 4.9)]}
    exclusive = {"A": [(0.0, 8.0)]}
    words = [w("since", 3.5, 3.8), w("night.", 3.9, 4.4), w("Grand.", 4.45, 4.65), w("I", 4.75, 4.85),
             w("have", 4.85, 5.0), w("a", 5.0, 5.1), w("call.", 5.1, 5.5)]
    assert labels_of(assign_words(words, exclusive, full))["Grand."] == "A"
    extended = TalkOverConfig(extra_backchannel_phrases=["grand"])
    assert labels_of(assign_words(words, exclusive, full, extended))["Grand."] == "B"
