"""Defined terms: the glossary a lawyer builds in the margin while reading.

Finds `"X" means ...`, `X shall mean ...`, `"X" has the meaning ...`, and parenthetical
definitions `(the "X")`, `("X")`, `(“Anysphere,” “we,” or “us”)`, with straight or curly quotes and
Markdown bold around the term. Each term keeps where it is defined (clause id and offsets of the
whole definition). Regexes over the text: linear in its length.
"""

from __future__ import annotations

import bisect
import re

from .models import Clause, DefinedTerm

_Q_OPEN = "\"“”'‘"
_TERM = r"(?:\*\*|__)?[\"“](?:\*\*|__)?([^\"“”\n]{1,80}?)(?:\*\*|__)?[\"”](?:\*\*|__)?"
_MEANS_RE = re.compile(
    _TERM + r"\s*(?:\([^()\n]{0,80}\)\s*)?(?:,\s*)?(?:shall\s+|will\s+|also\s+)?"
    r"(means?|mean|has\s+the\s+meaning|have\s+the\s+meanings?|refers?\s+to|shall\s+include|includes?|"
    r"is\s+defined|shall\s+have\s+the\s+meaning|:)"
    # ('"Excluded Claims" means:' over a list, or before its items run in: "means: (a) ...;
    # (b) ...": the list is what it means)
    r"(?=[\s,]|:\s)",
    re.IGNORECASE,
)
#: 'A "Major Release" is a new version of a Model that ...': a quoted term after an article,
#: defined by what kind of thing it is
_IS_A_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?:An?|The|Each)\s+" + _TERM + r"\s+is\s+(?:an?|any|each|every)\s"
)
_UNQUOTED_MEANS_RE = re.compile(
    r"(?:^|(?<=[\n.;]\s)|(?<=\n))((?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*)\s+shall\s+mean\b"
)
#: a term at the start of a line, unquoted, then "means" or a colon: "Client means the legal
#: entity ...", "1.4 Approval Threshold shall mean ...", "Audit Trail: the record described in
#: Article 8." (a colon only in a glossary block, `_glossary_lines`); or a table's row, term and
#: definition in cells of their own ("| Suggestion | Any code completion ... |", read as a colon)
_LINE_TERM_RE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z0-9]{1,4}\)|[-*•])[ \t]+)?(?:\*\*|__)?"
    r"([A-Z][\w\-’']*(?:[ \t]+(?:of|and|for|in|the|to|or|[A-Z][\w\-’']*)){0,5})"
    r"(?:\*\*|__)?[ \t]*(means|shall[ \t]+mean|:|\|)[ \t]+(?=\S)",
    re.MULTILINE,
)
#: first words of a line that are no term: "This means that ...", "Note: ...", the fields of a
#: notice or signature block ("Name: ...", "Attention: ...")
_NOT_A_TERM = frozenset(
    "this that it which such each any what who there here where these those otherwise note notes "
    "name title date by email e-mail tel telephone phone fax address attention attn signature "
    "signed re subject from to cc website web url contact important warning example caution "
    "tip step question answer q a".split()
)
#: a glossary block holds at least this many "Term: definition" lines in a row
_GLOSSARY_MIN = 3
# a parenthesis may wrap onto the next line of a hard-wrapped filing, never over a blank line
_PAREN_RE = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){1,300})\)")
# straight, curly, doubled (''X'', ""X"") and mismatched ("X', “X") quotes around a term
_QUOTED_RE = re.compile(
    r"[\"“](?:\*\*|__)?((?:[^\"“”\n]|\n(?![ \t]*\n)){1,60}?)(?:\*\*|__)?[,.]?(?:[\"”]|['’](?![\w]))"
    r"|(?<![\w])['‘]([^'‘’\n\"“”]{1,40}?)['’](?![\w])"
)
_PAREN_FILLER_RE = re.compile(
    r"^(?:[\s,;.*_'‘’\"“”]|\b(?:and|or|the|a|an|each|together|collectively|individually|hereinafter|sometimes|"
    r"herein|referred|to|as|called|also|jointly|severally|respectively|this|these|its|their|"
    r"with|successors|permitted|assigns|affiliates|below|hereafter|hereunder|including|"
    r"subsidiaries)\b)*$",
    re.IGNORECASE,
)
# `(in such capacity, the "Agent")`: the capacity a party signs in, before its alias
_CAPACITY_LEAD_RE = re.compile(
    r"^\s*in\s+(?:such|its|their|that)\s+capacit(?:y|ies)(?:\s+as\s+[\w\s\-]{1,40}?)?\s*,",
    re.IGNORECASE,
)
# `("Service Provider", which expression shall ... include its successors and permitted assigns)`
_EXPRESSION_TAIL_RE = re.compile(
    r"(?<=[\"”'’])\s*,?\s*(?:which|where\s+the\s+context\s+so\s+admits,?)\s+(?:expression|term|word)s?\b",
    re.IGNORECASE,
)
_LIST_BEFORE_RE = re.compile(
    r"(?:(?:\*\*)?[\"“][^\"“”\n]{1,40}[\"”](?:\*\*)?\s*(?:,|and|or|,\s*and|,\s*or)\s*)+$"
)
#: `("you" or "your", and where these Terms refer to a customer, "Customer")`
_LEADS_WITH_TERM_RE = re.compile(
    r"^\s*(?:the\s+|each\s+|collectively\s*,?\s*)?[\"“](?:\*\*)?[^\"“”\n]{1,40}[\"”]\s*(?:or|and|,)"
)
#: `(either an individual or a single entity, "User")`, `(a Delaware corporation, the "Company")`:
#: words that describe the party, a comma, then the term as the parenthesis' last words
_DESCRIBED_THEN_TERM_RE = re.compile(
    r"^[^\"“”'‘’()]{1,120},\s*(?:(?:the|hereinafter|collectively|individually|together)\s+)*(?=[\"“])"
)
#: `(for example, "free")`, `(e.g., "unlimited")`: an example quoted, not a term defined
_EXAMPLE_LEAD_RE = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.\s?g\.|i\.\s?e\.|such\s+as|including|like|namely|say)\s*,?\s*$",
    re.IGNORECASE,
)
_REFERRED_RE = re.compile(
    r"(?<!\()\b(?:(?:hereinafter|hereafter|herein)\s*,?\s+(?:(?:individually|collectively)\s+)?"
    r"(?:referred\s+to\s+as|called)\s+"
    # ", a Colorado corporation, referred to herein as "AXIOM,"": after a comma, "herein" may follow
    r"|(?<=,\s)(?:(?:individually|collectively|sometimes)\s+)?referred\s+to\s+(?:herein\s+|hereinafter\s+|below\s+)?as\s+"
    # `- hereinafter "Seller" -` of German drafting: the term right after the word
    r"|(?:hereinafter|hereafter)\s*[,:]?\s+(?=[\"“]))"
    # double quotes, or single ones around a capitalised term ("the 'Company'" of British drafting)
    r"(?:the\s+)?(?:[\"“][^\"“”\n]{1,40}[\"”']|['‘][A-Z][^'‘’\"“”\n]{0,39}['’])"
    r"(?:\s*(?:,|or|and)\s*(?:the\s+)?(?:[\"“][^\"“”\n]{1,40}[\"”']|['‘][A-Z][^'‘’\"“”\n]{0,39}['’]))*",
    re.IGNORECASE,
)
#: where a definition ends: a full stop or a semicolon before a capital, a parenthesis or a line
#: break, or a blank line; not a semicolon before the next item of a list the definition makes
#: ('"Excluded Claims" means (a) ...; (b) ...; and (c) ...')
_SENTENCE_END_RE = re.compile(
    r"(?:\.|;(?!\s*(?:(?:and|or)\s+)?\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s))(?=\s+[A-Z(“\"]|\s*\n)"
    r"|\n\s*\n"
)
#: `produces images showing how the room could look (Redesigns)`: a term in Title Case in a
#: parenthesis right after the words it names, without quotation marks (plain-English drafting);
#: read only in a document that quotes none of its terms
_UNQUOTED_PAREN_RE = re.compile(
    r"(?<=[a-z0-9’'] )\(((?:[A-Z][a-z][\w’'-]*)(?: (?:of|and|for|to|the|[A-Z][a-z][\w’'-]*)){0,3})\)"
)
#: `clause 11 (Indemnity)`, `Section 5 (Fees)`: a heading cited after its number, not a term; nor
#: an Act's jurisdiction after its year, `Act 2010 (Cth)`
_CITED_BEFORE_RE = re.compile(
    r"\b(?:sections?|clauses?|articles?|schedules?|paragraphs?|exhibits?|annex(?:es)?|parts?|"
    r"appendi(?:x|ces)|§)\s+[\w.()]{1,12}\s$|\b(?:1[89]|20)\d\d\s$",
    re.IGNORECASE,
)


