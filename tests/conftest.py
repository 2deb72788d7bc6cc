"""Shared fixtures. Corpus tests read ../shared/data and skip when it is absent."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

if TYPE_CHECKING:
    from contractscan.pipeline import Analyzer
    from contractscan.rulebook import Rulebook

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_contracts"
SHARED_DATA = Path(os.environ.get("CONTRACTSCAN_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"corpus folder {SHARED_DATA} is absent")
    return SHARED_DATA


@cache
def shipped_rulebook() -> Rulebook:
    """The shipped rules, compiled once per test process. Compiling takes seconds and a Rulebook
    keeps nothing a run changes (its vocab only learns new words), so every test that reads the
    shipped rules shares this one; tests of loading itself call `load_rulebook` directly."""
    from contractscan.rulebook import load_rulebook

    return load_rulebook()


@cache
def shipped_analyzer() -> Analyzer:
    """An Analyzer with default options over `shipped_rulebook()`, shared like it; tests that
    change an analyzer's options build their own."""
    from contractscan.pipeline import Analyzer, ScanOptions
    from contractscan.playbook import load_playbook

    rulebook = shipped_rulebook()
    return Analyzer(
        rulebook=rulebook,
        areas=rulebook.areas,
        playbook=load_playbook(area_ids={a.id for a in rulebook.areas}),
        options=ScanOptions(),
    )


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return shipped_analyzer()


@pytest.fixture(scope="session", autouse=True)
def _stop_the_shared_reader() -> Iterator[None]:
    """The shared analyzer's reader child stopped when the session ends, if one was started."""
    yield
    if shipped_analyzer.cache_info().currsize:
        shipped_analyzer().close()


#: the opening the invented stance and wording sentences are read under: a vendor that is "we",
#: and "you" the customer
TERMS_PREAMBLE = (
    "TERMS OF SERVICE\n\n"
    'These Terms are between Zentro Labs, Inc. ("Zentro", "we", "us") and you.\n\n'
    "1. General\n\n"
)


def family_params(
    table: Path,
    values: Callable[[dict[str, Any]], tuple[Any, ...]],
    ident: Callable[[dict[str, Any]], str],
) -> list[Any]:
    """The rows of an invented-sentence table (a YAML list) as pytest params: `values(row)` gives
    a row's arguments, `ident(row)` its id; a row with `known_miss` (a wording the rules still read
    wrong) is a strict expected failure, so a fix shows up."""
    rows = yaml.safe_load(table.read_text(encoding="utf-8"))
    return [
        pytest.param(
            *values(row),
            marks=[pytest.mark.xfail(strict=True, reason=row["known_miss"])]
            if "known_miss" in row
            else [],
            id=ident(row),
        )
        for row in rows
    ]
