"""A sentence splitter for legal text, as a spaCy component (`legal_sentencizer`).

spaCy's rule sentencizer splits at every full stop; legal text is full of full stops that end
nothing: "Acme, Inc.", "Sec. 4", "e.g.", "U.S.", "9.2." before a heading, "et al.". This
component splits only where a sentence really ends, never inside a parenthesis or a quoted term,
and at line breaks that end a paragraph or a heading. The rules run only on the tokens that can
change something (about one in six); the rest is numpy over token attributes, so it runs several
times faster than the tokenizer (`benchmarks/structure.py` prints both).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .extract.layout import DANGLING_WORDS

COMPONENT_NAME = "legal_sentencizer"

#: Words that, followed by ".", do not end a sentence (lower case, without the dot).
ABBREVIATIONS = frozenset(
    (
        "inc ltd co corp l.l.c llc l.p lp llp plc n.v b.v s.a s.a.s gmbh a.g pty pte u.s u.k u.s.a "
        "e.u e.g i.e etc et al no nos sec secs art arts para paras cl cls sch ch v vs mr mrs ms dr "
        "st jr sr approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec min max "
        "incl excl p pp ex exh attn ref n.a viz rs bros assn govt intl mfg cf ibid id a.m p.m "
        # citations: "14 C.F.R. Part 107", "42 U.S.C. Section 1983"
        "c.f.r u.s.c"
    ).split()
)

_OPEN_QUOTES = {"“": "”", "‘": "’"}
_ENDERS = frozenset(".!?")
_CLOSERS = frozenset(')"”’]')
_NL = ord("\n")
#: one-character tokens that change the bracket or quote state
_MARKS = frozenset('()[]“‘”’"')
# classes of a word, as bits
_SPACE, _LINE, _ENDS_NL, _EVENT, _UNCOUNTED = 1, 2, 4, 8, 16
_SECTION_WORDS = frozenset(
    [
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
    ]
)
_QUOTE_REACH = 60  # tokens a quote may stay open before it is taken to be a stray mark
#: a line at least this long that ends in a colon may be full: a hard wrap can have put the break
#: after the colon
_FULL_LINE = 60
#: the start of a line that goes on with the sentence a colon at the end of the line above left
#: open: a link ("[our policy](https://...), which ...", "<https://...>, which ...") or a quoted
#: phrase then words in lower case ("“Powered by Acme” on each page"); never a definition
#: ("“Customer Data” means ...", "“Customer” or “you” shall mean ...") nor a list of links
_RUNS_ON_AFTER_COLON_RE = re.compile(
    r"(?:\[[^\]\n]{1,200}\]\([^()\s]{1,300}\)|<(?:https?://|www\.)[^>\s]{1,300}>)(?=[,;)]|[ \t]+[a-z])"
    r"|[“\"][^”\"\n]{1,60}[”\"](?=[ \t]+[a-z])"
    r"(?![ \t]+(?:means?|shall|has|have|refers?|includes?|is|are|will|or|and|as|in|when|with|used|"
    r"defined)\b)"
)


#: a run of white space holding two line breaks, up to the next word
_PARAGRAPH = re.compile(r"\n\s*\n\s*(?=\S)")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets in `text` where a sentence always starts and nothing carries over from before.

    The tokenizer never joins across white space, and `legal_sentencizer` treats a white-space
    token holding two line breaks as a paragraph end: brackets and quotes are closed, and the word
    after it starts a sentence when it can start one or comes right after the blank line. Text
    cut at these offsets is tokenised and split into sentences exactly as the whole text is, so
    each stretch can be read on its own (`prefilter.py` skips stretches no rule can match).
    """
    out = []
    for m in _PARAGRAPH.finditer(text):
        p = m.end()
        if text[p - 2 : p] == "\n\n":
            out.append(p)
        elif _can_start(text[p]):
            lead = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            nl = text.find("\n", p)
            line = text[p : nl if nl >= 0 else len(text)]
            word = line.split(None, 1)[0] if line.strip() else line
            if not _caps_item(lead.rstrip(), lead, word, line):
                out.append(p)
    return out


