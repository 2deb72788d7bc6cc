"""Quotes of contract text, cut to a length at word boundaries.

Every quote a report prints is the document's own words: whitespace is folded to single
spaces, and a cut never splits a word ("…ontent that" reads as a typo of the contract).
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_SPACE = re.compile(r"\s")


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut after its last whole word within `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rfind(" ")
    if cut > limit // 2 and not text[limit - 1].isspace():
        head = head[:cut]
    return head.rstrip(" ,;:") + ELLIPSIS


def window(text: str, start: int, end: int, anchor: int, limit: int) -> str:
    """The sentence `text[start:end]` on one line; when longer than `limit`, the stretch of
    whole words around `anchor` (the match), a third before it and the rest after."""
    sentence = text[start:end].strip()
    if len(sentence) <= limit:
        return " ".join(sentence.split())
    lo = max(start, anchor - limit // 3)
    hi = min(end, lo + limit)
    if lo > start and not text[lo - 1].isspace():
        space = _SPACE.search(text, lo, max(lo, anchor))
        lo = space.start() if space else lo
    if hi < end and not text[hi].isspace():
        prev = text.rfind(" ", max(lo, anchor), hi)
        hi = prev if prev > lo else hi
    quote = " ".join(text[lo:hi].split())
    return (ELLIPSIS if lo > start else "") + quote + (ELLIPSIS if hi < end else "")
