"""Layouts without a preamble sentence: labelled fields ("Party A: ...", "DEVELOPER: ..."), role
columns and key-terms tables, cover pages with a role beside a name, a press release's ticker and
signing subsidiary."""

from __future__ import annotations

import re
from collections.abc import Callable

from .found import _Found
from .legal_forms import _CORP_RE, _ORG_WORDS_RE
from .names import (
    _DESCRIPTOR_START_RE,
    _alias_like,
    _entity_like,
    _field_name,
    _finish_name,
    _norm,
    _person_like,
)
from .preamble import _before
from .roles import _COVER_ROLES

_LABEL_END = (
    r"(?=[ \t]{2,}|[ \t]+(?:Address|ADDRESS|Registration|Registered|Legal\s+Representative|Phone|Tel|"
    r"Fax|E-?mail|Attn)\b|[ \t]*\((?![A-Za-z]+\))|[ \t]*[^\x00-\u024f\s]|[ \t]*\n|\Z|"
    # "Client: Holloway Minerals Inc., 4 Quarry Road, Reno": the address after the name
    r",[ \t]+(?:\d|(?:P\.?O\.?[ \t]+Box|c/o)\b))"
)
_LABELLED_RE = re.compile(
    r"^[ \t]*(?:Party[ \t]+[A-Z]|PARTY[ \t]+[A-Z]|[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?[ \t]*:[ \t]*Name)"
    r"[ \t]*[:：][ \t]*([A-Z][^\n]{1,100}?)" + _LABEL_END,
    re.MULTILINE,
)
_PARTY_LETTER_RE = re.compile(
    r"^[ \t]*(?:(?P<role1>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*\([ \t]*)?"
    r"(?P<label>Party[ \t]+[A-Z]|PARTY[ \t]+[A-Z])(?![\w])"
    r"(?:[ \t]*\)|[ \t]*\([ \t]*(?P<role2>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*\))?[ \t]*[:：][ \t]*"
    r"(?:\n[ \t]*(?:(?:Company|Full|Legal|Registered)[ \t]+)?Name[ \t]*[:：][ \t]*)?"
    r"(?P<name>[A-Z][^\n]{1,100}?)" + _LABEL_END,
    re.MULTILINE,
)
_ROLE_LABEL_WORDS = (
    r"(?:Service[ \t]+)?(?:Provider|Vendor|Supplier|Licensor|Licensee|Customer|Client|Company|"
    r"Contractor|Consultant|Distributor|Reseller|Purchaser|Buyer|Seller|Manufacturer|Franchisor|"
    r"Franchisee|Sponsor|Subscriber)"
)
_ROLE_COLUMNS_RE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:\*\*)?("
    + _ROLE_LABEL_WORDS
    + r")(?:\*\*)?[ \t]*:?[ \t]*(?:\||[ \t]{2,})"
    r"[ \t]*(?:\*\*)?(" + _ROLE_LABEL_WORDS + r")(?:\*\*)?[ \t]*:?[ \t]*\|?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# the line under a header row, past a Markdown table's "|---|---|"
_ROW_AFTER_RE = re.compile(r"\n(?:[ \t]*\|?[ \t:\-|]+\n)?([^\n]+)")
_ROLE_LABEL_RE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:\*\*|__)?(?:The[ \t]+)?(" + _ROLE_LABEL_WORDS + r")[ \t]*"
    r"(?:(?:(?:Legal|Full|Company|Registered|Entity)[ \t]+)?Name[ \t]*)?"
    r"(?:\*\*|__)?[ \t]*(?:[:：]|(?<=\S)[ \t]*\|(?=[^|\n]*\|))[ \t]*(?:\*\*|__)?[ \t]*([A-Z][^\n|]{1,100}?)"
    + _LABEL_END,
    re.MULTILINE | re.IGNORECASE,
)


