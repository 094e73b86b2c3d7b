"""docs/report-contract.md is kept in step with the writer: every field its contract block
names is in the report callcoach writes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def contract_blocks() -> list[dict]:
    text = (ROOT / "docs" / "report-contract.md").read_text(encoding="utf-8")
    text = text.split("## An example")[0]  # the contract and its additions; not the example
    blocks = []
    for block in re.findall(r"```jsonc\n(.*?)```", text, re.S):
        block = re.sub(r"//[^\n]*", "", block)
        block = re.sub(r",(\s*[}\]])", r"\1", block)
        blocks.append(json.loads(block))
    return blocks


def paths(value, prefix: str = "") -> list[str]:
    out = []
    if isinstance(value, dict):
        for key, inner in value.items():
            out.append(f"{prefix}{key}")
            out += paths(inner, f"{prefix}{key}.")
    elif isinstance(value, list) and value:
        out += paths(value[0], f"{prefix}[].")
    return out


def lookup(report, path: str) -> bool:
    """Whether ``path`` exists (through the first item of every list that has one)."""
    node = report
    for part in path.split("."):
        if part == "[]":
            if not isinstance(node, list):
                return False
            if not node:
                return True  # an empty list cannot show its items' fields
            node = node[0]
            continue
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


@pytest.fixture(scope="module")
def transcript_report(coach):
    return coach.analyze_transcript(ROOT / "audio_samples" / "call_stereo_8k.truth.json")


def test_contract_document_has_its_minimum_block():
    minimum = contract_blocks()[0]
    assert minimum["schema_version"] == 1 and "segments" in minimum and "coaching" in minimum


def test_every_contract_field_is_in_a_written_report(transcript_report):
    minimum = contract_blocks()[0]
    missing = [p for p in paths(minimum) if not lookup(transcript_report, p)]
    assert missing == []
