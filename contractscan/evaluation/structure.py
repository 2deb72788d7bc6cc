"""Measures the structure stage against labels: parties (CUAD `Parties` column), segmentation and
document kind (hand labels in benchmarks/labels/structure/*.yaml).

Party matching (`_same_party`), the same in both directions:
- names are compared by `contractscan.parties.names_match`: case, accents, punctuation, quote
  styles, "the" and legal forms (Inc./Inc, Ltd., S.A., GmbH, K.K., ...) are ignored; two names
  match when equal, or when the shorter is the leading words of the longer ("Apollo" for
  "Apollo Endosurgery, Inc."), except a one-word generic alias (Company, Bank, Licensor), two names
  that both carry a legal form (two entities of one group), or a longer name that runs on into
  another phrase ("... and", "including ..."). A fragment from inside a name never matches;
- a name also matches when the contract itself makes one the alias of the other (the first
  quoted term after the name, within 250 characters, with no closed parenthesis, "and <Name>",
  "between" or "among" in between): CUAD sometimes labels only the alias or only the full name.
Pronouns (we, us, you) are not predicted names here (CUAD never labels them). A labelled span is
cut at its quote marks (it can hold several names and the words between them), loses a leading
"the" or "d/b/a", and pieces that are phrases rather than names ("an individual", "together with
its successors", "refers to ...") or the bare words Party/Parties are dropped.
precision = predicted names that match a labelled name / predicted names;
recall = labelled names matched by a predicted name / labelled names.

Split: a contract is held out when sha1(file name) % 5 == 0; rules were written looking at the
dev part only.

Segmentation: a labelled section is found when a clause with the same number (or, for an
unnumbered heading, the same heading) starts within `TOLERANCE` characters of the labelled offset.
Labels cover numbered sections and headings down to the depth the label file states; enumerations
((a), (i)) are not labelled, so precision counts only predicted clauses of labelled kinds.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..models import Document, DocumentKind, Page
from ..parties import names_match
from ..structure import analyze_structure
from .interval import share

REPO = Path(__file__).resolve().parents[2]
LABELS_DIR = REPO / "benchmarks" / "labels" / "structure"
DEFAULT_DATA = REPO.parent / "shared" / "data"
TOLERANCE = 12
_PRONOUNS = {"we", "us", "our", "you", "your"}
_TAG_RE = re.compile(r"</?[a-z]+\d?>")


def held_out(name: str) -> bool:
    """The fixed dev/held-out split: one contract in five, by a hash of its file name."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0


