"""Measured accuracy of clause classification on the corpora in ../shared/data.

Three measures, each reported on a dev part (the rules were written from it) and a held-out part
(never looked at while writing rules), with a split fixed here in code:

1. UNFAIR-ToS, span level. Held out: every 4th document in alphabetical order (index % 4 == 3).
   A labelled span is found when a predicted provision overlaps at least half of it; a predicted
   provision is correct when it overlaps a labelled span of its tag. Two mappings are printed:
   - plain: every provision of the clause types in ../shared/data/README.md's table (`ltd` ->
     limitation_of_liability or disclaimer, `ter` -> termination, ...);
   - refined (the headline): the categories read as the CLAUDETTE scheme defines them, from
     provision fields only. `ltd` is the provider limiting or excluding its own liability, so it
     is limitation_of_liability without warranty disclaimers ("as is", which dev annotators
     almost never tagged) and without liability the customer accepts ("you will be liable for
     ...": stance `commits`, obligor customer); `ch` and `ter` are *unilateral* change and
     termination by the service, so provisions whose obligor is the customer ("you may
     cancel") are not predictions for them, nor are promises the service makes about them
     (stance `commits`: "we will give you 30 days' notice of any change"), since the categories
     are the service's right to change or terminate; `a` is the agreement to arbitrate and a fixed place of
     arbitration (`arbitration_part: seat`), so class-action and jury waivers
     (`arbitration_part: class_waiver`) are not predictions for it. Scoring conventions counted
     on the dev part (docs/measurements.md): limitation periods, limits of remedies and exclusions of the
     user's own failure (`own_failure`) are not `ltd`; a right to end named by reference to the
     clause that grants it (`by_reference`) is not `ter`.
   A provision whose sentence is a lead-in ending in a colon is scored over the list it
   introduces (its clause's child clauses), since the corpus labels the lead-in and its list as
   one sentence. `--unfair-mismatches` lists the dev part's misses and false positives with their text.
2. CUAD, contract level: presence of limitation_of_liability (against `Cap On Liability`: a cap
   on the amount or an exclusion of damage kinds, so only provisions that state a cap or name
   excluded damages predict it; "Y shall have no liability for X" alone is no cap; the looser
   "any limitation_of_liability provision" is printed beside it),
   insurance and audit_rights, and governing-law jurisdiction accuracy, on the text files and
   separately on the PDFs. Beside them, the carve-outs read from caps and damages exclusions
   (`carve_outs`, `lifts`) against `Uncapped Liability`. Held out: contracts whose md5(file stem) starts with 0-3 (about 1/4).
3. Generative-AI terms labelled by hand in benchmarks/labels/genai/*.yaml: clause-type presence
   per document. Held out: `genai_split.HELD_OUT`, the vendors no rule was ever written from
   (the same split as the stance evaluation's).

Run: `python -m contractscan.evaluation.clauses [--data DIR] [--labels DIR] [--split dev|test|all]`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..classify import classify
from ..datafiles import read_yaml, validate
from ..errors import DataFileError
from ..jurisdictions import normalize_jurisdiction
from ..models import (
    Clause,
    ClauseType,
    Document,
    DocumentStructure,
    Page,
    PartyRole,
    Provision,
    Stance,
)
from ..rulebook import Rulebook, load_rulebook
from .genai_split import is_held_out
from .interval import share

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_LABELS = REPO / "benchmarks" / "labels" / "genai"

UNFAIR_TAGS: dict[str, tuple[ClauseType, ...]] = {
    "ltd": (ClauseType.limitation_of_liability,),
    "law": (ClauseType.governing_law,),
    "j": (ClauseType.jurisdiction,),
    "a": (ClauseType.arbitration,),
    "ch": (ClauseType.unilateral_change,),
    "ter": (ClauseType.termination,),
}
_UNILATERAL = {"ch", "ter"}
#: The mapping of ../shared/data/README.md's table: every provision of these types predicts the tag.
UNFAIR_PLAIN: dict[str, tuple[ClauseType, ...]] = {
    **UNFAIR_TAGS,
    "ltd": (ClauseType.limitation_of_liability, ClauseType.disclaimer),
}
CUAD_TYPES = {
    ClauseType.limitation_of_liability: "Cap On Liability",
    ClauseType.insurance: "Insurance",
    ClauseType.audit_rights: "Audit Rights",
}


# --------------------------------------------------------------------------- scoring helpers


class Score(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int = 0  # recall numerator where it differs from tp (span level)
    labelled: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.labelled:
            return self.found / self.labelled
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            found=self.found + other.found,
            labelled=self.labelled + other.labelled,
        )


def summed(per_document: Sequence[dict[str, Score]]) -> dict[str, Score]:
    """The scores of a set of documents: each type's counts added up."""
    out: dict[str, Score] = {}
    for scores in per_document:
        for name, score in scores.items():
            out[name] = out.get(name, Score()) + score
    return out


