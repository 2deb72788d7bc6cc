"""The one spaCy pipeline: blank English plus the legal sentence splitter. Build once, share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language

#: Word chunks the tokenizer remembers (spaCy keeps 10,000). A contract collection has more
#: distinct chunks than that, and a chunk not remembered goes through the prefix, suffix and
#: infix regexes again: a cache miss costs several times a hit. The cache only memoises, so the
#: tokens are the same; it holds a few hundred bytes per chunk.
TOKENIZER_CACHE = 200_000


def make_nlp() -> Language:
    """A blank English pipeline with a sentence splitter that knows legal text.

    No trained model is available here, so there is no parser: sentences come from the rule-based
    splitter in `sentences.py` and who is bound is read from rule patterns.
    """
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    _keep_caching(nlp)
    try:
        from .sentences import add_legal_sentencizer
    except ImportError:  # the legal splitter is optional while it is being built
        nlp.add_pipe("sentencizer")
    else:
        add_legal_sentencizer(nlp)
    return nlp


def _keep_caching(nlp: Language) -> None:
    """Move the special cases that only keep a chunk whole into the tokenizer's `token_match`.

    spaCy caches how each word chunk tokenises, but once a special case is met in a text it stops
    caching for the rest of that text (one flag per call). English has about 200 special cases
    that only say "do not split this": a single white-space character, "and/or", "Inc.", "e.g.",
    "No.", emoticons. They come within the first lines of most contracts, so almost nothing was
    cached. `token_match` keeps a chunk whole the same way without raising the flag. Special
    cases that split a chunk ("cannot", "don't") or give a token its own norm ("'cause") stay.
    """
    tokenizer = nlp.tokenizer
    rules = tokenizer.rules
    whole = frozenset(key for key, pieces in rules.items() if _keeps_whole(key, pieces))
    if not whole:
        return
    tokenizer.rules = {k: v for k, v in rules.items() if k not in whole}
    tokenizer.token_match = _either(whole, tokenizer.token_match)
    tokenizer.suffix_search = _no_suffix_in(whole, tokenizer.suffix_search)


def _keeps_whole(key: str, pieces: list[dict]) -> bool:
    if len(pieces) != 1 or _is_emoticon(key):
        return False
    (piece,) = pieces
    return piece.get(ORTH) == key and piece.get(NORM, key) in (key, key.lower()) and set(piece) <= {
        ORTH,
        NORM,
    }


def _is_emoticon(key: str) -> bool:
    """An emoticon such as "):" or "(-8" (no letter, more than one character)."""
    return len(key) > 1 and not any(ch.isalpha() for ch in key)


def _either(whole: frozenset[str], token_match: Callable[[str], object] | None) -> Callable[[str], bool]:
    if token_match is None:
        return whole.__contains__

    def match(chunk: str) -> bool:
        return chunk in whole or bool(token_match(chunk))

    return match


def _no_suffix_in(whole: frozenset[str], suffix_search: Callable[[str], Any]) -> Callable[[str], Any]:
    """`suffix_search` that leaves a whole chunk's last character on ("(e.g." is "(" + "e.g.").

    A special case right after a prefix is kept whole before any suffix is looked for; a
    `token_match` is only tried on what is left after both, so the suffix must not be cut first.
    """

    def search(chunk: str) -> Any:
        return None if chunk in whole else suffix_search(chunk)

    return search
