"""Build Documents straight from text, so structure tests do not depend on the extract stage."""

from __future__ import annotations

from contractscan.models import Document, Page


def doc(text: str, pages: list[tuple[int, int]] | None = None, has_pages: bool = True) -> Document:
    """A Document over `text`; `pages` are (start, end) spans, one page over all by default."""
    spans = pages or [(0, len(text))]
    return Document(
        id="T1",
        path="test.txt",
        format="text",
        text=text,
        pages=[Page(number=i + 1, start=s, end=e) for i, (s, e) in enumerate(spans)]
        if has_pages
        else [],
        has_pages=has_pages,
    )
