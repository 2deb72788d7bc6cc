"""Clause segmentation: numbering styles, headings, hierarchy, ids, false numbers."""

from __future__ import annotations

import itertools

import pytest

from contractscan.segment import segment

from .helpers import doc


def outline(text: str) -> list[tuple[str | None, str | None, str | None]]:
    clauses, _ = segment(doc(text))
    return [(c.number, c.heading, c.parent) for c in clauses if c.id != "c-preamble"]


CASES = [
    (
        "decimal numbering with run-in headings",
        (
            "1. Definitions\n\n1.1 Services. The services we sell.\n\n1.2 Fees. What you pay.\n\n"
            "2. Limitation of Liability\n\n2.1 Cap. Our liability is capped.\n"
        ),
        [
            ("1", "Definitions", None),
            ("1.1", "Services", "c-1"),
            ("1.2", "Fees", "c-1"),
            ("2", "Limitation of Liability", None),
            ("2.1", "Cap", "c-2"),
        ],
    ),
    (
        "enumerations under a section, roman inside alpha",
        (
            "9. Warranties\n\n9.2 Disclaimer. Except as stated:\n(a) no warranty of accuracy;\n"
            "(b) no warranty that outputs are:\n(i) free of bias; or\n(ii) lawful; and\n(c) no fitness.\n"
        ),
        [
            ("9", "Warranties", None),
            ("9.2", "Disclaimer", "c-9"),
            ("9.2(a)", None, "c-9.2"),
            ("9.2(b)", None, "c-9.2"),
            ("9.2(b)(i)", None, "c-9.2(b)"),
            ("9.2(b)(ii)", None, "c-9.2(b)"),
            ("9.2(c)", None, "c-9.2"),
        ],
    ),
    (
        "(i) continues an alpha list after (h)",
        "4. List\n\n" + "".join(f"({c}) item {c};\n" for c in "abcdefghij"),
        [("4", "List", None)] + [(f"4({c})", None, "c-4") for c in "abcdefghij"],
    ),
    (
        "articles with headings on the next line, sections inside",
        "ARTICLE I\nDEFINITIONS\n\nSection 1.1 Terms. Words.\n\nARTICLE II\nFEES\n\nSection 2.1 Payment. Pay.\n",
        [
            ("Article I", "DEFINITIONS", None),
            ("1.1", "Terms", "c-article-i"),
            ("Article II", "FEES", None),
            ("2.1", "Payment", "c-article-ii"),
        ],
    ),
    (
        "lettered sections K. and L.3",
        "K. Indemnification\n\nK.1 Scope. Vendor will defend.\n\nL. Liability\n\nL.3 Limits on Liability. The cap.\n",
        [
            ("K", "Indemnification", None),
            ("K.1", "Scope", "c-K"),
            ("L", "Liability", None),
            ("L.3", "Limits on Liability", "c-L"),
        ],
    ),
    (
        "a part's letter with its section's number: A1, A1.1, C4.3",
        (
            "A1. Structure of the Agreement\n\nA1.1 The Agreement consists of the Order Form, these terms and the Privacy Schedule.\n\n"
            "A2. Definitions\n\nIn this Agreement:\n\n- Output means a Ranking.\n\n"
            "A3. Interpretation\n\nA3.1 Headings are for convenience only, and the words for example do not limit.\n\n"
            "C4. Hiring decisions and human review\n\nC4.1 The Employer decides. Every decision.\n\n"
            "E4. Changes to the Service, the Ranking Model and the Question Flow\n\n"
            "E4.1 Tattler may update, retrain or replace the Ranking Model at any time.\n"
        ),
        [
            ("A1", "Structure of the Agreement", None),
            ("A1.1", None, "c-A1"),
            ("A2", "Definitions", None),
            ("A3", "Interpretation", None),
            ("A3.1", None, "c-A3"),
            ("C4", "Hiring decisions and human review", None),
            ("C4.1", None, "c-C4"),
            ("E4", "Changes to the Service, the Ranking Model and the Question Flow", None),
            ("E4.1", None, "c-E4"),
        ],
    ),
    (
        "a part's sections in sequence whatever their run-in headings read like: B2 after B1, D1 under Part D",
        (
            "Part B: The Services\n\nB1. Subscription. Dovekie will provide the Services.\n\n"
            "B2. What Screen does.\n\n(a) The Customer creates a job requisition.\n\n"
            "(b) Candidates receive an invitation link.\n\n"
            "B3. Screen does not reject Candidates. Screen does not change the status of any Candidate.\n\n"
            "B4. Hosting. Dovekie hosts the Services.\n\n"
            "Part D: Fairness\n\nD1. Excluded inputs. Dovekie warrants that the models use only the transcript.\n\n"
            "D2. Adverse-impact testing. Dovekie will test the models for adverse impact.\n"
        ),
        [
            ("Part B", "The Services", None),
            ("B1", "Subscription", "c-part-b"),
            ("B2", None, "c-part-b"),
            ("B2(a)", None, "c-B2"),
            ("B2(b)", None, "c-B2"),
            ("B3", None, "c-part-b"),
            ("B4", "Hosting", "c-part-b"),
            ("Part D", "Fairness", None),
            ("D1", "Excluded inputs", "c-part-d"),
            ("D2", "Adverse-impact testing", "c-part-d"),
        ],
    ),
    (
        "section sign and Section word",
        "§ 5 Fees\n\nYou pay.\n\nSection 6. Term.\n\nOne year.\n",
        [("5", "Fees", None), ("6", "Term", None)],
    ),
    (
        "markdown headings and bold numbered headings",
        (
            "# Terms of Service\n\nIntro text here.\n\n## 1. Using the Service\n\nText.\n\n"
            "**1.1 Accounts.** You need one.\n\n## 2. Fees\n\nText.\n"
        ),
        [
            ("1", "Using the Service", None),
            ("1.1", "Accounts", "c-1"),
            ("2", "Fees", None),
        ],
    ),
    (
        "ALL CAPS and run-in headings without numbers",
        (
            "WARRANTIES\n\nDisclaimer. The service is provided as is.\n\nLIMITATION OF LIABILITY\n\n"
            "Cap. We are liable up to the fees.\n"
        ),
        [
            (None, "WARRANTIES", None),
            (None, "Disclaimer", "c-warranties"),
            (None, "LIMITATION OF LIABILITY", None),
            (None, "Cap", "c-limitation-of-liability"),
        ],
    ),
    (
        "numbering restarts inside schedules",
        (
            "1. Services\n\nWe provide them.\n\n2. Fees\n\nYou pay.\n\nSCHEDULE 2\nAI ADDENDUM\n\n"
            "A.1 Outputs. Outputs may be wrong.\n\n1. Extra\n\nMore.\n"
        ),
        [
            ("1", "Services", None),
            ("2", "Fees", None),
            ("Schedule 2", "AI ADDENDUM", None),
            ("A.1", "Outputs", "c-schedule-2"),
            ("1", "Extra", "c-schedule-2"),
        ],
    ),
    (
        "false numbers: money, mid-sentence section, dates, inline (a)",
        (
            "1. Fees\n\nCustomer shall pay $1.5 million under Section\n9.2 of the order, on\n"
            "2019 terms, for (a) the licence and\n(b) support.\n\n2. Term\n\nOne year.\n"
        ),
        [("1", "Fees", None), ("2", "Term", None)],
    ),
    (
        "page numbers are not clauses",
        "1. Fees\n\nYou pay.\n\n3\n\n2. Term\n\nOne year.\n\nPage 4 of 9\n",
        [("1", "Fees", None), ("2", "Term", None)],
    ),
    (
        "table of contents is skipped",
        (
            "TABLE OF CONTENTS\n1. Definitions ........ 2\n2. Fees ........ 3\n\n"
            "1. Definitions\n\nWords mean things.\n\n2. Fees\n\nYou pay.\n"
        ),
        [("1", "Definitions", None), ("2", "Fees", None)],
    ),
    (
        "Section numbers set off by a wide gap, caps headings without a full stop",
        (
            "Section 8.1    Licensor shall deliver the copy.\n\n"
            "Section 15.4   COUNTERPARTS  This Agreement may be signed in counterparts.\n"
        ),
        [("8.1", None, None), ("15.4", "COUNTERPARTS", None)],
    ),
    (
        "cover page: company lines and a repeated title are not sections",
        (
            "DISTRIBUTOR AGREEMENT\n\nby and between\n\nACME SOFTWARE CORPORATION\n\nand\n\n"
            "BETA SYSTEMS, INC.\n\nDISTRIBUTOR AGREEMENT\n\nThis Agreement is made today.\n\n"
            "1. Definitions\n\nWords.\n"
        ),
        [("1", "Definitions", None)],
    ),
    (
        "an ALL CAPS paragraph hard-wrapped at 40 columns is no stack of headings",
        (
            "9. DISCLAIMERS\n\nTO THE MAXIMUM EXTENT PERMITTED BY LAW,\nTHE SERVICES AND ALL OUTPUTS ARE\n"
            'PROVIDED "AS IS". WE DO NOT WARRANT THAT\nOUTPUTS WILL BE ACCURATE, COMPLETE OR\n'
            "FREE FROM BIAS, AND WE DISCLAIM ALL\nIMPLIED WARRANTIES OF MERCHANTABILITY\n"
            "AND FITNESS FOR A PARTICULAR PURPOSE.\n\n10. Other\n\nWords.\n"
        ),
        [("9", "DISCLAIMERS", None), ("10", "Other", None)],
    ),
    (
        "an ALL CAPS heading after a finished sentence still opens a clause",
        "1. Terms\n\nYou agree to these Terms.\nLIMITATION OF LIABILITY\nOur liability is capped.\n",
        [("1", "Terms", None), (None, "LIMITATION OF LIABILITY", None)],
    ),
    (
        "a short sentence in capitals is no heading; a heading with a verb but no full stop is one",
        (
            "2. Fees\n\nYou pay the fees.\n\nWE MAY CHANGE THESE TERMS AT ANY TIME.\n\n"
            "YOU'RE SOLELY RESPONSIBLE FOR YOUR CONTENT.\n\nWHO MAY USE THE SERVICES\n\n"
            "Adults only.\n\nTHINGS YOU MUST NOT DO\n\nNo scraping.\n"
        ),
        [
            ("2", "Fees", None),
            (None, "WHO MAY USE THE SERVICES", None),
            (None, "THINGS YOU MUST NOT DO", None),
        ],
    ),
    (
        "signature block",
        "1. Term\n\nOne year.\n\nIN WITNESS WHEREOF, the parties have signed.\n\nACME, INC.\nBy: ____\nName: Jo\n",
        [("1", "Term", None), (None, "Signatures", None)],
    ),
    (
        "a numbered heading line with its first subclause right below, no blank line between",
        (
            "10. REGULATORY MATTERS\n10.1 The Vendor shall keep its registration.\n"
            "10.2 The Customer shall notify the Vendor.\n11. Article 4 - Fees\n11.1 Fees are due.\n"
            "Section 12 - WARRANTIES\n12.1 The Vendor warrants that the Service works.\n"
        ),
        [
            ("10", "REGULATORY MATTERS", None),
            ("10.1", None, "c-10"),
            ("10.2", None, "c-10"),
            ("11", "Article 4 - Fees", None),
            ("11.1", None, "c-11"),
            ("12", "WARRANTIES", None),
            ("12.1", None, "c-12"),
        ],
    ),
    (
        "decimal items in lower case under a lead-in, and a stray number in lower case",
        (
            "11. WARRANTIES\n11.1 The Vendor warrants that:\n11.1.1 the Engine will perform;\n"
            "11.1.2 the Model is tested; and\n11.1.3 no code is malicious.\n"
            "11.2 Remedies are set out in this Section.\n"
            "11.4.7 the figure here follows no open 11.4.\n"
        ),
        [
            ("11", "WARRANTIES", None),
            ("11.1", None, "c-11"),
            ("11.1.1", None, "c-11.1"),
            ("11.1.2", None, "c-11.1"),
            ("11.1.3", None, "c-11.1"),
            ("11.2", None, "c-11"),
        ],
    ),
    (
        "a short sentence with a contraction or opening on 'That' is no run-in heading",
        (
            "## Is the marking fair?\n\nWe remove names first.\n\n"
            "That doesn't make it perfect. AI marking can be less reliable for short answers.\n"
        ),
        [(None, "Is the marking fair?", None)],
    ),
    (
        "a street address under a party's name is no clause '1 Oyster Point Boulevard'",
        "between\n\nAshgrove Oncology, Inc.\n1 Oyster Point Boulevard\nSouth San Francisco, CA 94080\n\n"
        "1. Definitions\n\nWords.\n\n2. Term\n\nOne year.\n",
        [("1", "Definitions", None), ("2", "Term", None)],
    ),
    (
        "Clause headings over clause paragraphs, labels in bold or in sequence",
        (
            "## Clause 1. Parties\n\n**Clause 1.1** These Terms are made between us and the insurer in the Order Form.\n\n"
            "**Clause 1.2** If there is a conflict, the Order Form prevails over these Terms.\n\n"
            "## Clause 2. Liability\n\n"
            "Clause 2.1 Our total liability is capped at the fees paid in the last year.\n\n"
            "Clause 2.2 Nothing in these Terms limits liability for fraud or for death.\n\n"
            "## CLAUSE 3 - GOVERNING LAW\n\nClause 3.1 These Terms and any dispute are governed by Irish law.\n"
        ),
        [
            ("1", "Parties", None),
            ("1.1", None, "c-1"),
            ("1.2", None, "c-1"),
            ("2", "Liability", None),
            ("2.1", None, "c-2"),
            ("2.2", None, "c-2"),
            ("3", "GOVERNING LAW", None),
            ("3.1", None, "c-3"),
        ],
    ),
    (
        "a table of contents of Clause entries is skipped, the clauses below it kept",
        (
            "CONTENTS\nClause 1 Definitions .......... 2\nClause 2 Liability .......... 3\n\n"
            "Clause 1 Definitions\n\nClause 1.1 Words in these terms have the meanings given here.\n\n"
            "Clause 2 Liability\n\nClause 2.1 Our total liability is capped at one year's fees.\n"
        ),
        [
            ("1", "Definitions", None),
            ("1.1", None, "c-1"),
            ("2", "Liability", None),
            ("2.1", None, "c-2"),
        ],
    ),
    (
        "a paragraph that cites the next one ('subject to paragraph (2)') is still its list's first",
        (
            "§ 8 Training\n\n(1) We train each Line Model on your images, subject to paragraph (2).\n\n"
            "(2) We may use your images for the Base Model only if you agree.\n\n"
            "§ 9 Records\n\n(1) The System keeps a record of each part, as § 8(2) allows.\n\n"
            "(2) Records are kept for a year.\n"
        ),
        [
            ("8", "Training", None),
            ("8(1)", None, "c-8"),
            ("8(2)", None, "c-8"),
            ("9", "Records", None),
            ("9(1)", None, "c-9"),
            ("9(2)", None, "c-9"),
        ],
    ),
    (
        "a paragraph opening on a clause out of sequence is a sentence that cites it",
        (
            "CLAUSE 4 INDEMNITY\n\nClause 4.1 We will defend you against claims that the Service infringes.\n\n"
            "Clause 4.1 does not apply to claims from your data.\n\n"
            "Section 9.2 applies to every claim.\n"
        ),
        [("4", "INDEMNITY", None), ("4.1", None, "c-4")],
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_outline(name: str, text: str, expected: list) -> None:
    assert outline(text) == expected


def test_ids_offsets_text_and_pages() -> None:
    text = "Preamble between A and B.\n\n1. Fees\n\n1.1 Amount. You pay.\n\n2. Term\n\nOne year.\n"
    split = text.index("2. Term")
    clauses, notices = segment(doc(text, pages=[(0, split), (split, len(text))]))
    assert not notices
    ids = [c.id for c in clauses]
    assert ids == ["c-preamble", "c-1", "c-1.1", "c-2"]
    for c in clauses:
        assert text[c.start : c.end] == c.text
        assert c.text == c.text.rstrip()
    # every character after the first clause belongs to exactly one clause, in order
    for a, b in itertools.pairwise(clauses):
        assert a.end <= b.start and not text[a.end : b.start].strip()
    assert clauses[-1].page_start == 2 and clauses[1].page_start == 1
    assert clauses[2].citation == "1.1 Amount"


def test_duplicate_numbers_get_unique_ids() -> None:
    text = "PART ONE\n\n1. Fees\n\nPay.\n\nPART TWO\n\n1. Fees\n\nPay again.\n"
    clauses, _ = segment(doc(text))
    ids = [c.id for c in clauses]
    assert len(ids) == len(set(ids))


def test_pageless_documents_have_no_pages() -> None:
    clauses, _ = segment(doc("1. Fees\n\nPay.\n", has_pages=False))
    assert clauses[0].page_start is None and clauses[0].page_end is None


@pytest.mark.parametrize(
    "text",
    [
        "just one long paragraph with no numbering at all. " * 50,
        "first paragraph of plain text here.\n\nsecond paragraph of plain text.\n\nthird one.",
    ],
)
def test_no_structure_falls_back_to_paragraphs(text: str) -> None:
    clauses, notices = segment(doc(text))
    assert [n.code for n in notices] == ["no_structure"]
    assert clauses and all(c.id.startswith("p-") for c in clauses)
    assert "".join(c.text for c in clauses).replace(" ", "") == "".join(text.split()).replace(
        " ", ""
    )


def test_empty_text() -> None:
    clauses, _ = segment(doc(""))
    assert clauses == []


def test_many_tiny_sections() -> None:
    text = "".join(f"{i}. Heading {i}\n\nBody {i}.\n\n" for i in range(1, 2001))
    clauses, _ = segment(doc(text))
    assert [c.number for c in clauses] == [str(i) for i in range(1, 2001)]


# numbering and label styles, each on an invented document
STYLES = [
    (
        "a quoted exhibit label with its heading on the next line; numbering restarts inside",
        'SERVICES AGREEMENT\n\n1. Services\n\nWe provide them.\n\nEXHIBIT "A"\nSERVICE LEVELS\n\n'
        "1. Uptime\n\nHigh.\n",
        [
            ("1", "Services", None),
            ("Exhibit A", "SERVICE LEVELS", None),
            ("1", "Uptime", "c-exhibit-a"),
        ],
    ),
    (
        "a curly-quoted schedule label with a dash and a heading",
        "1. Services\n\nWe provide them.\n\nSchedule “B” – Fees\n\n1. Amounts\n\nSome.\n",
        [("1", "Services", None), ("Schedule B", "Fees", None), ("1", "Amounts", "c-schedule-b")],
    ),
    (
        "an annex with a number",
        "1. Services\n\nWe provide them.\n\nAnnex 1 - Data Processing\n\n1. Scope\n\nData.\n",
        [
            ("1", "Services", None),
            ("Annex 1", "Data Processing", None),
            ("1", "Scope", "c-annex-1"),
        ],
    ),
    (
        "a hyphenated exhibit label",
        "1. Services\n\nWe provide them.\n\nEXHIBIT A-1\n\nPRICING\n\nPrices.\n",
        [("1", "Services", None), ("Exhibit A-1", "PRICING", None)],
    ),
    (
        "an exhibit label glued to its heading",
        "1. Term\n\nOne year.\n\nExhibit ABinding Arbitration\n\nThis Exhibit applies.\n",
        [("1", "Term", None), ("Exhibit A", "Binding Arbitration", None)],
    ),
    (
        "articles with a dash and a heading on the line",
        "ARTICLE IV - FEES\n\n4.1 Payment. Pay.\n\nARTICLE V - TERM\n\n5.1 Length. One year.\n",
        [
            ("Article IV", "FEES", None),
            ("4.1", "Payment", "c-article-iv"),
            ("Article V", "TERM", None),
            ("5.1", "Length", "c-article-v"),
        ],
    ),
    (
        "a section sign without a space, Section with its heading below",
        "§5 Fees\n\nYou pay.\n\nSection 6.\nTerm\n\nOne year.\n",
        [("5", "Fees", None), ("6", "Term", None)],
    ),
    (
        "roman top-level sections",
        "I. DEFINITIONS\n\nWords.\n\nII. FEES\n\nYou pay.\n\nIII. TERM\n\nOne year.\n",
        [("I.", "DEFINITIONS", None), ("II.", "FEES", None), ("III.", "TERM", None)],
    ),
    (
        "lettered sections A. B. are not roman",
        "A. DEFINITIONS\n\nWords.\n\nB. FEES\n\nYou pay.\n\nC. TERM\n\nOne year.\n",
        [("A", "DEFINITIONS", None), ("B", "FEES", None), ("C", "TERM", None)],
    ),
    (
        "Title Case headings alone on their lines",
        "Limitation of Liability\n\nWe are liable up to the fees paid.\n\nGoverning Law\n\nThe law of "
        "Ohio applies.\n",
        [(None, "Limitation of Liability", None), (None, "Governing Law", None)],
    ),
    (
        "Markdown run-in headings in italics and in bold, after a bold number or a plain one",
        "# Terms\n\n## 3. Data\n\n**3.1** *Where the data comes from.* We build it.\n\n"
        "3.2 *Notice.* We tell you.\n\n**3.3** **Training.** We do not train.\n\n"
        "**3.4** _Logs._ We keep logs of each_request.\n\n* 3.5 is not a clause.\n",
        [
            ("3", "Data", None),
            ("3.1", "Where the data comes from", "c-3"),
            ("3.2", "Notice", "c-3"),
            ("3.3", "Training", "c-3"),
            ("3.4", "Logs", "c-3"),
        ],
    ),
    (
        "a numbered Markdown heading closes an unnumbered one of its level; a list's items in any "
        "case are no clauses",
        "# Terms\n\n## 7. Content\n\n**7.1** You own it.\n\n## Publishing\n\n**8.1** Decks "
        "are private.\n\n## 9. Acceptable Use\n\nBe kind.\n\n## 10. Indemnity\n\nYou will "
        "indemnify us against claims arising out of:\n\n1. your use of the Services;\n2. Your "
        "Content; or\n3. your breach of these Terms.\n",
        [
            ("7", "Content", None),
            ("7.1", None, "c-7"),
            (None, "Publishing", None),
            ("8.1", None, "c-publishing"),
            ("9", "Acceptable Use", None),
            ("10", "Indemnity", None),
        ],
    ),
    (
        "a numbered list whose first item is in lower case: its items are no sections",
        "5. Indemnity\n\nYou will indemnify us against claims arising out of:\n\n1. your use of "
        "the Service;\n2. Your Content; or\n3. your breach of these terms.\n\n6. Term\n\nOne year.\n",
        [("5", "Indemnity", None), ("6", "Term", None)],
    ),
    (
        "a misspelt 'IN WITNESS' line still opens the signatures",
        "1. Term\n\nOne year.\n\nIN WITNESS WBEREOF the parties have signed.\n\nLICENSOR:\n\nACME, INC.\n\n"
        "By: ____\n",
        [("1", "Term", None), (None, "Signatures", None)],
    ),
]


@pytest.mark.parametrize("name,text,expected", STYLES, ids=[c[0] for c in STYLES])
def test_numbering_styles(name: str, text: str, expected: list) -> None:
    assert outline(text) == expected
