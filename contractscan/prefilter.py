"""Which stretches of a text can hold a rule match at all: a lexical prefilter over raw text.

Tokenising costs more than anything else in classification, and most paragraphs of a contract
match no rule. Every match needs certain words: a phrase needs each of its words, a token
pattern needs one word of each token that is not optional (`LOWER`/`ORTH`/`TEXT` values, word
classes). These requirements are read from the compiled rules, so a rule added later is covered
without touching this module; a rule with a pattern that needs no word keeps every stretch.

Texts are cut at paragraph breaks no sentence crosses (`sentences.paragraph_breaks`); a paragraph
is kept when, for some pattern, each required token has one of its words in the paragraph, and
only kept paragraphs are tokenised and matched. A word made of ASCII letters is looked up among
the paragraph's runs of letters (a token never splits a run of letters except through a
tokenizer special case such as "cannot", whose runs are looked up too); any other word is looked
for as a substring. Either way a paragraph holding the word is never missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from .sentences import paragraph_breaks

_LITERAL_ATTRS = ("LOWER", "ORTH", "TEXT")
_RUN = re.compile(r"[a-z]+")
_COUNT_OP = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
_COMMON_COST = 50
#: kept paragraphs closer than this are read as one stretch: a call to the pipeline costs about
#: as much as tokenising this many characters, so reading a short dropped paragraph is cheaper
_JOIN_GAP = 200


class Requirement(NamedTuple):
    """One way a rule can match: a token pattern (a phrase is one `{"LOWER": word}` per token),
    and whether the token Matcher (rather than only the PhraseMatcher) takes part in finding it."""

    pattern: list[dict[str, Any]]
    token_matcher: bool


class Segment(NamedTuple):
    """A stretch of text to tokenise and match, [start, end), and the stretches inside it (whole
    paragraphs, adjacent ones joined) where token patterns can match: only there does the token
    Matcher, which pays at every token, run."""

    start: int
    end: int
    matcher_ranges: tuple[tuple[int, int], ...] = ()


def literal_words(spec: dict[str, Any]) -> frozenset[str] | None:
    """The lower-case words one of which a token matching `spec` has, or None if any token may."""
    for attr in _LITERAL_ATTRS:
        value = spec.get(attr)
        if isinstance(value, str):
            return frozenset([value.lower()])
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            words = value["IN"]
            if words and all(isinstance(w, str) for w in words):
                return frozenset(w.lower() for w in words)
    return None


def _required(spec: dict[str, Any]) -> bool:
    """Whether a match always holds at least one token for this pattern token."""
    op = spec.get("OP")
    if op is None or op == "+":
        return True
    m = _COUNT_OP.match(str(op))
    return bool(m and m.group(1) and int(m.group(1)) >= 1)


def pattern_requirement(pattern: list[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    """For each token a match of `pattern` must contain: the words it may be."""
    out = []
    for spec in pattern:
        if not isinstance(spec, dict) or not _required(spec):
            continue
        words = literal_words(spec)
        if words is not None:
            out.append(words)
    return tuple(out)


def may_match_space(spec: Any) -> bool:
    """Whether a pattern token may match a white-space token (conservative: True when unsure)."""
    if not isinstance(spec, dict):
        return True
    words = literal_words(spec)
    if words is not None:
        return any(not w.strip() for w in words)
    return not (spec.get("IS_SPACE") is False or spec.get("IS_ALPHA") is True)


def crosses_paragraphs(segment: list[dict[str, Any]]) -> bool:
    """Whether a token-pattern segment could match across a paragraph break: it would have to
    match the white-space token that ends the paragraph and go on past it."""
    for i, spec in enumerate(segment):
        if not may_match_space(spec):
            continue
        last = i == len(segment) - 1
        op = spec.get("OP") if isinstance(spec, dict) else None
        if not last or op not in (None, "?"):
            return True
    return False


def _cost(words: frozenset[str]) -> int:
    """How often a token from `words` is expected in a paragraph (common words cost more)."""
    return sum(_COMMON_COST if (w in STOP_WORDS or len(w) <= 2) else 1 for w in words)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, as a trie so that the engine does not try each in turn."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def pattern_chains(pattern: list[dict[str, Any]]) -> list[list[tuple[frozenset[str], str]]]:
    """Runs of consecutive literal pattern tokens: (words, OP) per token, leading and trailing
    optional tokens dropped. Consecutive tokens of a match have at most one space between them."""
    chains: list[list[tuple[frozenset[str], str]]] = [[]]
    for spec in pattern:
        words = literal_words(spec) if isinstance(spec, dict) else None
        op = str(spec.get("OP") or "") if isinstance(spec, dict) else ""
        if words is None or op not in ("", "?", "*", "+"):
            chains.append([])
            continue
        chains[-1].append((words, op))
    out = []
    for chain in chains:
        while chain and chain[0][1] in ("?", "*"):
            chain = chain[1:]
        while chain and chain[-1][1] in ("?", "*"):
            chain = chain[:-1]
        if chain:
            out.append(chain)
    return out


def chain_regex(chain: list[tuple[frozenset[str], str]], inner: frozenset[str]) -> str:
    """A regex over lower-cased text that every match of `chain` satisfies.

    A word made of ASCII letters starts and ends at a non-letter unless it is in `inner`
    (a piece of a tokenizer special case such as "can" in "cannot")."""

    def item(words: frozenset[str], first: bool, last: bool) -> str:
        free = [w for w in words if not (w.isascii() and w.isalpha()) or w in inner]
        bounded = [w for w in words if w not in free]
        parts = []
        if bounded:
            parts.append(
                ("(?<![a-z])" if first else "")
                + _alternation(bounded)
                + ("(?![a-z])" if last else "")
            )
        if free:
            parts.append(_alternation(free))
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    out = []
    n = len(chain)
    for i, (words, op) in enumerate(chain):
        body = item(words, i == 0 and op == "", i == n - 1 and op == "")
        sep = "" if i == 0 else " ?"
        if op == "":
            out.append(sep + body)
        elif op == "?":
            out.append(f"(?:{sep}{body})?")
        elif op == "*":
            out.append(f"(?:{sep}{body})*")
        else:  # "+"
            out.append(f"{sep}{body}(?: ?{body})*")
    return "".join(out)


class _Check(NamedTuple):
    specs: tuple[frozenset[str], ...]
    regexes: tuple[re.Pattern[str], ...]
    token_matcher: bool


class Prefilter:
    """Compiled once from the rulebook's requirements; `segments(text)` says what to read.

    A paragraph is kept when some requirement holds in it: each required token has one of its
    words there (looked up in a set), and each run of literal tokens is found in sequence (one
    regex per run). A requirement without required words keeps everything. `split` False means
    a pattern could match across a paragraph break: texts are then read whole.
    """

    def __init__(
        self,
        requirements: list[Requirement],
        special_cases: dict[str, list[str]],
        split: bool = True,
    ) -> None:
        self.split = split
        inner = frozenset(
            w
            for pieces in special_cases.values()
            for w in (p.lower() for p in pieces)
            if w.isascii() and w.isalpha()
        )
        checks = []
        self.keep_all = False
        for r in requirements:
            specs = pattern_requirement(r.pattern)
            if not specs:
                self.keep_all = True
                break
            if any(c in w for spec in specs for w in spec for c in "σςΣ"):
                self.keep_all = True  # lower-casing a whole text may change a sigma
                break
            regexes = tuple(
                re.compile(chain_regex(chain, inner))
                for chain in pattern_chains(r.pattern)
                if len(chain) > 1
            )
            checks.append(_Check(specs, regexes, r.token_matcher))
        self.checks = [] if self.keep_all else checks
        words = {w for c in self.checks for spec in c.specs for w in spec}
        # a paragraph may hold a token that is a letter word when one of its runs of letters is
        # the word, or a run of a special case the word is a piece of ("cannot" for "not")
        self._runs: dict[str, set[str]] = {}
        self._other_words: list[str] = []
        for w in sorted(words):
            if w.isascii() and w.isalpha():
                self._runs.setdefault(w, set()).add(w)
            else:
                self._other_words.append(w)
        for key, pieces in special_cases.items():
            for piece in pieces:
                w = piece.lower()
                if w in words and w.isascii() and w.isalpha():
                    for run in _RUN.findall(key.lower()):
                        self._runs.setdefault(run, set()).add(w)
        self._run_keys = frozenset(self._runs)
        # each check is looked at only when a word of its rarest token is present
        self._by_word: dict[str, list[int]] = {}
        for i, c in enumerate(self.checks):
            key_spec = min(c.specs, key=lambda s: (_cost(s), sorted(s)))
            for w in key_spec:
                self._by_word.setdefault(w, []).append(i)

    def _paragraph(self, lower: str) -> tuple[bool, bool]:
        """(any rule can match, a token pattern can match) for one lower-cased paragraph."""
        present: set[str] = set()
        for run in self._run_keys.intersection(_RUN.findall(lower)):
            present |= self._runs[run]
        for w in self._other_words:
            if w in lower:
                present.add(w)
        todo = {i for w in present for i in self._by_word.get(w, ())}
        keep = False
        for i in sorted(todo):
            c = self.checks[i]
            if keep and not c.token_matcher:
                continue
            if all(not spec.isdisjoint(present) for spec in c.specs) and all(
                rx.search(lower) for rx in c.regexes
            ):
                keep = True
                if c.token_matcher:
                    return True, True
        return keep, False

    def segments(self, text: str) -> list[Segment]:
        """The stretches of `text` to tokenise and match, in order; adjacent kept paragraphs are joined."""
        if not text:
            return []
        if self.keep_all:
            return [Segment(0, len(text), ((0, len(text)),))]
        cuts = [0, *paragraph_breaks(text), len(text)] if self.split else [0, len(text)]
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lower-cases to two characters: lower each paragraph
            lower = ""
        kept: list[tuple[int, int]] = []
        tokens: list[tuple[int, int]] = []
        for a, b in zip(cuts, cuts[1:]):
            keep, need_tokens = self._paragraph(lower[a:b] if lower else text[a:b].lower())
            if not keep:
                continue
            if kept and a - kept[-1][1] < _JOIN_GAP:
                kept[-1] = (kept[-1][0], b)  # the paragraphs between are read too
            else:
                kept.append((a, b))
            if need_tokens:
                _extend(tokens, a, b)
        out = []
        i = 0
        for a, b in kept:
            inside = []
            while i < len(tokens) and tokens[i][0] < b:
                inside.append(tokens[i])
                i += 1
            out.append(Segment(a, b, tuple(inside)))
        return out


def _extend(ranges: list[tuple[int, int]], a: int, b: int) -> None:
    """Append [a, b) to sorted ranges, joining it to the last one when they touch."""
    if ranges and ranges[-1][1] == a:
        ranges[-1] = (ranges[-1][0], b)
    else:
        ranges.append((a, b))


def special_case_pieces(rules: dict[str, Iterable[dict[Any, Any]]], orth_key: Any) -> dict[str, list[str]]:
    """The tokenizer's special cases as key -> token texts (`nlp.tokenizer.rules`)."""
    out: dict[str, list[str]] = {}
    for key, attrs in rules.items():
        pieces = [str(a.get(orth_key, a.get("ORTH", ""))) for a in attrs]
        if len(pieces) > 1:
            out[key] = pieces
    return out


