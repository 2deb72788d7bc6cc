"""What a document's characters must not change: curly apostrophes and quotes read as straight
ones ("don’t", “as is” give the same provisions as "don't", "as is", at the same offsets, and a
provision's quote keeps the document's own characters), and a line break between two words in
lower case reads as the space it stands for (a soft break a DOCX or an HTML page kept), and a
sentence written in capitals reads as it does in lower case (a disclaimer or a notice in capitals,
"WE DON'T GUARANTEE ...", "IT IS THE CUSTOMER'S RESPONSIBILITY ..."). Checked on the invented
sentences of the clause and consumer-terms tables, written the other way."""

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


def _rows(keep) -> list:
    rows = []
    for table in ("clause_families.yaml", "unfair_families.yaml"):
        for row in yaml.safe_load((HERE / table).read_text(encoding="utf-8")):
            if keep(row["text"]) and "known_miss" not in row:
                rows.append(pytest.param(row["text"], id=f"{table[:6]}-{row['text'][:50]}"))
    return rows


def _wrapped(text: str) -> str:
    """`text` with the space nearest its middle between two lower-case words a line break."""
    spaces = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text)]
    at = min(spaces, key=lambda i: abs(i - len(text) // 2))
    return text[:at] + "\n" + text[at + 1 :]


def _read(text: str) -> list[tuple]:
    return [
        (p.rule, p.type, p.obligor, p.stance, p.start, p.end, p.quote)
        for p in classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)
    ]


@pytest.mark.parametrize("text", _rows(lambda t: "'" in t or '"' in t))
def test_curly_marks_read_as_straight_ones(text: str) -> None:
    curly = _curly(text)
    assert curly != text
    straight = _read(text)
    got = _read(curly)
    assert [g[:6] for g in got] == [s[:6] for s in straight]
    # the quote is the document's own text
    assert [g[6] for g in got] == [_curly(s[6]) for s in straight]


@pytest.mark.parametrize("text", _rows(lambda t: re.search(r"[a-z] [a-z]", t) is not None))
def test_a_line_break_between_words_reads_as_a_space(text: str) -> None:
    wrapped = _wrapped(text)
    assert [g[:6] for g in _read(wrapped)] == [s[:6] for s in _read(text)]


@pytest.mark.parametrize("text", _rows(lambda t: t != t.upper()))
def test_a_sentence_in_capitals_reads_as_it_does_in_lower_case(text: str) -> None:
    # the same provisions by rule, type, obligor and stance; offsets too, as one character is one
    assert [g[:6] for g in _read(text.upper())] == [s[:6] for s in _read(text)]
