"""Clause rules as data: the YAML schema, loading shipped and user rules, compiling them once.

A rule file under `rules/clauses/` holds `rules:` (a list of Rule) and optionally a file-level
`type:` that its rules inherit. Files whose name starts with `_` hold word classes (`classes:`),
named word lists a token pattern uses as `{"CLASS": "modal"}`; there is no lemmatizer in a blank
pipeline, so classes stand in for lemmas ("warrant", "warrants", "warranted").

All token patterns go into ONE Matcher and all phrases into ONE PhraseMatcher, keyed by rule id,
so a document is matched once whatever the number of rules.
"""

from __future__ import annotations

import gc
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from spacy.attrs import LOWER, ORTH
from spacy.errors import MatchPatternError
from spacy.lang.en import English
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .areas import AreaDefinition, AreaRewrite, load_area_rewrites, load_areas
from .attributes import EXTRACTORS
from .datafiles import RULES_DIR, read_yaml, validate
from .errors import RuleFileError
from .models import ClauseType, PartyRole, Stance
from .prefilter import (
    MAX_OPEN_REPEATS,
    LiteralScan,
    Prefilter,
    Requirement,
    TokenWindows,
    alternation,
    crosses_paragraphs,
    fold_risky,
    literal_words,
    lower_case_twin,
    open_repeats,
    regex_literal_sets,
    special_case_pieces,
)
from .readings import load_readings

#: How a rule reads the bound party: from the sentence (`subject`: the party named before the
#: match, `object`: the first party named after it), not at all, or a fixed role.
PARTY_READINGS = {"subject", "object", "counterparty", "none"} | {r.value for r in PartyRole}


class Examples(BaseModel):
    """Sentences that must (`match`) and must not (`no_match`) produce a provision of this rule."""

    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class Negation(BaseModel):
    """What a negated match means ("does not warrant"): another type/stance, or no provision."""

    model_config = ConfigDict(extra="forbid")

    type: ClauseType | None = None
    stance: Stance | None = None
    drop: bool = False


