"""Which format a file is, decided by its bytes (magic numbers), never by its name.

A PDF named `.txt` is read as a PDF and an HTML page saved as `.pdf` is read as HTML. The name is
only a hint between plain text and Markdown, which share every byte pattern.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from ..errors import ExtractionError
from ..models import ErrorCode

Format = Literal["pdf", "docx", "html", "text", "markdown"]

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_ANY = re.compile(rb"<(?:html|body|head|main|article)\b[^>]*>", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MD_EXT = (".md", ".markdown", ".mdown", ".mkd")
_UTF_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Binary formats worth naming in the message: the user learns what the file really is.
_KNOWN_BINARY = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def sniff(data: bytes, name: str = "") -> Format:
    """The format of `data`; raises ExtractionError(unsupported_format | corrupt) otherwise."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if head.startswith(_OLE):
        raise ExtractionError(
            ErrorCode.unsupported_format,
            "legacy Office (OLE) file such as .doc, or an encrypted DOCX: save it as DOCX or PDF",
        )
    for magic, what in _KNOWN_BINARY:
        if head.startswith(magic):
            raise ExtractionError(ErrorCode.unsupported_format, f"file is {what}, not a document")
    if not looks_like_text(head):
        raise ExtractionError(ErrorCode.unsupported_format, "unrecognised binary content")
    probe = _ascii_probe(head)
    if _HTML_START.search(probe) or _HTML_ANY.search(probe[:1024]):
        return "html"
    if name.lower().endswith(_MD_EXT):
        return "markdown"
    sample = probe.decode("ascii", "ignore")
    if len(_MD_HEADING.findall(sample)) >= 2:
        return "markdown"
    return "text"


def _ascii_probe(head: bytes) -> bytes:
    """The head with UTF-16 NULs and a BOM removed, good enough for tag and heading patterns."""
    for bom in _UTF_BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return head.replace(b"\x00", b"")


def looks_like_text(head: bytes) -> bool:
    """True for text in any common encoding (UTF-8/16, cp1252...), False for binary data."""
    if not head:
        return True
    if head.startswith(_UTF_BOMS):
        return True
    if _looks_utf16(head):
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control <= max(1, len(head) // 100)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    n = len(odd)
    return (
        odd.count(0) > 0.8 * n
        and even.count(0) < 0.1 * n
        or even.count(0) > 0.8 * n
        and odd.count(0) < 0.1 * n
    )


def _sniff_zip(data: bytes) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(ErrorCode.corrupt, f"damaged zip container: {exc}") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        what = "an Excel workbook (XLSX)"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint deck (PPTX)"
    elif "content.xml" in names and "mimetype" in names:
        what = "an OpenDocument file"
    else:
        what = "a zip archive"
    raise ExtractionError(
        ErrorCode.unsupported_format, f"file is {what}, not a DOCX (no word/document.xml)"
    )
