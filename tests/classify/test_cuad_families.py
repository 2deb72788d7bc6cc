"""Audit rights and the governing law on invented sentences in commercial contracts' wording
(cuad_families.yaml): the clause type each must or must not yield, and the place a choice of law
is read to."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind, DocumentStructure, Provision
from contractscan.rulebook import load_rulebook

CASES = yaml.safe_load((Path(__file__).parent / "cuad_families.yaml").read_text(encoding="utf-8"))
RB = load_rulebook()


def _provisions(text: str) -> list[Provision]:
    doc = Document(id="d", path="<t>", text=text)
    return classify(doc, DocumentStructure(kind=DocumentKind.master_agreement), RB)


def _params():
    for c in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=c["known_miss"])] if "known_miss" in c else []
        yield pytest.param(
            c["text"],
            c["type"],
            c.get("want", True),
            c.get("place"),
            marks=marks,
            id=f"{c['type']}-{c['text'][:40]}",
        )


@pytest.mark.parametrize(("text", "ctype", "want", "place"), list(_params()))
def test_cuad_family(text: str, ctype: str, want: bool, place: str | None) -> None:
    found = [p for p in _provisions(text) if p.type.value == ctype]
    assert bool(found) == want, sorted(p.rule for p in found)
    if place is not None:
        assert {p.attributes.get("jurisdiction") for p in found} == {place}
