"""How much the parties read from a contract depend on its layout rather than its words.

Each dev contract of CUAD (never a held-out one) is read as filed and then changed in ways that
leave its parties as they are: a filing cover put before it, its opening's lines joined or
indented, its words padded with double spaces, its quotes made curly or straight, its opening
typed in capitals. For each change the script prints how many of the labelled names found in the
contract as filed are still found.
A name lost is a reading that hangs on layout, the kind of miss an unseen document will show.

    python benchmarks/party_perturbations.py [--data ../shared/data] [--show N] [--only CHANGE]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Callable
from pathlib import Path

from contractscan.evaluation.clauses import DEFAULT_DATA
from contractscan.evaluation.structure import (
    _PRONOUNS,
    _gold_names,
    _same_party,
    held_out,
    read_document,
)
from contractscan.structure import analyze_structure

OPENING = 5000
COVER = (
    "Source: NORTHGATE HOLDINGS INC, 8-K, 4/2/2021\n\nExhibit 10.4\n\n"
    "CONFIDENTIAL TREATMENT REQUESTED\n\n"
)


def _opening(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda t: change(t[:OPENING]) + t[OPENING:]


def _curly(t: str) -> str:
    out, opening = [], True
    for ch in t:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


CHANGES: dict[str, Callable[[str], str]] = {
    "filing cover before it": lambda t: COVER + t,
    "opening's lines joined": _opening(lambda h: re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", h)),
    "opening indented": _opening(
        lambda h: "\n".join("        " + ln if ln.strip() else ln for ln in h.split("\n"))
    ),
    "opening padded": _opening(lambda h: h.replace(" ", "  ")),
    "curly quotes": _curly,
    "straight quotes": lambda t: t.replace("\u201c", '"').replace("\u201d", '"'),
    "opening in capitals": _opening(str.upper),
}


def _found(text: str, names: list[str], path: Path) -> list[str]:
    doc = read_document(path).model_copy(update={"text": text})
    doc = doc.model_copy(update={"pages": [doc.pages[0].model_copy(update={"end": len(text)})]})
    pred = [
        n for p in analyze_structure(doc).parties for n in p.names if n.lower() not in _PRONOUNS
    ]
    return [g for g in names if any(_same_party(n, g, text) for n in pred)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", type=int, default=5, help="names lost to list per change")
    ap.add_argument("--only", choices=sorted(CHANGES), help="run this change alone")
    args = ap.parse_args()
    changes = {args.only: CHANGES[args.only]} if args.only else CHANGES
    cuad = args.data / "cuad"
    with open(cuad / "labels.csv", encoding="utf-8") as fh:
        rows = {Path(r["Filename"]).stem.lower(): r for r in csv.DictReader(fh)}
    kept = {k: 0 for k in changes}
    base_total = labelled = 0
    lost: dict[str, list[str]] = {k: [] for k in changes}
    for path in sorted((cuad / "txt").glob("*.txt")):
        row = rows.get(path.stem.lower())
        if held_out(path.name) or row is None or not (gold := _gold_names(row.get("Parties", ""))):
            continue
        text = read_document(path).text
        base = _found(text, gold, path)
        labelled += len(gold)
        base_total += len(base)
        for name, change in changes.items():
            still = _found(change(text), base, path)
            kept[name] += len(still)
            lost[name] += [f"{path.name[:48]}: {g}" for g in base if g not in still]
    print(f"CUAD dev contracts: {base_total}/{labelled} labelled names found as filed")
    for name in changes:
        print(f"  {name:<24} {kept[name]:4d}/{base_total} still found")
        for line in lost[name][: args.show]:
            print(f"      lost {line}")


if __name__ == "__main__":
    main()
