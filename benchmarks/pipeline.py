"""Whole-pipeline speed: ms per page per stage, and batch throughput with 1..N worker processes.

    python benchmarks/pipeline.py [--copies 20] [--workers 1,2]

Builds a batch by copying the bundled sample contracts COPIES times into a temporary folder (each
copy its own contract set), then prints per-stage cost on one process and documents/s and pages/s
for each worker count. Figures are ratios within one run; machines here are shared and noisy.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from contractscan.classify import classify  # noqa: E402
from contractscan.discover import discover  # noqa: E402
from contractscan.extract import extract  # noqa: E402
from contractscan.pipeline import Analyzer, ScanOptions, scan  # noqa: E402
from contractscan.structure import analyze_structure  # noqa: E402


def stage_costs(analyzer: Analyzer, folder: Path, rounds: int = 3) -> None:
    specs = [d for s in discover([str(folder)]) for d in s.documents]
    totals = {"extract": 0.0, "structure": 0.0, "classify": 0.0}
    pages = chars = 0
    for _ in range(rounds):
        for spec in specs:
            t0 = time.perf_counter()
            doc = extract(spec.path, analyzer.options.extract, doc_id=spec.id, display_path=spec.display_path)
            t1 = time.perf_counter()
            st = analyze_structure(doc, nlp=analyzer.rulebook.nlp)
            t2 = time.perf_counter()
            classify(doc, st, analyzer.rulebook)
            t3 = time.perf_counter()
            totals["extract"] += t1 - t0
            totals["structure"] += t2 - t1
            totals["classify"] += t3 - t2
            pages += max(1, len(doc.pages))
            chars += len(doc.text)
    print(f"per-stage cost over {len(specs)} sample documents x {rounds} rounds "
          f"({pages // rounds} pages, {chars // rounds} chars each round):")
    for stage, secs in totals.items():
        print(f"  {stage:<10} {1000 * secs / pages:8.2f} ms/page   {chars / secs / 1e6:7.2f} M chars/s")
    whole = sum(totals.values())
    print(f"  {'total':<10} {1000 * whole / pages:8.2f} ms/page")


def batch(folder: Path, workers: list[int], copies: int) -> None:
    print(f"\nbatch of {copies} copies of the samples:")
    base = None
    for n in workers:
        opts = ScanOptions(workers=n)
        t0 = time.perf_counter()
        report = scan([str(folder)], opts)
        secs = time.perf_counter() - t0
        pages = sum(max(1, d.page_count or 1) for d in report.documents)
        base = base or secs
        print(f"  workers={n}: {len(report.documents)} documents, {pages} pages in {secs:6.2f} s "
              f"= {len(report.documents) / secs:6.1f} docs/s, {pages / secs:6.1f} pages/s "
              f"(speed-up x{base / secs:4.2f}); {report.summary.gaps} gaps")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    analyzer = Analyzer.build(ScanOptions())
    stage_costs(analyzer, REPO / "sample_contracts")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.copies):
            for s in (REPO / "sample_contracts").iterdir():
                if s.is_dir():
                    shutil.copytree(s, Path(tmp) / f"{s.name}-{i:03d}")
        batch(Path(tmp), [int(w) for w in args.workers.split(",")], args.copies)


if __name__ == "__main__":
    main()
