"""Speed of the classification stage (tokenise + match + provisions) on a corpus of texts.

Prints tokens per second for the bare blank tokenizer (the floor), for tokenise + sentence
split of whole texts, and for the whole stage with one shared, compiled rulebook (best of
`--repeat` runs, and the first run, whose tokenizer cache starts empty). The stage tokenises
only the paragraphs its prefilter keeps, so it can beat the bare tokenizer. One core, one process.

    python benchmarks/classify.py [--data ../shared/data] [--corpus unfair-tos|cuad|genai]
        [--repeat 3] [--cpu]
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


def best_of(repeat: int, fn, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--corpus", choices=["unfair-tos", "cuad", "genai"], default="unfair-tos")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time with this process's CPU time instead of the wall clock (a busy machine)",
    )
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    texts = load_texts(args.data, args.corpus)
    t = time.perf_counter()
    rb = load_rulebook()
    load_s = time.perf_counter() - t
    blank = spacy.blank("en")
    tokens = sum(len(blank.make_doc(x)) for x in texts)
    docs = [text_document(f"d{i}", f"d{i}", x) for i, x in enumerate(texts)]
    empty = DocumentStructure()
    t = clock()
    provisions = sum(len(classify(d, empty, rb)) for d in docs)  # warm-up, and a count
    first_s = clock() - t

    tok_s = best_of(args.repeat, lambda: [blank.make_doc(x) for x in texts], clock)
    ours_s = best_of(args.repeat, lambda: [rb.nlp.make_doc(x) for x in texts], clock)
    sent_s = best_of(args.repeat, lambda: [rb.nlp(x) for x in texts], clock)
    stage_s = best_of(args.repeat, lambda: [classify(d, empty, rb) for d in docs], clock)

    print(
        f"corpus {args.corpus}: {len(texts)} documents, {tokens:,} tokens, {provisions:,} provisions"
    )
    print(
        f"rulebook: {len(rb.rules)} rules compiled in {load_s:.2f} s "
        f"({len(rb.phrase_matcher)} phrase keys, {len(rb.matcher)} token-pattern keys)"
    )
    print(f"blank tokenizer only       {tokens / tok_s:>12,.0f} tokens/s")
    print(
        f"contractscan's tokenizer   {tokens / ours_s:>12,.0f} tokens/s   (nlp.make_nlp: caches more)"
    )
    print(f"tokenizer + sentences      {tokens / sent_s:>12,.0f} tokens/s")
    print(f"classification stage       {tokens / stage_s:>12,.0f} tokens/s   ({stage_s:.2f} s)")
    print(
        f"  first pass (cold cache)  {tokens / first_s:>12,.0f} tokens/s   ({first_s:.2f} s; "
        "the tokenizer remembers word chunks across documents)"
    )


if __name__ == "__main__":
    main()
