"""The vendor's stance per area on invented sentences, family by family (stance_families.yaml):
customer duties (law, review, notice of breaches, AI disclosure), "cannot ensure", "may be
unavailable", no expectation of privacy, notice before a model is retired, indemnities for content
the customer generates. Read through the whole pipeline, as `contractscan evaluate stance` does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contractscan.evaluation.stance import provider_stance
from contractscan.pipeline import Analyzer, ScanOptions, analyze_text

CASES = yaml.safe_load((Path(__file__).parent / "stance_families.yaml").read_text(encoding="utf-8"))
PREAMBLE = (
    "TERMS OF SERVICE\n\n"
    'These Terms are between Zentro Labs, Inc. ("Zentro", "we", "us") and you.\n\n'
    "1. General\n\n"
)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build(ScanOptions())


def _params():
    for c in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=c["known_miss"])] if "known_miss" in c else []
        yield pytest.param(c["text"], c["area"], c["want"], marks=marks, id=f"{c['area']}-{c['text'][:40]}")


@pytest.mark.parametrize(("text", "area", "want"), list(_params()))
def test_vendor_stance(analyzer: Analyzer, text: str, area: str, want: str) -> None:
    report = analyze_text(PREAMBLE + text + "\n", analyzer=analyzer)
    assert provider_stance(report.contract_sets[0], area) == want


def test_the_table_spans_every_stance_and_area() -> None:
    assert {c["want"] for c in CASES} == {"covered", "limited", "disclaimed", "assigned_to_customer"}
    assert len({c["area"] for c in CASES}) == 13
