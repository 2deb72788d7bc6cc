"""Output formats: a registry of `render(report, color) -> str` functions behind one --format choice.

Every format renders the same Report; the machine formats serialise the records the human
formats print.
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import Report
from . import csv, html, json, markdown, table

Renderer = Callable[[Report, bool], str]

RENDERERS: dict[str, Renderer] = {
    "table": table.render,
    "json": json.render,
    "markdown": markdown.render,
    "csv": csv.render,
    "html": html.render,
}

FORMATS = tuple(RENDERERS)


def render(report: Report, fmt: str, color: bool = False) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return renderer(report, color)
