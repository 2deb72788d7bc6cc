"""Provisions -> cell status (DESIGN 3.5), one row per precedence rule."""

from __future__ import annotations

import pytest
from coverage_builders import AREA_IDS, doc, prov

from contractscan.coverage import coverage
from contractscan.manifest import Manifest, Precedence
from contractscan.models import CoverageStatus, PartyRole

C, L, D, A, S = (
    CoverageStatus.covered,
    CoverageStatus.limited,
    CoverageStatus.disclaimed,
    CoverageStatus.assigned,
    CoverageStatus.silent,
)
CAP = {"cap_basis": "fees_paid", "cap_months": 12}

# (name, provisions of one terms-of-service document, area, party, expected status)
CASES = [
    ("nothing", [], "accuracy", "provider", S),
    (
        "express warranty",
        [prov("T", "9.1", "warranty", "commits", areas=["accuracy"])],
        "accuracy",
        "provider",
        C,
    ),
    (
        "commercially reasonable efforts",
        [
            prov(
                "T",
                "6.1",
                "warranty",
                "commits",
                areas=["security"],
                efforts="commercially_reasonable",
            )
        ],
        "security",
        "provider",
        L,
    ),
    (
        "named disclaimer",
        [prov("T", "9.2", "disclaimer", "disclaims", areas=["fairness"])],
        "fairness",
        "provider",
        D,
    ),
    (
        "general as-is reaches accuracy",
        [prov("T", "9.3", "disclaimer", "disclaims", general=True)],
        "accuracy",
        "provider",
        D,
    ),
    (
        "general as-is does not reach privacy",
        [prov("T", "9.3", "disclaimer", "disclaims", general=True)],
        "privacy",
        "provider",
        S,
    ),
    (
        "named disclaimer beats general warranty",
        [
            prov("T", "9.1", "warranty", "commits", general=True),
            prov("T", "9.2", "disclaimer", "disclaims", areas=["accuracy"]),
        ],
        "accuracy",
        "provider",
        D,
    ),
    (
        "general warranty stands where nothing is disclaimed by name",
        [
            prov("T", "9.1", "warranty", "commits", general=True),
            prov("T", "9.2", "disclaimer", "disclaims", areas=["accuracy"]),
        ],
        "availability",
        "provider",
        C,
    ),
    (
        "a named disclaimer that yields does not beat a general warranty",
        [
            prov("T", "9.1", "warranty", "commits", general=True),
            prov(
                "T",
                "9.3",
                "disclaimer",
                "disclaims",
                areas=["accuracy"],
                general=True,
                except_as_provided=True,
            ),
        ],
        "accuracy",
        "provider",
        C,
    ),
    (
        "express commitment beats general as-is that yields",
        [
            prov("T", "9.3", "disclaimer", "disclaims", general=True, except_as_provided=True),
            prov("T", "9.1", "warranty", "commits", areas=["accuracy"]),
        ],
        "accuracy",
        "provider",
        C,
    ),
    (
        "solely responsible",
        [
            prov(
                "T",
                "4.3",
                "responsibility_allocation",
                "assigns",
                obligor="customer",
                areas=["accuracy"],
            )
        ],
        "accuracy",
        "customer",
        A,
    ),
    (
        "assignment defaults to the customer",
        [
            prov(
                "T",
                "4.3",
                "responsibility_allocation",
                "assigns",
                obligor=None,
                areas=["human_oversight"],
            )
        ],
        "human_oversight",
        "customer",
        A,
    ),
    (
        "disclaimed beats assigned in the same cell",
        [
            prov(
                "T",
                "4.3",
                "responsibility_allocation",
                "assigns",
                obligor="provider",
                areas=["accuracy"],
            ),
            prov("T", "9.2", "disclaimer", "disclaims", areas=["accuracy"]),
        ],
        "accuracy",
        "provider",
        D,
    ),
    (
        "IP indemnity",
        [
            prov(
                "T",
                "11.1",
                "indemnification",
                "commits",
                beneficiary="customer",
                scope=["ip_infringement"],
            )
        ],
        "ip_infringement",
        "provider",
        C,
    ),
    (
        "indemnity reaches only its scope",
        [
            prov(
                "T",
                "11.1",
                "indemnification",
                "commits",
                beneficiary="customer",
                areas=["fairness"],
                scope=["ip_infringement"],
            )
        ],
        "fairness",
        "provider",
        S,
    ),
    (
        "capped indemnity",
        [
            prov("T", "11.1", "indemnification", "commits", scope=["ip_infringement"]),
            prov("T", "12.2", "limitation_of_liability", "excludes", **CAP),
        ],
        "ip_infringement",
        "provider",
        L,
    ),
    (
        "indemnity carved out of the cap",
        [
            prov("T", "11.1", "indemnification", "commits", scope=["ip_infringement"]),
            prov(
                "T", "12.2", "limitation_of_liability", "excludes", carve_outs=["indemnity"], **CAP
            ),
        ],
        "ip_infringement",
        "provider",
        C,
    ),
    (
        "damages exclusion reaches a warranty",
        [
            prov("T", "9.1", "warranty", "commits", areas=["accuracy"]),
            prov(
                "T",
                "12.1",
                "limitation_of_liability",
                "excludes",
                excluded_damages=["consequential"],
            ),
        ],
        "accuracy",
        "provider",
        L,
    ),
    (
        "data breach carve-out shelters privacy",
        [
            prov("T", "6.1", "data_use", "commits", areas=["privacy"]),
            prov(
                "T",
                "12.2",
                "limitation_of_liability",
                "excludes",
                carve_outs=["data_breach"],
                **CAP,
            ),
        ],
        "privacy",
        "provider",
        C,
    ),
    (
        "the customer's cap does not reach the provider",
        [
            prov("T", "9.1", "warranty", "commits", areas=["accuracy"]),
            prov("T", "12.2", "limitation_of_liability", "excludes", obligor="customer", **CAP),
        ],
        "accuracy",
        "provider",
        C,
    ),
    (
        "indemnity excluding outputs",
        [
            prov(
                "T",
                "11.1",
                "indemnification",
                "commits",
                scope=["ip_infringement"],
                exclusions=["output"],
            )
        ],
        "ip_infringement",
        "provider",
        L,
    ),
    (
        "SLA with credits is not swallowed by the cap",
        [
            prov(
                "T",
                "3.4",
                "sla",
                "commits",
                metric="availability",
                target=99.9,
                credit_schedule=[10],
            ),
            prov("T", "12.2", "limitation_of_liability", "excludes", **CAP),
        ],
        "availability",
        "provider",
        C,
    ),
    (
        "SLA target without remedy",
        [prov("T", "3.4", "sla", "commits", metric="availability", target=99.9)],
        "availability",
        "provider",
        L,
    ),
    (
        "SLA measures only its metric",
        [prov("T", "3.4", "sla", "commits", metric="availability", credit_schedule=[10])],
        "accuracy",
        "provider",
        S,
    ),
    (
        "harm promised to the customer only",
        [
            prov(
                "T", "7.1", "warranty", "commits", beneficiary="customer", areas=["downstream_harm"]
            )
        ],
        "downstream_harm",
        "provider",
        L,
    ),
    (
        "an indemnity answers the claims of the people harmed",
        [
            prov(
                "T",
                "11.1",
                "indemnification",
                "commits",
                beneficiary="customer",
                scope=["bodily_injury"],
            )
        ],
        "downstream_harm",
        "provider",
        C,
    ),
    (
        "harm promised toward end users",
        [
            prov(
                "T", "7.1", "warranty", "commits", beneficiary="end_user", areas=["downstream_harm"]
            )
        ],
        "downstream_harm",
        "provider",
        C,
    ),
    (
        "change at will disclaims model stability",
        [prov("T", "8.1", "unilateral_change", "permits", changes=["model"], notice_days=None)],
        "model_change",
        "provider",
        D,
    ),
    (
        "the customer's general 'as is' (its feedback) disclaims no quality of the service",
        [prov("T", "9.6", "disclaimer", "disclaims", obligor="customer", general=True)],
        "accuracy",
        "customer",
        S,
    ),
    (
        "only the quality of what it supplies",
        [prov("T", "9.7", "disclaimer", "disclaims", obligor="customer", general=True)],
        "data_quality",
        "customer",
        D,
    ),
    (
        "a change the customer makes disclaims no model change for it",
        [
            prov(
                "T",
                "8.5",
                "unilateral_change",
                "permits",
                obligor="customer",
                areas=["model_change"],
                changes=["service"],
            )
        ],
        "model_change",
        "customer",
        S,
    ),
    (
        "nor for the provider",
        [
            prov(
                "T",
                "8.6",
                "unilateral_change",
                "permits",
                obligor="customer",
                areas=["model_change"],
                changes=["service"],
            )
        ],
        "model_change",
        "provider",
        S,
    ),
    (
        "notice before a model change covers it",
        [
            prov(
                "T",
                "8.2",
                "unilateral_change",
                "commits",
                areas=["model_change"],
                changes=["model"],
            )
        ],
        "model_change",
        "provider",
        C,
    ),
    (
        "notice of changes to the terms is no model-change promise",
        [
            prov(
                "T",
                "8.3",
                "unilateral_change",
                "commits",
                areas=["model_change"],
                changes=["terms"],
            )
        ],
        "model_change",
        "provider",
        S,
    ),
    (
        "notice of a change that names neither model nor service is none either",
        [prov("T", "8.4", "unilateral_change", "commits", areas=["model_change"])],
        "model_change",
        "provider",
        S,
    ),
    (
        "customer indemnity is the customer's commitment",
        [
            prov(
                "T",
                "11.3",
                "indemnification",
                "commits",
                obligor="customer",
                beneficiary="provider",
                scope=["violation_of_law"],
            )
        ],
        "regulatory_compliance",
        "customer",
        C,
    ),
    (
        "'not liable for decisions' disclaims the area it names",
        [prov("T", "4.3", "limitation_of_liability", "excludes", areas=["downstream_harm"])],
        "downstream_harm",
        "provider",
        D,
    ),
    (
        "an exclusion naming an area is no cap",
        [
            prov("T", "9.1", "warranty", "commits", areas=["accuracy"]),
            prov("T", "4.3", "limitation_of_liability", "excludes", areas=["downstream_harm"]),
        ],
        "accuracy",
        "provider",
        C,
    ),
    (
        "a duty to give information covers transparency",
        [
            prov(
                "T",
                "9.1",
                "audit_rights",
                "commits",
                beneficiary="customer",
                areas=["transparency", "security"],
            ),
            prov("T", "12", "limitation_of_liability", "excludes", **CAP),
        ],
        "transparency",
        "provider",
        C,
    ),
    (
        "a security audit is control, not a promise about security",
        [
            prov(
                "T",
                "9.1",
                "audit_rights",
                "commits",
                beneficiary="customer",
                areas=["transparency", "security"],
            )
        ],
        "security",
        "provider",
        S,
    ),
    (
        "a customer's audit right does not cover other areas",
        [prov("T", "9.1", "audit_rights", "permits", obligor="customer", areas=["security"])],
        "security",
        "provider",
        S,
    ),
    (
        "a promise nobody is bound by covers nobody",
        [prov("T", "9.1", "warranty", "commits", obligor=None, areas=["accuracy"])],
        "accuracy",
        "provider",
        S,
    ),
    (
        "an SLA sentence naming the customer is still the provider's",
        [
            prov(
                "T",
                "3.5",
                "sla",
                "commits",
                obligor="customer",
                metric="availability",
                credit_schedule=[10],
            )
        ],
        "availability",
        "customer",
        S,
    ),
    (
        "a promise not to train on customer data covers privacy",
        [prov("T", "1.3", "data_use", "permits", obligor="third_party", training="never")],
        "privacy",
        "provider",
        C,
    ),
    (
        "a right to train on customer data is no promise",
        [prov("T", "6.3", "data_use", "permits", areas=["privacy"], training="allowed")],
        "privacy",
        "provider",
        S,
    ),
    (
        "an unattributed SLA is the provider's",
        [
            prov(
                "T",
                "3.4",
                "sla",
                "commits",
                obligor=None,
                metric="availability",
                credit_schedule=[10],
            )
        ],
        "availability",
        "provider",
        C,
    ),
    (
        "a mutual promise binds both sides",
        [
            prov(
                "T",
                "14",
                "warranty",
                "commits",
                obligor=None,
                areas=["regulatory_compliance"],
                mutual=True,
            )
        ],
        "regulatory_compliance",
        "customer",
        C,
    ),
    (
        "support times striven for do not hollow the uptime credits",
        [
            prov("T", "5.2", "sla", "commits", areas=["availability"], sole_remedy=True),
            prov(
                "T",
                "5.3",
                "sla",
                "commits",
                areas=["availability"],
                metric="response_time",
                efforts="reasonable",
            ),
        ],
        "availability",
        "provider",
        C,
    ),
    (
        "uptime striven for hollows the credits",
        [
            prov("T", "5.2", "sla", "commits", areas=["availability"], sole_remedy=True),
            prov(
                "T",
                "5.3",
                "sla",
                "commits",
                areas=["availability"],
                metric="uptime",
                efforts="reasonable",
            ),
        ],
        "availability",
        "provider",
        L,
    ),
    (
        "notice before a feature is removed is no model notice",
        [
            prov(
                "T",
                "5.1",
                "unilateral_change",
                "permits",
                areas=["model_change"],
                changes=["model", "features"],
            ),
            prov(
                "T",
                "5.1",
                "unilateral_change",
                "commits",
                areas=["model_change"],
                changes=["features"],
            ),
        ],
        "model_change",
        "provider",
        D,
    ),
    (
        "notice of a change to the service is notice of model change",
        [
            prov(
                "T",
                "5.1",
                "unilateral_change",
                "permits",
                areas=["model_change"],
                changes=["model"],
            ),
            prov(
                "T",
                "5.2",
                "unilateral_change",
                "commits",
                areas=["model_change"],
                changes=["service"],
            ),
        ],
        "model_change",
        "provider",
        C,
    ),
    (
        "governing law is no commitment",
        [prov("T", "15.1", "governing_law", "commits", areas=["regulatory_compliance"])],
        "regulatory_compliance",
        "provider",
        S,
    ),
]


