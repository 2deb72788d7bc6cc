"""The second to seventh batches of invented contract openings (party_openings.yaml,
party_openings3.yaml to party_openings7.yaml), scored like party_preambles.yaml: each must give the names it lists and no
other (pronouns aside). Each batch was scored before any rule was written for it; the first score
is in its YAML's header."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params

from .test_party_preambles import verdict

TABLE = Path(__file__).parent / "party_openings.yaml"
#: the third batch (its capitals and filing-cover variants are not derived: test_party_capitals
#: and test_party_covers read the second batch)
THIRD = Path(__file__).parent / "party_openings3.yaml"
#: the fourth batch: a fair sample of how filed contracts open, rather than the third's odd shapes
FOURTH = Path(__file__).parent / "party_openings4.yaml"
#: the fifth: the same kind of sample, weighted to amendments, filings and licences
FIFTH = Path(__file__).parent / "party_openings5.yaml"
#: the sixth: the same kind of sample, weighted to consulting, services, licences and agencies, and
#: to text extracted from PDFs (running headers, page lines, columns)
SIXTH = Path(__file__).parent / "party_openings6.yaml"
#: the seventh: the same kind of sample, weighted to older filings as hard-wrapped plain text
SEVENTH = Path(__file__).parent / "party_openings7.yaml"


@pytest.mark.parametrize(
    "case",
    [
        p
        for t in (TABLE, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH)
        for p in family_params(t, lambda c: (c,), lambda c: c["id"])
    ],
)
def test_invented_opening(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())
