"""Turning positioned text into clean paragraphs: the logic every engine and format shares.

PDF engines (pdfium, pdfplumber), OCR and plain-text pages all hand over `RawPage`s made of
`Fragment`s (a piece of text with its box). This module then, page by page:

1. groups fragments into rows (vertical overlap) and undoes doubled characters (fake bold);
   fragments far apart in a row (a few font sizes, several of the row's usual gaps) are
   table cells or form fields: a tab parts them (not after an item's number, whose gap is a
   tab stop), and such a row is a line of its own;
2. drops running headers, footers and page numbers among the first and last three rows of a
   page: text repeated exactly on at least half of the pages, text repeated with a number that
   follows the page number ("Supply Agreement 7 ..."), and margin rows that are only a page
   number ("7", "- 7 -", "Page 7 of 9", "vii"); never all the text of a document;
3. finds column gutters (vertical strips almost no row crosses, with prose filling the column on
   their left; tables and forms fail that test) and reads each band column by column;
4. joins wrapped lines into paragraphs: a new paragraph starts after a vertical gap, after a line
   that ended although the next line's first word would have fitted (measured against the
   neighbouring lines' margin, so ragged and reflowed text works), at a first-line indent, and at
   a numbered item or bullet ("1.1", "(a)", "Section 4", "•") that follows the end of a clause;
   a lowercase line after no full stop, or after a dangling word ("the", "If"), always continues;
   hyphenated words are rejoined (`indemni-` + `fication`), keeping the hyphen of compounds
   (`non-` + `exclusive`) and of names broken at their hyphen (`Coca-` + `Cola`): a line that
   ends in a letter and a hyphen never ends a paragraph (the rule is contractscan.hyphens');
5. writes paragraphs separated by a blank line and records where each page starts, so every
   character of the text maps to its page.

Plain text uses the same steps on a character grid (a line is one unit high, x is the column):
form feeds make pages, blank lines make gaps, and hard-wrapped lines are joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from ..hyphens import keeps_hyphen
from .glyphs import is_column

# ----------------------------------------------------------------------------- characters

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,  # soft hyphen: invisible unless at a line end, handled by the engines
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\t": " ",
    }
)
# Control characters except \n and \x02 (pdfium's mark for a hyphen it found at a line end).
_CONTROL = re.compile(r"[\x00\x01\x03-\x09\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r" {2,}")
HYPHEN_MARK = "\x02"


_SPECIAL = re.compile("[" + "".join(chr(c) for c in _LIGATURES) + "]")


def _replace_special(m: re.Match[str]) -> str:
    return _LIGATURES.get(ord(m.group())) or ""


def clean_text(text: str, collapse_spaces: bool = True) -> str:
    """NFC, no ligatures, no control characters or NULs, ordinary spaces.

    Each step runs only when a cheap check says it is needed: this is called for every line.
    """
    if _SPECIAL.search(text):  # a regex with a lookup beats str.translate for a few hits
        text = _SPECIAL.sub(_replace_special, text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if collapse_spaces and "  " in text:
        text = _SPACES.sub(" ", text)
    return text


_PLAIN = re.compile("[\u00a0\u2002\u2003\u2009\u200a\u202f\x00-\x08\x0b-\x1f\x7f]")


def plain_characters(text: str) -> str:
    """`text` as a text file's lines are read: line breaks "\\r\\n" and "\\r" made "\\n" (as
    Python's text mode does), form feeds line breaks, and special spaces and control characters
    spaces, one character for one (a tab stays: it parts a table's columns). Offsets into the result are offsets into `text`
    once its line breaks are "\\n"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and not _PLAIN.search(text):
        return text
    return _PLAIN.sub(lambda m: "\n" if m.group() == "\x0c" else " ", text)


def normalise_block(text: str) -> str:
    """Line endings to \\n, no trailing spaces, at most one blank line in a row, no edge blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [clean_text(line, collapse_spaces=False).rstrip() for line in text.split("\n")]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip("\n")


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """Paragraphs (already clean) separated by one blank line, empty ones dropped."""
    return "\n\n".join(p for p in (normalise_block(p) for p in paragraphs) if p.strip())


def undouble(text: str) -> str:
    """`TThhiiss  AAggrreeeemmeenntt` -> `This Agreement` (text drawn twice for a bold effect).

    Only when every character of the line is doubled and the line is long enough that this
    cannot be chance.
    """
    if len(text) >= 8 and len(text) % 2 == 0 and text[0::2] == text[1::2]:
        return text[0::2]
    return text


# ----------------------------------------------------------------------------- input types


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of text and its box (PDF points, top-left origin; or a character grid)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # True: continues the previous fragment of the text stream with no space between;
    # False: a space or line break separates them; None: unknown, decide by the gap
    glued: bool | None = None


@dataclass(slots=True)
class RawPage:
    """One page as an engine saw it."""

    fragments: list[Fragment]
    width: float
    height: float
    ocr: bool = False
    ocr_confidence: float | None = None
    needs_ocr: bool = False  # no text layer and OCR did not run


@dataclass(slots=True)
class LayoutResult:
    text: str
    spans: list[tuple[int, int]]  # per page, [start, end) in text, contiguous, covering text
    removed_lines: int = 0


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    col_left: float = 0.0
    col_right: float = 0.0
    block_start: bool = False  # first line of a column, band or page
    extras: dict[str, float] = field(default_factory=dict)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


# ----------------------------------------------------------------------------- patterns

_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pg\.?)?\s*[-\u2013\u2014(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:"
    r"\(\s?\d{1,3}\s?\)|\([a-z]{1,2}\)|\([A-Z]{1,2}\)|\([ivxlcIVXLC]{1,6}\)"  # (1) (a) (A) (iv)
    r"|\d{1,3}(?:\.\d{1,3})*\.?\)?"  # 1. 1.1 1.1.1 1)
    r"|[a-zA-Z][.)]|[ivxlcIVXLC]{1,6}[.)]"  # a. b) iv.
    r"|(?:section|article|clause|schedule|exhibit|annex|appendix|part)\s+[0-9ivxlcIVXLC]+[A-Za-z]?[.:]?"
    r")(?=\s|$)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u25e6\u00b7\u2023\u2043\u25a0\u25a1\uf0b7*\-\u2013]\s")
_CLAUSE_END = re.compile(r"(?:[.;:!?)\]\"\u201d']|\b(?:and|or))$", re.IGNORECASE)
#: Words no paragraph or heading ends with: the sentence goes on below, even across a gap
#: (the sentence splitter reads short lines with the same list).
DANGLING_WORDS = frozenset(
    "the a an of to in for and or nor by with if that which who whose as at on from such any all "
    "each this our your its their shall will may must be been is are not than into upon under "
    "between".split()
)
_DANGLING = re.compile(r"\b(?:" + "|".join(sorted(DANGLING_WORDS)) + r")$", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?][\"\u201d')\]]?$")
_SENTENCE_END = re.compile(r"[.;:!?\"\u201d]$")
_HYPHENATED = re.compile(r"([A-Za-z])-$")
_LAST_WORD = re.compile(r"([A-Za-z]+)[-\x02]$")
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")


def only_label(text: str) -> bool:
    """Is the text so far of a line only an item's number or bullet ("1.1", "(a)", "-")? The gap
    after it is a tab stop, not a column: it is read as a space."""
    t = text.strip()
    if len(t) == 1 and _BULLET.match(t + " "):
        return True
    m = _LABEL.match(t)
    return m is not None and m.end() == len(t)


def _running_key(text: str) -> str:
    return _WS.sub(" ", _DIGITS.sub("#", text.lower())).strip()


# ----------------------------------------------------------------------------- step 1: rows


def _rows(fragments: Sequence[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped into rows by vertical overlap, each row sorted left to right."""
    rows: list[list[Fragment]] = []
    bounds: list[tuple[float, float]] = []
    for f in sorted(fragments, key=lambda f: (f.top, f.x0)):
        if not f.text.strip():
            continue
        h = max(f.bottom - f.top, 0.1)
        placed = False
        # compare with the last few rows only: rows arrive in top order
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            top, bottom = bounds[i]
            overlap = min(bottom, f.bottom) - max(top, f.top)
            if overlap >= 0.45 * min(h, bottom - top or 0.1):
                rows[i].append(f)
                bounds[i] = (min(top, f.top), max(bottom, f.bottom))
                placed = True
                break
        if not placed:
            rows.append([f])
            bounds.append((f.top, f.bottom))
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


def _row_text(row: Sequence[Fragment]) -> str:
    """The fragments of a row as one line: a space where they are apart, a tab between two
    columns (a gap of a few font sizes, and several of the row's usual gaps where it has them)."""
    if len(row) == 1:
        return undouble(row[0].text.strip())
    ref = None
    if len(row) >= 4:
        ref = median(b.x0 - a.x1 for a, b in pairwise(row))
    parts: list[str] = []
    prev: Fragment | None = None
    for f in row:
        t = f.text.strip()
        if prev is not None:
            gap = f.x0 - prev.x1
            h = max(prev.bottom - prev.top, 0.1)
            if f.glued is None:
                space = gap > 0.25 * h
            else:
                space = not f.glued or gap > 0.6 * h
            if space and not parts[-1].endswith((" ", "\t")):
                column = is_column(gap, h, ref) and not only_label("".join(parts))
                parts.append("\t" if column else " ")
        parts.append(t)
        prev = f
    return undouble("".join(parts))


# ----------------------------------------------------------------------------- step 2: margins


def _strip_running(
    pages: list[list[list[Fragment]]], heights: list[float], grid: bool
) -> tuple[list[list[list[Fragment]]], int]:
    """Remove running headers/footers and page numbers from rows near the page edges."""
    n = len(pages)
    if n < 2:
        return pages, 0

    def candidates(rows: list[list[Fragment]], height: float, share: float) -> list[int]:
        """Rows among the first and last three that lie in the top/bottom `share` of the page."""
        if not rows:
            return []
        zone = max(share * height, 1.01 if grid else 0.0)
        idx = list(range(min(3, len(rows)))) + list(range(max(len(rows) - 3, 0), len(rows)))
        out = []
        for i in sorted(set(idx)):
            top = min(f.top for f in rows[i])
            bottom = max(f.bottom for f in rows[i])
            if top <= zone or bottom >= height - zone:
                out.append(i)
        return out

    # repeated text may sit a little further in (a footer above a filing stamp); a bare page
    # number must be in the margin
    cand = [candidates(rows, h, 0.25) for rows, h in zip(pages, heights, strict=True)]
    margin = [set(candidates(rows, h, 0.12)) for rows, h in zip(pages, heights, strict=True)]
    # key with digits masked -> (page index, the numbers in the row) for each page it is on
    seen: dict[str, dict[int, list[int]]] = {}
    exact: dict[str, int] = {}
    for index, (rows, idx) in enumerate(zip(pages, cand, strict=True)):
        for i in idx:
            text = _row_text(rows[i])
            seen.setdefault(_running_key(text), {}).setdefault(
                index, [int(d) for d in _DIGITS.findall(text)[:6]]
            )
        for key in {_WS.sub(" ", _row_text(rows[i]).lower()).strip() for i in idx}:
            exact[key] = exact.get(key, 0) + 1
    need = max(2, (n + 1) // 2)
    running = {k for k, c in exact.items() if c >= need and k}
    numbered = {k for k, on in seen.items() if len(on) >= need and k and _counts_pages(on)}
    removed = 0
    out: list[list[list[Fragment]]] = []
    for rows, idx, edge in zip(pages, cand, margin, strict=True):
        drop = set()
        for i in idx:
            text = _row_text(rows[i]).strip()
            plain = _WS.sub(" ", text.lower())
            if (
                plain in running
                or _running_key(text) in numbered
                or (i in edge and _PAGE_NUMBER.match(text))
            ):
                drop.add(i)
        removed += len(drop)
        out.append([r for i, r in enumerate(rows) if i not in drop])
    if removed and not any(out):
        return pages, 0  # the "running" text is all there is: it is the content
    return out, removed


def _counts_pages(on: dict[int, list[int]]) -> bool:
    """Does one number of a repeated row follow the page number (page 3 -> 3, page 4 -> 4)?

    Tells a running footer with a page number from headings like "ARTICLE 5" that happen to
    open several pages.
    """
    width = min((len(v) for v in on.values()), default=0)
    for pos in range(width):
        offsets = [v[pos] - page for page, v in on.items()]
        common = max(set(offsets), key=offsets.count)
        if offsets.count(common) >= 0.8 * len(offsets) and len({v[pos] for v in on.values()}) > 1:
            return True
    return False


# ----------------------------------------------------------------------------- step 3: columns


def _gutters(rows: list[list[Fragment]], width: float) -> list[float]:
    """x positions of column gutters on this page (empty for a single column).

    A gutter is a vertical strip at least MIN_GUTTER wide that (almost) no row crosses, with
    prose on its left: rows that have text on both sides reach close to it, and the column it
    closes is at least a fifth of the page wide. Tables and forms fail the prose test and keep
    their rows together.
    """
    if len(rows) < 6 or width <= 0:
        return []
    w = int(width) + 2
    diff = [0] * (w + 2)
    for row in rows:
        # merged intervals of the row so that each row counts once per x
        cur_a, cur_b = -1.0, -1.0
        for f in row:
            a, b = min(max(f.x0, 0.0), width), min(max(f.x1, 0.0), width)
            if a > cur_b + 1.0:
                if cur_b >= 0:
                    diff[int(cur_a)] += 1
                    diff[int(cur_b) + 1] -= 1
                cur_a, cur_b = a, b
            else:
                cur_b = max(cur_b, b)
        if cur_b >= 0:
            diff[int(cur_a)] += 1
            diff[int(cur_b) + 1] -= 1
    cover = []
    run = 0
    for x in range(w):
        run += diff[x]
        cover.append(run)
    lo, hi = int(0.2 * width), int(0.8 * width)
    limit = max(2, 0.12 * len(rows))
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x in range(lo, hi + 1):
        free = x < hi and cover[x] <= limit
        if free and start is None:
            start = x
        elif not free and start is not None:
            if x - start >= MIN_GUTTER:
                runs.append((start, x))
            start = None
    gutters: list[float] = []
    left_edge = 0.0
    for a, b in runs:
        # the least-covered point of the strip, centred
        best = min(cover[a:b])
        xs = [x for x in range(a, b) if cover[x] == best]
        g = (xs[0] + xs[-1] + 1) / 2
        if _prose_left_of(rows, g, a, left_edge, width):
            gutters.append(g)
            left_edge = g
    # the last column must be as wide as the others must be (a fifth of the page)
    right_edge = max((f.x1 for row in rows for f in row), default=0.0)
    while gutters and right_edge - gutters[-1] < 0.2 * width:
        gutters.pop()
    return gutters


MIN_GUTTER = 6


def _prose_left_of(
    rows: list[list[Fragment]], g: float, strip_start: float, left_edge: float, width: float
) -> bool:
    if g - left_edge < 0.2 * width:
        return False
    split = fills = right_rows = 0
    spans: list[float] = []
    starts: list[float] = []
    for row in rows:
        left = [f for f in row if left_edge <= f.x0 and f.x1 <= g]
        right = [f for f in row if f.x0 >= g]
        if right:
            right_rows += 1
        if left:
            spans.append(max(f.x1 for f in left) - min(f.x0 for f in left))
            starts.append(min(f.x0 for f in left))
        if left and right and len(left) + len(right) == len(row):
            split += 1
            if strip_start - max(f.x1 for f in left) < 0.08 * width:
                fills += 1
    if split < 3 or right_rows < 4 or fills < 0.6 * split:
        return False
    # prose lines span most of their column; table cells do not
    column = g - min(starts)
    return median(spans) >= 0.5 * column


def _order(rows: list[list[Fragment]], width: float, page: int, grid: bool) -> list[_Line]:
    """Rows of one page as lines in reading order, each knowing its column bounds."""
    gutters = [] if grid else _gutters(rows, width)
    lines: list[_Line] = []

    def line(frags: list[Fragment], col: int) -> _Line:
        ln = _Line(
            text=_row_text(frags),
            x0=min(f.x0 for f in frags),
            x1=max(f.x1 for f in frags),
            top=min(f.top for f in frags),
            bottom=max(f.bottom for f in frags),
            page=page,
        )
        ln.extras["col"] = col
        return ln

    if not gutters:
        lines = [line(r, 0) for r in rows]
        _set_columns(lines)
        if lines:
            lines[0].block_start = True
        return lines
    band: list[list[_Line]] = [[] for _ in range(len(gutters) + 1)]

    def flush() -> None:
        for part in band:
            _set_columns(part)
            if part:
                part[0].block_start = True
            lines.extend(part)
            part.clear()

    for row in rows:
        cols: list[list[Fragment]] = [[] for _ in band]
        crosses = False
        for f in row:
            k = sum(1 for g in gutters if f.x0 >= g)
            if any(f.x0 < g < f.x1 for g in gutters):
                crosses = True
                break
            cols[k].append(f)
        if crosses:  # a full-width row (title, table) ends the band
            flush()
            full = line(row, len(band))
            _set_columns([full])
            full.block_start = True
            lines.append(full)
            continue
        for k, frags in enumerate(cols):
            if frags:
                band[k].append(line(frags, k))
    flush()
    return lines


def _set_columns(lines: list[_Line]) -> None:
    """Column bounds = where most lines start and end (robust to short last lines)."""
    if not lines:
        return
    x0s = sorted(ln.x0 for ln in lines)
    x1s = sorted(ln.x1 for ln in lines)
    left = x0s[len(x0s) // 10]
    right = x1s[min(len(x1s) - 1, (9 * len(x1s)) // 10)]
    for ln in lines:
        ln.col_left, ln.col_right = left, right


# ----------------------------------------------------------------------------- step 4: paragraphs


def _starts_item(text: str) -> bool:
    return bool(_LABEL.match(text) or _BULLET.match(text))


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _metrics(lines: list[_Line], grid: bool) -> tuple[float, float]:
    """Typical line height and line pitch of a page."""
    if grid:
        return 1.0, 1.0
    hs = [ln.height for ln in lines]
    h = median(hs) if hs else 10.0
    pitches = [
        b.top - a.top for a, b in pairwise(lines) if not b.block_start and 0 < b.top - a.top < 3 * h
    ]
    return h, (median(pitches) if pitches else 1.2 * h)


def _joins(prev: _Line, cur: _Line, h: float, pitch: float, grid: bool, wrapped: bool) -> bool:
    """Does `cur` continue the paragraph of `prev`?"""
    p, c = prev.text, cur.text
    if _BULLET.match(c):
        return False
    if "\t" in c and not c[:1].islower() and not (p.endswith(HYPHEN_MARK) or _HYPHENATED.search(p)):
        return False  # a row of a table or form (its cells apart by a tab) starts a line of its own
    if (
        grid
        and cur.page == prev.page
        and c[:1].islower()
        and not _LABEL.match(c)
        and not _SENTENCE_END.search(p)
        and cur.top - prev.bottom <= 3
    ):
        # "... by providing written notice.  If" / blank lines / "only one party has ...": a
        # sentence cut by blank lines (a lost page break, a double-spaced dump) goes on, in files
        # with one paragraph per line too
        return True
    if grid and not wrapped:
        return False
    # a word broken at the line end ("indemni-" + "fication"), or a compound of names broken at
    # its hyphen ("Coca-" + "Cola"): no paragraph ends on a letter and a hyphen
    hyphen = bool(c[:1].isalpha() and (p.endswith(HYPHEN_MARK) or _HYPHENATED.search(p)))
    continuation = bool(c[:1].islower() or p.endswith((HYPHEN_MARK, ",")) or _HYPHENATED.search(p))
    if cur.page != prev.page or cur.block_start:
        return not _SENTENCE_END.search(p) and continuation
    if _LABEL.match(c) and _CLAUSE_END.search(p):
        return False
    width = max(prev.col_right - prev.col_left, 1.0)
    gap = cur.top - prev.bottom
    if c[:1].islower() and not _FULL_STOP.search(p) and gap < (1.0 if grid else 2.0 * pitch):
        # mid-sentence wrap ("; provided, however"), whatever the margin or the leading:
        # reflowed filings wrap each paragraph at its own width and space lines unevenly
        return True
    if _DANGLING.search(p) and gap < (1.0 if grid else 6.0 * pitch):
        return True  # "... written notice. If" + "only one party": no paragraph ends on "If"
    if grid:
        if gap > 0.5:
            return False
    elif gap > max(0.6 * h, (pitch - h) + 0.45 * h):
        return False
    if hyphen:
        return True  # a word broken at the line end continues on the next line
    if _word_fits(prev, cur, grid):
        return False  # prev ended early although the next word had room: paragraph end
    if _all_caps(c) and not _all_caps(p) and cur.x1 < cur.col_right - 0.12 * width:
        return False
    if _all_caps(p) and len(p) <= 80 and not _all_caps(c):
        return False  # a heading in capitals ("ARTICLE 7. LIMITATION OF LIABILITY") ends there
    indent = 1.2 * h if not grid else 2
    # a first-line indent starts a new paragraph (a hanging indent after a label does not)
    return not (cur.x0 > prev.x0 + indent and not _starts_item(p))


def _word_fits(prev: _Line, cur: _Line, grid: bool) -> bool:
    """Would the first word of `cur` have fitted at the end of `prev`? Then prev ended on purpose.

    Works for justified and ragged-right text alike; the word width is estimated from the mean
    character width of `cur`.
    """
    first = cur.text.split(None, 1)[0]
    if grid:
        char_w = 1.0
    else:
        char_w = (cur.x1 - cur.x0) / max(len(cur.text), 1)
    need = (len(first) + 1) * char_w
    slack = 0.5 * char_w if grid else 1.5 * char_w
    return prev.x1 + need + slack < prev.extras.get("right", prev.col_right)


def _local_margins(lines: list[_Line], reach: int = 2) -> None:
    """The right margin near each line: the widest of its neighbours in the same column.

    Documents reflowed from typewritten originals wrap each paragraph at its own measure; the
    page-wide margin would take every line of a narrow paragraph for a paragraph end.
    """
    for i, ln in enumerate(lines):
        col = ln.extras.get("col")
        near = [
            other.x1
            for other in lines[max(0, i - reach) : i + reach + 1]
            if other.extras.get("col") == col
        ]
        ln.extras["right"] = min(max(near), ln.col_right) if near else ln.col_right


def _glue(prev_text: str, cur_text: str) -> tuple[str, str]:
    """(prev with its line-end hyphen handled, separator) for joining two lines."""
    m = _LAST_WORD.search(prev_text)
    if prev_text.endswith(HYPHEN_MARK) or (m and prev_text.endswith("-")):
        stem = prev_text[:-1]
        if keeps_hyphen(m.group(1) if m else "", cur_text):
            return stem + "-", ""
        return stem, ""
    return prev_text, " "


# ----------------------------------------------------------------------------- step 5: assemble


def assemble(
    pages: Sequence[RawPage], grid: bool = False, strip_running: bool = True
) -> LayoutResult:
    """Clean text and page spans from raw pages (see the module docstring)."""
    rows_per_page = [_rows(p.fragments) for p in pages]
    removed = 0
    if strip_running:
        rows_per_page, removed = _strip_running(rows_per_page, [p.height for p in pages], grid)
    wrapped = True
    if grid:
        lengths = sorted(f.x1 for p in pages for f in p.fragments if f.text.strip())
        # a file with one paragraph per long line is not hard-wrapped: keep its lines
        wrapped = bool(lengths) and lengths[(9 * len(lengths)) // 10] <= 120
    out: list[str] = []
    length = 0
    starts: list[int | None] = []
    prev: _Line | None = None
    prev_metrics = (10.0, 12.0)
    pending = ""  # text of the previous line, not yet written (its hyphen may change)
    for index, (page, rows) in enumerate(zip(pages, rows_per_page, strict=True)):
        lines = _order(rows, page.width, index, grid)
        lines = [ln for ln in lines if ln.text.strip()]
        _local_margins(lines)
        h, pitch = _metrics(lines, grid) if lines else prev_metrics
        page_start: int | None = None
        for ln in lines:
            ln.text = ln.text.strip()
            if prev is None:
                sep = ""
            elif _joins(prev, ln, h, pitch, grid, wrapped):
                pending, sep = _glue(pending, ln.text)
            else:
                pending, sep = pending.replace(HYPHEN_MARK, "-"), "\n\n"
            if prev is not None:
                out.append(pending + sep)
                length += len(pending) + len(sep)
            if page_start is None:
                page_start = length
            pending = ln.text
            prev = ln
        if lines:
            prev_metrics = (h, pitch)
        starts.append(page_start)  # None: an empty page, placed where the next page starts
    if prev is not None:
        tail = pending.replace(HYPHEN_MARK, "-")
        out.append(tail)
        length += len(tail)
    text = "".join(out).replace(HYPHEN_MARK, "-")
    resolved: list[int] = []
    following = len(text)
    for s in reversed(starts):
        following = following if s is None else s
        resolved.append(following)
    resolved.reverse()
    if resolved:
        resolved[0] = 0
    spans = [
        (s, resolved[i + 1] if i + 1 < len(resolved) else len(text)) for i, s in enumerate(resolved)
    ]
    return LayoutResult(text=text, spans=spans, removed_lines=removed)


def grid_page(text: str) -> RawPage:
    """A plain-text page as fragments on a character grid (one line = one unit high)."""
    frags = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        x0 = len(line) - len(line.lstrip())
        frags.append(
            Fragment(stripped, float(x0), float(x0 + len(stripped)), float(i), float(i + 1))
        )
    width = max((f.x1 for f in frags), default=1.0)
    return RawPage(fragments=frags, width=width, height=float(max(len(lines), 1)))