@pytest.mark.parametrize("name,provisions,area,party,expected", CASES, ids=[c[0] for c in CASES])
def test_cell_status(name, provisions, area, party, expected):
    matrix = coverage([doc("T", "terms_of_service", provisions)], AREA_IDS)
    cell = matrix.cell(area, PartyRole(party))
    assert cell is not None
    assert cell.status == expected, cell.note
    if expected != S:
        assert cell.provisions, "a decided cell names the provisions that decide it"
        assert set(cell.provisions) <= {p.id for p in provisions}
    else:
        assert cell.provisions == []


def test_change_right_of_the_side_giving_the_service():
    """In a deployer's end-user terms the customer role gives the service: its right to change
    the service disclaims model change; in the vendor's terms the same right of the customer
    does not."""
    change = prov("E", "4", "unilateral_change", "permits", obligor="customer", changes=["service"])
    eut = coverage([doc("E", "end_user_terms", [change])], AREA_IDS)
    assert eut.cell("model_change", PartyRole.customer).status == D
    tos = coverage([doc("E", "terms_of_service", [change])], AREA_IDS)
    assert tos.cell("model_change", PartyRole.customer).status == S


def test_matrix_has_every_area_for_provider_and_customer():
    matrix = coverage([doc("T", "terms_of_service", [])], AREA_IDS)
    assert matrix.parties == [PartyRole.provider, PartyRole.customer]
    assert {(c.area, c.party) for c in matrix.cells} == {
        (a, p) for a in AREA_IDS for p in (PartyRole.provider, PartyRole.customer)
    }


