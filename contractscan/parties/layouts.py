"""Layouts without a preamble sentence: labelled fields ("Party A: ...", "DEVELOPER: ..."), role
columns and key-terms tables, cover pages with a role beside a name, a press release's ticker and
signing subsidiary."""

from __future__ import annotations

import re

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
