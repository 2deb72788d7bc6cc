"""Runs of spaces between words, collapsed for matching, with offsets mapped both ways.

Filed contracts and PDF text are often padded ("Force  Majeure", "shall  not  exceed"). spaCy
makes each extra run of spaces a token of its own, so a phrase or a token pattern no longer
matches across it. Matching reads a copy of the text in which every run of spaces or tabs between
two words is one space; the offsets it finds are mapped back to the document's own text, which
stays as extracted. Indentation at the start of a line and line breaks are kept: the sentence
splitter and the segmenter read them.

`remove_spans` makes the same kind of copy with any stretches taken out (contractscan.hyphens
takes out the breaks of words hyphenated over a line).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

#: two or more spaces, tabs or no-break spaces between two non-space characters (the check of
#: the character before is made after the first space, so the regex engine skips ahead to spaces)
_RUN = re.compile(r"[ \t\u00a0](?<=\S[ \t\u00a0])[ \t\u00a0]+(?=\S)")


@dataclass(frozen=True)
class Collapsed:
    """`text` with runs collapsed; segment i starts at `c_at[i]` in it and `o_at[i]` in the
    original, and runs on unchanged until the next segment."""

    text: str
    c_at: tuple[int, ...]
    o_at: tuple[int, ...]

    def to_original(self, c: int) -> int:
        """The original offset of collapsed offset `c`."""
        i = bisect_right(self.c_at, c) - 1
        o = self.o_at[i] + (c - self.c_at[i])
        if i + 1 < len(self.o_at):
            o = min(o, self.o_at[i + 1])  # inside a replacement longer than what it replaced
        return o

    def to_collapsed(self, o: int) -> int:
        """The collapsed offset of original offset `o` (inside a removed run: the next word)."""
        i = bisect_right(self.o_at, o) - 1
        c = self.c_at[i] + (o - self.o_at[i])
        if i + 1 < len(self.c_at):
            c = min(c, self.c_at[i + 1])
        return c


def collapse_runs(text: str) -> Collapsed | None:
    """The text with runs of spaces between words made one space, or None when it has none."""
    first = _RUN.search(text)
    if first is None:
        return None
    pieces: list[str] = []
    c_at, o_at = [0], [0]
    last = removed = 0
    for m in _RUN.finditer(text, first.start()):
        pieces.append(text[last : m.start()])
        pieces.append(" ")
        removed += m.end() - m.start() - 1
        last = m.end()
        c_at.append(m.end() - removed)
        o_at.append(m.end())
    pieces.append(text[last:])
    return Collapsed("".join(pieces), tuple(c_at), tuple(o_at))


def remove_spans(text: str, spans: Iterable[tuple[int, int]]) -> Collapsed | None:
    """`text` with the given (start, end) spans taken out, in order and not overlapping, offsets
    mapped both ways; None when there is none."""
    pieces: list[str] = []
    c_at, o_at = [0], [0]
    last = removed = 0
    for start, end in spans:
        if end <= start or start < last:
            continue
        pieces.append(text[last:start])
        removed += end - start
        last = end
        c_at.append(end - removed)
        o_at.append(end)
    if last == 0:
        return None
    pieces.append(text[last:])
    return Collapsed("".join(pieces), tuple(c_at), tuple(o_at))


def replace_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> Collapsed | None:
    """`text` with the given (start, end) spans replaced by other words ("the Customer's" read
    as "your"), in order and not overlapping, offsets mapped both ways (an offset inside a
    replaced span maps to its start, its end to the end); None when nothing is replaced."""
    pieces: list[str] = []
    c_at, o_at = [0], [0]
    last = shift = 0
    for start, end, new in spans:
        if end <= start or start < last:
            continue
        pieces.append(text[last:start])
        pieces.append(new)
        # the replacement reads from the span's start, then the text runs on from its end
        c_at.append(start + shift)
        o_at.append(start)
        shift += len(new) - (end - start)
        c_at.append(end + shift)
        o_at.append(end)
        last = end
    if last == 0:
        return None
    pieces.append(text[last:])
    return Collapsed("".join(pieces), tuple(c_at), tuple(o_at))
