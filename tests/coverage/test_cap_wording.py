"""How a gap explanation names the cap that reaches an area: from the cap's attributes, never a
wording that claims more than the contract says."""

from __future__ import annotations

import pytest

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
