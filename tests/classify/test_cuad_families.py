"""Audit rights and the governing law on invented sentences in commercial contracts' wording
(cuad_families.yaml): the clause type each must or must not yield, and the place a choice of law
is read to."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params, shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind, DocumentStructure, Provision

TABLE = Path(__file__).parent / "cuad_families.yaml"
RB = shipped_rulebook()


def _provisions(text: str) -> list[Provision]:
    doc = Document(id="d", path="<t>", text=text)
    return classify(doc, DocumentStructure(kind=DocumentKind.master_agreement), RB)


@pytest.mark.parametrize(
    ("text", "ctype", "want", "place"),
    family_params(
        TABLE,
        lambda c: (c["text"], c["type"], c.get("want", True), c.get("place")),
        lambda c: f"{c['type']}-{c['text'][:40]}",
    ),
)
def test_cuad_family(text: str, ctype: str, want: bool, place: str | None) -> None:
    found = [p for p in _provisions(text) if p.type.value == ctype]
    assert bool(found) == want, sorted(p.rule for p in found)
    if place is not None:
        assert {p.attributes.get("jurisdiction") for p in found} == {place}
