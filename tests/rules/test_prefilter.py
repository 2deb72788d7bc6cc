"""The lexical prefilter: it may read too much, never too little.

A paragraph the prefilter drops must hold no rule match, and reading kept paragraphs one by one
must give the tokens, sentences and provisions that reading the whole text gives.
"""

from __future__ import annotations

import re

import pytest
from conftest import shipped_rulebook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contractscan.classify import _sentences, classify
from contractscan.models import Document, DocumentStructure
from contractscan.prefilter import (
    FOLD_RISK,
    LiteralScan,
    Prefilter,
    Requirement,
    TokenWindows,
    chain_regex,
    crosses_paragraphs,
    fold_risky,
    literal_words,
    may_hold,
    pattern_chains,
    pattern_reach,
    pattern_requirement,
    regex_literal_sets,
    regex_literals,
)
from contractscan.sentences import paragraph_breaks

RULEBOOK = shipped_rulebook()
NLP = RULEBOOK.nlp
#: every sentence the rules give as an example, matching or not: real contract phrasing
EXAMPLES = [t for r in RULEBOOK.rules for t in r.examples.match + r.examples.no_match]
WORDS = sorted(
    {w for c in RULEBOOK.prefilter.checks for spec in c.specs for w in spec}
    | {"cannot", "can't", "won't", "don't", "Inc.", "e.g.", "U.S.", "(a)", "“Services”", "9.2."}
)
SEPARATORS = [" ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", "\n\n  ", " \n\n", ": ", "; ", "\t"]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    cuts = [0, *paragraph_breaks(text), len(text)]
    return list(zip(cuts, cuts[1:]))


def _tokens_and_starts(text: str, base: int = 0) -> list[tuple[int, str, str, bool]]:
    doc = NLP(text)
    return [(base + t.idx, t.text, t.whitespace_, t.i == 0 or bool(t.is_sent_start)) for t in doc]


def _matched(text: str) -> bool:
    doc = NLP(text)
    if not len(doc):
        return False
    _sents, sent_of = _sentences(doc)
    return bool(RULEBOOK.match(doc, sent_of))


def _check_paragraphs(text: str) -> None:
    """Whole-text tokens and sentence starts equal the paragraphs'; a dropped paragraph has no match."""
    pieces = []
    kept = {(s.start, s.end) for s in RULEBOOK.prefilter.segments(text)}
    for a, b in _paragraphs(text):
        pieces += _tokens_and_starts(text[a:b], a)
        if _matched(text[a:b]):
            assert any(s <= a and b <= e for s, e in kept), (
                f"dropped a matching paragraph: {text[a:b]!r}"
            )
    assert pieces == _tokens_and_starts(text)


