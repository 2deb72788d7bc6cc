"""PDF extraction on files built here (reportlab) and on the pdf-samples corpus when present."""

from __future__ import annotations

import os
import shutil
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import shipped_analyzer
from extract_builders import (
    big_pdf_bytes,
    fake_bold_pdf_bytes,
    key_terms_pdf_bytes,
    layout_pdf_bytes,
    rotated_pdf_bytes,
    runs_pdf_bytes,
    scan_pdf_bytes,
    split_words_pdf_bytes,
    text_pdf_bytes,
)

from contractscan.extract import ExtractOptions, extract, format_extracted
from contractscan.models import ErrorCode

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("CONTRACTSCAN_UPDATE_GOLDEN") == "1"
ENGINES = ["pdfium", "pdfplumber"]
HAS_TESSERACT = shutil.which("tesseract") is not None


@pytest.fixture(scope="module")
def layout_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "agreement.pdf"
    path.write_bytes(layout_pdf_bytes())
    return path


@pytest.fixture(scope="module")
def layout_docs(layout_pdf: Path) -> dict[str, object]:
    return {e: extract(layout_pdf, ExtractOptions(engine=e)) for e in ENGINES}


@pytest.mark.parametrize("engine", ENGINES)
def test_layout_pdf_matches_golden(engine: str, layout_docs: dict) -> None:
    doc = layout_docs[engine]
    assert doc.error is None
    golden = GOLDEN / f"layout.{engine}.txt"
    got = format_extracted(doc)
    if UPDATE:
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with CONTRACTSCAN_UPDATE_GOLDEN=1 and review it"
    assert got == golden.read_text(encoding="utf-8")


def test_both_engines_give_the_same_text(layout_docs: dict) -> None:
    assert layout_docs["pdfium"].text == layout_docs["pdfplumber"].text


@pytest.mark.parametrize("engine", ENGINES)
def test_layout_rules(engine: str, layout_docs: dict) -> None:
    doc = layout_docs[engine]
    text = doc.text
    # running header, footer and page numbers dropped, with a notice
    assert "CONFIDENTIAL" not in text and "Platform Terms v2.1" not in text
    assert "Page 1 of 3" not in text
    assert any(w.code == "headers_removed" for w in doc.warnings)
    # hyphenation undone, compounds kept
    assert "indemnification does not apply" in text and "indemni-" not in text
    assert "non-exclusive licence" in text
    # wrapped lines joined, numbered items and headings on their own lines
    lines = text.split("\n")
    assert "2. INDEMNIFICATION" in lines
    assert any(line.startswith("(a) The total liability") for line in lines)
    assert any(
        line.startswith('1.2 "Model" means') and line.endswith("successor models.")
        for line in lines
    )
    # a sentence running across the page break stays one paragraph
    assert "where the claim results from content that Customer" in text
    # two columns read left column first
    assert text.index("4.2 If availability") < text.index("4.3 Service credits")
    assert "calendar month, excluding scheduled maintenance" in text
    # text invariants
    assert "\r" not in text and "\x00" not in text
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_page_map_covers_text(engine: str, layout_docs: dict) -> None:
    doc = layout_docs[engine]
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    for a, b in zip(doc.pages, doc.pages[1:]):
        assert a.end == b.start
    assert doc.page_at(doc.text.index("3. LIMITATION")) == 2
    assert doc.page_at(doc.text.index("content that Customer had no right")) == 2
    assert doc.page_at(doc.text.index("where the claim results")) == 1
    assert doc.page_at(doc.text.index("4.4 Provider")) == 3
    assert doc.metadata["engine"] == engine
    assert doc.metadata["title"] == "Acme AI Platform Agreement"


def test_format_extracted_marks_pages(layout_docs: dict) -> None:
    out = format_extracted(layout_docs["pdfium"])
    assert out.startswith("=== page 1 ===\n")
    assert out.index("=== page 2 ===") < out.index("3. LIMITATION") < out.index("=== page 3 ===")


def test_document_fields(layout_pdf: Path) -> None:
    doc = extract(layout_pdf, doc_id="D7", display_path="contracts/agreement.pdf")
    assert doc.id == "D7" and doc.path == "contracts/agreement.pdf"
    assert doc.format == "pdf" and doc.has_pages
    assert doc.sha256 and len(doc.sha256) == 64
    assert extract(layout_pdf).path == str(layout_pdf)


