"""Provisions -> gaps (DESIGN 3.6) with severities from the playbook, and the worked example of DESIGN 3.5."""

from __future__ import annotations

import pytest
from coverage_builders import AREAS, doc, prov

from contractscan.contract_set import analyze_set
from contractscan.gaps import gap_id, severity_at_least
from contractscan.models import CoverageStatus, GapKind, PartyRole, Severity
from contractscan.playbook import load_playbook

PLAYBOOK = load_playbook()
CAP = {"cap_basis": "fees_paid", "cap_months": 12}


def run(*documents, playbook=PLAYBOOK, manifest=None):
    return analyze_set(
        "set-1", "test set", list(documents), AREAS, playbook, manifest=manifest, path="set"
    )


def kinds(cs):
    return {(g.area, g.kind.value) for g in cs.gaps}


def cell(cs, area, party):
    return next(
        c for c in cs.coverage if c.area == area and c.party == PartyRole(party)
    ).status.value


# ---------------------------------------------------------------- the worked example (DESIGN 3.5)


def worked_example(audit_right: bool = False):
    terms = [
        prov(
            "T",
            "9.2",
            "disclaimer",
            "disclaims",
            areas=["accuracy", "fairness"],
            pid="p9.2",
            quote="Outputs are provided as is; we do not warrant that Outputs are accurate or free from bias",
        ),
        prov(
            "T",
            "4.3",
            "responsibility_allocation",
            "assigns",
            obligor="customer",
            areas=["accuracy", "downstream_harm"],
            pid="p4.3",
            quote="You are solely responsible for decisions you make using Outputs",
        ),
        prov(
            "T",
            "11.1",
            "indemnification",
            "commits",
            beneficiary="customer",
            areas=["ip_infringement"],
            scope=["ip_infringement"],
            pid="p11.1",
            quote="We will defend you against third-party claims that the Services infringe",
        ),
        prov(
            "T",
            "12.2",
            "limitation_of_liability",
            "excludes",
            pid="p12.2",
            quote="Our total liability will not exceed the fees you paid in the 12 months",
            **CAP,
        ),
    ]
    if audit_right:
        terms.append(
            prov("T", "7.4", "audit_rights", "commits", beneficiary="customer", pid="p7.4")
        )
    sla = [
        prov(
            "S",
            "2.1",
            "sla",
            "commits",
            areas=["availability"],
            metric="availability",
            target=99.9,
            credit_schedule=[10, 25],
            sole_remedy=True,
            pid="pS2.1",
        )
    ]
    return run(
        doc(
            "T",
            "terms_of_service",
            terms,
            path="set/terms.pdf",
            headings={
                "9.2": "Disclaimers",
                "4.3": "Your Decisions",
                "11.1": "Indemnity",
                "12.2": "Cap",
            },
        ),
        doc("S", "sla", sla, path="set/sla.pdf"),
    )


def test_worked_example_matrix():
    cs = worked_example()
    expected = {
        ("accuracy", "provider"): "disclaimed",
        ("accuracy", "customer"): "assigned",
        ("fairness", "provider"): "disclaimed",
        ("fairness", "customer"): "silent",
        ("downstream_harm", "customer"): "assigned",
        ("ip_infringement", "provider"): "limited",
        ("availability", "provider"): "covered",
    }
    assert {k: cell(cs, *k) for k in expected} == expected
    ip = next(
        c for c in cs.coverage if c.area == "ip_infringement" and c.party == PartyRole.provider
    )
    assert set(ip.provisions) == {"p11.1", "p12.2"}


def test_worked_example_gaps():
    found = kinds(worked_example())
    for gap in [
        ("fairness", "uncovered"),
        ("accuracy", "residual"),
        ("downstream_harm", "residual"),
        ("downstream_harm", "responsibility_without_control"),
        ("accuracy", "responsibility_without_control"),
        ("accuracy", "sla_blind_spot"),
        ("fairness", "sla_blind_spot"),
        ("ip_infringement", "cap_exposure"),
    ]:
        assert gap in found
    assert ("availability", "sla_blind_spot") not in found
    assert ("availability", "uncovered") not in found
    assert ("ip_infringement", "uncovered") not in found
    assert not any(
        kind == "uncovered" for area, kind in found if area in ("accuracy", "downstream_harm")
    )


def test_worked_example_audit_right_removes_responsibility_without_control():
    found = kinds(worked_example(audit_right=True))
    assert ("downstream_harm", "residual") in found
    assert not any(kind == "responsibility_without_control" for _, kind in found)


def test_gap_evidence_cites_clause_heading_page_and_quote():
    cs = worked_example()
    gap = next(g for g in cs.gaps if (g.area, g.kind) == ("fairness", GapKind.uncovered))
    assert gap.id == gap_id("set-1", "fairness", GapKind.uncovered)
    [ev] = gap.evidence
    assert (ev.provision, ev.path, ev.clause, ev.heading, ev.page) == (
        "p9.2",
        "set/terms.pdf",
        "9.2",
        "Disclaimers",
        1,
    )
    assert "free from bias" in ev.quote
    assert "(terms.pdf §9.2, p. 1)" in gap.explanation and "disclaims" in gap.explanation
    assert (
        gap.remedy and gap.severity == Severity.high
    )  # default playbook: fairness provider covered or limited


