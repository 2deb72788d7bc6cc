"""The one spaCy pipeline: blank English plus the legal sentence splitter. Build once, share."""

from __future__ import annotations

import spacy
from spacy.language import Language


def make_nlp() -> Language:
    """A blank English pipeline with a sentence splitter that knows legal text.

    No trained model is available here, so there is no parser: sentences come from the rule-based
    splitter in `sentences.py` and who is bound is read from rule patterns.
    """
    nlp = spacy.blank("en")
    try:
        from .sentences import add_legal_sentencizer
    except ImportError:  # the legal splitter is optional while it is being built
        nlp.add_pipe("sentencizer")
    else:
        add_legal_sentencizer(nlp)
    return nlp
