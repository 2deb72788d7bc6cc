"""Plain text and Markdown: decoding, NUL bytes, line endings, pages at form feeds.

Decoding order: a BOM (UTF-8, UTF-16 LE/BE) decides; then strict UTF-8; then UTF-16 without a BOM
(NUL in every other byte); then, for text that is mostly high bytes (other scripts),
charset-normalizer's best guess unless it is one of the Latin single-byte code pages, which it
confuses on short texts; and last cp1252 with latin-1 for the five
bytes cp1252 leaves undefined. Any guess other than UTF-8/UTF-16 adds the warning
`encoding_fallback` naming the encoding, because a wrong guess garbles quotes and dashes.

Plain text goes through the shared layout logic on a character grid (hard-wrapped lines are
joined, running headers at form-feed pages dropped). Markdown keeps its line structure and `#`
headings for the segmenter (setext headings become `#`/`##`); emphasis markers, link targets and
backslash escapes (`1\\.`) are removed, outside code spans and fenced code.
"""

from __future__ import annotations

import re

from ..models import Notice, Page
from .extracted import Extracted
from .layout import _LABEL, assemble, grid_page, normalise_block

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, guessed): guessed is True when the encoding is a fallback guess."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc.replace("-sig", ""), "replace"), enc, False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.6 * len(odd):
            return data.decode("utf-16-le", "replace"), "utf-16-le", False
        if even.count(0) > 0.6 * len(even):
            return data.decode("utf-16-be", "replace"), "utf-16-be", False
    best = None
    sample = data[:200_000]
    # Western text is mostly ASCII with a few accented letters: cp1252. Other scripts (Cyrillic,
    # Greek, CJK code pages) are mostly high bytes: ask the detector.
    if sum(1 for b in sample if b >= 0x80) > 0.3 * len(sample):
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(sample).best()
        except Exception:  # noqa: BLE001 - the detector is a helper, never a failure
            best = None
    if best is not None and best.encoding and best.encoding not in _LATIN_FAMILY:
        try:
            return data.decode(best.encoding), best.encoding, True
        except (UnicodeDecodeError, LookupError):
            pass
    return _cp1252(data), "cp1252", True