def test_gaps_sorted_by_severity_then_area():
    gaps = worked_example().gaps
    keys = [(-g.severity.rank, g.area, g.kind.value) for g in gaps]
    assert keys == sorted(keys)
    assert len({g.id for g in gaps}) == len(gaps)


# ---------------------------------------------------------------- one row per gap kind


def tos(*provisions):
    return doc("T", "terms_of_service", list(provisions), path="set/terms.pdf")


GAP_CASES = [
    ("silent area is uncovered", [tos()], ("privacy", "uncovered"), True),
    (
        "covered area is not uncovered",
        [tos(prov("T", "6", "data_use", "commits", areas=["privacy"]))],
        ("privacy", "uncovered"),
        False,
    ),
    (
        "assigned area is residual",
        [
            tos(
                prov(
                    "T",
                    "4",
                    "responsibility_allocation",
                    "assigns",
                    obligor="customer",
                    areas=["human_oversight"],
                )
            )
        ],
        ("human_oversight", "residual"),
        True,
    ),
    (
        "residual is not uncovered",
        [
            tos(
                prov(
                    "T",
                    "4",
                    "responsibility_allocation",
                    "assigns",
                    obligor="customer",
                    areas=["human_oversight"],
                )
            )
        ],
        ("human_oversight", "uncovered"),
        False,
    ),
    (
        "audit right on the area gives control",
        [
            tos(
                prov(
                    "T",
                    "4",
                    "responsibility_allocation",
                    "assigns",
                    obligor="customer",
                    areas=["security"],
                ),
                prov(
                    "T", "9", "audit_rights", "commits", beneficiary="customer", areas=["security"]
                ),
            )
        ],
        ("security", "responsibility_without_control"),
        False,
    ),
    (
        "audit right on another area gives no control",
        [
            tos(
                prov(
                    "T",
                    "4",
                    "responsibility_allocation",
                    "assigns",
                    obligor="customer",
                    areas=["accuracy"],
                ),
                prov(
                    "T", "9", "audit_rights", "commits", beneficiary="customer", areas=["security"]
                ),
            )
        ],
        ("accuracy", "responsibility_without_control"),
        True,
    ),
    ("no SLA, no blind spot", [tos()], ("accuracy", "sla_blind_spot"), False),
    (
        "accuracy SLA sees accuracy",
        [tos(prov("T", "3", "sla", "commits", metric="accuracy", target=95, credit_schedule=[5]))],
        ("accuracy", "sla_blind_spot"),
        False,
    ),
    (
        "a labeller's turnaround SLA is blind to data quality",
        [
            doc(
                "S",
                "sow",
                [
                    prov(
                        "S",
                        "3.2",
                        "sla",
                        "commits",
                        obligor=None,
                        metric="throughput",
                        credit_schedule=[5],
                    )
                ],
            )
        ],
        ("data_quality", "sla_blind_spot"),
        True,
    ),
    (
        "a provider's uptime SLA is not expected to measure data quality",
        [
            tos(
                prov(
                    "T",
                    "3",
                    "sla",
                    "commits",
                    metric="availability",
                    target=99.9,
                    credit_schedule=[10],
                )
            )
        ],
        ("data_quality", "sla_blind_spot"),
        False,
    ),
    (
        "IP-only indemnity leaves fairness out",
        [
            tos(
                prov(
                    "T",
                    "11",
                    "indemnification",
                    "commits",
                    beneficiary="customer",
                    scope=["ip_infringement"],
                )
            )
        ],
        ("fairness", "indemnity_scope"),
        True,
    ),
    (
        "discrimination indemnity reaches fairness",
        [
            tos(
                prov(
                    "T",
                    "11",
                    "indemnification",
                    "commits",
                    beneficiary="customer",
                    scope=["discrimination"],
                )
            )
        ],
        ("fairness", "indemnity_scope"),
        False,
    ),
    (
        "customer's indemnity of the provider is no protection gap",
        [
            tos(
                prov(
                    "T",
                    "11",
                    "indemnification",
                    "commits",
                    obligor="customer",
                    beneficiary="provider",
                    scope=["violation_of_law"],
                )
            )
        ],
        ("fairness", "indemnity_scope"),
        False,
    ),
    (
        "cap reaches a warranty",
        [
            tos(
                prov("T", "9", "warranty", "commits", areas=["accuracy"]),
                prov("T", "12", "limitation_of_liability", "excludes", **CAP),
            )
        ],
        ("accuracy", "cap_exposure"),
        True,
    ),
    (
        "carve-out shelters",
        [
            tos(
                prov("T", "6", "data_use", "commits", areas=["privacy"]),
                prov(
                    "T",
                    "12",
                    "limitation_of_liability",
                    "excludes",
                    carve_outs=["data_breach"],
                    **CAP,
                ),
            )
        ],
        ("privacy", "cap_exposure"),
        False,
    ),
    (
        "no third-party beneficiaries and no promise to end users",
        [tos(prov("T", "16", "third_party_beneficiary", "excludes", obligor=None))],
        ("downstream_harm", "no_recourse"),
        True,
    ),
    (
        "end-user terms cover harm to end users",
        [
            tos(prov("T", "16", "third_party_beneficiary", "excludes", obligor=None)),
            doc(
                "E",
                "end_user_terms",
                [
                    prov(
                        "E",
                        "7",
                        "warranty",
                        "commits",
                        obligor="customer",
                        beneficiary="end_user",
                        areas=["downstream_harm"],
                    )
                ],
            ),
        ],
        ("downstream_harm", "no_recourse"),
        False,
    ),
    (
        "change without notice",
        [tos(prov("T", "8", "unilateral_change", "permits", changes=["model"], notice_days=None))],
        ("model_change", "unnoticed_change"),
        True,
    ),
    (
        "change on short notice",
        [tos(prov("T", "8", "unilateral_change", "permits", changes=["terms"], notice_days=7))],
        ("model_change", "unnoticed_change"),
        True,
    ),
    (
        "change on enough notice",
        [tos(prov("T", "8", "unilateral_change", "permits", changes=["model"], notice_days=90))],
        ("model_change", "unnoticed_change"),
        False,
    ),
    (
        "fee changes are not model changes",
        [tos(prov("T", "10", "unilateral_change", "permits", changes=["fees"], notice_days=None))],
        ("model_change", "unnoticed_change"),
        False,
    ),
    (
        "SLA under the minimum uptime",
        [
            tos(
                prov(
                    "T",
                    "3",
                    "sla",
                    "commits",
                    metric="availability",
                    target=99.0,
                    credit_schedule=[10],
                )
            )
        ],
        ("availability", "below_playbook"),
        True,
    ),
    (
        "SLA at the minimum uptime",
        [
            tos(
                prov(
                    "T",
                    "3",
                    "sla",
                    "commits",
                    metric="availability",
                    target=99.5,
                    credit_schedule=[10],
                )
            )
        ],
        ("availability", "below_playbook"),
        False,
    ),
    (
        "required party does not cover, the customer does",
        [
            tos(
                prov("T", "9", "disclaimer", "disclaims", areas=["fairness"]),
                prov("T", "4", "warranty", "commits", obligor="customer", areas=["fairness"]),
            )
        ],
        ("fairness", "below_playbook"),
        True,
    ),
]


