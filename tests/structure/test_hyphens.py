"""Words hyphenated over a line break: joined where the hyphen only marks the break, kept where
the hyphen is the word's own; names and places read joined, offsets still on the document's own
text. All text invented here."""

from __future__ import annotations

import re

import pytest
from conftest import shipped_analyzer
from hypothesis import given
from hypothesis import strategies as st

from contractscan import analyze_text
from contractscan.hyphens import join_broken_words, rejoined

from .test_party_families import BODY, C, P, parties


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Pinnacle Cloud Infra-\nstructure, Inc.", "Pinnacle Cloud Infrastructure, Inc."),
        ("the State of Dela-\n   ware", "the State of Delaware"),
        ("the State of Dela- \nware", "the State of Delaware"),
        ("Télé-\ncommunications", "Télécommunications"),
        # a capital after the break: a compound of names keeps its hyphen
        ("Rolls-\nRoyce Motors", "Rolls-Royce Motors"),
        ("Harlow Coca-\nCola Bottlers", "Harlow Coca-Cola Bottlers"),
        ("SMITH-\nJONES LLP", "SMITH-JONES LLP"),
        # words that form compounds keep theirs
        ("a non-\nexclusive licence", "a non-exclusive licence"),
        ("any Third-\nparty claim", "any Third-party claim"),
        # no word broken: left alone
        ("Coca-Cola", "Coca-Cola"),
        ("pages 3-\n4", "pages 3-\n4"),
        ("the term -\nand", "the term -\nand"),
        ("Exhibit A-\n(continued)", "Exhibit A-\n(continued)"),
        ("a heading ending Infra-\n\nstructure", "a heading ending Infra-\n\nstructure"),
    ],
)
def test_words_broken_at_a_line_end(text: str, joined: str) -> None:
    assert join_broken_words(text) == joined


def test_no_broken_word_means_no_copy() -> None:
    assert rejoined("Acme-Widget, Inc.\nand Beta Corp.") is None


pieces = st.lists(
    st.sampled_from(
        ["Infra", "structure", "Royce", "non", "exclusive", "-", "\n", " ", "  ", "\t", "7", "."]
    ),
    max_size=30,
)


@given(pieces)
def test_every_character_of_the_copy_maps_back_to_itself(ps: list[str]) -> None:
    text = "".join(ps)
    copy = rejoined(text)
    if copy is None:
        assert join_broken_words(text) == text
        return
    for i, ch in enumerate(copy.text):
        assert text[copy.to_original(i)] == ch
    for m in re.finditer(r"[^\W\d_]+", text):
        # a word of the original starts at the same word in the copy
        at = copy.to_collapsed(m.start())
        assert copy.text[at] == m.group(0)[0]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Pinnacle Cloud Infra-\nstructure, Inc.",
            "Kestrel Systems Integra-\ntion LLC",
            {
                P: ["Pinnacle Cloud Infrastructure, Inc.", "Vendor"],
                C: ["Kestrel Systems Integration LLC", "Reseller"],
            },
        ),
        (
            "Harlow Coca-\nCola Bottling Company",
            "Rolls-\nRoyce Data Systems Ltd.",
            {
                P: ["Harlow Coca-Cola Bottling Company", "Vendor"],
                C: ["Rolls-Royce Data Systems Ltd.", "Reseller"],
            },
        ),
        (
            "Quarry-\nside  Analytics  Inc.",  # a padded filing too: both copies are made
            "Self-\nServe Kiosks LLC",
            {P: ["Quarryside Analytics Inc.", "Vendor"], C: ["Self-Serve Kiosks LLC", "Reseller"]},
        ),
    ],
)
def test_names_broken_over_a_line_read_whole(
    first: str, second: str, expected: dict[object, list[str]]
) -> None:
    text = (
        f'RESELLER AGREEMENT\n\nThis Reseller Agreement is made between {first} ("Vendor") and '
        f'{second} ("Reseller").' + BODY
    )
    assert parties(text) == expected


def test_broken_words_before_the_preamble_keep_the_clauses_in_place() -> None:
    # a cover page full of broken words: the clauses that end the preamble are mapped onto the
    # copy names are read from, so the insurer defined in clause 1 stays out of the preamble
    cover = "".join(f"Sched-\nule {i} of the Pro-\ncurement Frame-\nwork.\n\n" for i in range(30))
    text = (
        "MASTER SUPPLY AGREEMENT\n\n" + cover + "This Agreement is made between Ostrava Foun-\ndry "
        'Castings GmbH ("Supplier") and Wexford Marine Engi-\nneering Ltd ("Buyer").\n\n1. Insurance'
        '\n\nThe Buyer shall insure the goods with Harbour Mutual Assurance Company ("Insurer").'
        + BODY
    )
    assert parties(text) == {
        P: ["Ostrava Foundry Castings GmbH", "Supplier"],
        C: ["Wexford Marine Engineering Ltd", "Buyer"],
    }


def test_a_governing_law_place_broken_over_a_line_and_its_evidence() -> None:
    text = (
        'SERVICES AGREEMENT\n\nThis Agreement is made between Lindqvist Robotics AB ("Provider") and '
        'Marrow Lane Foods LLC ("Customer").\n\n1. Governing Law\n\nThis Agreement shall be governed '
        "by the laws of the State of Dela-\nware, without regard to its conflict of laws principles."
        "\n\n2. Venue\n\nAny dispute shall be brought exclusively in the state courts located in New "
        "Cas-\ntle County, Dela-\nware.\n"
    )
    report = analyze_text(text, analyzer=shipped_analyzer())
    document = report.documents[0]
    found = {
        k: (v, p)
        for c in document.clauses
        for p in c.provisions
        for k, v in p.attributes.items()
        if k in ("jurisdiction", "venue")
    }
    assert found["jurisdiction"][0] == "Delaware"
    assert found["venue"][0] == "Delaware"
    for _, p in found.values():
        # the evidence points into the document's own text, line breaks and hyphens included
        assert text[p.start : p.end].count("Dela-\nware") == 1
