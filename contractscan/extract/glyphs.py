"""Words a PDF drew apart, read from the gaps between its glyphs.

A PDF has no words, only glyphs at positions; the engines infer a space wherever the gap between
two glyphs passes a threshold (pdfium about a sixth of the font size, pdfplumber 2 pt). Two kinds
of gap pass it inside a word:

- kerning and justification that place part of a word on its own ("Cali fornia", "Dela ware",
  "indemni fication"): the gap is real but narrower than the line's own word spaces;
- small capitals set as a larger capital and then smaller capitals of the same word ("S TATE OF
  N EW Y ORK"): the size drops right after a word's first letter, with no room for a space.

`decide` reads the gaps of one line, as the engines measure them (pdfium's char boxes, pdfplumber's
words), and says which are no space at all. It only ever joins two letters, and only when a space
character is not drawn there and the gap is narrower than the line's word spaces (its median gap,
small-caps gaps left out) and than a space of the font: "I AM" in small capitals, set with a space,
stays two words. A gap far wider than the line's word spaces and than a few font sizes parts two
columns (`is_column`): the layout writes a tab there, the mark of a table's columns in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median


@dataclass(slots=True)
class Gap:
    """The gap between two glyphs of a line where an engine put a space."""

    width: float  # from the right of the glyph before to the left of the glyph after
    left: str  # the character before the gap
    right: str  # the character after it
    size_left: float  # font size (or glyph height) of the glyph before
    size_right: float  # and after
    word_start: bool  # the character before begins its word (no letter before it)
    real: bool  # a space character is drawn in the gap (not one the engine inferred)


#: A gap narrower than this share of the line's word spaces is inside a word.
WORD_SHARE = 0.75
#: ... and narrower than this share of the font size (a space is 0.22-0.33 of it in text fonts).
WORD_EM = 0.2
#: Without word spaces on the line to compare with, a gap this narrow (of the larger capital's
#: size) is inside a small-caps word; ordinary gaps need the comparison.
SMALL_CAPS_EM = 0.15
#: A column break: at least this many font sizes wide, and this many of the line's word spaces.
COLUMN_EM = 2.5
COLUMN_SHARE = 3.0


def small_caps(g: Gap) -> bool:
    """A word's first capital, then smaller capitals: "S" + "TATE"."""
    return (
        g.word_start
        and g.left.isupper()
        and g.right.isupper()
        and 0.5 * g.size_left <= g.size_right <= 0.9 * g.size_left
    )


def word_space(gaps: list[Gap]) -> float | None:
    """The line's typical word space: the median gap, small-caps gaps left out; None when fewer
    than three gaps are left (too few to tell the usual gap from an odd one)."""
    widths = [g.width for g in gaps if not small_caps(g)]
    return median(widths) if len(widths) >= 3 else None


def decide(gaps: list[Gap]) -> list[bool]:
    """For each gap of one line: is it inside a word (no space)?"""
    ref = word_space(gaps)
    out = []
    for g in gaps:
        join = False
        # a gap going back (text placed out of order, a box pdfium could not give) is no gap
        if not g.real and g.width >= 0 and g.left.isalpha() and g.right.isalpha():
            size = max(g.size_left, g.size_right)
            if small_caps(g):
                limit = WORD_SHARE * ref if ref is not None else SMALL_CAPS_EM * size
                join = g.width < min(limit, WORD_EM * size)
            elif ref is not None and abs(g.size_left - g.size_right) <= 0.1 * size:
                join = g.width < min(WORD_SHARE * ref, WORD_EM * size)
        out.append(join)
    return out


def is_column(width: float, size: float, ref: float | None) -> bool:
    """Is a gap this wide a break between two columns (a table's cells, a form's fields)?"""
    return width >= COLUMN_EM * size and (ref is None or width >= COLUMN_SHARE * ref)
