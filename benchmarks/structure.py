"""Speed of the structure stage: segmentation chars/s at 1x, 10x, 100x (linearity shows as a flat
rate), on numbered text, text with no numbering, one giant paragraph and thousands of tiny
sections; the legal sentence splitter's tokens/s; and the whole stage on the sample contracts and
(when present) the shared corpora.

    .venv/bin/python benchmarks/structure.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from contractscan.models import Document, Page
from contractscan.segment import segment
from contractscan.sentences import legal_sentencizer
from contractscan.structure import analyze_structure

REPO = Path(__file__).resolve().parent.parent

NUMBERED = (
    "{i}. Limitation of Liability\n\n{i}.1 Cap. Except as provided in Section {i}.2, our total liability "
    "will not exceed the fees paid by Customer (as defined in Section 1) in the 12 months before the claim, "
    "e.g. $1.5 million.\n\n{i}.2 Exclusions. The cap does not apply to:\n(a) indemnity under Section 11;\n"
    "(b) breach of confidentiality; and\n(c) gross negligence.\n\n"
)
UNNUMBERED = (
    "The provider will make the service available and the customer will pay the fees when due, and "
    "neither party will be liable for indirect damages except as the law requires otherwise.\n\n"
)
GIANT = (
    "the provider will make the service available and the customer will pay the fees when due and "
)
TINY = "{i}. Item {i}\n\nOne line.\n\n"


def _doc(text: str) -> Document:
    return Document(id="B", path="bench", text=text, pages=[Page(number=1, start=0, end=len(text))])


def _time(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def bench_segment() -> None:
    print("segment(): chars/s by size (a flat rate means linear time)")
    unit = 50_000
    for name, make in (
        ("numbered", lambda n: "".join(NUMBERED.format(i=i) for i in range(1, n))),
        ("no numbering", lambda n: UNNUMBERED * n),
        ("one paragraph", lambda n: GIANT * n),
        ("tiny sections", lambda n: "".join(TINY.format(i=i) for i in range(1, n))),
    ):
        row = []
        base = None
        for mult in (1, 10, 100):
            # grow the generator until the text reaches unit * mult characters
            n = 10
            text = make(n)
            while len(text) < unit * mult:
                n *= 2
                text = make(n)
            text = text[: unit * mult]
            secs = _time(segment, _doc(text))
            rate = len(text) / secs
            base = base or rate
            row.append(f"{mult:>3}x {len(text) / 1e6:5.2f}M chars {rate / 1e6:6.2f}M chars/s")
        print(f"  {name:<14}" + " | ".join(row))


def bench_sentences(data: Path | None) -> None:
    """The splitter alone on tokenised docs, next to the tokenizer on the same texts: on the
    synthetic numbered contract and, when present, the unfair-tos terms."""
    nlp = spacy.blank("en")
    corpora = {"numbered contract": ["".join(NUMBERED.format(i=i) for i in range(1, 400))]}
    if data and (data / "unfair-tos").is_dir():
        corpora["unfair-tos"] = [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((data / "unfair-tos").glob("*.xml"))
        ]
    for name, texts in corpora.items():
        docs = [nlp.make_doc(t) for t in texts]
        n = sum(len(d) for d in docs)
        reps = 5
        secs = min(
            _time(lambda docs=docs: [legal_sentencizer(d) for d in docs]) for _ in range(reps)
        )
        t_tok = min(
            _time(lambda texts=texts: [nlp.make_doc(t) for t in texts]) for _ in range(reps)
        )
        print(
            f"legal_sentencizer on {name}: {n:,} tokens, {n / secs / 1e3:,.0f}k tokens/s "
            f"(tokenizer alone: {n / t_tok / 1e3:,.0f}k tokens/s)"
        )


def bench_documents(data: Path | None) -> None:
    paths = sorted(
        p for p in (REPO / "sample_contracts").glob("*/*") if p.suffix in (".md", ".txt")
    )
    if data and data.is_dir():
        paths += sorted((data / "cuad" / "txt").glob("*.txt"))
        paths += sorted((data / "genai-terms").glob("*/*.md"))
    if not paths:
        return
    chars = 0
    secs = 0.0
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        d = _doc(text)
        secs += _time(analyze_structure, d)
        chars += len(text)
    print(
        f"analyze_structure on {len(paths)} real documents: {chars / 1e6:.1f}M chars, "
        f"{chars / secs / 1e6:.2f}M chars/s, {secs / len(paths) * 1000:.1f} ms/document"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()
    bench_segment()
    bench_sentences(args.data)
    bench_documents(args.data)
    bench_one_long_document(args.data)


def bench_one_long_document(data: Path | None) -> None:
    """All CUAD contracts as one document (a 1,600-page contract): the whole stage stays linear."""
    if not data or not (data / "cuad" / "txt").is_dir():
        return
    text = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((data / "cuad" / "txt").glob("*.txt"))
    )
    for frac in (0.01, 0.1, 1.0):
        part = text[: int(len(text) * frac)]
        secs = _time(analyze_structure, _doc(part))
        print(
            f"analyze_structure, one document of {len(part) / 1e6:5.2f}M chars: "
            f"{len(part) / secs / 1e6:.2f}M chars/s"
        )


if __name__ == "__main__":
    main()
