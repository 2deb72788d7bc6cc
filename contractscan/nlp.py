"""The one spaCy pipeline: blank English plus the legal sentence splitter. Build once, share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

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
    _add_capital_contractions(nlp)
    _keep_caching(nlp)
    try:
        from .sentences import add_legal_sentencizer
    except ImportError:  # the legal splitter is optional while it is being built
        nlp.add_pipe("sentencizer")
    else:
        add_legal_sentencizer(nlp)
    return nlp


def _add_capital_contractions(nlp: Language) -> None:
    """Contractions written in capitals split as they do in lower case: "DON'T" is "DO" + "N'T",
    "YOU'RE" is "YOU" + "'RE", "CANNOT" is "CAN" + "NOT", each piece with the norm of its
    lower-case twin ("N'T" -> "not"). Forms without an apostrophe ("Wed", "Id") are left alone:
    in capitals they are words of their own.
    spaCy's English special cases hold "don't" and "Don't" but not "DON'T", and a disclaimer or
    a notice in capitals is where contracts put them most."""
    rules = nlp.tokenizer.rules
    for key, pieces in list(rules.items()):
        upper = key.upper()
        if (
            upper == key
            or upper in rules
            or not (any(q in key for q in "'’") or key.lower() == "cannot")
            or "".join(_orths_of(pieces)) != key
            or any(set(p) - {ORTH, NORM} for p in pieces)
        ):
            continue
        nlp.tokenizer.add_special_case(
            upper,
            [{ORTH: p[ORTH].upper(), NORM: p.get(NORM, p[ORTH].lower())} for p in pieces],
        )


def _keep_caching(nlp: Language) -> None:
    """Read spaCy's English special cases without the flag that turns the tokenizer cache off.

    spaCy caches how each word chunk tokenises, but once a special case is met in a text it stops
    caching for the rest of that text (one flag per call). A newline, "Inc.", "and/or", "e.g.",
    "cannot" or "don't" come within the first lines of most contracts, so almost nothing was
    cached. Two kinds of special case are read another way, to the same tokens and norms:
    - one that keeps a chunk whole ("Inc.", "and/or", a newline) becomes a `token_match`;
    - one that splits pieces off a word's end ("don't" = "do" + "n't", "cannot" = "can" + "not")
      becomes a suffix, and a piece's own norm ("n't" -> "not") its lexeme's norm.
    The rest (emoticons, pieces with conflicting norms, splits the affix rules would undo) stay
    special cases; every moved case is checked to give exactly its special-case tokens.
    """
    spacy_tokenizer = nlp.tokenizer
    # emoticons with a bracket are dropped: in a contract "(a):", "to):" and "(8)" close a bracket
    # ("(a" + "):" and "(" + "8)" left it open to the paragraph's end for the sentence splitter)
    specials = {k: v for k, v in spacy_tokenizer.rules.items() if not _bracket_emoticon(k)}
    whole = {key for key, pieces in specials.items() if _keeps_whole(key, pieces)}
    ends, norms = _split_cases(spacy_tokenizer, specials)
    while True:  # a case restored to the special cases can change another's check; each round
        # restores at least one, so this ends
        tokenizer = Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in specials.items() if k not in whole and k not in ends},
            prefix_search=spacy_tokenizer.prefix_search,
            suffix_search=_suffixes(
                frozenset(whole),
                {k: len(p[-1][ORTH]) for k, p in ends.items()},
                spacy_tokenizer.suffix_search,
            ),
            infix_finditer=spacy_tokenizer.infix_finditer,
            token_match=_either(frozenset(whole), spacy_tokenizer.token_match),
            url_match=spacy_tokenizer.url_match,
            faster_heuristics=spacy_tokenizer.faster_heuristics,
            max_cache_size=spacy_tokenizer.max_cache_size,
        )
        wrong = {k for k in whole | set(ends) if _orths(tokenizer(k)) != _orths_of(specials[k])}
        whole -= wrong
        for key in wrong:
            ends.pop(key, None)
        if not wrong:
            break
    nlp.tokenizer = tokenizer
    # norms only for pieces of the cases that moved (a restored case keeps its own)
    moved = {p[ORTH] for pieces in ends.values() for p in pieces}
    norms = {orth: norm for orth, norm in norms.items() if orth in moved}
    for key in whole:
        (piece,) = specials[key]
        if not _plain_norm(piece):
            norms[key] = piece[NORM]
    for orth, norm in norms.items():
        nlp.vocab[orth].norm_ = norm


def _orths(doc: Any) -> list[str]:
    return [t.text for t in doc]


def _orths_of(pieces: list[dict]) -> list[str]:
    return [p[ORTH] for p in pieces]


def _keeps_whole(key: str, pieces: list[dict]) -> bool:
    if len(pieces) != 1 or _is_emoticon(key):
        return False
    (piece,) = pieces
    return (
        piece.get(ORTH) == key
        and set(piece) <= {ORTH, NORM}
        and (_plain_norm(piece) or not key.isalpha())  # "Minn." -> "minnesota" on its lexeme
    )


def _split_cases(tokenizer: Any, specials: dict[str, list[dict]]) -> tuple[dict, dict[str, str]]:
    """The special cases that split a word into pieces whose norms can live on their lexemes.

    A piece's norm moves to its lexeme only when every special case gives that piece the same
    norm and the affix rules can never make the piece by themselves ("'s" is "us" in "let's" but
    a possessive "'s" elsewhere, so "let's" stays a special case). Returns the cases and the
    norms to set.
    """
    splits = {
        key: pieces
        for key, pieces in specials.items()
        if len(pieces) >= 2
        and not _is_emoticon(key)
        and "".join(_orths_of(pieces)) == key
        and not any(set(p) - {ORTH, NORM} for p in pieces)
    }
    seen: dict[str, set[str]] = {}
    for pieces in splits.values():
        for p in pieces:
            seen.setdefault(p[ORTH], set()).add(p.get(NORM, p[ORTH].lower()))
    norms: dict[str, str] = {}
    for orth, found in seen.items():
        (norm, *others) = found
        if not others and norm == orth.lower():
            continue
        if others or orth.isalpha() or _affixes_make(tokenizer, orth):
            norms[orth] = ""  # cannot live on the lexeme
        else:
            norms[orth] = norm
    ok = {k: p for k, p in splits.items() if all(norms.get(x[ORTH]) != "" for x in p)}
    return ok, {orth: norm for orth, norm in norms.items() if norm}


def _affixes_make(tokenizer: Any, piece: str) -> bool:
    """Whether the prefix, suffix or infix rules alone cut `piece` off a word."""
    probes = ("word" + piece, piece + "word", "word" + piece + "word")
    for probe in probes:
        m = tokenizer.suffix_search(probe)
        if m and probe.endswith(piece) and m.end() - m.start() == len(piece):
            return True
        m = tokenizer.prefix_search(probe)
        if m and probe.startswith(piece) and m.end() - m.start() == len(piece):
            return True
        if any(probe[m.start() : m.end()] == piece for m in tokenizer.infix_finditer(probe)):
            return True
    return False


def _plain_norm(piece: dict) -> bool:
    key = piece[ORTH]
    return piece.get(NORM, key) in (key, key.lower())


def _is_emoticon(key: str) -> bool:
    """An emoticon such as "):" or "(-8" (no letter, more than one character)."""
    return len(key) > 1 and not any(ch.isalpha() for ch in key)


def _bracket_emoticon(key: str) -> bool:
    """An emoticon holding a bracket: "):", "8)", ":-(", "(^_^)"."""
    return _is_emoticon(key) and any(ch in key for ch in "()[]")


def _either(
    whole: frozenset[str], token_match: Callable[[str], object] | None
) -> Callable[[str], bool]:
    if token_match is None:
        return whole.__contains__

    def match(chunk: str) -> bool:
        return chunk in whole or bool(token_match(chunk))

    return match


class _End:
    """What `suffix_search` returns: the span of a piece to split off a chunk's end."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _suffixes(
    whole: frozenset[str], ends: dict[str, int], suffix_search: Callable[[str], Any]
) -> Callable[[str], Any]:
    """`suffix_search` for the moved special cases.

    A whole chunk keeps its last character ("(e.g." is "(" + "e.g."): a special case right after
    a prefix was kept whole before any suffix was looked for, and a `token_match` is only tried on
    what is left. A split case gives its last piece ("don't" -> "n't"), then the rest is read
    again ("shouldn't've" -> "'ve", then "n't").
    """

    def search(chunk: str) -> Any:
        if chunk in whole:
            return None
        n = ends.get(chunk)
        if n is not None:
            return _End(len(chunk) - n, len(chunk))
        return suffix_search(chunk)

    return search
