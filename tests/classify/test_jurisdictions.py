"""Normalising the place a governing-law or forum clause names."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.attributes import EXTRACTORS
from contractscan.jurisdictions import (
    AUSTRALIAN_STATES,
    CANADIAN_PROVINCES,
    US_STATES,
    names_place,
    normalize_jurisdiction,
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("governed by the laws of the State of New York, without regard to conflicts", "New York"),
        (
            "the laws of the Commonwealth of Massachusetts and the federal laws of the United States",
            "Massachusetts",
        ),
        ("construed under English law", "England and Wales"),
        ("subject to the application of Italian law", "Italy"),
        ("governed by Spanish law", "Spain"),
        ("the laws of the State of Delaware", "Delaware"),
        ("the federal laws of the United States of America", "United States"),
        ("the laws of the Province of Ontario", "Ontario"),
        ("the courts of Dublin, Ireland", "Ireland"),
        ("the laws applicable in the place of performance", None),
        ("shall be subject to Italian law and take place in Paris, France", "Italy"),
        ("governed by New York law", "New York"),
        ("the laws of the State of New\nYork, without regard", "New York"),
        ("the laws of the Hong Kong Special Administrative Region", "Hong Kong"),
        ("the laws of the Province of Alberta and the federal laws of Canada", "Alberta"),
        # long official forms
        ("the laws of the Republic of Korea", "South Korea"),
        ("the laws of the Democratic People's Republic of Korea", "North Korea"),
        ("the laws of the People’s Republic of China", "China"),
        ("the laws of the PRC", "China"),
        ("the laws of the Hong Kong SAR", "Hong Kong"),
        (
            "the laws of the Hong Kong Special Administrative Region of the People's Republic of China",
            "Hong Kong",
        ),
        ("the laws of the Grand Duchy of Luxembourg", "Luxembourg"),
        ("the laws of the Kingdom of Saudi Arabia", "Saudi Arabia"),
        ("the laws of the Swiss Confederation", "Switzerland"),
        ("the laws of the Russian Federation", "Russia"),
        ("the laws of the Socialist Republic of Vietnam", "Vietnam"),
        ("the laws of the Republic of Cyprus", "Cyprus"),
        ("the laws of the Commonwealth of the Bahamas", "Bahamas"),
        ("the laws of Côte d'Ivoire", "Côte d'Ivoire"),
        ("the laws of Cote d'Ivoire", "Côte d'Ivoire"),
        ("the laws of Türkiye", "Turkey"),
        ("the laws of Macao SAR", "Macau"),
        ("the laws of the State of Hawai'i", "Hawaii"),
        ("the laws of the State of Hawaiʻi", "Hawaii"),
        ("the laws of the Emirate of Abu Dhabi", "Abu Dhabi"),
        # a state or province beats the country it lies in, wherever the country is named
        ("the laws of Canada and the Province of Ontario", "Ontario"),
        ("the federal laws of the United States and the laws of the State of Texas", "Texas"),
        ("the laws of the State of New South Wales, Australia", "New South Wales"),
        ("THE LAWS OF THE STATE OF NEW YORK, U.S.A.", "New York"),
        ("the laws of Ireland and applicable EU law", "Ireland"),
        # the UK's three legal systems
        ("the laws of England", "England and Wales"),
        ("the laws of England and Wales", "England and Wales"),
        ("governed by the laws of Scotland", "Scotland"),
        ("governed by Scots law", "Scotland"),
        ("the laws of Northern Ireland", "Northern Ireland"),
        # names inside other names, and words that are places only with a capital
        ("the laws of the State of New Jersey", "New Jersey"),
        ("the laws of Jersey", "Jersey"),
        ("the laws of the State of Indiana", "Indiana"),
        ("the laws of India", "India"),
        ("the laws of the State of Georgia", "Georgia"),
        ("the laws of the Republic of Georgia", "Georgia (country)"),
        ("courts located in Washington, D.C.", "District of Columbia"),
        ("governed by the laws of the State of Washington", "Washington"),
        ("in the English language", None),
        ("between you and us, governed by the laws of the State of California", "California"),
        ("THIS AGREEMENT IS BINDING ON US AND GOVERNED BY THE LAWS OF THE STATE OF OHIO", "Ohio"),
        ("governed by US federal law", "United States"),
        # law and forum named separately: the law is the one 'laws of' or 'X law' names
        ("Delaware law governs this Agreement; disputes go to the courts of New York", "Delaware"),
        (
            "the parties submit to the courts of New York; this Agreement is governed by the laws of Delaware",
            "Delaware",
        ),
        ("governed by the Federal Arbitration Act and the laws of the State of Ohio", "Ohio"),
        # PDF text: words hyphenated across lines, lower case
        ("construed under the laws of the State of Penn-\nsylvania", "Pennsylvania"),
        ("governed by the laws of the State of Dela-\nware", "Delaware"),
        ("governed by the laws of the State of New Hamp-\n  shire", "New Hampshire"),
        ("the laws of the state of new york", "New York"),
        # a forum named only by its city
        ("the exclusive jurisdiction of the courts of London", "England and Wales"),
        ("the courts of Tel Aviv", "Israel"),
        ("the laws of the jurisdiction in which the Customer is located", None),
        # places inside a country set aside by a verb as well as by "excluding"
        ("the laws of the People's Republic of China (which exclude the laws of Macau)", "China"),
        ("the laws of the PRC, which for this purpose does not include Hong Kong law", "China"),
        # territories and older names
        ("the laws of the U.S. Virgin Islands", "United States Virgin Islands"),
        ("the laws of the Netherlands Antilles", "Netherlands Antilles"),
        # a PDF's text that lost the space after a small word
        ("governed by the laws of the State ofNew York", "New York"),
        ("the laws ofOntario and the federal laws ofCanada applicable therein", "Ontario"),
    ],
)
def test_normalize_jurisdiction(text: str, place: str | None) -> None:
    assert normalize_jurisdiction(text) == place


@pytest.mark.parametrize("name", US_STATES + CANADIAN_PROVINCES + AUSTRALIAN_STATES)
def test_every_state_and_province(name: str) -> None:
    assert normalize_jurisdiction(f"governed by the laws of {name}") == name


@pytest.mark.parametrize(
    "country", ["Albania", "Kenya", "Uruguay", "Mongolia", "Fiji", "Qatar", "Iceland", "Peru"]
)
def test_countries_beyond_the_corpora(country: str) -> None:
    assert normalize_jurisdiction(f"the laws of the Republic of {country}") == country
    assert normalize_jurisdiction(f"the courts of {country}") == country


@pytest.mark.parametrize(
    ("text", "law", "forum"),
    [
        (
            "If you live outside the United States or Canada, claims go to a court located in "
            "San Mateo County, California.",
            "Canada",
            "California",
        ),
        (
            "These Terms are governed by the laws of Luxembourg and subject to the jurisdiction of "
            "the courts of Paris, France.",
            "Luxembourg",
            "France",
        ),
        ("the Irish courts shall have jurisdiction", "Ireland", "Ireland"),
        ("the exclusive jurisdiction of the courts in Zurich", "Switzerland", "Switzerland"),
        # an arbitral institution's place names a forum, not the law
        (
            "This Agreement shall be governed by the laws of the People's Republic of China, and "
            "any dispute shall be submitted to the Hong Kong International Arbitration Centre.",
            "China",
            "Hong Kong",
        ),
    ],
)
def test_law_and_forum_named_separately(text: str, law: str, forum: str) -> None:
    assert normalize_jurisdiction(text) == law
    assert normalize_jurisdiction(text, forum=True) == forum


def test_extractors_read_a_place_broken_over_a_line() -> None:
    # the extractors read their sentence on one line: the broken word is joined before the
    # line break becomes a space
    sentence = "This Agreement is governed by the laws of the State of Dela-\nware."
    assert EXTRACTORS["jurisdiction"](sentence, sentence) == {"jurisdiction": "Delaware"}
    forum = "the courts of Mary-\nland shall have exclusive jurisdiction"
    assert EXTRACTORS["venue"](forum, forum) == {"venue": "Maryland"}


def test_extractors_still_registered_in_attributes() -> None:
    assert EXTRACTORS["jurisdiction"]("governed by Swiss law", "") == {
        "jurisdiction": "Switzerland"
    }
    assert EXTRACTORS["venue"]("the courts of Singapore", "") == {"venue": "Singapore"}
    assert EXTRACTORS["venue"]("a court of competent jurisdiction", "") == {}
    assert EXTRACTORS["venue"](
        "governed by the laws of Delaware; disputes go to the courts of New York", ""
    ) == {"venue": "New York"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # laws named for another purpose than the choice: where a party is formed, laws obeyed
        (
            "Seller, a corporation organized under the laws of the State of Nevada, agrees that "
            "this Agreement is governed by the laws of the State of Arizona",
            "Arizona",
        ),
        (
            "Licensor, a company organised and existing under the laws of England and Wales, "
            "agrees that the laws of the State of New York govern this Agreement",
            "New York",
        ),
        (
            "each party shall comply with the laws of Brazil in its performance, and this "
            "Agreement is governed by the laws of the State of Ohio",
            "Ohio",
        ),
        # other laws named only to be set aside after the chosen one
        (
            "the laws of the People's Republic of China (excluding, for this purpose, the laws of "
            "Hong Kong, Macau and Taiwan)",
            "China",
        ),
        (
            "the laws of the State of Oregon, except that the law of Delaware governs matters of "
            "corporate governance",
            "Oregon",
        ),
        (
            "New York law governs, except that the law of Delaware governs internal affairs",
            "New York",
        ),
        (
            "the internal laws (exclusive of the conflicts rules) of the State of Kansas",
            "Kansas",
        ),
    ],
)
def test_laws_named_for_another_purpose(text: str, place: str) -> None:
    assert normalize_jurisdiction(text) == place


def _law_places(text: str) -> set[str]:
    from contractscan.classify import classify
    from contractscan.models import Document, DocumentKind, DocumentStructure

    doc = Document(id="t", path="<t>", text=text)
    structure = DocumentStructure(kind=DocumentKind.master_agreement)
    return {
        p.attributes["jurisdiction"]
        for p in classify(doc, structure, shipped_rulebook())
        if p.type.value == "governing_law" and p.attributes.get("jurisdiction")
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # families of choice-of-law wording, each read to the place it names
        ("The law of the State of Minnesota shall govern this Agreement.", "Minnesota"),
        ("This Agreement shall be subject to the laws of the Province of Manitoba.", "Manitoba"),
        (
            "This Agreement shall be interpreted under the laws of the Commonwealth of Kentucky.",
            "Kentucky",
        ),
        (
            "This Agreement shall be governed by the laws in force in the Republic of Singapore.",
            "Singapore",
        ),
        (
            "This Agreement shall be governed by the substantive laws of the State of Utah, "
            "excluding its conflict of laws rules.",
            "Utah",
        ),
        (
            "This Agreement shall be governed by the laws of the State of Maine, without giving "
            "effect to the conflict of law rules of any jurisdiction.",
            "Maine",
        ),
        (
            "The rights and obligations of the parties hereunder shall be determined under the "
            "laws of the State of Wisconsin.",
            "Wisconsin",
        ),
        (
            "Any dispute arising under this Agreement shall be settled in accordance with the "
            "laws of Austria.",
            "Austria",
        ),
        (
            "The governing law of this Agreement shall be the substantive law of Singapore.",
            "Singapore",
        ),
        ("The applicable law shall be the law of France.", "France"),
        (
            "The parties agree that the law applicable to this Agreement is the law of the "
            "Republic of Singapore.",
            "Singapore",
        ),
        ("This Agreement shall be governed by Israeli law.", "Israel"),
        ("This Agreement shall be governed by the laws of Hong Kong SAR.", "Hong Kong"),
        (
            "This Agreement shall be governed by the federal laws of the United States and the "
            "laws of the State of Nebraska.",
            "Nebraska",
        ),
        # a law clause inside a long paragraph, after a venue clause, with courts elsewhere
        (
            "Miscellaneous. Headings are for convenience only. This Agreement shall be governed "
            "by the laws of the State of Kansas. No waiver shall be effective unless in writing.",
            "Kansas",
        ),
        (
            "Any suit hereunder shall be brought in the courts located in Cook County, Illinois, "
            "and this Agreement shall be governed by the laws of the State of Delaware.",
            "Delaware",
        ),
    ],
)
def test_choice_of_law_families(text: str, place: str) -> None:
    assert _law_places(text) == {place}


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in this Agreement shall be construed to require either party to break the laws of the State of Texas.",
        "Any reference to a statute shall be construed as a reference to the laws of Canada as amended.",
    ],
)
def test_construed_as_names_no_governing_law(text: str) -> None:
    assert _law_places(text) == set()


def test_a_sentence_cut_by_a_page_break_reads_on_in_its_clause() -> None:
    clause = (
        "9.4 Governing Law. This Agreement shall be governed by the laws of\n\n\n\n\n\n"
        "the Commonwealth of Virginia, without regard to conflicts rules. Notices go to Ohio."
    )
    cut = "This Agreement shall be governed by the laws of\n\n\n\n\n\n"
    assert EXTRACTORS["jurisdiction"](cut, clause) == {"jurisdiction": "Virginia"}
    # a whole sentence is not read on into the next one
    whole = "This Agreement shall be governed by the laws applicable to it."
    assert EXTRACTORS["jurisdiction"](whole, whole + " The courts of Ohio decide.") == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("governed by Cayman law", "Cayman Islands"),
        ("construed under BVI law", "British Virgin Islands"),
        ("subject to Bermudian law", "Bermuda"),
        ("governed by Manx law", "Isle of Man"),
    ],
)
def test_offshore_law_adjectives(text: str, place: str) -> None:
    assert normalize_jurisdiction(text) == place


@pytest.mark.parametrize(
    ("answer", "places"),
    [
        ("New York", {"New York"}),
        ("Illinois; New York", {"Illinois", "New York"}),
        ("Delaware, Illinois", {"Delaware", "Illinois"}),
        ("British Columbia,Canada", {"British Columbia", "Canada"}),
        ("England", {"England and Wales"}),
    ],
)
def test_a_cuad_law_answer_names_every_place_it_lists(answer: str, places: set[str]) -> None:
    from contractscan.evaluation.clauses import labelled_places

    assert labelled_places(answer) == places


_ARBITRATION_FIRST = """SUPPLY AGREEMENT

