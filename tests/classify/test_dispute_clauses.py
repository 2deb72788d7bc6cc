"""Dispute and term clauses: which sentences are provisions of which type, and which are not.

Sentences are written for these tests (phrasings common in consumer terms and commercial
contracts), not copied from any corpus.
"""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind, DocumentStructure, PartyRole

RB = shipped_rulebook()


def provisions(text: str):
    doc = Document(id="t", path="<t>", text=text)
    return classify(doc, DocumentStructure(kind=DocumentKind.terms_of_service), RB)


def of_type(text: str, ctype: str):
    return [p for p in provisions(text) if p.type.value == ctype]


# (sentence, clause type, attribute that must be present with this value or None)
FOUND = [
    (
        "Any claim relating to these Terms shall be resolved exclusively through binding arbitration.",
        "arbitration",
        ("arbitration_part", "agreement"),
    ),
    (
        "We each agree to resolve any dispute (other than claims for injunctive relief) arising out of these Terms through final and binding arbitration.",
        "arbitration",
        ("arbitration_part", "agreement"),
    ),
    (
        "The sole means of resolving any claim under this Agreement shall be binding arbitration administered by the AAA.",
        "arbitration",
        None,
    ),
    (
        "You and Acme each waive the right to participate in a class action.",
        "arbitration",
        ("arbitration_part", "class_waiver"),
    ),
    (
        "This Agreement is governed by the laws of the State of Delaware.",
        "governing_law",
        ("jurisdiction", "Delaware"),
    ),
    (
        "The contract shall be subject to the application of Spanish law.",
        "governing_law",
        ("jurisdiction", "Spain"),
    ),
    (
        "You agree to submit to the exclusive jurisdiction of the courts of Dublin, Ireland.",
        "jurisdiction",
        ("venue", "Ireland"),
    ),
    (
        "We will terminate without notice the accounts of users who repeatedly infringe.",
        "termination",
        None,
    ),
    (
        "Your account may be suspended or closed if we believe you broke these rules.",
        "termination",
        None,
    ),
    ("Fraudulent activity may be grounds for termination of your membership.", "termination", None),
    ("A member who cheats may have his or her account terminated.", "termination", None),
    ("We reserve the right to cancel all or part of the Service at any time.", "termination", None),
    (
        "We might have to make changes to these Terms as the Service grows.",
        "unilateral_change",
        None,
    ),
    (
        "We may modify, update or retrain the models at any time, with or without notice.",
        "unilateral_change",
        None,
    ),
    (
        "Acme may change, add to or remove parts of these Terms from time to time.",
        "unilateral_change",
        None,
    ),
]

NOT_FOUND = [
    ("The arbitration will take place in English.", "arbitration"),
    (
        "If the claim is finally resolved through arbitration in your favour, we will refund your filing fee.",
        "arbitration",
    ),
    (
        "You may opt out of this agreement to arbitrate by writing to us within 30 days.",
        "arbitration",
    ),
    ("We will pay all arbitration fees for claims under $10,000.", "arbitration"),
    (
        "Any lawsuit to resolve claims will be filed in the courts of Oslo, subject to the arbitration section below.",
        "arbitration",
    ),
    ("Upon termination of this Agreement, sections 4 and 9 survive.", "termination"),
    ("You may withdraw funds to your bank account at any time.", "termination"),
    ("We may offer automatic updates to the app at any time.", "unilateral_change"),
    ("Exchange rates may change.", "unilateral_change"),
    ("You must comply with all applicable laws.", "governing_law"),
]


@pytest.mark.parametrize(("text", "ctype", "attr"), FOUND)
def test_found(text: str, ctype: str, attr: tuple[str, str] | None) -> None:
    found = of_type(text, ctype)
    assert found, f"no {ctype} in {text!r}: {[(p.type.value, p.rule) for p in provisions(text)]}"
    if attr:
        assert any(p.attributes.get(attr[0]) == attr[1] for p in found), [
            p.attributes for p in found
        ]


@pytest.mark.parametrize(("text", "ctype"), NOT_FOUND)
def test_not_found(text: str, ctype: str) -> None:
    assert not of_type(text, ctype), [(p.rule, p.quote) for p in of_type(text, ctype)]


def test_one_agreement_to_arbitrate_per_sentence_with_waiver_apart() -> None:
    text = (
        "Any dispute will be resolved by binding arbitration. "
        "Claims may be brought only individually, and you waive any class action."
    )
    found = of_type(text, "arbitration")
    first = {p.attributes.get("arbitration_part") for p in found if p.start < 52}
    second = {p.attributes.get("arbitration_part") for p in found if p.start >= 52}
    assert (first, second) == ({"agreement"}, {"class_waiver"})


def test_passive_termination_is_the_providers() -> None:
    (p, *_) = of_type("Your access may be suspended at any time for any reason.", "termination")
    assert p.obligor == PartyRole.provider