# --------------------------------------------------------------------------- regex literals


def _fold_risk() -> str:
    """Characters that `re.IGNORECASE` matches to a character their `lower()` is not (the
    dotless i, the long s, Greek variants...) or whose `lower()` is two characters (İ)."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - another Python: no literal prechecks at all
        return ""
    chars = {chr(k) for k in _EXTRA_CASES} | {chr(v) for vs in _EXTRA_CASES.values() for v in vs}
    chars.add("\u0130")
    return "".join(sorted(c for c in chars if not c.isascii()))


FOLD_RISK = _fold_risk()
_FOLD_RISK_RE = re.compile("[" + re.escape(FOLD_RISK) + "]") if FOLD_RISK else None


def regex_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None if unknown.

    Read from the parsed regex: a run of literal characters, a branch (one per alternative), a
    repeat of at least one, a group or a lookaround. A text whose `lower()` holds none of them
    (and no character of `FOLD_RISK`) cannot match, so a costly `sub` can be skipped.
    """
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # pragma: no cover - another Python
        return None
    if not FOLD_RISK:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None

    def best(options: list[frozenset[str]]) -> frozenset[str] | None:
        options = [o for o in options if o and all(o)]
        if not options:
            return None
        return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))

    def need(items: Any) -> frozenset[str] | None:
        options: list[frozenset[str]] = []
        run: list[str] = []

        def close() -> None:
            if run:
                options.append(frozenset(["".join(run).lower()]))
                run.clear()

        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if op is c.AT:
                continue  # zero width: the literal run goes on
            close()
            if op is c.SUBPATTERN:
                sub = need(av[-1])
            elif op is c.BRANCH:
                alts = [need(a) for a in av[1]]
                sub = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                sub = need(av[2]) if av[0] >= 1 else None
            elif op is c.ASSERT:
                sub = need(av[1])
            else:
                sub = None
            if sub is not None:
                options.append(sub)
        close()
        return best(options)

    return need(parsed)


def fold_risky(lower: str) -> bool:
    """Whether a lower-cased text holds a character of `FOLD_RISK` (then no literal precheck)."""
    return _FOLD_RISK_RE is None or _FOLD_RISK_RE.search(lower) is not None


def may_hold(lower: str, literals: frozenset[str] | None, risky: bool) -> bool:
    """Whether a lower-cased text may hold a match of a regex whose `regex_literals` are given
    (`risky`: `fold_risky(lower)`)."""
    return risky or literals is None or any(s in lower for s in literals)
