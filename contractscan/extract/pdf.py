"""PDF text with two engines behind one interface; the layout logic is shared (layout.py).

Both engines only report positioned text fragments of a page: pdfium one fragment per line
segment (the text of each line it detects, boxed by its text-page rects, which split a line at
a column gutter), pdfplumber one fragment per word (after dropping characters drawn twice).
Everything after that (headers, footers, columns, paragraphs, hyphens, page map) is
`layout.assemble`, so the two engines differ only in how they read the file. Before that, each
engine reads from its glyph boxes where it put a space inside a word that kerning, justification
or small capitals drew apart ("Cali fornia", "S TATE"), and removes it (contractscan.extract.glyphs
decides): pdfium at the spaces it inferred (FPDFText_IsGenerated; only their lines' boxes are
read), pdfplumber between its words; pdfium also marks an inferred space as wide as a column
break as a tab. pdfium boxes are
taken in the page's unrotated space, where the text was written upright.

Choice of `auto`, measured by `benchmarks/extract.py --raw` (53 PDFs: 33 CUAD exhibits, the 18
pdf-samples, 2 generated; 513 pages; CPU time; OCR off):

    engine + shared layout   pages/s   ms/page   peak RSS   vs CUAD txt (order-aware / bag F1)
    pdfium                     165       6.1      52 MB     0.991 / 0.993
    pdfplumber                   5.8   173        91 MB     0.990 / 0.993
    (raw engines, no layout: pdfium 444 pages/s, pdfplumber 6.1 pages/s at 376 MB peak)

The two engines' texts agree at 0.999 on the CUAD contracts (order-aware token ratio; 0.95 over
all files, the low ones being the Arabic samples and the three-column Federal Register page).
The gap to the CUAD reference is the running footers the layout removes ("Source: ..."): against
the reference without its repeated lines the layout text agrees better (0.990) than the raw
engine text (0.986). pdfium reads columns in order through the shared layout (its rects split
lines at the gutter), is 28 times faster for the same text and uses less memory, so `auto` reads
with pdfium; it falls back to pdfplumber only when pdfium cannot parse a file that is not
encrypted (pdf-samples' unreadablemetadata.pdf opens only in pdfplumber). Known pdfium weakness:
the Arabic "habibi" samples come out garbled where pdfplumber reads them; `--engine pdfplumber`
is there for such files.

Pages with no text layer (fewer than MIN_TEXT_CHARS characters and an image on the page) are OCR'd
when `ocr="auto"` and Tesseract is installed; `ocr="force"` OCRs every page. Policy when OCR does
not run (`ocr="never"` or no Tesseract): the document gets the warning `ocr_needed` naming the
pages; when no page has any text at all the document also gets the error `empty` with the message
"no text layer; run with --ocr auto" (or "...install tesseract-ocr"), so a scan is never
silently reported as a contract without clauses.
"""

from __future__ import annotations

import ctypes
import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol

import pypdfium2  # noqa: F401  (the default engine: loaded once, before any fork)
from pypdfium2 import raw as pdfium_raw

from ..errors import ExtractionError
from ..models import ErrorCode, Notice, Page
from .extracted import Extracted
from .glyphs import Gap, decide, is_column, word_space
from .layout import HYPHEN_MARK, Fragment, RawPage, assemble, clean_text, only_label
from .ocr import ocr_pdfium_page, tesseract_path
from .options import ExtractOptions

MIN_TEXT_CHARS = 10


@dataclass(slots=True)
class EnginePage:
    fragments: list[Fragment]
    width: float
    height: float
    chars: int
    has_images: bool


class PdfEngine(Protocol):
    name: str

    def page_count(self) -> int: ...

    def page(self, index: int) -> EnginePage: ...

    def title(self) -> str | None: ...

    def close(self) -> None: ...


# ----------------------------------------------------------------------------- pdfium


