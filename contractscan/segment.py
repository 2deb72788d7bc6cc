"""Document -> Clause tree: numbered and headed units the way a lawyer cites them.

One pass over the lines (linear in the text). Each line is tested for a clause start: a number
(`1.`, `1.1`, `L.3`, `(a)`, `(i)`, `Article IV`, `Section 5`, `Clause 7.2`, `§ 5`, `Schedule 2`), or a heading
(Markdown `#`, setext, a bold line, an ALL CAPS line, a short Title Case line, a run-in heading
`Limitation of Liability.` at the start of a paragraph). A stack of open numbering styles gives
each clause its parent.

Conventions (the seam other stages read):
- `Clause.text` runs from the clause's start (its number/heading line included) to the start of
  the next clause in document order, trailing whitespace dropped. A parent's text is therefore its
  own lead-in only: leaf text is never duplicated in its parents. Every character after the first
  clause belongs to exactly one clause; text before it becomes the clause `c-preamble`.
- `number` is the number as cited: "9.2", "L.3", "Article IV", "Schedule 2"; an enumeration is
  composed with its parent's number ("9.2(b)", "9.2(b)(i)"). `Section 5`, `Clause 5` and `§ 5`
  give "5".
- ids: `c-<number>` (`c-9.2`, `c-L.3(b)`), `c-schedule-2-<number>` inside a schedule,
  `c-<heading-slug>` for unnumbered headed clauses, `p-<n>` for plain paragraphs,
  `c-preamble`, `c-signatures`; a clash gets a `~2`, `~3` suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .models import Clause, Document, Notice

# --------------------------------------------------------------------------- patterns

_SMALL_WORDS = frozenset(
    (
        "a an the of and or to for in on by with at from as per vs its not no into under upon "
        "these this that our your their"
    ).split()
)
_ABBREV_END = frozenset(
    (
        "inc ltd co corp llc l.l.c lp llp plc s.a gmbh ag bv nv no nos sec art mr mrs ms dr st u.s "
        "u.k e.g i.e etc vs v"
    ).split()
)
_DECOR_RE = re.compile(r"^(?:#{1,6}\s+|>\s*)")
#: a list bullet before an enumerator ("- (a) make sure that ..."): the item is the enumerated one
_BULLET_ENUM_RE = re.compile(r"^[-*+•–]\s+(?=\((?:[a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)\s)")
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_RE = re.compile(r"^\s*(?:=+|-+)\s*$")
#: bold markers, and a single "*" or "_" opening or closing an italic run ("*Where data comes
#: from.*"), not one inside a word ("snake_case") or standing alone ("* item", "fees *")
_BOLD_RE = re.compile(r"\*\*|__|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
#: a bold label alone before its text (after the opening "**"): "**7.1** We will ...",
#: "**Clause 7** We will ...", "**Clause 7.1** We will ..."
_BOLD_NUMBER_RE = re.compile(
    r"^((?:(?:SECTION|Section|CLAUSE|Clause)\s+\d{1,4}(?:\.\d{1,3})*|\d{1,4}(?:\.\d{1,3})+)\.?)"
    r"(?:\*\*|__)(?=\s+\S)"
)
_ESC_RE = re.compile(r"\\([.\-()#*_\[\]])")
_TOC_LEADER_RE = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|\t\s*\d+\s*$|\s{3,}\d{1,3}\s*$")
_PAGE_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE
)
_SCHEDULE_RE = re.compile(
    r"^(SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|"
    r"ADDENDUM|Addendum)\s+[\"“'‘]?([A-Z]{1,3}(?=[A-Z][a-z])|[A-Z]{1,3}-\d{1,3}|[A-Z]{1,3}|"
    r"\d{1,3}(?:\.\d{1,3})?|[IVX]{1,5})[\"”'’]?"
    # "Exhibit ABinding Arbitration": a label glued to its heading when a line break was lost;
    # quoted labels: Exhibit "A", Schedule “B”; hyphenated: Exhibit A-1
    r"(?:(?<=[A-Z])(?=[A-Z][a-z])|(?![\w.\-]))\s*[.:\-–—]?\s*(.*)$"
)
# (a space after the word, or only after "Art.": "Art.13 - Indemnity" as "Art. 13")
_ARTICLE_RE = re.compile(
    r"^(ARTICLE|Article|ART\.|Art\.|PART|Part|CHAPTER|Chapter)\s*(?<=\s|\.)([IVXLC]{1,6}|\d{1,3}|[A-Z])\b\.?\s*[:\-–—.]?\s*(.*)$"
)
_SECTION_RE = re.compile(
    r"^(?:SECTION|Section|Sec\.|SEC\.|CLAUSE|Clause|§{1,2})\s*(\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?(?=\s|$)\s*[:\-–—.]?\s*(.*)$"
)
_DEC_RE = re.compile(r"^((?:[A-Z]\d{1,2}|[A-Z]|\d{1,4})(?:\.\d{1,3})*)(\.|\))?(?=\s|$)(\s*)(.*)$")
_PAREN_RE = re.compile(r"^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?=\s|$)\s*(.*)$")
_LETTER_DOT_RE = re.compile(r"^([a-z]|[ivx]{1,5})[.)](?=\s)\s*(.*)$")
_ROMAN_UP_RE = re.compile(r"^([IVX]{1,5})\.(?=\s)\s*(.*)$")
_SIGNATURE_RE = re.compile(
    # "IN WITNESS WBEREOF": a scanned filing's misspelling reads the same
    r"^(?:IN WITNESS W[A-Z]{5,7}\b|In Witness Whereof|IN WITNESS THEREOF|\[Signature page follows\]|"
    r"\[SIGNATURE PAGE FOLLOWS\]|SIGNATURES?\s*$|"
    # the English execution block: "Signed for and on behalf of", "EXECUTED as a deed by"
    r"(?:Signed|SIGNED)\s+(?:for\s+and\s+)?(?:on\s+behalf\s+of|ON\s+BEHALF\s+OF)\b|"
    r"(?:Executed|EXECUTED)\s+as\s+a\s+(?:deed|DEED)\b)"
)
_TOC_NUMBER_RE = re.compile(
    r"^(?:(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause)\s+)?([IVXLC]+|[A-Z](?:\.\d+)*|\d+(?:\.\d+)*)\.?\s"
)
_TOC_TITLE_RE = re.compile(
    r"^\s*(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents|INDEX)\s*:?\s*(?:(?:CLAUSE|SECTION|ARTICLE)?\s*PAGE)?\s*$"
)
_RUNIN_RE = re.compile(r"^([A-Z0-9“\"][^.:\n]{0,78}?)([.:])(?:\*\*|__)?(?=\s|$|[A-Z“\"])")
_INITIALS_RE = re.compile(r"\b(?:[A-Z]\.){2,}")
_ADMONITION_RE = re.compile(
    r"^(?:PLEASE|IMPORTANT|NOTE|NOTICE|READ|ATTENTION|WARNING)\b[\s,:]", re.IGNORECASE
)
_SIGNER_LINE_RE = re.compile(
    r"^(?:By|Name|Title|Date|Signature|Its)\s*:|^(?:BETWEEN|AND|AMONG|BY AND BETWEEN|Between|And|Among)\s*:?\s*$",
    re.IGNORECASE,
)
_VERBISH = frozenset(
    (
        "is are was were be been will shall may must can could would should has have had do does "
        "did agree agrees apply applies means doesn't don't isn't aren't won't can't doesn’t "
        "don’t isn’t aren’t won’t can’t"
    ).split()
)
_DATELINE_RE = re.compile(
    r"^(?:last\s+(?:updated|modified|revised)|effective(?:\s+date)?|updated|dated|version|revised|posted)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_POSTAL_LINE_RE = re.compile(r",[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*$")
_STREET_END_RE = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Lane|Parkway|Pkwy|Highway|Hwy|Plaza|"
    r"Square|Terrace|Crescent|Strasse|Straße|Way)\.?,?\s*$"
)
_ROMANS = {
    r: i
    for i, r in enumerate(
        ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx").split(),
        1,
    )
}
_CONTAINER_WORDS = {"schedule", "exhibit", "annex", "appendix", "attachment", "addendum"}


def roman_value(s: str) -> int | None:
    """The value of a Roman number up to xx ("iv" -> 4), in either case; None for any other."""
    return _ROMANS.get(s.lower())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


# --------------------------------------------------------------------------- line tests


def _clean(line: str) -> tuple[str, bool, int | None]:
    """Strip Markdown decoration. Returns (clean text, was bold at start, markdown heading level)."""
    s = line.strip()
    md_level = None
    m = _MD_HEADING_RE.match(s)
    if m:
        md_level = len(m.group(1))
        s = m.group(2)
    s = _BULLET_ENUM_RE.sub("", _ESC_RE.sub(r"\1", s))
    bold = s.startswith(("**", "__"))
    if bold:
        s = s[2:].lstrip()
        number = _BOLD_NUMBER_RE.match(s)
        if number:
            # "**7.1** We will protect ...": only the number is bold, the text is no heading
            s, bold = number.group(1) + s[number.end() :], False
    return s, bold, md_level


def _bold_label(line: str) -> bool:
    """A line that opens with its number alone in bold ("**Clause 7.2** The Insurer ...")."""
    s = line.strip()
    return s.startswith(("**", "__")) and _BOLD_NUMBER_RE.match(s[2:].lstrip()) is not None


def _strip_bold(s: str) -> str:
    return _BOLD_RE.sub("", s).strip()


#: words that make words in capitals a sentence: auxiliaries and modals, a negation, the
#: pronouns a sentence has for subject, an instruction's opening
_SENTENCE_WORDS = frozenset(
    (
        "is are was were will shall may must can cannot does do did has have not "
        "we you i they let please agree agrees"
    ).split()
)
_CONTRACTED = ("n't", "'re", "'ll", "'ve", "'m")
_QUESTION_WORDS = frozenset("who what how when where why which whose whom".split())
#: verbs in the third person that a heading's nouns never are: "ACME PROVIDES NO WARRANTY ...",
#: "OUR RIGHT TO TERMINATE REMAINS UNAFFECTED." (a plural noun a heading holds, "TERMS",
#: "CHANGES", "LIMITS", "CONTROLS", "USES", "PERMITS", is left out)
_FINITE_VERBS = frozenset(
    (
        "provides remains applies includes governs requires constitutes contains becomes survives "
        "prevails supersedes exceeds arises occurs disclaims excludes acknowledges accepts assumes "
        "retains owns reserves waives understands makes takes gives bears owes relies depends "
        "belongs continues varies means warrants represents undertakes"
    ).split()
)
#: words that open a noun phrase: after a verb in -s, its object ("DISCLAIMS ALL WARRANTIES")
_OBJECT_OPENERS = frozenset("no the a an any all each such its".split())
#: words no heading ends on: an article, a preposition or a conjunction ("... COMPANY PARTIES ARE
#: NOT LIABLE, AND", a line that a hard wrap cut inside a sentence, or a list item's "; OR")
_HEADING_NEVER_ENDS = frozenset(
    "the a an of to for and or nor with if that which whose as from such any all each this our "
    "your its their than into upon between".split()
)

#: the last word of a list's lead-in, never of a heading: "Tarabilla shall:", "Customer warrants:"
_LEAD_IN_ENDS = frozenset(
    "shall will must may should agrees undertakes warrants represents acknowledges covenants "
    "confirms".split()
)


def caps_sentence(words: list[str]) -> bool:
    """Words in capitals, closed by a full stop, that make a sentence, not a heading: four or more
    with an auxiliary, a modal, a negation or a subject pronoun ("WE MAY UPDATE THE TERMS FROM TIME
    TO TIME.", "YOU'RE SOLELY RESPONSIBLE FOR ...", "WE USE REASONABLE MEASURES TO ..."). A heading put as a question keeps its verb ("WHO MAY USE THE
    SERVICES"), and one without a full stop may hold one ("THINGS YOU MUST NOT DO")."""
    low = [w.lower().replace("’", "'") for w in words]
    return (
        len(low) >= 4
        and low[0] not in _QUESTION_WORDS
        and (any(w in _SENTENCE_WORDS or w.endswith(_CONTRACTED) for w in low) or _finite_verb(low))
    )


def _finite_verb(low: list[str]) -> bool:
    """A verb in the third person after a subject, not the first word (a heading may open on an
    imperative or a noun): one no heading's noun is ("ZENTRO PROVIDES NO WARRANTY ..."), or a word
    in -s right before its object ("ACME SUPPLIES THE SERVICE ..."; "TERMS OF SERVICE" is no verb
    and its object)."""
    for k in range(1, len(low)):
        w = low[k]
        if w in _FINITE_VERBS:
            return True
        if (
            k + 1 < len(low)
            and low[k + 1] in _OBJECT_OPENERS
            and len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s"))
        ):
            return True
    return False


#: "In this Agreement", "For the purposes of these Terms": the scope a list of definitions or
#: rules is read in, before its colon
_SCOPE_LEAD_RE = re.compile(
    r"(?:in|for\s+the\s+purposes?\s+of|under|throughout)\s+(?:this|these|the)\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}(?:Agreement|Terms|Contract|Schedule|Annex|Order|Policy|DPA|Addendum|"
    r"Clause|Section|Part)s?$",
    re.IGNORECASE,
)


def is_heading_text(s: str, allow_period: bool = True) -> bool:
    """A short line that reads as a heading: ALL CAPS or Title Case, no sentence inside."""
    s = _strip_bold(s).strip()
    # "HERE ARE THE PROMISES YOU MAKE TO US:": a lead-in in capitals is a sentence, as one closed
    # by a full stop is
    colon = s.endswith(":")
    s = s.strip(" :").strip()
    stopped = s.endswith(".")
    if allow_period and stopped:
        s = s[:-1]
    if not s or len(s) > 90:
        return False
    if s[-1] in ",;" or re.search(r"[.!?]\s", _INITIALS_RE.sub("U", s)):
        return False
    if _POSTAL_LINE_RE.search(s):
        return False  # "South San Francisco, CA 94080": an address's last line
    words = _WORD_RE.findall(s)
    if not words or len(words) > 12 or words[-1].lower() in _HEADING_NEVER_ENDS:
        return False
    if colon and (words[-1].lower() in _LEAD_IN_ENDS or _SCOPE_LEAD_RE.match(s)):
        # "Throughout the Subscription Term Tarabilla shall:", "In this Agreement:": a list's
        # lead-in
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2:
        return False
    if sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return len(words) <= 12 and not ((stopped or colon) and caps_sentence(words))
    if not (s[0].isupper() or s[0].isdigit() or s[0] in '“"('):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    small = sum(1 for w in words if w.lower() in _SMALL_WORDS and not w[0].isupper())
    others = len(words) - small
    return others > 0 and caps / others >= 0.75 and len(words) <= 10


_ENTITY_LINE_RE = re.compile(
    r"(?:,?\s(?:INC|Inc|CORPORATION|Corporation|CORP|Corp|LLC|L\.L\.C|LTD|Ltd|LIMITED|Limited|"
    r"PLC|GmbH|LLP|L\.P|S\.A|N\.V|B\.V)\.?)\s*:?\s*$"
)
_CAPS_GAP_RE = re.compile(r"^([A-Z][A-Z0-9,&/'’\- ]{2,80}?[A-Z0-9])(?: {2,}|\t)(?=[A-Z(“\"])")


def _caps_gap_heading(rest: str) -> str | None:
    """`COUNTERPARTS  This Agreement may ...`: an ALL CAPS heading set off by a wide gap."""
    m = _CAPS_GAP_RE.match(rest)
    return m.group(1) if m and len(_WORD_RE.findall(m.group(1))) <= 10 else None


def _short_line(s: str) -> bool:
    """A short phrase without sentence punctuation inside: a heading in sentence case."""
    s = _strip_bold(s).strip()
    words = _WORD_RE.findall(s)
    return (
        0 < len(words) <= 10
        and len(s) <= 80
        and (s[0].isupper() or s[0].isdigit())
        and not re.search(r"[.;!?,]\s|[;,]$", s)
    )


def _question_line(s: str) -> bool:
    """A heading put as a question, commas and all: "What do we promise, and what don't we?"."""
    s = _strip_bold(s).strip()
    return (
        s.endswith("?")
        and 0 < len(_WORD_RE.findall(s)) <= 16
        and len(s) <= 120
        and not re.search(r"[.;!?]\s", s)
    )


_NOT_HEADING_FIRST = frozenset(
    (
        "you we our your it this these that those there each any if in the a an all no such they he she i"
    ).split()
)


def _sentence_case_runin(rest: str) -> str | None:
    """`2.3 Additional software. Wordtune may ...`: a short sentence-case heading after a number."""
    m = re.match(r"^([A-Z][A-Za-z'’\-]*(?: [A-Za-z'’&/\-]+){0,4})\.\s+[A-Z“\"(]", rest)
    if not m:
        return None
    cand = m.group(1)
    words = cand.split()
    if (
        re.split(r"['’]", words[0].lower())[0] in _NOT_HEADING_FIRST
        or words[-1].lower() in _ABBREV_END
    ):
        return None
    if any(w.lower() in _VERBISH for w in words):
        return None  # "Payment is due." is a sentence
    return cand


def _runin_heading(rest: str, bold: bool) -> str | None:
    """`Limitation of Liability. The ...` -> "Limitation of Liability"."""
    # "U.S. Government ..." : initials are not the end of a heading
    masked = _INITIALS_RE.sub(lambda x: x.group(0).replace(".", "\x00"), rest[:120])
    m = _RUNIN_RE.match(masked)
    if not m:
        return None
    cand = _strip_bold(m.group(1).replace("\x00", ".")).strip()
    after = rest[m.end() :].lstrip(" *_")
    if not after:
        return None  # the whole line: a heading line, handled elsewhere
    if not rest[m.end() : m.end() + 1].isspace() and not (cand.isupper() or bold):
        return None  # "EXPORT RESTRICTIONS.You" is a heading; "Acme.Com" is not
    if _ADMONITION_RE.match(cand):
        return None
    words = _WORD_RE.findall(cand)
    if not words or len(words) > 10:
        return None
    last = cand.split()[-1].lower().rstrip(".") if cand.split() else ""
    if last in _ABBREV_END or re.search(r"\b[A-Z]$", cand):
        return None
    if m.group(2) == ":" and not bold and not cand.isupper():
        return None
    if m.group(2) == "." and not bold and cand.isupper() and caps_sentence(words):
        return None  # 'ACME IS PROVIDED ON AN "AS IS" BASIS. WE DO NOT ...': sentences in capitals
    if bold and "**" in rest[: m.end() + 3] or is_heading_text(cand, allow_period=False):
        if after[:1].islower() and not bold:
            return None
        return cand.strip('“”"')
    return None


# --------------------------------------------------------------------------- candidates


@dataclass
class _Start:
    offset: int  # where the clause starts in the text
    style: tuple  # numbering style, see _place
    label: str | None  # the number as printed (without parent composition)
    key: tuple = ()  # components for decimal prefix matching
    heading: str | None = None
    container: bool = False
    consumes_next: bool = False  # the next line is this clause's heading
    line_end: int = 0
    md_level: int | None = None  # a numbered Markdown heading's level ("## 9. Acceptable Use": 2)


def _next_value(style_kind: str, value: str) -> str | None:
    if style_kind in ("alpha", "ALPHA"):
        if len(value) == 1 and value.lower() != "z":
            return chr(ord(value) + 1)
        return None
    if style_kind in ("roman", "ROMAN"):
        n = roman_value(value)
        for r, i in _ROMANS.items():
            if n is not None and i == n + 1:
                return r if style_kind == "roman" else r.upper()
        return None
    if style_kind == "num":
        return str(int(value) + 1)
    return None


@dataclass
class _Open:
    start: _Start
    clause_index: int
    last_value: str | None = None
    dec_children: int = 0


@dataclass
class _State:
    stack: list[_Open] = field(default_factory=list)
    last_top_number: int = 0
    last_letter: str | None = None
    in_schedule: str | None = None
    # the last numbered line read as an item of a list, not a clause ("1. your use of the
    # Services;"), and where it stood: the next number of that list is an item too
    list_item: tuple[int, int] | None = None


#: how far (in characters) the next item of a list of numbered items may stand from the last
_LIST_ITEM_REACH = 600


def _enum_start(
    offset: int, hint: str, value: str, rest: str, bold: bool, state: _State
) -> _Start | None:
    """(a) / (i) / (A) / (1) enumerations: alpha or roman decided by the open siblings."""
    if value.isdigit():
        kind = "num"
    else:
        upper = value.isupper()
        alpha, roman = ("ALPHA", "ROMAN") if upper else ("alpha", "roman")
        if len(value) > 1:
            if roman_value(value):
                kind = roman
            elif len(set(value)) == 1:
                kind = alpha  # (aa)
            else:
                return None
        elif value.lower() in "ivx":
            kind = roman if value.lower() == "i" else alpha
            for o in reversed(state.stack):
                if o.start.style[:1] == ("enum",) and o.start.style[2] == hint:
                    if (
                        o.start.style[1] == alpha
                        and _next_value(alpha, o.last_value or "") == value
                    ):
                        kind = alpha
                        break
                    if (
                        o.start.style[1] == roman
                        and _next_value(roman, o.last_value or "") == value
                    ):
                        kind = roman
                        break
        else:
            kind = alpha
    heading = _runin_heading(rest, bold)
    return _Start(offset, ("enum", kind, hint), value, heading=heading)


def _line_start(
    raw: str,
    offset: int,
    prev_ends_sentence: bool,
    next_line: str | None,
    next_nonblank: str | None,
    state: _State,
    prev_blank: bool,
) -> _Start | None:
    """Is this line the start of a clause? `prev_ends_sentence`: blank before, or punctuation."""
    s, bold, md_level = _clean(raw)
    if not s:
        return None
    lead = len(raw) - len(raw.lstrip())
    at = offset + lead
    next_clean = _clean(next_nonblank)[0] if next_nonblank is not None else None
    next_is_setext = (
        next_line is not None
        and _SETEXT_RE.match(next_line) is not None
        and len(next_line.strip()) >= 3
    )
    if _PAGE_RE.match(s) and not re.match(r"^\d{1,3}\.\s*$", s):
        return None
    if _SIGNATURE_RE.match(_strip_bold(s)):
        return _Start(at, ("signatures",), None, heading=None, container=True)

    if m := _SCHEDULE_RE.match(s):
        rest = _strip_bold(m.group(3))
        if (
            (not rest or not rest[0].islower())
            and len(s) <= 120
            and (prev_ends_sentence or md_level)
        ) and (not rest or is_heading_text(rest) or rest.startswith("(")):
            heading = rest.strip(" -–—:.") or None
            consumes = False
            if heading is None and next_clean and is_heading_text(next_clean):
                heading = _strip_bold(next_clean).strip(" .:") or None
                consumes = True
            word = m.group(1).capitalize()
            return _Start(
                at,
                ("schedule",),
                f"{word} {m.group(2)}",
                heading=heading,
                container=True,
                consumes_next=consumes,
            )

    if m := _ARTICLE_RE.match(s):
        rest = _strip_bold(m.group(3))
        if (prev_ends_sentence or md_level) and (not rest or not rest[0].islower()):
            heading = None
            consumes = False
            if rest and (is_heading_text(rest) or rest.startswith("(")):
                heading = rest.strip(" ().:-–—") or None
            elif rest:
                heading = _runin_heading(rest, bold)
                if heading is None:
                    return None
            elif next_clean and is_heading_text(next_clean):
                heading = _strip_bold(next_clean).strip(" .:") or None
                consumes = True
            # ("Art. 13 - Indemnity": the abbreviation of Italian, Spanish and German drafting)
            word = "Article" if m.group(1).lower() == "art." else m.group(1).capitalize()
            return _Start(
                at, ("article",), f"{word} {m.group(2)}", heading=heading, consumes_next=consumes
            )

    if m := _SECTION_RE.match(s):
        number, rest = m.group(1), _strip_bold(m.group(2))
        if (prev_ends_sentence or md_level) and (not rest or not rest[0].islower()):
            st = _dec_start(at, number, rest, bold, next_clean, md_level, state, strict=False)
            gap = s[m.end(1) : m.start(2)]
            if st is not None and st.heading is None and rest and not md_level:
                # "Section 11 (Indemnification) is excluded." is a sentence; "Clause 2.1 In
                # these Terms:" under an open "Clause 2", or "Section 4.3 We ..." after 4.2, is
                # the next clause in sequence, and a label in bold alone ("**Clause 7.2** The
                # Insurer ...") is a label
                label_alone = "." in gap or "\t" in gap or "  " in gap
                if not (
                    label_alone
                    or _bold_label(raw)
                    or _next_in_list(number.split("."), state, depth=2)
                ):
                    return None
            return st

    if md_level is not None or next_is_setext:
        # a Markdown heading line: a number inside it, or a plain heading
        text = _strip_bold(s)
        m = _DEC_RE.match(text)
        if m and (m.group(2) or "." in m.group(1)) and m.group(1)[0].isdigit():
            st = _dec_start(
                at, m.group(1), m.group(4), bold, next_clean, md_level, state, strict=False
            )
            if st:
                return st
        if text:
            return _Start(
                at,
                ("heading", f"md{md_level or (1 if next_line and '=' in next_line else 2)}"),
                None,
                heading=text.strip(" .:") or None,
                container=True,
            )
        return None

    if not prev_ends_sentence:
        return None

    m = _DEC_RE.match(s)
    if m:
        number, punct, space, rest = m.groups()
        letter_led = number[0].isalpha()
        if letter_led and "." not in number and punct != ".":
            m = None
        elif number == "I" and state.last_letter is None:
            m = None  # lettered sections start at "A": a first "I." is roman ("I. DEFINITIONS")
        elif not letter_led and not punct and "." not in number and len(space) < 2:
            # "1 Supply of Ingredients": only with a heading and in sequence ("30 days" is not a clause)
            n = int(number)
            plain = _strip_bold(rest)
            if not (
                n in (1, state.last_top_number + 1, state.last_top_number + 2)
                and (is_heading_text(plain) or _runin_heading(rest, bold))
                # "1 Oyster Point Boulevard": a street address in a party's block
                and not _STREET_END_RE.search(plain)
            ):
                m = None
        whole = number.rstrip(".")
        if m and whole.isdigit() and state.list_item is not None:
            n, where = state.list_item
            if int(whole) == n + 1 and at - where < _LIST_ITEM_REACH:
                # "1. your use of the Services; 2. Your Content; 3. your breach": the next item
                # of a list whose first items were no clauses, whatever its case
                state.list_item = (n + 1, at)
                m = None
        if m:
            st = _dec_start(at, number, rest, bold, next_clean, md_level, state, strict=True)
            if st:
                return st
            if whole.isdigit():
                state.list_item = (int(whole), at)

    if m := _PAREN_RE.match(s):
        return _enum_start(
            at,
            "paren",
            m.group(1),
            _clean_rest(m.group(2)),
            bold or m.group(2).startswith("**"),
            state,
        )
    if m := _ROMAN_UP_RE.match(s):
        rest = _clean_rest(m.group(2))
        if (
            rest
            and (rest[0].isupper() or rest[0] in '“"')
            and (
                len(m.group(1)) > 1
                or m.group(1) == "I"
                or any(o.start.style == ("enum", "ROMAN", "dot") for o in state.stack)
            )
            and not (
                len(m.group(1)) == 1
                and state.last_letter
                and m.group(1) == _next_value("ALPHA", state.last_letter)
            )
        ):
            return _Start(
                at,
                ("enum", "ROMAN", "dot"),
                m.group(1),
                heading=_runin_heading(rest, bold)
                or (rest.strip(" .:") if is_heading_text(rest) else None),
            )
    if m := _LETTER_DOT_RE.match(s):
        return _enum_start(at, "dot", m.group(1), _clean_rest(m.group(2)), bold, state)

    # unnumbered headings
    text = _strip_bold(s)
    if len(text) <= 80 and _ENTITY_LINE_RE.search(text):
        return None  # "NEON SYSTEMS, INC." on a cover page or above a signature
    if _DATELINE_RE.match(text) or _ADMONITION_RE.match(text) or _SIGNER_LINE_RE.match(text):
        return None
    if (
        bold
        and s.rstrip().endswith(("**", "__"))
        and is_heading_text(text)
        and next_line is not None
    ):
        return _Start(at, ("heading", "bold"), None, heading=text.strip(" .:"), container=True)
    if (
        is_heading_text(text, allow_period=False)
        and (next_line is None or not next_line.strip() or _looks_para_start(next_line))
        and not _wraps_in_capitals(text, next_line)
    ):
        letters = [c for c in text if c.isalpha()]
        caps = letters and sum(c.isupper() for c in letters) / len(letters) > 0.8
        if caps or (bold and len(text) < 80):
            return _Start(
                at,
                ("heading", "caps" if caps else "bold"),
                None,
                heading=text.strip(" .:"),
                container=True,
            )
        if (
            next_line is not None
            and len(_WORD_RE.findall(text)) <= 8
            and not text.endswith(".")
            and (
                not next_line.strip()
                or (prev_blank and len(next_line.strip()) >= 60 and _looks_para_start(next_line))
            )
        ):
            return _Start(at, ("heading", "title"), None, heading=text.strip(" .:"), container=True)
    if _SIGNER_LINE_RE.match(text):
        return None
    heading = _runin_heading(s, bold) or _sentence_case_runin(text)
    if heading:
        return _Start(at, ("runin",), None, heading=heading)
    return None


#: the widest a hard-wrapped line is (a page's width in characters)
_WRAP_WIDTH = 160


def _caps_item_under_lead(st: _Start, prev_text: str, line: str) -> bool:
    """A line in capitals, no number of its own, right under a lead-in in lower case ("You may
    not:" over "COPY OR RESELL THE SERVICE."): an item of the lead-in's list typed in capitals,
    no heading, as the same line in lower case would be none."""
    if st.style[0] not in ("heading", "runin") or st.label:
        return False
    plain = _strip_bold(line)
    return (
        _strip_bold(prev_text).rstrip().endswith(":")
        and any(c.islower() for c in re.split(r"[.!?][”\"’')\]]*\s+", prev_text)[-1])
        and not any(c.islower() for c in plain)
        and len(_WORD_RE.findall(plain)) >= 3
    )


def _wrapped_lines(lines: list[str]) -> list[bool]:
    """For each line (and one past the last), whether a hard wrap broke it off the line above:
    the line above full (the next line's first word would not have fitted on it: its length, a
    space and that word pass the width of the block of lines without a blank one, its widest
    line, or the document's usual width for a block of two) and no shorter than three quarters
    of that width. A line a writer
    ended, a heading or a paragraph's last line, leaves room for the word after it."""
    n = len(lines)
    out = [False] * (n + 1)
    blocks: list[tuple[int, int, list[int]]] = []
    i = 0
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        blocks.append((i, j, [len(ln.rstrip()) for ln in lines[i:j]]))
        i = j
    # lines as long as a page is wide, no longer: a text whose paragraphs are each one long
    # line is not hard-wrapped
    widths = sorted(
        w for i, j, lengths in blocks if j - i >= 3 and (w := max(lengths)) <= _WRAP_WIDTH
    )
    # a block of two lines is too short to tell its width: the document's usual one is taken
    usual = widths[len(widths) // 2] if widths else 0
    for i, j, lengths in blocks:
        width = max(lengths) if j - i >= 3 else usual if j - i == 2 else 0
        if not 50 <= width <= _WRAP_WIDTH:
            continue
        for k in range(i + 1, j):
            before = lengths[k - i - 1]
            word = lines[k].split(None, 1)[0]
            out[k] = before >= 0.75 * width and before + 1 + len(word) > width
    return out


#: a line this long that runs on into the next is a full line of hard-wrapped text (the sentence
#: splitter reads no shorter line as one that goes on)
_FULL_LINE = 60


def _wraps_in_capitals(text: str, next_line: str | None) -> bool:
    """A full line in capitals that makes a sentence, with more text right below it: a paragraph
    in capitals hard-wrapped, not a heading ("YOU ACKNOWLEDGE AND AGREE THAT ACME IS NOT LIABLE
    FOR" over the rest of its sentence). A heading this long holds no verb ("TERMINATION OF USE;
    DISCONTINUATION AND MODIFICATION OF THE SERVICE")."""
    return (
        next_line is not None
        and bool(next_line.strip())
        and len(text) >= _FULL_LINE
        and sum(c.isupper() for c in text) > 0.8 * sum(c.isalpha() for c in text)
        and caps_sentence(_WORD_RE.findall(text))
    )


def _looks_para_start(line: str) -> bool:
    s = _clean(line)[0]
    return bool(s) and (s[0].isupper() or s[0] in '“"(*' or s[0].isdigit())


def _clean_rest(rest: str) -> str:
    return rest.strip()


def _dec_start(
    at: int,
    number: str,
    rest: str,
    bold: bool,
    next_clean: str | None,
    md_level: int | None,
    state: _State,
    strict: bool,
) -> _Start | None:
    number = number.rstrip(".")
    parts = number.split(".")
    rest = rest.strip()
    rest_plain = _strip_bold(rest)
    if strict:
        if rest_plain and not (
            rest_plain[0].isupper()
            or rest_plain[0] in '“"(['
            or rest_plain[0].isdigit()
            or _next_in_list(parts, state)
        ):
            return None
        if parts[0].isdigit():
            top = int(parts[0])
            if (top > 200 and top != state.last_top_number + 1) or (
                len(parts) == 1 and top > state.last_top_number + 20 and top > 30
            ):
                return None
            if len(parts) > 1 and any(len(p) > 2 for p in parts[1:]):
                return None  # 1.500, $ amounts, version numbers
        elif not parts[0].isalpha():
            # "C4. Hiring decisions", "C4.3": a part's letter with its section's number; a
            # section alone on its line is a heading ("A4 paper" in a sentence is none), and so
            # is the next in sequence after an open section of the same part, whatever its words
            # ("B2. What Screen does." after B1, "B3. Screen does not reject Candidates. ...")
            if _part_section(parts) and not (
                is_heading_text(rest_plain)
                or _runin_heading(rest, bold)
                or _part_heading(number, rest_plain, next_clean)
                or _after_sibling(number, state)
            ):
                return None
        else:
            letter = parts[0]
            if len(parts) == 1:
                expect = {"A"} | (
                    {_next_value("ALPHA", state.last_letter) or "", state.last_letter}
                    if state.last_letter
                    else set()
                )
                if letter not in expect and not (
                    state.last_letter is None
                    and is_heading_text(rest_plain)
                    and len(rest_plain.split()) >= 1
                    and len(rest_plain) >= 6
                ):
                    return None
                if not (rest_plain and (is_heading_text(rest_plain) or _runin_heading(rest, bold))):
                    return None
    heading: str | None = None
    consumes = False
    whole_bold = (bold or rest.startswith("**")) and rest.rstrip().endswith(("**", "__"))
    if not rest_plain:
        if next_clean and (is_heading_text(next_clean) or _short_line(next_clean)):
            heading = _strip_bold(next_clean).strip(" .:") or None
            consumes = True
    elif (
        is_heading_text(rest_plain)
        and (md_level or bold or len(_WORD_RE.findall(rest_plain)) <= 10)
        or (whole_bold or md_level)
        and (_short_line(rest_plain) or _question_line(rest_plain))
        or _part_section(parts)
        and _part_heading(number, rest_plain, next_clean)
    ):
        heading = rest_plain.strip(" .:") or None
    else:
        heading = (
            _runin_heading(rest, bold)
            or _sentence_case_runin(rest_plain)
            or _caps_gap_heading(rest_plain)
        )
    key = tuple(parts)
    return _Start(
        at, ("dec",), number, key=key, heading=heading, consumes_next=consumes, md_level=md_level
    )


def _after_sibling(number: str, state: _State) -> bool:
    """Whether a part's section ("B3") comes right after one of the same part still open ("B2"),
    or is the first ("D1") under that part's heading ("Part D: Fairness")."""
    n = int(number[1:])
    before = f"{number[0]}{n - 1}" if n > 1 else f"Part {number[0]}"
    return any(
        o.start.label == before and (n == 1 or o.start.style == ("dec",)) for o in state.stack
    )


def _part_section(parts: list[str]) -> bool:
    """A part's letter with its section's number, alone: "C4" ("C4. Hiring decisions")."""
    return len(parts) == 1 and parts[0][0].isalpha() and parts[0][1:].isdigit()


def _part_heading(number: str, rest: str, next_clean: str | None) -> bool:
    """Whether the words after a part's section number ("C4") are its heading: a short phrase
    in sentence case, or any words without a full stop over the section's first clause ("E4.
    Changes to the Service, the Ranking Model and the Question Flow" over "E4.1 ...")."""
    if not rest or rest.endswith("."):
        return False
    return _short_line(rest) or (next_clean or "").startswith(f"{number}.1 ")


def _next_in_list(parts: list[str], state: _State, depth: int = 3) -> bool:
    """Whether decimal number `parts` is the next item under an open clause: "11.1.1" right under
    "11.1 Gannet warrants that:", "11.1.2" after "11.1.1" (a list of items in lower case, each a
    clause of its own; a stray "11.1.1 the" in running text follows no open "11.1"). `depth`: the
    fewest parts the number has ("Clause 2.1" after "Clause 2" asks for 2)."""
    if len(parts) < depth or not all(p.isdigit() for p in parts):
        return False
    key, n = tuple(parts[:-1]), int(parts[-1])
    for o in reversed(state.stack):
        k = o.start.key
        if k == key:
            return n == 1
        if k[:-1] == key and k[-1:] and k[-1].isdigit():
            return n == int(k[-1]) + 1
    return False


# --------------------------------------------------------------------------- placing


def _is_prefix(a: tuple, b: tuple) -> bool:
    return len(a) < len(b) and b[: len(a)] == a


def _place(start: _Start, state: _State, last_index: int) -> _Open | None:
    """Pop the stack to where `start` belongs; return its parent (None = top level)."""
    stack = state.stack
    style = start.style
    kind = style[0]
    if kind in ("schedule", "signatures"):
        stack.clear()
    elif kind == "article":
        while stack and stack[-1].start.style[0] not in ("schedule",) and not _md(stack[-1].start):
            stack.pop()
        while stack and _md(stack[-1].start) and stack[-1].start.style[1] >= "md3":
            stack.pop()
    elif kind == "heading":
        level = style[1]
        while stack:
            top = stack[-1].start.style
            if top[0] in ("schedule", "signatures"):
                break
            if (
                top[0] == "heading"
                and top[1].startswith("md")
                and (not level.startswith("md") or top[1] < level)
            ):
                break
            stack.pop()
    elif kind == "dec":
        if start.md_level is not None:
            # "## 9. Acceptable Use" after "## Publishing and Sharing": a Markdown heading closes
            # every heading of its level or deeper, numbered or not
            for i, o in enumerate(stack):
                level = _md_level(o.start)
                if level is not None and level >= start.md_level:
                    del stack[i:]
                    break
        for i in range(len(stack) - 1, -1, -1):
            top = stack[i].start
            if top.style[0] in ("schedule", "article", "signatures") or _md(top):
                break
            if top.style[0] == "dec" and _is_prefix(top.key, start.key):
                del stack[i + 1 :]
                return stack[i]
        if len(start.key) == 1 and start.key[0].isdigit():
            # "A. GENERAL TERMS" then "1. Who We Are", "2. Eligibility": the numbered sections of
            # a lettered part
            for i in range(len(stack) - 1, -1, -1):
                top = stack[i].start
                if top.style[0] in ("schedule", "article", "signatures", "heading"):
                    break
                if _lettered_part(top):
                    del stack[i + 1 :]
                    return stack[i]
        while stack:
            o = stack[-1]
            # (a numbered Markdown heading holds the list below it: "## 15. Indemnification"
            # over "1. your use of the Services; 2. Your Content; ...")
            if (
                o.start.style[0] in ("schedule", "article", "signatures")
                or _md_level(o.start) is not None
            ):
                break
            if o.start.style[0] == "heading" and (o.dec_children or o.clause_index == last_index):
                break
            stack.pop()
    elif kind == "runin":
        while stack and stack[-1].start.style[0] in ("enum", "runin"):
            stack.pop()
    elif kind == "enum":
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].start.style == style:
                del stack[i:]
                break
        else:
            while stack and stack[-1].start.style[0] == "runin":
                stack.pop()
    return stack[-1] if stack else None


def _lettered_part(s: _Start) -> bool:
    """A part's heading on a line of its own, marked by a capital letter: "A. GENERAL TERMS"."""
    return (
        s.style[0] == "dec"
        and len(s.key) == 1
        and len(s.key[0]) == 1
        and s.key[0].isupper()
        and s.heading is not None
        and s.heading.isupper()
    )


def _md(s: _Start) -> bool:
    return s.style[0] == "heading" and str(s.style[1]).startswith("md")


def _md_level(s: _Start) -> int | None:
    """The Markdown level of a heading line ("## 9. Acceptable Use" and "## Publishing": 2)."""
    if _md(s):
        return int(str(s.style[1])[2:])
    return s.md_level if s.style[0] == "dec" else None


# --------------------------------------------------------------------------- segment


def segment(document: Document) -> tuple[list[Clause], list[Notice]]:
    """Split a document into clauses with parents, numbers, headings and stable ids."""
    text = document.text
    notices: list[Notice] = []
    starts: list[tuple[_Start, _Open | None]] = []
    state = _State()
    lines = text.split("\n")
    offsets = []
    pos = 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1

    wrapped = _wrapped_lines(lines)
    prev_blank = True
    prev_text = ""
    prev_fresh = True  # the previous non-blank line began after a sentence end or a blank
    skip_idx: int | None = None
    toc_mode = False
    toc_numbers: set[str] = set()
    title: str | None = None
    in_signatures = False
    nlines = len(lines)
    for i, raw in enumerate(lines):
        if i == skip_idx:
            prev_blank, prev_text = False, raw.strip()
            continue
        stripped = raw.strip()
        if not stripped:
            prev_blank = True
            continue
        if _SETEXT_RE.match(raw) and prev_text and len(stripped) >= 3:
            prev_blank = True
            continue
        if _TOC_TITLE_RE.match(_strip_bold(_clean(raw)[0])):
            toc_mode = True
            toc_numbers = set()
            prev_blank, prev_text = True, stripped
            continue
        if _TOC_LEADER_RE.search(stripped) and len(stripped) < 160 and not stripped.endswith("."):
            tm = _TOC_NUMBER_RE.match(_strip_bold(_clean(raw)[0]))
            if tm:
                toc_numbers.add(tm.group(1).rstrip("."))
                toc_mode = True
            prev_blank, prev_text = True, stripped
            continue
        # a line a hard wrap broke off its full predecessor goes on with it: a heading-like line
        # above it ended no paragraph, and a bold run still open at that line's end ("**4. Fees;"
        # over "Payments; Taxes.** You shall ...") is still open here
        prev_ends = prev_blank or (
            _ends_sentence(prev_text, heading_ends=prev_fresh and not wrapped[i])
            and prev_text.count("**") % 2 == 0
        )
        next_raw = lines[i + 1] if i + 1 < nlines else None
        nb = None
        for j in range(i + 1, min(i + 3, nlines)):
            if lines[j].strip():
                nb = j
                break
        st = _line_start(
            raw,
            offsets[i],
            prev_ends,
            next_raw,
            lines[nb] if nb is not None else None,
            state,
            prev_blank,
        )
        if st is not None and _caps_item_under_lead(st, prev_text, stripped):
            st = None
        if toc_mode:
            if st is not None and st.label and st.label in toc_numbers:
                toc_mode = False
            elif st is not None or (len(stripped) < 100 and not _ends_sentence(stripped)):
                if st is not None and st.label:
                    toc_numbers.add(st.label)
                prev_blank, prev_text = True, stripped
                continue
            else:
                toc_mode = False
        if st is not None and (
            (st.style[0] == "runin" and wrapped[i])
            or (st.style in (("heading", "caps"), ("heading", "title")) and wrapped[i + 1])
        ):
            # "... or the U.S.\nDepartment of Commerce Denied Persons, Unverified, or Entity
            # lists. By ...": a wrapped line's start is no run-in heading, and a full line in
            # capitals whose next word went to the line below is no heading line
            st = None
        if st is not None and in_signatures and st.style[0] != "schedule":
            st = None  # names, titles and "By:" lines of a signature block are not clauses
        if st is not None and st.style[0] in ("schedule", "signatures") and not starts:
            st = None  # an exhibit label or signature line at the very top is the title
        if (
            st is not None
            and st.style[0] == "heading"
            and title is None
            and not starts
            and st.offset < 3000
            and st.heading
            and _TITLE_RE.search(st.heading)
            and not _opens_parts(st.heading, text, offsets[i] + len(raw))
        ):
            title = st.heading  # the document's title opens the preamble, it is not a section
            prev_blank, prev_text = True, stripped
            continue
        if (
            st is not None
            and st.style[0] == "heading"
            and title is not None
            and st.heading
            and _slug(st.heading) == _slug(title)
        ):
            prev_blank, prev_text = True, stripped
            continue  # the title repeated after a cover page or table of contents
        if st is not None and st.style == ("dec",) and len(st.key) == 1 and st.key[0].isdigit():
            st = _restarted(st, state, lines, i, raw)
        if st is not None and st.style[0] == "enum" and not _enum_in_sequence(st, state):
            st = None
        if (
            st is not None
            and st.style[0] == "enum"
            and st.style[2] == "paren"
            and st.label
            and inline_enumeration(text, st.offset, st.label)
        ):
            st = None  # "... in any way;\n(iii) impersonate ...": a wrapped run-on enumeration
        if st is not None:
            parent = _place(st, state, len(starts) - 1)
            if parent is not None and st.style[0] == "dec":
                parent.dec_children += 1
            if st.style[0] == "dec" and st.key and st.key[0].isdigit():
                state.last_top_number = int(st.key[0])
            if st.style[0] == "dec" and st.key and st.key[0].isalpha():
                state.last_letter = st.key[0]
            starts.append((st, parent))
            in_signatures = st.style[0] == "signatures"
            state.stack.append(_Open(st, len(starts) - 1, last_value=st.label))
            if st.consumes_next:
                skip_idx = nb
        prev_blank = False
        prev_text = stripped
        prev_fresh = prev_ends or st is not None
    clauses = _build(document, starts, notices, title)
    return clauses, notices


_TITLE_RE = re.compile(
    r"\b(?:agreement|terms|conditions|policy|addendum|contract|statement of work|order form|"
    r"service level|license|licence|schedule|exhibit)\b",
    re.IGNORECASE,
)
_SUB_NUMBER_RE = re.compile(r"^[#*\s]*(\d{1,3})\\?\.(\d{1,3})\b")
#: "A. Terms of Service", "Part I. General Terms": a heading that opens the first of lettered or
#: numbered parts
_FIRST_PART_RE = re.compile(r"^(?:Part\s+)?(A|I)[.)]\s+\S")


def _opens_parts(heading: str, text: str, after: int) -> bool:
    """Whether `heading` is the first of a document's parts ("A. Terms of Service" with a
    "B. Acceptable Use" heading further on): a part of its own, not the document's title, even
    when it holds a title word."""
    m = _FIRST_PART_RE.match(heading)
    if m is None:
        return False
    nexts = "B" if m.group(1) == "A" else "(?:II|J)"
    part = "Part\\s+" if heading.startswith("Part") else ""
    later = re.compile(rf"^[#*_\s]*{part}{nexts}\\?[.)]\s+\S", re.MULTILINE)
    return later.search(text, after) is not None


def _restarted(st: _Start, state: _State, lines: list[str], i: int, raw: str) -> _Start:
    """A `1.` after `3.` in the same container: a nested list, or Markdown renumbering a heading."""
    n = int(st.key[0])
    top: _Open | None = None
    nested: _Open | None = None
    for o in reversed(state.stack):
        if o.start.style[0] in ("schedule", "article", "signatures") or _md(o.start):
            break
        if o.start.style == ("enum", "num", "dot") and nested is None:
            nested = o
        if o.start.style == ("dec",) and len(o.start.key) == 1 and o.start.key[0].isdigit():
            top = o
            break
    if top is None:
        return st
    t = int(top.start.key[0])
    heading_only = st.heading is not None and not _runin_rest(raw)
    if n == t + 1 and (heading_only or nested is None):
        return st
    if heading_only:
        # Markdown renumbers `1. **HEADING**` lists: the sub-numbers below tell the real number
        for j in range(i + 1, min(i + 40, len(lines))):
            m = _SUB_NUMBER_RE.match(lines[j])
            if m:
                if int(m.group(1)) == t + 1:
                    return _Start(
                        st.offset, st.style, str(t + 1), key=(str(t + 1),), heading=st.heading
                    )
                break
        return st
    if n == 1 or (nested is not None and nested.last_value and n <= int(nested.last_value) + 1):
        return _Start(st.offset, ("enum", "num", "dot"), str(n), heading=st.heading)
    return st


def _runin_rest(raw: str) -> bool:
    """Whether a numbered line carries body text after its heading."""
    s = _strip_bold(_clean(raw)[0])
    m = _DEC_RE.match(s)
    rest = m.group(4) if m else s
    return not (is_heading_text(rest) or _short_line(rest))


def _enum_in_sequence(st: _Start, state: _State) -> bool:
    """An enumeration starts a sequence ((a), (i), (1)) or continues an open sibling's."""
    first = {"alpha": "a", "ALPHA": "A", "roman": "i", "ROMAN": "I", "num": "1"}[st.style[1]]
    if st.label == first:
        return True
    for o in reversed(state.stack):
        if o.start.style == st.style:
            nxt = _next_value(st.style[1], o.last_value or "")
            return st.label == nxt or (
                nxt is not None and st.label == _next_value(st.style[1], nxt)
            )
    return False


def _neighbours(label: str) -> tuple[set[str], set[str]]:
    """The labels that may come right before and right after `label` in an enumeration: "ii"
    after "i" (roman) or "j" after "i" (letters); both are tried."""
    before: set[str] = set()
    after: set[str] = set()
    if label.isdigit():
        n = int(label)
        return ({str(n - 1)} if n > 1 else set()), {str(n + 1)}
    low = label.lower()
    case = str.upper if label.isupper() else str.lower
    n = roman_value(low)
    if n is not None:
        for r, i in _ROMANS.items():
            if i == n - 1:
                before.add(case(r))
            if i == n + 1:
                after.add(case(r))
    if len(low) == 1:
        if low != "a":
            before.add(case(chr(ord(low) - 1)))
        if low != "z":
            after.add(case(chr(ord(low) + 1)))
    return before, after


_FIRST_LABELS = frozenset("a A i I 1".split())
#: how far from an item its neighbour in a run-on enumeration is looked for
_ENUM_REACH = 3000
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def inline_enumeration(text: str, at: int, label: str) -> bool:
    """Whether the `(label)` at a line's start at `at` belongs to an enumeration run inside a
    paragraph ("... in any way; (iii) impersonate ..."), which a hard wrap put at a line's start:
    the item before it ("(ii)"), or for a first item the one after it ("(ii)"), stands inside a
    line of the same paragraph. A list set out one item a line has its items at the lines'
    starts."""
    # the neighbour is looked for nearby only: a document that is one giant paragraph of many
    # items must not be read once per item (linear time)
    lo = max(0, at - _ENUM_REACH)
    para_start = text.rfind("\n\n", lo, at)
    para_start = lo if para_start < 0 else para_start
    m = _BLANK_LINE_RE.search(text, at, at + _ENUM_REACH)
    para_end = m.start() if m else min(len(text), at + _ENUM_REACH)
    before, after = _neighbours(label)
    look = [(b, para_start, at) for b in before]
    if label in _FIRST_LABELS:
        look += [(a, at + len(label) + 2, para_end) for a in after]
    for other, lo, hi in look:
        pos = text.find(f"({other})", lo, hi)
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            # ("... subject to paragraph (2).", "under § 6(2)": a reference to the item, no item)
            if text[line_start:pos].strip(" \t*_#>-+•–") and not _CITES_ITEM.search(
                text, max(line_start, pos - 24), pos
            ):
                return True  # inside a line: the enumeration runs on in the paragraph
            pos = text.find(f"({other})", pos + 1, hi)
    return False


#: words right before a bracketed label that cite it: "paragraph (2)", "Section 6(2)"
_CITES_ITEM = re.compile(
    r"(?:\b(?:paragraphs?|sub-?paragraphs?|subsections?|sub-sections?|sections?|clauses?|"
    r"articles?|items?|points?|para\.|art\.|sec\.|no\.)\s*|\w)$",
    re.IGNORECASE,
)


def _ends_sentence(s: str, heading_ends: bool = True) -> bool:
    """May a new clause start after line `s`? `heading_ends`: `s` itself began afresh, so a
    heading-like line ends a paragraph; a line that continues a wrapped sentence never does (an
    ALL CAPS disclaimer wrapped at 40 columns is no stack of headings)."""
    s = s.rstrip(" *_")
    if not s:
        return True
    if s[-1] in '.:;!?)]"”’':
        return True
    if re.search(r"[;,]\s*(?:and|or)$", s):
        return True  # "(a) ... ; and": a list item; "... our Site or" wraps a sentence
    # a heading line ends a paragraph too, numbered or not ("10. REGULATORY MATTERS" over "10.1
    # Gannet shall ...")
    plain = _after_label(_strip_bold(_clean(s)[0]))
    return heading_ends and bool(plain) and is_heading_text(plain, allow_period=False)


def _after_label(line: str) -> str:
    """A line without the clause number it opens with ("10.", "Article 7 -", "Section 12", "IV."),
    read by the numbering styles' own patterns."""
    for rx, group in ((_ARTICLE_RE, 3), (_SECTION_RE, 2), (_ROMAN_UP_RE, 2), (_DEC_RE, 4)):
        if m := rx.match(line):
            return m.group(group)
    return line


def _build(
    document: Document,
    starts: list[tuple[_Start, _Open | None]],
    notices: list[Notice],
    title: str | None,
) -> list[Clause]:
    text = document.text
    n = len(text)
    structured = [s for s, _ in starts]
    if not any(s.style[0] != "signatures" for s in structured):
        return _paragraphs(document, notices)
    clauses: list[Clause] = []
    ids: set[str] = set()
    suffix: dict[str, int] = {}
    index_to_clause: dict[int, Clause] = {}
    first = structured[0].offset
    if text[:first].strip():
        b = len(text[:first]) - len(text[:first].lstrip())
        clauses.append(_make(document, "c-preamble", None, title, None, 0, b, first))
        ids.add("c-preamble")
    para_no = 0
    schedule_prefix = ""
    for idx, (st, parent_open) in enumerate(starts):
        end = starts[idx + 1][0].offset if idx + 1 < len(starts) else n
        parent = index_to_clause.get(parent_open.clause_index) if parent_open is not None else None
        if st.style[0] == "schedule":
            schedule_prefix = _slug(st.label) + "-" if st.label else ""
            number = st.label
            base = "c-" + _slug(st.label or "schedule")
        elif st.style[0] == "signatures":
            number = None
            base = "c-signatures"
            schedule_prefix = ""
        elif st.style[0] == "enum":
            label = f"({st.label})" if st.style[2] == "paren" else f"{st.label}."
            if parent is not None and parent.number:
                number = parent.number + f"({st.label})"  # "9.2(b)", also for "b." items
            else:
                number = label
            base = (
                "c-" + schedule_prefix + number
                if (parent is None or parent.number)
                else parent.id + f"({st.label})"
            )
        elif st.style[0] in ("dec", "article"):
            number = st.label
            base = "c-" + schedule_prefix + (number or "")
            if st.style[0] == "article":
                base = "c-" + schedule_prefix + _slug(number or "")
        else:
            number = None
            if st.heading:
                base = "c-" + schedule_prefix + _slug(st.heading)
            else:
                para_no += 1
                base = f"p-{para_no}"
        cid = base
        if cid in ids and parent is not None and not cid.startswith(parent.id):
            cid = base = parent.id + "-" + (_slug(number) if number else cid[2:])
        k = suffix.get(base, 2)
        while cid in ids:  # amortised: each base remembers its next free suffix
            cid = f"{base}~{k}"
            k += 1
        suffix[base] = k
        ids.add(cid)
        c = _make(
            document,
            cid,
            number,
            st.heading if st.style[0] != "signatures" else "Signatures",
            parent.id if parent is not None else None,
            (parent.level + 1) if parent is not None else 0,
            st.offset,
            end,
        )
        index_to_clause[idx] = c
        clauses.append(c)
    return clauses


def _make(
    document: Document,
    cid: str,
    number: str | None,
    heading: str | None,
    parent: str | None,
    level: int,
    start: int,
    end: int,
) -> Clause:
    text = document.text
    body = text[start:end].rstrip()
    end = start + len(body)
    return Clause(
        id=cid,
        number=number,
        heading=heading,
        parent=parent,
        level=level,
        start=start,
        end=end,
        page_start=document.page_at(start),
        page_end=document.page_at(max(start, end - 1)),
        text=body,
    )


_PARA_SPLIT_RE = re.compile(r"\n\s*\n")


def _paragraphs(document: Document, notices: list[Notice]) -> list[Clause]:
    """No numbering or headings: one clause per paragraph, and a warning."""
    text = document.text
    if not text.strip():
        return []
    notices.append(
        Notice(
            code="no_structure", message="no numbering or headings found: clauses are paragraphs"
        )
    )
    splitter = _PARA_SPLIT_RE if _PARA_SPLIT_RE.search(text) else re.compile(r"\n")
    clauses = []
    pos = 0
    k = 0
    bounds = [m.end() for m in splitter.finditer(text)]
    for b in bounds + [len(text)]:
        chunk = text[pos:b]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            k += 1
            clauses.append(_make(document, f"p-{k}", None, None, None, 0, pos + lead, b))
        pos = b
    return clauses