def normalize_quotes(text: str) -> str:
    """`text` with the other ways of quoting a term written as straight or curly double quotes, at
    the same length (offsets stay): French guillemets ("« Vautrin »"), German low-high quotes
    ("„Falkenrath“"), a typewriter filing's doubled marks ("``Supplier''"), underscores or bold
    inside the quotes ('"_University_"'), and a bold alias in brackets without quotes
    ("(**Buyer**)")."""
    if not any(c in text for c in "«„`_*"):
        return text
    for regex, make in _QUOTE_VARIANTS:
        text = regex.sub(lambda m, make=make: _same_length(make(m), m.group(0)), text)
    return text


def _same_length(new: str, old: str) -> str:
    return new + " " * (len(old) - len(new)) if len(new) <= len(old) else old


_QUOTE_VARIANTS = [
    (re.compile(r"«[ \u00a0]?([^«»\n]{1,80}?)[ \u00a0]?»"), lambda m: f'"{m.group(1)}"'),
    (re.compile(r"„([^„“”\n]{1,80}?)[“”]"), lambda m: f"“{m.group(1)}”"),
    (re.compile(r"``([^`'\n]{1,80}?)''"), lambda m: f' "{m.group(1)}"'),
    (
        re.compile(r"([\"“])(_|\*)([^_*\n\"“”]{1,80}?)\2([\"”])"),
        lambda m: f"{m.group(1)}{m.group(3)}{m.group(4)}",
    ),
    (
        re.compile(r"\((?:\*\*|__)([A-Z][^*_()\n]{0,60}?)(?:\*\*|__)\)"),
        lambda m: f'( "{m.group(1)}" )',
    ),
]


