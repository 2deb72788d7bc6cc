"""Memory of a batch: peak resident memory of one `scan` as the number of documents grows.

    python benchmarks/batch_memory.py [--sizes 25,100,400] [--data ../shared/data]

Each size runs in a fresh process (so its peak is its own), scanning a temporary folder of that
many text contracts with `--sets file` (each file its own contract set, as a batch of unrelated
vendors' terms is scanned) and rendering the JSON report; the peak is read after the scan
("scanned") and after rendering. The texts are CUAD's contract texts when
../shared/data is present (cycled), else the bundled samples' text files. Printed per size: peak
RSS, wall seconds, characters read, the JSON report's size, and the growth of peak RSS per
document between sizes (what a batch of thousands costs on top of the fixed cost of loading).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"

CHILD = r"""
import json, resource, sys, time
from contractscan.pipeline import ScanOptions, scan
from contractscan.report import render
t = time.perf_counter()
report = scan([sys.argv[1]], ScanOptions(grouping="file"))
scanned = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out = render(report, "json")
print(json.dumps({
    "seconds": time.perf_counter() - t,
    "scan_mb": scanned,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "report_mb": len(out.encode()) / 2**20,
    "documents": len(report.documents),
    "failed": report.summary.documents_failed,
}))
"""


def sources(data: Path) -> list[Path]:
    cuad = sorted((data / "cuad" / "txt").glob("*.txt"))
    if cuad:
        return cuad
    return sorted(p for p in (REPO / "sample_contracts").rglob("*") if p.suffix in (".md", ".txt"))


def run(size: int, texts: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        chars = 0
        for i in range(size):
            src = texts[i % len(texts)]
            dst = Path(tmp) / f"{i:05d}-{src.name}"
            body = src.read_text(encoding="utf-8", errors="replace")
            chars += len(body)
            dst.write_text(body, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, tmp], capture_output=True, text=True, cwd=REPO, check=True
        )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["chars"] = chars
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="25,100,400")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    texts = sources(args.data)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"texts: {len(texts)} distinct ({'CUAD' if 'cuad' in str(texts[0]) else 'samples'}), cycled"
    )
    print(
        f"{'documents':>9} {'chars':>11} {'scanned':>10} {'peak RSS':>10} {'seconds':>8} {'report':>9}"
    )
    prev = None
    for n in sizes:
        r = run(n, texts)
        print(
            f"{r['documents']:>9} {r['chars']:>11,} {r['scan_mb']:>8.0f}MB {r['rss_mb']:>8.0f}MB {r['seconds']:>8.1f} "
            f"{r['report_mb']:>7.1f}MB" + (f"  failed {r['failed']}" if r["failed"] else "")
        )
        if prev is not None:
            per_doc = (r["rss_mb"] - prev["rss_mb"]) / (n - prev["documents"]) * 1024
            per_char = (r["rss_mb"] - prev["rss_mb"]) * 2**20 / max(1, r["chars"] - prev["chars"])
            print(
                f"{'':>9} growth {per_doc:.0f} KB of peak RSS per document ({per_char:.1f} bytes per character read)"
            )
        prev = r


if __name__ == "__main__":
    main()
