"""Words hyphenated over a line break, and when the hyphen is the word's own.

A word broken at a line end ("Infra-" + "structure", "Dela-" + "ware") is one word whose hyphen
only marks the break: the hyphen and the break go. The hyphen stays, and only the break goes, when
the next line starts with a capital ("Rolls-" + "Royce", "Coca-" + "Cola": a compound of names
keeps its hyphen, and in text written in capitals a break cannot be told from a compound) or when
the part before it is a word that forms compounds ("non-" + "exclusive", "third-" + "party").

The extract stage applies the rule as it joins a PDF's lines (extract.layout); readers of names
and places apply it to text that still holds such breaks (plain text, DOCX and HTML line breaks,
documents built from text): parties read an offset-mapped copy, attribute readers a one-line copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spacing import Collapsed, remove_spans

#: Words that form compounds: a line-end hyphen after them is a real hyphen.
COMPOUND_PREFIXES = frozenset(
    (
        "self non third co cross well ex all half quasi semi pre post anti multi sub inter intra "
        "long short high low full part sole one two three four five first second end on off"
    ).split()
)

# a hyphen after a letter at the end of its line, one line break (no blank line) and a letter;
# the pattern starts with the hyphen, so that it is tried only at hyphens (a pattern that starts
# with the word before it is tried at every letter of the text)
_BREAK = re.compile(r"-(?<=[^\W\d_]-)[ \t]*\n[ \t]*(?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def keeps_hyphen(stem: str, continuation: str) -> bool:
    """Whether `stem` + "-" broken before `continuation` is a compound that keeps its hyphen."""
    return not continuation[:1].islower() or stem.lower() in COMPOUND_PREFIXES


def line_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) spans to take out of `text` to join its words hyphenated over a line
    break: the hyphen with the break, or the break alone where the hyphen is the word's own."""
    for m in _BREAK.finditer(text):
        hyphen = start = m.start()
        while start > 0 and _LETTER.match(text, start - 1):
            start -= 1
        if keeps_hyphen(text[start:hyphen], text[m.end() : m.end() + 1]):
            yield hyphen + 1, m.end()
        else:
            yield hyphen, m.end()


def join_broken_words(text: str) -> str:
    """`text` with its words hyphenated over a line break joined."""
    if "-" not in text:
        return text
    joined = rejoined(text)
    return text if joined is None else joined.text


def rejoined(text: str) -> Collapsed | None:
    """A copy of `text` with its words hyphenated over a line break joined, offsets mapped both
    ways; None when it has none."""
    if "-" not in text:
        return None
    return remove_spans(text, line_breaks(text))