def read_document(path: Path) -> Document:
    """A corpus file as a Document (unfair-tos XML loses its tags; one page per file)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".xml":
        text = _TAG_RE.sub("", text)
    fmt = "markdown" if path.suffix == ".md" else "text"
    return Document(
        id=path.stem,
        path=str(path),
        format=fmt,
        text=text,
        pages=[Page(number=1, start=0, end=len(text))],
    )


# --------------------------------------------------------------------------- parties


@dataclass
class _PR:
    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0
    docs: int = 0
    misses: list[str] = field(default_factory=list)
    #: missed labelled names by where the name stands in the text (counts only, so held-out
    #: misses can say what kind they are without being read)
    miss_places: Counter[str] = field(default_factory=Counter)
    #: missed labelled names per contract (counts only)
    misses_per_doc: Counter[str] = field(default_factory=Counter)

    def places_line(self) -> str:
        found = ", ".join(f"{place} {self.miss_places[place]}" for place in MISS_PLACES)
        per = self.misses_per_doc
        spread = f"; in {len(per)} contracts, at most {max(per.values())} in one" if per else ""
        return f"    misses by where the labelled name stands: {found}{spread}"

    def line(self, label: str) -> str:
        return (
            f"  {label:<9} contracts {self.docs:3d}  precision {share(self.tp_pred, self.pred)}"
            f"  recall {share(self.tp_gold, self.gold)}"
        )


_GOLD_PHRASE_RE = re.compile(
    r"\b(?:each|collectively|individually|referred|refers?|together|respectively|successors|"
    r"named|identified|means?)\b|^(?:an?|and|or|as|its|which|to)\b",
    re.IGNORECASE,
)
_GOLD_LEAD_RE = re.compile(r"^(?:the\s+|d/b/a\s+|dba\s+|doing\s+business\s+as\s+)+", re.IGNORECASE)


def _gold_names(cell: str) -> list[str]:
    """The names in one CUAD `Parties` cell. A labelled span can hold several names and the words
    between them ('NBZ" and together with Nissin, the "Nissin Parties'): it is cut at its quote
    marks, a leading "the" or "d/b/a" goes, and pieces that are phrases rather than names ("an
    individual", "together with its successors", "refers to the Franchisee") are dropped."""
    try:
        items = ast.literal_eval(cell) if cell.strip().startswith("[") else [cell]
    except (ValueError, SyntaxError):
        items = [cell]
    out = []
    for item in items:
        for it in re.split(r"[\"“”]", str(item)):
            it = _GOLD_LEAD_RE.sub("", it.strip(" \t\n,;:'()")).strip(" ,;:'()")
            low = it.lower().rstrip(".")
            if not re.search(r"\w", it) or low in _PRONOUNS or low in ("the", "party", "parties"):
                continue
            if len(it) > 80 or _GOLD_PHRASE_RE.search(it):
                continue
            out.append(it)
    return out


def _defined_as(text: str, name: str, alias: str) -> bool:
    """`text` gives `name` the alias `alias`: the first quoted term after the name, within 250
    characters that close no parenthesis and name no other party ("A.B. Widget, Inc., a New York
    corporation ("ABW")")."""
    words = re.findall(r"\w+", name)
    if not words or not alias.strip():
        return False
    pat = (
        r"\b"
        + r"\W{1,4}".join(map(re.escape, words))
        + r"\W?(?P<mid>[^\"“”;)]{0,250}?)[\"“](?:the\s+)?"
        + re.escape(alias.strip().rstrip("."))
        + r"\.?[\"”’']"
    )
    for m in re.finditer(pat, text[:60000], re.IGNORECASE):
        if not re.search(r"\band\s+(?:[A-Z]|\(\d)|\b(?:between|among)\b", m.group("mid")):
            return True
    return False


def _same_party(predicted: str, labelled: str, text: str) -> bool:
    """A predicted name is right when it matches a labelled name (`names_match`), or when the
    document defines one as the other's alias: CUAD labels sometimes list only the alias ("ABW")
    or only the full name, and a name the contract itself ties to a labelled one is that party."""
    return (
        names_match(predicted, labelled)
        or _defined_as(text, predicted, labelled)
        or _defined_as(text, labelled, predicted)
    )


#: where a missed labelled name stands in its contract (see `miss_place`)
MISS_PLACES = ("not verbatim in the text", "in the opening", "only after the opening")
#: the characters read as a contract's opening (title, preamble, recitals)
OPENING = 5000


def miss_place(name: str, text: str) -> str:
    """Where a labelled name the reader missed stands: nowhere verbatim (white space and case
    aside), in the contract's opening, or only further on (a signature block, a notice clause)."""
    words = re.findall(r"\w+", name)
    if not words:
        return MISS_PLACES[0]
    m = re.search(r"\b" + r"\W{1,4}".join(map(re.escape, words)) + r"\b", text, re.IGNORECASE)
    if m is None:
        return MISS_PLACES[0]
    return MISS_PLACES[1] if m.start() < OPENING else MISS_PLACES[2]


def evaluate_parties(data_dir: Path) -> tuple[_PR, _PR]:
    cuad = data_dir / "cuad"
    with open(cuad / "labels.csv", encoding="utf-8") as fh:
        rows = {Path(r["Filename"]).stem.lower(): r for r in csv.DictReader(fh)}
    dev, held = _PR(), _PR()
    for path in sorted((cuad / "txt").glob("*.txt")):
        row = rows.get(path.stem.lower())
        if row is None:
            continue
        gold = _gold_names(row.get("Parties", ""))
        if not gold:
            continue
        st = analyze_structure(read_document(path))
        pred = [n for p in st.parties for n in p.names if n.lower() not in _PRONOUNS]
        acc = held if held_out(path.name) else dev
        acc.docs += 1
        acc.pred += len(pred)
        text = read_document(path).text
        acc.tp_pred += sum(1 for n in pred if any(_same_party(n, g, text) for g in gold))
        acc.gold += len(gold)
        for g in gold:
            if any(_same_party(n, g, text) for n in pred):
                acc.tp_gold += 1
                continue
            acc.miss_places[miss_place(g, text)] += 1
            acc.misses_per_doc[path.name] += 1
            if len(acc.misses) < 400:
                acc.misses.append(f"{path.name[:40]}: {g}")
    return dev, held


# --------------------------------------------------------------------------- segmentation


@dataclass
class _Seg:
    docs: int = 0
    found: int = 0
    labelled: int = 0
    pred: int = 0
    pred_ok: int = 0
    heading_ok: int = 0
    heading_total: int = 0
    kind_ok: int = 0
    notes: list[str] = field(default_factory=list)


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


def _label_kind(number: str | None) -> bool:
    return bool(number) and "(" not in (number or "")


def evaluate_segmentation(data_dir: Path, labels_dir: Path) -> dict[str, _Seg]:
    out = {"dev": _Seg(), "held-out": _Seg()}
    for lf in sorted(labels_dir.glob("*.yaml")):
        label = yaml.safe_load(lf.read_text(encoding="utf-8"))
        path = data_dir / label["file"]
        if not path.is_file():
            continue
        acc = out["held-out" if label.get("split") == "held-out" else "dev"]
        doc = read_document(path)
        st = analyze_structure(doc)
        acc.docs += 1
        if st.kind == DocumentKind(label["kind"]):
            acc.kind_ok += 1
        else:
            acc.notes.append(f"{lf.stem}: kind {st.kind.value}, labelled {label['kind']}")
        depth = int(label.get("depth", 2))
        sections = label.get("sections", [])
        used: set[str] = set()
        for sec in sections:
            acc.labelled += 1
            num, head, off = sec.get("number"), sec.get("heading"), int(sec["offset"])
            match = None
            for c in st.clauses:
                if abs(c.start - off) > TOLERANCE:
                    continue
                if (
                    num is not None
                    and _norm(c.number) == _norm(str(num))
                    or num is None
                    and head
                    and _norm(c.heading) == _norm(head)
                ):
                    match = c
                if match:
                    break
            if match is None:
                acc.notes.append(f"{lf.stem}: missed {num or ''} {head or ''} @{off}")
                continue
            acc.found += 1
            used.add(match.id)
            if head:
                acc.heading_total += 1
                if _norm(match.heading) == _norm(head):
                    acc.heading_ok += 1
                else:
                    acc.notes.append(
                        f"{lf.stem}: {num} heading {match.heading!r}, labelled {head!r}"
                    )
        labelled_numbered = any(s.get("number") for s in sections)
        for c in st.clauses:
            if c.id in ("c-preamble", "c-signatures") or c.id.startswith("p-"):
                continue
            if c.number and "(" in c.number:
                continue  # enumerations are not labelled
            if (
                c.number
                and c.number.count(".") >= depth
                and not c.number.startswith(("Schedule", "Exhibit"))
            ):
                continue  # deeper than the labels go
            if c.number is None and labelled_numbered and c.level > 0:
                continue  # run-in sub-headings inside numbered sections are not labelled
            acc.pred += 1
            if c.id in used:
                acc.pred_ok += 1
            elif len(acc.notes) < 300:
                acc.notes.append(f"{lf.stem}: extra {c.citation} @{c.start}")
    return out


def evaluate(data_dir: Path, labels_dir: Path | None = None) -> str:
    """The printable report of party, segmentation and kind accuracy."""
    labels_dir = labels_dir or LABELS_DIR
    lines = ["Structure evaluation", f"data: {data_dir}", ""]
    if (data_dir / "cuad" / "labels.csv").is_file():
        dev, held = evaluate_parties(data_dir)
        lines.append("Parties vs CUAD `Parties` (held out: sha1(file name) % 5 == 0)")
        lines.append(dev.line("dev"))
        lines.append(dev.places_line())
        lines.append(held.line("held-out"))
        lines.append(held.places_line())
        lines.append("")
    else:
        lines.append("Parties: cuad/labels.csv not found, skipped\n")
    seg = evaluate_segmentation(data_dir, labels_dir)
    lines.append(f"Segmentation vs hand labels in {labels_dir} (tolerance {TOLERANCE} chars)")
    for name, s in seg.items():
        prec = s.pred_ok / s.pred if s.pred else 0.0
        hacc = s.heading_ok / s.heading_total if s.heading_total else 0.0
        kacc = s.kind_ok / s.docs if s.docs else 0.0
        lines.append(
            f"  {name:<9} documents {s.docs:2d}  section recall {share(s.found, s.labelled)}"
            f"  precision {prec:.3f} ({s.pred_ok}/{s.pred})  heading accuracy {hacc:.3f}"
            f"  kind accuracy {kacc:.3f} ({s.kind_ok}/{s.docs})"
        )
    lines.append("")
    lines.append("Mismatches of the dev documents (first 40; held-out ones are only counted):")
    for name, s in seg.items():
        if name != "dev":
            lines.append(f"  [{name}] {len(s.notes)} mismatches not listed")
            continue
        for n in s.notes[:40]:
            lines.append(f"  [{name}] {n}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m contractscan.evaluation.structure")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared corpora folder")
    ap.add_argument("--labels", type=Path, default=None, help="hand labels folder")
    ap.add_argument("--misses", action="store_true", help="also list missed CUAD party names (dev)")
    args = ap.parse_args(argv)
    print(evaluate(args.data, args.labels))
    if args.misses:
        dev, _ = evaluate_parties(args.data)
        print("\n".join(dev.misses))


if __name__ == "__main__":
    main()