#: a token of Markdown emphasis markers alone ("*", "**", "_", "__")
_EMPHASIS = re.compile(r"[*_]{1,3}")


def add_legal_sentencizer(nlp: Language) -> None:
    """Add the legal splitter to `nlp` (before any other component that reads sentences)."""
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, first=True)


@Language.component(COMPONENT_NAME)
def legal_sentencizer(doc: Doc) -> Doc:
    if len(doc):
        starts = sentence_starts(doc)
        # SENT_START is 1 (starts) or -1 (does not), stored as uint64 the way spaCy's arrays are
        arr = np.where(starts, 1, -1).astype(np.int64).view(np.uint64)
        doc.from_array([SENT_START], arr.reshape(-1, 1))
    return doc


def sentence_starts(doc: Doc) -> np.ndarray:
    """For each token, whether it starts a sentence (a bool array).

    Most tokens are plain words that change nothing. Each distinct word is classified once, numpy
    spreads the classes over the tokens and finds the few that can change something (line breaks,
    brackets, quotes, full stops), and the rules run in Python on those alone. `doc.text` is never
    built: it would make a Python object per token, which costs more than the rules."""
    n = len(doc)
    starts = np.zeros(n, dtype=bool)
    if not n:
        return starts
    starts[0] = True
    # each distinct word is classified once (and remembered); tokens take their word's classes
    arr = doc.to_array([ORTH, SPACY, IDX])
    strings = doc.vocab.strings
    kinds = _KINDS.of(arr[:, 0], strings)
    space = (kinds & _SPACE) > 0
    trailing = arr[:, 1].astype(bool)
    line_break = (kinds & _LINE) > 0
    after_nl = np.zeros(n, dtype=bool)
    # a newline right before a token that no line-break token precedes (a Doc built from words)
    after_nl[1:] = ((kinds[:-1] & _ENDS_NL) > 0) & ~trailing[:-1] & ~line_break[:-1] & ~space[1:]
    events = np.flatnonzero(line_break | after_nl | ((kinds & _EVENT) > 0)).tolist()
    # tokens a quote counts towards its reach: not spaces, brackets or opening quotes
    counted = np.concatenate(([0], np.cumsum((kinds & _UNCOUNTED) == 0))).tolist()
    orth_l = arr[:, 0].tolist()
    idx_l = arr[:, 2].astype(np.int64).tolist()
    trail_l = trailing.tolist()
    space_l = space.tolist()

    def tok(i: int) -> str:
        return strings[orth_l[i]]

    def before(i: int, k: int) -> str:
        """The last `k` characters of the text before token `i`."""
        out = ""
        m = i - 1
        while len(out) < k and m >= 0:
            out = tok(m) + (" " if trail_l[m] else "") + out
            m -= 1
        return out[-k:]

    def start_after(i: int) -> None:
        """The next real token after the stop (or closing mark) at `i` starts a sentence when
        it looks like a start."""
        j = i + 1
        while j < n and len(tok(j)) == 1 and tok(j) in _CLOSERS:
            j += 1
        while j < n and space_l[j]:
            if "\n" in tok(j):
                return
            j += 1
        if j < n and not space_l[j] and _can_start(tok(j)):
            starts[j] = True

    def stop_before(i: int) -> bool:
        """Whether the token before the closing mark at `i` is a stop that ends a sentence:
        "." "!" "?" that no abbreviation or number owns, or a word's own full stop."""
        if i < 2:
            return False
        prev = tok(i - 1)
        if prev in ("!", "?"):
            return True
        if prev == ".":
            return not _abbrev_before(tok, i - 1, idx_l, line_first_tok)
        return (
            prev.endswith(".")
            and len(prev) > 1
            and prev[:-1].lower() not in ABBREVIATIONS
            and not _is_number_or_initial(prev[:-1])
        )

    def bullet_item(j: int) -> bool:
        """A list bullet before an item's label ("- (b) not configure ..."): the item starts, as
        "(b)" at a line's start does; so does a bullet before a word that can start a sentence
        ("... at any time." over "- We will make reasonable efforts to announce ..."), also inside
        a Markdown quote ("> - We may change the AI model ...")."""
        if tok(j) == ">" and j + 1 < n and tok(j + 1) in _BULLETS:
            j += 1
        return (
            tok(j) in _BULLETS
            and j + 1 < n
            and (tok(j + 1) == "(" or (not space_l[j + 1] and _can_start(tok(j + 1))))
        )

    def line_from(j: int) -> str:
        """The text of the line that starts at token `j`."""
        out = []
        while j < n and "\n" not in tok(j):
            out.append(tok(j) + (" " if trail_l[j] else ""))
            j += 1
        return "".join(out)

    def _colon_wrap(prev: str, line_len: int, j: int) -> bool:
        """A colon that ends a full line, before a line that goes on with its sentence: a hard
        wrap's break ("... available at:" over "[our policy](https://...), which ..."), no end."""
        return (
            prev[-1] == ":"
            and line_len >= _FULL_LINE
            and j < n
            and tok(j)[:1] in ("[", "<", "“", '"')
            and _RUNS_ON_AFTER_COLON_RE.match(line_from(j)) is not None
        )

    depth = 0  # parentheses open
    quote = ""  # closing quote we wait for
    quote_at = 0  # index of the token that opened the quote
    straight_at = -1  # index of an open straight quote, -1 when none
    line_start = 0
    line_first_tok = 0
    # the current line began afresh (text start, blank line, or a break before it) and holds no
    # stop: only such a short line can end a sentence by being short; a line that continues a
    # wrapped sentence ('PROVIDED "AS IS". WE DO NOT WARRANT THAT' at 40 columns) never does
    line_fresh = True
    # the current line is an item in capitals that goes on with a lead-in in lower case ("You
    # may not:" over "COPY THE SERVICE;"): the list's next item in capitals goes on too
    # (`_caps_next_item`), as the same items in lower case do
    caps_list = False
    for i in events:
        t = tok(i)
        if space_l[i]:
            nl = t.count("\n")
            line_len = idx_l[i] - line_start
            line_start = idx_l[i] + len(t)
            prev = tok(i - 1) if i else ""
            # the line this break ends, read only when it ends a lead-in ("You may not:")
            lead = line_from(line_first_tok) if prev.endswith(":") else ""
            pending = False
            if nl >= 2:
                pending, depth, quote, straight_at = True, 0, "", -1
            elif prev and (
                # a stop at a line's end ends the sentence, but not an abbreviation's ("the
                # U.S.\nGovernment"), nor a semicolon or colon inside brackets ("6 (Ownership;\n
                # Proprietary Rights)"): a hard wrap put the break there
                (prev[-1] in ".!?" and not _abbrev_at_end(tok, i, idx_l, line_first_tok))
                or (prev[-1] in ":;" and depth == 0 and not _colon_wrap(prev, line_len, i + 1))
                or (
                    line_fresh
                    and line_len < 60
                    and prev[-1] not in ",("
                    and prev.lower() not in DANGLING_WORDS
                    and not _runs_on(tok, i + 1, n)
                )
            ):
                pending = True
            line_fresh = pending or not prev
            ended_at, line_first_tok = line_first_tok, i + 1
            j = i + 1
            while j < n and space_l[j]:
                j += 1
            if prev == "|" and j < n and tok(j) == "|" and nl < 2:
                # a table row over the next ("| Model Version | a version of ... |" over "|
                # Non-excludable Guarantee | a guarantee ... |"): each row is read on its own
                starts[j] = True
                depth, quote, straight_at = 0, "", -1
            item = False
            if pending and j < n and not starts[j]:
                # the line is read only where an item in capitals can go on (after a lead-in's
                # colon, or in a list of such items): building it token by token for every line
                # break cost more than the rest of the splitter
                word = tok(j)
                line = line_from(j) if prev.endswith(":") or (caps_list and nl < 2) else ""
                item = _caps_item(prev, lead, word, line) or (
                    caps_list and nl < 2 and _caps_next_item(line_from(ended_at), word, line)
                )
                starts[j] = ((_can_start(word) or bullet_item(j)) and not item) or before(
                    j, 2
                ) == "\n\n"
            elif (
                j < n
                and depth == 0
                and prev.lower() in ("and", "or")
                and i >= 2
                and tok(i - 2) == ";"
                and (tok(j) == "(" or bullet_item(j))
            ):
                # "...; and" over "(c) make sure that ...": the list's last item starts, as the
                # items after a plain ";" do
                starts[j] = True
            if pending or nl >= 2:
                caps_list = item and not starts[j]
            continue
        at = idx_l[i]
        # the token right after a newline inside the token stream (no space token between)
        if i and i != line_first_tok and before(i, 1) == "\n":
            line_len = at - 1 - line_start
            prev = tok(i - 1)
            brk = before(i, 2) == "\n\n"
            ends = (
                brk
                or (prev and prev[-1] in ".:;!?" and not _colon_wrap(prev, line_len, i))
                or (
                    line_fresh
                    and line_len < 60
                    and prev[-1] not in ",("
                    and prev.lower() not in DANGLING_WORDS
                    and _can_start(t)
                )
            ) and depth == 0
            if ends:
                starts[i] = (
                    starts[i] or _can_start(t) or bullet_item(i) or prev[-1] in ".:;!?" or brk
                )
            line_fresh = bool(ends or brk)
            line_start = at
            line_first_tok = i
        # bookkeeping of brackets and quotes
        if t == "(" or t == "[":
            depth += 1
            continue
        if t == ")" or t == "]":
            if depth:
                depth -= 1
                if depth == 0 and not quote and stop_before(i):
                    start_after(i)  # "(see Section 4 for details.) A ...": the stop ends it
            continue
        if t in _OPEN_QUOTES:
            quote, quote_at = _OPEN_QUOTES[t], i
            continue
        if quote:
            if counted[i] - counted[quote_at + 1] <= _QUOTE_REACH:
                if t == quote or counted[i + 1] - counted[quote_at + 1] > _QUOTE_REACH:
                    quote = ""
                    if t != quote and depth == 0 and stop_before(i):
                        start_after(i)
                continue
            quote = ""  # ran out of reach before this token
        if t == '"':
            if straight_at >= 0 and depth == 0 and stop_before(i):
                start_after(i)  # 'the "Repeat Infringers." A ...': the stop ends the sentence
            straight_at = -1 if straight_at >= 0 else i
            continue
        if straight_at >= 0:
            if counted[i + 1] - counted[straight_at + 1] > _QUOTE_REACH:
                straight_at = -1
            else:
                continue
        if depth:
            continue
        stop = t[0] in _ENDERS
        if not (
            stop
            and t.strip(".!?") == ""
            or (
                t.endswith(".")
                and len(t) > 1
                and t[:-1].lower() not in ABBREVIATIONS
                and not _is_number_or_initial(t[:-1])
            )
        ):
            continue
        if stop and i and _abbrev_before(tok, i, idx_l, line_first_tok):
            continue
        start_after(i)
        line_fresh = False  # a sentence begun mid-line: this line is running text, not a heading
    # "**Don't use Plumo to:**": a sentence starts at its first word, not at the Markdown markers
    # of emphasis before it (they close the sentence before), so that a pattern anchored at a
    # sentence's start reads a bold or italic lead-in too
    for i in np.flatnonzero(starts).tolist():
        j = i
        while j < n and _EMPHASIS.fullmatch(tok(j)):
            j += 1
        # (only before a word or an opening mark: "*, " is no emphasis over a sentence)
        if i < j < n and not space_l[j] and (tok(j)[:1].isalnum() or tok(j)[:1] in "“\"‘'([§#"):
            starts[j] = True
            if i:
                starts[i] = False
        # "- Do not use the Service to ...": the words of a list item start a sentence of their
        # own after the bullet (an item's label in brackets, "- (a) ensure ...", stays with its
        # words, as rules read such items whole; a number stays too: "9.2. Limitation of
        # Liability." is a section's number and heading)
        k = _after_list_mark(tok, j, n)
        if k is not None and k < n and not space_l[k] and tok(k)[:1].isalpha():
            starts[k] = True
    return starts