texts = st.lists(
    st.tuples(st.sampled_from(WORDS + EXAMPLES), st.sampled_from(SEPARATORS)), max_size=40
).map(lambda parts: "".join(w + s for w, s in parts))
cased = texts.flatmap(lambda t: st.sampled_from([t, t.upper(), t.title(), t.capitalize()]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cased)
def test_generated_texts_never_lose_a_match(text):
    _check_paragraphs(text)


def test_rule_examples_read_as_one_document():
    text = "\n\n".join(EXAMPLES) + "\n" + "\n".join(EXAMPLES[:50])
    _check_paragraphs(text)


def test_provisions_are_those_of_reading_everything():
    """classify with the prefilter gives what classify reading the whole text gives."""
    text = "\n\n".join(f"{i}. {t}" for i, t in enumerate(EXAMPLES))
    doc = Document(id="examples", path="<examples>", text=text)
    structure = DocumentStructure()
    filtered = classify(doc, structure, RULEBOOK)
    everything = Prefilter([Requirement([{"IS_TITLE": True}], True)], {})
    assert everything.keep_all
    saved = RULEBOOK.prefilter
    RULEBOOK.prefilter = everything
    try:
        whole = classify(doc, structure, RULEBOOK)
    finally:
        RULEBOOK.prefilter = saved
    assert filtered and filtered == whole
    # and the prefilter did skip something: the numbers and blank lines alone match no rule
    assert sum(s.end - s.start for s in saved.segments(text + "\n\n1 2 3")) < len(text) + 7


@pytest.mark.parametrize(
    "pattern, words",
    [
        ([{"LOWER": "may"}, {"LOWER": "not"}], [{"may"}, {"not"}]),
        ([{"ORTH": "Acme"}, {"LOWER": "x", "OP": "?"}], [{"acme"}]),
        ([{"LOWER": {"IN": ["A", "b"]}, "OP": "+"}, {"OP": "{0,3}"}], [{"a", "b"}]),
        ([{"LOWER": "a", "OP": "*"}, {"LOWER": {"NOT_IN": ["b"]}}], []),
        ([{"LOWER": "a", "OP": "{2,3}"}, {"LOWER": "b", "OP": "{,3}"}], [{"a"}]),
        ([{"LOWER": "a", "OP": "!"}, {"IS_TITLE": True}], []),
    ],
)
def test_required_words_of_a_pattern(pattern, words):
    assert [set(s) for s in pattern_requirement(pattern)] == words


def test_a_pattern_without_required_words_keeps_everything():
    pf = Prefilter(
        [Requirement([{"LOWER": "liable"}], False), Requirement([{"IS_DIGIT": True}], True)], {}
    )
    text = "nothing here\n\nat all"
    assert pf.segments(text) == [(0, len(text), ((0, len(text)),))]


@pytest.mark.parametrize(
    "segment, crosses",
    [
        (
            [{"LOWER": "a"}, {"LOWER": {"NOT_IN": ["."]}}],
            False,
        ),  # ends on the break: stays before it
        ([{"LOWER": {"NOT_IN": ["."]}}, {"LOWER": "a"}], True),
        ([{"LOWER": "a"}, {}, {"LOWER": "b"}], True),
        ([{"LOWER": "a"}, {"IS_SPACE": False}, {"LOWER": "b"}], False),
        ([{"LOWER": "a"}, {"LOWER": {"NOT_IN": ["b"]}, "OP": "*"}], True),
    ],
)
def test_patterns_that_could_cross_a_paragraph_break(segment, crosses):
    assert crosses_paragraphs(segment) is crosses


def test_crossing_pattern_reads_texts_whole():
    pf = Prefilter([Requirement([{"LOWER": "liable"}], False)], {}, split=False)
    text = "Intro.\n\nWe are liable.\n\nOutro."
    assert pf.segments(text) == [(0, len(text), ())]
    split = Prefilter([Requirement([{"LOWER": "liable"}], False)], {})
    assert split.segments(text) == [(8, text.index("Outro"), ())]


def test_chain_regex_follows_token_adjacency():
    chain = pattern_chains(
        [{"LOWER": {"IN": ["may", "ca"]}}, {"LOWER": "not", "OP": "?"}, {"LOWER": "use"}]
    )
    rx = re.compile(chain_regex(chain[0], frozenset({"ca"})))
    assert rx.search("you may not use")
    assert rx.search("you may use")
    assert rx.search("you can't use".replace("n't", "not"))  # "ca" is a piece of a special case
    assert not rx.search("you may  use")  # two spaces make a white-space token in between
    assert not rx.search("dismay use")  # "may" is a whole run of letters
    assert not rx.search("you may\nuse")


def test_special_case_pieces_are_found_inside_runs():
    """'cannot' is tokenised 'can' 'not': a rule needing "not" must keep it."""
    text = "Intro line.\n\nYou cannot be held liable here.\n\nOutro."
    assert _matched("You cannot be held liable here.")
    kept = RULEBOOK.prefilter.segments(text)
    assert any(s.start <= 13 and s.end >= 44 for s in kept)


# --------------------------------------------------------------------------- regex literals

REWRITES = RULEBOOK.rewrites
REWRITE_TEXTS = [e for rw in REWRITES for e in rw.examples] + EXAMPLES[:200]


def _areas_without_precheck(text: str) -> list[str]:
    for rw in REWRITES:
        text = rw.regex.sub(rw.replace, text)
    found = {
        a
        for m in RULEBOOK._keywords_re.finditer(text.lower())
        for a in RULEBOOK._keyword_areas[m.group(0)]
    }
    return sorted(found, key=RULEBOOK._area_order.__getitem__)


rewrite_texts = st.lists(
    st.tuples(
        st.sampled_from(REWRITE_TEXTS + ["ſecure", "İnput", "ınput", "K", "data"]),
        st.sampled_from([" ", ". ", ", ", "\n"]),
    ),
    max_size=6,
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=200, deadline=None)
@given(rewrite_texts.flatmap(lambda t: st.sampled_from([t, t.upper(), t.title()])))
def test_rewrite_prechecks_never_skip_a_match(text):
    lower = text.lower()
    risky = fold_risky(lower)
    for rw in REWRITES:
        if rw.regex.search(text):
            assert may_hold(lower, regex_literals(rw.pattern, re.IGNORECASE), risky), rw.id
    assert RULEBOOK.areas_in(text) == _areas_without_precheck(text)


def test_a_dotted_capital_i_lowered_to_two_characters_turns_the_prechecks_off():
    """ "İnput".lower() is "i" and a combining dot: no lower-case literal "input" is in it, yet
    the case-blind rewrite matches it (a case hypothesis found)."""
    text = "we keep a complete booking İnput "
    assert fold_risky(text.lower())
    assert RULEBOOK.areas_in(text) == _areas_without_precheck(text) == ["data_quality"]


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (r"\bfoo(?:bar|baz)+\s", {"foo"}),
        (r"\b(?:accuracy|quality)\b of", {"accuracy", "quality"}),
        (r"\bx?(?:abc)?\w+", None),
        (r"(?<=notify )us\b", {"notify "}),
        (r"(?:a|b\w)", {"a", "b"}),
        (r"(?:a|\w)", None),
    ],
)
def test_literals_of_a_regex(pattern, literals):
    found = regex_literals(pattern, re.IGNORECASE)
    assert (set(found) if found is not None else None) == literals


