"""Extraction speed and agreement, the figures behind the `auto` engine and the HTML parser.

    .venv/bin/python benchmarks/extract.py [--data ../shared/data] [--limit N] [--raw]

Prints, per PDF engine (each run in its own child process so peak memory is its own): pages/s,
mean ms per page and peak RSS; the token-level agreement of the two engines' texts; and each
engine's agreement with the CUAD reference texts (cuad/txt, matched by file stem). With --raw
also the engines' plain text without the shared layout logic (pdfium get_text_range,
pdfplumber extract_text), to show what the layout logic adds. Then the cost of the per-file time
limit (forked child) and selectolax vs lxml on HTML pages.

Similarity = difflib ratio over word tokens (reading order counts) and bag-of-tokens F1 (order
ignored); whitespace and case are normalised. OCR is off here: scans are counted, not timed.
Times are CPU seconds of the measuring process (time.process_time), so other work on a shared
machine disturbs them less than wall-clock time; the fork overhead of the time limit is measured
in wall-clock time because the child's CPU time is not the parent's.
"""

from __future__ import annotations

import argparse
import difflib
import multiprocessing as mp
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "extract"))

from contractscan.extract import ExtractOptions, extract  # noqa: E402 - after the path

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def seq_ratio(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bag_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    p, r = common / len(a), common / len(b)
    return 0.0 if common == 0 else 2 * p * r / (p + r)


def corpus(data: Path, own: Path, limit: int | None) -> list[Path]:
    files = sorted((data / "cuad" / "pdf").glob("*"))
    files += sorted((data / "pdf-samples").glob("*/*.pdf"))
    files += sorted(own.glob("*.pdf"))
    files = [f for f in files if f.suffix.lower() == ".pdf"]
    return files[:limit] if limit else files


PASSWORDS = {"libreoffice-writer-password.pdf": "openpassword", "password-example.pdf": "test"}


def _run_engine(engine: str, files: list[Path], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    """Child process: extract every file with one engine, report texts, times and peak RSS."""
    results = {}
    for f in files:
        opts = ExtractOptions(
            engine=engine, ocr="never", timeout=None, password=PASSWORDS.get(f.name)
        )
        t = time.process_time()
        doc = extract(f, opts)
        dt = time.process_time() - t
        results[str(f)] = (
            doc.text,
            len(doc.pages),
            dt,
            doc.error.code.value if doc.error else None,
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((results, peak_mb))


def _run_raw(engine: str, files: list[Path], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    """Child process: the engine's own plain text, no shared layout logic."""
    results = {}
    for f in files:
        t = time.process_time()
        text, pages, err = "", 0, None
        try:
            if engine == "pdfium":
                import pypdfium2 as pdfium

                doc = pdfium.PdfDocument(f, password=PASSWORDS.get(f.name))
                parts = []
                for page in doc:
                    parts.append(page.get_textpage().get_text_range())
                    pages += 1
                text = "\n".join(parts)
            else:
                import pdfplumber

                with pdfplumber.open(f, password=PASSWORDS.get(f.name) or "") as pdf:
                    text = "\n".join((p.extract_text() or "") for p in pdf.pages)
                    pages = len(pdf.pages)
        except Exception as exc:  # noqa: BLE001
            err = type(exc).__name__
        results[str(f)] = (text, pages, time.process_time() - t, err)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((results, peak_mb))


def run_in_child(target, engine: str, files: list[Path]) -> tuple[dict, float]:  # type: ignore[no-untyped-def,type-arg]
    ctx = mp.get_context("spawn")  # a fresh interpreter: peak RSS is the engine's own
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(engine, files, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out  # type: ignore[no-any-return]


def speed_line(name: str, results: dict, peak: float) -> str:  # type: ignore[type-arg]
    ok = [(p, dt) for _, p, dt, err in results.values() if not err and p]
    pages = sum(p for p, _ in ok)
    secs = sum(dt for _, dt in ok)
    failed = sum(1 for *_, err in results.values() if err)
    return (
        f"{name:<22} files {len(results):3d} (no text/failed {failed:2d})  pages {pages:5d}  "
        f"{pages / secs if secs else 0:7.1f} pages/s  {1000 * secs / pages if pages else 0:6.2f} ms/page  "
        f"peak RSS {peak:6.0f} MB"
    )


def agreement(label: str, a: dict, b: dict, keys: list[str]) -> None:  # type: ignore[type-arg]
    seq, bag, named = [], [], []
    for k in keys:
        ta, tb = tokens(a[k][0]), tokens(b[k][0])
        if not ta or not tb:
            continue
        seq.append(seq_ratio(ta, tb))
        bag.append(bag_f1(ta, tb))
        named.append((seq[-1], Path(k).name))
    if seq:
        print(
            f"  {label:<40} docs {len(seq):3d}  order-aware ratio mean {statistics.mean(seq):.3f} "
            f"(min {min(seq):.3f})  bag F1 mean {statistics.mean(bag):.3f}"
        )
        cuad = [r for r, name in named if "_" in name and "EX-" in name.upper()]
        if cuad:
            print(
                f"  {'  of which CUAD contracts':<40} docs {len(cuad):3d}  order-aware ratio mean {statistics.mean(cuad):.3f} (min {min(cuad):.3f})"
            )
        print("  lowest: " + ", ".join(f"{name[:40]} {r:.2f}" for r, name in sorted(named)[:5]))


def strip_repeated_lines(text: str) -> str:
    """The reference without lines that recur 3+ times with digits masked (running footers)."""
    lines = text.splitlines()
    keys = [re.sub(r"\d+", "#", ln.strip().lower()) for ln in lines]
    counts = Counter(k for k in keys if k)
    return "\n".join(ln for ln, k in zip(lines, keys, strict=True) if not k or counts[k] < 3)


def reference_agreement(label: str, res: dict, refs: dict[str, list[str]]) -> None:  # type: ignore[type-arg]
    seq, bag = [], []
    for path, (text, _, _, _) in res.items():
        ref = refs.get(Path(path).stem)
        if ref is None or not text.strip():
            continue
        toks = tokens(text)
        seq.append(seq_ratio(toks, ref))
        bag.append(bag_f1(toks, ref))
    if seq:
        print(
            f"  {label:<40} docs {len(seq):3d}  order-aware ratio mean {statistics.mean(seq):.3f} "
            f"(min {min(seq):.3f})  bag F1 mean {statistics.mean(bag):.3f}"
        )


def timeout_overhead(files: list[Path]) -> None:
    """Mean per-file cost of the forked child that enforces the time limit."""
    small = [f for f in files if f.stat().st_size < 300_000][:15]
    if not small:
        return
    for f in small:  # warm caches and imports
        extract(f, ExtractOptions(engine="pdfium", ocr="never", timeout=None))
    times = {}
    for label, timeout in (
        ("in-process (timeout=None)", None),
        ("forked child (timeout=120)", 120.0),
    ):
        t = time.perf_counter()
        for _ in range(3):
            for f in small:
                extract(f, ExtractOptions(engine="pdfium", ocr="never", timeout=timeout))
        times[label] = (time.perf_counter() - t) / (3 * len(small))
    print(f"\nTime limit overhead (pdfium, {len(small)} files x3):")
    for label, dt in times.items():
        print(f"  {label:<28} {1000 * dt:7.2f} ms/file")
    base, fork = times.values()
    print(f"  overhead                     {1000 * (fork - base):7.2f} ms/file")


def html_pages(data: Path, own_html: str) -> list[bytes]:
    """Terms pages as HTML: our test page plus the genai-terms Markdown rendered to simple HTML."""
    pages = [own_html.encode()]
    for md in sorted((data / "genai-terms").glob("*/*.md")):
        body = []
        for line in md.read_text(encoding="utf-8", errors="replace").splitlines():
            esc = line.replace("&", "&amp;").replace("<", "&lt;")
            if line.startswith("#"):
                level = min(len(line) - len(line.lstrip("#")), 6)
                body.append(f"<h{level}>{esc.lstrip('#').strip()}</h{level}>")
            elif line.strip():
                body.append(f"<p>{esc}</p>")
        nav = "<nav>" + "".join(f"<a href='/{i}'>Link {i}</a>" for i in range(50)) + "</nav>"
        pages.append(
            (
                "<html><head><style>p{margin:0}</style><script>var x=1;</script></head><body>"
                f"<header>{nav}</header><div class='cookie-banner'>cookies</div><main>{''.join(body)}"
                "</main><footer>footer</footer></body></html>"
            ).encode()
        )
    return pages


def html_benchmark(pages: list[bytes]) -> None:
    from lxml import html as lxml_html
    from selectolax.lexbor import LexborHTMLParser

    from contractscan.extract.html import REMOVE_TAGS, extract_html

    def with_selectolax(data: bytes) -> str:
        tree = LexborHTMLParser(data)
        for tag in REMOVE_TAGS + ("header", "footer"):
            for node in tree.css(tag):
                node.decompose()
        main = tree.css_first("main") or tree.body
        return main.text(separator="\n") if main is not None else ""

    def with_lxml(data: bytes) -> str:
        root = lxml_html.fromstring(data)
        for el in root.xpath("//" + " | //".join(REMOVE_TAGS + ("header", "footer"))):
            el.drop_tree()
        mains = root.xpath("//main")
        main = mains[0] if mains else root
        return "\n".join(t for t in main.itertext())

    total_kb = sum(len(p) for p in pages) / 1024
    print(
        f"\nHTML parsers on {len(pages)} terms pages ({total_kb:.0f} KB): parse + drop boilerplate + main text"
    )
    for name, fn in (
        ("selectolax (lexbor)", with_selectolax),
        ("lxml.html", with_lxml),
        ("extract_html (selectolax, full)", extract_html),
    ):
        t = time.process_time()
        for _ in range(5):
            for p in pages:
                fn(p)
        dt = (time.process_time() - t) / (5 * len(pages))
        print(f"  {name:<34} {1000 * dt:7.2f} ms/page")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--limit", type=int, default=None, help="at most N PDFs")
    ap.add_argument(
        "--raw", action="store_true", help="also time the engines without the layout logic"
    )
    args = ap.parse_args()
    import extract_builders as build

    with tempfile.TemporaryDirectory() as tmp:
        own = Path(tmp)
        (own / "own-layout.pdf").write_bytes(build.layout_pdf_bytes())
        (own / "own-big.pdf").write_bytes(build.big_pdf_bytes(40))
        files = corpus(args.data, own, args.limit)
        if not files:
            sys.exit(f"no PDFs under {args.data}")
        print(
            f"Corpus: {len(files)} PDFs from {args.data} (cuad/pdf, pdf-samples) and 2 generated; OCR off"
        )
        runs = {}
        for engine in ("pdfium", "pdfplumber"):
            runs[engine] = run_in_child(_run_engine, engine, files)
            print(speed_line(f"{engine} + layout", *runs[engine]))
        if args.raw:
            for engine in ("pdfium", "pdfplumber"):
                runs[f"{engine} raw"] = run_in_child(_run_raw, engine, files)
                print(speed_line(f"{engine} raw", *runs[f"{engine} raw"]))
        keys = [str(f) for f in files]
        print("\nAgreement of the engines' texts:")
        agreement(
            "pdfium vs pdfplumber (both + layout)", runs["pdfium"][0], runs["pdfplumber"][0], keys
        )
        refs, bare = {}, {}
        for txt in sorted((args.data / "cuad" / "txt").glob("*.txt")):
            ref = txt.read_text(encoding="utf-8", errors="replace")
            refs[txt.stem] = tokens(ref)
            bare[txt.stem] = tokens(strip_repeated_lines(ref))
        print("\nAgreement with CUAD reference texts (cuad/txt, same stem):")
        for name, (res, _) in runs.items():
            reference_agreement(name, res, refs)
        print("  ... reference without its repeated lines (running footers such as 'Source: ...'):")
        for name, (res, _) in runs.items():
            reference_agreement(name, res, bare)
        timeout_overhead(files)
    html_benchmark(html_pages(args.data, build.HTML_PAGE))


if __name__ == "__main__":
    main()
