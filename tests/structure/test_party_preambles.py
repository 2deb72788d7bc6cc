"""A batch of invented preambles (party_preambles.yaml), scored as one: each must give the names it
lists, and no other name (pronouns aside). Each part of the batch was scored before any rule was
written for it; the first scores are in the YAML's comments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import family_params

from .test_party_families import BODY, parties

TABLE = Path(__file__).parent / "party_preambles.yaml"
_PRONOUNS = {"we", "us", "our", "you", "your"}


def _key(name: str) -> str:
    """A name as compared: spaces made one, a leading "the" or honorific (Mr., Dr.) left out."""
    return re.sub(
        r"^(?:the|Mr|Ms|Mrs|Dr|Prof)\.?\s+", "", " ".join(name.split()), flags=re.IGNORECASE
    )


def found_names(text: str, whole: bool) -> set[str]:
    """The names the preamble gives, pronouns left out."""
    got = parties(text if whole else text + BODY)
    return {_key(n) for ns in got.values() for n in ns if n.lower() not in _PRONOUNS}


def verdict(case: dict) -> tuple[set[str], set[str]]:
    """The expected names missed, and the names given that are neither expected nor allowed."""
    got = found_names(case["text"], case.get("whole", False))
    want = {_key(n) for n in case["names"]}
    allowed = want | {_key(n) for n in case.get("may", [])}
    return want - got, got - allowed


@pytest.mark.parametrize("case", family_params(TABLE, lambda c: (c,), lambda c: c["id"]))
def test_invented_preamble(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())
