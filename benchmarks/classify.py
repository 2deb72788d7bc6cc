"""Speed of the classification stage (tokenise + match + provisions) on a corpus of texts.

Prints tokens per second for the bare blank tokenizer (the floor), for tokenise + sentence
split, and for the whole stage with one shared, compiled rulebook. One core, one process.

    python benchmarks/classify.py [--data ../shared/data] [--corpus unfair-tos|cuad|genai] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from contractscan.classify import classify
from contractscan.evaluation.clauses import DEFAULT_DATA, parse_unfair, text_document
from contractscan.models import DocumentStructure
from contractscan.rulebook import load_rulebook


def load_texts(data: Path, corpus: str) -> list[str]:
    if corpus == "unfair-tos":
        return [
            parse_unfair(f.read_text(encoding="utf-8"))[0]
            for f in sorted((data / "unfair-tos").glob("*.xml"))
        ]
    if corpus == "cuad":
        return [
            f.read_text(encoding="utf-8", errors="replace")
            for f in sorted((data / "cuad" / "txt").glob("*.txt"))
        ]
    return [f.read_text(encoding="utf-8") for f in sorted((data / "genai-terms").glob("*/*.md"))]


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--corpus", choices=["unfair-tos", "cuad", "genai"], default="unfair-tos")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    texts = load_texts(args.data, args.corpus)
    t = time.perf_counter()
    rb = load_rulebook()
    load_s = time.perf_counter() - t
    blank = spacy.blank("en")
    tokens = sum(len(blank.make_doc(x)) for x in texts)
    docs = [text_document(f"d{i}", f"d{i}", x) for i, x in enumerate(texts)]
    empty = DocumentStructure()
    provisions = sum(len(classify(d, empty, rb)) for d in docs)  # warm-up, and a count

    tok_s = best_of(args.repeat, lambda: [blank.make_doc(x) for x in texts])
    sent_s = best_of(args.repeat, lambda: [rb.nlp(x) for x in texts])
    stage_s = best_of(args.repeat, lambda: [classify(d, empty, rb) for d in docs])

    print(
        f"corpus {args.corpus}: {len(texts)} documents, {tokens:,} tokens, {provisions:,} provisions"
    )
    print(
        f"rulebook: {len(rb.rules)} rules compiled in {load_s:.2f} s "
        f"({len(rb.phrase_matcher)} phrase keys, {len(rb.matcher)} token-pattern keys)"
    )
    print(f"blank tokenizer only       {tokens / tok_s:>12,.0f} tokens/s")
    print(f"tokenizer + sentences      {tokens / sent_s:>12,.0f} tokens/s")
    print(f"classification stage       {tokens / stage_s:>12,.0f} tokens/s   ({stage_s:.2f} s)")


if __name__ == "__main__":
    main()
