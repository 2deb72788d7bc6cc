"""Service credits: the side that receives a credit is the beneficiary of the service level,
the other side owes it."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document
from contractscan.structure import analyze_structure

RB = shipped_rulebook()


def test_the_side_that_receives_a_service_credit_is_its_beneficiary() -> None:
    """'Customer will be entitled to a service credit if ...': the provider owes the service level;
    the customer, subject of the sentence, is who it is owed to, never the one committing."""
    text = (
        "Orrery Service Level Agreement\n\n"
        'This SLA is between Orrery Labs Inc. ("Orrery") and the customer named in the Order '
        '("Customer").\n\n'
        "2. Service Credits\n\n"
        "If Availability in a calendar month falls below 99.5%, Customer will be entitled to a "
        "service credit equal to 5% of the monthly fees.\n"
    )
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    found = [p for p in classify(doc, structure, RB) if p.type.value == "sla"]
    assert found, found
    assert all(p.obligor is not None and p.obligor.value == "provider" for p in found), [
        (p.rule, p.obligor) for p in found
    ]
    assert any(p.beneficiary is not None and p.beneficiary.value == "customer" for p in found)
