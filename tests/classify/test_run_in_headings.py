"""A clause's own heading, set apart as a sentence ("7.2 No Warranty of Non-Infringement of
Outputs."), names what follows and binds nobody; the sentences under it are read as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify, is_clause_heading, is_heading
from contractscan.extract import extract
from contractscan.models import Clause, ClauseType
from contractscan.structure import analyze_structure

TERMS = """\
TERMS OF SERVICE

These Terms are between Quillon AI, Inc. ("Quillon", "we") and you.

7. WARRANTIES

7.1 Availability. We will use commercially reasonable efforts to keep the Service available.

7.2 No Warranty of Non-Infringement of Outputs.

We do not warrant that Outputs will not infringe the rights of any third party.

7.3 Disclaimer of Warranties.

Except as stated in Section 7.1, the Service is provided without warranties of any kind.
"""


@pytest.fixture(scope="module")
def provisions(tmp_path_factory):
    path: Path = tmp_path_factory.mktemp("headings") / "terms.txt"
    path.write_text(TERMS, encoding="utf-8")
    rulebook = shipped_rulebook()
    document = extract(path, doc_id="D1")
    structure = analyze_structure(document, nlp=rulebook.nlp)
    return structure, classify(document, structure, rulebook)


def test_a_heading_set_apart_is_no_provision(provisions):
    structure, found = provisions
    headings = {c.heading for c in structure.clauses if c.heading}
    assert "No Warranty of Non-Infringement of Outputs" in headings
    assert not [p for p in found if p.quote.startswith("7.2")], [p.quote for p in found]
    assert not [p for p in found if p.quote.startswith("7.3")], [p.quote for p in found]


def test_the_sentences_under_it_are_still_read(provisions):
    _structure, found = provisions
    infringement = [p for p in found if "infringe the rights" in p.quote]
    assert infringement and all(p.type == ClauseType.disclaimer for p in infringement)
    assert any("ip_infringement" in p.areas for p in infringement)
    assert any("without warranties of any kind" in p.quote for p in found)


@pytest.mark.parametrize(
    ("sentence", "number", "heading", "expected"),
    [
        (
            "7.2 No Warranty of Non-Infringement of Outputs.",
            "7.2",
            "No Warranty of Non-Infringement of Outputs",
            True,
        ),
        ("K. Disclaimer.", "K", "Disclaimer", True),
        # a lettered item of a numbered clause: its own label, not the whole number, leads
        ("(c) Cancelling Your Subscription.", "6(c)", "Cancelling Your Subscription", True),
        ("(iv) Limits on Liability.", "12(b)(iv)", "Limits on Liability", True),
        ("(c) Cancelling Your Subscription.", "6(d)", "Cancelling Your Subscription", False),
        ("No Warranty of Outputs.", None, "No Warranty of Outputs", True),
        ("We give no warranty of outputs.", "7.2", "No Warranty of Outputs", False),
        ("No Warranty of Outputs.", "7.2", None, False),
    ],
)
def test_is_clause_heading(sentence, number, heading, expected):
    clause = Clause(
        id="c", number=number, heading=heading, start=0, end=len(sentence), text=sentence
    )
    assert is_clause_heading(sentence, clause) is expected


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # a key-terms entry naming a place is read, with a colon or a tab between its columns
        ("Governing Law:\tState of Montana", False),
        ("Governing law: Montana", False),
        ("Venue\tCook County, Illinois", False),
        # a heading naming a part, or an entry whose value names no place, stays a heading
        ("Section 12: Governing Law", True),
        ("Term: Three Years", True),
        ("Governing Law", True),
    ],
)
def test_a_key_terms_entry_naming_a_place_is_no_heading(sentence: str, heading: bool) -> None:
    assert is_heading(sentence) is heading
