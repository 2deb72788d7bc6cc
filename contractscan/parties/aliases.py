"""Aliases a preamble gives beyond its quoted definitions: bracketed aliases without quotes,
"referred to as", trade names, a name shared by several parties, and entities or people defined
together or later in the body."""

from __future__ import annotations

import re

from ..models import DefinedTerm, DocumentKind
from .descriptors import _HARD_BOUNDARY_RE, _walk_back
from .legal_forms import _BARE_SUFFIXES, _CORP_RE, _LEGAL_END_RE
from .names import (
    _NAME_JOINERS,
    _alias_like,
    _entity_like,
    _finish_name,
    _norm,
    _person_like,
    _split_names,
)
from .places import _COUNTRIES, _PLACES
from .roles import _COVER_ROLES, role_for_alias

# spaces that may wrap onto the next line of a hard-wrapped filing, never over a blank line
_SP = r"(?:[ \t]|\n(?![ \t]*\n))+"
_Q_TERM = (
    r"(?:[\"“](?:\*\*)?(?P<%s>(?:[^\"“”\n]|\n(?![ \t]*\n)){1,40}?)(?:\*\*)?[\"”]"
    r"|['‘](?P<%s_s>[A-Z][^'‘’\"“”\n]{0,39}?)['’])"
)
_EACH_OF_RE = re.compile(
    r"\b(?:(?i:each\s+of)\s+(?P<list>[^.;:()\"“”]{1,200}?)\s+(?i:is|shall\s+be|may\s+be|will\s+be)|"
    r"(?P<list2>[^.;:()\"“”]{1,200}?)\s+(?i:are|shall\s+be)\s+(?i:each))\s+"
    r"(?i:(?:(?:hereinafter|herein|hereafter)\s+)?(?:(?:individually|each)\s+)?"
    r"(?:referred\s+to\s+(?:herein\s+)?as|called)\s+(?:an?\s+|the\s+)?)"
    + _Q_TERM % ("one", "one")
    + r"(?:\s*,?\s*(?i:and\s+(?:collectively|together|jointly)\s*,?\s*(?:as\s+)?(?:the\s+)?)"
    + _Q_TERM % ("many", "many")
    + r")?"
)
_ALIAS_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*\([^()\"“”]{0,60}?[\"“]([^\"”\n]{1,60})[\"”]")
_UNQUOTED_ALIAS_RE = re.compile(
    rf"\b(?i:hereinafter|hereafter)(?:{_SP}(?i:referred{_SP}to{_SP}as|called|known{_SP}as))?{_SP}"
    rf"(?:(?i:the){_SP})?([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)(?=[ \t]*[,;.)]|{_SP}and\b)"
)
_PAREN_ROLE_RE = re.compile(
    r"\((?:(?i:the)[ \t]+)?((?i:(?:Service[ \t]+)?(?:Provider|Vendor|Supplier|Licensor|Licensee|Customer|"
    r"Client|Contractor|Consultant|Distributor|Reseller|Purchaser|Buyer|Seller|Manufacturer|Franchisor|"
    r"Franchisee|Subscriber)))\)"
)
_DBA_RE = re.compile(
    r"\b(?:doing\s+business\s+as|d/b/a|d\.b\.a\.|dba|[fap]\.k\.a\.|trading\s+as|t/a|f/k/a|[ap]/k/a|"
    r"(?:formerly|previously|also|professionally)\s+known\s+as|"
    r"formerly(?=\s+(?-i:[A-Z])))(?:[ \t]+|[ \t]*\n[ \t]*)(?:the(?:[ \t]+|[ \t]*\n[ \t]*))?"
    # the name may wrap onto the next line: "f/k/a Pruitt Home Goods,\n    Inc., an Ohio ..."
    r"((?:[A-Z0-9][\w&'’.\-]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:of|and|&|de)(?:[ \t]+|[ \t]*\n[ \t]*))?){0,5}?[A-Z0-9][\w&'’\-]*\.?)"
    r"(?=[ \t]*[,();\n]|[ \t]+(?:and|a|an)\b|\.\s|$)",
    re.IGNORECASE,
)
_FORM_AFTER_COMMA_RE = re.compile(r",[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?(?=[ \t]*[,();\n]|$)")


_MEANS_WORD_RE = re.compile(r"\b(?:means?|mean|refers? to)\b", re.IGNORECASE)
_AFTER_MEANS_RE = re.compile(
    r"\b(?:means?|refers? to)\s+(?:the\s+)?(.{2,160}?)(?=,\s+(?:an?|the|and|or)\s|[;(]|\.\s|\s+and\s+[\"“]|$)",
    re.IGNORECASE | re.DOTALL,
)


#: a pronoun that goes with an unquoted alias in its bracket ("(Wagtail, we, us)"), and what
#: parts it from the alias or the pronoun before
_PRONOUN = r"(?:we|us|our|you|your)"
_PRONOUN_SEP = r"(?:\s*,\s*|\s+or\s+|\s+and\s+)"

_UNQUOTED_PAREN_ALIAS_RE = re.compile(
    rf"\((?P<lead>(?i:(?:hereinafter|hereafter)(?:{_SP}(?:referred{_SP}to{_SP}as|called))?{_SP})?"
    rf"(?:(?i:the){_SP})?)(?P<alias>[A-Z][\w&\-]*(?:{_SP}[A-Z][\w&\-]*){{0,2}})"
    # "(Wagtail, we, us)", "(Retailer, you)": the pronouns the alias goes with, unquoted too,
    # which make it a party's alias wherever the bracket stands
    rf"(?:(?P<pronouns>(?:{_PRONOUN_SEP}{_PRONOUN}\b)+)\)|\)"
    # "Southern Cross Analytics Pty Ltd (SCA) ABN 12 345 678 901": the register number after it
    # (or the next party after "to": "supplied by Hammerkop ... (Hammerkop) to the insurer ...")
    r"(?=[ \t]*(?:[,;.]|\n|$|(?i:and|or|of\s+the|on\s+the|as|hereto|to\s+(?:the|an?|you))\b|"
    r"(?:ABN|ACN|ARBN|NZBN|UEN)\b)))",
    re.MULTILINE,
)


# the end of a party's entry: its line, or its line's "; and"
_ENTRY_END_RE = re.compile(r"[ \t]*[.;,]?(?:[ \t]*(?:and|AND))?[ \t]*(?:\n|\Z)")
# a word that names a party by what it does in a contract: "Landlord", "Assignee", "Guarantor"
_ROLE_NOUN_RE = re.compile(r"[A-Z][a-z]{2,}(?:or|ee|er|ant|ent|ary)|Landlord|Lender|Agent|Trustee")


_SIGNING_HEAD_RE = re.compile(
    r"\s*(?i:signed|executed|by\b|for\b|name\b|title\b|witness|in\s+witness|accepted|agreed)"
)


def _party_entry(text: str, at: int) -> bool:
    """`at` is in a paragraph that a party's name opens, not a signing block ("Signed by ... for
    and on behalf of ...")."""
    para = text.rfind("\n\n", 0, at)
    head = text[para + 2 if para >= 0 else 0 : at]
    return _SIGNING_HEAD_RE.match(head) is None and "on behalf of" not in head


_ENTRY_NAME_RE = re.compile(
    r"\s*(?:\(?(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[.)]\s*)?((?:[A-Z][\w&'’\-]*[ \t]+){0,3}[A-Z][\w&'’\-]*)"
)


#: a name after the word that introduces a party in a sentence: "supplied by Hammerkop Analytics
#: Pty Ltd", "between Acme Inc."
_NAMED_AFTER_RE = re.compile(
    r"\b(?:by|between|among|and|to|with)\s+(?P<name>(?:[A-Z][\w&'’\-]*[ \t]+){0,4}[A-Z][\w&'’\-]*)"
)


def _entry_name(text: str, at: int) -> str:
    """The first words of the paragraph `at` is in, after its number: "Kestrel Outdoor Pty"."""
    para = text.rfind("\n\n", 0, at)
    m = _ENTRY_NAME_RE.match(text, para + 2 if para >= 0 else 0, at)
    return m.group(1) if m else ""


def _role_noun(alias: str) -> bool:
    """A one-word role a bare bracket names a party by ("(Landlord)", "(Assignee)"), no place."""
    low = alias.lower()
    return (
        _ROLE_NOUN_RE.fullmatch(alias) is not None
        and low not in _COUNTRIES
        and re.fullmatch(_PLACES, low) is None
    ) or low in _COVER_ROLES.split("|")


def _unquoted_aliases(
    text: str, pre_end: int, sentence: tuple[int, int], definitions: list[DefinedTerm]
) -> list[DefinedTerm]:
    """Aliases in brackets without quotes: `Ruth Pelham (the Executive)`, `Acme Inc. (hereinafter
    the Company)` anywhere before the end of the preamble, and a bare `Acme Inc. (Acme)` in the
    sentence that names the parties. Places ("(Israel)", "(Hong Kong) Limited"), tickers and
    document words are none."""
    quoted = {d.start for d in definitions}
    out = []
    for m in _UNQUOTED_PAREN_ALIAS_RE.finditer(text, 0, pre_end):
        alias = m.group("alias")
        in_sentence = sentence[0] <= m.start() < sentence[1]
        # a party's own entry in a list of parties: "1. WYVERN LTD ... whose registered office is
        # at ... (Assignor).", "Kestrel Pty Ltd (ACN ...) of Level 3, ... (Kestrel)"
        entry = (
            not in_sentence
            and _ENTRY_END_RE.match(text, m.end()) is not None
            and _party_entry(text, m.start())
        )
        pronouns = re.findall(rf"\b{_PRONOUN}\b", m.group("pronouns") or "")
        if not (m.group("lead") or in_sentence or entry or pronouns):
            continue
        if (
            not m.group("lead")
            # the one word that ends a party's entry is its alias, whatever it is ("(Company)",
            # "(Principal)"): what ends an entry is no part of a sentence
            and not (entry and " " not in alias)
            and not pronouns
            and role_for_alias(alias, DocumentKind.other) is None
            and not _role_noun(alias)
        ):
            # a bare `(Ashcombe)`, `(AWI)` shortens the name before it; `Halle (Saale)` does not
            before = _walk_back(text[max(0, m.start() - 120) : m.start()]) or ""
            if not in_sentence:
                # a party's entry: the name that opens it, however long its address
                before += " " + _entry_name(text, m.start())
            else:
                # in the sentence that names the parties, the name the words since the last
                # bracket open with: "Hammerkop Analytics Pty Ltd ABN 00 000 000 000 of Level 14,
                # 88 Carrington Lane, Sydney NSW 2000 (Hammerkop)"
                since = text[max(sentence[0], m.start() - 300) : m.start()]
                named = None
                for named in _NAMED_AFTER_RE.finditer(since, since.rfind(")") + 1):
                    pass
                before += " " + (named.group("name") if named else "")
            words = [
                w for w in re.findall(r"[A-Za-z][\w&\-]*", before) if w.lower() not in _NAME_JOINERS
            ]
            initials = "".join(w[0] for w in words if not _CORP_RE.fullmatch(w)).lower()
            first = alias.split()[0].lower()
            if not words or (
                first not in (w.lower() for w in words)
                and not (len(alias) >= 2 and initials.startswith(alias.lower()))
            ):
                continue
        if any(m.start() <= q < m.end() for q in quoted):
            continue
        low = _norm(alias)
        if (
            not _alias_like(alias)
            or low in _COUNTRIES
            or re.fullmatch(_PLACES, low)
            or low in ("usa", "us", "uk", "eu", "prc")
            or (low in _BARE_SUFFIXES and low != "company")
        ):
            continue
        definition = " ".join(text[m.start() : m.end()].split())
        out.append(
            DefinedTerm(term=alias, definition=definition, start=m.start("alias"), end=m.end())
        )
        # the pronouns as aliases of the same bracket, which give the party its role
        out += [
            DefinedTerm(term=w, definition=definition, start=m.start("pronouns"), end=m.end())
            for w in pronouns
        ]
    return out


_REFERRED_TERM_RE = re.compile(
    r"\b(?i:(?:is|are|shall\s+be|will\s+be)\s+(?:hereinafter\s+|herein\s+)?(?:referred\s+to|called|known)"
    r"\s+as\s+(?:the\s+)?)(?P<q>[\"“])(?P<term>[A-Z][^\"”\n]{0,40})[\"”]"
    r"(?P<more>(?:,?\s+(?i:and)\s+[^\"“”\n]{2,120}?\s+(?i:as\s+(?:the\s+)?)[\"“][A-Z][^\"”\n]{0,40}[\"”])*)"
)
_MORE_TERM_RE = re.compile(
    r"\s+(?i:as\s+(?:the\s+)?)(?P<q>[\"“])(?P<term>[A-Z][^\"”\n]{0,40})[\"”]"
)


def _referred_aliases(text: str, pre_end: int, definitions: list[DefinedTerm]) -> list[DefinedTerm]:
    """Aliases a sentence of the preamble gives without brackets: `Larkfield Wines Limited is
    referred to as "Larkfield" and Oakmere Distributors Inc. as "Oakmere"`."""
    quoted = {d.start for d in definitions}
    out = []
    for m in _REFERRED_TERM_RE.finditer(text, 0, pre_end):
        terms = [(m.start("q"), m.group("term"), m.end("term") + 1)]
        for mm in _MORE_TERM_RE.finditer(text, m.start("more"), m.end("more")):
            terms.append((mm.start("q"), mm.group("term"), mm.end("term") + 1))
        for start, term, end in terms:
            if start not in quoted and _alias_like(term):
                out.append(DefinedTerm(term=term, definition=text[start:end], start=start, end=end))
    return out


_LATER_REACH = 20000  # characters in which a role the party sentence names may be defined


def _parties_defined_later(
    text: str, definitions: list[DefinedTerm], sentence: tuple[int, int], pre_end: int
) -> list[tuple[str, str]]:
    """(term, name) of the roles the sentence that names the parties uses without naming them
    ("between the Manufacturer and the Distributor"), each defined after the preamble as a
    name with a legal form ('"Manufacturer" shall mean Tannery Row Leatherworks, Inc.')."""
    lo, hi = sentence
    out: list[tuple[str, str]] = []
    for d in definitions:
        if not (pre_end <= d.start < _LATER_REACH) or text[d.start : d.start + 1] not in '"“':
            continue
        if not _MEANS_WORD_RE.search(text, d.start, d.end) or not re.search(
            rf"\bthe\s+{re.escape(d.term)}\b", text[lo:hi]
        ):
            continue
        name, _ = _name_after_means(text, d)
        if name and _LEGAL_END_RE.search(name) and (d.term, name) not in out:
            out.append((d.term, name))
    return out


_TOGETHER_RE = re.compile(
    r"\((?:[^()]*\s)?(?:together|collectively|jointly)\b[^()]*$", re.IGNORECASE
)


_WITH_ITS_RE = re.compile(
    r"\s+and\s+its\s+(?:(?:wholly|majority)[\s-]+owned\s+)?(?:subsidiary|affiliate)\s*,?\s*$",
    re.IGNORECASE,
)


_PRINCIPAL_RE = re.compile(
    r"\b(?i:and\s+(?:its|his|her|their)\s+(?:sole\s+)?(?:principal|owner|president|founder|shareholder))"
    r",?\s+((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+),?\s*$"
)


def _principal_defined_with(text: str, term_at: int) -> str | None:
    """The person defined together with the company they own: "Westridge Consulting Ltd., a
    company ..., and its principal, James Moreau (collectively, the "Consultant")"."""
    paren = text.rfind("(", max(0, term_at - 60), term_at + 1)
    if paren < 0 or _TOGETHER_RE.search(text, paren, term_at) is None:
        return None
    m = _PRINCIPAL_RE.search(text[max(0, paren - 200) : paren])
    return m.group(1) if m is not None and _person_like(m.group(1)) else None


def _parent_defined_with(text: str, name: str, term_at: int) -> str | None:
    """The company defined together with its subsidiary `name`: "Wrenfield Holdings, Inc. and its
    wholly owned subsidiary Wrenfield Logistics LLC (together, "Wrenfield")"."""
    if _TOGETHER_RE.search(text, max(0, term_at - 40), term_at) is None:
        return None
    at = text.rfind(name, max(0, term_at - 1000), term_at)
    m = _WITH_ITS_RE.search(text[max(0, at - 300) : at]) if at > 0 else None
    if m is None:
        return None
    parent = _walk_back(text[max(0, at - 300) : max(0, at - 300) + m.start()])
    # "Keystone Bancorp and its wholly-owned subsidiary ...": an organisation word will do
    return parent if parent and _entity_like(parent, False) else None


def _name_after_means(text: str, d: DefinedTerm) -> tuple[str | None, bool]:
    """`"Brightwater", "we" and "us" mean Brightwater Outfitters, Inc., an Ohio corporation`."""
    m = _AFTER_MEANS_RE.search(text, d.start, d.end)
    if not m:
        return None, False
    raw = m.group(1)
    if not raw[:1].isupper():
        return None, False
    described = text[m.end(1) : m.end(1) + 6].lstrip(", ").lower().startswith(("a ", "an "))
    return _finish_name(raw), described


_PLURAL_CAPACITY_RE = re.compile(
    r",?\s+(?:as\s+(?:co-?)?trustees|as\s+joint\s+tenants|husband\s+and\s+wife|wife\s+and\s+husband|"
    r"spouses|jointly\s+and\s+severally)\b",
    re.IGNORECASE,
)


def _listing_before(text: str, paren: int) -> str:
    """The words before a definition's parenthesis at `paren`, from the last boundary (the previous
    party's alias, "between", "among") and without a leading "and": the parties it names."""
    window = text[max(0, paren - 500) : paren]
    hard = 0
    for hm in _HARD_BOUNDARY_RE.finditer(window):
        hard = hm.end()
    return re.sub(r"^[\s,]*(?:and|AND)\s+", "", window[hard:]).strip(" ,\n")


def _listed_each(text: str, d: DefinedTerm) -> list[str] | None:
    """The names a definition gives to each of several parties listed before it: `..., Gregory M.
    Tan, Lucia Ferrante and Aspen Grove Partners III, L.P. (each, a "Stockholder")`, each a person
    or an entity with a legal form; from the last boundary (the previous party's alias, "among")."""
    paren = text.rfind("(", max(0, d.start - 60), d.start + 1)
    if paren < 0 or not re.search(r"\beach\b", text[paren : d.start], re.IGNORECASE):
        return None
    listing = _listing_before(text, paren)
    # "RONALD E. VICKERY and PATRICIA VICKERY-HOLM, each an individual resident of ...": the
    # descriptor they share ends the listing
    shared = re.search(r",\s+(?i:each)\s+(?i:an?|the)\s", listing)
    if shared is not None:
        listing = listing[: shared.start()]
    if "\n\n" in listing or not re.search(r"\s(?:and|AND)\s", listing):
        return None
    names: list[str] = []
    for part in _split_names(listing):
        # "Gregory M. Tan, Lucia Ferrante": people listed with commas
        for piece in [part] if _LEGAL_END_RE.search(part) else part.split(", "):
            name = _finish_name(piece)
            if not name or not (_LEGAL_END_RE.search(name) or _person_like(name)):
                return None
            names.append(name)
    return names if len(names) >= 2 else None


def _listed_together(text: str, d: DefinedTerm) -> str | None:
    """The listing of entities that a definition names together, each with a legal form: from the
    last boundary (the previous party's alias, "between", "among") to `(together, the "X")`."""
    paren = text.rfind("(", max(0, d.start - 60), d.start + 1)
    if paren < 0 or not _TOGETHER_RE.search(text, paren, d.start):
        return None
    listing = _listing_before(text, paren)
    if "\n\n" in listing or not re.search(r"\s(?:and|AND)\s", listing):
        return None
    parts = [_finish_name(x) for x in _split_names(listing)]
    if len(parts) < 3 or not all(x and _LEGAL_END_RE.search(x) for x in parts):
        return None
    return listing


_UNDERSIGNED_RE = re.compile(r"\b(?i:the\s+undersigned)\s*\(\s*(?:(?i:the|each|a)\s+)?[\"“]?\s*\Z")


def _undersigned_signer(text: str, d: DefinedTerm) -> str | None:
    """The name signed under the block headed by the alias "the undersigned" was given: 'the
    undersigned (the "Guarantor")' ... "GUARANTOR:" / "/s/ Matthew J. Oyelowo" / "Matthew J.
    Oyelowo, individually"."""
    head = re.compile(
        rf"^[ \t]*(?:THE[ \t]+|The[ \t]+)?{re.escape(d.term)}[ \t]*:?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
    m = head.search(text, d.end)
    if m is None:
        return None
    for line in text[m.end() : m.end() + 400].split("\n")[1:6]:
        line = re.sub(r"^[ \t]*(?:/s/|By:|BY:|Signature:|Name:|NAME:)?[ \t_]*", "", line).strip()
        if not line:
            continue
        name = _finish_name(line.split(",")[0])
        if name and (_person_like(name) or _entity_like(name, False)):
            return name
    return None


#: "(each a "Newspaper" and, together with Saginaw Bay Newspaper Group, Inc., "Publisher")": the
#: name (its legal form and commas and all, the lazy run stops at the alias) and the alias shared
_TOGETHER_WITH_ALIAS_RE = re.compile(
    r"\b(?i:together|collectively|jointly)\s+with\s+([A-Z][^()\"“”;]{1,80}?)\s*,\s*(?:(?i:the)\s+)?"
    r"[\"“]([^\"”\n]{1,40})[\"”]\s*\)"
)