@pytest.mark.parametrize("engine", ENGINES)
def test_runs_on_one_line_keep_their_space(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "runs.pdf"
    path.write_bytes(runs_pdf_bytes())
    doc = extract(path, ExtractOptions(engine=engine))
    assert doc.text == (
        "1.1 Acceptance. By clicking to accept these Terms you agree to them.\n\n"
        "1.2 Fees. Fees are due in thirty days."
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_words_broken_at_line_ends_in_a_preamble(tmp_path: Path, engine: str) -> None:
    # ragged lines, so a line ending in a hyphen is never taken for a paragraph end: a word broken
    # there is joined, a compound of names broken at its hyphen ("Coca-" + "Cola") keeps it
    from contractscan.structure import analyze_structure

    lines = [
        "RESELLER AGREEMENT",
        "",
        "This Reseller Agreement is made as of May 1, 2024 between Pinnacle Cloud Infra-",
        'structure, Inc., a Delaware corporation ("Vendor"), and Harlow Coca-',
        "Cola Bottling Services LLC, a limited liability company of the State of Dela-",
        'ware ("Reseller"), who agree as follows, each by its authorised officer.',
        "",
        "1. Governing Law. This Agreement is governed by the laws of the State of Dela-",
        "ware, without regard to its conflict of laws rules or those of any other State.",
    ]
    path = tmp_path / "reseller.pdf"
    path.write_bytes(text_pdf_bytes(lines))
    doc = extract(path, ExtractOptions(engine=engine))
    assert "between Pinnacle Cloud Infrastructure, Inc., a Delaware" in doc.text
    assert "and Harlow Coca-Cola Bottling Services LLC" in doc.text
    assert doc.text.count("State of Delaware") == 2
    assert {p.role.value: p.names for p in analyze_structure(doc).parties} == {
        "provider": ["Pinnacle Cloud Infrastructure, Inc.", "Vendor"],
        "customer": ["Harlow Coca-Cola Bottling Services LLC", "Reseller"],
    }


@pytest.mark.parametrize("engine", ENGINES)
def test_fake_bold_is_read_once_and_caps_heading_stands_alone(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "bold.pdf"
    path.write_bytes(fake_bold_pdf_bytes())
    doc = extract(path, ExtractOptions(engine=engine))
    assert doc.text == (
        "ARTICLE 7. LIMITATION OF LIABILITY\n\n"
        "7.1 Neither party is liable for lost profits. Fees are due."
    )


@pytest.fixture(scope="module")
def split_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "split.pdf"
    path.write_bytes(split_words_pdf_bytes())
    return path


def test_the_split_words_pdf_is_split_by_both_engines(split_pdf: Path) -> None:
    # the engines' own words: what the layout has to join
    import pdfplumber
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(split_pdf)
    raw = doc[0].get_textpage().get_text_range()
    doc.close()
    for piece in ("S TATE OF N EW Y ORK", "L IMITATION", "Cali fornia", "Dela ware", "indemni fy"):
        assert piece in raw
    with pdfplumber.open(split_pdf) as pdf:
        words = [w["text"] for w in pdf.pages[0].extract_words(x_tolerance=2, y_tolerance=3)]
    pairs = list(pairwise(words))
    for pair in (("S", "TATE"), ("L", "IMITATION"), ("Cali", "fornia,"), ("Dela", "ware")):
        assert pair in pairs


@pytest.mark.parametrize("engine", ENGINES)
def test_words_drawn_apart_are_joined(split_pdf: Path, engine: str) -> None:
    doc = extract(split_pdf, ExtractOptions(engine=engine))
    assert doc.text.split("\n\n") == [
        # small capitals: a larger first capital, a gap, smaller capitals
        "MASTER SERVICES AGREEMENT OF THE STATE OF NEW YORK",
        "7. LIMITATION OF LIABILITY",
        # single capitals and small-caps words apart by a space (drawn, or only its room) stay apart
        "I AM A TEAM OF A TEAM",
        "I AM A TEAM OF A TEAM",
        # kerned apart inside one text object; "by the Company" is apart by a space's room
        "8. This Agreement is governed by the laws of the State of California,",
        "a Delaware corporation, and the indemnification by the Company applies.",
        # kerned apart across two text objects
        "9. Each party shall indemnify the other party.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_place_kerned_apart_is_read_as_the_governing_law(split_pdf: Path, engine: str) -> None:
    from contractscan.pipeline import analyze_text

    doc = extract(split_pdf, ExtractOptions(engine=engine))
    report = analyze_text(doc.text, analyzer=shipped_analyzer())
    places = [
        p.attributes.get("jurisdiction")
        for c in report.documents[0].clauses
        for p in c.provisions
        if p.type.value == "governing_law"
    ]
    assert places == ["California"]
    headings = [c.heading for c in report.documents[0].clauses if c.heading]
    assert "LIMITATION OF LIABILITY" in headings


@pytest.mark.parametrize("one_run", [False, True], ids=["cells", "one-run"])
@pytest.mark.parametrize("engine", ENGINES)
def test_key_terms_keep_their_columns_apart(tmp_path: Path, engine: str, one_run: bool) -> None:
    path = tmp_path / "keys.pdf"
    path.write_bytes(key_terms_pdf_bytes(one_run))
    doc = extract(path, ExtractOptions(engine=engine))
    # each row a line of its own, its cells apart by a tab (a single space would lose the break)
    assert doc.text.split("\n\n") == [
        "KEY TERMS",
        "Provider\tNorthwind Analytics Ltd",
        "Governing Law\tState of New York",
        "Term\tThree (3) years from the Effective Date",
    ]
    # and the row is read as the governing law it names, not as a heading
    from contractscan.pipeline import analyze_text

    report = analyze_text(doc.text, analyzer=shipped_analyzer())
    places = [
        p.attributes.get("jurisdiction")
        for c in report.documents[0].clauses
        for p in c.provisions
        if p.type.value == "governing_law"
    ]
    assert places == ["New York"]


@pytest.mark.parametrize("rotation", [90, 180, 270])
@pytest.mark.parametrize("engine", ENGINES)
def test_rotated_pages_are_read_in_the_text_direction(
    tmp_path: Path, engine: str, rotation: int
) -> None:
    path = tmp_path / "rotated.pdf"
    path.write_bytes(rotated_pdf_bytes(rotation))
    doc = extract(path, ExtractOptions(engine=engine))
    assert doc.error is None
    assert doc.text == "1. Fees are due in thirty days.\n\n2. Late fees accrue at one percent."


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes(text_pdf_bytes(["1. The Provider shall keep Customer Data confidential."]))
    doc = extract(path)
    assert doc.error is None and doc.format == "pdf"
    assert "keep Customer Data confidential" in doc.text


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("truncated.pdf", "truncated", ErrorCode.corrupt),
        ("random.pdf", "random", ErrorCode.unsupported_format),
        ("header-only.pdf", "header", ErrorCode.corrupt),
    ],
)
def test_broken_pdfs_get_a_coded_error(
    tmp_path: Path, name: str, data: str, code: ErrorCode
) -> None:
    whole = big_pdf_bytes(3)
    content = {
        "truncated": whole[: len(whole) // 3],
        "random": os.urandom(4096).replace(b"%PDF", b"xxxx"),
        "header": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    }[data]
    path = tmp_path / name
    path.write_bytes(content)
    doc = extract(path)
    assert doc.error is not None and doc.error.code == code, doc.error
    assert "\n" not in doc.error.message and doc.text == "" and doc.pages == []


def test_too_large_by_bytes(layout_pdf: Path) -> None:
    doc = extract(layout_pdf, ExtractOptions(max_bytes=1000))
    assert doc.error is not None and doc.error.code == ErrorCode.too_large
    assert "1,000" in doc.error.message


def test_too_large_by_pages(layout_pdf: Path) -> None:
    doc = extract(layout_pdf, ExtractOptions(max_pages=2))
    assert doc.error is not None and doc.error.code == ErrorCode.too_large
    assert "3 pages" in doc.error.message


def test_timeout_kills_slow_extraction(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(big_pdf_bytes(60))
    doc = extract(path, ExtractOptions(engine="pdfplumber", timeout=0.3))
    assert doc.error is not None and doc.error.code == ErrorCode.timeout
    assert doc.sha256 is not None


def _extract_in_worker(path: str, timeout: float | None) -> tuple[str | None, int]:
    doc = extract(Path(path), ExtractOptions(engine="pdfplumber", timeout=timeout))
    return (doc.error.code.value if doc.error else None), len(doc.pages)


def test_time_limit_works_inside_a_process_pool(tmp_path: Path, layout_pdf: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    big = tmp_path / "big.pdf"
    big.write_bytes(big_pdf_bytes(60))
    with ProcessPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(_extract_in_worker, str(big), 0.3)
        fine = pool.submit(_extract_in_worker, str(layout_pdf), 60.0)
        assert slow.result(timeout=60) == ("timeout", 0)
        assert fine.result(timeout=60) == (None, 3)


# ----------------------------------------------------------------------------- scans and OCR


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(scan_pdf_bytes())
    return path


def test_scan_without_ocr_is_flagged_never_silently_empty(scan_pdf: Path) -> None:
    doc = extract(scan_pdf, ExtractOptions(ocr="never"))
    assert doc.error is not None and doc.error.code == ErrorCode.empty
    assert "--ocr auto" in doc.error.message
    assert [w.code for w in doc.warnings] == ["ocr_needed"]


def test_scan_without_tesseract_says_so(scan_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contractscan.extract.pdf as pdf_module

    monkeypatch.setattr(pdf_module, "tesseract_path", lambda: None)
    doc = extract(scan_pdf)  # ocr="auto", but no tesseract
    assert doc.error is not None and doc.error.code == ErrorCode.empty
    assert "install tesseract-ocr" in doc.error.message
    assert any(w.code == "ocr_needed" and "not installed" in w.message for w in doc.warnings)


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")
def test_scan_is_ocrd(scan_pdf: Path) -> None:
    doc = extract(scan_pdf)
    assert doc.error is None, doc.error
    assert "notify the Controller" in doc.text
    assert "Personal Data Breach without undue delay" in doc.text
    assert "DATA PROCESSING ADDENDUM" in doc.text
    page = doc.pages[0]
    assert page.ocr and page.ocr_confidence is not None and page.ocr_confidence > 60
    assert any(w.code == "ocr_used" for w in doc.warnings)
    assert "=== page 1 (OCR" in format_extracted(doc)


# ----------------------------------------------------------------------------- pdf-samples corpus

SAMPLES_DIR = (
    Path(
        os.environ.get("CONTRACTSCAN_DATA", Path(__file__).resolve().parents[3] / "shared" / "data")
    )
    / "pdf-samples"
)
SAMPLE_FILES = sorted(SAMPLES_DIR.glob("*/*.pdf")) if SAMPLES_DIR.is_dir() else []
PASSWORDS = {"libreoffice-writer-password.pdf": "openpassword", "password-example.pdf": "test"}
# files that cannot give text, and why
EXPECTED_ERRORS = {"empty.pdf": ErrorCode.empty}
IMAGE_ONLY = {
    "imagemagick-ASCII85Decode.pdf",
    "imagemagick-CCITTFaxDecode.pdf",
    "imagemagick-lzw.pdf",
}
PARTLY_IMAGE = {"imagemagick-images.pdf"}  # a word of text on some pages, images only on others


@pytest.mark.corpus
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_gives_text_or_a_coded_error(path: Path, shared_data: Path) -> None:
    doc = extract(path, ExtractOptions(ocr="never", password=PASSWORDS.get(path.name)))
    if path.name in EXPECTED_ERRORS:
        assert doc.error is not None and doc.error.code == EXPECTED_ERRORS[path.name]
    elif path.name in IMAGE_ONLY:
        assert doc.error is not None and doc.error.code == ErrorCode.empty
        assert any(w.code == "ocr_needed" for w in doc.warnings)
    elif path.name in PARTLY_IMAGE:
        assert doc.error is None and doc.text.strip()
        assert any(w.code == "ocr_needed" for w in doc.warnings)
    else:
        assert doc.error is None, doc.error
        assert doc.text.strip()
        assert doc.pages[-1].end == len(doc.text)


@pytest.mark.corpus
@pytest.mark.parametrize("name, password", sorted(PASSWORDS.items()))
def test_password_samples(name: str, password: str, shared_data: Path) -> None:
    path = next((p for p in SAMPLE_FILES if p.name == name), None)
    if path is None:
        pytest.skip(f"{name} absent")
    for engine in ENGINES:
        locked = extract(path, ExtractOptions(engine=engine, ocr="never"))
        assert locked.error is not None and locked.error.code == ErrorCode.encrypted
        assert "password is needed" in locked.error.message
        wrong = extract(path, ExtractOptions(engine=engine, ocr="never", password="wrong"))
        assert wrong.error is not None and wrong.error.code == ErrorCode.encrypted
        assert "wrong" in wrong.error.message
        opened = extract(path, ExtractOptions(engine=engine, ocr="never", password=password))
        assert opened.error is None and len(opened.text) > 200


@pytest.mark.corpus
@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")
@pytest.mark.parametrize("name", sorted(IMAGE_ONLY | PARTLY_IMAGE))
def test_image_only_samples_go_through_ocr(name: str, shared_data: Path) -> None:
    path = SAMPLES_DIR / "py-pdf" / name
    if not path.exists():
        pytest.skip(f"{name} absent")
    doc = extract(path)
    # the images hold no words: OCR runs and says so, the result is a coded error, not a crash
    assert any(w.code == "ocr_used" for w in doc.warnings)
    assert doc.error is None or doc.error.code == ErrorCode.empty
    if doc.error is not None:
        assert "OCR" in doc.error.message


@pytest.mark.corpus
def test_multicolumn_sample_reads_columns_in_order(shared_data: Path) -> None:
    path = SAMPLES_DIR / "py-pdf" / "multicolumn.pdf"
    if not path.exists():
        pytest.skip("multicolumn.pdf absent")
    for engine in ENGINES:
        text = extract(path, ExtractOptions(engine=engine)).text
        # the end of the left column runs on into the top of the right column
        assert "Donec nonummy pellentesque ante." in text, engine