def _after_list_mark(tok: Any, j: int, n: int) -> int | None:
    """The token after a list bullet at `j` ("-", "•", "*"), or None when `j` holds none or the
    bullet stands before an item's label."""
    if j >= n:
        return None
    t = tok(j)
    if t in _BULLETS and j + 1 < n and tok(j + 1) != "(":
        return j + 1
    return None


class _KindTable:
    """The classes of every word seen, by its ORTH hash (the same in every vocab), as two sorted
    arrays: a doc's words are looked up in one vectorised search, and only new words are
    classified in Python. Emptied when it grows past `limit` words."""

    def __init__(self, limit: int = 1_000_000) -> None:
        self.limit = limit
        self.keys = np.zeros(0, dtype=np.uint64)
        self.kinds = np.zeros(0, dtype=np.uint8)

    def of(self, orth: np.ndarray, strings: Any) -> np.ndarray:
        """The classes of each token, given the tokens' ORTH hashes."""
        at = np.searchsorted(self.keys, orth)
        known = at < len(self.keys)
        known[known] = self.keys[at[known]] == orth[known]
        if known.all():
            return self.kinds[at]
        new = np.unique(orth[~known])
        if len(self.keys) + len(new) > self.limit:
            self.keys, self.kinds = self.keys[:0], self.kinds[:0]
            new = np.unique(orth)
        kinds = np.array([_word_kind(strings[int(h)]) for h in new], dtype=np.uint8)
        if not len(self.keys):
            self.keys, self.kinds = new, kinds
        else:
            where = np.searchsorted(self.keys, new)
            self.keys = np.insert(self.keys, where, new)
            self.kinds = np.insert(self.kinds, where, kinds)
        return self.kinds[np.searchsorted(self.keys, orth)]


