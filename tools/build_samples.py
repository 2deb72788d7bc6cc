"""Render the sample contracts' PDFs from the plain-text sources in tools/samples/.

The samples must look like real vendor PDFs (running header, footer with "Page N of M" and a
confidentiality line, multi-page flow) so that extraction meets headers and footers it has to strip.
Output is byte-for-byte deterministic (reportlab invariant mode), so the committed PDFs can be
checked against a fresh build.

Source markup (one file per PDF, UTF-8):
  @output <path under sample_contracts/>   where the PDF goes (required)
  @title <text>      PDF metadata title        @author <text>   PDF metadata author
  @header <text>     running header, left      @header_right <text>  running header, right
  @footer <text>     footer line, left (the page count goes on the right)
  @font times|helvetica   body face (default times)
  # Title            document title, centred
  ## Heading         section heading ("9. Warranties and Disclaimers")
  ### Heading        sub-heading (schedule parts)
  | line             a line kept as is (addresses, signature blocks); a run of | lines is one block
  (a) / (i) ...      paragraphs starting with a letter or roman list marker are indented
  \\pagebreak        start a new page
  **bold**           inline bold (run-in clause headings)
  blank lines separate paragraphs; other consecutive lines are joined into one paragraph.

Usage: .venv/bin/python tools/build_samples.py [--out DIR] [SOURCE...]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate

rl_config.invariant = 1  # fixed creation date and document id: identical bytes on every run

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "tools" / "samples"
SAMPLES = REPO / "sample_contracts"

_FACES = {
    "times": ("Times-Roman", "Times-Bold"),
    "helvetica": ("Helvetica", "Helvetica-Bold"),
}
_LETTER_ITEM = re.compile(r"^\([a-h]\)\s")
_ROMAN_ITEM = re.compile(r"^\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)\s")


@dataclass
class Source:
    """A parsed source file: its settings and its blocks in order."""

    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)

    @property
    def output(self) -> str:
        return self.meta["output"]


def parse_source(path: Path) -> Source:
    """Read a source file into settings and (kind, text) blocks."""
    src = Source(path)
    para: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if para:
            text = " ".join(p.strip() for p in para)
            kind = "para"
            if _ROMAN_ITEM.match(text):
                kind = "item2"
            elif _LETTER_ITEM.match(text):
                kind = "item1"
            src.blocks.append((kind, text))
            para.clear()
        if lines:
            src.blocks.append(("lines", "\n".join(lines)))
            lines.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("@") and not src.blocks and not para:
            key, _, value = line[1:].partition(" ")
            src.meta[key.strip()] = value.strip()
            continue
        if not line.strip():
            flush()
        elif line.startswith("### "):
            flush()
            src.blocks.append(("h3", line[4:].strip()))
        elif line.startswith("## "):
            flush()
            src.blocks.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            src.blocks.append(("h1", line[2:].strip()))
        elif line.strip() == "\\pagebreak":
            flush()
            src.blocks.append(("pagebreak", ""))
        elif line.startswith("|"):
            if para:
                flush()
            lines.append(line[1:].strip())
        else:
            if lines:
                flush()
            para.append(line)
    flush()
    if "output" not in src.meta:
        raise ValueError(f"{path}: missing '@output' line")
    return src


def _inline(text: str) -> str:
    """Escape XML specials and turn **bold** into reportlab markup."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


def _styles(face: str) -> dict[str, ParagraphStyle]:
    regular, bold = _FACES[face]
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5, spaceAfter=6)
    return {
        "h1": ParagraphStyle(
            "h1", fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=12
        ),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=11.5, leading=14.5, spaceBefore=8, spaceAfter=5
        ),
        "h3": ParagraphStyle(
            "h3", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4
        ),
        "para": body,
        "item1": ParagraphStyle("item1", parent=body, leftIndent=0.35 * inch),
        "item2": ParagraphStyle("item2", parent=body, leftIndent=0.7 * inch),
        "lines": ParagraphStyle("lines", parent=body, leading=13),
    }


def _flowables(src: Source) -> list[Any]:
    styles = _styles(src.meta.get("font", "times"))
    out: list[Any] = []
    pending_heading: Paragraph | None = None
    for kind, text in src.blocks:
        if kind == "pagebreak":
            out.append(PageBreak())
            continue
        if kind == "lines":
            # a signature block or address never splits across pages
            flow: Any = KeepTogether(
                [Paragraph("<br/>".join(_inline(t) for t in text.split("\n")), styles["lines"])]
            )
        else:
            flow = Paragraph(_inline(text), styles[kind])
        if kind in ("h2", "h3"):
            if pending_heading is not None:
                out.append(pending_heading)
            pending_heading = flow  # keep a heading with the paragraph after it
            continue
        if pending_heading is not None:
            out.append(KeepTogether([pending_heading, flow]))
            pending_heading = None
        else:
            out.append(flow)
    if pending_heading is not None:
        out.append(pending_heading)
    return out


def _canvas_class(src: Source) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "Page N of M"."""
    header = src.meta.get("header", "")
    header_right = src.meta.get("header_right", "")
    footer = src.meta.get("footer", "")
    regular = _FACES[src.meta.get("font", "times")][0]

    class PagedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = LETTER
            self.saveState()
            self.setFont(regular, 8.5)
            self.drawString(inch, height - 0.6 * inch, header)
            if header_right:
                self.drawRightString(width - inch, height - 0.6 * inch, header_right)
            self.setLineWidth(0.5)
            self.line(inch, height - 0.66 * inch, width - inch, height - 0.66 * inch)
            self.line(inch, 0.72 * inch, width - inch, 0.72 * inch)
            self.drawString(inch, 0.55 * inch, footer)
            self.drawRightString(width - inch, 0.55 * inch, f"Page {number} of {total}")
            self.restoreState()

    return PagedCanvas


def build(src: Source, out_root: Path) -> Path:
    """Render one source to out_root/<@output>; return the PDF path."""
    target = out_root / src.output
    target.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.95 * inch,
        bottomMargin=0.95 * inch,
        title=src.meta.get("title", ""),
        author=src.meta.get("author", ""),
        subject="",
        creator="contractscan tools/build_samples.py",
        producer="ReportLab",
    )
    doc.build(_flowables(src), canvasmaker=_canvas_class(src))
    return target


def source_files() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


def build_all(out_root: Path = SAMPLES, sources: list[Path] | None = None) -> list[Path]:
    return [build(parse_source(p), out_root) for p in (sources or source_files())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=SAMPLES, help="root folder for the PDFs")
    parser.add_argument(
        "sources", nargs="*", type=Path, help="source files (default: tools/samples/*.txt)"
    )
    args = parser.parse_args(argv)
    try:
        built = build_all(args.out, args.sources or None)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in built:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