def test_chain_adds_end_user_and_data_supplier_columns():
    sow = doc(
        "S",
        "sow",
        [
            prov("S", "3", "warranty", "commits", obligor="data_supplier", areas=["data_quality"]),
            prov("S", "6", "disclaimer", "disclaims", obligor=None, areas=["fairness"]),
        ],
    )
    eut = doc(
        "E",
        "end_user_terms",
        [prov("E", "5", "responsibility_allocation", "assigns", obligor=None, areas=["accuracy"])],
    )
    matrix = coverage([sow, eut], AREA_IDS)
    assert matrix.parties == [
        PartyRole.provider,
        PartyRole.customer,
        PartyRole.end_user,
        PartyRole.data_supplier,
    ]
    # the labeller's SOW covers data quality; an unattributed disclaimer in a SOW is the labeller's
    assert matrix.cell("data_quality", PartyRole.data_supplier).status == C
    assert matrix.cell("fairness", PartyRole.data_supplier).status == D
    assert matrix.cell("data_quality", PartyRole.provider).status == S
    # in the deployer's end-user terms, an assignment lands on the end user
    assert matrix.cell("accuracy", PartyRole.end_user).status == A


def test_cap_decides_the_cell_with_the_commitment():
    ind = prov("T", "11.1", "indemnification", "commits", scope=["ip_infringement"])
    cap = prov("T", "12.2", "limitation_of_liability", "excludes", **CAP)
    cell = coverage([doc("T", "terms_of_service", [ind, cap])], AREA_IDS).cell(
        "ip_infringement", PartyRole.provider
    )
    assert cell.status == L and set(cell.provisions) == {ind.id, cap.id}
    assert "cap" in cell.note


