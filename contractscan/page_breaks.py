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

# where a break can start: a sentence's last word, comma or ampersand at the end of its line
_LINE_END_RE = re.compile(r"(?<=[^\W_]|[,&])[ \t]*(?=\n|\f)")
_FURNITURE_LINE_RE = re.compile(_FURNITURE)
# what the sentence goes on with after a break: a word, or an alias's bracket or quote
_GOES_ON_RE = re.compile(r"[ \t]*(?:[^\W\d_]|[(\"\u201c'\u2018])")

_INDENT_RE = re.compile(r"[ \t]*")
# the longest line read as furniture, in characters
_LINE_REACH = 200

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


def _title(text: str) -> str:
    """The document's first line that holds words: its title, which a running header repeats."""
    for line in text[:2000].splitlines():
        if line.strip():
            return " ".join(line.split()).lower()
    return ""


def _furniture(line: str, title: str) -> bool:
    """Whether a line is page furniture: a page number, a running header or footer, a legend, or
    the document's title repeated at the top of a page."""
    return _FURNITURE_LINE_RE.fullmatch(line) is not None or (
        bool(title) and " ".join(line.split()).lower() == title
    )


def _break_end(text: str, at: int, title: str) -> int | None:
    """Where the sentence goes on when a page break starts at `at` (a line end): past blank
    lines, form feeds and furniture lines, at least one of the last two; None when no page break
    is there (a paragraph's end, or text that does not go on the sentence)."""
    pos, furnished = at, False
    while pos < len(text) and text[pos] in "\n\f":
        furnished = furnished or text[pos] == "\f"
        # a furniture line is short: a longer line ends the walk whatever it holds
        line_end = reach = min(len(text), pos + 1 + _LINE_REACH)
        for stop in ("\n", "\f"):
            k = text.find(stop, pos + 1, reach)
            if k != -1:
                line_end = min(line_end, k)
        line = text[pos + 1 : line_end]
        if line.strip() and not _furniture(line, title):
            break
        furnished = furnished or bool(line.strip())
        pos = line_end
    else:
        return None
    if not furnished or _GOES_ON_RE.match(text, pos + 1) is None:
        return None
    indent = _INDENT_RE.match(text, pos + 1)
    return pos + 1 if indent is None else indent.end()


def sentence_breaks(text: str, limit: int = OPENING) -> Iterator[tuple[int, int, str]]:
    """The (start, end, " ") spans of the page breaks inside a sentence in the first `limit`
    characters of `text`, each to be read as one space."""
    title = _title(text)
    last = 0
    for m in _LINE_END_RE.finditer(text, 0, min(len(text), limit)):
        if m.start() < last:
            continue
        end = _break_end(text, m.end(), title)
        if end is None or not _runs_on(_paragraph_before(text, m.start())):
            continue
        last = end
        yield m.start(), end, " "


def joined_over_breaks(text: str) -> Collapsed | None:
    """A copy of `text` with the page breaks inside its opening's sentences made one space,
    offsets mapped both ways; None when it has none."""
    return replace_spans(text, sentence_breaks(text))
