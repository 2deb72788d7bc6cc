"""Properties of set-level analysis over random provisions (hypothesis)."""

from __future__ import annotations

from coverage_builders import AREA_IDS, AREAS, doc, prov
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contractscan.contract_set import analyze_set
from contractscan.models import GapKind
from contractscan.playbook import load_playbook

PLAYBOOK = load_playbook()
KINDS = ["terms_of_service", "sla", "dpa", "ai_addendum", "end_user_terms", "sow", "other"]
ROLES = [None, "provider", "customer", "end_user", "data_supplier"]

_attrs = st.sampled_from(
    [
        {},
        {"general": True},
        {"general": True, "except_as_provided": True},
        {"efforts": "commercially_reasonable"},
        {"cap_basis": "fees_paid", "cap_months": 12},
        {"cap_months": 3, "carve_outs": ["indemnity"]},
        {"excluded_damages": ["consequential"], "carve_outs": ["data_breach"]},
        {"metric": "availability", "target": 99.9, "credit_schedule": [10]},
        {"metric": "accuracy", "target": 90.0},
        {"scope": ["ip_infringement"]},
        {"scope": ["bodily_injury", "discrimination"], "exclusions": ["output"]},
        {"notice_days": None, "changes": ["model"]},
        {"notice_days": 10, "changes": ["terms"]},
    ]
)
_type_stance = st.sampled_from(
    [
        ("warranty", "commits"),
        ("disclaimer", "disclaims"),
        ("responsibility_allocation", "assigns"),
        ("indemnification", "commits"),
        ("limitation_of_liability", "excludes"),
        ("sla", "commits"),
        ("audit_rights", "commits"),
        ("unilateral_change", "permits"),
        ("third_party_beneficiary", "excludes"),
        ("data_use", "commits"),
        ("incident_notification", "commits"),
        ("limitation_of_liability", "disclaims"),
    ]
)


@st.composite
def provisions(draw, doc_id: str):
    type_, stance = draw(_type_stance)
    return prov(
        doc_id,
        str(draw(st.integers(1, 20))),
        type_,
        stance,
        obligor=draw(st.sampled_from(ROLES)),
        beneficiary=draw(st.sampled_from(ROLES)),
        areas=draw(st.lists(st.sampled_from(AREA_IDS), max_size=3)),
        **draw(_attrs),
    )


@st.composite
def contract_sets(draw):
    n = draw(st.integers(1, 3))
    return [
        doc(f"D{i}", draw(st.sampled_from(KINDS)), draw(st.lists(provisions(f"D{i}"), max_size=8)))
        for i in range(n)
    ]


def analyse(documents):
    return analyze_set("prop", "prop", documents, AREAS, PLAYBOOK)


def gaps_of(cs):
    return {(g.area, g.kind) for g in cs.gaps}


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(contract_sets(), st.sampled_from(AREA_IDS), st.sampled_from(KINDS))
def test_express_warranty_closes_uncovered(documents, area, kind):
    warranty = prov("W", "1", "warranty", "commits", obligor="provider", areas=[area])
    cs = analyse([*documents, doc("W", kind, [warranty])])
    assert (area, GapKind.uncovered) not in gaps_of(cs)
    assert (area, GapKind.residual) not in gaps_of(cs)


@PROPS
@given(
    contract_sets(),
    st.lists(
        st.sampled_from(["governing_law", "jurisdiction", "arbitration", "termination"]), max_size=3
    ),
)
def test_unrelated_document_never_removes_a_gap(documents, types):
    before = gaps_of(analyse(documents))
    unrelated = doc(
        "U", "other", [prov("U", str(i), t, "permits", obligor=None) for i, t in enumerate(types)]
    )
    assert before <= gaps_of(analyse([*documents, unrelated]))


@PROPS
@given(contract_sets(), st.randoms(use_true_random=False))
def test_order_does_not_matter(documents, rnd):
    shuffled = [
        d.model_copy(update={"provisions": rnd.sample(d.provisions, len(d.provisions))})
        for d in documents
    ]
    rnd.shuffle(shuffled)
    a, b = analyse(documents), analyse(shuffled)
    assert a.coverage == b.coverage
    assert a.gaps == b.gaps
    assert a.summary == b.summary
