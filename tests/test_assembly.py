"""Segment assembly: speech map + words -> segments; chunk gluing for Whisper."""
from __future__ import annotations

import numpy as np
import pytest

from callcoach.speech.assemble import attach_words, build_conversation
from callcoach.conversation import Word
from callcoach.speech.transcribe import glue, plan_chunks, to_original_time


def w(text, start, end):
    return Word(" " + text, start, end, 0.9)


def test_words_go_to_the_turn_that_holds_them():
    turns = [(0.0, 2.0), (5.0, 7.0)]
    per_turn, dropped = attach_words(turns, [w("hello", 0.2, 0.6), w("there", 5.1, 5.5), w("edge", 2.1, 2.3)])
    assert [x.word.strip() for x in per_turn[0]] == ["hello", "edge"]
    assert [x.word.strip() for x in per_turn[1]] == ["there"]
    assert dropped == []


def test_words_far_from_any_speech_are_dropped_not_invented():
    per_turn, dropped = attach_words([(0.0, 1.0)], [w("ghost", 10.0, 10.5)])
    assert per_turn == [[]] and [x.word for x in dropped] == [" ghost"]


def test_conversation_has_one_segment_per_bridged_turn_with_text():
    conv, dropped = build_conversation(
        {"agent": [(0.0, 1.0), (1.2, 2.0), (6.0, 7.0)], "customer": [(2.5, 4.0)]},
        {"agent": [w("Hi,", 0.1, 0.4), w("welcome.", 1.3, 1.8), w("Bye.", 6.2, 6.6)],
         "customer": [w("Thanks.", 2.6, 3.0)]},
        duration_s=8.0, merge_gap_s=0.5)
    assert [(s.speaker, s.start, s.end, s.text) for s in conv.segments] == [
        ("agent", 0.0, 2.0, "Hi, welcome."), ("customer", 2.5, 4.0, "Thanks."), ("agent", 6.0, 7.0, "Bye.")]
    assert dropped == 0
    assert len(conv.speech_map) == 4


def test_chunks_are_padded_merged_and_mapped_back_exactly():
    chunks = plan_chunks([(1.0, 2.0), (2.1, 3.0), (10.0, 11.0)], duration_s=12.0, pad_s=0.2)
    assert [(c.start_s, c.end_s) for c in chunks] == [(0.8, 3.2), (9.8, 11.2)]
    audio = np.arange(12 * 16000, dtype=np.float32)
    glued = glue(audio, chunks)
    # Audio at glued offset of chunk 2 is the original audio at 9.8 s.
    idx = int(round(chunks[1].offset_s * 16000))
    assert glued[idx] == audio[int(round(9.8 * 16000))]
    assert abs(to_original_time(chunks[1].offset_s + 0.5, chunks) - 10.3) < 1e-9
    assert abs(to_original_time(0.3, chunks) - 1.1) < 1e-9


def test_times_in_the_glue_gap_snap_to_the_nearest_speech():
    chunks = plan_chunks([(1.0, 2.0), (10.0, 11.0)], duration_s=12.0, pad_s=0.0)
    in_gap = chunks[0].duration_s + 0.1
    assert to_original_time(in_gap, chunks) == 10.0  # a word start goes to the next chunk
    assert to_original_time(in_gap, chunks, is_end=True) == 2.0  # a word end to the previous


def test_interval_lookups_find_the_nearest_turn_and_covered_time():
    from callcoach.intervals import nearest, overlap_s

    turns = [(0.0, 1.0), (2.0, 3.0), (5.0, 6.0)]
    assert nearest(turns, 2.5) == (1, 0.0)
    assert nearest(turns, 3.9)[0] == 1 and abs(nearest(turns, 3.9)[1] - 0.9) < 1e-9
    assert nearest(turns, 4.2)[0] == 2
    assert nearest([], 1.0) == (-1, float("inf"))
    assert overlap_s(turns, (0.5, 5.5)) == 0.5 + 1.0 + 0.5
    assert overlap_s(turns, (3.2, 4.8)) == 0.0


def test_batched_words_stay_in_their_own_window_and_channel():
    from types import SimpleNamespace as NS

    from callcoach.speech.transcribe import Chunk, map_group_words

    # Window 0: channel 0, speech 1.0-11.0 s; window 1: channel 1, speech 40.0-45.0 s.
    batch = [(0, [Chunk(1.0, 11.0, 0.0)]), (1, [Chunk(40.0, 45.0, 0.0)])]
    starts, lengths = [0.0, 10.3], [10.3, 5.3]
    word = lambda text, a, b: NS(word=text, start=a, end=b, probability=0.9)
    # faster-whisper aligns words over whole seconds: window 0's last word runs past its end.
    seg0 = NS(seek=0, start=0.0, words=[word(" Bye", 9.6, 10.0), word(" now.", 10.1, 10.9)])
    # Word times are rounded to 10 ms: window 1's first word reads 5 ms before it starts.
    seg1 = NS(seek=1030, start=10.3, words=[word(" Hi,", 10.295, 10.6)])
    got0 = map_group_words(seg0, batch, starts, lengths)
    got1 = map_group_words(seg1, batch, starts, lengths)
    assert [(ch, w.word.strip()) for ch, w in got0] == [(0, "Bye"), (0, "now.")]
    assert all(1.0 <= w.start <= w.end <= 11.0 for _, w in got0)
    assert [(ch, w.word.strip(), w.start) for ch, w in got1] == [(1, "Hi,", 40.0)]


def test_windows_hold_at_most_29_s_and_cut_long_speech_where_it_is_quiet():
    from callcoach.speech.transcribe import MAX_WINDOW_S, plan_windows

    sr = 16000
    t = np.arange(70 * sr) / sr
    audio = (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)
    audio[int(20.0 * sr):int(20.2 * sr)] = 0.0  # the one quiet moment in the first 29 s
    windows = plan_windows(audio, [(0.0, 70.0)], pad_s=0.0)
    assert all(sum(c.duration_s for c in w) <= MAX_WINDOW_S + 1e-6 for w in windows)
    assert 20.0 <= windows[0][-1].end_s <= 20.2
    assert sum(c.duration_s for w in windows for c in w) == pytest.approx(70.0)


def test_a_pause_is_not_bridged_when_the_other_party_takes_the_floor():
    from callcoach.intervals import bridge_pauses

    # B starts exactly when A pauses, and is still talking when A resumes.
    assert bridge_pauses([(0.0, 5.0), (5.4, 8.0)], 0.5, [(5.0, 7.0)]) == [(0.0, 5.0), (5.4, 8.0)]
    # B starts just before A's pause (a hand-over), still talking when A resumes.
    assert bridge_pauses([(0.0, 5.0), (5.4, 8.0)], 0.5, [(4.9, 7.0)]) == [(0.0, 5.0), (5.4, 8.0)]
    # A backchannel of B inside the pause, over before A resumes: one turn.
    assert bridge_pauses([(0.0, 5.0), (5.4, 8.0)], 0.5, [(5.05, 5.3)]) == [(0.0, 8.0)]
    # B talked earlier, before A's turn began: irrelevant.
    assert bridge_pauses([(2.0, 5.0), (5.4, 8.0)], 0.5, [(0.0, 6.0)]) == [(2.0, 8.0)]
