"""A sentence splitter for legal text, as a spaCy component (`legal_sentencizer`).

spaCy's rule sentencizer splits at every full stop; legal text is full of full stops that end
nothing: "Acme, Inc.", "Sec. 4", "e.g.", "U.S.", "9.2." before a heading, "et al.". This
component splits only where a sentence really ends, never inside a parenthesis or a quoted term,
and at line breaks that end a paragraph or a heading. One pass over the tokens, no lookups beyond
a frozenset, so it keeps up with the tokenizer.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "legal_sentencizer"

#: Words that, followed by ".", do not end a sentence (lower case, without the dot).
ABBREVIATIONS = frozenset(
    [
        "inc",
        "ltd",
        "co",
        "corp",
        "l.l.c",
        "llc",
        "l.p",
        "lp",
        "llp",
        "plc",
        "n.v",
        "b.v",
        "s.a",
        "s.a.s",
        "gmbh",
        "a.g",
        "pty",
        "pte",
        "u.s",
        "u.k",
        "u.s.a",
        "e.u",
        "e.g",
        "i.e",
        "etc",
        "et",
        "al",
        "no",
        "nos",
        "sec",
        "secs",
        "art",
        "arts",
        "para",
        "paras",
        "cl",
        "cls",
        "sch",
        "ch",
        "v",
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "approx",
        "dept",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "min",
        "max",
        "incl",
        "excl",
        "p",
        "pp",
        "ex",
        "exh",
        "attn",
        "ref",
        "n.a",
        "viz",
        "cf",
        "ibid",
        "id",
    ]
)

_OPEN_QUOTES = {"“": "”", "‘": "’"}
_ENDERS = frozenset(".!?")
_CLOSERS = frozenset(')"”’]')


def add_legal_sentencizer(nlp: Language) -> None:
    """Add the legal splitter to `nlp` (before any other component that reads sentences)."""
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, first=True)


@Language.component(COMPONENT_NAME)
def legal_sentencizer(doc: Doc) -> Doc:
    starts = sentence_starts(doc)
    if len(doc):
        # SENT_START is 1 (starts) or -1 (does not), stored as uint64 the way spaCy's arrays are
        arr = np.where(np.array(starts, dtype=bool), 1, -1).astype(np.int64).view(np.uint64)
        doc.from_array([SENT_START], arr.reshape(-1, 1))
    return doc


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence. The rules, in one pass."""
    n = len(doc)
    texts = [t.text for t in doc]
    text = doc.text
    idx = [t.idx for t in doc]
    starts = [False] * n
    if not n:
        return starts
    starts[0] = True
    depth = 0  # parentheses open
    quote = ""  # closing quote we wait for
    quote_len = 0
    straight_open = False
    pending = False  # a sentence end seen, waiting for the next real token
    line_start = 0
    line_first_tok = 0
    for i in range(n):
        t = texts[i]
        first = t[0]
        if first.isspace() and t.isspace():
            nl = t.count("\n")
            if nl:
                line_len = idx[i] - line_start
                line_start = idx[i] + len(t)
                prev = texts[i - 1] if i else ""
                if nl >= 2:
                    pending, depth, quote, straight_open = True, 0, "", False
                elif prev and (prev[-1] in ".:;!?" or (line_len < 60 and prev[-1] not in ",(")):
                    pending = True
                line_first_tok = i + 1
            continue
        if pending:
            if i and not starts[i]:
                starts[i] = _can_start(t) or _after_break(text, idx[i])
            pending = False
        # the token right after a newline inside the token stream (no space token between)
        if i and idx[i] > 0 and text[idx[i] - 1] == "\n" and i != line_first_tok:
            line_len = idx[i] - 1 - line_start
            prev = texts[i - 1]
            if (
                text[idx[i] - 2 : idx[i]] == "\n\n"
                or (prev and prev[-1] in ".:;!?")
                or (line_len < 60 and prev[-1] not in ",(" and _can_start(t))
            ) and depth == 0:
                starts[i] = starts[i] or _can_start(t) or prev[-1] in ".:;!?"
                if text[idx[i] - 2 : idx[i]] == "\n\n":
                    starts[i] = True
            line_start = idx[i]
            line_first_tok = i
        # bookkeeping of brackets and quotes
        if t == "(" or t == "[":
            depth += 1
            continue
        if t == ")" or t == "]":
            if depth:
                depth -= 1
            continue
        if first in _OPEN_QUOTES and len(t) == 1:
            quote, quote_len = _OPEN_QUOTES[first], 0
            continue
        if quote:
            quote_len += 1
            if t == quote or quote_len > 60:
                quote = ""
            continue
        if t == '"':
            straight_open = not straight_open
            quote_len = 0
            continue
        if straight_open:
            quote_len += 1
            if quote_len > 60:
                straight_open = False
        if depth or straight_open:
            continue
        if (
            first in _ENDERS
            and t.strip(".!?") == ""
            or (
                t.endswith(".")
                and len(t) > 1
                and t[:-1].lower() not in ABBREVIATIONS
                and not _is_number_or_initial(t[:-1])
            )
        ):
            if t[0] in _ENDERS and i and _abbrev_before(texts, i, idx, text, line_first_tok):
                continue
            # the next real token starts the sentence when it looks like a start
            j = i + 1
            while j < n and texts[j] in _CLOSERS:
                j += 1
            while j < n and texts[j].isspace():
                if "\n" in texts[j]:
                    break
                j += 1
            if j < n and not texts[j].isspace() and _can_start(texts[j]):
                starts[j] = True
    return starts


def _can_start(t: str) -> bool:
    c = t[0]
    return c.isupper() or c.isdigit() or c in "“\"(‘'[§*#"


def _after_break(text: str, at: int) -> bool:
    """A lower-case word after a paragraph break still starts a new unit."""
    return text[max(0, at - 2) : at] == "\n\n"


def _is_number_or_initial(s: str) -> bool:
    return (len(s) == 1 and s.isalpha()) or s.replace(".", "").isdigit()


def _abbrev_before(
    texts: list[str], i: int, idx: list[int], text: str, line_first_tok: int
) -> bool:
    """Whether the full stop at `i` belongs to the word before it (an abbreviation, an initial,
    or a clause number at the start of a line like `9.2.`)."""
    prev = texts[i - 1]
    if idx[i] != idx[i - 1] + len(prev):
        return False  # space before the stop
    low = prev.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if len(prev) == 1 and prev.isalpha() and prev.isupper():
        return True  # an initial: "J. Smith", "Section K."
    if prev.replace(".", "").isdigit() or (
        len(prev) <= 3 and prev.isalpha() and i - 1 == line_first_tok
    ):
        # "9.2." or "1." or "A." as a clause number at the start of a line; "Section 9.2." mid-line
        if i - 1 == line_first_tok or (
            i >= 2
            and texts[i - 2].lower().rstrip(".")
            in (
                "section",
                "sections",
                "sec",
                "article",
                "clause",
                "§",
                "no",
                "paragraph",
                "schedule",
                "exhibit",
            )
        ):
            return True
    return False