def macro_f1(scores: dict[str, Score]) -> float:
    return sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0


def bootstrap_macro_f1(
    per_document: Sequence[dict[str, Score]], resamples: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """A 95% percentile interval of the macro-F1, resampling whole documents (a document's
    clauses share its drafting, so they are drawn together). Seeded: the same every run."""
    rng = random.Random(seed)
    n = len(per_document)
    draws = sorted(
        macro_f1(summed([per_document[rng.randrange(n)] for _ in range(n)]))
        for _ in range(resamples)
    )
    return draws[int(0.025 * resamples)], draws[int(0.975 * resamples) - 1]


def _table(
    title: str, scores: dict[str, Score], interval: tuple[float, float] | None = None
) -> list[str]:
    lines = [title, f"  {'type':<28}{'P':>7}{'R':>7}{'F1':>7}   counts"]
    for name, s in scores.items():
        counts = (
            f"pred {s.tp + s.fp} ok {s.tp}, labelled {s.labelled} found {s.found}"
            if s.labelled
            else f"tp {s.tp} fp {s.fp} fn {s.fn}"
        )
        lines.append(f"  {name:<28}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}   {counts}")
    if scores:
        around = (
            f"   95% interval over documents (bootstrap) {interval[0]:.3f}-{interval[1]:.3f}"
            if interval
            else ""
        )
        lines.append(f"  {'macro-F1':<28}{'':>14}{macro_f1(scores):7.3f}{around}")
    return lines


# --------------------------------------------------------------------------- documents


def text_document(doc_id: str, path: str, text: str) -> Document:
    """A one-page Document over plain text (corpora that are text already)."""
    return Document(
        id=doc_id,
        path=path,
        format="text",
        text=text,
        pages=[Page(number=1, start=0, end=len(text))],
    )


def _paragraph_clauses(text: str) -> list[Clause]:
    out = []
    for i, m in enumerate(re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)):
        out.append(Clause(id=f"p{i + 1}", start=m.start(), end=m.end(), text=m.group(0)))
    return out


def structure_of(document: Document) -> DocumentStructure:
    """The structure stage when it exists; else paragraphs as clauses."""
    try:
        from ..structure import analyze_structure  # type: ignore[import-not-found]
    except ImportError:
        return DocumentStructure(clauses=_paragraph_clauses(document.text))
    try:
        return analyze_structure(document)
    except Exception as exc:  # noqa: BLE001 - measure the classifier despite a structure bug
        print(f"warning: analyze_structure failed on {document.path}: {exc}", file=sys.stderr)
        return DocumentStructure(clauses=_paragraph_clauses(document.text))


def analyze(document: Document, rulebook: Rulebook) -> list[Provision]:
    return classify(document, structure_of(document), rulebook)


# --------------------------------------------------------------------------- UNFAIR-ToS

_TAG = re.compile(r"<(/?)([a-z]+)(\d)>")


