"""Golden Markdown reports of the sample sets: any change in behaviour shows up as a reviewable diff.

Regenerate after an intended change with:  CONTRACTSCAN_UPDATE_GOLDEN=1 pytest tests/golden
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from conftest import REPO, SAMPLES, shipped_analyzer

from contractscan.pipeline import scan
from contractscan.report import render

GOLDEN = Path(__file__).resolve().parent
SETS = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", SETS)
def test_sample_report_matches_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    report = scan([f"sample_contracts/{name}"], analyzer=shipped_analyzer())
    actual = render(report, "markdown")
    golden = GOLDEN / f"{name}.md"
    if os.environ.get("CONTRACTSCAN_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True),
                actual.splitlines(True),
                f"golden/{name}.md",
                "actual",
                n=1,
            )
        )
        pytest.fail(f"report of {name} changed; review and regenerate if intended:\n{diff[:6000]}")
