"""Curly apostrophes and quotes read as straight ones: "don’t", "we’ll", “as is” give the same
provisions as "don't", "we'll", "as is", at the same offsets, and a provision's quote keeps the
document's own characters. Checked on every invented sentence of the clause and consumer-terms
tables that holds an apostrophe or a quote, written the other way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from contractscan.classify import classify
from contractscan.models import Document, DocumentStructure
from contractscan.rulebook import load_rulebook

RB = load_rulebook()
HERE = Path(__file__).parent


def _curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    return text.replace('"', "\u201d")


def _rows() -> list:
    rows = []
    for table in ("clause_families.yaml", "unfair_families.yaml"):
        for row in yaml.safe_load((HERE / table).read_text(encoding="utf-8")):
            if ("'" in row["text"] or '"' in row["text"]) and "known_miss" not in row:
                rows.append(pytest.param(row["text"], id=f"{table[:6]}-{row['text'][:50]}"))
    return rows


def _read(text: str) -> list[tuple]:
    return [
        (p.rule, p.type, p.obligor, p.stance, p.start, p.end, p.quote)
        for p in classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)
    ]


@pytest.mark.parametrize("text", _rows())
def test_curly_marks_read_as_straight_ones(text: str) -> None:
    curly = _curly(text)
    assert curly != text
    straight = _read(text)
    got = _read(curly)
    assert [g[:6] for g in got] == [s[:6] for s in straight]
    # the quote is the document's own text
    assert [g[6] for g in got] == [_curly(s[6]) for s in straight]
