"""Whole-pipeline speed: ms per page per stage, and batch throughput with 1..N worker processes.

    python benchmarks/pipeline.py [--copies 20] [--workers 1,2] [--repeats 3] [--rounds 3]

1. Per-stage cost on one process over the bundled sample contracts: extract (through the
   Analyzer's long-lived reader child, as batches run it), structure, classify; plus extraction
   with a fresh fork per file (what a lone `extract()` call pays) for comparison. Wall-clock and
   CPU time of this process (CPU time is disturbed less by other work on a shared machine; the
   reader child's CPU time is not this process's, so extract CPU is only the parent's share).
2. A batch, scanned with an Analyzer built beforehand (its build time, a fixed cost per run of the
   CLI, is printed on its own): the samples copied COPIES times into a temporary folder (each copy its own contract
   set). Every repeat runs each worker count once, in rotating order so a drift in the machine's
   load does not favour one; printed per repeat and as the median over repeats, with the ratio
   to the first worker count computed within each repeat. The machine is shared and noisy: read
   ratios from one run, not absolute times across runs. CPU of all processes (this one and every
   reaped child) shows the work itself whatever the load.
3. The machine's own parallelism in the same repeat: a fixed pure-Python loop run as tasks over
   the same worker counts. On a saturated shared machine even this loop may gain nothing from a
   second process; the pipeline's speed-up should be read against it (efficiency = ratio of the
   two speed-ups).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
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


class _Clock:
    """Wall-clock and CPU seconds of this process since the last `lap()`."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        out = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return out


def stage_costs(analyzer: Analyzer, folder: Path, rounds: int) -> None:
    specs = [d for s in discover([str(folder)]) for d in s.documents]
    stages = ("extract", "extract (fork per file)", "structure", "classify")
    wall = dict.fromkeys(stages, 0.0)
    cpu = dict.fromkeys(stages, 0.0)
    pages = chars = 0
    opts = analyzer.options.extract
    analyzer.analyze_document(specs[0])  # start the reader child outside the timing
    for _ in range(rounds):
        for spec in specs:
            clock = _Clock()
            extract(spec.path, opts, doc_id=spec.id, display_path=spec.display_path)
            costs = {"extract (fork per file)": clock.lap()}
            doc = extract(
                spec.path,
                opts,
                doc_id=spec.id,
                display_path=spec.display_path,
                reader=analyzer.reader,
            )
            costs["extract"] = clock.lap()
            st = analyze_structure(doc, nlp=analyzer.rulebook.nlp)
            costs["structure"] = clock.lap()
            classify(doc, st, analyzer.rulebook)
            costs["classify"] = clock.lap()
            for stage, (w, c) in costs.items():
                wall[stage] += w
                cpu[stage] += c
            pages += max(1, len(doc.pages))
            chars += len(doc.text)
    print(
        f"per-stage cost over {len(specs)} sample documents x {rounds} rounds "
        f"({pages // rounds} pages, {chars // rounds} chars each round):"
    )
    print(f"  {'':<24} {'wall ms/page':>12} {'cpu ms/page':>12}")
    for stage in stages:
        print(f"  {stage:<24} {1000 * wall[stage] / pages:12.2f} {1000 * cpu[stage] / pages:12.2f}")
    whole = [s for s in stages if "fork" not in s]
    print(
        f"  {'total':<24} {1000 * sum(wall[s] for s in whole) / pages:12.2f} "
        f"{1000 * sum(cpu[s] for s in whole) / pages:12.2f}"
    )


def _spin(_: int) -> float:
    x = 0
    for i in range(3_000_000):
        x += i
    return float(x)


def _machine(n: int, tasks: int = 8) -> float:
    """Seconds for `tasks` fixed CPU-bound tasks over n forked processes (n=1: in this one)."""
    t0 = time.perf_counter()
    if n == 1:
        for t in range(tasks):
            _spin(t)
    else:
        with multiprocessing.get_context("fork").Pool(n) as pool:
            pool.map(_spin, range(tasks), chunksize=1)
    return time.perf_counter() - t0


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (workers, reader children)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def batch(analyzer: Analyzer, folder: Path, workers: list[int], copies: int, repeats: int) -> None:
    print(f"\nbatch of {copies} copies of the samples, {repeats} repeats, worker counts {workers}:")
    secs: dict[int, list[float]] = {n: [] for n in workers}
    cpus: dict[int, list[float]] = {n: [] for n in workers}
    ratios: dict[int, list[float]] = {n: [] for n in workers}
    machine: dict[int, list[float]] = {n: [] for n in workers}
    reports: dict[int, str] = {}
    docs = pages = 0
    for r in range(repeats):
        order = workers[r % len(workers) :] + workers[: r % len(workers)]
        this: dict[int, float] = {}
        for n in order:
            t0, c0 = time.perf_counter(), _cpu()
            analyzer.options = ScanOptions(workers=n)
            report = scan([str(folder)], analyzer.options, analyzer=analyzer)
            this[n] = time.perf_counter() - t0
            cpus[n].append(_cpu() - c0)
            secs[n].append(this[n])
            docs = len(report.documents)
            pages = sum(max(1, d.page_count or 1) for d in report.documents)
            reports.setdefault(n, report.model_dump_json())
        spin = {n: _machine(n) for n in order}
        line = ", ".join(f"workers={n} {this[n]:6.2f} s" for n in workers)
        for n in workers:
            ratios[n].append(this[workers[0]] / this[n])
            machine[n].append(spin[workers[0]] / spin[n])
        print(
            f"  repeat {r + 1} (order {order}): {line}; pipeline "
            + ", ".join(f"x{this[workers[0]] / this[n]:.2f}" for n in workers[1:])
            + "; machine (pure-Python loop) "
            + ", ".join(f"x{spin[workers[0]] / spin[n]:.2f}" for n in workers[1:])
        )
    print(f"  {docs} documents, {pages} pages per run; median over repeats:")
    for n in workers:
        s = statistics.median(secs[n])
        print(
            f"  workers={n}: {s:6.2f} s = {docs / s:6.1f} docs/s, {pages / s:6.1f} pages/s, "
            f"{1000 * s / pages:6.2f} ms/page; speed-up vs workers={workers[0]}: "
            f"x{statistics.median(ratios[n]):4.2f} (median of per-repeat ratios); "
            f"CPU of all processes {1000 * statistics.median(cpus[n]) / pages:6.2f} ms/page; "
            f"machine speed-up x{statistics.median(machine[n]):4.2f}"
        )
    same = len(set(reports.values())) == 1
    print(f"  reports identical across worker counts: {same}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the samples for stage costs")
    ap.add_argument("--no-stages", action="store_true")
    args = ap.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cores: {os.cpu_count()}, load average at start: {load:.1f}")
    clock = _Clock()
    analyzer = Analyzer.build(ScanOptions())
    wall, cpu = clock.lap()
    print(f"Analyzer.build: {wall:.2f} s wall, {cpu:.2f} s CPU")
    if not args.no_stages:
        stage_costs(analyzer, REPO / "sample_contracts", args.rounds)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.copies):
            for s in (REPO / "sample_contracts").iterdir():
                if s.is_dir():
                    shutil.copytree(s, Path(tmp) / f"{s.name}-{i:03d}")
        batch(
            analyzer,
            Path(tmp),
            [int(w) for w in args.workers.split(",")],
            args.copies,
            args.repeats,
        )


if __name__ == "__main__":
    main()
