"""Page breaks inside a sentence of a contract's opening (contractscan.page_breaks): which are read
as one space, and which stay a paragraph's end. All examples invented."""

from __future__ import annotations

import pytest

from contractscan.page_breaks import joined_over_breaks

TITLE = "SUPPLY AGREEMENT\n\n"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            'made between Ashcombe Rail\n\nPage 1 of 9\n\nSignalling Limited ("Licensor")',
            'made between Ashcombe Rail Signalling Limited ("Licensor")',
        ),
        (
            "entered into by and between\n\n- 1 -\n\fBrisk Co.",
            "entered into by and between Brisk Co.",
        ),
        (
            "made by Hartwell County\n\nSOW-4 v2.1 | 1\n\nSchool District",
            "made by Hartwell County School District",
        ),
        (
            'made by Corvale Marine,\n\nConfidential\n\n3\n\n("Corvale")',
            'made by Corvale Marine, ("Corvale")',
        ),
        (
            "made between Rathmore\n\nPage 1 of 30\n\nSUPPLY AGREEMENT\n\nVeterinary Group Limited",
            "made between Rathmore Veterinary Group Limited",
        ),
    ],
)
def test_a_break_inside_a_sentence_is_one_space(text: str, joined: str) -> None:
    copy = joined_over_breaks(TITLE + text)
    assert copy is not None
    assert copy.text == TITLE + joined


@pytest.mark.parametrize(
    "text",
    [
        # a full stop, a colon or a semicolon ends the paragraph anyway
        "This Agreement is made by Acme Inc.\n\nPage 1\n\nThe parties agree.",
        "The parties are as follows:\n\nPage 1\n\nAcme Inc.",
        # blank lines alone are a paragraph's end, not a page break
        "made by and between\n\nAcme Inc. and Beta LLC",
        # a heading above the break is no sentence cut short
        "1. DEFINITIONS\n\nPage 2\n\nWords have meanings",
        # a line of words is no furniture
        "made between Acme Widgets\n\nand the other party named below\n\nBeta LLC",
    ],
)
def test_other_breaks_stay(text: str) -> None:
    assert joined_over_breaks(TITLE + text) is None


def test_offsets_map_back_to_the_original() -> None:
    text = TITLE + "made between Ashcombe Rail\n\n- 2 -\n\nSignalling Limited"
    copy = joined_over_breaks(text)
    assert copy is not None
    at = copy.text.index("Signalling")
    assert text[copy.to_original(at) :].startswith("Signalling")
