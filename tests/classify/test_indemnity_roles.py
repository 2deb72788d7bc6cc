""" "Indemnified Party" and "Indemnifying Party" name roles in an indemnity; a sentence that only
names them ("Acme and the Indemnified Parties will not be liable") makes no indemnity promise."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import (
    ClauseType,
    Document,
    DocumentKind,
    DocumentStructure,
    Party,
    PartyRole,
    Stance,
)

RB = shipped_rulebook()


def _indemnities(text: str) -> list:
    doc = Document(id="t", path="<t>", text=text)
    found = classify(doc, DocumentStructure(kind=DocumentKind.terms_of_service), RB)
    return [p for p in found if p.type == ClauseType.indemnification]


@pytest.mark.parametrize(
    "text",
    [
        "Except as required by law, Zentro and the Indemnified Parties will not be liable for any "
        "indirect damages.",
        "TO THE EXTENT PERMITTED BY LAW, ZENTRO AND THE INDEMNIFIED PARTIES DISCLAIM ALL "
        "WARRANTIES, EXPRESS OR IMPLIED.",
        "The collective liability of Zentro and the Indemnified Parties will not exceed $500.",
    ],
)
def test_a_role_named_indemnified_is_no_indemnity(text):
    assert not _indemnities(text), [(p.rule, p.stance) for p in _indemnities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "You agree to indemnify Zentro against any claim arising from your Content.",
        "Customer shall be indemnified against any third-party claim that the Service infringes.",
        "Zentro will defend and hold you harmless, indemnifying you for any damages finally awarded.",
    ],
)
def test_the_verb_still_reads_as_an_indemnity(text):
    assert any(p.stance == Stance.commits for p in _indemnities(text)), text


def _parties_read(text: str) -> list:
    structure = DocumentStructure(
        kind=DocumentKind.master_agreement,
        parties=[
            Party(role=PartyRole.provider, names=["Provider", "Halyard"]),
            Party(role=PartyRole.customer, names=["Customer", "Distributor"]),
        ],
    )
    doc = Document(id="t", path="<t>", text=text)
    return [
        (p.obligor, p.beneficiary)
        for p in classify(doc, structure, RB)
        if p.type == ClauseType.indemnification
    ]


@pytest.mark.parametrize(
    ("text", "obligor", "beneficiary"),
    [
        (
            "Customer shall be indemnified by Provider against any third-party claim that the "
            "Services infringe a patent.",
            "provider",
            "customer",
        ),
        (
            "Halyard shall be defended, indemnified and held harmless by Distributor from any claim "
            "arising from Distributor's negligence.",
            "customer",
            "provider",
        ),
        (
            "Provider shall defend and indemnify Customer against any third-party claim.",
            "provider",
            "customer",
        ),
    ],
)
def test_a_passive_indemnity_binds_the_other_side(text, obligor, beneficiary):
    read = _parties_read(text)
    assert read, text
    assert all(o is not None and o.value == obligor for o, _ in read), read
    assert all(b is not None and b.value == beneficiary for _, b in read), read