@pytest.mark.parametrize(
    "pattern, sets",
    [
        # the most telling set first, then every other one a match needs
        (
            r"\b(?:accuracy|quality) of (?:your )?data\b",
            [{"accuracy", "quality"}, {" of "}, {"data"}],
        ),
        (r"\bmodel(?:s)? (?:changes?|updates?)", [{"change", "update"}, {"model"}, {" "}]),
        (r"(?<=notify )us\b", [{"notify "}, {"us"}]),
        (r"\bx?(?:abc)?\w+", None),
    ],
)
def test_every_literal_set_a_match_needs(pattern, sets):
    found = regex_literal_sets(pattern, re.IGNORECASE)
    assert (None if found is None else [set(s) for s in found]) == sets
    for text in ("the accuracy of data", "model updates", "please notify us", "xyz"):
        if re.search(pattern, text, re.IGNORECASE):
            assert all(any(lit in text for lit in s) for s in found or [])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "ab", "abc", "b", "bc", "ca", "x", " "]), max_size=12).map(
        "".join
    ),
    st.lists(
        st.one_of(
            st.none(),
            st.lists(
                st.frozensets(
                    st.sampled_from(["a", "ab", "abc", "bc", "cab", "x", "a b"]), min_size=1
                ),
                min_size=1,
                max_size=3,
            ),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_literal_scan_finds_what_substring_checks_find(text, literal_sets):
    # overlapping literals, prefixes of each other ("a", "ab", "abc"), a literal inside another
    want = [
        i
        for i, sets in enumerate(literal_sets)
        if not sets or all(any(lit in text for lit in s) for s in sets)
    ]
    assert LiteralScan(literal_sets).candidates(text) == want


def test_fold_risk_holds_every_character_that_lower_cases_to_two():
    two = [chr(i) for i in range(0x110000) if len(chr(i).lower()) > 1]
    assert two and all(c in FOLD_RISK for c in two)
    assert re.search("secure", "ſecure", re.IGNORECASE) and "ſ" in FOLD_RISK


# --------------------------------------------------------------------------- token windows

MATCHER_WORDS = sorted(
    {w for pat in RULEBOOK._matcher_patterns for spec in pat for w in (literal_words(spec) or ())}
    | {"the", "Acme", ".", ",", "\n\n", "not", "into"}
)


def _range_sets(n, cuts):
    """Every other stretch between the cut points (the ranges the Matcher reads), and the whole."""
    points = sorted({0, n, *(c for c in cuts if c <= n)})
    ranges = [(a, b) for i, (a, b) in enumerate(zip(points, points[1:])) if i % 2 == 0 and a < b]
    return ranges, [(0, n)]


def _matcher_runs(doc, spans):
    out = []
    for ts, te in spans:
        out += [(k, s + ts, e + ts) for k, s, e in RULEBOOK.matcher(doc[ts:te])]
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(MATCHER_WORDS), min_size=1, max_size=80),
    st.lists(st.integers(0, 80), max_size=6),
)
def test_token_windows_give_the_matches_of_whole_ranges(words, cuts):
    """The Matcher run over the windows finds what it finds over the whole ranges, in order."""
    assert RULEBOOK.windows.usable
    doc = NLP.make_doc(" ".join(words))
    for spans in _range_sets(len(doc), cuts):
        windows = RULEBOOK.windows.windows(doc.to_array("LOWER"), spans)
        assert all(any(a <= s and e <= b for a, b in spans) for s, e in windows)
        assert _matcher_runs(doc, windows) == _matcher_runs(doc, spans)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(MATCHER_WORDS), min_size=1, max_size=80),
    st.lists(st.integers(0, 80), max_size=6),
)
def test_each_group_of_patterns_finds_in_its_own_windows_what_all_find_in_the_ranges(words, cuts):
    """One Matcher per key, each over its group's windows: the same matches of each key, in the
    same order, as the one Matcher over the whole ranges."""
    doc = NLP.make_doc(" ".join(words))
    for spans in _range_sets(len(doc), cuts):
        per_group = RULEBOOK.windows.group_windows(doc.to_array("LOWER"), spans)
        assert len(per_group) == len(RULEBOOK._group_matchers)
        grouped = [
            (k, s + a, e + a)
            for matcher, windows in zip(RULEBOOK._group_matchers, per_group)
            for a, b in windows
            for k, s, e in matcher(doc[a:b])
        ]
        whole = _matcher_runs(doc, spans)
        for key in {k for k, _, _ in whole} | {k for k, _, _ in grouped}:
            assert [m for m in grouped if m[0] == key] == [m for m in whole if m[0] == key]


