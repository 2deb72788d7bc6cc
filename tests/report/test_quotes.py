"""Quotes are cut at word boundaries: a report never prints half a word of the contract."""

from __future__ import annotations

import pytest

from contractscan.quotes import shorten, window

SENTENCE = (
    "You will not use the Services to: (a) violate any law; (b) generate malware; (c) generate "
    "content that sexually exploits minors; (d) impersonate any person or misrepresent that an "
    "Output was written by a human; or (e) conduct mass surveillance of any population."
)


def test_short_text_is_kept_whole_on_one_line():
    assert shorten("We may  change\nthese Terms.", 80) == "We may change these Terms."


@pytest.mark.parametrize("limit", range(20, len(SENTENCE), 7))
def test_shorten_ends_on_a_whole_word(limit):
    out = shorten(SENTENCE, limit)
    assert len(out) <= limit and out.endswith("…")
    last = out[:-1].split()[-1].strip(",;:")
    assert last in SENTENCE.replace(",", " ").replace(";", " ").replace(":", " ").split()


@pytest.mark.parametrize("anchor_word", ["impersonate", "surveillance", "malware", "Output"])
@pytest.mark.parametrize("limit", [40, 60, 90])
def test_window_around_a_match_starts_and_ends_on_whole_words(anchor_word, limit):
    text = "Preamble. " + SENTENCE + " Next sentence."
    start = text.index("You will")
    end = start + len(SENTENCE)
    anchor = text.index(anchor_word)
    out = window(text, start, end, anchor, limit)
    words = set(SENTENCE.split())
    body = out.strip("…")
    assert anchor_word in body
    assert body.split()[0] in words and body.split()[-1] in words
    assert len(body) <= limit


def test_window_keeps_a_short_sentence_whole():
    text = "Intro.  We do not warrant\nthat Outputs are accurate.  Next."
    s = text.index("We")
    e = text.index("Next") - 2
    assert window(text, s, e, s + 10, 300) == "We do not warrant that Outputs are accurate."
