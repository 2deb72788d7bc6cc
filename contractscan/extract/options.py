"""What a caller may tune about extraction. One pydantic model so the CLI, the batch runner and
the Python API pass the same settings."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Engine = Literal["auto", "pdfplumber", "pdfium"]
OcrMode = Literal["auto", "never", "force"]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_PAGES = 3000
DEFAULT_TIMEOUT = 120.0


class ExtractOptions(BaseModel):
    """Settings for `extract()`.

    `timeout` is wall-clock seconds per file (None: no limit); with a limit the work runs in a
    forked child process that is killed when the time is up, so one pathological file cannot hang
    a batch (limits.py: a fresh child per call, or one long-lived child per batch process).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    engine: Engine = "auto"
    ocr: OcrMode = "auto"
    password: str | None = None
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, gt=0)
    max_pages: int = Field(default=DEFAULT_MAX_PAGES, gt=0)
    timeout: float | None = Field(default=DEFAULT_TIMEOUT, gt=0)
    ocr_language: str = Field(default="eng", pattern=r"^[A-Za-z0-9_+]+$")
