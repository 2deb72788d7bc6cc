"""Invented preambles of a fifteenth round (party_breaks.yaml): page breaks inside names, odd
nickname parentheses, names wrapped without a legal form, f/k/a and d/b/a at a line break, and
other shapes. Each is scored by the rules of test_party_preambles: every listed name must come out,
no other may (pronouns aside)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params

from .test_party_preambles import verdict

TABLE = Path(__file__).parent / "party_breaks.yaml"


@pytest.mark.parametrize("case", family_params(TABLE, lambda c: (c,), lambda c: c["id"]))
def test_invented_break_preamble(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())
