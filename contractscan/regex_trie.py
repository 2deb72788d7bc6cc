"""Regexes for long lists of words or names, built as a trie.

Python's `re` tries the alternatives of `a|b|c` one after another at every position, so a flat
alternation of 700 place names costs 700 tries per word start. A trie ("new (?:york|jersey|
zealand)") shares the prefixes, and the engine follows one path: the same matches, about ten
times faster on the place tables. Greedy optional tails keep the longest name first, as a list
sorted longest-first does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie(words: Iterable[str]) -> dict[str, Any]:
    """The words as nested dicts, one level per character; "" marks the end of a word."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return root


def emit(node: dict[str, Any], space: str | None = None) -> str:
    """The regex of a trie node's continuations ("" when the word may end here and nothing
    follows). A space in the words becomes `space` when it is given (r"\\s+": names wrapped
    across lines)."""
    end = "" in node
    alts = [
        (space if space is not None and c == " " else re.escape(c)) + emit(child, space)
        for c, child in sorted(node.items())
        if c
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A regex matching any of `words`, as a trie so that the engine does not try each in turn
    (for `space`, see `emit`)."""
    return emit(trie(words), space)
