"""Batches over worker processes: same report as one process, per-file failures, inherited Analyzer."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from contractscan.discover import DocumentSpec
from contractscan.extract import ExtractOptions
from contractscan.models import AnalyzedDocument, ErrorCode
from contractscan.pipeline import MAX_CHUNK, Analyzer, ScanOptions, _chunks, scan

FORK = sys.platform.startswith("linux")  # where pipeline.py forks its workers


def _slow_pdf(path: Path, pages: int = 150) -> None:
    """Many dense pages: pdfplumber needs seconds for them, more than the limit set below."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        for line in range(60):
            c.drawString(
                40,
                800 - 13 * line,
                f"{page}.{line} The Supplier shall indemnify the "
                "Customer against all claims arising from the Services and the Outputs.",
            )
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three copies of the samples' non-PDF documents, plus a set with a slow and a broken file."""
    root = tmp_path_factory.mktemp("batch")
    for i in range(3):
        for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir()):
            dest = root / f"{folder.name}-{i}"
            dest.mkdir()
            for f in folder.iterdir():
                if f.suffix in {".md", ".txt", ".html"}:
                    shutil.copy(f, dest / f.name)
    bad = root / "zz-bad"
    bad.mkdir()
    _slow_pdf(bad / "huge.pdf")
    (bad / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    shutil.copy(SAMPLES / "ai-api-vendor" / "sla.md", bad / "sla.md")
    return root


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    options = ScanOptions(extract=ExtractOptions(engine="pdfplumber", timeout=2.0))
    a = Analyzer.build(options)
    yield a  # type: ignore[misc]
    a.close()


def _run(analyzer: Analyzer, root: Path, workers: int) -> tuple[str, list[str]]:
    analyzer.options = analyzer.options.model_copy(update={"workers": workers})
    seen: list[str] = []

    def progress(spec: DocumentSpec, result: AnalyzedDocument) -> None:
        assert spec.id == result.document.id
        seen.append(spec.id)

    report = scan([str(root)], analyzer.options, progress=progress, analyzer=analyzer)
    return report.model_dump_json(), seen


def test_two_workers_give_the_same_report_and_progress_order(
    analyzer: Analyzer, batch: Path
) -> None:
    one, seen_one = _run(analyzer, batch, 1)
    two, seen_two = _run(analyzer, batch, 2)
    assert one == two
    assert seen_one == seen_two and len(seen_one) == len(set(seen_one)) > 10


@pytest.mark.parametrize("workers", [1, 2])
def test_a_slow_and_a_broken_file_cost_only_themselves(
    analyzer: Analyzer, batch: Path, workers: int
) -> None:
    analyzer.options = analyzer.options.model_copy(update={"workers": workers})
    report = scan([str(batch)], analyzer.options, analyzer=analyzer)
    errors = {Path(d.path).name: d.error for d in report.documents if d.error}
    assert set(errors) == {"huge.pdf", "broken.docx"}
    assert errors["huge.pdf"].code == ErrorCode.timeout
    assert errors["broken.docx"].code in {ErrorCode.corrupt, ErrorCode.unsupported_format}
    assert all("\n" not in e.message for e in errors.values())
    fine = [d for d in report.documents if not d.error]
    assert len(fine) == len(report.documents) - 2 and all(d.clauses for d in fine)
    bad_set = next(cs for cs in report.contract_sets if cs.name.startswith("zz-bad"))
    assert len(bad_set.documents) == 3  # the set still names its failed documents


@pytest.mark.skipif(not FORK, reason="workers inherit the Analyzer only where processes fork")
def test_forked_workers_inherit_the_analyzer_instead_of_building_it(
    analyzer: Analyzer, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_build(options: ScanOptions) -> Analyzer:
        raise RuntimeError("a worker rebuilt the Analyzer")

    monkeypatch.setattr(Analyzer, "build", staticmethod(no_build))
    analyzer.options = analyzer.options.model_copy(update={"workers": 2})
    report = scan([str(batch / "well-covered-0")], analyzer.options, analyzer=analyzer)
    assert [d.error for d in report.documents] == [None]


@pytest.mark.parametrize("jobs", [1, 2, 7, 8, 9, 40, 100, 333])
@pytest.mark.parametrize("workers", [2, 3])
def test_chunks_keep_every_document_once_in_order(jobs: int, workers: int) -> None:
    specs = [
        DocumentSpec(id=f"D{i}", path=Path(f"{i}.txt"), display_path=f"{i}.txt")
        for i in range(jobs)
    ]
    chunks = _chunks(specs, workers)
    assert [s for c in chunks for s in c] == specs
    assert all(0 < len(c) <= MAX_CHUNK for c in chunks)
    assert len(chunks) >= min(jobs, 4 * workers)  # enough tasks to keep every worker busy
