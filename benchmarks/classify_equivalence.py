"""Does the classification stage still give exactly the same provisions as at a base commit?

Speed work on `classify` (prefilter, block-wise tokenising, matcher changes) must not change a
single provision. This script runs `classify` twice over the unfair-tos, CUAD txt and genai-terms
corpora: once with a snapshot of the current package, once with that snapshot in which the
classification files are swapped for their version at `--base`. Both runs read the SAME rules (a snapshot of
this tree's `rules/`, which others may be editing) and the same document structures (computed once
here), so the only difference is the classification code. Every provision field is compared.

    python benchmarks/classify_equivalence.py --base <commit> [--data ../shared/data]
        [--same contractscan/classify.py]

Prints the number of documents, provisions and differences (and the first differences; of a
document in a corpus's held-out part, only the number).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: the files the classification stage is made of: swapped for their `--base` version
STAGE_FILES = [
    "contractscan/classify.py",
    "contractscan/rulebook.py",
    "contractscan/nlp.py",
    "contractscan/sentences.py",
    "contractscan/prefilter.py",
    "contractscan/spacing.py",
    "contractscan/attributes.py",
]
# contractscan/readings.py is not taken from the base: it loads rules/readings.yaml, which is data
# compared as it is now on both sides (a base loader would reject readings added since).


#: the id suffix of a document in a corpus's held-out part: its differences are counted, never shown
HELD_OUT = " (held out)"


def _held_out(data: Path, corpus: str) -> list[bool]:
    """For each document `load_texts` reads, in its order: whether it is in the held-out part,
    as the evaluation splits each corpus."""
    from contractscan.evaluation.clauses import cuad_split
    from contractscan.evaluation.genai_split import is_held_out

    if corpus == "unfair-tos":
        return [i % 4 == 3 for i, _ in enumerate(sorted((data / "unfair-tos").glob("*.xml")))]
    if corpus == "cuad":
        return [cuad_split(f.stem) == "test" for f in sorted((data / "cuad" / "txt").glob("*.txt"))]
    return [is_held_out(f.parent.name) for f in sorted((data / "genai-terms").glob("*/*.md"))]


def _documents(data: Path, limit: int | None) -> list[tuple[str, str]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from classify import load_texts  # benchmarks/classify.py

    out = []
    for corpus in ("unfair-tos", "cuad", "genai"):
        texts = load_texts(data, corpus)[:limit]
        held = _held_out(data, corpus)
        out += [(f"{corpus}-{i}" + (HELD_OUT if held[i] else ""), t) for i, t in enumerate(texts)]
    return out


def _prepare(data: Path, limit: int | None, path: Path) -> int:
    """Documents and their structures, written once as JSON lines for both runs."""
    from contractscan.evaluation.clauses import text_document
    from contractscan.structure import analyze_structure

    n = 0
    with path.open("w", encoding="utf-8") as f:
        for doc_id, text in _documents(data, limit):
            doc = text_document(doc_id, doc_id, text)
            structure = analyze_structure(doc)
            row = {
                "document": doc.model_dump(mode="json"),
                "structure": structure.model_dump(mode="json"),
            }
            f.write(json.dumps(row) + "\n")
            n += 1
    return n


def _snapshot(into: Path) -> Path:
    """A copy of this tree's package: others may edit their modules while the runs go on."""
    shutil.copytree(
        REPO / "contractscan", into / "contractscan", ignore=shutil.ignore_patterns("__pycache__")
    )
    return into


def _reference_package(base: str, current: Path, into: Path, same: list[str] = ()) -> Path:
    """The snapshot `current` with the stage files as they were at `base` (but those in `same`)."""
    shutil.copytree(current / "contractscan", into / "contractscan")
    for rel in STAGE_FILES:
        if rel in same:
            continue
        shown = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{base}:{rel}"], capture_output=True, text=True
        )
        target = into / rel
        if shown.returncode == 0:
            target.write_text(shown.stdout, encoding="utf-8")
        elif target.exists():
            target.unlink()  # a module that did not exist at base
    return into


