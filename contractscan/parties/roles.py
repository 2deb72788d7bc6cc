"""Role words and the role an alias names (role_for_alias): the words of each canonical role, the
pronouns of "we" and "you", the words that name no party, and the generic words that never name one
party by themselves."""

from __future__ import annotations

from ..models import DocumentKind, PartyRole

_ROLE_WORDS: dict[str, PartyRole] = {}
for _role, _words in {
    PartyRole.provider: "provider vendor supplier licensor processor seller manufacturer consultant",
    PartyRole.customer: "customer client licensee subscriber controller deployer employer buyer "
    "purchaser distributor reseller",
    PartyRole.data_supplier: "labeller labeler annotator",
    PartyRole.end_user: "candidate applicant patient end-user",
    PartyRole.subprocessor: "subprocessor sub-processor",
}.items():
    for _w in _words.split():
        _ROLE_WORDS[_w] = _role
_MULTI = {
    "service provider": PartyRole.provider,
    "data supplier": PartyRole.data_supplier,
    "data provider": PartyRole.data_supplier,
    "end user": PartyRole.end_user,
    # a payment service the vendor appoints, not the vendor ("processor" alone is, in a DPA)
    "payment processor": PartyRole.third_party,
    "payment provider": PartyRole.third_party,
    "payment service provider": PartyRole.third_party,
    "card processor": PartyRole.third_party,
}
_WE = ("we", "us", "our", "ours")
_YOU = ("you", "your", "yours")
_NOT_PARTIES = frozenset(
    [
        "agreement",
        "terms",
        "tos",
        "services",
        "service",
        "effective date",
        "term",
        "party",
        "parties",
        "this agreement",
        "confidential information",
        "territory",
        "products",
        "product",
        "affiliate",
        "affiliates",
        "software",
        "documentation",
        "order",
        "order form",
        "sla",
        "dpa",
        "policy",
        "schedule",
        "exhibit",
        "content",
        "data",
        "fees",
        "customer data",
        "deliverables",
        "work",
        "intellectual property rights",
        "platform",
        "site",
        "sites",
        "website",
        "user content",
        "your data",
        "your content",
        "your account",
        "account",
        "privacy policy",
        "terms of service",
        "terms of use",
        "end user",
        "end users",
        "users",
        "user",
    ]
)


def _role_of_word(word: str) -> PartyRole | None:
    w = word.lower().strip(" .,'\"“”’*").removeprefix("the ").strip()
    if w in _MULTI:
        return _MULTI[w]
    return _ROLE_WORDS.get(w)


def role_for_alias(alias: str, kind: DocumentKind) -> PartyRole | None:
    """The role an alias names by itself in a document of `kind`, if it names one."""
    a = alias.lower().strip(" .,'\"“”’*").removeprefix("the ").strip()
    eut = kind == DocumentKind.end_user_terms
    if a in _WE:
        return PartyRole.customer if eut else PartyRole.provider
    if a in _YOU:
        return PartyRole.end_user if eut else PartyRole.customer
    if a == "company":
        return PartyRole.customer if eut else (PartyRole.provider if kind in _TOS_KINDS else None)
    if a in ("end user", "end users"):
        return PartyRole.end_user
    if a in ("user", "users", "consumer", "consumers"):
        return PartyRole.end_user if eut else (PartyRole.customer if kind in _TOS_KINDS else None)
    if (
        a in ("contractor", "labeller", "labeler", "annotator", "vendor")
        and kind == DocumentKind.sow
    ):
        return PartyRole.data_supplier if a != "vendor" else PartyRole.provider
    if a == "contractor":
        return PartyRole.data_supplier if kind == DocumentKind.sow else PartyRole.provider
    role = _role_of_word(a)
    if role is None:
        # "Data Processor", "AI Provider", "Business User": the head noun decides
        last = a.split()[-1] if a.split() else ""
        role = role_for_alias(last, kind) if last != a and last not in _WE + _YOU else None
    return role


_TOS_KINDS = {
    DocumentKind.terms_of_service,
    DocumentKind.acceptable_use_policy,
    DocumentKind.ai_addendum,
    DocumentKind.sla,
    DocumentKind.dpa,
}


# the role a cover page sets beside or below a party's name, in a column or a line of its own
_COVER_ROLES = (
    "franchisor|franchisee|licensor|licensee|sublicensee|distributor|supplier|manufacturer|reseller|"
    "developer|publisher|sponsor|contractor|consultant|customer|client|vendor|purchaser|buyer|seller|"
    "lender|borrower|landlord|tenant|lessor|lessee|guarantor|employer|employee|investor|agent"
)
# one word that names a role or a kind of organisation, never one party by itself
_GENERIC_SHORT = frozenset(
    [
        *_ROLE_WORDS,
        *(w for m in _MULTI for w in m.split()),
        *(n for n in _NOT_PARTIES if " " not in n),
    ]
    + [
        "company",
        "bank",
        "group",
        "holding",
        "holdings",
        "partners",
        "partnership",
        "fund",
        "trust",
        "city",
        "state",
        "county",
        "university",
        "capital",
        "owner",
        "developer",
        "franchisor",
        "franchisee",
        "contractor",
        "licensor",
        "licensee",
        "sponsor",
        "agent",
        "lender",
        "borrower",
        "manager",
        "member",
        "reseller",
        "parent",
        "investor",
        "shareholder",
        "employee",
        "executive",
        "corp",
        "new",
        "national",
        "international",
        "american",
        "global",
        "united",
        "first",
        "general",
    ]
)


_GENERIC_FIRST = frozenset(
    [
        "american",
        "national",
        "international",
        "global",
        "united",
        "first",
        "general",
        "new",
        "the",
        "data",
    ]
)