def _word_kind(w: str) -> int:
    """The classes of one distinct word: a space, a line break, a mark or stop the rules read,
    or a token that a quote does not count."""
    if w.isspace():
        kind = _SPACE | _UNCOUNTED
        if "\n" in w:
            kind |= _LINE
        if w.endswith("\n"):
            kind |= _ENDS_NL
        return kind
    kind = 0
    if w[-1] in _ENDERS or (len(w) == 1 and w in _MARKS):
        kind |= _EVENT
    if w in ("(", ")", "[", "]", "“", "‘"):
        kind |= _UNCOUNTED
    return kind


_KINDS = _KindTable()


#: list bullets, as segment.py reads them before an item label ("- (a)")
_BULLETS = frozenset(["-", "–", "•", "*", "+"])


def _can_start(t: str) -> bool:
    c = t[0]
    return c.isupper() or c.isdigit() or c in "“\"(‘'[§*#"


def _caps_item(prev: str, lead: str, word: str, line: str) -> bool:
    """A line in capitals under a lead-in in lower case ("You may not:" over "ACCESS OR USE THE
    SERVICES IF ..."): its first word's capital says nothing, as the line is typed in capitals,
    so it is read as the same word in lower case would be, an item going on with the lead-in's
    sentence. A label ("(A)", "1.") or a lead-in in capitals keeps its start."""
    lead = _STOPS_RE.split(lead)[-1]  # the lead-in's own sentence, not one before it
    if not (prev.endswith(":") and word[:1].isalpha() and any(c.islower() for c in lead)):
        return False
    return _all_caps(line)


