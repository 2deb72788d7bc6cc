"""The one spaCy pipeline: blank English plus the legal sentence splitter. Build once, share."""

from __future__ import annotations

import spacy
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
    try:
        from .sentences import add_legal_sentencizer
    except ImportError:  # the legal splitter is optional while it is being built
        nlp.add_pipe("sentencizer")
    else:
        add_legal_sentencizer(nlp)
    return nlp
