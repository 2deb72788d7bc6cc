"""How much the provisions read from a document depend on how it is typed rather than what it says.

Each dev document of the AI vendors' terms and of UNFAIR-ToS (never a held-out one) is read
through the whole pipeline (`analyze_text`: segmentation, parties, classification) as it is, and
then changed in ways a lawyer would not notice, each one character for one so that offsets stay
comparable:

- curly: apostrophes and quotes made curly ("don’t", “as is”);
- capitals: every other paragraph in capitals, as notices and disclaimers are typed;
- no-break: every other paragraph's spaces made no-break spaces, as a web page copied keeps them;
- wrapped: every paragraph hard-wrapped at 72 columns, a space turned into a line break.

For each change the script prints how many of the provisions read as typed are lost (no provision
of the same rule, type, obligor and stance at the same place) and how many new ones appear. A
provision lost is a reading that hangs on typing, the kind of miss an unseen document will show.
It also prints in how many documents the parties read differ from those read as typed (names
compared case-blind, each role's names as a set).

    python benchmarks/clause_perturbations.py [--data ../shared/data] [--show N] [--only CHANGE]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from contractscan.evaluation.clauses import DEFAULT_DATA, parse_unfair
from contractscan.evaluation.genai_split import is_held_out
from contractscan.evaluation.perturbations import compare, hard_wrap, readings
from contractscan.models import Report
from contractscan.pipeline import Analyzer, ScanOptions, analyze_text

WIDTH = 72


def _curly(text: str) -> str:
    # a mark that opens (at a start, after a space or a bracket) is a left one, as a word
    # processor types it: "“Company”", "‘we’", "don’t"
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))'(?=[\w*_])", "\u2018", text, flags=re.MULTILINE)
    text = re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)
    text = re.sub(r'(?:(?<=^)|(?<=[\s(\[]))"', "\u201c", text, flags=re.MULTILINE)
    return text.replace('"', "\u201d")


def _every_other_paragraph(change: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        parts = re.split(r"(\n\s*\n)", text)
        # parts alternate paragraph, separator, paragraph, ...: change paragraphs 1, 3, 5, ...
        return "".join(change(p) if i % 4 == 2 else p for i, p in enumerate(parts))

    return apply


def _upper(paragraph: str) -> str:
    # one character for one: a letter whose capital is longer ("ß" -> "SS") stays as it is
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in paragraph)


def _wrapped(text: str) -> str:
    return hard_wrap(text, WIDTH)


CHANGES: dict[str, Callable[[str], str]] = {
    "curly": _curly,
    "capitals": _every_other_paragraph(_upper),
    "no-break": _every_other_paragraph(lambda p: p.replace(" ", "\u00a0")),
    "wrapped": _wrapped,
}


def _parties(report: Report) -> dict[str, frozenset[str]]:
    """The report's first document's parties: each role's names, case-blind."""
    return {
        p.role.value: frozenset(n.lower() for n in p.names) for p in report.documents[0].parties
    }


def dev_documents(data: Path) -> Iterator[tuple[str, str]]:
    for f in sorted((data / "genai-terms").glob("*/*.md")):
        if not is_held_out(f.parent.name):
            yield f"genai/{f.parent.name}/{f.name}", f.read_text(encoding="utf-8")
    for i, f in enumerate(sorted((data / "unfair-tos").glob("*.xml"))):
        if i % 4 != 3:  # the evaluation's held-out part is every 4th document
            yield f"unfair/{f.stem}", parse_unfair(f.read_text(encoding="utf-8"))[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", type=int, default=0, help="list the first N provisions lost")
    ap.add_argument("--only", choices=sorted(CHANGES), action="append")
    args = ap.parse_args()
    analyzer = Analyzer.build(ScanOptions())
    names = args.only or list(CHANGES)
    lost = {n: 0 for n in names}
    gained = {n: 0 for n in names}
    examples: dict[str, list[str]] = {n: [] for n in names}
    parties_differ = {n: 0 for n in names}
    total = documents = 0
    for doc_id, text in dev_documents(args.data):
        documents += 1
        as_typed = analyze_text(text, analyzer=analyzer)
        base = readings(as_typed)
        total += len(base)
        for name in names:
            changed = CHANGES[name](text)
            assert len(changed) == len(text), name
            report = analyze_text(changed, analyzer=analyzer)
            parties_differ[name] += _parties(report) != _parties(as_typed)
            missing, new = compare(base, readings(report))
            lost[name] += len(missing)
            gained[name] += len(new)
            for k in missing[: max(0, args.show - len(examples[name]))]:
                examples[name].append(f"    {doc_id} {k[0]} {k[3]}: {base[k][:110]!r}")
    print(f"{documents} dev documents (AI vendors' terms and UNFAIR-ToS), {total:,} provisions")
    for name in names:
        print(
            f"  {name:<9} lost {lost[name]:>5}  new {gained[name]:>5}"
            f"  parties differ in {parties_differ[name]:>2} documents"
        )
        for line in examples[name]:
            print(line)


if __name__ == "__main__":
    main()