def _pdfium_open(data: bytes, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise _password_error(password) from None
        raise ExtractionError(
            ErrorCode.corrupt, f"PDF could not be parsed ({_pdfium_reason(exc)})"
        ) from None


def _pdfium_reason(exc: Exception) -> str:
    text = str(exc)
    if "PDFium:" in text:
        return text.split("PDFium:", 1)[1].strip(" ).")
    return text


def _password_error(password: str | None) -> ExtractionError:
    if password:
        return ExtractionError(
            ErrorCode.encrypted, "PDF is encrypted and the password given is wrong"
        )
    return ExtractionError(
        ErrorCode.encrypted, "PDF is encrypted: a password is needed (--password)"
    )


class PdfiumEngine:
    """pypdfium2: fast C++ text extraction; one fragment per text rect (line segment)."""

    name = "pdfium"

    def __init__(self, data: bytes, password: str | None) -> None:
        self.doc = _pdfium_open(data, password)

    def page_count(self) -> int:
        return len(self.doc)

    def title(self) -> str | None:
        try:
            return self.doc.get_metadata_dict().get("Title") or None
        except Exception:  # noqa: BLE001 - metadata is optional and often broken
            return None

    def page(self, index: int) -> EnginePage:
        page = self.doc[index]
        try:
            width, height = page.get_size()
            rotation = page.get_rotation() % 360
            # the unrotated size: text rects are in unrotated page space
            uw, uh = (height, width) if rotation in (90, 270) else (width, height)
            textpage = page.get_textpage()
            chars = textpage.count_chars()
            full = textpage.get_text_range() if chars else ""
            if len(full) == chars:  # one UTF-16 unit per char: text index == char index
                full = _mark_gaps(textpage, full)
                pieces = list(_line_pieces(textpage, full))
            else:
                pieces = list(_bounded_pieces(textpage))
            frags: list[Fragment] = []
            for text, (left, bottom, right, top), glued in pieces:
                # pdfium marks a hyphen it saw at a line end as \x02 or U+FFFE
                text = text.replace("\ufffe", HYPHEN_MARK).replace("\r", " ").replace("\n", " ")
                text = clean_text(text)
                if _COLUMN_MARK in text:
                    text = text.replace(_COLUMN_MARK, "\t")
                text = text.strip()
                if not text:
                    continue
                # text is read in the page's own (unrotated) space, where it was written upright:
                # /Rotate usually turns landscape content for display, not the text's direction
                frags.append(Fragment(text, left, right, uh - top, uh - bottom, glued))
            has_images = False
            if chars < MIN_TEXT_CHARS:
                has_images = any(
                    True
                    for _ in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                )
            textpage.close()
            return EnginePage(frags, uw, uh, chars, has_images)
        finally:
            page.close()

    def close(self) -> None:
        self.doc.close()


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF space
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# a space between two other characters, and one between two letters
_SPACE = re.compile(r"(?<=[^\s]) (?=[^\s])")
_LETTER_SPACE = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")
# what a space inferred inside a word becomes (a control character that clean_text drops), and
# one that parts two columns (a private-use character made a tab once the text is clean); both
# keep the text's length, so char indexes still match pdfium's
_JOIN_MARK = "\x03"
_COLUMN_MARK = "\ue000"


def _mark_gaps(textpage: Any, full: str) -> str:
    """The page text with the spaces pdfium inferred inside a word marked for removal and those
    that part two columns marked as a tab (contractscan.extract.glyphs decides, from the glyph
    boxes of each line that has an inferred space between two letters: only such a space can be
    inside a word, and asking pdfium about every space of a page would cost more)."""
    handle = textpage.raw
    generated = pdfium_raw.FPDFText_IsGenerated
    inferred = [m.start() for m in _LETTER_SPACE.finditer(full) if generated(handle, m.start())]
    if not inferred:
        return full
    rect = pdfium_raw.FS_RECTF()
    loose = pdfium_raw.FPDFText_GetLooseCharBox

    def box(i: int) -> tuple[float, float, float]:
        if loose(handle, i, rect):
            return rect.left, rect.right, rect.top - rect.bottom
        return 0.0, 0.0, 0.0

    marks: dict[int, str] = {}
    done_to = -1
    for i in inferred:
        if i < done_to:
            continue
        start = full.rfind("\n", 0, i) + 1
        m = _LINE_BREAK.search(full, i)
        end = m.start() if m is not None else len(full)
        done_to = end
        spaces = [s.start() for s in _SPACE.finditer(full, start, end)]
        real = {s for s in spaces if not generated(handle, s)}
        gaps: list[Gap] = []
        for s in spaces:
            _, right, h_left = box(s - 1)
            left, _, h_right = box(s + 1)
            gaps.append(
                Gap(
                    width=left - right,
                    left=full[s - 1],
                    right=full[s + 1],
                    # the loose box spans the font's ascent and descent: about 1.1 font sizes
                    size_left=h_left / 1.1,
                    size_right=h_right / 1.1,
                    word_start=s - 2 < start or not full[s - 2].isalpha(),
                    real=s in real,
                )
            )
        ref = word_space(gaps)
        for s, g, join in zip(spaces, gaps, decide(gaps), strict=True):
            if join:
                marks[s] = _JOIN_MARK
            elif (
                not g.real
                and is_column(g.width, max(g.size_left, g.size_right), ref)
                and not only_label(full[start:s])
            ):
                marks[s] = _COLUMN_MARK
    if not marks:
        return full
    chars = list(full)
    for s, mark in marks.items():
        chars[s] = mark
    return "".join(chars)


def _rects(textpage: Any, start: int, count: int) -> list[Box]:
    n = pdfium_raw.FPDFText_CountRects(textpage.raw, start, count)
    out = []
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    for i in range(max(n, 0)):
        if pdfium_raw.FPDFText_GetRect(textpage.raw, i, left, top, right, bottom):
            out.append((left.value, bottom.value, right.value, top.value))
    return out


def _line_pieces(textpage: Any, full: str) -> Iterator[tuple[str, Box, bool | None]]:
    """(text, box, glued) per line segment, reading each line's text from the page text.

    pdfium ends every line it detects with CR LF; the rects of that char range give the line's
    box. A line with one rect is sliced from the page text (cheap); a line with several rects
    (table cells, text placed glyph by glyph) is split at the char index found at each rect's
    start, which also says whether two pieces are glued (no space between them).
    """
    pos = 0
    for m in [*_LINE_BREAK.finditer(full), None]:
        end = m.start() if m is not None else len(full)
        if end > pos:
            boxes = _rects(textpage, pos, end - pos)
            if len(boxes) == 1:
                yield full[pos:end], boxes[0], False
            elif boxes:
                yield from _split_line(textpage, full, pos, end, boxes)
        pos = m.end() if m is not None else end


def _split_line(
    textpage: Any, full: str, pos: int, end: int, boxes: list[Box]
) -> Iterator[tuple[str, Box, bool | None]]:
    starts = []
    for left, bottom, right, top in boxes:
        y = (bottom + top) / 2
        tol = max((top - bottom) / 2, 0.5)  # glyph boxes sit inside the rect: search around
        starts.append(pdfium_raw.FPDFText_GetCharIndexAtPos(textpage.raw, left + 0.5, y, tol, tol))
    if any(a < pos or a >= end for a in starts) or starts != sorted(starts) or starts[0] != pos:
        ended_with_space = False
        for box in boxes:  # cannot place the rects in the text: ask pdfium for each one
            text = textpage.get_text_bounded(*box)
            glued = False if ended_with_space or text[:1].isspace() else None
            ended_with_space = text[-1:].isspace()
            yield text, box, glued
        return
    bounds = [*starts, end]
    for i, box in enumerate(boxes):
        a, z = bounds[i], bounds[i + 1]
        piece = full[a:z]
        glued = None if i == 0 else not (full[a - 1].isspace() or full[a].isspace())
        yield piece, box, glued


def _bounded_pieces(textpage: Any) -> Iterator[tuple[str, Box, bool | None]]:
    """Slow path (text with surrogate pairs): the text of every rect, asked of pdfium."""
    for i in range(textpage.count_rects()):
        box = textpage.get_rect(i)
        yield textpage.get_text_bounded(*box), box, None


# ----------------------------------------------------------------------------- pdfplumber


class PdfplumberEngine:
    """pdfplumber (pdfminer.six): slow pure Python, but every character with its box."""

    name = "pdfplumber"

    def __init__(self, data: bytes, password: str | None) -> None:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        # pdfminer logs every font quirk as a warning; a report on stderr is not the place
        logging.getLogger("pdfminer").setLevel(logging.ERROR)

        try:
            self.pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
            self._count = len(self.pdf.pages)
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for bad files
            inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
            if isinstance(inner, PDFPasswordIncorrect):
                raise _password_error(password) from None
            raise ExtractionError(
                ErrorCode.corrupt,
                f"PDF could not be parsed ({type(inner).__name__}: {inner})"[:200],
            ) from None

    def page_count(self) -> int:
        return self._count

    def title(self) -> str | None:
        value = (self.pdf.metadata or {}).get("Title")
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        return str(value) if value else None

    def page(self, index: int) -> EnginePage:
        from pdfplumber.utils import extract_words

        page = self.pdf.pages[index]
        try:
            clean = page.filter(_first_of_duplicates())
            rotation = (page.rotation or 0) % 360
            width, height = float(page.width), float(page.height)
            if rotation in (90, 180, 270):
                # back to the unrotated page, where the text was written upright (as pdfium)
                chars = [_unrotate(c, rotation, width, height) for c in clean.chars]
                if rotation != 180:
                    width, height = height, width
                words = extract_words(chars, x_tolerance=2, y_tolerance=3, keep_blank_chars=False)
            else:
                words = clean.extract_words(x_tolerance=2, y_tolerance=3, keep_blank_chars=False)
            joined = _joined_words(words, chars if rotation in (90, 180, 270) else clean.chars)
            frags = []
            for w, glued in zip(words, joined, strict=True):
                text = w["text"]
                if text.endswith("\u00ad"):
                    text = text[:-1] + HYPHEN_MARK
                text = clean_text(text).strip()
                if text:  # words are apart (a space or a gap), unless drawn apart inside a word
                    frags.append(Fragment(text, w["x0"], w["x1"], w["top"], w["bottom"], glued))
            count = len(page.chars)
            has_images = bool(page.images) if count < MIN_TEXT_CHARS else False
            return EnginePage(frags, width, height, count, has_images)
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()


def _joined_words(words: list[dict[str, Any]], chars: list[dict[str, Any]]) -> list[bool]:
    """For each pdfplumber word: is it the rest of the word before, drawn apart from it
    ("Cali" + "fornia", "S" + "TATE")? Read per line by contractscan.extract.glyphs, from the gaps
    between words (a word's height is its font size); a space character drawn in the gap keeps
    the words apart."""
    out = [False] * len(words)
    line: list[int] = []
    for i, w in enumerate(words):
        if line:
            prev = words[line[-1]]
            if abs(w["top"] - prev["top"]) > 3 or w["x0"] < prev["x1"] - 1:
                _join_line(words, line, chars, out)
                line = []
        line.append(i)
    if line:
        _join_line(words, line, chars, out)
    return out


def _join_line(
    words: list[dict[str, Any]], line: list[int], chars: list[dict[str, Any]], out: list[bool]
) -> None:
    if len(line) < 2:
        return
    gaps = []
    for i, j in pairwise(line):
        a, b = words[i], words[j]
        gaps.append(
            Gap(
                width=b["x0"] - a["x1"],
                left=a["text"][-1:],
                right=b["text"][:1],
                size_left=a["bottom"] - a["top"],
                size_right=b["bottom"] - b["top"],
                word_start=not a["text"][-2:-1].isalpha(),
                real=False,
            )
        )
    for k, join in enumerate(decide(gaps)):
        if join:
            a, b = words[line[k]], words[line[k + 1]]
            out[line[k + 1]] = not _space_between(a, b, chars)


def _space_between(a: dict[str, Any], b: dict[str, Any], chars: list[dict[str, Any]]) -> bool:
    """Is a space character drawn between words a and b of one line (in a font size near theirs:
    tables hold tiny spaces that mark nothing)? Asked for few pairs."""
    size = 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"])
    return any(
        c["text"].isspace()
        and c.get("size", size) >= size
        and c["x0"] >= a["x1"] - 1
        and c["x1"] <= b["x0"] + 1
        and abs(c["top"] - a["top"]) <= 3
        for c in chars
    )


def _unrotate(char: dict[str, Any], rotation: int, width: float, height: float) -> dict[str, Any]:
    """A pdfplumber char (display coordinates of a page with /Rotate) in unrotated coordinates.

    `width`/`height` are the displayed page's; the inverse of pdfminer's rotation matrices.
    """
    x0, x1, top, bottom = char["x0"], char["x1"], char["top"], char["bottom"]
    if rotation == 90:  # unrotated height is the displayed width
        box = (top, bottom, width - x1, width - x0)
    elif rotation == 270:  # unrotated width is the displayed height
        box = (height - bottom, height - top, x0, x1)
    else:  # 180
        box = (width - x1, width - x0, height - bottom, height - top)
    out = dict(char)
    out["x0"], out["x1"], out["top"], out["bottom"] = box
    out["doctop"] = char.get("doctop", top) - top + box[2]
    if rotation != 180:
        out["upright"] = not char.get("upright", True)
    return out


def _first_of_duplicates() -> Any:
    """A pdfplumber object filter dropping a char drawn again within 1 pt (fake bold).

    Same effect as `Page.dedupe_chars()` (tolerance 1 pt) but linear: that method sorts per
    char and took seconds per page on dense pages.
    """
    seen: dict[tuple[str, int], list[tuple[float, float]]] = {}

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x0, top = obj["x0"], obj["top"]
        near = seen.setdefault((obj.get("text", ""), round(top / 4)), [])
        if any(abs(x0 - x) <= 1.0 and abs(top - t) <= 1.0 for x, t in near):
            return False
        near.append((x0, top))
        return True

    return keep


ENGINES: dict[str, type[PdfiumEngine | PdfplumberEngine]] = {
    "pdfium": PdfiumEngine,
    "pdfplumber": PdfplumberEngine,
}


def open_engine(data: bytes, options: ExtractOptions) -> PdfEngine:
    """The engine the options ask for; `auto` = pdfium, pdfplumber when pdfium cannot parse."""
    if options.engine != "auto":
        return ENGINES[options.engine](data, options.password)
    try:
        return PdfiumEngine(data, options.password)
    except ExtractionError as exc:
        if exc.code != ErrorCode.corrupt:
            raise
        try:
            return PdfplumberEngine(data, options.password)
        except ExtractionError:
            raise exc from None


@contextmanager
def _opened(data: bytes, options: ExtractOptions) -> Iterator[PdfEngine]:
    engine = open_engine(data, options)
    try:
        yield engine
    finally:
        engine.close()


# ----------------------------------------------------------------------------- extraction


def extract_pdf(data: bytes, options: ExtractOptions) -> Extracted:
    """Text and page map of a PDF; raises ExtractionError for encrypted/corrupt/too large."""
    with _opened(data, options) as engine:
        count = engine.page_count()
        if count > options.max_pages:
            raise ExtractionError(
                ErrorCode.too_large, f"{count} pages, more than the limit of {options.max_pages}"
            )
        if count == 0:
            raise ExtractionError(ErrorCode.empty, "PDF has no pages")
        ocr_doc: Any = None
        tesseract = tesseract_path() is not None
        raw_pages: list[RawPage] = []
        unread: list[int] = []
        ocr_errors: list[str] = []
        try:
            for index in range(count):
                try:
                    ep = engine.page(index)
                except ExtractionError:
                    raise
                except Exception as exc:  # noqa: BLE001 - one broken page must not lose the file
                    ocr_errors.append(f"page {index + 1}: {type(exc).__name__}")
                    raw_pages.append(RawPage([], 612.0, 792.0))
                    continue
                no_text = ep.chars < MIN_TEXT_CHARS and ep.has_images
                want_ocr = options.ocr == "force" or (no_text and options.ocr == "auto")
                if want_ocr and tesseract:
                    if ocr_doc is None:
                        ocr_doc = (
                            engine.doc
                            if isinstance(engine, PdfiumEngine)
                            else _pdfium_open(data, options.password)
                        )
                    try:
                        pdfium_page = ocr_doc[index]
                        try:
                            result = ocr_pdfium_page(pdfium_page, options.ocr_language)
                        finally:
                            pdfium_page.close()
                        raw_pages.append(result.page)
                        continue
                    except ExtractionError as exc:
                        ocr_errors.append(exc.message)
                raw = RawPage(ep.fragments, ep.width, ep.height, needs_ocr=no_text)
                if no_text:
                    unread.append(index + 1)
                raw_pages.append(raw)
        finally:
            if ocr_doc is not None and not isinstance(engine, PdfiumEngine):
                ocr_doc.close()
        layout = assemble(raw_pages)
        title = engine.title()
    return _result(
        layout.text,
        layout.spans,
        raw_pages,
        layout.removed_lines,
        unread,
        ocr_errors,
        options,
        engine.name,
        title,
        tesseract,
    )


def _result(
    text: str,
    spans: list[tuple[int, int]],
    raw_pages: list[RawPage],
    removed: int,
    unread: list[int],
    ocr_errors: list[str],
    options: ExtractOptions,
    engine: str,
    title: str | None,
    tesseract: bool,
) -> Extracted:
    pages = [
        Page(number=i + 1, start=s, end=e, ocr=rp.ocr, ocr_confidence=rp.ocr_confidence)
        for i, ((s, e), rp) in enumerate(zip(spans, raw_pages, strict=True))
    ]
    warnings: list[Notice] = []
    metadata = {"engine": engine, "page_count": str(len(pages))}
    title = clean_text(title or "").strip()
    if title and title.lower() not in ("untitled", "untitled document", "microsoft word"):
        metadata["title"] = title
    ocr_pages = [p for p in pages if p.ocr]
    if ocr_pages:
        confs = [p.ocr_confidence for p in ocr_pages if p.ocr_confidence is not None]
        mean = round(sum(confs) / len(confs), 1) if confs else None
        metadata["ocr_pages"] = ",".join(str(p.number) for p in ocr_pages)
        if mean is not None:
            metadata["ocr_confidence"] = str(mean)
        warnings.append(
            Notice(
                code="ocr_used",
                message=f"{len(ocr_pages)} page(s) read by OCR (mean confidence {mean}): check quotes",
            )
        )
    if removed:
        warnings.append(
            Notice(
                code="headers_removed",
                message=f"{removed} running header/footer/page-number lines removed",
            )
        )
    if ocr_errors:
        warnings.append(Notice(code="ocr_failed", message="; ".join(ocr_errors)[:300]))
    if unread:
        why = (
            "OCR is off"
            if options.ocr == "never"
            else "tesseract is not installed"
            if not tesseract
            else "OCR failed"
        )
        warnings.append(
            Notice(
                code="ocr_needed",
                message=f"page(s) {_ranges(unread)} have no text layer and were not read ({why})",
            )
        )
    if not text.strip():
        if unread:
            hint = (
                "run with --ocr auto"
                if tesseract or options.ocr != "never"
                else "install tesseract-ocr"
            )
            if ocr_errors:
                raise ExtractionError(
                    ErrorCode.ocr_failed, f"no text layer and OCR failed: {ocr_errors[0]}"
                )
            if not tesseract:
                hint = "install tesseract-ocr and run with --ocr auto"
            raise _EmptyWithWarnings(f"no text layer; {hint}", warnings)
        if ocr_pages:
            raise _EmptyWithWarnings(
                f"no text found: OCR of {len(ocr_pages)} page image(s) found no words", warnings
            )
        raise _EmptyWithWarnings("no text found in the PDF", warnings)
    return Extracted(text=text, pages=pages, has_pages=True, warnings=warnings, metadata=metadata)


class _EmptyWithWarnings(ExtractionError):
    """`empty` error that keeps the warnings (ocr_needed) for the report."""

    def __init__(self, message: str, warnings: list[Notice]) -> None:
        super().__init__(ErrorCode.empty, message)
        self.warnings = warnings


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
