"""Where a document introduces its parties: the words that introduce them (_anchor), the end of the
preamble, the sentence that names the parties, and the spans that list another contract's
parties."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..models import Clause
from .found import _Found
from .legal_forms import _CORP_RE, _LEGAL_END_RE, _PARTICLES

# "The parties to this Agreement are Wolfram Loeb and Harbor Studio LLC."
_PARTIES_ARE = r"parties\s+to\s+this\s+(?:agreement|contract)\s+are"
_PREAMBLE_END_RE = re.compile(
    r"\bWHEREAS\b|\bRECITALS\b|\bNOW,?\s+THEREFORE\b|\bBACKGROUND\b|\bW I T N E S S E T H\b|\bWITNESSETH\b",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(
    rf"\b(?i:between|among|{_PARTIES_ARE}):?[ \t]+"
    rf"((?:[A-Z0-9][\w&'’.,/\-]*[ \t]+|(?:{_PARTICLES})[ \t]+(?=[A-Z]|the\b)){{1,10}}?"
    r"(?:and|AND|&(?![ \t]+(?i:co)\b))[ \t]+"
    rf"(?:[A-Z0-9][\w&'’./\-]*,?[ \t]*|(?:{_PARTICLES})[ \t]+(?=[A-Z]|the\b)){{1,10}}?)"
    r"(?=[ \t]*(?:\(|Dated|dated|DATED|TABLE|Table|effective|Effective|EFFECTIVE|$|\n|\.\s|,\s+(?i:a|an|dated|effective)\s))",
    re.MULTILINE,
)
_ANCHOR_RE = re.compile(
    # "a score between 0 and 100", "between $5 and $10": amounts, not parties
    r"\b(?:by\s+and\s+between|between(?!\s+[\d$€£])|among|entered\s+into|made\s+and\s+entered|is\s+made(?!\s+available)|"
    rf"by\s+and\s+among|{_PARTIES_ARE}|"
    # "These terms apply to the service supplied by Hammerkop ... (Hammerkop) to the insurer
    # named in the Order Form (the Insurer)": the supplier and the one supplied, named together
    r"(?:supplied|provided|licensed)\s+by(?=[^.\n]{0,300}\)[^.\n]{0,20}\bto\s+(?:the|an?|you)\b))\b"
    # a line that opens with "Parties:" and lists them, or a heading "PARTIES" over a numbered
    # list of them ("PARTIES" / "(1) TARABILLA CLINICAL S.L., ...; and" / "(2) the hospital ...")
    r"|(?<![^\n])[ \t]*parties[ \t]*:"
    r"|(?<![^\n])[ \t]*(?:the[ \t]+)?parties[ \t]*\n(?=[ \t]*\n?[ \t]*\(1\))",
    re.IGNORECASE,
)


# a parenthetical definition: `("Acme")`, `(the "Supplier")`, `(together with its successors, "Vivid")`
_PARTY_DEFINITION_RE = re.compile(
    r"\((?:(?:[^()\"“”\n]|\n(?![ \t]*\n)){0,100}?[\s,])?(?:\*\*)?(?:[\"“]|['‘](?=[A-Z]))"
)


_SENTENCE_END_RE = re.compile(r"[a-z)]\.\s+(?=[#*\s\d.]*[A-Z])")


def _anchor(text: str) -> re.Match[str] | None:
    """The words that introduce the parties: the first "between", "entered into"... in the first
    8000 characters that a parenthetical definition follows within 600 characters, else the first
    one (a cover page or a table of contents can say "by and between" before the preamble does)."""
    first = None
    anchors = list(_ANCHOR_RE.finditer(text, 0, min(len(text), 8000)))
    for i, m in enumerate(anchors):
        if first is None:
            first = m
        elif m.group(0).lower() in ("between", "among"):
            continue  # a later bare "between" is rarely the preamble: "disputes between us"
        d = _PARTY_DEFINITION_RE.search(text, m.end(), m.end() + 600)
        if d is None:
            continue
        # "Part A is the agreement between Grutto and the Merchant. ... 1.1 These Terms are
        # entered into between Grutto AI B.V., ... ("Grutto")": a sentence that ends before the
        # last words introducing parties ahead of the definition is not the preamble
        later = [n for n in anchors[i + 1 :] if n.start() < d.start()]
        if not later or not _SENTENCE_END_RE.search(text, m.end(), later[-1].start()):
            return m
    # a long table of contents can push the preamble past 8000 characters: a later "made by and
    # between ... ("Franchisor")" is the preamble when the head of the text has none
    for m in _ANCHOR_RE.finditer(text, min(len(text), 8000), min(len(text), 40000)):
        if m.group(0).lower() in ("between", "among"):
            continue
        if _PARTY_DEFINITION_RE.search(text, m.end(), m.end() + 600):
            return m
    return first


_PREAMBLE_CLOSE_RE = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bIT\s+IS\s+(?:HEREBY\s+)?AGREED\b", re.IGNORECASE
)
_PARTY_RECITAL_RE = re.compile(
    r"WHEREAS\b[^;]{0,800}?\b(?:are|were|is|was)\s+(?:the\s+|each\s+)?(?:parties|a\s+party|party)\s+to\b"
    r"[^;]{0,400}",
    re.IGNORECASE,
)


_COVER_LINE_RE = re.compile(
    r"[ \t]*(?:[^\n]{0,80}[^\s,;:])?[ \t]*(?:\n|$)"
    # a filing's notice that parts were left out ("[***] Certain information ... has been omitted
    # and filed separately with the Securities and Exchange Commission ...")
    r"|[ \t]*[^\n]{0,1000}?(?i:\bomitted\b|\bconfidential\s+treatment\b|\bredacted\b)[^\n]{0,1000}(?:\n|$)"
)


def _cover_end(text: str) -> int:
    """Where the text after a document's cover lines starts: the blank lines and short lines that
    end in no comma, semicolon or colon ("EXECUTION VERSION", "Exhibit 10.4", a title, "1.
    Definitions"), at most twelve of them. With no words that introduce the parties, the first
    clause that can end the preamble is looked for from there, wherever the cover puts it."""
    at = 0
    for _ in range(12):
        m = _COVER_LINE_RE.match(text, at)
        if m is None or m.end() == at:
            break
        at = m.end()
    return at


_ATTACHMENT_RE = re.compile(r"(?:Schedule|Exhibit|Annex|Appendix|Attachment|Addendum)\b", re.I)


#: what a document's own definitions in its opening sentence name: itself and its dates
_DOCUMENT_ALIAS_RE = re.compile(
    r"(?i:agreement|amendment|addendum|contract|letter|schedule|exhibit|date|effective|term|plan)\b"
)


def _defines_a_party(text: str, start: int, end: int) -> bool:
    """A parenthetical definition between `start` and `end` that may name a party: not the
    document's own ('This Third Amendment (this "Third Amendment")') nor a date's."""
    for m in _PARTY_DEFINITION_RE.finditer(text, start, end):
        quoted = re.search(r"[\"“'‘]([^\"”'’]{1,80})", text[m.start() : m.end() + 80])
        if quoted is None or not _DOCUMENT_ALIAS_RE.search(quoted.group(1)):
            return True
    return False


def _preamble_end(text: str, clauses: list[Clause]) -> int:
    """Where the parties' paragraph ends: the recitals, or the first clause numbered 1 after the
    words that introduce the parties ("between", "among", "entered into"), within 3000 characters
    of them."""
    anchor_m = _anchor(text)
    anchor = anchor_m.start() if anchor_m else _cover_end(text)
    end = min(len(text), anchor + 3000)
    marked = False
    m = _PREAMBLE_END_RE.search(text, anchor, end)
    if m is not None and (
        anchor_m is None
        # "... by and between the parties identified in the recitals below. WHEREAS, Lanthorn
        # Optoelectronics Corporation, a Delaware corporation ("LOC"), ...": words that introduce
        # parties they neither define nor name with a corporate word ("Party A: JingWei ... Co.,
        # Ltd." names one)
        or not (
            _defines_a_party(text, anchor, m.start()) or _CORP_RE.search(text, anchor, m.start())
        )
    ):
        # an amendment that opens with its recitals: "WHEREAS, Tamber Networks, Inc. ("Tamber")
        # and Quillon Labs LLC ("Quillon") are parties to a Supply Agreement ...;"
        rm = _PARTY_RECITAL_RE.match(text, m.start())
        if rm is not None:
            return rm.end()
        # lettered recitals that define the parties, with no sentence naming them: "A. Stonecrest
        # Diagnostics, Inc., a Delaware corporation ("Stonecrest"), develops ..."
        close = _PREAMBLE_CLOSE_RE.search(text, m.end(), end)
        if close is not None and _PARTY_DEFINITION_RE.search(text, m.end(), close.start()):
            return close.start()
    if m and m.start() > anchor:
        end, marked = m.start(), True
    for c in clauses:
        if c.number and _ATTACHMENT_RE.match(c.number):
            # a filing's label on the cover ("Exhibit 10.4", "EXHIBIT A") stands before the
            # preamble; an attachment after it never ends it within 3000 characters
            continue
        if c.start > anchor + 50 and c.number and c.number.split()[-1] in ("1", "1.1", "I", "A"):
            if _GOES_ON_BEFORE_RE.search(text[max(anchor, c.start - 40) : c.start].rstrip()):
                # "BY AND AMONG\n\n1. Narmada Agro Foods Private Limited, ...": the parties
                # numbered as a list, not the first clause
                continue
            if c.start < end:
                end, marked = c.start, True
            break
    # without recitals or a first clause after the parties, read at least 600 characters
    return end if marked else max(end, min(len(text), 600))


def _party_sentence(text: str, pre_end: int) -> tuple[int, int]:
    """The span of the sentence that introduces the parties ("... between A (...) and B (...).")."""
    m = _anchor(text)
    if m is None or m.start() >= pre_end:
        return (0, 0)
    limit = min(len(text), m.end() + 1500)
    end = _SENTENCE_STOP_RE.search(text, m.end(), limit)
    while end is not None and _sentence_goes_on(text, end):
        end = _SENTENCE_STOP_RE.search(text, end.end(), limit)
    return (m.start(), end.start() if end else limit)


# a paragraph of a preamble set out in blocks that the next one goes on with: one that ends in
# "by and between" / "among:", or one the next opens with "and"
# ("BY" / NAME / "IN FAVOUR OF" / NAME: a deed's blocks)
_GOES_ON_BEFORE_RE = re.compile(
    r"(?i:\b(?:between|among|amongst|and|by|in\s+favou?r\s+of)[ \t]*:?|,)[ \t]*$"
)
# "... of the FIRST PART;" / "2. Ramesh Chandra Agarwal, ...": a party's block ended by its part,
# the next party numbered after it
_GOES_ON_PART_RE = re.compile(
    r"(?i:\bof\s+the\s+(?:first|second|third|fourth|fifth|sixth|one|other)\s+part)\s*[;,][ \t]*$"
)
# (or a party described, not named: "(2) the hospital identified in the Order Form (the "Hospital")")
_GOES_ON_NUMBERED_RE = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\))[ \t]+(?:[A-Z]|(?:the|any|each|an?)[ \t]+[a-z])"
)
_NAME_ABBREVIATION_END_RE = re.compile(r"\b(?:Jr|JR|Sr|SR|[A-Z])$")
_GOES_ON_ENTRY_RE = re.compile(
    r"[ \t]*(?:[(\d“\"a-z,;]|(?i:and)\b"
    # "Galilee Optronics Ltd.\n  Company No. 51-341227-6": the party's register number below it
    r"|(?:Company|Registration|Reg\.|Registered|I\.?D\.?|ID|Passport|ABN|ACN|CIN|UEN)\s+(?i:No\b|Number\b))"
)
_GOES_ON_AFTER_RE = re.compile(
    r"[ \t]*(?i:and|by|(?:by\s+and\s+)?(?:between|among)|in\s+favou?r\s+of)[ \t]*:?[ \t]*(?:\n|$)"
    # "BETWEEN:    Galilee Optronics Ltd.": the word and a colon, the name on its line
    r"|[ \t]*(?i:and|between|among)[ \t]*:"
)


def _sentence_goes_on(text: str, stop: re.Match[str]) -> bool:
    """The paragraph break `stop` does not end the sentence that names the parties: the parties of
    a preamble laid out in blocks ("... by and between\n\nGRANTHAM SUPPLY, INC.\n1200 Forge
    Avenue\n...\n("Grantham")\n\nand\n\nWALTER J. KOVACS\n...") stand in paragraphs of their own."""
    if "\n" not in stop.group():
        return False
    if "." in stop.group() and re.search(
        r"(?<![\w.])[A-Z]$", text[max(0, stop.start() - 3) : stop.start()]
    ):
        # "between Marcus T.\nHolloway": a middle initial at a line's end ends no sentence
        return (
            "\n\n" not in stop.group()
            and re.match(r"\s*[A-Z][A-Za-z]", text[stop.end() - 1 :]) is not None
        )
    if "." in stop.group():
        # "GRANTHAM SUPPLY, INC.\n1200 Forge Avenue", "Robert E. Lang, Jr.\n("Lang")": the stop of
        # a legal form's or a name's abbreviation, before an address, an alias in brackets or "and"
        return bool(
            (
                _LEGAL_END_RE.search(text, max(0, stop.start() - 12), stop.start() + 1)
                or _NAME_ABBREVIATION_END_RE.search(text, max(0, stop.start() - 6), stop.start())
            )
            and _GOES_ON_ENTRY_RE.match(text, stop.end())
        )
    return bool(
        _GOES_ON_BEFORE_RE.search(text, max(0, stop.start() - 20), stop.start())
        or _GOES_ON_AFTER_RE.match(text, stop.end())
        or (
            _GOES_ON_PART_RE.search(text, max(0, stop.start() - 40), stop.start())
            and _GOES_ON_NUMBERED_RE.match(text, stop.end())
        )
    )


_SENTENCE_STOP_RE = re.compile(
    # (the stop of a party's number at a line's start, "\n2. Ramesh Agarwal", ends no sentence)
    r"\.\s*\n|(?<!\n\d)(?<!\n\d\d)\.\s+(?=[A-Z])(?<!\b[A-Z]\.\s)(?<!Inc\.\s)(?<!Co\.\s)"
    # the same legal forms in capitals: "ORBITAL FREIGHT SYSTEMS, INC. F/K/A ORBITAL COURIER, INC."
    r"(?<!\bINC\.\s)(?<!\bCO\.\s)"
    # a title before a person's name ends no sentence: "between Mr. Thomas Wrenfield and ..."
    r"(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bMrs\.\s)(?<!\bDr\.\s)(?<!\bProf\.\s)(?<!\bSt\.\s)(?<!\bNo\.\s)"
    r"(?<!\bMR\.\s)(?<!\bMS\.\s)(?<!\bMRS\.\s)(?<!\bDR\.\s)"
    r"|\n\s*\n"
)


def _after_the_parties(text: str, at: int, in_sentence: list[_Found]) -> bool:
    """An entity the sentence that names the parties mentions after two parties it defined, behind
    a preposition: "... and Quillon Labs LLC ("Quillon") for the distribution of Microsoft
    Corporation software" names a product's maker, not a party."""
    defined = [f for f in in_sentence if len(f.names) > 1]
    if len(defined) < 2 or at < max(f.at for f in defined):
        return False
    return (
        re.search(
            r"\b(?:of|for|by|from|to|under|in|on|through|including|than)\s+(?:the\s+|an?\s+)?$",
            text[max(0, at - 30) : at],
            re.IGNORECASE,
        )
        is not None
    )


_OTHER_CONTRACT_RE = re.compile(
    # "that certain agreement effective as of June 25, 2013 among ...": lower case and "effective" too
    r"\b(?:Agreement|AGREEMENT|agreement|Contract|contract|CONTRACT|Lease|lease|LEASE|Plan|PLAN|"
    r"Indenture|INDENTURE)\b,?\s+(?:\([^()]{0,60}\),?\s+)?(?i:(?:dated|entered\s+into|made|effective)\b"
    # "dated as of April 2, 2015 (the "Purchase Agreement"), by and among": its own name between
    r"(?:[^;()]|\([^()]{0,60}\)){0,120}?)?\b(?i:(?:by\s+and\s+)?(?:between|among))\b"
)


_CONTENTS_RE = re.compile(
    r"^[ \t]*(?:TABLE[ \t]+OF[ \t]+CONTENTS|Table[ \t]+of[ \t]+Contents|CONTENTS|Contents|INDEX)[ \t]*$",
    re.MULTILINE,
)
_PARTIES_TO_RE = re.compile(r"\bpart(?:y|ies)\s+to\s+(?:the|that|a|an)\b", re.IGNORECASE)


def _other_contract_spans(text: str, pre_end: int) -> list[tuple[int, int]]:
    """Spans of the preamble that list the parties of another contract: from "Agreement dated ...
    between" to the end of that sentence."""
    out = []
    for m in _OTHER_CONTRACT_RE.finditer(text, 0, pre_end):
        stop = _SENTENCE_STOP_RE.search(text, m.end(), min(len(text), m.end() + 1000))
        out.append((m.end(), stop.start() if stop else min(len(text), m.end() + 1000)))
    return out


#: the words that open a list of parties at the end of the party sentence
_FOLLOWING_LIST_RE = re.compile(
    r"\b(?i:(?:each\s+of\s+)?the\s+(?:following|undersigned)\s+(?:persons|parties|entities|"
    r"stockholders|shareholders|holders|members|investors|signatories))\b[^:]{0,120}:"
)


#: the words that open a sentence, past a list label: "Pinemont will", "The Club owns"
_OPENING_WORDS_RE = re.compile(
    r"\s*(?:\([A-Za-z0-9]{1,3}\)\s+|[A-Z0-9]\.\s+)?(?:(?:The|THE|Each|EACH)\s+)?"
    r"([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})(?:['’]s)?\s+[a-z]"
)


def _opened_by_party(text: str, at: int, entity_for: Callable[[str], _Found | None]) -> bool:
    """Whether the sentence `at` stands in opens with a party already found ("Pinemont will
    operate ...", "The Club owns ..."): a sentence about what a party does, not one naming it."""
    lo = max(0, at - 600)
    start = -1
    for stop in _SENTENCE_STOP_RE.finditer(text, lo, at):
        start = stop.end()
    para = text.rfind("\n\n", lo, at)
    start = max(start, para + 2 if para >= 0 else -1)
    opening = _OPENING_WORDS_RE.match(text, start) if start >= 0 else None
    if opening is None:
        return False
    head = opening.group(1).split()
    return any(entity_for(" ".join(head[:k])) is not None for k in range(len(head), 0, -1))


#: the last word of the name of a document, not of a party: "Order Form", "Schedule 1"
_DOCUMENT_WORDS = frozenset(
    "form forms schedule exhibit appendix annex agreement contract terms order sow statement "
    "proposal quotation invoice".split()
)
#: a word in Title Case right before a definition's bracket (in capitals every word looks like a
#: name's)
_WORD_BEFORE_BRACKET_RE = re.compile(r"\b([A-Z][a-z][\w&.\-]*)[ \t]*\([ \t]*[\"“]?\s*\Z")


def _unknown_name_before(text: str, at: int, entity_for: Callable[[str], _Found | None]) -> bool:
    """A capitalised word, of no party found so far, right before the bracket of the definition at
    `at`: "Federal Aviation Administration ("FAA")"."""
    m = _WORD_BEFORE_BRACKET_RE.search(text, max(0, at - 60), at)
    # ("the hospital identified as the customer in the Order Form (the "Hospital")": the
    # document the party is identified in is no name of the party's)
    return (
        m is not None
        and m.group(1).lower() not in _DOCUMENT_WORDS
        and entity_for(m.group(1)) is None
    )


def _before(matches: Iterator[re.Match[str]], end: int) -> Iterator[re.Match[str]]:
    """The matches that start before `end`."""
    for m in matches:
        if m.start() >= end:
            return
        yield m
