"""What the perturbation benchmarks compare: the provisions read from a document, keyed by place.

A change to a document's text either keeps every character's place (typing changes: curly quotes,
capitals, wraps) or moves them (wording changes: "do not" -> "don't", "we" -> the vendor's name).
`Edit`s say what was replaced; `apply_edits` gives the changed text and, for each of its
characters, the span of the original it came from, so a provision read from the changed text is
compared with the original's at the original's place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..models import Clause, Report


def hard_wrap(text: str, width: int = 72) -> str:
    """Each line longer than `width` broken at its last space before `width`, as a text file or
    a PDF's lines are; one character for one, so every offset keeps its place."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        start = 0
        while len(chars) - start > width:
            cut = line.rfind(" ", start, start + width)
            if cut <= start:
                break
            chars[cut] = "\n"
            start = cut + 1
        out.append("".join(chars))
    return "\n".join(out)


#: A provision as the benchmarks compare it: rule, type, obligor, stance, start, end.
ReadingKey = tuple[str, str, str | None, str, int, int]


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `new`."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Edited:
    """A changed text and, per character of it (and one past its end), the original span."""

    text: str
    origin: tuple[tuple[int, int], ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span a span of the changed text covers."""
        if end <= start:
            return self.origin[start][0], self.origin[start][0]
        return self.origin[start][0], self.origin[end - 1][1]


def apply_edits(text: str, edits: Iterable[Edit]) -> Edited:
    """The text with non-overlapping edits applied (an edit overlapping an earlier one is
    dropped); each inserted character maps to the whole span it replaced."""
    pieces: list[str] = []
    origin: list[tuple[int, int]] = []
    at = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < at:
            continue
        pieces.append(text[at : e.start])
        origin.extend((i, i + 1) for i in range(at, e.start))
        pieces.append(e.new)
        origin.extend((e.start, e.end) for _ in e.new)
        at = e.end
    pieces.append(text[at:])
    origin.extend((i, i + 1) for i in range(at, len(text)))
    origin.append((len(text), len(text)))
    return Edited("".join(pieces), tuple(origin))


def walk(clauses: Sequence[Clause]) -> Iterator[Clause]:
    for c in clauses:
        yield c
        yield from walk(getattr(c, "children", None) or [])


def readings(report: Report, edited: Edited | None = None) -> dict[ReadingKey, str]:
    """Each provision of the report's first document by its key, its place given in the
    original text when `edited` says how the analysed text was changed from it."""
    out: dict[ReadingKey, str] = {}
    for c in walk(report.documents[0].clauses):
        for p in c.provisions:
            start, end = edited.span(p.start, p.end) if edited else (p.start, p.end)
            obligor = p.obligor.value if p.obligor else None
            out[(p.rule, p.type.value, obligor, p.stance.value, start, end)] = p.quote
    return out


def compare(
    base: dict[ReadingKey, str], got: dict[ReadingKey, str]
) -> tuple[list[ReadingKey], list[ReadingKey]]:
    """The provisions of `base` not in `got` (lost) and those of `got` not in `base` (new)."""
    return [k for k in base if k not in got], [k for k in got if k not in base]
