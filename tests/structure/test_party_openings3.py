"""A third batch of invented contract openings (party_openings3.yaml), scored like
party_preambles.yaml: each must give the names it lists and no other (pronouns aside). The batch
was scored before any rule was written for it; the first score is in the YAML's header."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params

from .test_party_preambles import verdict

TABLE = Path(__file__).parent / "party_openings3.yaml"


@pytest.mark.parametrize("case", family_params(TABLE, lambda c: (c,), lambda c: c["id"]))
def test_invented_opening(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())
