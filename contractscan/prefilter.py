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

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from .regex_trie import alternation, emit, trie
from .sentences import paragraph_breaks

_LITERAL_ATTRS = ("LOWER", "ORTH", "TEXT")
_RUN = re.compile(r"[a-z]+")
#: bytes.translate's table keeping a-z and making every other byte a space
_RUN_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
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


def may_match_break(spec: Any) -> bool:
    """Whether a pattern token may match a white-space token holding a paragraph break, two line
    breaks (conservative: True when unsure); a literal "\\n" or " " never does."""
    if not isinstance(spec, dict):
        return True
    words = literal_words(spec)
    if words is not None:
        return any(not w.strip() and w.count("\n") >= 2 for w in words)
    return not (spec.get("IS_SPACE") is False or spec.get("IS_ALPHA") is True)


def crosses_paragraphs(segment: list[dict[str, Any]]) -> bool:
    """Whether a token-pattern segment could match across a paragraph break: it would have to
    match the white-space token that ends the paragraph and go on past it."""
    for i, spec in enumerate(segment):
        if not may_match_break(spec):
            continue
        last = i == len(segment) - 1
        op = spec.get("OP") if isinstance(spec, dict) else None
        if not last or op not in (None, "?"):
            return True
    return False


#: more optional places than this for tokens that may be almost any word, in one segment the
#: Matcher reads, and its time grows past bearing: spaCy keeps every way of filling them open.
#: On 11,600 tokens with a parenthesis in every sentence, a `{1,N}` run inside the parenthesis
#: took 0.02 s at N=8, 0.16 s at 12, 2.3 s at 16 and 38 s at 20 (`rules test` warns past it)
MAX_OPEN_REPEATS = 12


def open_repeats(segment: list[dict[str, Any]]) -> int:
    """How many optional places a Matcher segment has for tokens that name no word they must be
    (`{"OP": "{1,20}", "ORTH": {"NOT_IN": [")"]}}` has 19): the measure of how many partial
    matches spaCy's Matcher may carry at once. An unbounded `*` or `+` counts as many."""
    total = 0
    for spec in segment:
        if not isinstance(spec, dict) or literal_words(spec) is not None:
            continue
        op = str(spec.get("OP", ""))
        if op in ("*", "+"):
            total += MAX_OPEN_REPEATS + 1
            continue
        m = _COUNT_OP.match(op)
        if op == "?":
            total += 1
        elif m and m.group(2):
            total += int(m.group(3) or MAX_OPEN_REPEATS + 1) - int(m.group(1) or 0)
    return total


def _cost(words: frozenset[str]) -> int:
    """How often a token from `words` is expected in a paragraph (common words cost more)."""
    return sum(_COMMON_COST if (w in STOP_WORDS or len(w) <= 2) else 1 for w in words)


def _first_alternatives(words: Iterable[str], start: str, end: str) -> list[str]:
    """The alternatives of a regex matching any of `words`, one per first character, each
    opening with that character: a regex whose alternatives all open with a literal lets the
    engine skip ahead to the next possible first character instead of trying every position.

    `start` is a negative lookbehind class (such as "[a-z]") the character before a word must not
    be in (put after the first character, where it does not hide it), `end` a suffix."""
    out = []
    for c, child in sorted(trie(words).items()):
        e = re.escape(c)
        out.append(e + (f"(?<!{start}{e})" if start else "") + emit(child) + end)
    return out


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
        after = "(?![a-z])" if last else ""
        if first:
            # every alternative opens with a literal (see `_first_alternatives`)
            alts = _first_alternatives(bounded, "[a-z]", after) + _first_alternatives(free, "", "")
        else:
            alts = [alternation(ws) + a for ws, a in ((bounded, after), (free, "")) if ws]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

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
        # a run that is itself a word stands for itself (one set intersection); only the runs
        # of special cases add other words
        self._alpha_words = frozenset(w for w in words if w.isascii() and w.isalpha())
        self._extra_runs = {r: frozenset(ws - {r}) for r, ws in self._runs.items() if ws - {r}}
        self._extra_keys = frozenset(self._extra_runs)
        # each check is looked at only when a word of its rarest token is present
        self._by_word: dict[str, list[int]] = {}
        for i, c in enumerate(self.checks):
            key_spec = min(c.specs, key=lambda s: (_cost(s), sorted(s)))
            for w in key_spec:
                self._by_word.setdefault(w, []).append(i)

    def _paragraph(self, lower: str) -> tuple[bool, bool]:
        """(any rule can match, a token pattern can match) for one lower-cased paragraph."""
        runs = _runs(lower)
        present = runs.intersection(self._alpha_words)
        for run in self._extra_keys.intersection(runs):
            present |= self._extra_runs[run]
        for w in self._other_words:
            if w in lower:
                present.add(w)
        by_word = self._by_word
        todo = {i for w in present if w in by_word for i in by_word[w]}
        keep = False
        checks = self.checks
        for i in sorted(todo):
            c = checks[i]
            if keep and not c.token_matcher:
                continue
            for spec in c.specs:  # every token of the pattern has a word here
                if spec.isdisjoint(present):
                    break
            else:
                if all(rx.search(lower) for rx in c.regexes):
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


