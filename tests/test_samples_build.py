"""The sample contracts: PDFs rebuild byte-identically from their sources, look like real PDFs
(running header, "Page N of M" footer, several pages), and each set's expected.yaml is valid and
consistent with DESIGN 3.5 / 3.6."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import sys
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest
import yaml

from contractscan.models import ClauseType, CoverageStatus, DocumentKind, GapKind, PartyRole, Stance

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_contracts"
SOURCES = sorted((REPO / "tools" / "samples").glob("*.txt"))
SETS = sorted(p.parent for p in SAMPLES.glob("*/expected.yaml"))
Extracted = dict[str, list[list[str]]]  # PDF sha256 -> lines of each page


def _load_builder() -> ModuleType:
    path = REPO / "tools" / "build_samples.py"
    spec = importlib.util.spec_from_file_location("build_samples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_samples"] = module
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    builder.build_all(out)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def extracted() -> Extracted:
    """Extraction is the slow part: identical bytes (committed and fresh PDFs) are read once."""
    return {}


def _pages(pdf: Path, cache: Extracted) -> list[list[str]]:
    data = pdf.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest not in cache:
        with pdfplumber.open(io.BytesIO(data)) as doc:
            cache[digest] = [(page.extract_text() or "").splitlines() for page in doc.pages]
    return cache[digest]


def test_there_are_sources_and_sets() -> None:
    assert len(SOURCES) >= 2
    assert {p.name for p in SETS} >= {"ai-api-vendor", "hiring-screening"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_committed_pdf_matches_fresh_build(source: Path, fresh: Path) -> None:
    src = builder.parse_source(source)
    built = (fresh / src.output).read_bytes()
    committed = SAMPLES / src.output
    assert committed.is_file(), f"{committed} is not committed: run tools/build_samples.py"
    assert committed.read_bytes() == built, (
        f"{committed} drifted from {source.name}: run tools/build_samples.py"
    )


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_pdf_has_header_footer_and_page_count_on_every_page(
    source: Path, fresh: Path, extracted: Extracted
) -> None:
    src = builder.parse_source(source)
    pages = _pages(fresh / src.output, extracted)
    assert len(pages) >= 3, "a sample PDF must flow over several pages"
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        assert lines[0].startswith(src.meta["header"]), f"page {number} header: {lines[0]!r}"
        assert lines[-1].startswith(src.meta["footer"]), f"page {number} footer: {lines[-1]!r}"
        assert lines[-1].endswith(f"Page {number} of {total}"), f"page {number}: {lines[-1]!r}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_pdf_text_holds_every_heading_and_numbered_clause(
    source: Path, fresh: Path, extracted: Extracted
) -> None:
    src = builder.parse_source(source)
    text = _norm("\n".join("\n".join(lines) for lines in _pages(fresh / src.output, extracted)))
    headings = [t for kind, t in src.blocks if kind in ("h1", "h2", "h3")]
    assert len(headings) >= 8
    for heading in headings:
        assert _norm(heading) in text
    run_in = [m.group(1) for kind, t in src.blocks if (m := re.match(r"\*\*(.+?)\*\*", t))]
    for lead in run_in:
        assert _norm(lead) in text


def test_parse_source_markup(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(
        "@output x/y.pdf\n@header H\n# Title\n## 1. Scope\nFirst line\njoined.\n\n"
        "(a) item\n\n(ii) sub\n"
        "| Name: A\n| Title: B\n\\pagebreak\n### Part\n",
        encoding="utf-8",
    )
    src = builder.parse_source(path)
    assert src.output == "x/y.pdf"
    assert src.blocks == [
        ("h1", "Title"),
        ("h2", "1. Scope"),
        ("para", "First line joined."),
        ("item1", "(a) item"),
        ("item2", "(ii) sub"),
        ("lines", "Name: A\nTitle: B"),
        ("pagebreak", ""),
        ("h3", "Part"),
    ]


def test_parse_source_without_output_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("# Title\n", encoding="utf-8")
    with pytest.raises(ValueError, match="@output"):
        builder.parse_source(path)
    assert builder.main([str(path), "--out", str(tmp_path)]) == 2


# --------------------------------------------------------------------------- expected.yaml


def _areas() -> list[str]:
    data = yaml.safe_load((REPO / "rules" / "areas.yaml").read_text(encoding="utf-8"))
    items = data["areas"] if isinstance(data, dict) else data
    return [a["id"] for a in items]


def _document_text(path: Path, cache: Extracted) -> str:
    if path.suffix == ".pdf":
        return "\n".join("\n".join(lines) for lines in _pages(path, cache))
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<[^>]+>", "\n", text)
    return text


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_expected_yaml_uses_design_vocabulary(folder: Path) -> None:
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    areas = set(_areas())
    assert expected["name"]
    for name, doc in expected["documents"].items():
        assert (folder / name).is_file(), name
        for kind in [doc["kind"], *doc.get("also_kinds", [])]:
            DocumentKind(kind)
        for role in doc["parties"]:
            PartyRole(role)
        for t in doc["clause_types"]:
            ClauseType(t)
        for s in doc.get("sections", []) + doc.get("must_not", []):
            ClauseType(s["type"])
            if "stance" in s:
                Stance(s["stance"])
            for key in ("obligor", "beneficiary"):
                if key in s:
                    PartyRole(s[key])
            assert set(s.get("areas", [])) <= areas, s
    assert set(expected["coverage"]) == areas, "coverage must list every area"
    for area, row in expected["coverage"].items():
        assert {"provider", "customer"} <= set(row), area
        for role, status in row.items():
            PartyRole(role)
            CoverageStatus(status)
    for gap in expected["gaps"]:
        assert gap["area"] in areas
        GapKind(gap["kind"])
    pairs = [(g["area"], g["kind"]) for g in expected["gaps"]]
    assert len(pairs) == len(set(pairs)), "a gap is listed twice"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_expected_gaps_follow_from_the_coverage(folder: Path) -> None:
    """uncovered and residual follow from the coverage row alone (DESIGN 3.6): check both ways."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    gaps = {(g["area"], g["kind"]) for g in expected["gaps"]}
    for area, row in expected["coverage"].items():
        statuses = set(row.values())
        committed = bool(statuses & {"covered", "limited"})
        uncovered = not committed and statuses <= {"silent", "disclaimed"}
        residual = not committed and "assigned" in statuses
        assert ((area, "uncovered") in gaps) == uncovered, area
        assert ((area, "residual") in gaps) == residual, area
        if (area, "responsibility_without_control") in gaps:
            assert row["customer"] == "assigned", area
        if (area, "cap_exposure") in gaps:
            assert row["provider"] in ("covered", "limited"), area
        if (area, "no_recourse") in gaps:
            assert not committed, area


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_expected_sections_and_headings_exist_in_the_documents(
    folder: Path, extracted: Extracted
) -> None:
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    for name, doc in expected["documents"].items():
        text = _document_text(folder / name, extracted)
        flat = _norm(text)
        if "pages" in doc:
            assert len(_pages(folder / name, extracted)) == doc["pages"], name
        for heading in doc.get("headings", []):
            assert _norm(heading) in flat, (name, heading)
        for s in doc.get("sections", []):
            number = s["number"].split("(")[0]
            pattern = rf"(?m)^[#\s*]*{re.escape(number)}\.?(\s|$)"
            assert re.search(pattern, text), (name, s["number"])
        for names in doc["parties"].values():
            for party in names:
                assert re.search(rf"(?<!\w){re.escape(party)}(?!\w)", flat), (name, party)
