"""The HTML report opened in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (make system-deps)"
)
ORDER = ["info", "low", "medium", "high", "critical"]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "contractscan",
            "scan",
            "sample_contracts",
            "--format",
            "html",
            "-o",
            str(out),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_report_renders_and_filters_gaps_by_severity(page_file: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            assert page.title() == "contractscan report"
            sets = page.locator("section.contract-set")
            assert sets.count() >= 2
            # every set has the 13 areas as matrix rows, with a coloured status per cell
            for i in range(sets.count()):
                rows = sets.nth(i).locator("table.matrix tr")
                assert rows.count() == 14
            statuses = page.locator("table.matrix td").evaluate_all(
                "els => els.map(e => e.className)"
            )
            assert {"disclaimed", "silent"} <= set(statuses)
            bg = page.locator("table.matrix td.disclaimed").first.evaluate(
                "e => getComputedStyle(e).backgroundColor"
            )
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent")

            severities = page.locator(".gap").evaluate_all(
                "els => els.map(e => e.dataset.severity)"
            )
            assert severities and page.text_content("#shown") == str(len(severities))
            page.select_option("#min-severity", "high")
            expected = sum(1 for s in severities if ORDER.index(s) >= ORDER.index("high"))
            assert page.text_content("#shown") == str(expected)
            assert page.locator(".gap:not(.hidden)").count() == expected
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            assert errors == []
        finally:
            browser.close()
