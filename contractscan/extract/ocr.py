"""OCR of page images with Tesseract, returning the same fragments the PDF engines return.

Tesseract runs as a subprocess (`tesseract stdin stdout tsv`) so there are no temporary files and
its word boxes and confidences come back together; the words become `Fragment`s in PDF points so
the shared layout logic (headers, columns, paragraphs) treats a scanned page like any other.
`OMP_THREAD_LIMIT=1` keeps one Tesseract from taking every core away from a parallel batch.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from dataclasses import dataclass

from ..errors import ExtractionError
from ..models import ErrorCode
from .layout import Fragment, RawPage, clean_text

OCR_DPI = 300


@dataclass(frozen=True, slots=True)
class OcrPage:
    page: RawPage
    confidence: float | None


def tesseract_path() -> str | None:
    """Where the tesseract binary is, or None when OCR is unavailable."""
    return shutil.which("tesseract")


def ocr_image_png(
    png: bytes, width_pt: float, height_pt: float, scale: float, language: str
) -> OcrPage:
    """OCR one rendered page (PNG bytes at `scale` pixels per point) into a RawPage."""
    exe = tesseract_path()
    if exe is None:
        raise ExtractionError(ErrorCode.ocr_failed, "tesseract is not installed")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cmd = [
        exe,
        "stdin",
        "stdout",
        "-l",
        language,
        "--dpi",
        str(int(72 * scale)),
        "--psm",
        "3",
        "tsv",
    ]
    try:
        proc = subprocess.run(cmd, input=png, capture_output=True, env=env, check=False)
    except OSError as exc:
        raise ExtractionError(ErrorCode.ocr_failed, f"tesseract could not run: {exc}") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(
            ErrorCode.ocr_failed, f"tesseract failed: {msg[-1] if msg else proc.returncode}"
        )
    return parse_tsv(proc.stdout.decode("utf-8", "replace"), width_pt, height_pt, scale)


def parse_tsv(tsv: str, width_pt: float, height_pt: float, scale: float) -> OcrPage:
    """Tesseract TSV words -> one fragment per OCR line, mean word confidence 0-100."""
    lines: dict[tuple[str, str, str], list[tuple[str, float, float, float, float]]] = {}
    confs: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            conf = -1.0
        if row.get("level") != "5" or not text or conf < 0:
            continue
        left, top = float(row["left"]), float(row["top"])
        w, h = float(row["width"]), float(row["height"])
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append((text, left, top, left + w, top + h))
        confs.append(conf)
    frags = []
    for words in lines.values():
        text = clean_text(" ".join(w[0] for w in words))
        frags.append(
            Fragment(
                text=text,
                x0=min(w[1] for w in words) / scale,
                x1=max(w[3] for w in words) / scale,
                top=min(w[2] for w in words) / scale,
                bottom=max(w[4] for w in words) / scale,
            )
        )
    confidence = round(sum(confs) / len(confs), 1) if confs else None
    page = RawPage(
        fragments=frags, width=width_pt, height=height_pt, ocr=True, ocr_confidence=confidence
    )
    return OcrPage(page=page, confidence=confidence)


def ocr_pdfium_page(page: object, language: str, dpi: int = OCR_DPI) -> OcrPage:
    """Render a pypdfium2 page at `dpi` and OCR it."""
    scale = dpi / 72.0
    width, height = page.get_size()  # type: ignore[attr-defined]
    bitmap = page.render(scale=scale, grayscale=True)  # type: ignore[attr-defined]
    image = bitmap.to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return ocr_image_png(buf.getvalue(), width, height, scale, language)
