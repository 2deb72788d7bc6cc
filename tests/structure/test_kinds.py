"""Document kind from title, headings and content, with evidence."""

from __future__ import annotations

import pytest

from contractscan.kinds import detect_kind
from contractscan.models import DocumentKind as K
from contractscan.segment import segment

from .helpers import doc

CASES = [
    (
        (
            "Data Processing Addendum\n\nThis DPA forms part of the Agreement. The Processor shall process "
            "personal data of data subjects on behalf of the Controller.\n\n1. Subprocessors\n\nText.\n"
        ),
        K.dpa,
    ),
    (
        "Service Level Agreement\n\n1. Availability\n\nMonthly Uptime of 99.9%. Service Credits apply.\n",
        K.sla,
    ),
    (
        "# Acme Terms of Service\n\nBy using our Services you agree to these Terms.\n\n1. Your Account\n\nText.\n",
        K.terms_of_service,
    ),
    (
        (
            "MASTER SUBSCRIPTION AGREEMENT\n\nBetween A and B.\n\n1. Services\n\nText.\n\nSCHEDULE 2\nAI ADDENDUM\n\n"
            "A.1 Outputs. AI outputs may be wrong.\n"
        ),
        K.master_agreement,
    ),
    (
        (
            "AI Addendum\n\nThis AI Addendum supplements the Agreement. AI Features use generative models.\n\n"
            "1. Outputs\n\nText.\n"
        ),
        K.ai_addendum,
    ),
    (
        "Acceptable Use Policy\n\nYou may not use the Services to do harm.\n\n1. Prohibited Uses\n\nText.\n",
        K.acceptable_use_policy,
    ),
    (
        "ORDER FORM\n\nSubscription Term: 12 months. Billing Frequency: annual.\n\n1. Fees\n\nText.\n",
        K.order_form,
    ),
    (
        "STATEMENT OF WORK NO. 3\n\nDATA ANNOTATION SERVICES\n\n1. Deliverables\n\nLabelled data.\n",
        K.sow,
    ),
    (
        "Candidate Terms of Use\n\nNo, this is for candidates.\n\n1. Applying\n\nText.\n",
        K.end_user_terms,
    ),
    ("Patient Terms\n\nThese terms apply to patients.\n\n1. Care\n\nText.\n", K.end_user_terms),
    (
        "Fenwick Imaging \u2014 Clinical Software Terms\n\nThese Terms are between Fenwick and you.\n\n"
        "1. Your responsibilities\n\nText.\n",
        K.terms_of_service,
    ),
    ("Payment Terms\n\nInvoices are due in 30 days.\n", K.other),
    # a vendor's name for its terms counts only as the title, not as a section heading
    (
        "SERVICES AGREEMENT\n\n1. Definitions\n\nText.\n\n2. Customer Terms\n\nText.\n",
        K.master_agreement,
    ),
    ("Meeting notes\n\nWe talked about lunch.\n", K.other),
    # "Master Subscription Terms" are a master agreement, whatever the title goes on to say
    (
        "Master Subscription Terms \u2013 Financial Services\n\nThese Terms are between Pardalote and "
        'the bank named in an order for Services (an "Order Form").\n\n1. Definitions\n\nText.\n',
        K.master_agreement,
    ),
    # with no title, the document the opening names first is this one, not another it mentions
    (
        "Version 4.2\n\nThese Master Services Terms are entered into between Pardalote and the bank "
        'named in an order signed by both parties (an "Order Form").\n\n1. Definitions\n\nText.\n',
        K.master_agreement,
    ),
]


@pytest.mark.parametrize("text,kind", CASES, ids=[c[1].value + ":" + c[0][:20] for c in CASES])
def test_kind(text: str, kind: K) -> None:
    d = doc(text)
    clauses, _ = segment(d)
    got, evidence = detect_kind(d, clauses)
    assert got == kind
    assert evidence  # every decision says why


def test_title_evidence_quotes_the_title() -> None:
    d = doc("Data Processing Addendum\n\n1. Scope\n\nText.\n")
    clauses, _ = segment(d)
    _, evidence = detect_kind(d, clauses)
    assert evidence[0] == 'title: "Data Processing Addendum"'