def find_definitions(text: str, clauses: list[Clause] | None = None) -> list[DefinedTerm]:
    """Every defined term in `text`, first definition first; a term defined twice keeps both."""
    text = normalize_quotes(text)
    found: list[DefinedTerm] = []
    starts = [c.start for c in clauses or []]
    seen: set[tuple[str, int]] = set()

    def add(term: str, t_start: int, d_start: int, d_end: int) -> None:
        term = " ".join(term.split())  # a term wrapped onto the next line: "Party\nB"
        term = re.sub(r"^the\s+", "", term.strip().strip(",.").strip(), flags=re.IGNORECASE)
        if not term or len(term) > 80 or not any(ch.isalpha() for ch in term):
            return
        key = (term.lower(), t_start)
        if key in seen:
            return
        seen.add(key)
        definition = " ".join(text[d_start:d_end].split())
        found.append(
            DefinedTerm(
                term=term,
                definition=definition[:600],
                clause_id=_clause_at(clauses or [], starts, t_start),
                start=t_start,
                end=d_end,
            )
        )

    for m in _MEANS_RE.finditer(text):
        if m.group(2) == ":" and not _line_start(text, m.start()):
            continue
        end = _sentence_end(text, m.end())
        # `"Brightwater", "we", "us" and "our" mean ...`: every term of the list is defined
        lst = _LIST_BEFORE_RE.search(text[max(0, m.start() - 200) : m.start()])
        if lst is not None:
            base = max(0, m.start() - 200)
            for q in _QUOTED_RE.finditer(lst.group(0)):
                add(q.group(1) or q.group(2), base + lst.start() + q.start(), m.start(), end)
        add(m.group(1), m.start(), m.start(), end)
    for m in _IS_A_RE.finditer(text):
        # (its opening quote, where other definitions start too)
        quote = max(text.rfind('"', m.start(), m.start(1)), text.rfind("“", m.start(), m.start(1)))
        add(m.group(1), quote, quote, _sentence_end(text, m.end()))
    for m in _UNQUOTED_MEANS_RE.finditer(text):
        end = _sentence_end(text, m.end())
        add(m.group(1), m.start(1), m.start(1), end)
    for term, t_start, end in _line_terms(text):
        add(term, t_start, t_start, end)
    for m in _REFERRED_RE.finditer(text):
        # `JSC NOC KazakhOil, hereinafter referred to as the "Company", ...` (no parenthesis)
        d_start = _phrase_start(text, m.start())
        for q in _QUOTED_RE.finditer(m.group(0)):
            add(q.group(1) or q.group(2), m.start() + q.start(), d_start, m.end())
    for m in _PAREN_RE.finditer(text):
        inner = _definition_core(m.group(1))
        quoted = list(_QUOTED_RE.finditer(inner))
        if not quoted:
            continue
        rest = _QUOTED_RE.sub(" ", inner)
        if not (
            _PAREN_FILLER_RE.match(rest)
            or _LEADS_WITH_TERM_RE.match(inner)
            or _trails_with_term(inner, quoted)
        ):
            continue  # a quotation inside a parenthesis, not a definition
        d_start = _phrase_start(text, m.start())
        for q in quoted:
            add(q.group(1) or q.group(2), m.start() + 1 + q.start(), d_start, m.end())
    # unquoted terms in brackets ("Millrace House, Dublin 2 (Shikra)", bold in Markdown, its stars
    # gone): everywhere when nothing else defines a term, else in an opening that defines none
    # in quotes, where they name the parties whatever the definitions list after it holds
    opening = bool(found)
    reach = _opening_end(clauses or [], len(text)) if opening else len(text)
    if opening and any(d.start < reach for d in found):
        reach = 0  # the opening defines its terms in quotes: a bracket without them is a place
    for m in _UNQUOTED_PAREN_RE.finditer(text, 0, reach):
        if _CITED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # a cited heading, or an Act's jurisdiction: "Act 2010 (Cth)"
        if opening and not _ALIAS_END_RE.match(text, m.end()):
            continue  # a place inside a name: "Kestrel (Hong Kong) Limited", "Acme (Pty) Ltd"
        add(m.group(1), m.start(1), _phrase_start(text, m.start()), m.end())
    found.sort(key=lambda d: d.start)
    return found


