"""Properties that hold for any text: no crash, spans match the text, ids unique, parents exist."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from contractscan.structure import analyze_structure

from .helpers import doc

PIECES = [
    "1. ",
    "1.1 ",
    "2. ",
    "(a) ",
    "(b) ",
    "(i) ",
    "Section 9.2 ",
    "ARTICLE IV\n",
    "SCHEDULE 2\n",
    '"X" means ',
    '(the "Y") ',
    "between A, Inc. and B LLC ",
    "IN WITNESS WHEREOF\n",
    "TABLE OF CONTENTS\n",
    "# H\n",
    "**B.** ",
    "\n\n",
    "\n",
    "K. Heading\n",
    "§ 5 ",
    "Fees. ",
    "LIMITATION OF LIABILITY\n",
    "we ",
    "you ",
    ". ",
    "Page 3\n",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_structure_invariants(text: str) -> None:
    s = analyze_structure(doc(text))
    ids = [c.id for c in s.clauses]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for c in s.clauses:
        assert text[c.start : c.end] == c.text
        assert c.parent is None or c.parent in seen
        seen.add(c.id)
    for a, b in zip(s.clauses, s.clauses[1:], strict=False):
        assert a.end <= b.start
    for x in s.cross_references:
        assert text[x.start : x.end] == x.text and x.source in seen
        assert x.target is None or x.target in seen
    for d in s.definitions:
        assert 0 <= d.start <= d.end <= len(text)
