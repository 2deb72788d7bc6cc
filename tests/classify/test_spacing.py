"""Runs of spaces between words are read as one space, and offsets land on the document's own text."""

from __future__ import annotations

import re

from conftest import shipped_rulebook
from hypothesis import given
from hypothesis import strategies as st

from contractscan.classify import classify
from contractscan.models import Document, DocumentStructure
from contractscan.spacing import collapse_runs

RB = shipped_rulebook()


def test_no_runs_means_no_copy() -> None:
    assert collapse_runs("One space only.\n    Indented line.\n\nNext.") is None


def test_runs_between_words_collapse_but_indentation_and_breaks_stay() -> None:
    c = collapse_runs("Force  Majeure\t\tevents.\n    (a)   flood")
    assert c is not None
    assert c.text == "Force Majeure events.\n    (a) flood"


words = st.lists(st.text(alphabet="abcXY.,", min_size=1, max_size=6), min_size=1, max_size=12)
gaps = st.lists(st.sampled_from([" ", "  ", "   ", "\t ", "\n", "\n  "]), min_size=12, max_size=12)


@given(words, gaps)
def test_every_word_maps_back_to_itself(ws: list[str], gs: list[str]) -> None:
    text = "".join(w + g for w, g in zip(ws, gs))
    c = collapse_runs(text)
    if c is None:
        assert not re.search(r"\S[ \t]{2,}\S", text)
        return
    for m in re.finditer(r"\S+", c.text):
        start, end = c.to_original(m.start()), c.to_original(m.end())
        assert text[start:end] == m.group(0)
    for m in re.finditer(r"\S+", text):
        assert c.text[c.to_collapsed(m.start()) : c.to_collapsed(m.end())] == m.group(0)


def provisions(text: str) -> list[tuple[str, str | None, str, str]]:
    doc = Document(id="t", path="<t>", text=text)
    found = classify(doc, DocumentStructure(), RB)
    for p in found:  # offsets land on the document's own text, padded or not
        assert " ".join(text[p.start : p.end].split()).startswith(
            " ".join(p.quote.strip("…").split())[:40]
        )
    return sorted((p.rule, p.obligor, p.stance, p.quote) for p in found)


def test_padded_text_reads_like_single_spaced_text() -> None:
    plain = (
        "IN NO EVENT SHALL THE PROVIDER'S AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE TWELVE MONTHS "
        "BEFORE THE CLAIM. Customer shall maintain commercial general liability insurance. "
        "Provider may audit Customer's books and records once a year."
    )
    padded = re.sub(r"(?<=\S) (?=\S)", "   ", plain)
    assert provisions(plain)
    assert provisions(padded) == provisions(plain)