#: what follows an alias in brackets: a stop, a comma, a closing bracket, "and" or "or", or the
#: end of its line
_ALIAS_END_RE = re.compile(r"[ \t]*(?:[,.;:)]|and\b|or\b|$)", re.MULTILINE)


def _opening_end(clauses: list[Clause], limit: int) -> int:
    """Where the opening ends: the start of the first clause after the preamble (none found:
    nothing is the opening)."""
    for c in clauses:
        if c.id != "c-preamble":
            return min(c.start, limit)
    return 0


def _line_terms(text: str) -> list[tuple[str, int, int]]:
    """Unquoted terms defined at the start of a line (`_LINE_TERM_RE`): (term, start, end of the
    definition). "Term means ..." stands alone; "Term: definition" only in a glossary block of
    `_GLOSSARY_MIN` such lines in a row (blank lines between them allowed), each with a
    definition of five words or more, so that "Note: ..." or a notice block's fields are none."""
    out: list[tuple[str, int, int]] = []
    block: list[tuple[str, int, int]] = []
    last_line_end = -1

    def close() -> None:
        if len(block) >= _GLOSSARY_MIN:
            out.extend(block)
        block.clear()

    for m in _LINE_TERM_RE.finditer(text):
        term = m.group(1)
        words = term.split()
        if words[0].lower() in _NOT_A_TERM or not words[-1][0].isupper():
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if m.group(2) not in (":", "|"):
            out.append((term, m.start(1), _sentence_end(text, m.end())))
            continue
        if len(text[m.end() : line_end].split()) < 5:
            continue
        if block and text[last_line_end : m.start()].strip():
            close()  # a line of something else in between: the block before has ended
        block.append((term, m.start(1), line_end))
        last_line_end = line_end
    close()
    return out


def _trails_with_term(inner: str, quoted: list[re.Match[str]]) -> bool:
    """`(either an individual or a single entity, "User")`: a description of the party, a comma,
    and the quoted term (or terms) closing the parenthesis."""
    lead = _DESCRIBED_THEN_TERM_RE.match(inner)
    if (
        lead is None
        or quoted[0].start() != lead.end()
        or _EXAMPLE_LEAD_RE.search(inner[: lead.end()])
    ):
        return False
    return bool(_PAREN_FILLER_RE.match(_QUOTED_RE.sub(" ", inner[lead.end() :])))


def _definition_core(inner: str) -> str:
    """The part of a parenthesis that can define a term, at the same offsets: a leading capacity
    (`in such capacity,`) is blanked, and a trailing clause about the term (`, which expression
    shall include its successors ...`) cut off."""
    lead = _CAPACITY_LEAD_RE.match(inner)
    if lead is not None:
        inner = " " * lead.end() + inner[lead.end() :]
    tail = _EXPRESSION_TAIL_RE.search(inner)
    return inner[: tail.start()] if tail is not None else inner


def glossary(definitions: list[DefinedTerm]) -> dict[str, DefinedTerm]:
    """Lower-cased term -> its first definition."""
    out: dict[str, DefinedTerm] = {}
    for d in definitions:
        out.setdefault(d.term.lower(), d)
    return out


def _clause_at(clauses: list[Clause], starts: list[int], offset: int) -> str | None:
    i = bisect.bisect_right(starts, offset) - 1
    return clauses[i].id if i >= 0 else None


def _line_start(text: str, at: int) -> bool:
    j = text.rfind("\n", 0, at)
    return not text[j + 1 : at].strip(" \t*#>-")


def _sentence_end(text: str, at: int, limit: int = 800) -> int:
    m = _SENTENCE_END_RE.search(text, at, min(len(text), at + limit))
    return m.end() if m else min(len(text), at + limit)


def _phrase_start(text: str, paren: int, limit: int = 200) -> int:
    """Where the noun phrase a parenthetical defines begins: after the last sentence or clause
    break before it."""
    lo = max(0, paren - limit)
    window = text[lo:paren]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"), window.rfind(":"))
    for word in (" between ", " among ", " by and between ", " and "):
        k = window.rfind(word)
        if k > cut:
            cut = k + len(word) - 1
    start = lo + cut + 1 if cut >= 0 else lo
    while start < paren and text[start].isspace():
        start += 1
    return start