def _privacy_set(manifest):
    tos = doc(
        "T",
        "terms_of_service",
        [prov("T", "12.2", "limitation_of_liability", "excludes", **CAP)],
        path="set/terms.pdf",
    )
    dpa = doc(
        "P",
        "dpa",
        [
            prov("P", "4.1", "data_use", "commits", areas=["privacy"]),
            prov(
                "P",
                "13",
                "limitation_of_liability",
                "excludes",
                carve_outs=["data_breach"],
                cap_months=24,
                cap_basis="fees_paid",
            ),
        ],
        path="set/dpa.md",
    )
    return coverage([tos, dpa], AREA_IDS, manifest)


def test_precedence_sets_aside_the_subordinate_cap():
    assert _privacy_set(None).cell("privacy", PartyRole.provider).status == L
    manifest = Manifest(
        precedence=[Precedence(document="dpa.md", over="terms.pdf", areas=["privacy"])]
    )
    assert _privacy_set(manifest).cell("privacy", PartyRole.provider).status == C
    by_kind = Manifest(precedence=[Precedence(document="dpa", over="terms_of_service")])
    assert _privacy_set(by_kind).cell("privacy", PartyRole.provider).status == C


def test_precedence_limited_to_its_areas():
    manifest = Manifest(
        precedence=[Precedence(document="dpa.md", over="terms.pdf", areas=["security"])]
    )
    assert _privacy_set(manifest).cell("privacy", PartyRole.provider).status == L


def test_precedence_lets_an_addendum_override_a_named_disclaimer():
    tos = doc(
        "T",
        "terms_of_service",
        [prov("T", "9.2", "disclaimer", "disclaims", areas=["accuracy"])],
        path="s/terms.pdf",
    )
    add = doc(
        "A",
        "ai_addendum",
        [prov("A", "2", "warranty", "commits", general=True)],
        path="s/addendum.pdf",
    )
    assert coverage([tos, add], AREA_IDS).cell("accuracy", PartyRole.provider).status == D
    manifest = Manifest(precedence=[Precedence(document="addendum.pdf", over="terms.pdf")])
    assert coverage([tos, add], AREA_IDS, manifest).cell("accuracy", PartyRole.provider).status == C