def parse_unfair(xml: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text and labelled spans (tag, start, end) of one UNFAIR-ToS file."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    open_: dict[str, list[int]] = defaultdict(list)
    pos = 0
    length = 0
    for m in _TAG.finditer(xml):
        chunk = xml[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1), m.group(2)
        if closing:
            if open_[tag]:
                spans.append((tag, open_[tag].pop(), length))
        else:
            open_[tag].append(length)
    out.append(xml[pos:])
    return "".join(out), spans


def unfair_split(files: list[Path]) -> dict[str, list[Path]]:
    files = sorted(files, key=lambda p: p.name)
    return {
        "dev": [f for i, f in enumerate(files) if i % 4 != 3],
        "test": [f for i, f in enumerate(files) if i % 4 == 3],
    }


#: the arbitration provisions the refined `a` reads: not class-action or jury waivers
_ARBITRATION_A = ("agreement", "seat")


def _predicted_for(tag: str, provisions: list[Provision], refined: bool = True) -> list[Provision]:
    """The provisions that predict `tag`: by type alone (plain), or read by the corpus's definition
    of the category (refined; see the module docstring). Only provision fields are read."""
    if not refined:
        return [p for p in provisions if p.type in UNFAIR_PLAIN[tag]]
    return [
        p
        for p in provisions
        if p.type in UNFAIR_TAGS[tag]
        and not (tag in _UNILATERAL and p.obligor == PartyRole.customer)
        # the categories are the provider's *right* to change or terminate: a promise it makes
        # ("we will give you 30 days' notice of any change") is no such right
        and not (tag in _UNILATERAL and p.stance == Stance.commits)
        # the agreement to arbitrate, and the fixed place of arbitration (the corpus tags "any
        # arbitration will be conducted in Baltimore", not "in the county where you live")
        and not (
            tag == "a" and p.attributes.get("arbitration_part", "agreement") not in _ARBITRATION_A
        )
        and not (tag == "ltd" and p.stance == Stance.commits and p.obligor == PartyRole.customer)
        # "your sole remedy is to stop using the Service" limits remedies, not liability: the
        # corpus leaves it untagged (CUAD, in contrast, counts it as a cap)
        and not (tag == "ltd" and p.attributes.get("exclusive_remedy"))
        # a limitation period ("any claim must be brought within one year") shortens the time to
        # sue, not the liability: the dev part tags one of the six it holds
        and not (tag == "ltd" and p.attributes.get("limitation_period"))
        # "we are not responsible for your failure to keep your details up to date" leaves the
        # user's own failure with the user: the dev part tags two of the seven it holds
        and not (tag == "ltd" and p.attributes.get("own_failure"))
        # "we may stop providing the services as provided in the Agreement", "without prejudice
        # to our right to terminate": the corpus tags the clause that grants the right, not the
        # sentences that point to it (the dev part tags none of the four it holds)
        and not (tag == "ter" and p.attributes.get("by_reference"))
    ]


def with_lists(
    provisions: list[Provision], structure: DocumentStructure, text: str
) -> list[Provision]:
    """Provisions whose sentence is a lead-in ending in a colon, stretched over the list it introduces.

    "Skype may terminate ... at any time: (a) if you are in breach ...; (b) ..." is one provision
    (classify already reads the list for attributes), and UNFAIR-ToS labels it as one sentence.
    The list is the lead-in clause's child clauses in the document structure.
    """
    out = []
    for p in provisions:
        if not text[p.start : p.end].rstrip().endswith(":"):
            out.append(p)
            continue
        around = [c for c in structure.clauses if c.start <= p.start < c.end]
        clause = min(around, key=lambda c: c.end - c.start, default=None)
        ends = [c.end for c in structure.clauses if clause is not None and c.parent == clause.id]
        out.append(p.model_copy(update={"end": max([p.end, *ends])}))
    return out


def _unfair_provisions(f: Path, text: str, rulebook: Rulebook) -> list[Provision]:
    document = text_document(f.stem, str(f), text)
    structure = structure_of(document)
    return with_lists(classify(document, structure, rulebook), structure, text)


_MAPPINGS = {"refined": True, "plain": False}


def score_unfair_documents(
    files: Iterable[Path], rulebook: Rulebook
) -> list[dict[str, dict[str, Score]]]:
    """Scores per tag under each mapping ("refined", "plain") for each document on its own, in
    the order given (`summed` adds them up); each document is analysed once."""
    out = []
    for f in files:
        scores = {m: {t: Score() for t in UNFAIR_TAGS} for m in _MAPPINGS}
        out.append(scores)
        text, spans = parse_unfair(f.read_text(encoding="utf-8"))
        provisions = _unfair_provisions(f, text, rulebook)
        for mapping, refined in _MAPPINGS.items():
            for tag, score in scores[mapping].items():
                labelled = [(s, e) for t, s, e in spans if t == tag and e > s]
                pred = _predicted_for(tag, provisions, refined)
                for s, e in labelled:
                    score.labelled += 1
                    if any(min(e, p.end) - max(s, p.start) >= (e - s) / 2 for p in pred):
                        score.found += 1
                for p in pred:
                    if any(min(e, p.end) > max(s, p.start) for s, e in labelled):
                        score.tp += 1
                    else:
                        score.fp += 1
    return out


def unfair_mismatches(files: Iterable[Path], rulebook: Rulebook, width: int = 160) -> list[str]:
    """Misses and false positives per tag, with the text, for studying the dev part.

    A miss shows the labelled sentence and the rules that overlap it; a false positive shows the
    rule, the provision's obligor and quote, and any other tags its span carries. Only for the dev
    documents: the caller passes the dev part of `unfair_split`.
    """
    lines: list[str] = []
    for f in files:
        text, spans = parse_unfair(f.read_text(encoding="utf-8"))
        provisions = _unfair_provisions(f, text, rulebook)
        for tag in UNFAIR_TAGS:
            labelled = [(s, e) for t, s, e in spans if t == tag and e > s]
            pred = _predicted_for(tag, provisions)
            for s, e in labelled:
                need = (e - s) / 2
                if any(min(e, p.end) - max(s, p.start) >= need for p in pred):
                    continue
                near = sorted(
                    {
                        f"{p.type.value}/{p.rule}"
                        for p in provisions
                        if min(e, p.end) > max(s, p.start)
                    }
                )
                snippet = " ".join(text[s:e].split())[:width]
                lines.append(f"{f.stem} MISS {tag}: {snippet!r} near={near}")
            for p in pred:
                if any(min(e, p.end) > max(s, p.start) for s, e in labelled):
                    continue
                other = sorted({t for t, s, e in spans if min(e, p.end) > max(s, p.start)})
                snippet = " ".join(text[p.start : p.end].split())[:width]
                lines.append(
                    f"{f.stem} FP {tag} {p.rule} obligor={p.obligor and p.obligor.value}"
                    f" tags={other}: {snippet!r}"
                )
    return lines


# --------------------------------------------------------------------------- CUAD


def cuad_split(stem: str) -> str:
    return "test" if hashlib.md5(stem.encode()).hexdigest()[0] in "0123" else "dev"


def _cuad_labels(data: Path) -> dict[str, dict[str, str]]:
    with (data / "cuad" / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return {Path(row["Filename"]).stem: row for row in csv.DictReader(fh)}


#: A choice of law whose sentence names the agreement itself ("this Agreement shall be governed
#: by"), not a part of it or another instrument ("the arbitration shall be governed by", "any lease
#: of the Warehouse", "this Escrow Agreement").
_WHOLE_AGREEMENT = re.compile(
    r"\b(?:this|the)\s+(?:agreement|contract)\b|\bthese\s+terms\b", re.IGNORECASE
)


def _jurisdiction(provisions: list[Provision]) -> str | None:
    """The contract's governing law: the place most governing-law provisions name.

    A state or country beats "United States" (federal law is usually named beside a state's);
    then a place chosen for the agreement itself beats one chosen for a part of it or for another
    instrument (an arbitration, a lease, an attached escrow agreement); then the place with the
    most `governed by` provisions, then the one named first (the main agreement precedes its
    schedules and attached orders).
    """
    votes: dict[str, tuple[int, int, int, int]] = {}
    for p in provisions:
        place = p.attributes.get("jurisdiction") if p.type == ClauseType.governing_law else None
        if not place:
            continue
        whole, strong, count, first = votes.get(place, (0, 0, 0, -p.start))
        whole += bool(_WHOLE_AGREEMENT.search(p.quote or ""))
        strong += p.rule == "governing_law.governed_by"
        votes[place] = (whole, strong, count + 1, max(first, -p.start))
    return (
        max(
            votes,
            key=lambda k: (k != "United States", votes[k][0] > 0, votes[k][1], votes[k][3]),
        )
        if votes
        else None
    )


_SAME_PLACE = {"England": "England and Wales"}


def labelled_places(answer: str) -> set[str]:
    """The places a `Governing Law-Answer` names. CUAD lists every law a contract chooses
    ("Illinois; New York", "Delaware, Illinois": one law for the agreement, another for a part
    of it), in no telling order, so finding any of them counts; the answer read whole stays one
    of them ("British Columbia, Canada")."""
    parts = [answer, *re.split(r"[;,]|\band\b", answer)]
    out = set()
    for part in parts:
        part = part.strip()
        if not part:
            continue
        place = normalize_jurisdiction(part) or (part if part == answer.strip() else None)
        if place:
            out.add(_SAME_PLACE.get(place, place))
    return out


_CAP_ATTRIBUTES = (
    "cap_basis",
    "cap_bases",
    "cap_amount",
    "cap_months",
    "excluded_damages",
    "claim_period_months",
    "exclusive_remedy",  # CUAD labels a limit of remedies a cap on liability
)
LOOSE_CAP = "limitation_of_liability (any)"
#: Beside the types: a cap or exclusion that something escapes, against CUAD's `Uncapped
#: Liability` ("is a party's liability uncapped upon the breach of its obligation", which CUAD
#: labels on the carve-outs: "except for breaches of Section 11 ...", "shall not apply to ...").
UNCAPPED = "carve-outs (Uncapped Liability)"
BESIDE = (LOOSE_CAP, UNCAPPED)


def _states_cap(p: Provision) -> bool:
    """A limitation_of_liability provision that caps the amount or excludes kinds of damages."""
    return p.type == ClauseType.limitation_of_liability and any(
        p.attributes.get(k) for k in _CAP_ATTRIBUTES
    )


def _has_carve_out(p: Provision) -> bool:
    """A cap or damages exclusion that names what it does not reach, or a clause that lifts caps
    ("Sections 12.1 and 12.2 do not apply to ..."). A termination "without liability except as
    provided in Section 9" limits nothing, so what it excepts is no carve-out."""
    if p.type != ClauseType.limitation_of_liability:
        return False
    lifting = p.rule == "liability.carve_out" or bool(p.attributes.get("lifts"))
    return bool(p.attributes.get("carve_outs")) and (lifting or _states_cap(p))


def _beside_lines(presence: dict[str, Score]) -> list[str]:
    """The figures printed beside the types' table, taken out of `presence`."""
    return [
        f"  {name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
        f" (tp {s.tp} fp {s.fp} fn {s.fn})"
        for name in BESIDE
        if (s := presence.pop(name, None)) is not None
    ]


def score_cuad(
    items: list[tuple[str, Document]], labels: dict[str, dict[str, str]], rulebook: Rulebook
) -> tuple[dict[str, Score], Score, list[str]]:
    presence = {t.value: Score() for t in CUAD_TYPES}
    for name in BESIDE:
        presence[name] = Score()
    law = Score()
    misses: list[str] = []
    for stem, doc in items:
        row = labels.get(stem)
        if row is None:
            continue
        provisions = analyze(doc, rulebook) if doc.error is None else []
        types = {p.type for p in provisions}
        cap = any(_states_cap(p) for p in provisions)
        for name, col, pred in [
            *(
                (t.value, col, cap if t == ClauseType.limitation_of_liability else t in types)
                for t, col in CUAD_TYPES.items()
            ),
            (
                LOOSE_CAP,
                CUAD_TYPES[ClauseType.limitation_of_liability],
                ClauseType.limitation_of_liability in types,
            ),
            (UNCAPPED, "Uncapped Liability", any(_has_carve_out(p) for p in provisions)),
        ]:
            gold = row.get(f"{col}-Answer", "").strip().lower() == "yes"
            s = presence[name]
            s.tp += gold and pred
            s.fp += pred and not gold
            s.fn += gold and not pred
        gold_law = row.get("Governing Law-Answer", "").strip()
        if gold_law:
            wanted = labelled_places(gold_law)
            want = " / ".join(sorted(wanted))
            got = _jurisdiction(provisions)
            got = _SAME_PLACE.get(got, got) if got else got
            if got in wanted:
                law.tp += 1
            else:
                law.fn += 1
                misses.append(f"{stem[:50]}: labelled {want!r}, found {got!r}")
    return presence, law, misses


def _cuad_text_items(data: Path, split: str) -> list[tuple[str, Document]]:
    out = []
    for f in sorted((data / "cuad" / "txt").glob("*.txt")):
        if split != "all" and cuad_split(f.stem) != split:
            continue
        out.append(
            (
                f.stem,
                text_document(f.stem[:40], str(f), f.read_text(encoding="utf-8", errors="replace")),
            )
        )
    return out


def _cuad_pdf_items(data: Path, split: str) -> list[tuple[str, Document]] | None:
    try:
        from ..extract import extract
    except ImportError:
        return None
    out = []
    for f in sorted((data / "cuad" / "pdf").iterdir()):
        if f.suffix.lower() != ".pdf" or (split != "all" and cuad_split(f.stem) != split):
            continue
        out.append((f.stem, extract(f, doc_id=f.stem[:40])))
    return out


# --------------------------------------------------------------------------- generative-AI terms


class LabelledClause(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: ClauseType
    locator: str  # a few words of the clause, enough to find it
    section: str | None = None
    obligor: PartyRole | None = None


class GenaiLabels(BaseModel):
    """Hand labels for one vendor's terms: the clause types present, each with a locator."""

    model_config = ConfigDict(extra="forbid")

    document: str  # path under genai-terms/
    kind: str = "terms_of_service"
    clauses: list[LabelledClause]
    absent: list[ClauseType] = Field(default_factory=list)


def load_genai_labels(labels_dir: Path) -> list[GenaiLabels]:
    out = []
    for f in sorted(labels_dir.glob("*.yaml")):
        out.append(validate(GenaiLabels, read_yaml(f, DataFileError), f, error=DataFileError))
    return out


def _genai_split(lab: GenaiLabels) -> str:
    return "test" if is_held_out(lab.document) else "dev"


def score_genai(
    labels: list[GenaiLabels], data: Path, rulebook: Rulebook
) -> tuple[dict[str, Score], Score, Score, list[str]]:
    """Per-type presence, locator hits (a provision of the type covers the locator) and obligor."""
    presence = {t.value: Score() for t in ClauseType}
    located = Score()
    obligor = Score()
    notes: list[str] = []
    for lab in labels:
        path = data / "genai-terms" / lab.document
        text = path.read_text(encoding="utf-8")
        provisions = analyze(
            text_document(Path(lab.document).parent.name, str(path), text), rulebook
        )
        pred = {p.type for p in provisions}
        gold = {c.type for c in lab.clauses}
        for t in ClauseType:
            s = presence[t.value]
            s.tp += t in gold and t in pred
            s.fp += t in pred and t not in gold
            s.fn += t in gold and t not in pred
            if t in pred and t not in gold:
                ex = next(p for p in provisions if p.type == t)
                notes.append(
                    f"{lab.document.split('/')[0]}: unlabelled {t.value}: {ex.quote[:100]!r}"
                )
            if t in gold and t not in pred:
                notes.append(f"{lab.document.split('/')[0]}: missed {t.value}")
        low = text.lower()
        for c in lab.clauses:
            at = low.find(c.locator.lower())
            if at < 0:
                notes.append(f"{lab.document}: locator not found: {c.locator!r}")
                continue
            hit = [p for p in provisions if p.type == c.type and p.start <= at < p.end]
            located.tp += bool(hit)
            located.fn += not hit
            if hit and c.obligor is not None:
                if any(p.obligor == c.obligor for p in hit):
                    obligor.tp += 1
                else:
                    obligor.fn += 1
    presence = {k: v for k, v in presence.items() if v.tp + v.fp + v.fn}
    return presence, located, obligor, notes


# --------------------------------------------------------------------------- report


def _listed(split: str, items: list[str]) -> list[str]:
    """Error lines of the dev part; for held-out documents only their number, since whoever
    writes rules must not read which sentences the held-out part misses."""
    if split == "dev":
        return [f"    {n}" for n in items]
    return [f"    ({len(items)} held-out errors not listed)"] if items else []


def evaluate(
    data_dir: Path, labels_dir: Path | None = None, split: str = "all", pdf: bool = True
) -> str:
    """A printable report of precision, recall and F1 per clause type on each corpus."""
    rulebook = load_rulebook()
    labels_dir = labels_dir or DEFAULT_LABELS
    lines: list[str] = [f"contractscan clause evaluation (split: {split}; data: {data_dir})", ""]
    splits = ["dev", "test"] if split == "all" else [split]

    unfair_dir = data_dir / "unfair-tos"
    if unfair_dir.is_dir():
        parts = unfair_split(list(unfair_dir.glob("*.xml")))
        for sp in splits:
            title = f"UNFAIR-ToS span level, {sp} ({len(parts[sp])} documents; held out = every 4th alphabetically)"
            per_document = score_unfair_documents(sorted(parts[sp]), rulebook)
            for mapping, what in (
                ("refined", "refined mapping (categories as CLAUDETTE defines them)"),
                ("plain", "plain mapping (every provision of the README table's types)"),
            ):
                mine = [d[mapping] for d in per_document]
                lines += _table(f"{title}, {what}", summed(mine), bootstrap_macro_f1(mine))
            lines.append("")

    if (data_dir / "cuad" / "labels.csv").is_file():
        labels = _cuad_labels(data_dir)
        for sp in splits:
            items = _cuad_text_items(data_dir, sp)
            presence, law, misses = score_cuad(items, labels, rulebook)
            beside = _beside_lines(presence)
            lines += _table(
                f"CUAD text, {sp} ({len(items)} contracts; held out = md5(stem)[0] in 0-3)",
                presence,
            )
            lines += beside
            lines.append(f"  governing-law jurisdiction accuracy {share(law.tp, law.tp + law.fn)}")
            lines += _listed(sp, [f"miss: {m}" for m in misses[:8]])
            lines.append("")
        if pdf:
            for sp in splits:
                pdf_items = _cuad_pdf_items(data_dir, sp)
                if pdf_items is None:
                    lines.append("CUAD PDF: contractscan.extract not available")
                    break
                failed = sum(1 for _, d in pdf_items if d.error is not None)
                presence, law, misses = score_cuad(pdf_items, labels, rulebook)
                beside = _beside_lines(presence)
                lines += _table(
                    f"CUAD PDF, {sp} ({len(pdf_items)} PDFs, {failed} unreadable)", presence
                )
                lines += beside
                lines.append(
                    f"  governing-law jurisdiction accuracy {share(law.tp, law.tp + law.fn)}"
                )
                lines.append("")

    if labels_dir.is_dir() and (data_dir / "genai-terms").is_dir():
        all_labels = load_genai_labels(labels_dir)
        for sp in splits:
            labs = [lab for lab in all_labels if _genai_split(lab) == sp]
            if not labs:
                continue
            presence, located, obligor, notes = score_genai(labs, data_dir, rulebook)
            names = ", ".join(Path(lab.document).parent.name for lab in labs)
            lines += _table(
                f"Generative-AI terms, {sp} ({len(labs)} documents: {names}), clause-type presence",
                presence,
            )
            micro = Score(
                tp=sum(s.tp for s in presence.values()),
                fp=sum(s.fp for s in presence.values()),
                fn=sum(s.fn for s in presence.values()),
            )
            lines.append(f"  micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}")
            lines.append(
                f"  labelled clauses located by a provision of their type: {share(located.tp, located.tp + located.fn)}"
            )
            lines.append(
                f"  obligor right where located: {share(obligor.tp, obligor.tp + obligor.fn)}"
            )
            lines += _listed(sp, notes[:30])
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m contractscan.evaluation.clauses", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--labels", type=Path, default=None)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--no-pdf", action="store_true", help="skip the CUAD PDFs (slow to extract)")
    ap.add_argument(
        "--unfair-mismatches",
        action="store_true",
        help="list UNFAIR-ToS misses and false positives of the dev part only, with their text",
    )
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: data folder {args.data} not found", file=sys.stderr)
        return 2
    if args.unfair_mismatches:
        dev = unfair_split(list((args.data / "unfair-tos").glob("*.xml")))["dev"]
        print("\n".join(unfair_mismatches(dev, load_rulebook())))
        return 0
    print(evaluate(args.data, args.labels, args.split, pdf=not args.no_pdf))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
