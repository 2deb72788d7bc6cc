"""Compare the scan of each sample contract set with its expected.yaml, section by section.

Prints, per set, the key provisions of expected.yaml `sections` the classifier does not find (with
what it found in that clause instead), then the coverage cells and gaps that differ. The test
(tests/coverage/test_samples.py) checks cells and gaps only; this script shows why they differ.

    .venv/bin/python benchmarks/samples_compare.py [SET ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def _section_misses(folder: Path, name: str, spec: dict, analyzed) -> list[str]:  # type: ignore[no-untyped-def]
    numbers = {c.id: c.number for c in analyzed.structure.clauses}
    by_number: dict[str | None, list] = {}
    for p in analyzed.provisions:
        by_number.setdefault(numbers.get(p.clause_id), []).append(p)
    out = []
    for s in spec.get("sections") or []:
        found = by_number.get(str(s["number"]), [])
        same = [p for p in found if p.type.value == s["type"]]
        ok = any(
            s.get("obligor") in (None, p.obligor and p.obligor.value)
            and s.get("stance", p.stance.value) == p.stance.value
            and set(s.get("areas", [])) <= set(p.areas)
            for p in same
        )
        if not ok:
            got = [
                (p.type.value, p.obligor and p.obligor.value, p.stance.value, p.areas, p.rule)
                for p in found
            ][:5]
            out.append(f"  {name} {s['number']}: want {s}\n      got {got}")
    return out


def compare(folder: Path) -> list[str]:
    sys.path.insert(0, str(REPO / "tests" / "coverage"))
    import test_samples as ts  # the test's own scan, so both read the set the same way

    import contractscan.classify as classify
    import contractscan.extract as extract
    import contractscan.structure as structure
    from contractscan.areas import load_areas
    from contractscan.discover import discover
    from contractscan.playbook import load_playbook
    from contractscan.rulebook import load_rulebook

    rulebook = load_rulebook()
    stages = (extract, structure, classify, rulebook, load_areas(), load_playbook())
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    lines = [f"== {folder.name}"]
    [spec] = discover([str(folder)])
    by_name = {Path(d.path).name: d for d in spec.documents}
    for name, doc_spec in (expected.get("documents") or {}).items():
        d = by_name.get(name)
        if d is None:
            lines.append(f"  {name}: not found")
            continue
        document = extract.extract(d.path, doc_id=d.id, display_path=d.display_path)
        st = structure.analyze_structure(document, nlp=rulebook.nlp, hints=d.hints)
        from contractscan.models import AnalyzedDocument

        analyzed = AnalyzedDocument(
            document=document, structure=st, provisions=classify.classify(document, st, rulebook)
        )
        lines += _section_misses(folder, name, doc_spec, analyzed)
    cs = ts.scan_set(folder, stages)
    got = {(c.area, c.party.value): c for c in cs.coverage}
    for area, parties in expected["coverage"].items():
        for party in ("provider", "customer", "end_user", "data_supplier"):
            want = parties.get(party) or "silent"
            cell = got.get((area, party))
            have = cell.status.value if cell else "silent"
            if want != have:
                lines.append(
                    f"  cell {area}/{party}: want {want}, got {have} ({cell.note if cell else ''})"
                )
    want_gaps = {(g["area"], g["kind"]) for g in expected["gaps"]}
    have_gaps = {(g.area, g.kind.value) for g in cs.gaps}
    lines += [f"  missing gap {g}" for g in sorted(want_gaps - have_gaps)]
    lines += [f"  invented gap {g}" for g in sorted(have_gaps - want_gaps)]
    return lines


def main(argv: list[str] | None = None) -> int:
    names = set(argv if argv is not None else sys.argv[1:])
    folders = sorted(p.parent for p in (REPO / "sample_contracts").glob("*/expected.yaml"))
    for folder in folders:
        if not names or folder.name in names:
            print("\n".join(compare(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
