"""Normalising the place a governing-law or forum clause names."""

from __future__ import annotations

import pytest

from contractscan.attributes import EXTRACTORS
from contractscan.jurisdictions import (
    AUSTRALIAN_STATES,
    CANADIAN_PROVINCES,
    US_STATES,
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
        ("the laws of the state of new york", "New York"),
        # a forum named only by its city
        ("the exclusive jurisdiction of the courts of London", "England and Wales"),
        ("the courts of Tel Aviv", "Israel"),
        ("the laws of the jurisdiction in which the Customer is located", None),
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
    ],
)
def test_law_and_forum_named_separately(text: str, law: str, forum: str) -> None:
    assert normalize_jurisdiction(text) == law
    assert normalize_jurisdiction(text, forum=True) == forum


def test_extractors_still_registered_in_attributes() -> None:
    assert EXTRACTORS["jurisdiction"]("governed by Swiss law", "") == {
        "jurisdiction": "Switzerland"
    }
    assert EXTRACTORS["venue"]("the courts of Singapore", "") == {"venue": "Singapore"}
    assert EXTRACTORS["venue"]("a court of competent jurisdiction", "") == {}
    assert EXTRACTORS["venue"](
        "governed by the laws of Delaware; disputes go to the courts of New York", ""
    ) == {"venue": "New York"}