def worker(inputs: Path, output: Path, rules: Path) -> None:
    """Classify every input document (with its structure, and with an empty one)."""
    import contractscan
    import contractscan.areas as areas_mod
    import contractscan.datafiles as datafiles
    import contractscan.rulebook as rulebook_mod

    for mod in (datafiles, areas_mod, rulebook_mod):
        mod.RULES_DIR = rules
    from contractscan.classify import classify
    from contractscan.models import Document, DocumentStructure

    print(f"  worker: contractscan from {Path(contractscan.__file__).parent}", file=sys.stderr)
    rb = rulebook_mod.load_rulebook()
    empty = DocumentStructure()
    with inputs.open(encoding="utf-8") as f, output.open("w", encoding="utf-8") as out:
        for line in f:
            row = json.loads(line)
            doc = Document.model_validate(row["document"])
            structure = DocumentStructure.model_validate(row["structure"])
            for label, st in (("structure", structure), ("empty", empty)):
                provisions = [p.model_dump(mode="json") for p in classify(doc, st, rb)]
                out.write(
                    json.dumps({"id": doc.id, "mode": label, "provisions": provisions}) + "\n"
                )


def _run(pythonpath: Path, inputs: Path, output: Path, rules: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(pythonpath)
    cmd = [sys.executable, __file__, "--worker", str(inputs), str(output), "--rules", str(rules)]
    subprocess.run(cmd, env=env, check=True, cwd=str(pythonpath))


def _load(path: Path) -> dict[tuple[str, str], list[dict]]:
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {(r["id"], r["mode"]): r["provisions"] for r in rows}


def compare(before: dict, after: dict, show: int = 10) -> int:
    diffs = 0
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key, []), after.get(key, [])
        if a == b:
            continue
        sa = {json.dumps(p, sort_keys=True) for p in a}
        sb = {json.dumps(p, sort_keys=True) for p in b}
        only_a, only_b = sorted(sa - sb), sorted(sb - sa)
        n = max(1, len(only_a) + len(only_b))  # same set in another order still counts once
        diffs += n
        if key[0].endswith(HELD_OUT):
            # whoever changes rules must not read what the held-out part's sentences say
            print(f"DIFF {key[0]} ({key[1]}): {n} differences, not shown")
            continue
        if show > 0:
            print(f"DIFF {key[0]} ({key[1]}): {len(a)} before, {len(b)} after")
            for p in only_a[:3]:
                print(f"  - {p[:400]}")
            for p in only_b[:3]:
                print(f"  + {p[:400]}")
            show -= 1
    return diffs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", help="commit whose classification code is the reference")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--rules", type=Path, default=REPO / "rules")
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument(
        "--same",
        action="append",
        default=[],
        choices=STAGE_FILES,
        help="a stage file taken from the working tree on both sides (one you did not change "
        "while someone else has uncommitted edits in it); repeatable",
    )
    ap.add_argument("--worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.rules.resolve())
        return
    if not args.base:
        ap.error("--base is required")
    with tempfile.TemporaryDirectory(prefix="classify-eq-") as tmp:
        tmpd = Path(tmp)
        # one snapshot of the rules for both runs: others may be editing rule files meanwhile
        rules = tmpd / "rules"
        shutil.copytree(args.rules, rules)
        inputs = tmpd / "inputs.jsonl"
        n = _prepare(args.data, args.limit, inputs)
        current = _snapshot(tmpd / "current")
        ref = _reference_package(args.base, current, tmpd / "ref", args.same)
        _run(ref, inputs, tmpd / "before.jsonl", rules)
        _run(current, inputs, tmpd / "after.jsonl", rules)
        before, after = _load(tmpd / "before.jsonl"), _load(tmpd / "after.jsonl")
        total = sum(len(v) for v in before.values())
        diffs = compare(before, after)
        print(
            f"{n} documents x 2 structures, {total:,} provisions before, "
            f"{sum(len(v) for v in after.values()):,} after: {diffs} differences"
        )


if __name__ == "__main__":
    main()