# --------------------------------------------------------------------------- token windows

#: anchor windows of one span closer than this many tokens are read as one: a Matcher call costs
#: about as much as reading this many tokens
_WINDOW_JOIN = 16


def pattern_reach(pattern: list[dict[str, Any]]) -> tuple[int, frozenset[str]] | None:
    """How far a match of `pattern` reaches: (most tokens its bounded tokens take, the words its
    unbounded tokens (`*`, `+`, `{n,}`) may be), or None when an unbounded token may be any word.

    A match therefore holds at most that many tokens that are not among those words."""
    reach = 0
    free: set[str] = set()
    for spec in pattern:
        op = str(spec.get("OP") or "") if isinstance(spec, dict) else ""
        m = _COUNT_OP.match(op)
        if op in ("*", "+") or (m and m.group(2) and not m.group(3)):
            words = literal_words(spec) if isinstance(spec, dict) else None
            if words is None:
                return None
            free |= words
        elif m:
            reach += int(m.group(3) or m.group(1) or 0)
        else:  # one token, "?" and "!"
            reach += 1
    return reach, frozenset(free)


class TokenWindows:
    """Where in a doc the token Matcher can find anything: windows around anchor tokens.

    spaCy's Matcher pays in Python for every token it reads. Every match of a pattern holds a
    token of each required literal token (`pattern_requirement`); the rarest of them in the doc
    anchors it, and the match lies within `pattern_reach` of the anchor: at most `reach` tokens
    that are not words of its unbounded tokens on either side. Windows are cut to the token
    ranges given and joined when they overlap or nearly touch, so each match lies in exactly one
    of them, and the Matcher run window by window finds the same matches in the same order as run
    over each whole range. `usable` is False when some pattern has no anchor or an unbounded
    token that may be any word: the ranges are then read whole.
    """

    def __init__(
        self, patterns: list[list[dict[str, Any]]], groups: list[int] | None = None
    ) -> None:
        #: the group of each pattern (`group_windows` gives each group its own windows)
        self.groups = list(groups) if groups is not None else [0] * len(patterns)
        self.n_groups = max(self.groups, default=-1) + 1
        self.usable = bool(patterns)
        plans: list[tuple[list[frozenset[str]], frozenset[str], int]] = []
        for pattern in patterns:
            specs = pattern_requirement(pattern)
            reach = pattern_reach(pattern)
            if not specs or reach is None:
                self.usable = False
                return
            plans.append((list(dict.fromkeys(specs)), reach[1], reach[0]))
        self._strings: list[str] = sorted(
            {w for specs, free, _ in plans for spec in [*specs, free] for w in spec}
        )
        self._plans = plans
        self._hashes: np.ndarray | None = None

    def bind(self, strings: Any) -> None:
        """Hash the words with the vocab's string store (LOWER values are these hashes)."""
        pairs = sorted((strings.add(w), w) for w in self._strings)
        self._hashes = np.array([h for h, _ in pairs], dtype=np.uint64)
        row = {w: i for i, (_, w) in enumerate(pairs)}
        size = len(pairs) + 1  # the last row: a word in none of the sets

        def table(words: frozenset[str]) -> np.ndarray:
            t = np.zeros(size, dtype=bool)
            t[[row[w] for w in words]] = True
            return t

        # every required word set once, as a column: counts of rows times this = candidates per set
        sets = list(dict.fromkeys(spec for specs, _, _ in self._plans for spec in specs))
        self._set_tables = [table(x) for x in sets]
        self._set_matrix = np.stack(self._set_tables, axis=1).astype(np.int64)
        self._tables = [
            ([sets.index(x) for x in specs], table(free) if free else None, reach)
            for specs, free, reach in self._plans
        ]

    def windows(self, lower: np.ndarray, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Token windows, in order, inside `ranges` (sorted, disjoint [start, end) token ranges)
        of a doc whose tokens' LOWER values are `lower`, that hold every match of the patterns."""
        found = self._reaches(lower, ranges)
        if found is None:
            return []
        starts, lo, hi, _group = found
        return _joined(starts, lo, hi, np.zeros(len(lo), dtype=np.intp), 1)[0]

    def group_windows(
        self, lower: np.ndarray, ranges: list[tuple[int, int]]
    ) -> list[list[tuple[int, int]]]:
        """`windows` for each group of patterns on its own: a Matcher holding one group's
        patterns reads only the windows where they can match, not every group's."""
        found = self._reaches(lower, ranges)
        if found is None:
            return [[] for _ in range(self.n_groups)]
        return _joined(*found, self.n_groups)

    def _reaches(
        self, lower: np.ndarray, ranges: list[tuple[int, int]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """The range starts, and for each anchor of each pattern with an anchor here, in
        pattern order: the first and last token of the stretch a match may cover, and the
        pattern's group. None when no pattern has an anchor here."""
        hashes = self._hashes
        assert hashes is not None and self.usable
        n = len(lower)
        if not n or not ranges or not len(hashes):
            return None
        at = np.searchsorted(hashes, lower)
        at[at == len(hashes)] = 0
        row = np.where(hashes[at] == lower, at, len(hashes))
        starts = np.array([a for a, _ in ranges], dtype=np.intp)
        ends = np.array([b for _, b in ranges], dtype=np.intp)
        if len(ranges) == 1 and ranges[0] == (0, n):
            tokens = np.arange(n)
        else:
            tokens = np.concatenate([np.arange(a, b) for a, b in ranges])
        rows = row[tokens]
        candidates = (np.bincount(rows, minlength=len(hashes) + 1) @ self._set_matrix).tolist()
        positions: dict[int, np.ndarray] = {}  # an anchor's tokens, once per anchor
        ps: list[np.ndarray] = []
        los: list[np.ndarray] = []
        his: list[np.ndarray] = []
        groups: list[int] = []
        other: dict[int, np.ndarray] = {}  # per unbounded-word table: non-words before each token
        for (specs, free, reach), group in zip(self._tables, self.groups):
            # the anchor: the required token with the fewest candidates here
            anchor = min(specs, key=candidates.__getitem__)
            if not candidates[anchor]:
                continue
            p = positions.get(anchor)
            if p is None:
                p = positions[anchor] = tokens[self._set_tables[anchor][rows]]
            if free is None:
                lo, hi = p + 1 - reach, p + reach
            else:
                # tokens that are not words of the unbounded tokens, before each position
                o = other.get(id(free))
                if o is None:
                    o = other[id(free)] = np.concatenate(([0], np.cumsum(~free[row])))
                lo = np.searchsorted(o, o[p + 1] - reach, "left")
                hi = np.searchsorted(o, o[p] + reach, "right") - 1
            ps.append(p)
            los.append(lo)
            his.append(hi)
            groups.append(group)
        if not ps:
            return None
        p = np.concatenate(ps)
        span = np.searchsorted(starts, p, "right") - 1
        lo = np.maximum(np.concatenate(los), starts[span])
        hi = np.minimum(np.concatenate(his), ends[span])
        group = np.repeat(np.array(groups, dtype=np.intp), [len(x) for x in ps])
        return starts, lo, hi, group


def _joined(
    starts: np.ndarray, lo: np.ndarray, hi: np.ndarray, group: np.ndarray, n_groups: int
) -> list[list[tuple[int, int]]]:
    """Per group: its stretches [lo, hi) sorted and joined where they overlap or nearly touch
    inside one range."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(n_groups)]
    order = np.lexsort((lo, group))  # by group, then start; stable
    lo, hi, group = lo[order], hi[order], group[order]
    span_of = np.searchsorted(starts, lo, "right") - 1
    cur: list[tuple[int, int]] = []
    last_group = last_span = -1
    for a, b, s, g in zip(lo.tolist(), hi.tolist(), span_of.tolist(), group.tolist()):
        if g != last_group:
            cur, last_group, last_span = out[g], g, -1
        elif s == last_span and a <= cur[-1][1] + _WINDOW_JOIN:
            if b > cur[-1][1]:
                cur[-1] = (cur[-1][0], b)
            continue
        cur.append((a, b))
        last_span = s
    return out


def special_case_pieces(
    rules: dict[str, Iterable[dict[Any, Any]]], orth_key: Any
) -> dict[str, list[str]]:
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
    # (what a lower-cased text holds of it: "İ".lower() is "i" and a combining dot above)
    chars.add("\u0307")
    return "".join(sorted(c for c in chars if not c.isascii()))


FOLD_RISK = _fold_risk()
_FOLD_RISK_RE = re.compile("[" + re.escape(FOLD_RISK) + "]") if FOLD_RISK else None


def regex_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None if unknown.

    Read from the parsed regex: a run of literal characters, a branch (one per alternative), a
    repeat of at least one, a group or a lookaround. A text whose `lower()` holds none of them
    (and no character of `FOLD_RISK`) cannot match, so a costly `sub` can be skipped.
    """
    return _best(regex_literal_sets(pattern, flags) or [])


def regex_literal_sets(pattern: str, flags: int = 0) -> list[frozenset[str]] | None:
    """Every set of lower-case strings of which each match of `pattern` contains one, the most
    telling first (`regex_literals` is that one), or None if none is known: "accuracy of the
    data" needs "accuracy of the data"; "(accuracy|quality) of (your )?data" needs one of
    "accuracy", "quality" and also "data"."""
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

    def required(items: Any) -> list[frozenset[str]]:
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
                options += required(av[-1])
            elif op is c.BRANCH:
                alts = [_best(required(a)) for a in av[1]]
                if all(a is not None for a in alts):
                    options.append(frozenset().union(*alts))  # type: ignore[arg-type]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                if av[0] >= 1:
                    options += required(av[2])
            elif op is c.ASSERT:
                options += required(av[1])
        close()
        return options

    found = [o for o in dict.fromkeys(required(parsed)) if o and all(o)]
    if not found:
        return None
    first = _best(found)
    return [first, *(o for o in found if o != first)]


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of literal sets: the longest shortest literal, then the fewest."""
    options = [o for o in options if o and all(o)]
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _runs(lower: str) -> set[str]:
    """The runs of a-z in `lower` (`_RUN.findall`): an ASCII text's through bytes.translate,
    about three times as fast."""
    if not lower.isascii():
        return set(_RUN.findall(lower))
    return set(lower.encode("ascii").translate(_RUN_BYTES).decode("ascii").split())


def fold_risky(lower: str) -> bool:
    """Whether a lower-cased text holds a character of `FOLD_RISK` (then no literal precheck)."""
    return _FOLD_RISK_RE is None or _FOLD_RISK_RE.search(lower) is not None


def may_hold(lower: str, literals: frozenset[str] | None, risky: bool) -> bool:
    """Whether a lower-cased text may hold a match of a regex whose `regex_literals` are given
    (`risky`: `fold_risky(lower)`)."""
    return risky or literals is None or any(s in lower for s in literals)


class LiteralScan:
    """Which of many regexes may match a lower-cased text, from one scan for all their
    `regex_literal_sets` instead of one substring check per literal.

    A regex is a candidate when each of its literal sets has a literal in the text; one whose
    literals are unknown (None) always is. The literals of the regexes' first sets are compiled
    into one trie-shaped regex inside a lookahead, so that every position of the text is tried
    and the longest literal starting there is found (a literal that is a prefix of it is there
    too); the other sets are checked by substring for the few regexes found.
    """

    def __init__(self, literal_sets: list[list[frozenset[str]] | None]) -> None:
        self._always = [i for i, sets in enumerate(literal_sets) if not sets]
        # a regex is looked up by its first set's literals, and its other sets checked after
        self._others = {i: sets[1:] for i, sets in enumerate(literal_sets) if sets and sets[1:]}
        by_first: dict[str, list[int]] = {}
        for i, sets in enumerate(literal_sets):
            for lit in sets[0] if sets else ():
                by_first.setdefault(lit, []).append(i)
        literals = sorted(by_first)
        # each literal -> the regexes whose first set holds it or a literal it starts with
        self._by_first = {
            lit: frozenset(
                i for other in literals if lit.startswith(other) for i in by_first[other]
            )
            for lit in literals
        }
        self._scan = re.compile(f"(?=({alternation(literals)}))") if literals else None

    def candidates(self, lower: str) -> list[int]:
        """Indices, in order, of the regexes that may match in `lower` (a text with no
        `FOLD_RISK` character): each of their literal sets has a literal there."""
        found = set(self._always)
        if self._scan is None:
            return sorted(found)
        by_first = self._by_first
        for lit in {m.group(1) for m in self._scan.finditer(lower)}:
            found |= by_first[lit]
        others = self._others
        return sorted(
            i
            for i in found
            if i not in others or all(any(lit in lower for lit in s) for s in others[i])
        )


class GatedRegex:
    """A case-blind regex searched only in a text that may hold a match: one of its
    `regex_literals` is in the text's `lower()` (or the text has a `FOLD_RISK` character, or no
    literal is known). A regex with no fixed start costs far more than the substring checks."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.regex = re.compile(pattern, flags)
        self.literals = regex_literals(pattern, flags)

    def may_match(self, lower: str, risky: bool) -> bool:
        """`may_hold` for this regex (`lower`: the text lower-cased; `risky`: `fold_risky(lower)`)."""
        return may_hold(lower, self.literals, risky)

    def search(self, text: str) -> re.Match[str] | None:
        """`regex.search(text)`, skipped where no literal is in the text."""
        if self.literals is not None:
            lower = text.lower()
            if not self.may_match(lower, fold_risky(lower)):
                return None
        return self.regex.search(text)


class GatedRegexes:
    """Named `GatedRegex`es read over one text: its `lower()` is made once for all of them."""

    def __init__(self, patterns: dict[str, str], flags: int = re.IGNORECASE) -> None:
        self._regexes = [(name, GatedRegex(p, flags)) for name, p in patterns.items()]

    def found(self, text: str) -> list[str]:
        """The names whose regex finds a match in `text`, in their order."""
        lower = text.lower()
        risky = fold_risky(lower)
        return [
            name
            for name, gated in self._regexes
            if gated.may_match(lower, risky) and gated.regex.search(text)
        ]


def lower_case_twin(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A case-blind pattern compiled to read lower-cased text case-sensitively (about twice as
    fast), or None when that could read differently: the pattern names a capital letter (outside
    an escape such as `\\W`) or is not case-blind. Searched in `text.lower()` of a text with no
    `FOLD_RISK` character, it finds a match where the pattern finds one in `text`."""
    if not flags & re.IGNORECASE or any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
        return None
    return re.compile(pattern, flags & ~re.IGNORECASE)