# Single-byte Latin code pages the detector confuses on short texts (cp1250 for "naïve"): for
# contracts cp1252 is by far the likeliest of them, so it wins whenever the guess is one of these.
_LATIN_FAMILY = frozenset(
    (
        "cp1250 cp1252 cp1254 cp1257 latin_1 iso8859_2 iso8859_9 iso8859_13 iso8859_15 iso8859_16 "
        "mac_roman mac_latin2 mac_iceland mac_turkish cp437 cp850 cp858"
    ).split()
)
_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _cp1252(data: bytes) -> str:
    """cp1252 with latin-1 for the five bytes cp1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(
            chr(b) if b in _CP1252_UNDEFINED else bytes((b,)).decode("cp1252") for b in data
        )


def _prepare(data: bytes) -> tuple[str, list[Notice], dict[str, str]]:
    text, encoding, guessed = decode(data)
    warnings: list[Notice] = []
    if guessed:
        warnings.append(
            Notice(code="encoding_fallback", message=f"not UTF-8: decoded as {encoding}")
        )
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings, {"encoding": encoding}


#: a line that numbers its page: "Page 4 of 13", "Acme Terms v3.1 - Page 4", "- 4 -", "4 | Page"
#: (anchored at the line's start, so only line starts are tried; words before the number are a
#: running title set off by a dash, a bar or a wide gap, so "set out on page 2" is no page line)
_PAGE_LINE = re.compile(
    r"^[ \t]*(?:(?:[^\n]{0,80}?(?:[ \t]{2,}|[ \t][-\u2013\u2014|][ \t]))?(?i:page)[ \t]+(\d{1,4})"
    r"(?:[ \t]+(?i:of)[ \t]+\d{1,4})?"
    r"|[^\n]{0,80}?(?:[ \t]{2,}|[ \t][-\u2013\u2014|][ \t])(\d{1,4})[ \t]+(?i:of)[ \t]+\d{1,4}"
    r"|[-\u2013\u2014][ \t]*(\d{1,4})[ \t]*[-\u2013\u2014]"
    r"|(\d{1,4})[ \t]*\|[ \t]*(?i:page))[ \t]*$",
    re.MULTILINE,
)


def paged_at_footers(text: str) -> str:
    """Text printed from a PDF without form feeds, its pages told by a line that numbers each
    ("Dunlin Customer Terms v3.1 - Page 4 of 13"): a form feed put at each page's end, so that the
    running lines are read as page furniture and a sentence cut by them is joined. The lines count
    only as a run of one wording, numbered one after another from 1 (a footer, the page's last
    line) or from 2 (a header, the next page's first); otherwise the text is as it was."""
    if "\f" in text:
        return text
    runs: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for m in _PAGE_LINE.finditer(text):
        number = int(next(g for g in m.groups() if g is not None))
        runs.setdefault(re.sub(r"\d+", "#", m.group().strip()), []).append((number, m))
    best = max(runs.values(), key=len, default=[])
    numbers = [n for n, _ in best]
    if len(best) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return text
    if numbers[0] not in (1, 2):
        return text
    footer = numbers[0] == 1
    # (nothing after the last footer is no page of its own)
    ends = len(text.rstrip())
    cuts = [m.end() if footer else m.start() for _, m in best if m.end() < ends]
    pieces, last = [], 0
    for cut in cuts:
        # a footer ends its page after its line break; a header opens the next page
        at = cut + 1 if footer and text[cut : cut + 1] == "\n" else cut
        pieces += [text[last:at], "\f"]
        last = at
    return "".join(pieces) + text[last:]


def extract_text(data: bytes) -> Extracted:
    """Plain text: pages at form feeds (or at numbered page footers, `paged_at_footers`),
    wrapped lines joined into paragraphs."""
    text, warnings, metadata = _prepare(data)
    chunks = paged_at_footers(text).split("\f")
    pages = [grid_page(normalise_block(c)) for c in chunks]
    layout = assemble(pages, grid=True)
    if layout.removed_lines:
        warnings.append(
            Notice(
                code="headers_removed",
                message=f"{layout.removed_lines} running header/footer lines removed",
            )
        )
    out = [Page(number=i + 1, start=s, end=e) for i, (s, e) in enumerate(layout.spans)]
    return Extracted(
        text=layout.text, pages=out, has_pages=True, warnings=warnings, metadata=metadata
    )


_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s\\])\1(?![\w*])")
_SINGLE = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])(.+?)(?<=[^\s\\*_])\1(?![\w*])")
_LEFTOVER = re.compile(r"(?<!\\)\*\*+|(?<![\w\\])__+|__+(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^()\s]+|<[^>\n]*>)(?:\s+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def strip_markdown_noise(line: str) -> str:
    """Remove emphasis markers, link targets and backslash escapes from one Markdown line.

    Pairs (`**x**`, `__x__`, `*x*`, `_x_`) lose their markers; `**`/`__` left unpaired by a
    line break are dropped too. Code spans are left alone, so `__init__` in backticks survives;
    `2 * 3` and snake_case are not emphasis and stay.
    """
    parts = _CODE_SPAN.split(line)
    # split with two groups yields [text, ticks, code, text, ticks, code, ..., text]
    out = []
    for i in range(0, len(parts), 3):
        chunk = _IMAGE.sub(r"\1", parts[i])
        chunk = _LINK.sub(r"\1", chunk)
        chunk = _LEFTOVER.sub("", _repeat(_EMPHASIS, chunk))
        chunk = _ESCAPE.sub(r"\1", _repeat(_SINGLE, chunk))
        out.append(chunk)
        if i + 2 < len(parts):
            out.append(parts[i + 1] + parts[i + 2] + parts[i + 1])
    return "".join(out)


def _repeat(pattern: re.Pattern[str], text: str) -> str:
    """Unwrap nested pairs (`_**x**_`) until nothing changes."""
    prev = None
    while prev != text:
        prev, text = text, pattern.sub(r"\2", text)
    return text


def _atx_headings(lines: list[str]) -> list[str]:
    """Setext headings (a line underlined with === or ---) as `#`/`##` headings."""
    out: list[str] = []
    for line in lines:
        m = _SETEXT.match(line)
        prev = out[-1] if out else ""
        if (
            m
            and len(m.group(1)) >= 3
            and prev.strip()
            and not prev.lstrip().startswith(("#", "-", "*", ">", "|"))
        ):
            out[-1] = ("# " if m.group(1)[0] == "=" else "## ") + prev.strip()
            continue
        out.append(line)
    return out


# a line that starts a block of its own: a heading, a list item, a quote, a table row, a rule, HTML
_BLOCK_START = re.compile(
    r"^\s*(?:#{1,6}(?:\s|$)|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|\||<[A-Za-z/!])"
)


def _soft_wrapped(prev: str, line: str) -> bool:
    """Does `line` go on with the paragraph of `prev`, broken only by a soft wrap? Markdown reads
    such a break as a space (CommonMark's paragraph continuation); a line that starts a block, a
    clause label ("1.1", "(a)", "Section 4"), a line after a hard break (two spaces or a
    backslash at the end) or after a heading, a table row or a heading in capitals does not (a
    paragraph in capitals wraps like any other)."""
    if (
        not prev.strip()
        or not line.strip()
        or _BLOCK_START.match(line)
        or _LABEL.match(line.strip())
    ):
        return False
    if prev.endswith(("  ", "\\")) or prev.lstrip().startswith(("#", "|")) or _SETEXT.match(line):
        return False
    head = prev.strip()
    if head.isupper() and (len(head) < 40 or not line.strip().isupper()) and head[-1:] not in ",;:":
        return False  # "ACCESS TO OUR SERVICES" over its first sentence: a heading
    # a short line ending in no punctuation over a capital is a heading ("Limitation of
    # Liability" / "In no event ..."); a wrap ends anywhere and the next word can be anything
    return line.lstrip()[:1].islower() or len(head) >= 40 or head[-1:] in ",;:"


def _join_soft_wraps(lines: list[str]) -> list[str]:
    """The lines with each paragraph's soft-wrapped lines joined by a space (fences kept)."""
    out: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            continue
        if not fenced and out and _soft_wrapped(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        out.append(line)
    return out


def extract_markdown(data: bytes) -> Extracted:
    """Markdown: line structure and headings kept, soft-wrapped lines of a paragraph joined,
    emphasis markers and link targets removed."""
    text, warnings, metadata = _prepare(data)
    lines = []
    fenced = False
    for line in _join_soft_wraps(text.replace("\f", "\n").split("\n")):
        if _FENCE.match(line):
            fenced = not fenced
            lines.append(line)
            continue
        lines.append(line if fenced else strip_markdown_noise(line))
    body = normalise_block("\n".join(_atx_headings(lines)))
    title = next((ln.lstrip("#").strip() for ln in body.split("\n") if ln.startswith("# ")), None)
    if title:
        metadata["title"] = title
    pages = [Page(number=1, start=0, end=len(body))]
    return Extracted(text=body, pages=pages, has_pages=True, warnings=warnings, metadata=metadata)
