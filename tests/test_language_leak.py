"""Guard: nothing the language analysers learn from or are tested on copies a blind set.

The blind sets (benchmarks/data/blind/ and blind2/, each frozen) were written by someone
who never saw the code and are only ever measured. This test reads it to compare, nothing else: it fails when a line of
the training corpus (benchmarks/data/language_train/*.jsonl), of the exemplar banks and
anchors still in the package, or a sentence quoted in a language test is the same as a
blind line after normalisation (lower case, letters and digits only) or near it (rapidfuzz
ratio >= 90). Lines of fewer than three words ("Thank you.", "Okay.") are common to any two
sets of calls and are not compared. A failure names the offending line and the blind line's
id, never the blind text.
"""
from __future__ import annotations

import ast
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLINDS = sorted(p for p in (ROOT / "benchmarks" / "data").glob("blind*") if (p / "lines.json").exists())
TRAIN = ROOT / "benchmarks" / "data" / "language_train"
NEAR = 90.0
MIN_WORDS = 3


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w ]+", " ", text).split())


def blind_lines() -> list[tuple[str, str]]:
    """(set/id, normalised text) of every line and call segment of every blind set."""
    out = []
    for folder in BLINDS:
        data = json.loads((folder / "lines.json").read_text(encoding="utf-8"))
        out += [(f"{folder.name}/{x.get('id', f'{side}{i}')}", normalise(x["text"]))
                for side in ("agent", "customer") for i, x in enumerate(data[side])]
        for path in sorted((folder / "calls").glob("*.json")):
            call = json.loads(path.read_text(encoding="utf-8"))
            out += [(f"{folder.name}/{path.stem}#{i}", normalise(s["text"])) for i, s in enumerate(call["segments"])]
    return [(i, t) for i, t in out if len(t.split()) >= MIN_WORDS]


def corpus_lines() -> list[tuple[str, str]]:
    out = []
    for path in sorted(TRAIN.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"{path.name}:{n}", json.loads(line)["text"]))
    return out


def package_lines() -> list[tuple[str, str]]:
    """Every string of the banks and anchors modules (data, not code)."""
    out = []
    for name in ("banks.py", "anchors.py"):
        path = ROOT / "callcoach" / "analysis" / "language" / name
        if path.exists():
            out += [(f"{name}:{n.lineno}", n.value) for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return out


def quoted_test_sentences() -> list[tuple[str, str]]:
    """String literals of the language tests (sentences fed to the analysers)."""
    out = []
    for path in sorted((ROOT / "tests").glob("test_language*.py")):
        if path.name == Path(__file__).name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out += [(f"{path.name}:{n.lineno}", n.value) for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return out


@pytest.fixture(scope="module")
def blind():
    if not BLINDS:
        pytest.skip("no blind set in this checkout")
    return blind_lines()


def _collisions(ours: list[tuple[str, str]], blind: list[tuple[str, str]]) -> list[str]:
    from rapidfuzz import fuzz, process

    ours = [(where, text, normalise(text)) for where, text in ours]
    ours = [o for o in ours if len(o[2].split()) >= MIN_WORDS]
    if not ours:
        return []
    exact = {t: i for i, t in blind}
    found = [f"{where}: {text!r} == blind {exact[norm]}" for where, text, norm in ours if norm in exact]
    scores = process.cdist([o[2] for o in ours], [t for _, t in blind], scorer=fuzz.ratio,
                           score_cutoff=NEAR, workers=1)
    for i, j in zip(*scores.nonzero()):
        where, text, norm = ours[i]
        if norm not in exact:
            found.append(f"{where}: {text!r} ~ blind {blind[j][0]} (ratio {scores[i, j]:.0f})")
    return found


def test_training_corpus_does_not_copy_the_blind_set(blind):
    lines = corpus_lines()
    assert len(lines) > 1000
    assert not (found := _collisions(lines, blind)), "\n".join(found)


def test_banks_and_anchors_do_not_copy_the_blind_set(blind):
    assert not (found := _collisions(package_lines(), blind)), "\n".join(found)


def test_language_tests_do_not_use_blind_sentences(blind):
    assert not (found := _collisions(quoted_test_sentences(), blind)), "\n".join(found)


def test_language_tests_do_not_reuse_training_lines():
    """Tests judge the analysers on sentences the heads never saw."""
    corpus = [(where, normalise(text)) for where, text in corpus_lines()]
    corpus = [(w, t) for w, t in corpus if len(t.split()) >= MIN_WORDS]
    assert not (found := _collisions(quoted_test_sentences(), corpus)), "\n".join(found)