1. Supply. Supplier shall supply the Products to Buyer.

2. Arbitration. Any dispute shall be resolved by binding arbitration in Dallas, Texas. The \
arbitration shall be governed by the Federal Arbitration Act and, to the extent not inconsistent, \
the laws of the State of Texas.

3. Governing Law. This Agreement shall be governed by the laws of the State of California.
"""
_LEASE_FIRST = """DISTRIBUTION AGREEMENT

1. Appointment. Company appoints Distributor for the Territory.

2. Warehouse. Any lease of the Warehouse shall be governed by the laws of the State of Georgia.

3. Governing Law. This Agreement shall be governed by the laws of the State of Illinois.
"""


@pytest.mark.parametrize(
    ("text", "place"), [(_ARBITRATION_FIRST, "California"), (_LEASE_FIRST, "Illinois")]
)
def test_the_contract_law_is_the_one_chosen_for_the_agreement(text: str, place: str) -> None:
    """A law chosen for a part (the arbitration, a lease) named first does not outvote the law
    chosen for the agreement itself."""
    from contractscan.evaluation.clauses import _jurisdiction, analyze, text_document

    provisions = analyze(text_document("d", "d.txt", text), shipped_rulebook())
    assert _jurisdiction(provisions) == place


def test_names_place() -> None:
    assert names_place("State of Montana")
    assert not names_place("Three (3) years from the Effective Date")


# --------------------------------------------------------------------------- the trie regexes


def _flat(names, flags):
    """The place regex as it was first written: every name in turn, longest first."""
    import re

    body = "|".join(
        r"\s+".join(re.escape(w) for w in n.split()) for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(r"(?<![\w.])(" + body + r")(?![\w])", flags)


def _place_texts():
    from hypothesis import strategies as st

    from contractscan.jurisdictions import CITIES, _tables

    names = sorted(set(_tables()[0]) | set(CITIES))
    glue = st.sampled_from([" ", "  ", "\n", ", ", ".", "-", "x", "the ", " of the State of "])
    name = st.sampled_from(names).flatmap(
        lambda n: st.sampled_from([n, n.upper(), n.lower(), n.title(), n.replace(" ", "\n")])
    )
    return st.lists(st.tuples(name, glue), max_size=5).map(
        lambda parts: "".join(a + b for a, b in parts)
    )


def test_the_place_tables_read_as_tries_find_what_a_flat_list_finds() -> None:
    """Every place name, city and adjective regex gives the same matches as the flat
    longest-first alternation it replaced (about ten times slower on real clauses)."""
    import re

    from hypothesis import given, settings

    from contractscan.jurisdictions import CITIES, PLACE_ADJECTIVES, _regexes, _tables

    names, _cased, _adjectives, cities = _regexes()
    flat_names = _flat(list(_tables()[0]), re.IGNORECASE)
    flat_cities = _flat(list(CITIES), re.IGNORECASE)

    @settings(max_examples=400, deadline=None)
    @given(_place_texts())
    def same(text: str) -> None:
        for trie_rx, flat_rx in ((names, flat_names), (cities, flat_cities)):
            assert [m.span(1) for m in trie_rx.finditer(text)] == [
                m.span(1) for m in flat_rx.finditer(text)
            ]

    same()
    # the adjectives read before a legal noun ("Irish law")
    adjectives = _regexes()[2]
    for adj in PLACE_ADJECTIVES:
        for text in (f"governed by {adj} law", f"the {adj.upper()} COURTS", f"{adj}\nlaw"):
            m = adjectives.search(text)
            assert m is not None and " ".join(m.group(1).lower().split()) == " ".join(
                adj.lower().split()
            ), text
