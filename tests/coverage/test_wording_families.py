"""The same sentence in different wordings reads the same (wording_families.yaml): contractions
and their expansions, the vendor's name and "we"/"us", the customer's name and "you" (the changes
of benchmarks/wording_perturbations.py). Each wording runs through the whole pipeline as a
one-clause terms of service, as test_stance_families.py runs its sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import TERMS_PREAMBLE as PREAMBLE

from contractscan.evaluation.perturbations import walk
from contractscan.evaluation.stance import provider_stance
from contractscan.pipeline import Analyzer, analyze_text

TABLE = Path(__file__).parent / "wording_families.yaml"


def _rows() -> list:
    out = []
    for row in yaml.safe_load(TABLE.read_text(encoding="utf-8")):
        for text in row["texts"]:
            out.append({**row, "text": text})
    return out


def _params() -> list:
    return [
        pytest.param(
            row,
            marks=[pytest.mark.xfail(strict=True, reason=row["known_miss"])]
            if "known_miss" in row
            else [],
            id=row["text"][:50],
        )
        for row in _rows()
    ]


@pytest.mark.parametrize("row", _params())
def test_every_wording_reads_the_same(analyzer: Analyzer, row: dict) -> None:
    report = analyze_text(PREAMBLE + row["text"] + "\n", analyzer=analyzer)
    if "area" in row:
        assert provider_stance(report.contract_sets[0], row["area"]) == row["want"]
    if "rule" in row:
        found = {
            (p.rule, p.obligor.value if p.obligor else "none")
            for c in walk(report.documents[0].clauses)
            for p in c.provisions
        }
        assert (row["rule"], row["obligor"]) in found, sorted(found)


def test_each_family_holds_two_wordings_at_least() -> None:
    for row in yaml.safe_load(TABLE.read_text(encoding="utf-8")):
        assert len(row["texts"]) >= 2 and ("area" in row or "rule" in row), row