def _caps_next_item(item: str, word: str, line: str) -> bool:
    """The line after an item in capitals that goes on with its lead-in's sentence (`_caps_item`),
    in the same paragraph: the next item of the same list when the item says the list goes on
    (it ends on ";", "," or "; AND" / "; OR") and the line is in capitals too with no label
    ("(B)", "2.") of its own, its capital as mute as the first item's. After an item that ends on
    a full stop the capital may start a sentence, as it would in lower case."""
    return bool(ITEM_GOES_ON.search(item)) and word[:1].isalpha() and _all_caps(line)


def _all_caps(line: str) -> bool:
    """A line of at least three words and no letter in lower case."""
    return len(_WORDS_RE.findall(line)) >= 3 and not any(c.islower() for c in line)


_WORDS_RE = re.compile(r"[^\W\d_]+")
#: an item that says the list goes on: it ends on ";" or ",", or "; and" / ", or" / "and/or"
ITEM_GOES_ON = re.compile(r"(?:[;,]|\b(?:and|or|and/or))\s*$", re.IGNORECASE)
_STOPS_RE = re.compile(r"[.!?][”\"’')\]]*\s+")


def _is_number_or_initial(s: str) -> bool:
    return (len(s) == 1 and s.isalpha()) or s.replace(".", "").isdigit()


