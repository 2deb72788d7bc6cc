"""The shared pipeline's tokenizer: spaCy's English tokens, with the chunk cache kept on."""

from __future__ import annotations

import spacy

from contractscan.nlp import make_nlp

#: a contract paragraph full of spaCy's English special cases, in the places contracts put them
TEXT = (
    'Acme AI, Inc. ("Provider") and/or its affiliates (e.g., Acme Ltd.) cannot and don\'t\n'
    "warrant\toutputs (i.e. the results) vs. the U.S. laws of St. Louis, Mo.; see No. 5.\n\n"
    "\tThe Customer's use of the Service—including (a) prompts and (b) outputs—is at 9 a.m. "
    "or 5pm (e.g. \"Content\"). Let's say we won't; it's Acme's call, St. Paul, Minn., Jan. 5.\n"
)


def tokens(nlp, text: str) -> list[tuple[int, str, str, str]]:
    return [(t.idx, t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)]


def test_tokens_are_spacys_english_tokens() -> None:
    blank = spacy.blank("en")
    ours = make_nlp()
    assert tokens(ours, TEXT) == tokens(blank, TEXT)
    # the cases that matter: abbreviations kept whole, contractions split, white space alone
    texts = [t.text for t in ours.make_doc(TEXT)]
    for whole in ("Inc.", "and/or", "e.g.", "Ltd.", "i.e.", "vs.", "U.S.", "St.", "Mo.", "a.m."):
        assert whole in texts
    assert ["can", "not"] == texts[texts.index("can") : texts.index("can") + 2]
    assert "n't" in texts and "\n" in texts and "\t" in texts


def test_a_whole_chunk_after_an_opening_bracket_keeps_its_full_stop() -> None:
    ours = make_nlp()
    assert [t.text for t in ours.make_doc("(e.g. Inc.) (Inc.")] == [
        "(",
        "e.g.",
        "Inc.",
        ")",
        "(",
        "Inc.",
    ]


def test_same_tokens_when_the_cache_is_warm() -> None:
    """The second pass reads chunks from the cache the first pass filled: the same tokens."""
    ours = make_nlp()
    first = tokens(ours, TEXT * 3)
    assert tokens(ours, TEXT * 3) == first


def test_a_closing_bracket_is_no_emoticon() -> None:
    """spaCy's emoticons with a bracket ("):", "8)") are no special cases: in a contract the
    bracket closes what it opened ("to): (a)", "(a):", "clause (8)")."""
    text = "You shall not (and shall not allow any third party to): (a) copy it; (8) or (b):"
    assert [t.text for t in make_nlp().make_doc(text)][12:] == [
        ")",
        ":",
        "(",
        "a",
        ")",
        "copy",
        "it",
        ";",
        "(",
        "8",
        ")",
        "or",
        "(",
        "b",
        ")",
        ":",
    ]
    # other special cases stay as spaCy has them
    blank = spacy.blank("en")
    assert tokens(make_nlp(), TEXT) == tokens(blank, TEXT)


def test_a_sentence_ends_after_a_bracket_closed_before_a_colon() -> None:
    nlp = make_nlp()
    text = (
        "You shall not (and shall not allow any third party to): (a) copy the Service; or "
        "(b) sell it. We may suspend the Service under clause (8). You may end these terms."
    )
    assert [s.text for s in nlp(text).sents] == [
        "You shall not (and shall not allow any third party to): (a) copy the Service; or "
        "(b) sell it.",
        "We may suspend the Service under clause (8).",
        "You may end these terms.",
    ]


def test_whole_chunk_special_cases_do_not_stop_the_cache() -> None:
    """spaCy stops caching a text's chunks after its first special-case hit; keep-whole special
    cases are read by `token_match` instead, and the splitting ones stay special cases."""
    tokenizer = make_nlp().tokenizer
    for whole in ("\n", " ", "Inc.", "and/or", "e.g."):
        assert whole not in tokenizer.rules
        assert tokenizer.token_match(whole)
    for split in ("cannot", "don't", "we'll"):  # now suffixes: "do" + "n't" (norm "not")
        assert split not in tokenizer.rules
    # a piece with a norm of its own that an ordinary word or a possessive shares stays special
    assert "won't" in tokenizer.rules and "let's" in tokenizer.rules
    assert not tokenizer.token_match("Provider")
    assert [(t.text, t.norm_) for t in make_nlp()("Minn. don't")] == [
        ("Minn.", "Minnesota"),
        ("do", "do"),
        ("n't", "not"),
    ]


def test_contractions_in_capitals_split_as_in_lower_case() -> None:
    ours = make_nlp()
    text = "WE DON'T WARRANT, YOU'RE RESPONSIBLE, WE CAN'T AND WON'T; CANNOT; We Don't."
    lower = [(t.text.lower(), t.norm_) for t in ours.make_doc(text.lower())]
    assert [(t.text.lower(), t.norm_) for t in ours.make_doc(text)] == lower
    assert ("n't", "not") in lower and ("'re", "are") in lower


def test_each_row_of_a_table_is_a_sentence_of_its_own() -> None:
    """A glossary table's rows run on without a full stop; each row is read on its own, so a
    word of one row ("Guarantee") is never read with the row above it."""
    nlp = make_nlp()
    text = (
        "| Model Version | a version of the models the Platform uses to generate Scores |\n"
        "| Non-excludable Guarantee | a guarantee or remedy that cannot lawfully be excluded |\n"
        "| Score | a rating the Platform generates |"
    )
    assert [s.text.strip() for s in nlp(text).sents] == text.split("\n")