@pytest.mark.parametrize(
    "pattern, reach",
    [
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}], (2, frozenset())),
        ([{"LOWER": "a"}, {"OP": "{0,4}"}, {"LOWER": "b", "OP": "{2,3}"}], (8, frozenset())),
        ([{"LOWER": "a"}, {"LOWER": {"IN": ["x", "Y"]}, "OP": "*"}], (1, frozenset({"x", "y"}))),
        ([{"LOWER": "a"}, {"LOWER": "x", "OP": "{2,}"}], (1, frozenset({"x"}))),
        ([{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "+"}], None),
    ],
)
def test_reach_of_a_pattern(pattern, reach):
    assert pattern_reach(pattern) == reach


def test_windows_without_anchor_are_not_used():
    assert not TokenWindows([[{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "*"}]]).usable
    assert not TokenWindows([[{"IS_DIGIT": True}]]).usable
    assert not TokenWindows([]).usable


#: words of every segment of every pattern, token- or phrase-matched: texts where chains can form
CHAIN_WORDS = sorted(
    set(MATCHER_WORDS) | {w for c in RULEBOOK.prefilter.checks for spec in c.specs for w in spec}
)


def _rule_matches(doc, neighbours):
    saved = RULEBOOK._neighbours
    RULEBOOK._neighbours = neighbours
    try:
        sent_of = _sentences(doc, 0, doc.text)[1]
        return sorted((cr.rule.id, s, e) for cr, s, e in RULEBOOK.match(doc, sent_of))
    finally:
        RULEBOOK._neighbours = saved


