"""Page breaks that fall inside a sentence of a contract's opening, and how to read past them.

A contract printed and extracted page by page can have its page furniture (a page number, a
running header or footer, a CONFIDENTIAL legend, a form feed) between two halves of one sentence:
"by and between Ashcombe Rail" / "Page 1" / "Signalling Limited, a company ...". A reader of
names sees two paragraphs there, and a name cut in two. `joined_over_breaks` gives an offset-mapped
copy in which such a break, furniture and blank lines together, is one space.

A break is joined only when it sits inside a sentence: the paragraph before it runs on (it ends in
a letter, a digit, a comma or an ampersand, and is no short title line) and the text after it
starts with a letter or an opening parenthesis or quote. A page break after a full stop, a colon
or a semicolon, or below a heading, ends a paragraph anyway and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spacing import Collapsed, replace_spans

#: how far into a document breaks are joined: the opening, where the parties are named
OPENING = 12000

# one line of page furniture: a page number ("3", "-1-", "- 2 -", "Page 1", "Page 1 of 11",
# "[Page 1]", "1 | Page"), a running header or footer with the page number at its end after a wide
# gap, a bar or a dash ("Employment Agreement      Page 1 of 8", "SOW-4 v2.1 | 1"), or a
# confidentiality legend
_FURNITURE = (
    r"[ \t]*(?:"
    r"[-\u2013\u2014]?[ \t]*\d{1,3}[ \t]*[-\u2013\u2014]?"
    r"|\[?[ \t]*(?i:page)[ \t]+\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?[ \t]*\]?"
    r"|\d{1,3}[ \t]*\|[ \t]*(?i:page)"
    r"|[^\n]{1,80}?(?:[ \t]{3,}|[ \t]\|[ \t]|[ \t][-\u2013][ \t])"
    r"(?:(?i:page)[ \t]+)?\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?"
    r"|(?i:(?:strictly[ \t]+)?(?:private[ \t]+(?:and|&)[ \t]+)?confidential"
    r"(?:[ \t]+treatment[ \t]+requested)?)"
    r")[ \t]*"
)

# a break: the line end after a sentence's last word, blank lines and furniture lines (at least
# one, or a form feed), and the blank lines before the sentence goes on
_BREAK_RE = re.compile(
    r"(?<=[^\W_]|[,&])[ \t]*(?:\n[ \t]*|\f)+"
    r"(?:(?:" + _FURNITURE + r")(?:\n[ \t]*|\f)+)*"
    r"(?=[^\W\d_]|[(\"\u201c'\u2018])"
)
_FURNITURE_LINE_RE = re.compile(r"^" + _FURNITURE + r"$", re.MULTILINE)

# a paragraph shorter than this many words, with no lower-case word, is a title or a heading
_TITLE_WORDS = 8


def _paragraph_before(text: str, at: int) -> str:
    """The paragraph that ends at `at` (from the last blank line or form feed before it)."""
    start = max(text.rfind("\n\n", 0, at), text.rfind("\f", 0, at), text.rfind("\n \n", 0, at))
    return text[start + 1 : at].strip()


def _runs_on(paragraph: str) -> bool:
    """Whether a paragraph reads as a sentence cut short, not a title, a heading or a field: it has
    a word in lower case, or is long."""
    words = paragraph.split()
    return any(w[:1].islower() for w in words) or len(words) >= _TITLE_WORDS


def _has_furniture(piece: str) -> bool:
    """Whether the break holds a furniture line or a form feed (blank lines alone are a
    paragraph's end, and stay)."""
    if "\f" in piece:
        return True
    inner = [line for line in piece.split("\n")[1:] if line.strip()]
    return bool(inner) and all(_FURNITURE_LINE_RE.match(line) for line in inner)


def sentence_breaks(text: str, limit: int = OPENING) -> Iterator[tuple[int, int, str]]:
    """The (start, end, " ") spans of the page breaks inside a sentence in the first `limit`
    characters of `text`, each to be read as one space."""
    for m in _BREAK_RE.finditer(text, 0, min(len(text), limit)):
        piece = m.group(0)
        if not _has_furniture(piece):
            continue
        if not _runs_on(_paragraph_before(text, m.start())):
            continue
        yield m.start(), m.end(), " "


def joined_over_breaks(text: str) -> Collapsed | None:
    """A copy of `text` with the page breaks inside its opening's sentences made one space,
    offsets mapped both ways; None when it has none."""
    return replace_spans(text, sentence_breaks(text))
