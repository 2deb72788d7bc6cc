"""What a format reader hands back to `extract()`: text, page map, notices, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Notice, Page


@dataclass(slots=True)
class Extracted:
    text: str
    pages: list[Page] = field(default_factory=list)
    has_pages: bool = True
    warnings: list[Notice] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
