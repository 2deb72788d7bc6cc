"""`analyze_text`: a contract handed over as a string is read as a text file's lines are, and the
report's offsets are offsets into the caller's string (once its line breaks are "\\n")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shipped_analyzer

from contractscan import analyze_text
from contractscan.extract.layout import plain_characters

SAMPLE = Path(__file__).parents[2] / "sample_contracts" / "ai-api-vendor" / "dpa.md"


def _provisions(report) -> list:
    return [p for d in report.documents for c in d.clauses for p in c.provisions]


@pytest.fixture(scope="module")
def plain() -> tuple[str, list]:
    text = SAMPLE.read_text(encoding="utf-8")
    return text, _provisions(analyze_text(text, name="dpa.md", analyzer=shipped_analyzer()))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="windows line breaks"),
        pytest.param(lambda t: t.replace(" ", "\u00a0"), id="no-break spaces"),
        pytest.param(lambda t: t.replace("\n", "\r"), id="old Mac line breaks"),
    ],
)
def test_line_breaks_and_special_spaces_change_nothing_read(plain, change) -> None:
    text, want = plain
    changed = change(text)
    got = _provisions(analyze_text(changed, name="dpa.md", analyzer=shipped_analyzer()))
    assert len(want) > 10
    assert [(p.rule, p.type, p.obligor, p.stance) for p in got] == [
        (p.rule, p.type, p.obligor, p.stance) for p in want
    ]
    # the offsets index the caller's own string: the same words stand there
    own = changed.replace("\r\n", "\n").replace("\r", "\n")
    for g, w in zip(got, want):
        assert (g.start, g.end) == (w.start, w.end)
        assert own[g.start : g.end].split() == text[w.start : w.end].split()


def test_plain_characters() -> None:
    assert plain_characters("a\r\nb\rc\u00a0d\te\x01f\x0cg") == "a\nb\nc d\te f\ng"
    text = "plain ascii\n\nparagraphs"
    assert plain_characters(text) is text
