"""Normalising the place a governing-law or forum clause names."""

from __future__ import annotations

import pytest

from contractscan.attributes import EXTRACTORS
from contractscan.jurisdictions import normalize_jurisdiction


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
    ],
)
def test_normalize_jurisdiction(text: str, place: str | None) -> None:
    assert normalize_jurisdiction(text) == place


def test_extractors_still_registered_in_attributes() -> None:
    assert EXTRACTORS["jurisdiction"]("governed by Swiss law", "") == {
        "jurisdiction": "Switzerland"
    }
    assert EXTRACTORS["venue"]("the courts of Singapore", "") == {"venue": "Singapore"}
    assert EXTRACTORS["venue"]("a court of competent jurisdiction", "") == {}
