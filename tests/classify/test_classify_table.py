"""Sentences and short clauses -> provisions: type, obligor, stance, areas and key attributes."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import (
    Clause,
    CrossReference,
    Document,
    DocumentKind,
    DocumentStructure,
    Party,
    PartyRole,
)

RB = shipped_rulebook()
P, C, E = PartyRole.provider, PartyRole.customer, PartyRole.end_user


def provisions(text: str, kind: DocumentKind = DocumentKind.terms_of_service, **structure):
    doc = Document(id="t", path="<t>", text=text)
    return classify(doc, DocumentStructure(kind=kind, **structure), RB)


def find(text: str, ctype: str, kind: DocumentKind = DocumentKind.terms_of_service):
    found = [p for p in provisions(text, kind) if p.type.value == ctype]
    assert found, (
        f"no {ctype} in {text!r}: got {[(p.type.value, p.rule) for p in provisions(text, kind)]}"
    )
    return found[0]


# (text, type, obligor, stance, areas that must be present, attributes that must be present)
TABLE = [
    # sla
    (
        "Provider will maintain Monthly Uptime of at least 99.9%, and Service Credits are your sole and exclusive remedy.",
        "sla",
        P,
        "commits",
        ["availability"],
        {"metric": "availability", "target": 99.9, "sole_remedy": True},
    ),
    (
        "We will respond to Priority 1 tickets with a response time of 2 hours.",
        "sla",
        P,
        "commits",
        ["availability"],
        {"metric": "response_time"},
    ),
    # warranty / disclaimer, with polarity
    (
        "Provider warrants that the Services will perform materially in accordance with the Documentation.",
        "warranty",
        P,
        "commits",
        [],
        {},
    ),
    (
        "We do not warrant that Outputs will be accurate or free from bias.",
        "disclaimer",
        P,
        "disclaims",
        ["accuracy", "fairness"],
        {"negated": True},
    ),
    (
        'THE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND.',
        "disclaimer",
        P,
        "disclaims",
        ["accuracy", "availability"],
        {"general": True},
    ),
    (
        "Each party represents and warrants that it has full power to enter into this Agreement.",
        "warranty",
        None,
        "commits",
        [],
        {"mutual": True},
    ),
    # indemnification: who defends whom, and the scope
    (
        "Provider shall defend and indemnify Customer against any third-party claim alleging that the Services infringe a patent or copyright.",
        "indemnification",
        P,
        "commits",
        ["ip_infringement"],
        {"scope": ["ip_infringement"]},
    ),
    (
        "Customer will defend Provider against claims arising from Customer's violation of applicable law.",
        "indemnification",
        C,
        "commits",
        [],
        {"scope": ["violation_of_law"]},
    ),
    (
        "You agree to indemnify and hold us harmless from claims of discrimination arising from your hiring decisions.",
        "indemnification",
        C,
        "commits",
        ["fairness"],
        {"scope": ["discrimination"]},
    ),
    # limitation of liability: negation, caps, exclusions, carve-outs
    (
        "Neither party shall be liable for any indirect, consequential or punitive damages or lost profits.",
        "limitation_of_liability",
        None,
        "excludes",
        [],
        {
            "mutual": True,
            "excluded_damages": ["consequential", "indirect", "punitive", "lost_profits"],
        },
    ),
    (
        "Our total liability will not exceed the fees you paid in the twelve (12) months before the claim.",
        "limitation_of_liability",
        P,
        "excludes",
        [],
        {"cap_basis": "fees_paid", "cap_months": 12},
    ),
    (
        "In no event will the aggregate liability of the Company exceed US$500.",
        "limitation_of_liability",
        P,
        "excludes",
        [],
        {"cap_basis": "fixed", "cap_amount": 500.0, "cap_currency": "USD"},
    ),
    (
        "The limitations in this Section do not apply to a party's indemnification obligations, gross negligence, willful misconduct or breach of confidentiality, and each party's liability shall not exceed two times the fees paid.",
        "limitation_of_liability",
        None,
        "excludes",
        [],
        {
            "carve_outs": [
                "indemnity",
                "confidentiality",
                "gross_negligence",
                "willful_misconduct",
            ],
            "cap_basis": "multiple_of_fees",
        },
    ),
    (
        "The Supplier shall be liable for damages caused by its gross negligence.",
        "limitation_of_liability",
        P,
        "commits",
        [],
        {},
    ),
    # responsibility allocation
    (
        "You are solely responsible for evaluating the accuracy of Outputs and for decisions you make using them.",
        "responsibility_allocation",
        C,
        "assigns",
        ["accuracy", "downstream_harm"],
        {},
    ),
    # insurance, audit
    (
        "Vendor shall maintain cyber liability insurance with limits of not less than $5,000,000.",
        "insurance",
        P,
        "commits",
        [],
        {"coverage": ["cyber"], "minimum_amount": 5_000_000.0},
    ),
    (
        "Customer may audit Provider's compliance with this Addendum once per year.",
        "audit_rights",
        P,
        "commits",
        ["transparency"],
        {},
    ),
    # data use: training
    (
        "We will not use Customer Data to train our models.",
        "data_use",
        P,
        "commits",
        ["privacy"],
        {"training": "never"},
    ),
    (
        "We may use your Inputs and Outputs to improve our models unless you opt out.",
        "data_use",
        P,
        "permits",
        ["privacy"],
        {"training": "opt_out"},
    ),
    (
        "We may use your Content to train and improve our machine learning models.",
        "data_use",
        P,
        "permits",
        ["privacy"],
        {"training": "allowed"},
    ),
    # incidents
    (
        "Provider shall notify Customer of any Security Incident without undue delay and in any event within 48 hours.",
        "incident_notification",
        P,
        "commits",
        ["incident_response", "security"],
        {"deadline_hours": 48},
    ),
    # unilateral change with and without notice
    (
        "We may modify or discontinue the Services or the underlying models at any time without notice.",
        "unilateral_change",
        P,
        "permits",
        ["model_change"],
        {"notice_days": None, "changes": ["service", "model"]},
    ),
    (
        "We may change these Terms by giving you at least 30 days' prior notice.",
        "unilateral_change",
        P,
        "permits",
        ["model_change"],
        {"notice_days": 30, "changes": ["terms"]},
    ),
    # notice published ahead of a change, the days counted before it takes effect
    (
        "We shall publish in the Release Log an entry describing each Material Model Change that "
        "affects a forecast you subscribe to at least thirty (30) days before the change takes effect.",
        "unilateral_change",
        P,
        "commits",
        ["model_change"],
        {"notice_days": 30, "changes": ["model"]},
    ),
    # a model retired on notice, the days in words and in brackets ("twenty" is not the number)
    (
        "We may retire a Model Version on not less than one hundred and twenty (120) days' "
        "written notice to you.",
        "unilateral_change",
        P,
        "permits",
        ["model_change"],
        {"notice_days": 120, "changes": ["model"]},
    ),
    # termination
    (
        "We may suspend or terminate your access to the Services at any time if you breach these Terms.",
        "termination",
        P,
        "permits",
        [],
        {},
    ),
    (
        "If you breach these Terms, Acme may terminate your account immediately.",
        "termination",
        P,
        "permits",
        [],
        {},
    ),
    # law, courts, arbitration
    (
        "These Terms are governed by the laws of the State of New York, without regard to conflict of laws principles.",
        "governing_law",
        None,
        "commits",
        [],
        {"jurisdiction": "New York"},
    ),
    (
        "This Agreement shall be governed by the laws of England and Wales.",
        "governing_law",
        None,
        "commits",
        [],
        {"jurisdiction": "England and Wales"},
    ),
    (
        "The parties submit to the exclusive jurisdiction of the state and federal courts located in Wilmington, Delaware.",
        "jurisdiction",
        None,
        "commits",
        [],
        {"venue": "Delaware"},
    ),
    (
        "Any dispute shall be finally resolved by binding arbitration under the rules of the AAA.",
        "arbitration",
        None,
        "commits",
        [],
        {},
    ),
    # third-party beneficiaries, acceptable use
    (
        "There are no third-party beneficiaries to this Agreement.",
        "third_party_beneficiary",
        None,
        "excludes",
        [],
        {"third_party_rights": False},
    ),
    (
        "You may not use the Services to make automated decisions about employment without human review.",
        "acceptable_use",
        C,
        "assigns",
        ["human_oversight"],
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "ctype", "obligor", "stance", "areas", "attrs"), TABLE, ids=[t[0][:50] for t in TABLE]
)
def test_provision_table(text, ctype, obligor, stance, areas, attrs):
    p = find(text, ctype)
    assert p.obligor == obligor
    assert p.stance.value == stance
    assert set(areas) <= set(p.areas)
    for key, value in attrs.items():
        assert key in p.attributes, f"{key} missing in {p.attributes}"
        got = p.attributes[key]
        if isinstance(value, list):
            assert set(value) <= set(got), (key, got)
        else:
            assert got == value, (key, got)


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        ("We shall not be liable for any delay in delivery.", "limitation_of_liability"),
        ("We shall be liable for any delay in delivery.", "limitation_of_liability"),
    ],
)
def test_polarity_of_liability(text, ctype):
    p = find(text, ctype)
    assert p.stance.value == ("excludes" if " not " in text else "commits")


def test_negated_indemnity_is_an_exclusion():
    text = "Provider has no obligation to indemnify Customer for modified outputs."
    found = [p for p in provisions(text) if p.type.value == "indemnification"]
    assert found and all(p.stance.value == "excludes" for p in found)


def test_a_provider_promise_is_not_a_use_restriction():
    found = provisions("Provider will not use Customer Data to train or improve any model.")
    assert "acceptable_use" not in {p.type.value for p in found}
    data = next(p for p in found if p.type.value == "data_use")
    assert (data.obligor, data.stance.value, data.attributes["training"]) == (P, "commits", "never")


def test_end_user_terms_we_is_the_customer_and_you_the_end_user():
    text = "You are solely responsible for the accuracy of the information you submit. We may terminate your account at any time."
    resp = find(text, "responsibility_allocation", DocumentKind.end_user_terms)
    term = find(text, "termination", DocumentKind.end_user_terms)
    assert resp.obligor == E
    assert term.obligor == C


def test_party_names_from_the_structure_stage_are_used():
    text = "Larkspur shall defend Customer against any claim that the Services infringe a third party's patent."
    parties = [
        Party(role=P, names=["Larkspur Intelligence, Inc.", "Larkspur"]),
        Party(role=C, names=["Customer"]),
    ]
    p = next(p for p in provisions(text, parties=parties) if p.type.value == "indemnification")
    assert (p.obligor, p.beneficiary) == (P, C)


def test_except_as_provided_points_at_the_resolved_clause():
    text = "Except as expressly provided in Section 7, we make no warranties of any kind."
    at = text.index("Section 7")
    structure = {
        "clauses": [Clause(id="c9", number="9", start=0, end=len(text), text=text)],
        "cross_references": [
            CrossReference(source="c9", text="Section 7", start=at, end=at + 9, target="c7")
        ],
    }
    p = next(p for p in provisions(text, **structure) if p.type.value == "disclaimer")
    assert p.attributes["except_as_provided"] is True
    assert p.attributes["except_ref"] == "c7"
    assert p.clause_id == "c9"
    assert p.id == f"t:c9:{p.rule}:0"


def test_provision_span_and_quote_come_from_the_sentence():
    text = "Welcome to the service. We may change these Terms at any time without notice. Thanks for reading."
    p = find(text, "unilateral_change")
    assert text[p.start : p.end] == "We may change these Terms at any time without notice."
    assert p.quote == text[p.start : p.end]
    assert "change" in (p.explanation or "")


def test_headings_are_not_provisions():
    assert provisions("12. LIMITATION OF LIABILITY") == []


def test_ip_only_indemnity_reaches_only_ip():
    p = find(
        "Provider will defend Customer against third-party claims that the Services infringe any intellectual property right.",
        "indemnification",
    )
    assert p.areas == ["ip_infringement"]
