"""Ingestion: any contract file -> a `Document` with clean text and a page map, or a coded error.

`extract()` never raises for a problem with the file; it returns a Document whose `error` holds
one code (not_found, unsupported_format, empty, encrypted, corrupt, too_large, timeout,
ocr_failed, unreadable, internal) and a one-line message. The format comes from the bytes
(sniff.py), never from the name.

Scans: pages without a text layer are OCR'd with Tesseract when `ocr="auto"` (the default); when
OCR is off or unavailable they get the warning `ocr_needed`, and a document with no text at all
gets the error `empty` ("no text layer; run with --ocr auto") with that warning kept, so a scan
never passes silently as an empty contract (details in pdf.py).
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import ExtractionError
from ..models import Document, DocumentError, ErrorCode, Notice
from .extracted import Extracted
from .limits import ReaderProcess, call_with_deadline
from .options import ExtractOptions
from .sniff import Format, sniff

__all__ = ["ExtractOptions", "ReaderProcess", "extract", "format_extracted"]

_Outcome = tuple[Extracted | None, ErrorCode | None, str, list[Notice]]


def extract(
    path: Path | str,
    options: ExtractOptions | None = None,
    doc_id: str = "D1",
    display_path: str | None = None,
    reader: ReaderProcess | None = None,
) -> Document:
    """Read one file into a Document (text, pages, warnings) or a Document with an error.

    With a time limit the reader runs in a child process: a fresh fork per call, or the
    long-lived child of `reader` when given (much cheaper per file; batches pass one).
    """
    options = options or ExtractOptions()
    shown = display_path if display_path is not None else str(path)
    doc = Document(id=doc_id, path=shown)
    try:
        return _extract(Path(path), options, doc, reader)
    except Exception as exc:  # noqa: BLE001 - a bug must cost one file, never the batch
        return _failed(doc, ErrorCode.internal, f"unexpected failure ({type(exc).__name__}: {exc})")


def _extract(
    path: Path, options: ExtractOptions, doc: Document, reader: ReaderProcess | None
) -> Document:
    try:
        data = _read_bytes(path, options)
    except ExtractionError as exc:
        return _failed(doc, exc.code, exc.message)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip(b" \t\r\n\x00"):
        return _failed(
            doc, ErrorCode.empty, "file is empty" if not data else "file holds only whitespace"
        )
    try:
        fmt = sniff(data, path.name)
    except ExtractionError as exc:
        return _failed(doc, exc.code, exc.message)
    doc.format = fmt
    _preload(fmt, options)
    try:
        if reader is not None:
            outcome = reader.call(_read_safely, (fmt, data, options), options.timeout)
        else:
            outcome = call_with_deadline(lambda: _read_safely(fmt, data, options), options.timeout)
        result, code, message, warnings = outcome
    except ExtractionError as exc:
        return _failed(doc, exc.code, exc.message)
    doc.warnings = warnings
    if code is not None or result is None:
        return _failed(doc, code or ErrorCode.internal, message)
    doc.text = result.text
    doc.pages = result.pages
    doc.has_pages = result.has_pages
    doc.warnings = result.warnings
    doc.metadata = result.metadata
    return doc


def _read_bytes(path: Path, options: ExtractOptions) -> bytes:
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ExtractionError(ErrorCode.not_found, "no such file") from None
    except ValueError:  # a NUL byte in the path
        raise ExtractionError(ErrorCode.not_found, "invalid file name") from None
    except PermissionError:
        raise ExtractionError(ErrorCode.unreadable, "permission denied") from None
    except OSError as exc:
        raise ExtractionError(ErrorCode.unreadable, f"cannot stat file: {exc.strerror}") from None
    if path.is_dir():
        raise ExtractionError(ErrorCode.unsupported_format, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
        raise ExtractionError(ErrorCode.unsupported_format, "not a regular file")
    if st.st_size > options.max_bytes:
        raise ExtractionError(
            ErrorCode.too_large,
            f"file is {st.st_size:,} bytes, more than the limit of {options.max_bytes:,}",
        )
    try:
        with path.open("rb") as fh:
            data = _read_at_most(fh, options.max_bytes + 1, st.st_size)
    except PermissionError:
        raise ExtractionError(ErrorCode.unreadable, "permission denied") from None
    except OSError as exc:
        raise ExtractionError(ErrorCode.unreadable, f"cannot read file: {exc.strerror}") from None
    if len(data) > options.max_bytes:  # grew since stat, or a device
        raise ExtractionError(
            ErrorCode.too_large, f"file is larger than the limit of {options.max_bytes:,} bytes"
        )
    return data


def _read_at_most(fh: BinaryIO, limit: int, expected: int) -> bytes:
    """Up to `limit` bytes of `fh`. `read(limit)` would allocate a buffer of the whole limit
    (200 MB by default) for every file; this asks for what `stat` announced, then goes on in
    chunks only if the file has grown since."""
    first = fh.read(min(limit, expected + 1))
    if len(first) <= expected:
        return first
    parts = [first]
    size = len(first)
    while size < limit:
        chunk = fh.read(min(limit - size, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _preload(fmt: Format, options: ExtractOptions) -> None:
    """Import the reader in this process once, so children forked later do not import it."""
    if fmt == "pdf":
        from . import pdf  # noqa: F401  (imports pypdfium2)

        if options.engine == "pdfplumber":
            import pdfplumber  # noqa: F401
    elif fmt == "docx":
        import docx  # noqa: F401

        from . import docx as _docx  # noqa: F401
    elif fmt == "html":
        import selectolax.lexbor  # noqa: F401

        from . import html  # noqa: F401


def _read_safely(fmt: Format, data: bytes, options: ExtractOptions) -> _Outcome:
    """The reader for `fmt`, with every failure turned into (None, code, message, warnings)."""
    try:
        return _read(fmt, data, options), None, "", []
    except ExtractionError as exc:
        return None, exc.code, exc.message, list(getattr(exc, "warnings", []))
    except MemoryError:
        return None, ErrorCode.too_large, "ran out of memory while reading", []
    except RecursionError:
        return None, ErrorCode.corrupt, "structure nested too deeply to read", []
    except Exception as exc:  # noqa: BLE001 - a reader bug or an input no parser expected
        return (
            None,
            ErrorCode.internal,
            f"unexpected reader failure ({type(exc).__name__}: {exc})"[:300],
            [],
        )


def _read(fmt: Format, data: bytes, options: ExtractOptions) -> Extracted:
    if fmt == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(data, options)
    if fmt == "docx":
        from .docx import extract_docx

        return extract_docx(data)
    if fmt == "html":
        from .html import extract_html

        return extract_html(data)
    from .text import extract_markdown, extract_text

    result = extract_markdown(data) if fmt == "markdown" else extract_text(data)
    if not result.text.strip():
        raise ExtractionError(ErrorCode.empty, "file has no text")
    return result


def _failed(doc: Document, code: ErrorCode, message: str) -> Document:
    one_line = " ".join(message.split())[:300]
    doc.error = DocumentError(code=code, message=one_line)
    doc.text = ""
    doc.pages = []
    return doc


def format_extracted(doc: Document) -> str:
    """The text as `contractscan extract FILE` prints it: `=== page N ===` before each page."""
    if doc.error is not None:
        return f"error {doc.error.code.value}: {doc.error.message}\n"
    if not doc.has_pages or not doc.pages:
        return doc.text + ("\n" if doc.text and not doc.text.endswith("\n") else "")
    out = []
    for page in doc.pages:
        marker = f"=== page {page.number}"
        if page.ocr:
            conf = (
                f", confidence {page.ocr_confidence:g}" if page.ocr_confidence is not None else ""
            )
            marker += f" (OCR{conf})"
        out.append(marker + " ===\n")
        body = doc.text[page.start : page.end].strip()
        if body:
            out.append(body + "\n")
    return "".join(out)