_QUOTED_LABEL_RE = re.compile(
    r"(?:^|[ \t]{2,})[\"“]([A-Z][A-Za-z\- ]{1,30}?)[\"”][ \t]*:?[ \t]+([A-Z][^\n\"“”()]{1,80}?)(?=[ \t]{2,}|[ \t]*\n|$)",
    re.MULTILINE,
)
_SHORT_NAME_RE = re.compile(
    r"^[ \t]*(?i:short[ \t]+(?:name|form)|referred[ \t]+to[ \t]+as|defined[ \t]+as)[ \t]*:?[ \t]+"
    r"[\"“]?(?:the[ \t]+)?([A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*){0,2})[\"”]?[ \t]*$",
    re.MULTILINE,
)
_ANY_LABEL_RE = re.compile(
    # (a row of a Markdown table, "| SELLER: | Blue Ash Timberlands, LLC |", is a field too)
    r"^[ \t]*(?:\|[ \t]*)?(?:\*\*|__)?([A-Z][A-Za-z\-]+(?:[ \t][A-Z][A-Za-z\-]+)?)(?:\*\*|__)?[ \t]*[:：]"
    r"(?:[ \t]*\|)?[ \t]*(?:\*\*|__)?[ \t]*([A-Z][^\n|]{1,100}?)(?=[ \t]*\||" + _LABEL_END[3:],
    re.MULTILINE,
)
# field labels that name no party
_NOT_LABELS = frozenset(
    (
        "name address attention attn contact title by signature email e mail phone telephone tel "
        "fax facsimile date dated re subject from to cc copy copies effective date agreement "
        "contract number no ref reference website web site registered office notices notice "
        "payment bank account term territory product products note notes source exhibit schedule "
        "section article witness approved accepted agreed acknowledged location premises property "
        "project program period price amount fee fees total commencement expiration place venue "
        "governing law jurisdiction signed print printed legal name company name entity type state "
        "country city zip"
    ).split()
    + [
        "effective date",
        "legal name",
        "company name",
        "e mail",
        "web site",
        "registered office",
        "governing law",
        "print name",
        "entity type",
    ]
)
#: the last word of a field label naming someone who advises or acts for a party, not a party:
#: "Company Counsel:", "Landlord's Broker:", "Architect:"
_ADVISER_WORDS = frozenset(
    "counsel attorney attorneys lawyer lawyers solicitor solicitors broker brokers architect "
    "architects engineer accountant accountants auditor auditors adviser advisers advisor advisors "
    "notary surveyor surveyors".split()
)
_COPY_TO_RE = re.compile(
    r"\b(?i:cop(?:y|ies))(?:[ \t]*\([^()]{0,80}\))?[ \t\n]+(?i:to)[ \t]*:?[ \t]*(?:\n[ \t]*)?\Z"
)
_ADVISER_FIELD_RE = re.compile(
    r"\b(?i:"
    + "|".join(sorted(_ADVISER_WORDS))
    + r")[ \t]*:[ \t]*(?:\n[ \t]*(?:\([^)\n]*\)[ \t]*\n[ \t]*)?)?\Z"
)
_NAME_ROW_RE = re.compile(
    r"^[ \t]*\|[ \t]*(?:\*\*)?(?i:(?:(?:full|legal|registered|company|corporate|entity|party)[ \t]+)?"
    r"(?:legal[ \t]+)?name)(?:\*\*)?[ \t]*\|([^\n]+?)\|?[ \t]*$",
    re.MULTILINE,
)
# a cover page: "between" / NAME / "and" / NAME, each on its own line
# (or, on an English cover, "(1) NAME" / "- and -" / "(2) NAME" without the "between" line)
_COVER_RE = re.compile(
    r"^[ \t]*(?:(?i:by[ \t]+and[ \t]+between|between|among)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?:\(1\)[ \t]*)?|\(1\)[ \t]*)([A-Z][^\n]{1,100}?)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*[-–—]*[ \t]*(?i:and)[ \t]*[-–—]*[ \t]*:?[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*(?:\(2\)[ \t]*)?([A-Z][^\n]{1,100}?)[ \t]*$",
    re.MULTILINE,
)
_LISTING_ONLY_RE = re.compile(r"\s*(?:,\s+(?i:an?|the)\s|,?\s*\((?:(?i:the)\s+)?[\"“])")
_TICKER_RE = re.compile(
    r"((?:[A-Z][\w&'’.\-]*,?\s+){0,6}[A-Z][\w&'’.\-]*),?\s+\((?:Nasdaq|NASDAQ|NYSE|AMEX|OTC|OTCBB|TSX)"
    r"(?:[ \t]*[A-Za-z]*)?[ \t]*:[ \t]*([A-Z]{1,6})\)"
)
_COVER_ROLE_RE = re.compile(
    r"(?:[ \t]{4,}|\t|[ \t]*\n(?:[ \t]*\n)?[ \t]*)\(?"
    rf"((?:(?i:the)[ \t]+)?(?:[A-Z][A-Za-z\-]+[ \t]+){{0,2}}(?i:{_COVER_ROLES}))\)?"
    r"(?=[ \t]{4,}|[ \t]*\n|[ \t]*\Z)"
)


_SIGNING_SUBSIDIARY_RE = re.compile(
    r"\b(?i:(?:its|their)\s+(?:(?:principal|wholly[\s-]+owned|banking|operating|main)\s+)?subsidiary),\s+"
    r"((?:(?i:the)\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|and|&)){0,6}),\s+"
    r"(?i:(?:has|have|today|recently)?\s*(?:entered\s+into|signed|executed|agreed))\b"
)


