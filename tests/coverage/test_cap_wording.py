"""How a gap explanation names the cap that reaches an area: from the cap's attributes, never a
wording that claims more than the contract says."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.attributes import cap
from contractscan.gaps import _describe_cap
from contractscan.models import ClauseType, Provision, Stance


def provision(sentence: str) -> Provision:
    return Provision(
        id="P1",
        document_id="D1",
        clause_id="c1",
        type=ClauseType.limitation_of_liability,
        stance=Stance.excludes,
        attributes=cap(sentence, sentence),
        rule="test",
        start=0,
        end=len(sentence),
        quote=sentence,
    )


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        (
            "Our liability shall not exceed the fees paid in the twelve (12) months before the claim.",
            "a cap of 12 months of fees",
        ),
        ("Our aggregate liability shall not exceed USD 50,000.", "a cap of USD 50,000"),
        (
            "Supplier's total liability shall not exceed [***].",
            "a cap whose amount the document withholds",
        ),
        (
            "Licensor's aggregate liability shall not exceed the total compensation paid under this Agreement.",
            "a cap on fees paid",
        ),
    ],
)
def test_cap_wording_follows_the_cap(sentence: str, wording: str) -> None:
    assert _describe_cap(provision(sentence)) == wording


def test_a_cap_applied_by_reference_says_where_its_terms_stand() -> None:
    """'The limitations of liability in the Agreement apply to this Addendum': the amount is in
    another document, so the explanation names no amount."""
    from contractscan.classify import classify
    from contractscan.evaluation.clauses import text_document
    from contractscan.models import DocumentStructure

    text = (
        "7.1 The limitations and exclusions of liability in the Agreement apply to this Addendum."
    )
    found = [
        p
        for p in classify(
            text_document("d", "d.txt", text), DocumentStructure(), shipped_rulebook()
        )
        if p.rule == "liability.by_reference"
    ]
    assert found and found[0].attributes["cap_basis"] == "by_reference"
    assert _describe_cap(found[0]) == "the caps of the main agreement, applied by reference"
