"""Segments cut into phrase-matched halves (`as_phrase_chain`) match exactly what spaCy's Matcher
matches with the pattern as written."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from contractscan.classify import _sentences
from contractscan.rulebook import Rule, Rulebook, as_phrase_chain, phrase_variants, split_pattern

DUTY = [
    {"LOWER": {"IN": ["you", "customer", "licensee", "user", "users", "subscriber", "client"]}},
    {
        "LOWER": {
            "IN": [
                "must",
                "shall",
                "will",
                "agree",
                "agrees",
                "undertake",
                "should",
                "are",
                "is",
                "need",
            ]
        }
    },
    {
        "LOWER": {"IN": ["to", "required", "obliged", "independently", "carefully", "always"]},
        "OP": "?",
    },
    {"LOWER": "to", "OP": "?"},
    {
        "LOWER": {
            "IN": [
                "comply",
                "review",
                "verify",
                "evaluate",
                "check",
                "follow",
                "abide",
                "adhere",
                "assess",
                "confirm",
                "ensure",
                "disclose",
                "label",
                "identify",
                "notify",
                "obtain",
                "maintain",
                "monitor",
                "supervise",
                "oversee",
                "protect",
                "safeguard",
                "secure",
            ]
        }
    },
]
LAW = [
    {"LOWER": {"IN": ["is", "be", "are"]}},
    {"LOWER": {"IN": ["the", "that"]}, "OP": "?"},
    {
        "OP": "{0,2}",
        "LOWER": {"IN": ["substantive", "internal", "domestic", "federal", "laws", "law", "of"]},
    },
    {"LOWER": {"IN": ["law", "laws"]}},
    {"LOWER": {"IN": ["of", "in"]}},
]
TEXTS = [
    "You must review every Output. Customer agrees to comply with the law. Users are required to notify us.",
    "You will always to verify it. The customer shall carefully monitor use. You must not review anything.",
    "You agree carefully to to review it. Subscriber is obliged to protect keys. Client need ensure nothing.",
    "The governing law is the law of Ohio. It shall be the substantive laws of Texas. Is law in force? "
    "Disputes are the internal law of France and be laws in effect.",
]


def test_the_duty_pattern_becomes_a_chain_of_phrase_segments():
    segments, gaps = as_phrase_chain(*split_pattern(DUTY))
    assert len(segments) == 2 and all(phrase_variants(s) is not None for s in segments)
    assert (gaps[0].lo, gaps[0].hi) == (0, 0)
    assert phrase_variants(DUTY) is None  # too many variants as one phrase segment


@pytest.mark.parametrize("pattern", [DUTY, LAW], ids=["duty", "law"])
@pytest.mark.parametrize("text", TEXTS)
def test_chain_matches_what_the_matcher_matches(pattern, text):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    rule = Rule.model_validate(
        {"id": "t.rule", "type": "warranty", "patterns": [pattern], "stance": "commits"}
    )
    rulebook = Rulebook(nlp, [rule], [])
    assert not rulebook._matcher_patterns  # every segment is matched as a phrase
    doc = nlp(text)
    _, sent_of = _sentences(doc)
    ours = {(s, e) for _, s, e in rulebook.match(doc, sent_of)}
    matcher = Matcher(nlp.vocab)
    matcher.add("p", [pattern])
    theirs = {(s, e) for _, s, e in matcher(doc)}
    # the same starts; each start's earliest end is the one a provision keeps
    assert {s for s, _ in ours} == {s for s, _ in theirs}
    for start in {s for s, _ in theirs}:
        assert min(e for s, e in ours if s == start) == min(e for s, e in theirs if s == start)
