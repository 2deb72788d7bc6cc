"""Which generative-AI terms documents (../shared/data/genai-terms) are held out.

One split for every evaluation that reads these documents. A document is held out only if no
rule was ever written from it, for any measure: rules tuned on a document's clause types also
read its stances, and the other way round. Two documents were first held out for one measure
while their errors were read for the other (Codeium and Tempo Labs for clause presence, Cursor
for stance); they count as dev from then on, so the held-out figures shrank to the documents
that were never looked at while writing rules.
"""

from __future__ import annotations

#: Vendor folder names never looked at while writing rules. Everything else is dev.
HELD_OUT = frozenset({"Lovable", "Murf", "SOUNDRAW", "Wordtune"})


def is_held_out(document: str) -> bool:
    """Whether a document (its path under genai-terms/, or its vendor folder) is held out."""
    return document.split("/", 1)[0] in HELD_OUT