@pytest.mark.parametrize("name,documents,gap,present", GAP_CASES, ids=[c[0] for c in GAP_CASES])
def test_gap_table(name, documents, gap, present):
    cs = run(*documents)
    assert (gap in kinds(cs)) is present, [(g.area, g.kind.value, g.explanation) for g in cs.gaps]


def test_uncovered_and_residual_exclude_each_other():
    cs = worked_example()
    for area in {g.area for g in cs.gaps}:
        own = {g.kind for g in cs.gaps if g.area == area}
        assert not {GapKind.uncovered, GapKind.residual} <= own


def test_cap_under_minimum_raises_severity():
    def cap_gap(months):
        cs = run(
            tos(
                prov("T", "9", "warranty", "commits", areas=["accuracy"]),
                prov(
                    "T",
                    "12",
                    "limitation_of_liability",
                    "excludes",
                    cap_basis="fees_paid",
                    cap_months=months,
                ),
            )
        )
        return next(g for g in cs.gaps if (g.area, g.kind) == ("accuracy", GapKind.cap_exposure))

    assert cap_gap(12).severity == Severity.low
    low = cap_gap(3)
    assert low.severity == Severity.medium and "minimum of 12 months" in low.explanation


def test_unnoticed_change_explains_notice():
    cs = run(
        tos(prov("T", "8", "unilateral_change", "permits", changes=["model"], notice_days=None))
    )
    gap = next(g for g in cs.gaps if g.kind == GapKind.unnoticed_change)
    assert "without notice" in gap.explanation and "model" in gap.explanation


def test_severity_at_least():
    gaps = worked_example().gaps
    top = max(g.severity.rank for g in gaps)
    assert severity_at_least(gaps, Severity.high)
    assert severity_at_least(gaps, "low")
    assert not severity_at_least(gaps, Severity.critical) or top == Severity.critical.rank
    assert not severity_at_least([], Severity.info)


def test_summary_counts_each_area_once():
    cs = worked_example()
    s = cs.summary
    assert s.areas == 13 == s.covered + s.limited + s.assigned + s.disclaimed + s.silent
    assert (s.covered, s.limited) == (1, 1)  # availability covered, ip_infringement limited
    assert s.gaps == len(cs.gaps) == sum(s.gaps_by_severity.values())
    assert all(c.status in CoverageStatus for c in cs.coverage)