def _labelled_parties(
    text: str,
    reach: int,
    pre_end: int,
    found: list[_Found],
    entity_for: Callable[[str], _Found | None],
) -> None:
    """The parties of labelled layouts in the opening, added to `found`: two parties under their
    roles side by side, fields labelled "Party A:" or by a role word, a key-terms table's name
    row."""
    # 1d. two parties side by side under their roles: "LICENSOR:        LICENSEE:" over
    #     "Gravelpit Analytics, Inc.      Ashuelot Valley Regional Water District", or a table's
    #     "| Customer | Vendor |" over "| Thornbury Utilities Commission | Calloway Group, Inc. |"
    for m in _before(_ROLE_COLUMNS_RE.finditer(text, 0, reach), pre_end):
        row = _ROW_AFTER_RE.match(text, m.end())
        if row is None:
            continue
        line = row.group(1).strip()
        cells = line.strip("|").split("|") if line.startswith("|") else re.split(r"[ \t]{2,}", line)
        if len(cells) != 2:
            continue
        for label, cell in zip((m.group(1), m.group(2)), cells):
            name = _field_name(cell.strip(" *_"))
            if name and (_entity_like(name, False) or _person_like(name)):
                f = entity_for(name)
                if f is None:
                    f = _Found(name, row.start(1) + line.find(name))
                    found.append(f)
                f.add(label.title() if label.isupper() else label)
    # 1c. labelled layouts: "Party A: Acme (Shenzhen) Co., Ltd.  Address: ...", a cover page's
    #     "SPONSOR:   Name: Rubio's Grill   Phone: ...", a press release's "Acme Bancorp (Nasdaq: ACME)"
    # "Party A (Pledgee): Beijing Zhongtian Co., Ltd.", "Lender (Party A): ...", "Party B:\nName: ..."
    for m in _before(_PARTY_LETTER_RE.finditer(text, 0, reach), pre_end):
        name = _field_name(m.group("name"))
        if not name or not (_entity_like(name, False) or _person_like(name)):
            continue
        # the label is not made an alias: a bare "Party A:" field defines no term (CUAD does not
        # list it either); the body's "Party A" is read by the role of the party's order
        if entity_for(name) is None:
            found.append(_Found(name, m.start("name")))
    for m in _before(_LABELLED_RE.finditer(text, 0, reach), pre_end):
        name = _field_name(m.group(1))
        if name and (_entity_like(name, False) or _person_like(name)) and entity_for(name) is None:
            found.append(_Found(name, m.start(1)))
    for m in _before(_ROLE_LABEL_RE.finditer(text, 0, reach), pre_end):
        name = _field_name(m.group(2))
        if name and (_entity_like(name, False) or _person_like(name)) and entity_for(name) is None:
            f = _Found(name, m.start(2))
            f.add(m.group(1).strip())
            found.append(f)
    # "DEVELOPER: Quartz Games Studio LLC", "OWNER:  Seaview Hotels LP": a field named by any role
    # word, holding a name with a legal form
    for m in _before(_ANY_LABEL_RE.finditer(text, 0, reach), pre_end):
        label = m.group(1).strip()
        # "Affiliate Name: Crescent Cable Company": the field of a party the preamble named only
        # by its role ("the affiliate identified below ("Affiliate")")
        role_name = re.match(r"(.+?)[ \t]+(?:Legal[ \t]+)?Name$", label)
        if role_name is not None:
            unnamed = entity_for(role_name.group(1))
            name = _finish_name(m.group(2))
            if (
                unnamed is not None
                and name
                and _entity_like(name, False)
                and entity_for(name) is None
                and not any(_CORP_RE.search(n) or _person_like(n) for n in unnamed.names)
            ):
                unnamed.names.insert(0, name)
                continue
        if (
            _norm(label) in _NOT_LABELS
            or not _alias_like(label)
            or _norm(label).split()[-1] in _ADVISER_WORDS
        ):
            continue
        name = _field_name(m.group(2))
        # a name with a legal form, or one a descriptor follows ("BUYER: Scioto Valley Forest
        # Products Company, an Indiana corporation")
        described = _DESCRIPTOR_START_RE.search(m.group(2)) is not None
        if (
            name
            and (_CORP_RE.search(name) or (described and _ORG_WORDS_RE.search(name)))
            and entity_for(name) is None
        ):
            f = _Found(name, m.start(2))
            f.add(label)
            found.append(f)
    # a key-terms table: "| Legal name | Quantic Forms Ltd | Meadowbank District Council |"
    for m in _before(_NAME_ROW_RE.finditer(text, 0, reach), pre_end):
        for cell in m.group(1).split("|"):
            name = _finish_name(cell.strip(" *_"))
            if (
                name
                and (_entity_like(name, False) or _person_like(name))
                and entity_for(name) is None
            ):
                found.append(_Found(name, m.start(1)))
