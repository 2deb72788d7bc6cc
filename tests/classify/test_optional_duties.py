"""A duty made optional ("we may, but have no obligation to, ...") is no commitment, while a right
granted "but not the obligation" stays a right, and claiming a service credit is the customer's
procedure, not a service level it gives."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, Provision
from contractscan.structure import analyze_structure

RB = shipped_rulebook()

HEAD = (
    "Lumen Platform Terms\n\n"
    'These Terms are between Lumen Analytics Ltd ("Lumen", "we", "us") and the customer '
    'named in the Order ("Customer", "you").\n\n'
    "7. Security\n\n"
)


def _provisions(body: str) -> list[Provision]:
    doc = Document(id="t", path="<t>", text=HEAD + body + "\n")
    return classify(doc, analyze_structure(doc, nlp=RB.nlp), RB)


def test_a_notice_duty_made_optional_is_no_commitment() -> None:
    made_optional = _provisions(
        "We may, but have no obligation to, notify you of any security incident affecting "
        "your workspace."
    )
    assert not [p for p in made_optional if p.stance.value == "commits"], [
        (p.rule, p.stance) for p in made_optional
    ]
    # the same duty stated plainly is a commitment of the provider
    plain = _provisions("We will notify you of any security incident affecting your workspace.")
    assert any(
        p.type.value == "incident_notification"
        and p.stance.value == "commits"
        and p.obligor is not None
        and p.obligor.value == "provider"
        for p in plain
    ), [(p.rule, p.stance, p.obligor) for p in plain]


def test_a_right_but_not_the_obligation_stays_a_right() -> None:
    found = _provisions(
        "Customer shall have the right, but not the obligation, to audit Lumen's security "
        "controls once a year."
    )
    audits = [p for p in found if p.type.value == "audit_rights"]
    assert audits, [(p.rule, p.type) for p in found]
    assert all(p.obligor is not None and p.obligor.value == "provider" for p in audits), [
        (p.rule, p.obligor) for p in audits
    ]


def test_claiming_a_service_credit_is_no_service_level_of_the_customer() -> None:
    found = _provisions(
        "Customer must request any service credit within thirty days of the outage."
    )
    assert not [
        p
        for p in found
        if p.type.value == "sla" and p.obligor is not None and p.obligor.value == "customer"
    ], [(p.rule, p.obligor) for p in found]


def test_a_right_the_customer_shall_have_is_no_duty() -> None:
    found = _provisions("You will have the right to export your logs at any time.")
    assert not [p for p in found if p.rule == "responsibility.customer_duty"], [
        p.rule for p in found
    ]
    duty = _provisions("You must keep your API keys confidential.")
    assert any(p.rule == "responsibility.customer_duty" for p in duty), [p.rule for p in duty]