def _label_word(w: str) -> bool:
    return len(w) == 1 or set(w.lower()) <= set("ivxl")


def _abbrev_at_end(tok, i: int, idx: list[int], line_first_tok: int) -> bool:
    """Whether the full stop before the line break at `i` belongs to an abbreviation or an
    initial ("U.S.", "Inc.", "J."), not to a sentence."""
    prev = tok(i - 1)
    if prev == ".":
        return i >= 2 and _abbrev_before(tok, i - 1, idx, line_first_tok)
    return prev[:-1].lower() in ABBREVIATIONS or _is_number_or_initial(prev[:-1])


def _runs_on(tok, j: int, n: int) -> bool:
    """Whether the line starting at token `j` goes on with the sentence above it: it opens on a
    word in lower case, or on a bracket around one that is no item's label ("... Copyright
    Act\n(the “DMCA”) alleging ...")."""
    if j >= n or not tok(j):
        return False
    t = tok(j)
    if t[0].islower():
        return True
    return t == "(" and j + 2 < n and tok(j + 1).islower() and tok(j + 2) != ")"


def _opens_capital(tok, j: int) -> bool:
    """Whether the token at `j` starts with a capital (False past the document's end)."""
    try:
        return tok(j)[:1].isupper()
    except IndexError:  # the document's last token
        return False


def _abbrev_before(tok, i: int, idx: list[int], line_first_tok: int) -> bool:
    """Whether the full stop at `i` belongs to the word before it (an abbreviation, an initial,
    or a clause number at the start of a line like `9.2.`)."""
    prev = tok(i - 1)
    if idx[i] != idx[i - 1] + len(prev):
        return False  # space before the stop
    low = prev.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if len(prev) == 1 and prev.isalpha() and prev.isupper():
        return True  # an initial: "J. Smith", "Section K."
    # "9.2." or "1." or "A." as a clause number at the start of a line; "Section 9.2." mid-line
    # before a word in lower case ("in Section 9.2. the Customer shall"): before a capital the
    # number ends the sentence ("liability is capped in clause 13.3. Instead, ...")
    line_first = i - 1 == line_first_tok
    return (
        prev.replace(".", "").isdigit()
        # a letter or a roman numeral as a label ("A.", "iv."); "USA." ends a sentence
        or (len(prev) <= 3 and prev.isalpha() and line_first and _label_word(prev))
    ) and (
        line_first
        or (
            i >= 2
            and tok(i - 2).lower().rstrip(".") in _SECTION_WORDS
            # ("Section 9.2. Indemnification." opening a line is a heading's label)
            and (i - 2 == line_first_tok or not _opens_capital(tok, i + 1))
        )
    )
