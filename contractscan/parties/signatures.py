"""Signature blocks and letters: where the signatories' blocks stand, the entity line above a "By:"
line, who signs for another, and the addressee of a letter agreement."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Clause
from .found import _Found
from .legal_forms import _CORP_RE, _ENTITY_RE, _LEGAL_END_RE
from .names import _MONTHS_RE, _finish_name, _norm, _person_like

_SIGNER_RE = re.compile(r"^\s*(?:By|BY|Signature|Name|Title)\s*:", re.MULTILINE)
_SALUTATION_RE = re.compile(
    r"^[ \t]*(?:Dear\s+[^\n:,]{2,60}|Ladies\s+and\s+Gentlemen|Gentlemen|To\s+whom\s+it\s+may\s+concern)[ \t]*[:,][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_NOT_ADDRESSEE_RE = re.compile(
    r"^(?:Re|RE|Subject|SUBJECT|Attention|ATTENTION|Attn|ATTN|Via|VIA|By|BY|Delivered|Personal|PERSONAL|"
    r"Confidential|CONFIDENTIAL|Private|PRIVATE|"
    # a cover's labels: "EXECUTION VERSION", "Exhibit 10.2", "DRAFT"
    r"Execution|EXECUTION|Exhibit|EXHIBIT|Draft|DRAFT|Final|FINAL)\b"
)


def _addressee(text: str) -> tuple[str, int] | None:
    """The addressee of a letter agreement: the first line of the block above its salutation
    ("Dear Dr. Feldstein:"), after the date, when it is a person or an organisation."""
    m = _SALUTATION_RE.search(text, 0, min(len(text), 4000))
    if m is None:
        return None
    lo = max(0, m.start() - 800)
    blocks = [b for b in re.split(r"\n[ \t]*\n", text[lo : m.start()]) if b.strip()]
    for block in reversed(blocks):
        first = block.strip().split("\n")[0].strip()
        if _NOT_ADDRESSEE_RE.match(first):
            continue
        if _MONTHS_RE.search(first) or re.search(r"\d", first):
            return None  # the date line: no addressee block between it and the salutation
        name = re.sub(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+", "", first)
        name = _finish_name(name) or ""
        if name and (_person_like(name) or _LEGAL_END_RE.search(name)):
            return name, lo + text[lo : m.start()].find(first)
        return None
    return None


# a signer's title run on before the next block's entity: "Name: John Madden Title: Authorized
# Signatory HPS MEZZANINE PARTNERS II, LLC", in capitals "TITLE: AUTHORIZED SIGNATORY HPS ..."
_TITLE_FIELD_RE = re.compile(r"\b(?i:title|its)[ \t]*:[ \t]*\Z")
_ONE_TITLE = (
    r"(?:(?:senior|executive|assistant|deputy|first|corporate)\s+)*(?:vice\s+)?(?:president|chairman|"
    r"chairperson|secretary|treasurer|director|manager|controller)|chief\s+(?:[a-z]+\s+){1,2}officer|"
    r"authori[sz]ed\s+(?:signatory|signer|officer|representative|person|agent)|"
    r"(?:general|managing|sole)\s+(?:partner|member|director)|general\s+counsel|attorney-in-fact|"
    r"trustee|member|partner|officer|owner|[ct][eofi]o"
)
_SIGNER_TITLE_RE = re.compile(
    rf"(?i:(?:{_ONE_TITLE})(?:\s*(?:,|and|&|/)\s*(?:{_ONE_TITLE}))*)\s+(?=[A-Z0-9])"
)


def _title_off(text: str, m: re.Match[str]) -> str:
    """The match's name without the signer's title that a "Title:" field before it holds."""
    raw = m.group(1)
    if _TITLE_FIELD_RE.search(text, max(0, m.start(1) - 12), m.start(1)) is None:
        return raw
    t = _SIGNER_TITLE_RE.match(raw)
    return raw[t.end() :] if t is not None and raw[t.end() :].strip() else raw


def _entity_line(raw: str, signature: bool = False) -> str:
    """The entity line of a match that ran over the lines above it: a blank line, and in a
    signature block a signer's title ("CEO"), a date or a "Name:" line, end before the entity's own
    line (a preamble name may wrap: "HARROWGATE SYSTEMS\nLIMITED")."""
    split = r"\n[ \t]*\n|\n(?=[ \t]*[A-Z][A-Z .,&'’\-]+$)" if signature else r"\n[ \t]*\n"
    tail = re.split(split, raw.strip(), flags=re.MULTILINE)[-1]
    # a wide run of spaces or a tab parts the columns of a cover page or a table: "MASTER
    # FRANCHISE AGREEMENT          THE MELTED BUN TRUCK, INC."; the indent that opens a line
    # is no column ("... and Eastgate\n    Office Products, Inc.": a wrapped, indented sentence)
    tail = re.split(r"(?<=\S)(?:[ \u00a0]{4,}|[ \u00a0]*\t[ \t\u00a0]*)", tail)[-1]
    for m in re.finditer(
        r"^[ \t]*(?:By|Name|Title|Its|Date|Signature)\b[^\n]*\n", tail, re.MULTILINE
    ):
        tail = tail[m.end() :]
    return tail


# a letter's sign-off and the other side's acceptance, where a letter agreement has no "IN WITNESS
# WHEREOF": "Very truly yours," / "ACKNOWLEDGED AND AGREED:"
_CLOSING_RE = re.compile(
    r"^[ \t]*(?:(?i:very[ \t]+truly[ \t]+yours|yours[ \t]+(?:very[ \t]+)?(?:truly|faithfully|sincerely)|"
    r"sincerely(?:[ \t]+yours)?)[ \t]*,|"
    r"(?:ACKNOWLEDGED|ACCEPTED|AGREED|Acknowledged|Accepted|Agreed)(?:,?[ \t]+(?i:and|&)[ \t]+"
    r"(?i:acknowledged|accepted|agreed))+(?:[ \t]+(?i:to))?[ \t]*(?:(?i:by|as[ \t]+of)[^\n]{0,40})?:?)[ \t]*$",
    re.MULTILINE,
)
_CLOSING_REACH = 2500  # characters of signature blocks after a letter's sign-off


def _closing_blocks(text: str) -> tuple[int, int] | None:
    """Where a letter agreement without a signature clause is signed: from its sign-off ("Very
    truly yours,", with a "By:" or "Name:" line below) to a little after the last acceptance. A letter without a
    party sentence can seem all preamble, so the sign-off is looked for from the text's start."""
    marks = list(_CLOSING_RE.finditer(text))
    if not marks or not marks[0].group(0).strip().endswith(","):
        return None  # "ACKNOWLEDGED AND AGREED:" with no "Very truly yours," above it: no letter
    end = min(len(text), marks[-1].end() + _CLOSING_REACH)
    if not _SIGNER_RE.search(text, marks[0].end(), end):
        return None
    return marks[0].start(), end


# a signatory's block without a heading above it: "Acme, Inc.\n\nBy: ____\nName: ..."
_SIGNER_BLOCK_RE = re.compile(
    r"^[ \t]*(?:By|BY)[ \t]*:[^\n]*\n(?:[ \t]*\n)?[ \t]*(?:Name|NAME|Title|TITLE|Its|ITS)[ \t]*:",
    re.MULTILINE,
)


def _signer_blocks(text: str, start: int) -> tuple[int, int] | None:
    """Signatories' blocks the last clause ends with, when no "IN WITNESS WHEREOF" or letter's
    sign-off announces them: from the line above the first "By:" / "Name:" pair to a little after
    the last."""
    blocks = list(_SIGNER_BLOCK_RE.finditer(text, start))
    if not blocks:
        return None
    lo = max(start, blocks[0].start() - 400)
    above = text[lo : blocks[0].start()].rstrip()
    # "OHIO FALLS ... L.P.\nBy: Riverfront Tower GP, Inc., its general partner\n\nBy: /s/ ...":
    # a party that signs through another stands above the other's "By:" line
    while re.match(r"[ \t]*(?:By|BY)\b", above[above.rfind("\n") + 1 :]) and "\n" in above:
        above = above[: above.rfind("\n")].rstrip()
    return lo + above.rfind("\n") + 1, min(len(text), blocks[-1].end() + 200)


def _signing_agent(text: str, m: re.Match[str], sig_start: int, letter: bool = False) -> bool:
    """An entity in a signature block that signs for a party or only acknowledges the contract:
    "By: Bracken Advisors GP, LLC, its general partner", or a block under "ACKNOWLEDGED". Below a
    letter's sign-off (`letter`), "ACKNOWLEDGED AND AGREED:" is the addressee accepting the letter;
    under a contract's signature blocks it is a bystander's (a beneficiary, an adviser)."""
    line_start = text.rfind("\n", 0, m.end()) + 1  # the line the name ends on
    line = text[line_start : m.end() + 40]
    # in a signature block "X, as agent" signs for a party; in a preamble "X, as Administrative
    # Agent", "X, as principal" is a party in that capacity, and only "X, as its general partner"
    # acts for another
    agent_of = (
        r",?\s+(?i:its|as)\s+\w"
        if sig_start
        else r",?\s+(?i:its\s+\w|as\s+(?:its|their|his|her)\s)"
    )
    if (
        re.match(r"\s*(?:By|BY)\s*:", line)
        or re.search(r"\b(?:By|BY)\s*:\s*$", text[max(0, m.start() - 8) : m.start()])
        or re.match(agent_of, text[m.end() : m.end() + 40])
    ):
        return True
    above = text[max(sig_start, m.start() - 300) : m.start()]
    last = None
    for last in re.finditer(r"\b(?:ACKNOWLEDGED|Acknowledged|ACCEPTED|Accepted|By|BY)\b", above):
        pass
    return (
        last is not None
        and last.group(0).lower() == "acknowledged"
        and "accept" not in above[last.start() - 30 : last.start()].lower()
        and not (
            letter
            and re.match(
                r"\s*,?\s*(?:and|&)\s+(?:agreed|accepted)\b", above[last.end() :], re.IGNORECASE
            )
        )
    )


#: "/s/ Lydia M. Farnsworth" on a line of its own, the same name printed on the next
_SELF_SIGNED_RE = re.compile(
    r"^[ \t]*/[sS]/[ \t]*([A-Z][^\n]{2,60}?)[ \t]*\n[ \t]*([A-Z][^\n]{2,60}?)[ \t]*$", re.MULTILINE
)


def _signatories(
    text: str,
    clauses: list[Clause],
    found: list[_Found],
    entity_for: Callable[[str], _Found | None],
) -> None:
    """The parties of the signature blocks, added to `found`: the entity line above a "By:" line
    (in the signature clause, below a letter's sign-off, or in the blocks the last clause ends
    with), and a person who signs for themself."""
    sig = next((c for c in clauses if c.id == "c-signatures"), None)
    span = (sig.start, sig.end) if sig is not None else _closing_blocks(text)
    letter = sig is None and span is not None
    if span is None:
        # after the start of the last numbered clause
        last = [c.start for c in clauses if c.number]
        span = _signer_blocks(text, last[-1] if last else 0)
    if span is not None:
        for m in _ENTITY_RE.finditer(text, *span):
            if _signing_agent(text, m, span[0], letter):
                continue
            if re.match(r",?\s*\((?:the\s+)?[\"“]", text[m.end() : m.end() + 12]):
                # a name given an alias is in a sentence (a schedule after the signatures: "rights
                # subject to agreements with Gridiron Media LLC ("GML")"), not a signatory's block
                continue
            name = _finish_name(_entity_line(_title_off(text, m), signature=True))
            if name and entity_for(name) is None and _CORP_RE.search(name):
                found.append(_Found(name, m.start()))
        # a person who signs for themself: "/s/ Lydia M. Farnsworth" over "LYDIA M. FARNSWORTH",
        # on no "By:" line (one who signs "By: /s/ ..." signs for an entity)
        for m in _SELF_SIGNED_RE.finditer(text, *span):
            name = _finish_name(m.group(2))
            if (
                name
                and _norm(m.group(1)) == _norm(m.group(2))
                and (_person_like(name) or (name.isupper() and _person_like(name.title())))
                and entity_for(name) is None
            ):
                found.append(_Found(name, m.start(2)))
