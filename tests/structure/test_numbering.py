"""Numbering that restarts inside lettered parts or schedules is cited with its parent, so a
citation names one clause; numbers that occur once stay as the document prints them."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractscan.extract import extract
from contractscan.models import Clause
from contractscan.numbering import cited, qualify_numbers
from contractscan.structure import analyze_structure

PARTS = """\
Orrin Terms of Service
======================

A. Your Account
===============

**1\\. Registration**

You must give us accurate information when you register.

**2\\. Security**

You are responsible for keeping your password confidential.

B. Limitations
==============

**1\\. Content Accuracy**

Outputs may contain errors.

**2\\. Disclaimer of Warranties**

The Service is provided "as is".
"""

AGREEMENT = """\
MASTER SERVICES AGREEMENT

1. Services

Vendor will provide the Services described in Schedule 1.

2. Fees

Customer will pay the fees within 30 days of invoice.

SCHEDULE 1 SERVICE LEVELS

1. Availability

Vendor will make the Services available 99.9% of the time in each calendar month.

2. Service Credits

If availability falls below the target, Customer will receive a credit of 5% of the monthly fees.
"""


def _structure(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyze_structure(extract(path, doc_id="D1"))


def test_lettered_parts_qualify_their_restarted_numbers(tmp_path):
    st = _structure(tmp_path, "terms.md", PARTS)
    cites = {c.citation for c in st.clauses}
    assert {"B.1 Content Accuracy", "B.2 Disclaimer of Warranties"} <= cites, cites
    # each qualified number names one clause
    refs = [c.ref for c in st.clauses if c.qualified]
    assert refs and len(refs) == len(set(refs))


# No title above the parts: the first part's heading holds a title word ("Terms") but opens
# part A, so its sections are cited A.1, A.2 like B's; the preamble keeps only the date line.
UNTITLED_PARTS = {
    "setext.md": """\
Effective: 3 February 2025

A. General Terms
================

_In short: these terms apply whenever you use Tamsworth._

**1\\. Who We Are**

Tamsworth Labs, Inc. runs the Service.

**2\\. Eligibility**

You must be at least 18 years old.

B. Paid Plans
=============

**1\\. Billing**

Plans renew each month until cancelled.

**2\\. Taxes**

Prices exclude taxes.
""",
    "atx.md": """\
Effective: 3 February 2025

## A. General Terms

**1\\. Who We Are**

Tamsworth Labs, Inc. runs the Service.

**2\\. Eligibility**

You must be at least 18 years old.

## B. Paid Plans

**1\\. Billing**

Plans renew each month until cancelled.

**2\\. Taxes**

Prices exclude taxes.
""",
    "capitals.txt": """\
Effective: 3 February 2025

A. GENERAL TERMS

1. Who We Are

Tamsworth Labs, Inc. runs the Service.

2. Eligibility

You must be at least 18 years old.

B. PAID PLANS

1. Billing

Plans renew each month until cancelled.

2. Taxes

Prices exclude taxes.
""",
}


@pytest.mark.parametrize("name", sorted(UNTITLED_PARTS))
def test_the_first_lettered_part_is_a_part_not_the_preamble(tmp_path, name):
    st = _structure(tmp_path, name, UNTITLED_PARTS[name])
    sections = {"Who We Are": "A.1", "Eligibility": "A.2", "Billing": "B.1", "Taxes": "B.2"}
    refs = {c.heading: c.ref for c in st.clauses if c.heading in sections}
    assert refs == sections, refs
    preamble = next(c for c in st.clauses if c.id == "c-preamble")
    assert preamble.text.strip() == "Effective: 3 February 2025"


def test_lettered_recitals_hold_no_sections(tmp_path):
    # recitals lettered A., B. are sentences, not parts: the sections after them stay on top
    text = (
        "SUPPLY AGREEMENT\n\nThis Agreement is made between Harrow Mills Ltd and Calder Foods plc."
        "\n\nA. Harrow Mills makes flour.\n\nB. Calder Foods wishes to buy flour.\n\n"
        "1. Supply\n\nHarrow Mills will supply flour.\n\n2. Price\n\nCalder Foods will pay.\n"
    )
    st = _structure(tmp_path, "supply.txt", text)
    by_heading = {c.heading: c for c in st.clauses if c.heading}
    assert by_heading["Supply"].parent is None and by_heading["Price"].parent is None


def test_a_title_that_opens_no_parts_stays_the_title(tmp_path):
    # "A." before a title that no "B." follows: the title of the document, as before
    text = (
        "## A. Services Agreement\n\n**1\\. Services**\n\nVendor provides the Services.\n\n"
        "**2\\. Fees**\n\nFees are due.\n"
    )
    st = _structure(tmp_path, "one.md", text)
    assert [c.id for c in st.clauses][:2] == ["c-preamble", "c-1"]


def test_a_schedule_qualifies_its_paragraphs_and_the_body_keeps_its_numbers(tmp_path):
    st = _structure(tmp_path, "msa.txt", AGREEMENT)
    by_heading = {c.heading: c for c in st.clauses if c.heading}
    assert by_heading["Availability"].ref == "Schedule 1 ¶1"
    assert by_heading["Service Credits"].ref == "Schedule 1 ¶2"
    # the body's own "1. Services" has no parent to qualify it with: it stays "1"
    assert by_heading["Services"].qualified is None and by_heading["Services"].ref == "1"
    assert cited(by_heading["Service Credits"].ref) == "Schedule 1 ¶2"


def test_unique_numbers_stay_unqualified():
    clauses = [
        Clause(id="c-9", number="9", start=0, end=10, text="x"),
        Clause(id="c-9.2", number="9.2", parent="c-9", start=2, end=10, text="x"),
    ]
    assert qualify_numbers(clauses) == clauses


@pytest.mark.parametrize(
    ("child", "parent", "expected"),
    [
        (("3", None), ("F", None), "F.3"),
        (("3", None), (None, "F. Limitations and Disclaimers"), "F.3"),
        (("(b)", None), ("IV", None), "IV(b)"),
        (("5", None), ("Schedule 1", "Service Levels"), "Schedule 1 ¶5"),
        (("5", None), (None, "Limitations"), None),  # a parent with no mark: nothing to add
    ],
)
def test_qualified_forms(child, parent, expected):
    p = Clause(id="p", number=parent[0], heading=parent[1], start=0, end=100, text="x")
    a = Clause(id="a", number=child[0], parent="p", start=10, end=20, text="x")
    b = Clause(id="b", number=child[0], start=30, end=40, text="x")
    out = {c.id: c for c in qualify_numbers([p, a, b])}
    assert out["a"].qualified == expected
    assert out["b"].qualified is None


@pytest.mark.parametrize(
    ("ref", "printed"),
    [("9.2", "§9.2"), ("F.3", "§F.3"), ("Schedule 1 ¶5", "Schedule 1 ¶5"), ("Annex 1", "Annex 1")],
)
def test_cited(ref, printed):
    assert cited(ref) == printed
