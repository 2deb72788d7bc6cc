"""DOCX body text in reading order, with Word's automatic numbering made visible.

The body XML is walked directly (python-docx opens the package) because `Paragraph.text` neither
keeps tracked insertions nor knows list numbers:

- tracked insertions (`w:ins`, `w:moveTo`) are kept, deletions (`w:del`/`w:delText`,
  `w:moveFrom`) dropped: the text is the document as it would read with changes accepted;
- comments, footnotes, headers and footers live in other parts and are never read;
- `mc:Fallback` (the legacy copy of a text box) is skipped so nothing is doubled;
- automatic numbering (`w:numPr`, directly or through the paragraph style) is rebuilt from
  numbering.xml: counters per abstract list, `%1.%2` level texts, decimal/letter/roman formats,
  `w:start`, `w:startOverride` and `w:isLgl`, so "1.1" and "(a)" appear as Word shows them;
- a table becomes one block, a row per line, cells separated by " | ".

DOCX has no pages (page breaks depend on the printer): the Document gets `has_pages=False` and
an empty page list instead of invented page numbers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractionError
from ..models import ErrorCode
from .extracted import Extracted
from .layout import clean_text, join_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {
    f"{W}del",
    f"{W}moveFrom",
    MC_FALLBACK,
    f"{W}rPr",
    f"{W}pPr",
    f"{W}delText",
    f"{W}instrText",
}


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    is_lgl: bool = False


@dataclass(slots=True)
class Numbering:
    """numbering.xml compiled once per document, plus the running counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl
    nums: dict[str, tuple[str, dict[int, int]]] = field(
        default_factory=dict
    )  # numId -> (abs, overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums:
            return ""
        abs_id, overrides = self.nums[num_id]
        levels = self.levels.get(abs_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abs_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl, start in overrides.items():
                counters.pop(lvl, None)
                counters[lvl] = start - 1 if lvl == ilvl else start
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        for upper in range(ilvl):
            counters.setdefault(upper, levels.get(upper, Level()).start)
        if level.fmt == "bullet":
            return "\u2022"
        if level.fmt == "none":
            return ""
        out = level.text
        for k in range(ilvl, -1, -1):
            fmt = levels.get(k, Level()).fmt
            if level.is_lgl and k < ilvl:
                fmt = "decimal"
            out = out.replace(f"%{k + 1}", format_number(counters.get(k, 1), fmt))
        return out.strip()


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, sym in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(f"{W}{tag}") if el is not None else None
    if child is None:
        return default
    return child.get(f"{W}val", default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def compile_numbering(root: Any) -> Numbering:
    num = Numbering()
    if root is None:
        return num
    for absn in root.iter(f"{W}abstractNum"):
        levels: dict[int, Level] = {}
        for lvl in absn.iter(f"{W}lvl"):
            ilvl = _int(lvl.get(f"{W}ilvl"), 0)
            levels[ilvl] = Level(
                fmt=_val(lvl, "numFmt", "decimal") or "decimal",
                text=_val(lvl, "lvlText", "") or "",
                start=_int(_val(lvl, "start"), 1),
                is_lgl=lvl.find(f"{W}isLgl") is not None,
            )
        num.levels[absn.get(f"{W}abstractNumId", "")] = levels
    for n in root.iter(f"{W}num"):
        abs_id = _val(n, "abstractNumId", "") or ""
        overrides = {}
        for ov in n.iter(f"{W}lvlOverride"):
            start = _val(ov, "startOverride")
            if start is not None:
                overrides[_int(ov.get(f"{W}ilvl"), 0)] = _int(start, 1)
        num.nums[n.get(f"{W}numId", "")] = (abs_id, overrides)
    return num


def _style_numbering(styles_root: Any) -> dict[str, tuple[str | None, int]]:
    """styleId -> (numId, ilvl) for paragraph styles that carry numbering (basedOn resolved)."""
    if styles_root is None:
        return {}
    direct: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in styles_root.iter(f"{W}style"):
        sid = st.get(f"{W}styleId", "")
        ppr = st.find(f"{W}pPr")
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is not None:
            ilvl = _val(numpr, "ilvl")
            direct[sid] = (_val(numpr, "numId"), _int(ilvl, 0) if ilvl is not None else None)
        parent = _val(st, "basedOn")
        if parent:
            based[sid] = parent
    out: dict[str, tuple[str | None, int]] = {}
    for sid in set(direct) | set(based):
        cur: str | None = sid
        seen = set()
        while cur is not None and cur not in direct and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur is not None and cur in direct:
            num_id, ilvl = direct[cur]
            out[sid] = (num_id, ilvl or 0)
    return out


class _Reader:
    def __init__(self, numbering: Numbering, style_num: dict[str, tuple[str | None, int]]) -> None:
        self.numbering = numbering
        self.style_num = style_num

    def block(self, el: Any, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}p":
                text = self.paragraph(child)
                if text.strip():
                    out.append(text)
            elif tag == f"{W}tbl":
                rows = self.table(child)
                if rows:
                    out.append("\n".join(rows))
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins", f"{W}moveTo"):
                self.block(child, out)

    def paragraph(self, p: Any) -> str:
        parts: list[str] = []
        self._runs(p, parts)
        text = clean_text("".join(parts)).strip()
        label = self._label(p)
        if label and text:
            return f"{label} {text}"
        return text

    def _label(self, p: Any) -> str:
        ppr = p.find(f"{W}pPr")
        num_id: str | None = None
        ilvl: int | None = None
        if ppr is not None:
            numpr = ppr.find(f"{W}numPr")
            if numpr is not None:
                num_id = _val(numpr, "numId")
                lvl = _val(numpr, "ilvl")
                ilvl = _int(lvl, 0) if lvl is not None else None
            if num_id is None:
                style = _val(ppr, "pStyle")
                if style and style in self.style_num:
                    num_id, style_lvl = self.style_num[style]
                    ilvl = style_lvl if ilvl is None else ilvl
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, ilvl or 0)

    def _runs(self, el: Any, parts: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}p":  # a paragraph in a text box
                parts.append(" ")
                self._runs(child, parts)
                parts.append(" ")
            else:
                self._runs(child, parts)

    def table(self, tbl: Any) -> list[str]:
        rows = []
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not tbl:
                continue  # nested table rows are read through their cell
            cells = []
            for tc in tr.findall(f"{W}tc"):
                inner: list[str] = []
                self.block(tc, inner)
                cells.append(" ".join(t.replace("\n", " ") for t in inner).strip())
            if any(cells):
                rows.append(" | ".join(cells))
        return rows


def extract_docx(data: bytes) -> Extracted:
    """Body text of a DOCX; raises ExtractionError(corrupt) for a broken package."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ExtractionError(ErrorCode.corrupt, f"DOCX package is broken ({exc})"[:200]) from None
    except Exception as exc:  # noqa: BLE001 - lxml/zip errors for damaged parts
        raise ExtractionError(
            ErrorCode.corrupt, f"DOCX could not be read ({type(exc).__name__})"
        ) from None
    numbering_root = None
    try:
        numbering_root = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_root = None
    styles_root = None
    try:
        styles_root = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        styles_root = None
    reader = _Reader(compile_numbering(numbering_root), _style_numbering(styles_root))
    paragraphs: list[str] = []
    reader.block(document.element.body, paragraphs)
    text = join_paragraphs(paragraphs)
    metadata = {"engine": "python-docx"}
    title = (document.core_properties.title or "").strip()
    if title:
        metadata["title"] = title
    if not text.strip():
        raise ExtractionError(ErrorCode.empty, "DOCX has no text in its body")
    return Extracted(text=text, pages=[], has_pages=False, metadata=metadata)