def test_some_segments_are_read_only_beside_their_phrase_neighbours():
    """The filter is in force: a chain's first segment (a sentence-start word) has one."""
    names = list(dict.fromkeys(RULEBOOK._matcher_names))
    near = dict(zip(names, RULEBOOK._neighbours))
    assert any(v is not None for v in near.values())
    assert all(near[n] is None for n in names if "#" not in n)  # a rule's own key: never


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CHAIN_WORDS), min_size=1, max_size=60))
def test_reading_segments_only_beside_their_neighbours_loses_no_rule_match(words):
    """Every rule match, with token-matched chain segments read only in windows a phrase-matched
    neighbour reaches, is the same as with every window read."""
    doc = NLP(" ".join(words))
    everything = [None] * len(RULEBOOK._neighbours)
    assert _rule_matches(doc, RULEBOOK._neighbours) == _rule_matches(doc, everything)


def test_rule_examples_match_the_same_beside_their_neighbours():
    everything = [None] * len(RULEBOOK._neighbours)
    for text in EXAMPLES:
        doc = NLP(text)
        assert _rule_matches(doc, RULEBOOK._neighbours) == _rule_matches(doc, everything), text


# --------------------------------------------------------------------------- word links


def _phrase_matched_rulebook():
    """The rulebook as it was before word links: every chain segment phrase-matched."""
    import contractscan.rulebook as rulebook_module

    saved = rulebook_module._common_word_set
    rulebook_module._common_word_set = lambda segment, nlp: None
    try:
        return rulebook_module.load_rulebook()
    finally:
        rulebook_module._common_word_set = saved


PHRASE_ONLY = _phrase_matched_rulebook()


def _matches(rulebook, text):
    doc = rulebook.nlp(text)
    sent_of = _sentences(doc, 0, doc.text)[1]
    return sorted((cr.rule.id, s, e) for cr, s, e in rulebook.match(doc, sent_of))


def test_common_words_of_later_segments_are_word_links():
    """Later chain segments of common words ("your", "the") are read in their gap, not matched
    everywhere; first segments and segments of rarer words stay phrase-matched."""
    assert RULEBOOK._word_links and not PHRASE_ONLY._word_links
    # later segments share keys (one per word set), so a segment is known by its chain
    assert not set(RULEBOOK.chains) & set(RULEBOOK._word_links)  # no first segment is one
    rank = RULEBOOK.chain_patterns.index(("termination.terminates_automatically", 3))
    links = {
        tuple(k for _, k in links)
        for chains in RULEBOOK.chains.values()
        for r, _cr, links in chains
        if r == rank
    }
    assert len(links) == 1  # one pattern, however many phrases it starts with
    (keys,) = links
    assert keys[0] in RULEBOOK._word_links  # [your, the, any, all, ...]
    assert {"your", "the"} <= {RULEBOOK.nlp.vocab.strings[h] for h in RULEBOOK._word_links[keys[0]]}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CHAIN_WORDS), min_size=1, max_size=60))
def test_word_links_find_every_rule_match_phrase_matching_finds(words):
    text = " ".join(words)
    assert _matches(RULEBOOK, text) == _matches(PHRASE_ONLY, text)


def test_rule_examples_match_the_same_with_word_links():
    for text in EXAMPLES:
        assert _matches(RULEBOOK, text) == _matches(PHRASE_ONLY, text), text


def test_a_star_that_opens_no_emphasis_starts_its_paragraph_as_alone():
    # found by the generated texts: "*" before a comma is no Markdown emphasis over a sentence,
    # so the sentence starts at the star in the whole text as in its paragraph alone
    _check_paragraphs('"\n\n*, ')


def test_a_word_the_tokenizer_splits_by_suffix_keeps_its_paragraph():
    # found by the generated texts: nlp.make_nlp reads "cannot" as "can" + "not" by a suffix rule,
    # not a special case, and the prefilter must still keep a paragraph that matches through it
    _check_paragraphs("The Service cannot be used until the consent form is filled out. ")
