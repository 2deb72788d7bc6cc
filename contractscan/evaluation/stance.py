"""Agreement of the coverage matrix's provider column with hand labels of real AI vendor terms.

Each label file (benchmarks/labels/stance/*.yaml) names a document of ../shared/data/genai-terms
and the vendor's stance per area: covered, limited, assigned_to_customer, disclaimed or silent.
The document runs through the whole pipeline as a set of one; the provider's cell becomes the
prediction (an area the provider leaves silent or merely holds, but the customer holds or commits
to, reads as `assigned_to_customer`). Figures are reported apart for the dev documents (coverage
rules may be tuned on them) and the held-out ones (never tuned on); the split is
`genai_split.HELD_OUT`, shared with the clause-presence evaluation.

    python -m contractscan.evaluation.stance [DATA_DIR] [LABELS_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ..models import AnalyzedDocument, ContractSet, CoverageStatus, PartyRole
from .genai_split import is_held_out
from .interval import share

if TYPE_CHECKING:
    from ..rulebook import Rulebook

REPO = Path(__file__).resolve().parents[2]
LABELS_DIR = REPO / "benchmarks" / "labels" / "stance"
DEFAULT_DATA = REPO.parent / "shared" / "data"

STANCES = ("covered", "limited", "disclaimed", "assigned_to_customer", "silent")


def provider_stance(cs: ContractSet, area: str) -> str:
    """The provider column as a vendor stance (DESIGN 3.5 order, seen from the vendor)."""
    cells = {c.party: c.status for c in cs.coverage if c.area == area}
    provider = cells.get(PartyRole.provider, CoverageStatus.silent)
    if provider in (CoverageStatus.covered, CoverageStatus.limited, CoverageStatus.disclaimed):
        return provider.value
    customer = cells.get(PartyRole.customer, CoverageStatus.silent)
    if customer != CoverageStatus.silent or provider == CoverageStatus.assigned:
        return "assigned_to_customer" if customer != CoverageStatus.disclaimed else "silent"
    return "silent"


def _pipeline(rulebook: Rulebook | None = None):  # type: ignore[no-untyped-def]
    """The earlier stages, built once (imported here: evaluation sits after the whole pipeline);
    `rulebook`, when given, is used instead of compiling the shipped rules again."""
    from ..areas import load_areas
    from ..classify import classify
    from ..extract import extract
    from ..playbook import load_playbook
    from ..rulebook import load_rulebook
    from ..structure import analyze_structure

    rulebook = rulebook or load_rulebook()
    areas, playbook = load_areas(), load_playbook()

    def run(path: Path, name: str) -> ContractSet:
        from ..contract_set import analyze_set

        document = extract(path, doc_id="D1", display_path=name)
        if document.error is not None:
            raise RuntimeError(f"{name}: {document.error.code.value}: {document.error.message}")
        structure = analyze_structure(document, nlp=rulebook.nlp)
        provisions = classify(document, structure, rulebook)
        analyzed = AnalyzedDocument(document=document, structure=structure, provisions=provisions)
        return analyze_set("stance", name, [analyzed], areas, playbook)

    return run


def evaluate(data_dir: Path, labels_dir: Path | None = None, show_held_out: bool = False) -> str:
    """Agreement and confusion counts per split, as printable text.

    The held-out documents' disagreements (which vendor, which area) are listed only with
    `show_held_out`: whoever writes rules must not read them, and the counts say enough."""
    data_dir = Path(data_dir)
    if (data_dir / "genai-terms").is_dir():
        data_dir = data_dir / "genai-terms"
    labels_dir = Path(labels_dir) if labels_dir else LABELS_DIR
    run = _pipeline()
    rows: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "held-out": []}
    lines = []
    for file in sorted(labels_dir.glob("*.yaml")):
        spec = yaml.safe_load(file.read_text(encoding="utf-8"))
        doc = spec["document"]
        vendor = doc.split("/", 1)[0]
        split = "held-out" if is_held_out(doc) else "dev"
        path = data_dir / doc
        if not path.is_file():
            lines.append(f"skip {doc}: not found under {data_dir}")
            continue
        try:
            cs = run(path, doc)
        except Exception as exc:  # noqa: BLE001 - one failing document must not hide the rest
            lines.append(f"error {doc}: {type(exc).__name__}: {exc}".splitlines()[0])
            continue
        agree = 0
        for area, label in spec["labels"].items():
            want = label["stance"] if isinstance(label, dict) else str(label)
            got = provider_stance(cs, area)
            rows[split].append((vendor, area, want, got))
            agree += want == got
        lines.append(f"{split:8} {vendor:14} {agree}/{len(spec['labels'])}")
    out = ["Provider stance per area vs hand labels (benchmarks/labels/stance)", *lines, ""]
    for split, items in rows.items():
        if not items:
            continue
        correct = sum(w == g for _, _, w, g in items)
        out.append(
            f"{split}: agreement {share(correct, len(items))} "
            f"over {len({v for v, *_ in items})} documents"
        )
        confusion = Counter((w, g) for _, _, w, g in items)
        out.append("  label \\ predicted: " + "  ".join(f"{s[:12]:>12}" for s in STANCES))
        for w in STANCES:
            out.append(f"  {w:20}" + "  ".join(f"{confusion[(w, g)]:>12}" for g in STANCES))
        misses = [f"{v}/{a}: {w}->{g}" for v, a, w, g in items if w != g]
        if misses and split == "held-out" and not show_held_out:
            out.append(f"  disagreements: {len(misses)} (listed only with --show-held-out)")
        elif misses:
            out.append("  disagreements: " + "; ".join(misses))
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    show = "--show-held-out" in args
    args = [a for a in args if a != "--show-held-out"]
    data = Path(args[0]) if args else DEFAULT_DATA
    labels = Path(args[1]) if len(args) > 1 else None
    if not data.is_dir():
        print(f"stance: data folder {data} not found", file=sys.stderr)
        return 2
    print(evaluate(data, labels, show_held_out=show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