class Rule(BaseModel):
    """One clause rule. `source` is the file it came from (set by the loader)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_.\-]*$")
    type: ClauseType
    description: str = ""
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    # the context may also stand in the headings of the clause and of the clauses above it ("8.
    # Reporting misuse" over "We will acknowledge each report within two working days")
    context_in_headings: bool = False
    # a lead-in ending in a colon may take its context from the list it introduces ("a member of
    # our audio quality team will, before the files are delivered:" over "(a) listen to ...")
    context_in_list: bool = False
    exclusions: list[str] = Field(default_factory=list)
    stance: Stance
    negated: Negation | None = None
    obligor: str = "subject"
    beneficiary: str = "none"
    default_obligor: PartyRole | None = None
    only_obligors: list[PartyRole] = Field(default_factory=list)  # else no provision
    areas: list[str] = Field(default_factory=list)
    areas_from_keywords: bool = False
    keyword_areas: list[str] = Field(
        default_factory=list
    )  # when set, the only areas keywords may add
    # a short clause is read whole unless "sentence"; "promise": what the match goes on to promise,
    # up to the next break in the sentence (";", ", but", "except", "although")
    keywords_in: Literal["clause", "sentence", "promise"] = "clause"
    fallback: bool = False  # read only where no other rule made a provision in the sentence
    # read only where no other rule made a provision of one of these types in the sentence
    yields_to: list[ClauseType] = Field(default_factory=list)
    attributes: list[str] = Field(default_factory=list)
    set: dict[str, Any] = Field(default_factory=dict)
    examples: Examples = Field(default_factory=Examples)
    source: str = ""

    @field_validator("type", "yields_to", mode="before")
    @classmethod
    def _known_type(cls, v: Any) -> Any:
        for t in v if isinstance(v, list) else [v]:
            if isinstance(t, str) and t not in ClauseType.__members__:
                raise ValueError(
                    f"unknown clause type {t!r}; known: {', '.join(x.value for x in ClauseType)}"
                )
        return v

    @field_validator("obligor", "beneficiary")
    @classmethod
    def _party_reading(cls, v: str) -> str:
        if v not in PARTY_READINGS:
            raise ValueError(f"must be one of {sorted(PARTY_READINGS)}")
        return v

    @field_validator("attributes")
    @classmethod
    def _known_extractors(cls, v: list[str]) -> list[str]:
        unknown = [a for a in v if a not in EXTRACTORS]
        if unknown:
            raise ValueError(
                f"unknown attribute extractor {unknown[0]!r}; known: {sorted(EXTRACTORS)}"
            )
        return v

    @field_validator("context", "exclusions", "phrases")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [s.lower() for s in v]

    @model_validator(mode="after")
    def _has_trigger(self) -> Rule:
        if not self.patterns and not self.phrases:
            raise ValueError("a rule needs `patterns` or `phrases`")
        return self


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: ClauseType | None = None
    rules: list[dict[str, Any]] = Field(min_length=1)


def _chain(
    sent_of: list[int],
    index: dict[int, tuple[list[tuple[int, int]], list[int]]],
    start: int,
    end: int,
    links: list[tuple[Gap, int]],
    lowers: list[int],
    word_links: dict[int, frozenset[int]] | None = None,
) -> int | None:
    """End token of the earliest way to continue a first segment through its gaps, or None.

    `lowers` are the doc's tokens' LOWER hashes. A link in `word_links` is one word of a set
    (by LOWER hash), read from `lowers` in its gap instead of from phrase matches: "the" or
    "your" would match everywhere."""
    sent = sent_of[start]
    ends = [end]
    for gap, key in links:
        words = word_links.get(key) if word_links else None
        spans, starts = index.get(key, ([], [])) if words is None else ([], [])
        not_in = gap.not_in_keys
        nxt: list[int] = []
        for e in ends:
            if words is not None:
                last = min(e + gap.hi, len(lowers) - 1)
                found = [(t, t + 1) for t in range(e + gap.lo, last + 1) if lowers[t] in words]
            else:
                found = spans[bisect_left(starts, e + gap.lo) : bisect_right(starts, e + gap.hi)]
            for s2, e2 in found:
                if sent_of[s2] != sent or sent_of[e2 - 1] != sent:
                    continue
                if not_in and any(lowers[t] in not_in for t in range(e, s2)):
                    continue
                nxt.append(e2)
        if not nxt:
            return None
        ends = sorted(set(nxt))[:8]
    return ends[0]


def _chain_order(match: tuple[int, int, int, CompiledRule]) -> tuple[int, int, int]:
    """Sort key of a followed chain (start, rank, end, rule): start, then the longest (the most
    of the wording the rule read: "may suspend or terminate your access", not "may suspend or"),
    then rank (the pattern's place in the rulebook)."""
    start, rank, end, _ = match
    return start, -end, rank


class WordLookup:
    """The chain segments of one word of a set ("we", "may", "shall") that each token of a doc is.

    They are most of the chain segments found: a PhraseMatcher would make a Python tuple for each
    (and look its key's name up), while a sorted array of the words' hashes finds them all in a
    few array operations. What is found is what the PhraseMatcher finds, by the same LOWER."""

    def __init__(self, words_by_key: dict[int, list[str]], strings: Any) -> None:
        pairs = sorted({(strings.add(w), k) for k, words in words_by_key.items() for w in words})
        hashes = np.array([h for h, _ in pairs], dtype=np.uint64)
        self._words, first = np.unique(hashes, return_index=True)
        #: the keys of word i are _keys[_first[i] : _first[i + 1]]
        self._first = np.append(first, len(pairs)).astype(np.int64)
        self._keys = np.array([k for _, k in pairs], dtype=np.uint64)

    def find(self, lowers: np.ndarray) -> np.ndarray:
        """(key, start, end) rows, by start, for each token of `lowers` (LOWER hashes) in a set."""
        if not len(self._words) or not len(lowers):
            return np.zeros((0, 3), dtype=np.uint64)
        i = np.minimum(np.searchsorted(self._words, lowers), len(self._words) - 1)
        tokens = np.flatnonzero(self._words[i] == lowers)
        word = i[tokens]
        count = self._first[word + 1] - self._first[word]
        starts = np.repeat(tokens, count).astype(np.uint64)
        offset = np.arange(len(starts)) - np.repeat(np.cumsum(count) - count, count)
        keys = self._keys[np.repeat(self._first[word], count) + offset]
        return np.column_stack((keys, starts, starts + np.uint64(1)))


def _common_word_set(segment: list[dict[str, Any]], nlp: Language) -> list[str] | None:
    """The words of a one-token segment `{LOWER: word}` / `{LOWER: {IN: [...]}}` holding a common
    word ("the", "your"), each one token long; None for any other segment."""
    if len(segment) != 1 or not isinstance(segment[0], dict) or set(segment[0]) != {"LOWER"}:
        return None
    value = segment[0]["LOWER"]
    if isinstance(value, str):
        words = [value]
    elif isinstance(value, dict) and set(value) == {"IN"}:
        words = list(value["IN"])
    else:
        return None
    if not words or not all(isinstance(w, str) and w == w.lower() for w in words):
        return None
    if not any(w in STOP_WORDS for w in words):
        return None
    if any(len(nlp.make_doc(w)) != 1 for w in words):
        return None
    return words


def _beside(
    windows: list[tuple[int, int]],
    found: dict[int, tuple[list[int], list[int]]],
    before: frozenset[int],
    after: frozenset[int],
    gap_before: int,
    gap_after: int,
) -> list[tuple[int, int]]:
    """The windows of a chain segment that its phrase-matched neighbour can reach.

    `found` holds the starts and ends of the neighbours' matches by key. A segment's match
    [s, e) inside window [ts, te) counts only when a match of the segment before it ends at most
    `gap_before` tokens before s (so it ends in [ts - gap_before, te)), or, for a first segment,
    a match of the segment after it starts at most `gap_after` tokens after e (so it starts in
    (ts, te + gap_after]). A window no neighbour reaches holds no match that could count, so
    skipping it loses none."""
    side, i = (before, 1) if before else (after, 0)
    points = sorted(p for k in side if k in found for p in found[k][i])
    if not points:
        return []
    at = np.array(points, dtype=np.int64)
    win = np.array(windows, dtype=np.int64)
    if before:
        lo = np.searchsorted(at, win[:, 0] - gap_before, "left")
        hi = np.searchsorted(at, win[:, 1], "left")  # ends < te
    else:
        lo = np.searchsorted(at, win[:, 0], "right")  # starts > ts
        hi = np.searchsorted(at, win[:, 1] + gap_after, "right")  # starts <= te + gap
    return [w for w, keep in zip(windows, (hi > lo).tolist()) if keep]


def _word_re(words: Iterable[str], variants: bool = False) -> re.Pattern[str] | None:
    """A regex finding any of `words` at a word start (keywords are prefixes: 'discriminat').

    With `variants` (a rule's context words and exclusions) a word also matches in the other
    wordings that say the same: contracted ("will not" as "won't") and, for "your ...", after
    any party's possessive ("the Customer's text").

    The words make a trie (`prefilter.alternation`), so the engine does not try each in turn; at
    a position it finds the longest word there, as longest-first alternatives would."""
    alts = {w.lower() for w in (phrases_with_contractions(words) if variants else words) if w}
    # "n't" is a word of its own to the tokenizer but no word start in the text ("won't")
    tails = {w for w in alts if w.startswith(("n't", "n\u2019t"))}
    if not alts:
        return None
    pattern = r"\b" + alternation(alts - tails) if alts - tails else ""
    if tails:
        pattern = "|".join(filter(None, [pattern, r"(?<=[a-z])" + alternation(tails)]))
    # "your text": any party's possessive before the same words ("the Customer's text")
    owned = {w[5:] for w in alts if variants and w.startswith("your ")}
    if owned:
        pattern += r"|\b[\w.&-]+['\u2019]s\s+" + alternation(owned)
    return re.compile(pattern)


class CompiledRule:
    """A rule plus the regexes compiled from its context words and exclusions."""

    __slots__ = ("context_re", "exclusion_re", "rule")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.context_re = _word_re(rule.context, variants=True)
        self.exclusion_re = _word_re(rule.exclusions, variants=True)


_RANGE_OP = re.compile(r"^\{(\d*),(\d+)\}$")
_GAP_KEYS = {"OP", "IS_SENT_START", "LOWER"}


class Gap:
    """A run of up to `hi` arbitrary tokens between two pattern segments.

    spaCy's Matcher pays for every open partial match at every token, so `{"OP": "{0,12}"}`
    wildcards make it slow. Patterns are cut at such gaps: each concrete segment goes into the one
    Matcher, and segments are chained here, in the same sentence, skipping no word in `not_in`.
    """

    __slots__ = ("hi", "lo", "not_in", "not_in_keys", "same_sentence")

    def __init__(self, lo: int, hi: int, not_in: frozenset[str], same_sentence: bool) -> None:
        self.lo, self.hi, self.not_in, self.same_sentence = lo, hi, not_in, same_sentence
        #: `not_in` as LOWER hashes of a vocab's string store (`bind`)
        self.not_in_keys: frozenset[int] = frozenset()

    def bind(self, strings: Any) -> None:
        """Hash `not_in` with the string store a doc's LOWER values come from."""
        self.not_in_keys = frozenset(strings.add(w) for w in self.not_in)


def _as_gap(tok: Any) -> Gap | None:
    if not isinstance(tok, dict) or not set(tok) <= _GAP_KEYS:
        return None
    m = _RANGE_OP.match(str(tok.get("OP", "")))
    if not m:
        return None
    lower = tok.get("LOWER")
    if lower is not None and not (isinstance(lower, dict) and set(lower) == {"NOT_IN"}):
        return None
    not_in = frozenset(w.lower() for w in lower["NOT_IN"]) if lower else frozenset()
    # a gap never crosses a sentence: matches are read per sentence
    return Gap(int(m.group(1) or 0), int(m.group(2)), not_in, True)


def split_pattern(pattern: list[dict[str, Any]]) -> tuple[list[list[dict[str, Any]]], list[Gap]]:
    """Segments of concrete tokens and the gaps between them."""
    segments: list[list[dict[str, Any]]] = [[]]
    gaps: list[Gap] = []
    for tok in pattern:
        gap = _as_gap(tok)
        if gap is None or not segments[-1]:
            segments[-1].append(tok)
            continue
        gaps.append(gap)
        segments.append([])
    if not segments[-1]:  # a trailing gap matches nothing more
        segments.pop()
        gaps.pop()
    return segments, gaps


_MAX_PHRASES = 5000


def phrase_variants(segment: list[dict[str, Any]]) -> list[list[str]] | None:
    """The literal lower-case token sequences a segment matches, or None if it needs the Matcher.

    spaCy's Matcher calls a Python predicate per token for every `IN` set, which costs far more
    than a PhraseMatcher lookup; a segment of literal words and word sets (optionally `OP: "?"`)
    is therefore expanded into phrases. Compiling asks this of one segment several times (is it
    phrase-matched? cut it? add it), and a segment can have thousands of phrases: the answer is
    kept per segment while the rulebook compiles (callers only read it).
    """
    try:
        key = json.dumps(segment, sort_keys=True)
    except TypeError:  # not a pattern of plain values: nothing to expand
        return None
    return _phrase_variants(key)


@lru_cache(maxsize=4096)
def _phrase_variants(key: str) -> list[list[str]] | None:
    segment = json.loads(key)
    variants: list[list[str]] = [[]]
    for tok in segment:
        if not isinstance(tok, dict):
            return None
        op = tok.get("OP")
        keys = set(tok) - {"OP"}
        if op not in (None, "?") or len(keys) != 1:
            return None
        (attr,) = keys
        value = tok[attr]
        if attr not in ("LOWER", "ORTH", "TEXT", "NORM"):
            return None
        if isinstance(value, str):
            words = [value.lower()]
        elif (
            isinstance(value, dict)
            and set(value) == {"IN"}
            and all(isinstance(w, str) for w in value["IN"])
        ):
            words = sorted({w.lower() for w in value["IN"]})
        else:
            return None
        if attr != "LOWER" and any(
            w != w.lower() for w in (value if isinstance(value, str) else value["IN"])
        ):
            return None
        grown = [v + [w] for v in variants for w in words]
        if op == "?":
            grown += variants
        variants = grown
        if len(variants) > _MAX_PHRASES:
            return None
    return [v for v in variants if v]


#: the longest bounded run of word-set tokens rewritten as that many optional tokens
_MAX_RUN = 3


def as_phrase_chain(
    segments: list[list[dict[str, Any]]], gaps: list[Gap]
) -> tuple[list[list[dict[str, Any]]], list[Gap]]:
    """The same pattern with as many segments as possible matched as phrases.

    A segment the PhraseMatcher cannot take only because it has too many variants (a word set
    after a word set after a word set ...) is cut in two where both halves can, joined by a gap
    of no tokens; a bounded run of one word set (`{"OP": "{0,2}", "LOWER": {"IN": [...]}}`) is
    written as that many optional tokens first. Each half is matched wherever the other is, so
    the chain matches what the segment did; the Matcher, which pays per token for every open
    partial match, is left the segments that need it.
    """
    out_segments: list[list[dict[str, Any]]] = []
    out_gaps: list[Gap] = []
    for n, segment in enumerate(segments):
        pieces = [segment]
        if phrase_variants(segment) is None:
            opened = _optional_runs(segment)
            if phrase_variants(opened) is not None:
                pieces = [opened]
            else:
                pieces = _halves(opened) or [segment]
        for k, piece in enumerate(pieces):
            if k:
                out_gaps.append(Gap(0, 0, frozenset(), True))
            out_segments.append(piece)
        if n < len(gaps):
            out_gaps.append(gaps[n])
    return out_segments, out_gaps


def _optional_runs(segment: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for tok in segment:
        m = _RANGE_OP.match(str(tok.get("OP", ""))) if isinstance(tok, dict) else None
        lower = tok.get("LOWER") if isinstance(tok, dict) else None
        if (
            m
            and (m.group(1) or "0") == "0"
            and int(m.group(2)) <= _MAX_RUN
            and set(tok) == {"OP", "LOWER"}
            and isinstance(lower, dict)
            and set(lower) == {"IN"}
        ):
            out += [{"LOWER": lower, "OP": "?"}] * int(m.group(2))
        else:
            out.append(tok)
    return out


def _halves(segment: list[dict[str, Any]]) -> list[list[dict[str, Any]]] | None:
    """Two phrase-able halves of `segment`, each needing at least one token, or None."""
    best: tuple[int, int] | None = None
    for k in range(1, len(segment)):
        left, right = segment[:k], segment[k:]
        if all(isinstance(t, dict) and t.get("OP") == "?" for t in left) or all(
            isinstance(t, dict) and t.get("OP") == "?" for t in right
        ):
            continue  # an all-optional half could match nothing, which a phrase cannot
        a, b = phrase_variants(left), phrase_variants(right)
        if a is not None and b is not None and (best is None or len(a) + len(b) < best[0]):
            best = (len(a) + len(b), k)
    return None if best is None else [segment[: best[1]], segment[best[1] :]]


class Rulebook:
    """Every rule, compiled into one Matcher and one PhraseMatcher over `nlp`'s vocab. Build once."""

    def __init__(
        self,
        nlp: Language,
        rules: list[Rule],
        areas: list[AreaDefinition],
        rewrites: list[AreaRewrite] | None = None,
        readings: dict[str, re.Pattern[str]] | None = None,
    ) -> None:
        self.nlp = nlp
        #: rules whose provisions stand only in sentences no other rule read (Rule.fallback)
        self.fallback_ids = frozenset(r.id for r in rules if r.fallback)
        #: rules that give way to other rules' provisions of some types in their sentence
        self.yields_to = {r.id: frozenset(r.yields_to) for r in rules if r.yields_to}
        self.rewrites = rewrites or []
        #: rules/readings.yaml compiled: the legal wording classify reads around a match, by name
        self.readings: dict[str, re.Pattern[str]] = (
            readings if readings is not None else {k: r.regex for k, r in load_readings().items()}
        )
        # each rewrite with its lower-case twin, which tells faster whether it matches at all;
        # and one scan for the literals one of which any match of a rewrite holds: most texts
        # hold none of a rewrite's, and the scan costs far less than running the regexes
        self._rewrites = [
            (rw.regex, rw.replace, lower_case_twin(rw.pattern, rw.regex.flags))
            for rw in self.rewrites
        ]
        self._rewrite_scan = LiteralScan(
            [regex_literal_sets(rw.pattern, re.IGNORECASE) for rw in self.rewrites]
        )
        # each reading's lower-case twin (`lower_case_twin`), where it has one
        self._reading_twins = {
            name: twin
            for name, regex in self.readings.items()
            if (twin := lower_case_twin(regex.pattern, regex.flags)) is not None
        }
        nlp.max_length = max(nlp.max_length, 20_000_000)
        self.rules = rules
        self.areas = areas
        self.compiled: dict[str, CompiledRule] = {r.id: CompiledRule(r) for r in rules}
        # one regex over every area keyword; a hit maps back to the areas naming that keyword
        self._keyword_areas: dict[str, list[str]] = {}
        for a in areas:
            for k in a.keywords:
                self._keyword_areas.setdefault(k.lower(), []).append(a.id)
        promise_words = set(self._keyword_areas)
        for a in areas:
            for k in a.people:
                self._keyword_areas.setdefault(k.lower(), []).append(a.id)
        self._area_order = {a.id: i for i, a in enumerate(areas)}
        self._keywords_re = _word_re(self._keyword_areas)
        #: the keywords without the words naming people (`AreaDefinition.people`)
        self._promise_keywords_re = _word_re(promise_words)
        self.matcher = Matcher(nlp.vocab)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        strings = nlp.vocab.strings
        self.key_to_rule: dict[int, CompiledRule] = {}
        self._matcher_patterns: list[list[dict[str, Any]]] = []
        self._matcher_names: list[str] = []
        self._segment_keys: set[int] = set()
        #: chain segments phrase-matched or read word by word, by what they match: their key
        self._pieces: dict[tuple[str, frozenset[Any]], int] = {}
        #: chain segments of one token, found by looking the doc's words up (`WordLookup`)
        self._one_word_pieces: dict[int, list[str]] = {}
        #: later chain segments read word by word in their gap: key -> LOWER hashes
        self._word_links: dict[int, frozenset[int]] = {}
        # what the prefilter needs: the words each pattern and phrase needs, and whether a
        # pattern could match across a paragraph break
        requirements: list[Requirement] = []
        #: (rule id, pattern index) of patterns that could match across a paragraph break: with
        #: any, the prefilter cannot skip paragraphs and every text is read whole (slow)
        self.whole_text_patterns: list[tuple[str, int]] = []
        #: (rule id, pattern index, optional places) of patterns with a segment whose wide
        #: repeats could make the Matcher's time explode (`open_repeats`)
        self.wide_repeat_patterns: list[tuple[str, int, int]] = []
        #: the chains' first segments' phrases, each under a key of its own
        self._start_keys: dict[tuple[str, ...], int] = {}
        #: chains: first-segment key -> [(rank, rule, [(gap, next segment key), ...])], where
        #: rank is the pattern's place in the rulebook: its index in `chain_patterns`
        self.chains: dict[int, list[tuple[int, CompiledRule, list[tuple[Gap, int]]]]] = {}
        #: (rule id, pattern index) of each pattern cut into a chain, in rulebook order
        self.chain_patterns: list[tuple[str, int]] = []
        for r in rules:
            cr = self.compiled[r.id]
            for i, pat in enumerate(r.patterns):
                segments, gaps = as_phrase_chain(*split_pattern(pat))
                by_matcher = [seg for seg in segments if phrase_variants(seg) is None]
                requirements.append(Requirement(pat, bool(by_matcher)))
                if any(crosses_paragraphs(seg) for seg in by_matcher) or any(
                    any(not w.strip() or w != "".join(w.split()) for w in literal_words(spec) or ())
                    for spec in pat
                    if isinstance(spec, dict)
                ):
                    self.whole_text_patterns.append((r.id, i))
                widest = max(map(open_repeats, by_matcher), default=0)
                if widest > MAX_OPEN_REPEATS:
                    self.wide_repeat_patterns.append((r.id, i, widest))
                if not gaps:
                    self._add(r.id, segments[0])
                    continue
                self._add_chain(cr, f"{r.id}#{i}", segments, gaps, len(self.chain_patterns))
                self.chain_patterns.append((r.id, i))
            if r.phrases:
                phrase_docs = [nlp.make_doc(p) for p in phrases_with_contractions(r.phrases)]
                self.phrase_matcher.add(r.id, phrase_docs)
                for d in phrase_docs:
                    requirements.append(Requirement([{"LOWER": t.lower_} for t in d], False))
                    if any(t.is_space or t.text != "".join(t.text.split()) for t in d):
                        self.whole_text_patterns.append((r.id, -1))
            self.key_to_rule[strings.add(r.id)] = cr
        self.prefilter = Prefilter(
            requirements,
            # spaCy's English exceptions as well as the tokenizer's own rules: nlp.make_nlp moves
            # the cases that split a word's end ("cannot" = "can" + "not") into suffix rules, and
            # the prefilter must still know that "cannot" holds "not"
            special_case_pieces(
                {**English.Defaults.tokenizer_exceptions, **nlp.tokenizer.rules}, ORTH
            ),
            split=not self.whole_text_patterns,
        )
        self._index_keys()
        self._one_words = WordLookup(self._one_word_pieces, strings)
        #: where in a doc the token Matcher can find anything
        # one Matcher per match key, each run over its own patterns' windows
        names = list(dict.fromkeys(self._matcher_names))
        self._group_matchers = [Matcher(nlp.vocab) for _ in names]
        for name, segment in zip(self._matcher_names, self._matcher_patterns):
            self._group_matchers[names.index(name)].add(name, [segment])
        self.windows = TokenWindows(
            self._matcher_patterns, [names.index(n) for n in self._matcher_names]
        )
        if self.windows.usable:
            self.windows.bind(strings)
        #: per Matcher: the phrase-matched segments its key's matches must stand beside, or None
        token_keys = {strings.add(n) for n in names} | set(self._word_links)
        sides = self._chain_sides()
        self._neighbours = [
            self._phrase_neighbours(strings.add(n), token_keys, sides) for n in names
        ]
        self._neighbour_keys = frozenset(
            k for near in self._neighbours if near is not None for k in near[0] | near[1]
        )
        self._neighbour_key_array = np.array(sorted(self._neighbour_keys), dtype=np.uint64)
        _phrase_variants.cache_clear()  # only compiling asks it: free what it kept

    def _index_keys(self) -> None:
        """Every match key, sorted, and what it stands for: a rule, or a segment of a chain; the
        chains by the index of their first segment's key, their links naming keys by index."""
        keys = sorted(set(self.key_to_rule) | self._segment_keys)
        at = {k: i for i, k in enumerate(keys)}
        self._keys = np.array(keys, dtype=np.uint64)
        self._is_rule = np.array([k in self.key_to_rule for k in keys], dtype=bool)
        self._key_rule = [self.key_to_rule.get(k) for k in keys]
        # every chain once, grouped by its first segment's key, links naming keys by index
        self._options: list[tuple[CompiledRule, list[tuple[Gap, int]]]] = []
        self._option_at = np.zeros(len(keys), dtype=np.int64)
        self._n_options = np.zeros(len(keys), dtype=np.int64)
        ranks: list[int] = []
        for k, options in self.chains.items():
            self._option_at[at[k]] = len(self._options)
            self._n_options[at[k]] = len(options)
            self._options += [(cr, [(gap, at[n]) for gap, n in links]) for _, cr, links in options]
            ranks += [rank for rank, _, _ in options]
            for _, _, links in options:
                for gap, _n in links:
                    gap.bind(self.nlp.vocab.strings)
        #: each chain's pattern's place in the rulebook: the tie-break between chain matches
        #: of one rule that start at one token (`match`)
        self._option_rank = np.array(ranks, dtype=np.int64)
        # each chain's first gap and the key after it
        self._next_key = np.array([links[0][1] for _, links in self._options], dtype=np.int64)
        self._gap_lo = np.array([links[0][0].lo for _, links in self._options], dtype=np.int64)
        self._gap_hi = np.array([links[0][0].hi for _, links in self._options], dtype=np.int64)
        # the word links by key index, and the chains whose first link is one (no phrase
        # matches of it to look ahead to: they are followed in `_chain`)
        self._word_link_at = {at[k]: words for k, words in self._word_links.items()}
        self._first_is_word = np.array(
            [links[0][1] in self._word_link_at for _, links in self._options], dtype=bool
        )

    def _chain_sides(self) -> dict[int, tuple[set[int], set[int], list[int]]]:
        """Per chain segment key: the keys of the segments before it and after it in any chain,
        and the widest gap before and after it (`[before, after]`). Built in one pass over
        the chains, so that `_phrase_neighbours` need not walk them once per token key."""
        sides: dict[int, tuple[set[int], set[int], list[int]]] = {}
        for first, options in self.chains.items():
            for _, _, links in options:
                keys = [first] + [k for _, k in links]
                for i, k in enumerate(keys):
                    before, after, gaps = sides.setdefault(k, (set(), set(), [0, 0]))
                    if i > 0:
                        before.add(keys[i - 1])
                        gaps[0] = max(gaps[0], links[i - 1][0].hi)
                    else:
                        after.add(keys[1])
                        gaps[1] = max(gaps[1], links[0][0].hi)
        return sides

    def _phrase_neighbours(
        self,
        key: int,
        token_keys: set[int],
        sides: dict[int, tuple[set[int], set[int], list[int]]],
    ) -> tuple[frozenset[int], frozenset[int], int, int] | None:
        """Where a segment's matches can count, from phrase-matched segments next to it.

        A key that is no rule and only a segment of chains counts only beside its neighbour:
        after the one before it, within that gap (a later segment), or before the one after it
        (a chain's first segment). When every such neighbour is phrase-matched, their matches
        are known before the token Matcher runs. Returns the keys before, the keys after, and
        the widest gaps before and after; None when the key is a rule's or a neighbour is
        token-matched. `sides`: `_chain_sides`."""
        if key in self.key_to_rule:
            return None
        before, after, (gap_before, gap_after) = sides.get(key, (set(), set(), [0, 0]))
        if before and after or not (before or after) or (before | after) & token_keys:
            return None
        return frozenset(before), frozenset(after), gap_before, gap_after

    def _neighbour_matches(
        self, raw: list[tuple[int, int, int]], words: np.ndarray
    ) -> dict[int, tuple[list[int], list[int]]]:
        """The starts and ends of the phrase and word matches some token segment stands beside,
        by key (`words`: `WordLookup.find`'s rows)."""
        found: dict[int, tuple[list[int], list[int]]] = {}
        wanted = self._neighbour_keys
        near = words[np.isin(words[:, 0], self._neighbour_key_array)].tolist()
        for k, s, e in [m for m in raw if m[0] in wanted] + near:
            at = found.setdefault(k, ([], []))
            at[0].append(s)
            at[1].append(e)
        return found

    def _add_piece(self, name: str, segment: list[dict[str, Any]]) -> int:
        """The key of a later chain segment: one key for all those that match the same.

        Chains share many segments (a modal verb, "terminate"): under a key of their own each
        would be matched again at every place, and each match read again. A phrase-matched
        segment is known by its phrases, a word link by its words, and one of a single token is
        found by `WordLookup`; a token-matched one keeps a key of its own (`name`), as the token
        Matchers and their windows are made per key.

        A later segment's matches are only looked up, by key and place, so sharing its key
        changes nothing; first segments are matched by phrase (`_start_key`)."""
        words = _common_word_set(segment, self.nlp)
        if words is not None:
            identity: tuple[str, frozenset[Any]] = ("words", frozenset(words))
        else:
            variants = phrase_variants(segment)
            if variants is None:
                return self._add(name, segment)
            identity = ("phrases", frozenset(tuple(v) for v in variants))
        key = self._pieces.get(identity)
        if key is None:
            # no rule id holds "~" (Rule.id): a shared key is never taken for a rule's
            name = f"~{len(self._pieces)}"
            if words is None and all(len(v) == 1 for v in identity[1]):
                key = self.nlp.vocab.strings.add(name)
                self._one_word_pieces[key] = sorted(v[0] for v in identity[1])
            else:
                key = self._add(name, segment, word_link=words is not None)
            self._pieces[identity] = key
        return key

    def _add_chain(
        self,
        cr: CompiledRule,
        name: str,
        segments: list[list[dict[str, Any]]],
        gaps: list[Gap],
        rank: int,
    ) -> None:
        """Register a pattern cut into segments and gaps (`name`: "rule#pattern") in `chains`.

        A phrase-matched first segment goes under one key per phrase (`_start_key`), a
        token-matched one under a key of its own; later segments go under keys they may share
        (`_add_piece`). `rank` is the pattern's place in the rulebook (rules in load order, then
        patterns in the rule's order): of a rule's chain matches as long as each other at one
        token, `match` lists the one of the lowest rank first.
        """
        variants = phrase_variants(segments[0])
        if variants is None:
            starts = [self._add(f"{name}.0", segments[0])]
        else:
            starts = [self._start_key(v) for v in dict.fromkeys(tuple(v) for v in variants)]
        keys = [self._add_piece(f"{name}.{j}", seg) for j, seg in enumerate(segments[1:], 1)]
        links = list(zip(gaps, keys))
        self._segment_keys.update(keys)
        for key in starts:
            self._segment_keys.add(key)
            self.chains.setdefault(key, []).append((rank, cr, links))

    def _start_key(self, phrase: tuple[str, ...]) -> int:
        """The key of a phrase chains start with: one per phrase, so that the phrase is matched
        once however many chains start with it."""
        key = self._start_keys.get(phrase)
        if key is None:
            name = f"~start{len(self._start_keys)}"
            self.phrase_matcher.add(name, [Doc(self.nlp.vocab, words=list(phrase))])
            key = self._start_keys[phrase] = self.nlp.vocab.strings.add(name)
        return key

    def _add(self, name: str, segment: list[dict[str, Any]], word_link: bool = False) -> int:
        """Register a rule's or a chain segment's pattern under `name`; return its key.

        A later chain segment (`word_link`) that is one common word of a set ("your", "the") is
        read from the doc in its gap (`_chain`) rather than phrase-matched everywhere."""
        words = _common_word_set(segment, self.nlp) if word_link else None
        if words is not None:
            key = self.nlp.vocab.strings.add(name)
            self._word_links[key] = frozenset(self.nlp.vocab.strings.add(w) for w in words)
            return key
        variants = phrase_variants(segment)
        if variants is None:
            self.matcher.add(name, [segment])
            self._matcher_patterns.append(segment)
            self._matcher_names.append(name)
        else:
            self.phrase_matcher.add(name, [Doc(self.nlp.vocab, words=v) for v in variants])
        return self.nlp.vocab.strings.add(name)

    def match(
        self, doc: Any, sent_of: list[int], token_spans: list[tuple[int, int]] | None = None
    ) -> list[tuple[CompiledRule, int, int]]:
        """(rule, start token, end token) of every rule match in `doc`, found in one pass.

        `classify` keeps, per rule and sentence, the match that starts first and, of those that
        start at one token, the first listed. So the order here is the tie-break, and it is
        fixed by the rulebook, not by a matcher's internals: the matches of a rule's own
        patterns and phrases (one key per rule, spaCy's order) come first, then chain matches
        by start token, then longest first (the explanation quotes the match: the longest says
        most of what the rule read), then by their pattern's place in the rulebook (rules in
        load order, patterns in the rule's order).

        `sent_of[i]` is the sentence index of token i (gaps stay inside one sentence).
        `token_spans` (token ranges no token-pattern match crosses, in order) limits the token
        Matcher to them, where the prefilter found the words token patterns need; None: all.
        """
        raw = self.phrase_matcher(doc)
        lower_array = doc.to_array(LOWER)
        words = self._one_words.find(lower_array)
        if len(self.matcher):
            spans = [(0, len(doc))] if token_spans is None else token_spans
            if self.windows.usable:
                # each key's Matcher reads only the windows where its patterns can match (the
                # same matches, in the same order for each key)
                per_group = self.windows.group_windows(lower_array, spans)
                found: dict[int, tuple[list[int], list[int]]] | None = None
                for matcher, windows, near in zip(
                    self._group_matchers, per_group, self._neighbours
                ):
                    if near is not None and windows:
                        if found is None:
                            found = self._neighbour_matches(raw, words)
                        windows = _beside(windows, found, *near)
                    for ts, te in windows:
                        raw += [(k, s + ts, e + ts) for k, s, e in matcher(doc[ts:te])]
            else:
                for ts, te in spans:
                    raw += [(k, s + ts, e + ts) for k, s, e in self.matcher(doc[ts:te])]
        n_raw = len(raw)
        if not n_raw and not len(words):
            return []
        found = np.fromiter(chain.from_iterable(raw), dtype=np.uint64, count=3 * n_raw)
        found = np.concatenate((found.reshape(-1, 3), words))
        kid = np.searchsorted(self._keys, found[:, 0])
        at = found[:, 1:].astype(np.int64)
        is_rule = self._is_rule[kid]
        rows = np.flatnonzero(is_rule)
        key_rule = self._key_rule
        out = list(zip([key_rule[k] for k in kid[rows].tolist()], *at[rows].T.tolist()))
        # the chains' first segments found, once per chain they start, in the order found
        firsts = np.flatnonzero(self._n_options[kid] > 0)
        if not len(firsts):
            return out
        count = self._n_options[kid[firsts]]
        pairs = np.repeat(firsts, count)
        before = np.repeat(np.cumsum(count) - count, count)
        option = np.repeat(self._option_at[kid[firsts]], count) + np.arange(len(pairs)) - before
        # the segments found, sorted by (key, start, end); a key and a start make one number
        seg_rows = np.flatnonzero(~is_rule)
        seg_rows = seg_rows[np.lexsort((at[seg_rows, 1], at[seg_rows, 0], kid[seg_rows]))]
        seg_kid, seg_starts, seg_ends = kid[seg_rows], at[seg_rows, 0], at[seg_rows, 1]
        keyed = (seg_kid << 32) + seg_starts
        # a chain can go on only where its next segment starts within its first gap
        ends = at[pairs, 1]
        nxt = self._next_key[option] << 32
        i = np.searchsorted(keyed, nxt + ends + self._gap_lo[option])
        ok = i < len(keyed)
        ok[ok] = keyed[i[ok]] <= (nxt + ends + self._gap_hi[option])[ok]
        ok |= self._first_is_word[option]
        if not ok.any():
            return out
        keys, first = np.unique(seg_kid, return_index=True)
        bounds = dict(zip(keys.tolist(), zip(first.tolist(), [*first[1:].tolist(), len(seg_kid)])))
        index: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        options = self._options
        word_links = self._word_link_at
        lowers: list[int] = lower_array.tolist()
        ranks = self._option_rank
        followed: list[tuple[int, int, int, CompiledRule]] = []
        for r, o in zip(pairs[ok].tolist(), option[ok].tolist()):
            cr, links = options[o]
            for _, k in links:
                if k not in word_links and k not in index:
                    a, b = bounds.get(k, (0, 0))
                    starts = seg_starts[a:b].tolist()
                    index[k] = (list(zip(starts, seg_ends[a:b].tolist())), starts)
            start, end = int(at[r, 0]), int(at[r, 1])
            last = _chain(sent_of, index, start, end, links, lowers, word_links)
            if last is not None:
                followed.append((start, int(ranks[o]), last, cr))
        followed.sort(key=_chain_order)
        out += [(cr, start, last) for start, _, last, cr in followed]
        return out

    def may_read(self, name: str, lower: str) -> bool:
        """False when the reading `name` surely finds nothing in a text whose `lower()` is
        `lower` (its lower-case twin finds nothing there); True when it may find something."""
        twin = self._reading_twins.get(name)
        return twin is None or fold_risky(lower) or twin.search(lower) is not None

    def rule(self, rule_id: str) -> Rule:
        return self.compiled[rule_id].rule

    def areas_in(self, text: str, promise: bool = False) -> list[str]:
        """Area ids whose keywords occur in `text`, in areas.yaml order; for a `promise` of the
        provider's, without the words that only name the people an area protects.

        The rewrites of rules/area_rewrites.yaml run first, in order, so that phrases are read in
        context ("the accuracy of the Customer Data" is data quality, not accuracy of outputs).
        """
        if self._keywords_re is None:
            return []
        lower = text.lower()
        rewrites = self._rewrites
        i = 0
        while i < len(rewrites):
            # the rewrites one of whose literals is in the text, from one scan; all of them
            # when a character could fold differently (`fold_risky`)
            risky = fold_risky(lower)
            todo = range(i, len(rewrites)) if risky else self._rewrite_scan.candidates(lower)
            for j in todo:
                if j < i:
                    continue
                regex, replace, twin = rewrites[j]
                i = j + 1
                if not risky and twin is not None and twin.search(lower) is None:
                    continue
                new = regex.sub(replace, text)
                if new != text:
                    # the text changed: its literals are scanned again from the next rewrite
                    text, lower = new, new.lower()
                    break
            else:
                break
        keywords_re = self._promise_keywords_re if promise else self._keywords_re
        if keywords_re is None:
            return []
        found = {a for m in keywords_re.finditer(lower) for a in self._keyword_areas[m.group(0)]}
        return sorted(found, key=self._area_order.__getitem__)


# --------------------------------------------------------------------------- loading


def _expand_classes(
    pattern: list[dict[str, Any]],
    classes: dict[str, list[str]],
    path: Path,
    rule_id: str,
    field: str,
) -> list[dict[str, Any]]:
    out = []
    for i, tok in enumerate(pattern):
        if not isinstance(tok, dict) or "CLASS" not in tok:
            out.append(tok)
            continue
        tok = dict(tok)
        names = tok.pop("CLASS")
        words: list[str] = []
        for name in [names] if isinstance(names, str) else list(names):
            if name not in classes:
                raise RuleFileError(
                    str(path),
                    f"unknown word class {name!r}; known: {sorted(classes)}",
                    rule_id,
                    f"{field}.{i}.CLASS",
                )
            words.extend(classes[name])
        tok["LOWER"] = {"IN": sorted(set(words))}
        out.append(tok)
    return out


#: A word of a pattern and the pieces its contraction is tokenised into ("won't" -> "wo" +
#: "n't", "can't" -> "ca" + "n't"): such a piece stands only before "n't", so it reads as the word.
#: A pronoun's contracted auxiliary is a token of its own ("we'll" -> "we" + "'ll", "you're");
#: "'s" is left out, as it is a possessive as often as "is". Texts are matched with straight
#: apostrophes (classify._straight), so only "n't" keeps its curly twin.
_CONTRACTED_PIECES = {
    "not": ("n't", "n\u2019t"),
    "will": ("wo", "'ll"),
    "can": ("ca",),
    "shall": ("sha",),
    "are": ("'re",),
}
_CONTRACTED_PHRASES = re.compile(
    r"\b(do|does|did|is|are|was|were|has|have|had|would|should|could|must|will|can|shall)\s+not\b"
    r"|\b(can)not\b",
    re.IGNORECASE,
)
_CONTRACTED_STEMS = {"will": "wo", "can": "ca", "shall": "sha"}
#: "we will" -> "we'll", "you are" -> "you're"
_CONTRACTED_PRONOUNS = re.compile(r"\b(we|you|they|i|it)\s+(will|are)\b", re.IGNORECASE)
_PRONOUN_PIECES = {"will": "ll", "are": "re"}


def with_contractions(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern with each word that has a contracted form also matching it: "will not" reads
    "won't", "do not" reads "don't" (and "don’t"), "we will" reads "we'll"; the wording says the
    same thing."""
    out = []
    for tok in pattern:
        value = tok.get("LOWER") if isinstance(tok, dict) else None
        words = [value] if isinstance(value, str) else None
        if isinstance(value, dict) and set(value) == {"IN"}:
            words = list(value["IN"])
        extra = [p for w in words or () for p in _CONTRACTED_PIECES.get(str(w).lower(), ())]
        if not extra:
            out.append(tok)
            continue
        out.append({**tok, "LOWER": {"IN": sorted(set(words or ()) | set(extra))}})
    return out


def phrases_with_contractions(phrases: Iterable[str]) -> list[str]:
    """Each phrase and, if it holds an auxiliary and "not" or a pronoun and "will" / "are", the
    same phrase contracted ("do not" -> "don't", "we will" -> "we'll")."""
    out: list[str] = []
    for phrase in phrases:
        out.append(phrase)

        def contract(m: re.Match[str], apostrophe: str) -> str:
            word = (m.group(1) or m.group(2)).lower()
            return _CONTRACTED_STEMS.get(word, word) + "n" + apostrophe + "t"

        for apostrophe in ("'", "\u2019"):
            contracted = _CONTRACTED_PHRASES.sub(lambda m: contract(m, apostrophe), phrase)
            if contracted != phrase:
                out.append(contracted)
            shortened = _CONTRACTED_PRONOUNS.sub(
                lambda m: m.group(1) + apostrophe + _PRONOUN_PIECES[m.group(2).lower()], phrase
            )
            if shortened != phrase:
                out.append(shortened)
    return list(dict.fromkeys(out))


def _has_bool(obj: Any) -> bool:
    if isinstance(obj, bool):
        return True
    if isinstance(obj, dict):
        return any(
            _has_bool(v)
            for k, v in obj.items()
            if k
            not in (
                "IS_SENT_START",
                "LIKE_NUM",
                "IS_PUNCT",
                "IS_ALPHA",
                "IS_DIGIT",
                "IS_STOP",
                "IS_TITLE",
                "IS_UPPER",
                "IS_LOWER",
                "IS_SPACE",
            )
        )
    if isinstance(obj, list):
        return any(_has_bool(v) for v in obj)
    return False


def _check_patterns(rule: Rule, vocab: Any, path: Path) -> None:
    """Validate token patterns with spaCy's own schema; report the failing pattern by index."""
    for i, pat in enumerate(rule.patterns):
        probe = Matcher(vocab, validate=True)
        try:
            probe.add(rule.id, [pat])
        except (MatchPatternError, ValueError) as exc:
            detail = " ".join(line.strip() for line in str(exc).splitlines()[2:] if line.strip())
            if _has_bool(pat):
                detail += " (unquoted yes/no/on/off/true in YAML become booleans: quote them)"
            raise RuleFileError(
                str(path), f"invalid token pattern: {detail or exc}", rule.id, f"patterns.{i}"
            ) from None


#: Data files that may sit at the top of a rules directory but hold no clause rules.
NOT_RULE_FILES = {"areas.yaml", "area_rewrites.yaml", "readings.yaml", "contractscan.yaml"}


def _rule_files(d: Path) -> list[Path]:
    clauses = d / "clauses"
    files = sorted(clauses.glob("*.yaml")) if clauses.is_dir() else []
    # a user dir may also hold rule files at its top (not its areas or area rewrites)
    files += [
        p for p in sorted(d.glob("*.yaml")) if p.name not in NOT_RULE_FILES and d != RULES_DIR
    ]
    return files


def load_classes(files: list[Path]) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = {}
    for path in files:
        data = read_yaml(path, RuleFileError)
        if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
            raise RuleFileError(str(path), "a word-class file needs a mapping under 'classes'")
        for name, words in data["classes"].items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RuleFileError(
                    str(path), "a word class is a list of words", str(name), "classes"
                )
            classes[str(name)] = [w.lower() for w in words]
    return classes


def load_rules(rule_dirs: list[Path] | None, nlp: Language, area_ids: set[str]) -> list[Rule]:
    """Shipped rules, then each user dir's; a user rule with a shipped rule's id replaces it."""
    dirs = [RULES_DIR, *(Path(d) for d in rule_dirs or [])]
    per_dir = []
    for d in dirs:
        if not d.is_dir():
            raise RuleFileError(str(d), "rule directory not found")
        files = _rule_files(d)
        per_dir.append(files)
    classes = load_classes([p for files in per_dir for p in files if p.name.startswith("_")])
    rules: dict[str, Rule] = {}
    for files in per_dir:
        seen: dict[str, Path] = {}
        for path in files:
            if path.name.startswith("_"):
                continue
            for rule in _load_file(path, classes, nlp, area_ids):
                if rule.id in seen:
                    raise RuleFileError(
                        str(path),
                        f"duplicate rule id (also in {seen[rule.id].name})",
                        rule.id,
                        "id",
                    )
                seen[rule.id] = path
                rules.pop(rule.id, None)  # an override goes where the user put it
                rules[rule.id] = rule
    return list(rules.values())


def _load_file(
    path: Path, classes: dict[str, list[str]], nlp: Language, area_ids: set[str]
) -> list[Rule]:
    data = read_yaml(path, RuleFileError)
    if not isinstance(data, dict):
        raise RuleFileError(str(path), "expected a mapping with a list under 'rules'")
    head = validate(_RuleFile, data, path, error=RuleFileError)
    out = []
    for i, raw in enumerate(head.rules):
        name = str(raw.get("id") or f"#{i + 1}")
        raw = dict(raw)
        if head.type and "type" not in raw:
            raw["type"] = head.type.value
        if isinstance(raw.get("patterns"), list):
            raw["patterns"] = [
                with_contractions(_expand_classes(p, classes, path, name, f"patterns.{j}"))
                if isinstance(p, list)
                else p
                for j, p in enumerate(raw["patterns"])
            ]
        rule = validate(Rule, raw, path, item=name, error=RuleFileError)
        rule.source = str(path)
        for j, area in enumerate(rule.areas):
            if area not in area_ids:
                raise RuleFileError(
                    str(path),
                    f"unknown area {area!r}; known: {sorted(area_ids)}",
                    rule.id,
                    f"areas.{j}",
                )
        _check_patterns(rule, nlp.vocab, path)
        out.append(rule)
    return out


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while, as it was afterwards.

    Compiling the rules makes hundreds of thousands of objects that all live as long as the
    rulebook; the collector's passes over them find nothing to free and took about 40% of the
    compile time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def load_rulebook(rule_dirs: list[Path] | None = None, nlp: Language | None = None) -> Rulebook:
    """Shipped rules/ plus user dirs (same id overrides), validated and compiled once."""
    if nlp is None:
        from .nlp import make_nlp

        nlp = make_nlp()
    with _collector_paused():
        areas = load_areas(rule_dirs)
        rules = load_rules(rule_dirs, nlp, {a.id for a in areas})
        readings = {k: r.regex for k, r in load_readings(rule_dirs).items()}
        return Rulebook(nlp, rules, areas, load_area_rewrites(rule_dirs), readings)
