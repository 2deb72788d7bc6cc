"""Invented openings of AI products' terms of service (party_tos_openings.yaml), scored like
party_openings.yaml, and the vendor (and the customer, where named) read in its role. The batch was
scored before any rule was written for it; the figures are in docs/measurements.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params

from contractscan.models import PartyRole

from .test_party_families import BODY, parties
from .test_party_preambles import _key, verdict

TABLE = Path(__file__).parent / "party_tos_openings.yaml"


def misread_roles(case: dict) -> set[tuple[str, str]]:
    """The (role, name) pairs the case expects that the reading does not give."""
    got = parties(case["text"] if case.get("whole", False) else case["text"] + BODY)
    keyed = {role: {_key(n) for n in names} for role, names in got.items()}
    want = [(PartyRole.provider, n) for n in case.get("provider", [])]
    want += [(PartyRole.customer, n) for n in case.get("customer", [])]
    return {(r.value, n) for r, n in want if _key(n) not in keyed.get(r, set())}


@pytest.mark.parametrize("case", family_params(TABLE, lambda c: (c,), lambda c: c["id"]))
def test_invented_terms_opening(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra, misread_roles(case)) == (set(), set(), set())
