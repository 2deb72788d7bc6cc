"""Parties and their canonical roles (DESIGN 3.2), read from the preamble, definitions and
signature blocks, and the terms-of-service conventions for "we" and "you".

Roles are per document: in a deployer's end-user terms "we" is the customer and "you" the end
user; in a data-labelling SOW the contractor is the data_supplier and the company hiring it the
provider. When no role word names a party, the document kind and the order of the parties decide:
the other party of a known one takes the complementary role; with none known, the first-named
party is the provider and the second the customer (the usual order of vendor contracts).

In terms of service the company that says "we" is the provider (the customer in end-user terms);
when the preamble does not name it, "between you and X", "you and X agree", "offered by X", a
"we" definition in the first clauses or the title does. Layouts without a preamble sentence are
read too: "Party A: ..." lines, cover-page fields, a press release's "X (Nasdaq: TICK)", and the
entity lines of signature blocks.

Rules go by families of phrasing, each tested on invented text (tests/structure/test_party_*.py):
quoted, single-quoted and unquoted aliases; names ended by a legal form of many countries or by
their descriptor; names shared by several parties; padded, hard-wrapped and all-capital preambles
(a padded document is read from a copy with short runs of spaces made one, and every document
from one with its words hyphenated over a line break joined); recitals that open an
amendment; the addressee of a letter agreement and the blocks below its sign-off ("Very truly
yours," / "ACKNOWLEDGED AND AGREED:"); a cover page's role beside or under a name. What is no
party: another agreement's parties, the principal a party acts for, the company the parties form,
the borrower whose debts a guarantee covers, the owner a party holds a licence from, statutes and
places, entities a party sentence names behind a preposition.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise

from .definitions import find_definitions, normalize_quotes
from .hyphens import rejoined
from .jurisdictions import AUSTRALIAN_STATES, CANADIAN_PROVINCES, UK_NATIONS, US_STATES
from .models import Clause, DefinedTerm, DocumentKind, Party, PartyRole
from .page_breaks import joined_over_breaks
from .spacing import Collapsed, collapse_runs

# --------------------------------------------------------------------------- role words

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
_CORP_RE = re.compile(
    r"(?<!\w)(?:Inc\.?|Incorporated|Corporation|Corp\.?|L\.?L\.?C\.?|LLC|Ltd\.?|Limited|LLP|L\.P\.|LP|PLC|plc|"
    r"GmbH|AG|S\.A\.?|S\.A\.S\.?|N\.V\.|B\.V\.|Co\.|Company|Association|Bank|University|Trust|Fund|"
    r"Partners|S\.p\.A\.|Pty\.? Ltd\.?|S\.à r\.l\.?|S\.A R\.L|P\.C\.|PLLC|P\.A\.|LLLP|G\.I\.E\.?|"
    r"S/A|Ltda\.?|Lda\.?|S\.R\.L\.?|S\.L\.|K\.K\.|Kabushiki Kaisha|Sdn\.? Bhd\.?|Pte\.?|"
    r"de C\.V\.|S\. de R\.L\.|Kft\.|Sp\. ?z ?o\.o\.|s\.r\.o\.|a\.s\.|Lt[ée]e|N\.A\.|S\.A\.U\.|OÜ|U\.A\.|"
    # "AS" after a word in lower case only: "Norsk Hydro AS", never "IS MADE AS OF"
    r"(?-i:AB|A/S|ApS|Oy|Oyj|ASA|SpA|SE|PC|SA|SAS|NV|BV|KK|SRL|Srl|(?<=[a-z] )AS|(?<=[A-Z] )AS(?=[ \t]*$)|KG|KGaA|SARL|ULC|DAC|PBC|BVBA|"
    r"Tbk|JSC|PJSC|OJSC|CJSC|FSB))(?![\w/])",
    re.IGNORECASE,
)
_PLACES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|"
    "idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|"
    "new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
    "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|"
    "wisconsin|wyoming|english|british|canadian|german|french|dutch|irish|cayman|bermuda|singapore"
)
_PARTICLES = "of|the|de|du|des|del|della|di|do|da|dos|das|van|von|der|den|y|e|la|le|et|für|zu"
# "The parties to this Agreement are Wolfram Loeb and Harbor Studio LLC."
_PARTIES_ARE = r"parties\s+to\s+this\s+(?:agreement|contract)\s+are"
# what "Company of ..." names: "of America", "of New York", "of the Americas"
_REGIONS = (
    _PLACES + r"|america|north[ \t]+america|the[ \t]+americas|europe|asia|canada|japan|china|india|"
    r"australia|puerto[ \t]+rico"
)
# the legal forms a name ends in
# the longer forms first: "GmbH & Co. KG" is not "GmbH", "S.A. de C.V." not "S.A."
# "Prudent Insurance Company of America": a company or corporation of a country or state
_LEGAL_FORMS = (
    rf"(?:Company|Corporation|COMPANY|CORPORATION)[ \t]+(?i:of)[ \t]+(?i:{_REGIONS})(?![\w])|"
    r"(?:Co|CO)\.,?[ \t]+(?:Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?)|"
    # "THE MELTED BUN COMPANY, INC.": "Company" is no form when one follows
    r"(?:Company|COMPANY),?[ \t]+(?:Inc\.?|INC\.?|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|L\.L\.C\.)|GmbH[ \t]+&[ \t]+Co\.?[ \t]+KG|S\.A\.(?:B\.)?[ \t]+de[ \t]+C\.V\.|S\.A\.U\.|AB[ \t]+\(publ\)|"
    r"Inc\.?|Incorporated|Corporation|Corp\.|SA(?=,?[ \t]|$)|Corp(?=,|[ \t]*\(|[ \t]+(?:and|a|an)\b)|L\.L\.C\.|LLC|Ltd\.?|Limited|LLP|L\.P\.|LP|PLC|plc|GmbH|AG|"
    r"S\.A\.|N\.V\.|B\.V\.|Co\.|CO\.|INC\.?|INCORPORATED|CORPORATION|CORP\.|LTD\.?|LIMITED|GMBH|S\.P\.A\.|SPA|S\.[AÀaà]\.?[ \t]?[Rr]\.[Ll]\.?|"
    r"P\.C\.|PLLC|P\.A\.|LLLP|G\.I\.E\.?|S/A|LTDA\.?|Ltda\.?|Lda\.?|S\.R\.L\.?|S\.r\.l\.|S\.p\.A\.|SpA|K\.K\.|"
    r"Sdn\.?[ \t]+Bhd\.?|A/S|ApS|Oy|COMPANY|"
    # forms of other countries: "S. de R.L.", "Sp. z o.o.", "Oyj", "Kft.", "ULC"
    r"S\.[ \t]?de[ \t]+R\.L\.(?:[ \t]+de[ \t]+C\.V\.)?|AB|Oyj|KGaA|KG|SARL|ULC|DAC|PBC|"
    r"BVBA|Tbk|P?JSC|OJSC|CJSC|FSB|N\.A\.|Kft\.|Sp\.[ \t]?z[ \t]?o\.o\.|s\.r\.o\.|a\.s\.|"
    r"Lt[ée]e|ASA|National[ \t]+Association|NATIONAL[ \t]+ASSOCIATION|"
    # an Estonian OÜ, a Dutch cooperative's U.A., a Norwegian AS after a word in lower case
    # ("Nordvik Bulk Carriers AS", never "provided AS IS")
    r"OÜ|U\.A\.|(?<=[a-z][ \t])AS(?=,?[ \t]|$)(?![ \t]+IS\b)|"
    # "OSPREY OFFSHORE SERVICES AS" on a line of its own (a blank line, a bracket or a field label
    # such as "Signature:" below it): never the "AS" of "IS MADE AS OF" run on in capitals
    r"(?<=[A-Z][ \t])AS(?=[ \t]*(?:\n[ \t]*(?:\n|\(|[A-Z][a-z][A-Za-z. ]{0,25}:)|\Z))"
)
# a comma after a name word only before a legal form ("Acme, Inc.", "Foo Holdings, L.P.") or in a
# list of names joined by "&" ("Smith, Jones & Co., LLP"): never a place in front of a name ("sales
# in Portugal, Lisbonne Textiles B.V.")
_NAME_COMMA = rf"(?:,(?=\s+(?:(?:{_LEGAL_FORMS})(?![\w/])|[A-Z][\w'’.\-]*(?:,|\s+&\s))))?"
_NAME_WORD_RE = (
    rf"(?:(?:[A-Z0-9]|[a-z]{{1,2}}-?(?=[A-Z])|[a-z](?=\d+[A-Za-z]?[ \t]))[\w&'’.\-]*(?:/\w+)?{_NAME_COMMA}\s+|[-–][ \t]+(?=[A-Z])|"
    r"[a-z][\w\-]*\.(?:com|net|org|io|ai)(?![\w.]),?\s+)"  # "ebix.com, Inc."
)
_ENTITY_RE = re.compile(
    # name words: "Acme", "eBay", "e-Harbor", "24/7", "AT&T"
    # and, after the first word, a particle before a capitalised word: "Banco do Nordeste S.A."
    # "&" and a bracketed place inside a name: "Physician Sales & Service, Inc.", "SHBV (HONG KONG) LTD"
    rf"((?:{_NAME_WORD_RE}(?:{_NAME_WORD_RE}|(?:{_PARTICLES}|&)[ \t]+(?=[A-Z]|the[ \t]+[A-Z])|"
    r"\([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?\),?[ \t]+){0,7}?)?"
    rf"(?:{_LEGAL_FORMS}"
    r")"
    # a fund's number after its form: "ORCA PARTNERS FUND S.À R.L. II" (not "I", "V": a pronoun, "v.")
    r"(?:[ \t]+(?:II|III|IV|VI|VII|VIII|IX)(?=[ \t]*[,;()\n]|[ \t]+(?:and|AND)\b|\Z))?"
    r")(?![\w/])"
    # "THE LIMITED WARRANTY": an adjective, not a suffix
    r"(?!(?<=(?i:limited|company))[ \t]+(?i:warrant|liabilit|licen[cs]e|right|purpose|use\b|exception|remed|edition|time))"
    # "... AND INCORPORATED BY REFERENCE": a verb, not a suffix
    r"(?!(?<=(?i:incorporated))\s+(?i:by|herein|into)\b)",
)


def _same_legal_entity(a: str, b: str) -> bool:
    """Two names that both end in a legal form name one entity when the forms agree and one name
    is the other with words in front ("RESELLER ACME CORPORATION", "Marrow & Pike, Inc." for
    "Pike, Inc."): "Acme Partners II GP, L.P." is not "Acme Partners II, LLC"."""
    fa, fb = _LEGAL_END_RE.search(a), _LEGAL_END_RE.search(b)
    if fa is None or fb is None:
        return False
    if re.sub(r"[^a-z]", "", fa.group(0).lower()) != re.sub(r"[^a-z]", "", fb.group(0).lower()):
        return False
    x, y = sorted((_norm(a), _norm(b)), key=len)
    return y == x or y.endswith(" " + x)


# a name that ends in a legal form: an entity of its own, not a short form of another
_LEGAL_END_RE = re.compile(
    r"(?<!\w)(?:Inc\.?|Incorporated|Corporation|Corp\.?|L\.?L\.?C\.?|Ltd\.?|Limited|LLP|L\.?P\.?|PLC|GmbH|AG|"
    r"S\.?A\.?|N\.?V\.?|B\.?V\.?|Co\.|S\.?[AÀ]\.?\s?R\.?L\.?(?:\s+II)?|K\.?K\.?|Pte\.?\s+Ltd\.?|"
    r"Pty\.?\s+Ltd\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|AB|A/S|Oyj?|SE|KG|KGaA|de\s+C\.?V\.?|S\.?\s?de\s+R\.?L\.?|"
    r"SARL|ULC|DAC|PBC|BVBA|Tbk|P?JSC|N\.A\.|FSB|Kft\.?|Sp\.?\s?z\s?o\.?o\.?|s\.?r\.?o\.?|Lt[ée]e|ASA|"
    r"AB\s+\(publ\)|(?-i:(?<=[A-Za-z] )AS))\W*$",
    re.IGNORECASE,
)
_PREAMBLE_END_RE = re.compile(
    r"\bWHEREAS\b|\bRECITALS\b|\bNOW,?\s+THEREFORE\b|\bBACKGROUND\b|\bW I T N E S S E T H\b|\bWITNESSETH\b",
    re.IGNORECASE,
)
_DESCRIPTOR_RE = re.compile(
    r",?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,6}?(?:corporation|company|limited|partnership|association|"
    r"bank|entity|organization|organisation|university|institution|trust|society|body|agency|"
    r"liability|GmbH|incorporated|organized|organised|existing|having|with|whose)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_SIGNER_RE = re.compile(r"^\s*(?:By|BY|Signature|Name|Title)\s*:", re.MULTILINE)
_WS_RE = re.compile(r"\s+")
# spaces that may wrap onto the next line of a hard-wrapped filing, never over a blank line
_SP = r"(?:[ \t]|\n(?![ \t]*\n))+"


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


_SPEAKER_REACH = 8000  # characters of terms of service in which "we" and "you" are defined

_TOS_KINDS = {
    DocumentKind.terms_of_service,
    DocumentKind.acceptable_use_policy,
    DocumentKind.ai_addendum,
    DocumentKind.sla,
    DocumentKind.dpa,
}


# --------------------------------------------------------------------------- detection


class _Found:
    def __init__(self, name: str, at: int) -> None:
        self.names: list[str] = [name]
        self.at = at
        self.role: PartyRole | None = None

    def add(self, name: str) -> None:
        if name and name.lower() not in (n.lower() for n in self.names):
            self.names.append(name)


#: a filing's page footer or cover line ("Source: ACME CORP, 10-K, 3/1/2019") names the filer,
#: not a party; find_parties reads the text with such lines blanked (offsets kept)
_FILING_LINE_RE = re.compile(
    r"^[ \t]*Source:[ \t]+[^\n]{1,120}?,[ \t]*[\w\-/]{2,12},[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*$",
    re.MULTILINE,
)


def find_parties(
    text: str,
    clauses: list[Clause],
    definitions: list[DefinedTerm],
    kind: DocumentKind,
    forced: dict[PartyRole, list[str]] | None = None,
) -> list[Party]:
    """The parties of one document, one Party per role, names as the document writes them."""
    # names are read from a copy of the text (clause offsets mapped to it; no offset leaves this
    # function) in which words hyphenated over a line break are joined ("Pinnacle Cloud Infra-\n
    # structure, Inc.", "Rolls-\nRoyce") and, in a padded filing ("Acme  Widgets,  Inc."),
    # short runs of spaces between words are one space (wide runs that part columns stay); a page
    # break inside a sentence of the opening (page number, running footer) is read as one space
    text = _FILING_LINE_RE.sub(lambda m: " " * len(m.group(0)), text)
    # « Vautrin », „Falkenrath“, ``Supplier'', (**Buyer**): quoted as definitions read them
    text = normalize_quotes(text)
    copied = False
    for reading in (joined_over_breaks, rejoined, _unpad):
        copy = reading(text)
        if copy is None:
            continue
        text, copied = copy.text, True
        clauses = [
            c.model_copy(
                update={"start": copy.to_collapsed(c.start), "end": copy.to_collapsed(c.end)}
            )
            for c in clauses
        ]
    if copied:
        definitions = find_definitions(text, clauses)
    # "Client: the legal entity ...", "Client means ...": an unquoted term of a glossary line
    # defines a role and names no one; it is read only for the customer of terms that never say
    # "you" (5. below)
    glossary_lines: list[DefinedTerm] = []
    kept: list[DefinedTerm] = []
    for d in definitions:
        (glossary_lines if _glossary_line(text, d) else kept).append(d)
    definitions = kept
    pre_end = _preamble_end(text, clauses)
    # matches must start in the preamble; they may end a little after it ("... AG" of "AGREEMENT")
    reach = min(len(text), pre_end + 200)
    found: list[_Found] = []

    def entity_for(name: str) -> _Found | None:
        known = _entity_for(name)
        if known is None and _without_place(name) != name:
            # "FORT STOCKTON, TEXAS" of a title, after "City of Fort Stockton" was read
            known = _entity_for(_without_place(name))
        return known

    def _entity_for(name: str) -> _Found | None:
        key = _norm(name)
        legal = _LEGAL_END_RE.search(name) is not None
        for f in found:
            for n in f.names:
                if (
                    _norm(n) == key
                    or (
                        len(key) > 3
                        and n.lower().startswith(name.lower() + " ")
                        # "ORCA FUND S.À R.L. II" is another fund than "ORCA FUND S.À R.L."
                        and not re.fullmatch(r"[IVX]{1,4}", n[len(name) :].strip())
                    )
                ):
                    return (
                        f  # "Quill (Europe) S.à r.l." of "Quill (Europe) S.à r.l. et Cie, S.C.A."
                    )
                if len(key) > 3 and _contains(_norm(n), key):
                    if (
                        legal
                        and _norm(n) in _GENERIC_SHORT
                        and not key.startswith(_norm(n) + " ")
                        and n != f.names[0]
                    ):
                        # a generic one-word alias inside another's name is no tie: "Acme Corp.
                        # (the "Company") and Westgate Pipeline Company, LLC"
                        continue
                    other = _LEGAL_END_RE.search(n)
                    if not (legal and other) or _same_legal_entity(name, n):
                        return f
        return None

    # 1. definitions in the preamble, grouped by the span they share: `Acme, Inc., a Delaware
    #    corporation ("Acme", "we" or "us")` or `"Acme", "we" and "us" mean Acme, Inc.`
    sentence = _party_sentence(text, pre_end)

    def in_party_sentence(at: int) -> bool:
        return sentence[0] <= at < sentence[1]

    def party_context(at: int) -> bool:
        """A definition that introduces a party: in the sentence that names the parties, or
        `..., hereinafter referred to as the "Principal"`."""
        return (
            in_party_sentence(at) or _HEREINAFTER_RE.search(text, max(0, at - 40), at) is not None
        )

    groups: dict[tuple[int, str], list[DefinedTerm]] = {}
    # terms of service often say who "we" are in their first clauses, after the preamble:
    # `... by UBISOFT ENTERTAINMENT S.A. (collectively "Ubisoft" or "we")`
    speaking = (
        {
            (d.end, d.definition)
            for d in definitions
            if d.start < _SPEAKER_REACH and d.term.lower() in _WE + _YOU
        }
        if kind in _TOS_KINDS or kind == DocumentKind.end_user_terms
        else set()
    )
    # `Ruth Pelham (the Executive)`: an unquoted alias in brackets reads like a quoted one
    unquoted = _unquoted_aliases(text, pre_end, sentence, definitions)
    unquoted += _referred_aliases(text, pre_end, definitions)
    for d in sorted([*definitions, *unquoted], key=lambda d: d.start):
        if d.start < pre_end or (d.end, d.definition) in speaking:
            groups.setdefault((d.end, d.definition), []).append(d)
    others = _other_contract_spans(text, pre_end)

    def of_other_contract(at: int) -> bool:
        """`at` lists the parties of another contract the preamble refers to ("amends the Joint
        Venture Agreement dated ... by and among X, Y"), after this contract's own parties."""
        return any(
            lo <= at < hi
            and sum(1 for f in found if f.at < lo and not _you_like(f))
            # "made by Larkspur Nominees Limited in favour of the parties to the shareholders'
            # agreement dated ... between ...": one party is enough when the text says whose
            # agreement it is
            >= (1 if _PARTIES_TO_RE.search(text, max(0, lo - 250), lo) else 2)
            for lo, hi in others
        )

    for group in groups.values():
        if of_other_contract(group[0].start):
            continue
        aliases = [d.term for d in group]
        if (
            sentence[1] <= group[0].start
            and sum(1 for f in found if in_party_sentence(f.at)) >= 2
            and not any(a.lower() in _WE + _YOU for a in aliases)
        ):
            # the sentence that names the parties gave two or more already: an entity defined in a
            # later sentence of the preamble is one they deal with ("the services are for Mediacom,
            # LLC (the "Customer")"), not a party
            continue
        if (
            sentence[1] <= group[0].start
            and len(found) >= 2
            and not any(a.lower() in _WE + _YOU for a in aliases)
            and _opened_by_party(text, group[0].start, entity_for)
        ):
            # "Pinemont will operate regional jet flights ... from Skylark's hubs at ... Airport
            # (the "Hubs")": a sentence a party already named opens tells what the parties do; what
            # it defines is no party
            continue
        if not any(
            _alias_like(a) or role_for_alias(a, kind) or a.lower() in _WE + _YOU for a in aliases
        ) and any(_norm(a) in ("agreement", "this agreement", "contract") for a in aliases):
            continue  # `THIS FRANCHISE AGREEMENT (the "Agreement")`: the contract, not a party
        means = text[group[0].start : group[0].start + 1] in '"“' and _MEANS_WORD_RE.search(
            text, group[-1].start, group[-1].end
        )
        if means:
            name, described = _name_after_means(text, group[-1])
        else:
            name, described = _name_before(text, group[0])
            if name is None and _UNDERSIGNED_RE.search(
                text, max(0, group[0].start - 40), group[0].start
            ):
                # 'the undersigned (the "Guarantor")': the one who signs under "GUARANTOR:" (a
                # party by the signature, as a descriptor makes one)
                name = _undersigned_signer(text, group[0])
                described = name is not None
            if name is None:
                # three or more entities defined together are a run too long for one name:
                # "Westgate Pipeline Company, LLC, Westgate Gathering LLC and Westgate Marketing LLC
                # (together, the "Shippers")"
                name = _listed_together(text, group[0])
            at = text.rfind(name, max(0, group[0].start - 1000), group[0].start) if name else -1
            if (
                at > 0
                and name is not None
                and not _LEGAL_END_RE.search(name)
                and _DESCRIBED_NAME_RE.search(text, max(0, at - 40), at)
            ):
                # "organizer of the annual Pawtucket Falls Marathon (the "Event")": a name an
                # article and words in lower case introduce is a thing's (an event, a product)
                continue
            if at > 0 and _ACTS_FOR_RE.search(text, max(0, at - 60), at):
                # "Fox Licensing, a division of Fox Group ("Fox"), as Administrator for Fox Film
                # Corporation ("Trademark Licensor")": the principal a party acts for is no party
                continue
        each = _listed_each(text, group[0])
        if each is not None:
            # several parties, each given the same name: each a party of its own
            for x in each:
                if entity_for(x) is None:
                    found.append(_Found(x, group[0].start))
            continue
        # `Birch Retail LLC and Birch Logistics LLC (together, the "Birch Parties")`: entities
        # defined together are one party with several names
        together: list[str] = []
        if name is not None and (re.search(r"\s(?:and|AND)\s", name) or "," in name):
            parts = [x for x in (_finish_name(y) for y in _split_names(name)) if x]
            # people defined together say so: "Daniel Hart and Priya Hart (together, the "Sellers")"
            jointly = _TOGETHER_RE.search(text, max(0, group[0].start - 40), group[0].start)
            if jointly is None:
                # "Margaret Lyle and Peter Quince as trustees of ...": a capacity in the plural
                at = text.rfind(name, max(0, group[0].start - 400), group[0].start)
                if at >= 0 and _PLURAL_CAPACITY_RE.match(text, at + len(name)):
                    jointly = _PLURAL_CAPACITY_RE.match(text, at + len(name))
            if len(parts) >= 2 and (
                all(_LEGAL_END_RE.search(x) for x in parts)
                or (jointly is not None and all(map(_person_like, parts)))
            ):
                name, together = parts[0], parts[1:]
        parent = _parent_defined_with(text, name, group[0].start) if name is not None else None
        if parent is not None and name is not None:
            name, together = parent, [name, *together]
        principal = _principal_defined_with(text, group[0].start) if name is not None else None
        if principal is not None and _norm(principal) != _norm(name or ""):
            together.append(principal)
        if (
            name is not None
            and not together
            and re.search(r"\s(?:and|AND)\s", name)
            and all(_norm(a) in ("parties", "party") for a in aliases)
        ):
            # `between Lanterna Studios and Brightline Media (collectively, the "Parties")`
            parts = [x for x in (_finish_name(y) for y in _split_names(name)) if x]
            if len(parts) >= 2 and all(_person_like(x) or _entity_like(x, False) for x in parts):
                for x in parts:
                    if entity_for(x) is None:
                        found.append(_Found(x, group[0].start))
                continue
        roles = [role_for_alias(a, kind) for a in aliases]
        pronouns = [a for a in aliases if a.lower() in _WE + _YOU]
        # "Beta Sub, Inc., a subsidiary of Alpha (the "Subsidiary")": in the sentence that names the
        # parties, a word that elsewhere means any subsidiary is the alias of the one named
        own_word = (
            in_party_sentence(group[0].start)
            and name is not None
            and _LEGAL_END_RE.search(name) is not None
        )
        useful = [
            a
            for a, r in zip(aliases, roles)
            if r is not None
            or a.lower() in _WE + _YOU
            or _alias_like(a)
            or (own_word and _norm(a) in ("subsidiary", "affiliate"))
            # a named party's role as a party: 'Summit Mezzanine Partners, L.P. (the "Secured Party")'
            or (
                name is not None
                and in_party_sentence(group[0].start)
                and re.fullmatch(r"[A-Z][\w\-]+ Party", a) is not None
                and a.split()[0].lower()
                not in ("the", "each", "both", "all", "other", "such", "third", "any", "relevant")
            )
            # the head word of the party's own name: "Mesa Verde Health Plan ("Plan")"
            or (
                name is not None
                and in_party_sentence(group[0].start)
                and len(name.split()) >= 2
                and _norm(a) == _norm(name.split()[-1])
            )
            # a brand written in lower case, the first word of the name: "medwise.com, Inc. ("medwise")"
            or (
                name is not None
                and re.fullmatch(r"[a-z][a-z0-9\-]{2,}", a) is not None
                and re.match(re.escape(a) + r"\b", name) is not None
            )
        ]
        if name is not None and (
            _norm(name) in _NOT_PARTIES
            or not (
                _entity_like(name, described)
                or any(roles)
                or pronouns
                or (party_context(group[0].start) and _person_like(name))
            )
        ):
            name = None
        if name is None:
            keep = [a for a, r in zip(aliases, roles) if r is not None or a.lower() in _WE + _YOU]
            if (
                not keep
                and in_party_sentence(group[0].start)
                and (_alias_like(aliases[0]) or _norm(aliases[0]) == "affiliate")
                # 'in Beijing, the People's Republic of China ("China" or the "PRC")': a country
                and not any(_norm(a) in _PLACE_ALIASES for a in aliases)
                # "to the members of the Association (the "Members")", "whose principal owners are
                # identified in Exhibit B", "the separation of Transferor's business": a thing or
                # a group described in lower case, not a blank party
                and not _described_thing(text, group[0].start)
                # "on vessels nominated by the Owners (each a "Performing Vessel")": things of a
                # kind, each given the name; a blank party is one
                and not re.search(
                    r"\(\s*each\s+(?:an?\s+)?[\"“]?\s*\Z",
                    text[max(0, group[0].start - 20) : group[0].start],
                )
                # "holder of Federal Aviation Administration ("FAA") Repair Station Certificate":
                # a name stands right before the bracket, one the reader did not take for a
                # party's; a blank party has none ("and ______, an individual ("Developer")"), and
                # a party's relation names the party ("the parent of Vendor ("Vendor Parent")")
                and not _unknown_name_before(text, group[0].start, entity_for)
            ):
                # `and ____, an individual ("Developer")`: a blank party; `between Shopnest.com
                # and you ("Affiliate")`: the affiliate of an affiliate programme is a party
                keep = [aliases[0]]
            if not keep:
                continue
            # `("you" or the "Franchisee")`: the other aliases of the group name the same party
            keep += [a for a in useful if a not in keep and _alias_like(a)]
            f = next((e for e in (entity_for(a) for a in keep) if e is not None), None)
            if (
                f is None
                and all(a.lower() in _WE for a in keep)
                and found
                and not _you_like(found[-1])
            ):
                f = found[-1] if group[0].start - found[-1].at < 400 else None
            if f is None and all(a.lower() in _YOU for a in keep):
                f = next((e for e in found if _you_like(e)), None)
            if f is None:
                f = _Found(keep[0], group[0].start)
                found.append(f)
            for a in keep:
                f.add(a)
            continue
        f = entity_for(name) or next(
            (e for e in (entity_for(a) for a in useful) if e is not None), None
        )
        if f is None:
            f = _Found(name, group[0].start)
            found.append(f)
        else:
            f.add(name)
        for x in together:
            owner = entity_for(x)
            # "Kestrel Labs Ltd and Kestrel Labs Inc.": one word apart from a name of the party
            # read, yet another entity of it, with a legal form of its own
            if owner is None or (owner is f and not any(_same_legal_entity(x, n) for n in f.names)):
                f.add(x)
        for a in useful:
            f.add(a)

    # 1f. "made between the Manufacturer and the Distributor named in Article 1", and later
    #     '"Manufacturer" shall mean Tannery Row Leatherworks, Inc.': a role the party sentence
    #     names is defined in the body
    for term, name in _parties_defined_later(text, definitions, sentence, pre_end):
        if entity_for(term) is None and entity_for(name) is None:
            f = _Found(name, sentence[0])
            f.add(term)
            found.append(f)

    # 1d. "Holiday RV, Inc., d/b/a Recreation USA (the "Company")": the trade name is another name
    #     of the nearest party
    for m in _before(_DBA_RE.finditer(text, 0, reach), pre_end):
        raw = m.group(1)
        # "(f/k/a Aldermoor Bio, Inc.)": the name runs on to its legal form after the comma
        form = _FORM_AFTER_COMMA_RE.match(text, m.end(1))
        if form is not None and _LEGAL_END_RE.search(form.group(0)):
            raw += form.group(0)
        name = _finish_name(raw)
        near = [f for f in found if abs(f.at - m.start()) < 400]
        # an alias inside the trade name ("Veritas" of "Veritas Medical Group") is not the name
        if name and near and not any(_norm(n) == _norm(name) for f in found for n in f.names):
            # the party whose name stands right before the marker ("MEDIQ SOLUTIONS, LLC, d/b/a
            # MEDIQ PARTNERS"), else the nearest
            before = text[max(0, m.start() - 120) : m.start()].rstrip(" ,(")
            owner = next(
                (f for f in near for n in f.names if len(n) > 3 and before.endswith(n.rstrip("."))),
                None,
            )
            (owner or min(near, key=lambda f: abs(f.at - m.start()))).add(name)

    # 1a. people the system acts on, and the provider's own vendors, are defined anywhere:
    #     "Candidate" means an individual who applies ...; "Subprocessor" means ...
    for d in definitions:
        role = role_for_alias(d.term, kind)
        if kind == DocumentKind.other:
            break  # a bare commercial contract: its "Applicant" is rarely a person the AI acts on
        if role in (PartyRole.end_user, PartyRole.subprocessor) and entity_for(d.term) is None:
            f = _Found(d.term, d.start)
            f.role = role
            found.append(f)

    # 1b. "by and between THERAVANCE, INC. and GLAXO GROUP LIMITED" without definitions
    #     (the first "between" whose words are names: in capitals "BETWEEN HOURS OF 6:30 A.M. AND
    #     6:30 P.M." is one too)
    parts: list[str] = []
    for bm in _before(_BETWEEN_RE.finditer(text, 0, reach), pre_end):
        # (a part runs to its descriptor at most: "Orrin Ltd, of Plot 12, Cairo Road")
        parts = [x for x in (_field_name(y) for y in _split_names(bm.group(1))) if x]
        if parts or not bm.group(1).isupper():
            break
    if parts and not of_other_contract(bm.start(1)):
        # "by and between Lanterna Studios and Brightline Media, effective ...": in the sentence
        # that names the parties, two names without legal forms are the parties too
        people = len(parts) == 2 and in_party_sentence(bm.start()) and all(map(_person_like, parts))
        for name in parts:
            if (_entity_like(name, False) or people) and entity_for(name) is None:
                found.append(_Found(name, bm.start(1)))

    # 1e. a name with neither a legal form nor an alias, ended by its descriptor in the sentence
    #     that names the parties: "between Lanterna Studios, with an address at ..., and Marta
    #     Okafor, an individual residing at ..."
    for name, at in _described_names(text, sentence):
        if entity_for(name) is None and not of_other_contract(at):
            found.append(_Found(name, at))

    # 1f. a list of the parties after "each of the following persons:", its items parted by
    #     semicolons: "...: Wyecliff Capital Partners II, L.P., a Delaware limited partnership;
    #     Gerald P. Vanterpool, Jr.; and Nadia Vanterpool, as trustee of ..."
    lead = _FOLLOWING_LIST_RE.search(text, sentence[0], sentence[1])
    if lead is not None:
        for item in re.finditer(r"[^;]+", text[lead.end() : sentence[1]]):
            name = _field_name(re.sub(r"^\s*(?:and|or)\s+", "", item.group(0)).strip())
            at = lead.end() + item.start()
            if (
                name
                and (_person_like(name) or _entity_like(name, False))
                and entity_for(name) is None
            ):
                found.append(_Found(name, at))

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
    # a letter agreement: the addressee above "Dear Dr. Feldstein:" is the other party
    addressee = _addressee(text)
    if addressee is not None and entity_for(addressee[0]) is None:
        found.append(_Found(*addressee))

    # a form's header: `"RESELLER"  MTI TECHNOLOGY CORPORATION`, the quoted role before the name
    for m in _before(_QUOTED_LABEL_RE.finditer(text, 0, reach), pre_end):
        label, name = m.group(1).strip(), _finish_name(m.group(2))
        if not name or not _LEGAL_END_RE.search(name) or not _alias_like(label):
            continue
        f = entity_for(name)
        if f is None:
            f = _Found(name, m.start(2))
            found.append(f)
        if entity_for(label) is None:
            f.add(label)
    cm = _COVER_RE.search(text, 0, min(len(text), 3000))
    if cm is not None and cm.start() < pre_end:
        for part in (cm.group(1), cm.group(2)):
            name = _finish_name(part)
            if name and _entity_like(name, False) and entity_for(name) is None:
                found.append(_Found(name, cm.start()))
    for m in _before(_TICKER_RE.finditer(text, 0, reach), pre_end):
        name = _finish_name(m.group(1))
        if not name:
            continue
        f = entity_for(name)
        if f is None:
            f = _Found(name, m.start(1))
            found.append(f)
        # a press release calls the company by its ticker; a preamble that goes on with the
        # company's descriptor or alias ("Helix Gene Labs, Inc. (NASDAQ: HXGL), a Delaware
        # corporation ("Helix")") only notes where it is listed
        if not _LISTING_ONLY_RE.match(text, m.end()):
            f.add(m.group(2))

    def _add_cover_role(f: _Found, end: int) -> None:
        """A cover page's role beside or under a party's name: "THE GRILLED CHEESE TRUCK, INC.
        MASTER FRANCHISEE" (columns), "KESTREL LIMITED\n(Licensor)" (lines)."""
        cm = _COVER_ROLE_RE.match(text, end)
        if cm is None or entity_for(cm.group(1)) is not None:
            return
        role = " ".join(cm.group(1).split())
        f.add(role.title() if role.isupper() else role)

    # 2. corporate names in the preamble without a definition; a table of contents before the
    #    sentence that names the parties names none ("Exhibit B  Form of Guaranty by Acme, Inc.")
    toc = _CONTENTS_RE.search(text, 0, sentence[0]) if sentence[0] else None
    for m in _before(_ENTITY_RE.finditer(text, 0, reach), pre_end):
        if toc is not None and toc.end() <= m.start() < sentence[0]:
            continue
        if (
            _RELATED_ENTITY_RE.search(text, max(0, m.start() - 60), m.start())
            or _ACTS_FOR_RE.search(text, max(0, m.start() - 60), m.start())
            or _signing_agent(text, m, 0)
            or of_other_contract(m.start())
            or (sentence[1] <= m.start() and sum(1 for f in found if in_party_sentence(f.at)) >= 2)
            or _after_the_parties(text, m.start(), [f for f in found if in_party_sentence(f.at)])
            or (kind in _TOS_KINDS and _after_the_vendor(text, m.start(), found, kind))
            # "Company Counsel:   Marston & Haig LLP", "the Architect:\n Hollis & Grier ...": a
            # field naming a party's adviser
            or _ADVISER_FIELD_RE.search(text, max(0, m.start() - 60), m.start())
            # "Notices: ... with a copy (which shall not constitute notice) to:\n Marston LLP": the
            # one a notice is copied to
            or _COPY_TO_RE.search(text, max(0, m.start() - 120), m.start())
        ):
            continue
        name = _finish_name(_entity_line(_title_off(text, m)))
        if not name:
            continue
        amp = re.match(r"(.+?)\s+&\s+(.+)$", name)
        if amp and (
            _ORG_WORDS_RE.search(amp.group(1).split()[-1]) or _LEGAL_END_RE.search(amp.group(1))
        ):
            # "JOHNS HOPKINS UNIVERSITY & VIRTUOSO SURGICAL, INC.": two names, the legal one last
            name = _finish_name(amp.group(2)) or name
        pair = re.match(r"(.+?)\s+(?:and|AND)\s+(.+)$", name)
        if (
            pair is not None
            and _LEGAL_END_RE.search(pair.group(2))
            and any(_norm(n) == _norm(pair.group(2)) for f in found for n in f.names)
        ):
            # "AGREEMENT BETWEEN MARLOW HEALTH DISTRICT AND SPRUCEWOOD LABS, INC.", the second a
            # party already: the words before "and" are the other name
            name = _finish_name(pair.group(1)) or ""
            if not name or entity_for(name) is not None:
                continue
        known = entity_for(name)
        defined = _ALIAS_AFTER_RE.match(text, m.end())
        if known is None and defined is not None and entity_for(defined.group(1)) is not None:
            # "Harbour Steel Limited, acting by its administrators, Claire Moss of Moss Lenham LLP
            # (the "Seller")": the alias is another party's, this name is in its descriptor
            continue
        if known is not None:
            _add_cover_role(known, m.end())
            # `Consolidated Artists Inc., Sommerville House, ... ("Consolidated Artists")`: the
            # definition gave only the alias; the full name is the same party's
            if not any(_CORP_RE.search(n) for n in known.names) and _norm(name).startswith(
                _norm(known.names[0])
            ):
                known.names.insert(0, name)
            continue
        if len(name.split()) < 2 and not _CORP_RE.search(name):
            continue
        f = _Found(name, m.start())
        found.append(f)
        _add_cover_role(f, m.end())

    # a details page: "Name  Quenda Drilling Services Pty Ltd / ABN ... / Short name  Contractor":
    # the short name is the alias of the party named above it in the same block
    # (after the short name before it: each party's block holds one)
    previous = -1
    for m in _before(_SHORT_NAME_RE.finditer(text, 0, reach), pre_end):
        owner = max(
            (f for f in found if previous < f.at < m.start()), key=lambda f: f.at, default=None
        )
        previous = m.start()
        if owner is not None and _alias_like(m.group(1)) and entity_for(m.group(1)) is None:
            owner.add(m.group(1))
    # 2d. a press release: "Harbor Bancorp ... announced that its principal subsidiary, Harbor
    #     Savings Bank, has entered into an agreement with ...": the subsidiary that signs
    for m in _before(_SIGNING_SUBSIDIARY_RE.finditer(text, 0, reach), pre_end):
        name = _finish_name(m.group(1))
        if name and _entity_like(name, False) and entity_for(name) is None:
            found.append(_Found(name, m.start(1)))

    # 2c. "Each of Alder and Birch is hereinafter referred to as a "Shareholder" and collectively as
    #     the "Shareholders"": a name shared by some of the parties, kept with the first of them
    for m in _before(_EACH_OF_RE.finditer(text, 0, reach), pre_end):
        listing = m.group("list") or m.group("list2")
        members = [
            entity_for(x.strip(" ,")) for x in re.split(r",|\band\b", listing) if x.strip(" ,")
        ]
        first = next((x for x in members if x is not None), None)
        if first is None:
            continue
        for alias in (m.group("one") or m.group("one_s"), m.group("many") or m.group("many_s")):
            if alias and _alias_like(alias) and _norm(alias) not in ("party", "parties"):
                first.add(" ".join(alias.split()))

    # 2b. "Tern Aviation Corp., a Delaware corporation, hereinafter the Company": an unquoted alias
    for m in _before(_UNQUOTED_ALIAS_RE.finditer(text, 0, reach), pre_end):
        alias = m.group(1)
        before = [f for f in found if f.at < m.start() and m.start() - f.at < 600]
        if not (_alias_like(alias) and before):
            continue
        nearest = max(before, key=lambda f: f.at)
        known = entity_for(alias)
        if known is None or known is nearest:
            # "HALBERD STEEL CORPORATION, ..., hereinafter called HALBERD": the short name too
            nearest.add(alias)

    # 2a. "BRAMBLE LOGISTICS LIMITED ... whose registered office is at ... (Supplier)": an unquoted
    #     role word in brackets names the party before it
    for m in _before(_PAREN_ROLE_RE.finditer(text, 0, reach), pre_end):
        before = [f for f in found if f.at < m.start() and m.start() - f.at < 600]
        if before and entity_for(m.group(1)) is None:
            max(before, key=lambda f: f.at).add(m.group(1))

    # 3. signature blocks: the entity line above a "By:" line
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

    # "(each a "Newspaper" and, together with Saginaw Bay Newspaper Group, Inc., "Publisher")":
    # an alias a party shares with those defined beside it names that party too
    for m in _TOGETHER_WITH_ALIAS_RE.finditer(text, 0, pre_end):
        owner = entity_for(" ".join(m.group(1).split()))
        if owner is not None and _alias_like(m.group(2)):
            owner.add(m.group(2))

    # 4. terms of service: "we" and "you" when the text speaks that way
    if kind in (
        DocumentKind.terms_of_service,
        DocumentKind.end_user_terms,
        DocumentKind.acceptable_use_policy,
        DocumentKind.ai_addendum,
        DocumentKind.sla,
        DocumentKind.dpa,
        DocumentKind.other,
    ):
        head = text[: min(len(text), 20000)].lower()
        uses_you = len(re.findall(r"\byou(?:r)?\b", head)) >= 3
        uses_we = len(re.findall(r"\b(?:we|us|our)\b", head)) >= 3
        have = {n.lower() for f in found for n in f.names}
        if uses_we and not have & set(_WE):
            target = next(
                (f for f in found if f.role is None and _CORP_RE.search(" ".join(f.names))), None
            )
            if target is None:
                target = next(
                    (
                        f
                        for f in found
                        if not _you_like(f)
                        and f.role is None
                        and all(
                            role_for_alias(n, kind) in (None, role_for_alias("we", kind))
                            for n in f.names
                        )
                    ),
                    None,
                )
            if target is not None:
                target.add("we")
            else:
                found.append(_Found("we", 0))
        if uses_you and not have & set(_YOU):
            found.append(_Found("you", 0))
        if kind in _TOS_KINDS or kind == DocumentKind.end_user_terms:
            _name_the_speaker(text, found, kind)
        if kind != DocumentKind.end_user_terms:
            _name_the_vendor(text, found, kind, definitions)

    # 5. terms that never say "you": the customer defined by its role in the glossary ("Client:
    #    the legal entity or natural person ... that enters into an Agreement with Brugwerk")
    if kind in _TOS_KINDS and not any(
        role_for_alias(n, kind) == PartyRole.customer for f in found for n in f.names
    ):
        for d in sorted([*definitions, *glossary_lines], key=lambda d: d.start):
            if role_for_alias(d.term, kind) == PartyRole.customer and _DESCRIBES_A_PARTY_RE.search(
                " ".join(d.definition[len(d.term) :].split()[:12])
            ):
                found.append(_Found(d.term, d.start))
                break

    found = _tidy_capitals(found, text, {d.term for d in definitions})

    # roles
    for f in found:
        if f.role is not None:
            continue
        for n in f.names:
            r = role_for_alias(n, kind)
            if r is not None:
                f.role = r
                break
    unknown = [f for f in found if f.role is None]
    known_roles = {f.role for f in found if f.role is not None}
    for f in unknown:
        if PartyRole.provider in known_roles and PartyRole.customer not in known_roles:
            f.role = PartyRole.customer
        elif (
            PartyRole.customer in known_roles
            and PartyRole.provider not in known_roles
            or PartyRole.data_supplier in known_roles
            and PartyRole.provider not in known_roles
            # the end user alone ("you (..., "User")") says nothing of the other side's role
            or not known_roles - {PartyRole.end_user}
        ):
            f.role = PartyRole.provider
        else:
            f.role = PartyRole.third_party
        known_roles.add(f.role)

    parties: dict[PartyRole, Party] = {}
    for f in found:
        assert f.role is not None
        p = parties.setdefault(f.role, Party(role=f.role))
        for n in f.names:
            if n.lower() not in (x.lower() for x in p.names):
                p.names.append(n)
    if forced:
        for role, names in forced.items():
            role = PartyRole(role)
            low = {n.lower() for n in names}
            for p in parties.values():
                p.names = [n for n in p.names if n.lower() not in low]
            p = parties.setdefault(role, Party(role=role))
            for n in names:
                if n.lower() not in (x.lower() for x in p.names):
                    p.names.append(n)
    order = list(PartyRole)
    return sorted((p for p in parties.values() if p.names), key=lambda p: order.index(p.role))


#: the words a name in capitals cannot hold at its start's end ("INTEREST IN | ANYSPHERE, INC.",
#: "CONTRACT WITH | LINKEDIN CORPORATION") or at its end ("MOZILLA | CONCERNING")
_CAPS_EDGE = frozenset(
    "in with for to by from at into through than concerning regarding including relating "
    "between among and or".split()
)
_POSSESSIVES = frozenset("my your our their its his her".split())
#: a document writes this many distinct words in lower case before its lower-case words can tell
#: a common word typed in capitals from a name
_VOCABULARY_MIN = 150


def _tidy_capitals(found: list[_Found], text: str, defined: set[str]) -> list[_Found]:
    """Names read from passages in capitals, tidied with the words the document writes in lower
    case elsewhere (a word it writes in lower case is a common word, not a name of its own):

    - "WE", "US", "YOUR" are the pronouns "we", "us", "your";
    - words up to a preposition that all stand in lower case elsewhere are the sentence around a
      name: "THANK YOU FOR YOUR INTEREST IN ANYSPHERE, INC." names "ANYSPHERE, INC.";
    - a preposition or participle at the end is the sentence going on ("BETWEEN YOU AND MOZILLA
      CONCERNING OUR COMMUNICATIONS");
    - a run of common words alone ("OTHERS (INCLUDING YOUR EMPLOYER)", "THE COMPANY THAT OFFERS
      THE SERVICES IN YOUR REGION") names nobody, unless it ends in a legal form.

    A term the document defines ("FRANCHISEE") is a name as it stands. A document typed wholly in
    capitals has too few lower-case words to tell, and is left as read. A party left with no name
    is no party."""
    # words of running text, not of an address ("mozilla.org", "support@tiktok.com")
    vocabulary = set(re.findall(r"(?<![\w'’./@-])[a-z]+(?:['’][a-z]+)?(?![\w'’@/-]|\.\w)", text))
    if len(vocabulary) < _VOCABULARY_MIN:
        return found

    def common(word: str) -> bool:
        return word.strip(",.;:()\"'“”‘’").lower() in vocabulary

    def tidy(name: str) -> str | None:
        if name.lower() in _WE + _YOU:
            return name.lower() if name.isupper() and len(name) > 1 else name
        if not name.isupper() or not any(ch.isalpha() for ch in name) or name in defined:
            return name
        words = name.split()
        cut = max(
            (
                i + 1
                for i, w in enumerate(words[:-1])
                if w.lower() in _CAPS_EDGE and all(map(common, words[: i + 1]))
            ),
            default=0,
        )
        words = words[cut:]
        # the sentence goes on after the name: "ORRERY CONCERNING THE PLATFORM AND SUPERSEDE"
        # (not "CENTER FOR DATA ETHICS", whose words before "FOR" are common ones)
        end = next(
            (
                i
                for i, w in enumerate(words[1:], 1)
                if w.lower() in _CAPS_EDGE - {"and", "or"}
                and not all(map(common, words[:i]))
                and not _LEGAL_END_RE.search(" ".join(words[i:]))
            ),
            len(words),
        )
        words = words[:end]
        while len(words) > 1 and words[-1].strip(",.").lower() in _CAPS_EDGE:
            words.pop()
        tidied = " ".join(words).strip(" ,")
        if words[0].lower() in _POSSESSIVES:
            return None  # "YOUR EMPLOYER": what someone has, not who is a party
        legal = _LEGAL_END_RE.search(tidied)
        head = words if legal is None else tidied[: legal.start()].split()
        if all(map(common, head)) and (
            legal is None or any(w.lower() in _CAPS_STOP | {"but", "not"} for w in head)
        ):
            return None  # "OTHERS", "INCLUDING BUT NOT LIMITED" (whose "LIMITED" is no legal form)
        return tidied

    out = []
    for f in found:
        names: list[str] = []
        for n in f.names:
            t = tidy(n)
            if t and t.lower() not in (x.lower() for x in names):
                names.append(t)
        if names:
            f.names = names
            out.append(f)
    return out


# the company that says "we" in terms of service, named where the terms say who the contract is with
_NAME_WORD = r"[A-Z][\w&'’.\-]*"
_SPEAKER_RE = re.compile(
    rf"\b(?:(?i:between\s+you\s+and)|(?i:contract(?:ing)?\s+with)|(?i:(?:provided|operated|offered|"
    rf"made\s+available)\s+(?:to\s+you\s+)?by)|(?i:you\s+and)(?=\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}},?\s+"
    rf"(?i:agree|are|each|both|may|will|shall)\b))\s+(?:(?i:the)\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
)
_TITLE_NAME_RE = re.compile(
    r"\A\W*((?:[A-Z][\w&'’.\-]*\s+){1,4}?)(?:Terms|TERMS|User\s+Agreement|USER\s+AGREEMENT|"
    r"Service\s+Agreement|SERVICE\s+AGREEMENT|Acceptable|ACCEPTABLE|Privacy|PRIVACY)\b"
)


# legal forms written with a full stop of their own: "Inc.", "Ltd.", "Co.", "Pty."
_DOTTED_FORMS = frozenset("inc ltd co corp pty pte sdn bhd ltda lda kft".split())


def _speaker_names(text: str) -> list[str]:
    """Names the terms give to the company they are with, most often named first: "between you
    and Tumblr", "you and Pinterest agree", "offered by Bardeen"; failing those, the name in a
    title like "Bardeen Terms of Service"."""
    counts: dict[str, int] = {}
    forms: dict[str, str] = {}
    for m in _SPEAKER_RE.finditer(text):
        name = _finish_name(_trim_name(m.group(1)))
        if not name or _norm(name) in _NOT_PARTIES or role_for_alias(name, DocumentKind.other):
            continue
        if name.lower() in _WE + _YOU or name.split()[0].lower() in ("you", "your", "us", "our"):
            continue
        key = _norm(name)
        counts[key] = counts.get(key, 0) + 1
        if key not in forms or len(name) < len(forms[key]):
            forms[key] = name
    if not counts:
        tm = _TITLE_NAME_RE.match(text[:300])
        name = _finish_name(_trim_name(tm.group(1))) if tm else None
        if name and role_for_alias(name, DocumentKind.other) is None:
            return [name]
        return []
    return [forms[k] for k in sorted(counts, key=lambda k: -counts[k])]


def _trim_name(raw: str) -> str:
    """Words after the name proper: "Uber. If", "EA Swiss S", "Tumblr. We"."""
    words = raw.split()
    out: list[str] = []
    for w in words:
        if out and (len(w.strip(".,")) == 1 or w.lower() in _WE + _YOU + ("if", "so", "this")):
            break
        out.append(w)
        if (
            w.endswith((".", ","))
            and not _CORP_RE.fullmatch(w.strip(","))
            and (w.endswith(",") or re.sub(r"[^a-z]", "", w.lower()) not in _BARE_SUFFIXES)
        ):
            break
        if w.endswith(".") and "." not in w[:-1] and w[:-1].lower() not in _DOTTED_FORMS:
            break  # "Lumen Platforms Limited. Otherwise": a form written out ends the sentence
    return (
        " ".join(out).strip(" ,.")
        if out and not _CORP_RE.search(out[-1])
        else " ".join(out).strip(" ,")
    )


def _name_the_speaker(text: str, found: list[_Found], kind: DocumentKind) -> None:
    """In terms of service, the party that says "we" is the company the terms are with: give it
    its name when the preamble did not, and claim that company's other entities ("between you and
    Pinterest Europe Ltd.") for it rather than leaving them to a third party."""
    we = next((f for f in found if any(n.lower() in _WE for n in f.names)), None)
    if we is None:
        return
    names = _speaker_names(text)
    for f in found:
        if f is we or f.role is not None or _you_like(f):
            continue
        if any(_related(n, x) for n in f.names for x in names):
            for n in f.names:
                we.add(n)
            f.names = []
    proper = [
        n for n in we.names if n.lower() not in _WE + _YOU and role_for_alias(n, kind) is None
    ]
    if not proper and names:
        we.add(names[0])
        proper = [names[0]]
    if not proper:
        return
    # the company's entities for each region: "provided by Glimmer Inc. if you live in the US, by
    # Glimmer Ireland Limited in the EEA": entities whose name starts with the company's name
    heads = {_norm(n).split()[0] for n in proper if _norm(n)}
    heads = {h for h in heads if len(h) >= 3 and h not in _GENERIC_FIRST}
    # the legal entities the terms say you contract with ("you are contracting with Lumen Ltd. if
    # you live in the UK, with Lumen Inc. otherwise") are all the provider
    for m in _SPEAKER_RE.finditer(text, 0, min(len(text), 20000)):
        cand = _finish_name(_trim_name(m.group(1)))
        if cand and _LEGAL_END_RE.search(cand) and _norm(cand):
            heads.add(_norm(cand).split()[0])
            if not any(n.lower().startswith(cand.lower()) for n in we.names):
                we.add(cand)  # "Visa U.S.A." is already there as "Visa U.S.A. Inc."
    # "If you reside in Europe, "Quill" means the legal entity Featherworks Limited": an alias of
    # the company that says "we" defined as a regional entity
    for alias in [n for n in we.names if n.lower() not in _WE + _YOU and len(n.split()) <= 3]:
        for m in re.finditer(
            r"[\"“]" + re.escape(alias) + r"[\"”]\s+means\s+(?:the\s+)?(?:legal\s+entity\s+)?",
            text[: min(len(text), 20000)],
        ):
            em = _ENTITY_RE.match(text, m.end())
            cand = _finish_name(em.group(1)) if em else None
            if cand and _LEGAL_END_RE.search(cand):
                heads.add(_norm(cand).split()[0] if _norm(cand) else "")
                for f in found:
                    if f is not we and f.role is None and any(_related(n, cand) for n in f.names):
                        f.names = []
                we.add(cand)
    for f in found:
        if f is we or f.role is not None or _you_like(f):
            continue
        if any(
            _norm(n) and _norm(n).split()[0] in heads and _LEGAL_END_RE.search(n) for n in f.names
        ):
            for n in f.names:
                we.add(n)
            f.names = []
    taken = {_norm(n) for f in found for n in f.names}
    for m in _ENTITY_RE.finditer(text, 0, min(len(text), 20000)):
        name = _finish_name(_entity_line(m.group(1)))
        if not name or _norm(name) in taken or not _norm(name):
            continue
        if any(n.lower().startswith(name.lower() + " ") for f in found for n in f.names):
            continue  # the head of a longer name already taken: "Quill (Europe) S.à r.l. et Cie"
        if _norm(name).split()[0] in heads and _LEGAL_END_RE.search(name):
            for f in found:
                if f is not we and any(_related(n, name) for n in f.names) and f.role is None:
                    f.names = []
            we.add(name)
            taken.add(_norm(name))
    found[:] = [f for f in found if f.names]


# the sentence that says who terms of service are with: "between you and X", "X ("we", "us")"
_WITH_YOU_RE = re.compile(
    r"\b(?:between\s+you\s+and|you\s+and|(?:provided|operated|offered)\s+(?:to\s+you\s+)?by)\b"
    r"|[\"“](?:we|us)[\"”]",
    re.IGNORECASE,
)


def _after_the_vendor(text: str, at: int, found: list[_Found], kind: DocumentKind) -> bool:
    """In terms of service, an entity named in a sentence after the one that says who the terms
    are with ("between you and Peregrine Draft Ltd ("Peregrine"). Payments are processed by
    Coinbrook Payments Ltd.") is one the vendor deals with, not a party (the vendor's own entities
    are claimed for it by _name_the_speaker)."""
    for f in found:
        if f.at >= at or not _proper(f, kind):
            continue
        start = max(
            (m.end() for m in _SENTENCE_STOP_RE.finditer(text, max(0, f.at - 600), f.at)),
            default=max(0, f.at - 600),
        )
        stop = _SENTENCE_STOP_RE.search(text, f.at)
        end = stop.end() if stop else len(text)
        if end <= at and _WITH_YOU_RE.search(text, start, end):
            return True
    return False


def _proper(f: _Found, kind: DocumentKind) -> bool:
    """A party the text calls by a name, not only by a pronoun or a role word."""
    return any(n.lower() not in _WE + _YOU and role_for_alias(n, kind) is None for n in f.names)


def _name_the_vendor(
    text: str, found: list[_Found], kind: DocumentKind, definitions: list[DefinedTerm]
) -> None:
    """Terms that name their vendor only by their title and its bare name ("HIREPRISM CANDIDATE
    SCREENING SERVICE ... HirePrism ranks ...") or by a copyright line ("© 2025 Pipistrel Software
    GmbH"): when no party found so far has a name, the vendor is the party named so, given to the
    party that says "we" if there is one. A body clause that defines the title's name gives its
    full name too ("OAKFERN-7B COMMUNITY LICENCE ... A1. Oakfern Research Collective ("Oakfern")
    grants you ...")."""
    if any(_proper(f, kind) for f in found):
        return
    title = _title_name(text)
    full = None
    if title is not None:
        for d in definitions:
            if d.start < _SPEAKER_REACH and _norm(d.term) == _norm(title):
                cand, _ = _name_before(text, d)
                if cand and _norm(cand).startswith(_norm(title) + " "):
                    full = cand
                    break
    names = [n for n in (_copyright_holder(text), full, title) if n]
    if not names:
        return
    names = [n for k, n in enumerate(names) if all(_norm(n) != _norm(m) for m in names[:k])]
    we = next((f for f in found if any(n.lower() in _WE for n in f.names)), None)
    if we is None:
        we = _Found(names[0], 0)
        found.append(we)
    for n in names:
        we.add(n)
    # the name first: "Pipistrel Software GmbH", "we"
    we.names.sort(key=lambda n: n.lower() in _WE)


#: a copyright line of its own: "© 2025 Pipistrel Software GmbH. All rights reserved.",
#: "Copyright (c) 2019-2024 Murrelet Labs Ltd."
_COPYRIGHT_RE = re.compile(
    r"^[ \t]*(?:[*_]{1,2})?(?:©|\([cC]\)|Copyright|COPYRIGHT)(?:[ \t]*(?:©|\([cC]\)))?[ \t]*"
    r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?,?[ \t]+)?(?P<rest>[A-Z][^\n]{1,100})",
    re.MULTILINE,
)


def _copyright_holder(text: str) -> str | None:
    """The company a copyright line of the terms names, with its legal form."""
    for m in _COPYRIGHT_RE.finditer(text):
        rest = re.split(r"\.?[ \t]+(?i:all[ \t]+rights)", m.group("rest"))[0]
        em = _ENTITY_RE.match(rest)
        name = _finish_name(em.group(1)) if em else None
        if name and _LEGAL_END_RE.search(name):
            return name
    return None


# the words of a title that name the document, not its vendor: "ASHGROVE TRANSCRIPTION -
# SUBSCRIPTION TERMS", "Sorrel AI Terms of Service"
_TITLE_END_RE = re.compile(
    r"[ \t]+(?:[-–—:|][ \t]|(?i:terms|customer[ \t]+terms|(?:end[ \t]+)?user[ \t]+agreement|eula|"
    r"licen[cs]e|policy|subscription|general|conditions|agreement)\b)"
)
# first words of a title that no vendor is named by
_TITLE_GENERIC = frozenset(
    (
        "the a an ai api app apps terms general master standard enterprise online customer "
        "subscription platform service services website site user end global mutual software cloud "
        "data privacy acceptable model models developer developers business consumer community open "
        "free beta pilot professional welcome important please legal agreement license licence our "
        "your these this product products additional supplemental mobile order statement schedule "
        "exhibit addendum contract memorandum notice"
    ).split()
)


def _title_name(text: str) -> str | None:
    """The vendor a title names when the text calls it by the same words: the longest run of the
    title's first words that the text writes in mixed case as a name ("Holloway" of "HOLLOWAY
    VISION API", "Sorrel AI" of "## Sorrel AI Terms of Service"), never a word the text also
    writes in lower case ("Data" of "DATA PROCESSING TERMS")."""
    lm = re.match(r"\s*(?:#{1,6}[ \t]+)?(?:\*\*|__)?([^\n]{2,120})", text)
    if lm is None:
        return None
    line = lm.group(1).strip(" *_#")
    head = _TITLE_END_RE.split(" " + line, maxsplit=1)[0].split()
    words: list[str] = []
    for w in head:
        if not re.fullmatch(r"[A-Z][\w&'’\-]*", w):
            break
        # "OAKFERN-7B": a model named by its maker and a size or version
        maker = re.match(r"([A-Z][\w&'’]*)-(?=[\w.]*\d)", w)
        if maker is not None:
            words.append(maker.group(1))
            break
        words.append(w)
    if not words or words[0].lower() in _TITLE_GENERIC:
        return None
    if re.search(rf"(?<![\w\-]){re.escape(words[0].lower())}(?![\w\-])", text):
        return None  # a word of the language, not a name
    body = text[lm.end() :]
    for k in range(len(words), 0, -1):
        pattern = r"(?<![\w\-])" + r"\s+".join(map(re.escape, words[:k])) + r"(?![\w\-])"
        for m in re.finditer(pattern, body, re.IGNORECASE):
            got = " ".join(m.group(0).split())
            if not got.isupper() and got[0].isupper():
                name = _finish_name(got)
                if (
                    name
                    and _norm(name) not in _NOT_PARTIES
                    and role_for_alias(name, DocumentKind.other) is None
                ):
                    return name
    return None


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
# a cover page: "between" / NAME / "and" / NAME, each on its own line
_ALIAS_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*\([^()\"“”]{0,60}?[\"“]([^\"”\n]{1,60})[\"”]")
_NAME_ROW_RE = re.compile(
    r"^[ \t]*\|[ \t]*(?:\*\*)?(?i:(?:(?:full|legal|registered|company|corporate|entity|party)[ \t]+)?"
    r"(?:legal[ \t]+)?name)(?:\*\*)?[ \t]*\|([^\n]+?)\|?[ \t]*$",
    re.MULTILINE,
)
_UNQUOTED_ALIAS_RE = re.compile(
    rf"\b(?i:hereinafter|hereafter)(?:{_SP}(?i:referred{_SP}to{_SP}as|called|known{_SP}as))?{_SP}"
    rf"(?:(?i:the){_SP})?([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)(?=[ \t]*[,;.)]|{_SP}and\b)"
)
_PAREN_ROLE_RE = re.compile(
    r"\((?:(?i:the)[ \t]+)?((?i:(?:Service[ \t]+)?(?:Provider|Vendor|Supplier|Licensor|Licensee|Customer|"
    r"Client|Contractor|Consultant|Distributor|Reseller|Purchaser|Buyer|Seller|Manufacturer|Franchisor|"
    r"Franchisee|Subscriber)))\)"
)
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
_BETWEEN_RE = re.compile(
    rf"\b(?i:between|among|{_PARTIES_ARE}):?[ \t]+"
    rf"((?:[A-Z0-9][\w&'’.,/\-]*[ \t]+|(?:{_PARTICLES})[ \t]+(?=[A-Z]|the\b)){{1,10}}?"
    r"(?:and|AND|&(?![ \t]+(?i:co)\b))[ \t]+"
    rf"(?:[A-Z0-9][\w&'’./\-]*,?[ \t]*|(?:{_PARTICLES})[ \t]+(?=[A-Z]|the\b)){{1,10}}?)"
    r"(?=[ \t]*(?:\(|Dated|dated|DATED|TABLE|Table|effective|Effective|EFFECTIVE|$|\n|\.\s|,\s+(?i:a|an|dated|effective)\s))",
    re.MULTILINE,
)
_LIST_SUFFIX_RE = re.compile(
    r"Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Corporation|L\.P\.|LP|LLP|PLC|plc|GmbH|AG|S\.A\.|N\.V\.|"
    r"B\.V\.|Co\.|Limited",
    re.IGNORECASE,
)


def _split_names(listing: str) -> list[str]:
    """The names of "A, Inc., B LLC and C Corp.": split at "and", and at a comma that follows a
    corporate suffix (the comma inside "Alder Mobile, Inc." stays)."""
    out: list[str] = []
    parts = []
    for part in _BETWEEN_SPLIT_RE.split(listing):
        # "THE JOHNS HOPKINS UNIVERSITY & VIRTUOSO SURGICAL, INC.": "&" after an organisation word
        # or a legal form parts two names; "Physician Sales & Service, Inc." is one
        am = re.match(r"(.+?)\s+&\s+(?=[A-Z0-9])(?!(?i:co)\b)(.+)$", part)  # not "GmbH & Co. KG"
        if am and (
            _ORG_WORDS_RE.search(am.group(1).split()[-1]) or _LEGAL_END_RE.search(am.group(1))
        ):
            parts += [am.group(1), am.group(2)]
        else:
            parts.append(part)
    # "FIDELITY OPERATIONS COMPANY, INC. and NEW YORK LIFE INSURANCE AND ANNUITY CORPORATION": after
    # a name with a legal form, a piece without one is the head of the next name
    k = 1
    while k < len(parts) - 1:
        if _LEGAL_END_RE.search(parts[k - 1].strip(" ,")) and not _LEGAL_END_RE.search(
            parts[k].strip(" ,")
        ):
            joiner = re.search(r"\s+(?:and|AND)\s+", listing[listing.find(parts[k]) :])
            parts[k : k + 2] = [parts[k] + (joiner.group(0) if joiner else " and ") + parts[k + 1]]
        else:
            k += 1
    for part in parts:
        last = 0
        for m in re.finditer(r",\s+(?=[A-Z0-9])", part):
            head = part[last : m.start()]
            tail_word = head.split()[-1] if head.split() else ""
            rest = part[m.end() :].split()
            if (
                (_LIST_SUFFIX_RE.fullmatch(tail_word) or _LEGAL_END_RE.search(head))
                and len(head.split()) > 1
                and not (rest and _CORP_RE.fullmatch(rest[0].strip(",")))
                and _CORP_RE.search(" ".join(rest))
            ):
                out.append(head)
                last = m.end()
        out.append(part[last:])
    return out


_TRADE_MARKER_RE = re.compile(
    r",?\s+\(?(?:doing\s+business\s+as|d/b/a|d\.b\.a\.|dba|[fap]\.k\.a\.|trading\s+as|t/a|f/k/a|formerly(?:\s+known\s+as)?|"
    r"[ap]/k/a|(?:also|professionally)\s+known\s+as)\s+(?:the\s+)?",
    re.IGNORECASE,
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
# "between Mercy Hillside Hospital and the Ridgeview Foundation": "the" opens the second name
_BETWEEN_SPLIT_RE = re.compile(r"\s+(?:and|AND)\s+(?:the\s+|THE\s+)?(?=[A-Z0-9])")
_ANCHOR_RE = re.compile(
    # "a score between 0 and 100", "between $5 and $10": amounts, not parties
    r"\b(?:by\s+and\s+between|between(?!\s+[\d$€£])|among|entered\s+into|made\s+and\s+entered|is\s+made(?!\s+available)|"
    rf"by\s+and\s+among|{_PARTIES_ARE})\b"
    # a line that opens with "Parties:" and lists them
    r"|(?<![^\n])[ \t]*parties[ \t]*:",
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


# the previous party's definition `("Acme")`, a semicolon, "between", "AND:" end a name's search
_HARD_BOUNDARY_RE = re.compile(
    r"[\"”'’]\s*\)|;|\b(?i:between|among)\b|\b(?i:and)\s*:|:\s*\n"
    # the previous party's alias on a dashed line of its own: '- hereinafter "Company" -'
    r"|[\"”][ \t]*[-–—]+[ \t]*(?=\n)"
    # '(hereinafter referred to as the "Company", which expression shall include its successors)':
    # the previous party's definition, with the words that say whom its alias includes
    r"|\b(?i:which\s+expression)\b[^()]{0,300}\)"
    # "made by the undersigned members: Delia M. Fairweather, Casimir Novak and ...": a list's head
    r"|\b(?i:undersigned(?:\s+[a-z]+){0,2})\s*:"
    # the previous party's unquoted alias: "Ashcombe, Inc. (Ashcombe) and ..."
    r"|\((?:(?i:the)\s+)?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)?\),?(?=\s+(?i:and|or)\s|\s+(?:ABN|ACN|ARBN|NZBN|UEN)\b)"
    # ... or at the end of its paragraph, a party listed per paragraph: "... NSW 2150 (Supplier)"
    r"|\((?:(?i:the)\s+)?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)?\)[ \t]*\n[ \t]*\n"
)
_DESCRIPTOR_START_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w\-'’]+\s+){0,5}?(?:corporation|company|limited|partnership|association|bank|"
    r"entity|organization|organisation|university|institution|trust|society|agency|liability|"
    r"individual|resident|state|federal|national|mutual|private|public|joint|city|county|"
    r"proprietorship|proprietor|firm|cooperative|co-operative|foundation|charity|citizen|union|"
    r"chartered|federally|domiciled|insurer|reinsurer|"
    r"municipality|municipal|political|cooperative|established|formed|constituted|duly|organi[sz]ed|"
    r"incorporated|registered|société|societe|sociedad|groupement|division|subsidiary|affiliate|unit|"
    # the legal form in its own language: "a Japanese kabushiki kaisha", "an Italian società per
    # azioni", "a Dutch naamloze vennootschap"
    r"kabushiki|società|societa|sociedade|naamloze|besloten|aktiebolag|gesellschaft|"
    r"aktiengesellschaft|"
    # public bodies: "a port district", "a body politic and corporate", "a public authority"
    r"district|authority|commission|instrumentality|body|board|department|council)\b"
    r"|,?\s+\(?(?:doing\s+business\s+as|d/b/a|d\.b\.a\.|dba|[fap]\.k\.a\.|trading\s+as|t/a|f/k/a|[ap]/k/a|"
    r"(?:also|professionally)\s+known\s+as|formerly(?:\s+known\s+as)?)\s"
    # "ANDREW PATEL, of the City of Toronto, in the Province of Ontario": where a party lives
    r"|,\s+of\s+the\s+(?i:city|town|township|village|county|province|state|municipality)\s+of\b"
    # "GREGORY WALSH and LINDA WALSH, individuals residing in Iowa": people named together
    r"|,\s+(?:individuals|residents|husband\s+and\s+wife)\b"
    # "Mr. Vikram Deshpande, son of Shri Anand Deshpande, aged about 52 years, residing at ...":
    # a person described by parent, age and home, as deeds in India and elsewhere describe one
    r"|,\s+(?:(?:son|daughter|wife|husband|widow)\s+of|[SDW]/[Oo]\.?|aged\s+(?:about\s+)?\d|"
    r"residing\s+(?:at|in)|resident\s+(?:of|at|in))\b"
    r"|,?\s+(?:(?:for\s+and\s+)?on\s+behalf\s+of|for\s+itself)\b"
    # "Rheinwerk GmbH, represented by its managing director Jana Vogt": the person who acts for it
    r"|,?\s+(?:duly\s+)?represented\s+(?:herein\s+|hereby\s+|here\s+)?by\b"
    # "Dr. Anna Weiss, Professor of Medicine at the University of Bern": the post a person holds
    r"|,\s+(?:(?:Associate|Assistant|Full|Adjunct)\s+)?(?:Professor|Lecturer|Researcher|Dean)\b"
    # "Brackenridge Polymers GmbH, Industriestrasse 14, 70565 Stuttgart": an address after the name
    r"|,\s+(?=\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w.\-]*\s+){0,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|"
    r"Boulevard|Blvd\.?|Drive|Lane|Way|Place|Plaza|Court|Parkway|Highway|Square|Row|Quay|Terrace)\b|"
    r"\d{1,5}\s+(?:rue|via|avenida|calle|rua)\b|"
    r"[A-Z][\w\-]*(?:strasse|straße|weg|platz|gasse|allee|laan|straat|gracht|vej|gatan|gade|katu)\s+\d)"
    # "First Harbor Bank, N.A., as administrative agent for the Lenders": the capacity it acts in
    r"|,\s+(?:solely\s+)?as\s+(?:[\w\-]+\s+){0,2}?(?:agent|trustee|administrator|servicer|custodian|"
    r"depositary|arranger|representative)\b"
    # "Margaret Lyle and Peter Quince as trustees of the Lyle Trust": a capacity in the plural
    r"|\s+as\s+(?:co-?)?trustees\b|\s+as\s+(?:co-?)?trustee\s+(?:of|for)\b"
    # "Harbourside Bank, as lender (the "Lender")": a capacity in lower case before the alias
    r"|,\s+(?:solely\s+)?as\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?=\s*\()"
    # "Daniel Hart and Priya Hart, husband and wife (together, the "Sellers")"
    r"|,\s+(?:husband\s+and\s+wife|wife\s+and\s+husband|spouses|a\s+married\s+couple|"
    r"as\s+joint\s+tenants|as\s+tenants\s+in\s+common)\b"
    # "Orchard Lane Partners, LLC, its successors and assigns ("Assignor")"
    # "Kestrel Labs Ltd, Kestrel Labs Inc. and/or their affiliates ("Kestrel")"
    r"|,?\s+(?:together\s+with\s+|and/or\s+|and\s+|or\s+)?(?:its|their)\s+(?:\w+\s+)?(?:affiliates|subsidiaries|successors|assigns)\b"
    r"|,?\s+(?:acting\s+)?(?:by\s+and\s+)?through\s+its\b"
    # "Marion Fletcher, solely in her capacity as chapter 7 trustee for the estate of ..."
    r"|,\s+(?:solely\s+)?in\s+(?:its|his|her|their)\s+capacity\b"
    # "Harbourview Trust Company, not in its individual capacity but solely as trustee of ..."
    r"|,\s+not\s+(?:individually|in\s+(?:its|his|her|their)\s+(?:individual|own|corporate)\s+capacity)\b"
    # "Larkspur Fund III, L.P., by Larkspur GP LLC, as its general partner", "..., acting by its
    # general partner": the entity that acts for the party follows the party's name
    r"|,\s+(?:acting\s+)?by\s+(?=[A-Z])|,?\s+acting\s+by\b"
    r"|,?\s+(?:with\s+(?:its|a|an|their|offices|principal|registered|head)|having|whose|located|"
    r"residing|"
    # "Acme Incorporated" is a name; "Acme, incorporated under the laws of ..." a descriptor
    r"(?:organized|organised|incorporated|existing|registered)(?=\s+(?:in|under|and|as|pursuant|with|at)\b))\b"
    r"|\s\d+(?:st|nd|rd|th)\s+(?:Floor|floor)"
    r"|,?\s+(?:the\s+)?(?:party\s+)?of\s+the\s+(?:first|second|third|one|other)\s+part\b"
    # "John Abernathy of 12 Elm Street", "Kenji Watanabe of 4-2-1 Shibuya"
    r"|,?\s+of\s+(?=\d[\d\-/]{0,8}\s+[A-Z])"
    # "Kestrel Pty Ltd (ACN ...) of Level 3, 88 George Street", "... of Flat B, 12/F, ..."
    r"|,?\s+of\s+(?=(?:Level|Suite|Unit|Flat|Floor|Room|Building|Apartment|Apt\.?|P\.?\s?O\.?\s+Box|"
    r"Plot|Stand|Erf|Lot|Block|Door\s+No\.?)\s+[\dA-Z])"
    # "Halvard Anlegg AS, of Oslo, Norway", "Tiller Ltd, of Main Road, Gaborone, Botswana": a
    # place after "of" set off by commas is where the party is (a name's own "of" takes no comma)
    r"|,\s+of\s+(?=[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3},\s+[A-Z])"
    # "Gregory Ashby, individually and as trustee of the Ashby Family Trust"
    r"|,\s+individually\b",
    re.IGNORECASE,
)
_BARE_SUFFIXES = frozenset(
    (
        "sa inc llc ltd co corp ag nv bv plc gmbh lp llp sas spa limited company pc pa pllc lllp "
        "pte pty sdn bhd ltda kk gie srl sl sarl aps oy ab kg kgaa ulc dac pbc oyj kft na fsb jsc "
        "bvba"
    ).split()
)
_DOCUMENT_WORDS = frozenset(
    (
        "agreement agreements terms policy addendum order schedule exhibit annex appendix "
        "statement act services service date law laws rules rule contract amendment offering plans "
        "plan summary term parties party subsidiary subsidiaries affiliates"
    ).split()
)
_DOMAIN_RE = re.compile(r"^[a-z][\w-]*(?:\.(?:com|net|org|io|ai|co))+$|^[a-z]-[A-Z]")
# words of a sentence, never of a name, that capitals would otherwise pass off as one
_CAPS_STOP = frozenset(
    (
        "a an as is are was were be been made make on in at by to for from with her his its their "
        "own behalf under laws hereby herein hereto this that which who whose shall will may "
        "between among into upon than or not shareholder stockholder subsidiary division "
        "undersigned hereof thereof hereunder"
    ).split()
)
# the words of a sentence in capitals that no name holds ("YOU ON DEMAND HOLDINGS, INC." holds "on")
_CAPS_BREAK = frozenset(
    (
        "a an is are was were be been made hereby herein hereto hereof thereof hereunder shall "
        "will may between among under laws undersigned shareholder stockholder subsidiary division "
        "its whose which who than "
        # a sentence in capitals around the name: "PLEASE READ THESE TERMS CAREFULLY BECAUSE THEY
        # GOVERN YOUR USE OF THE ACME, INC. WEBSITE"
        "your our we they their these this that because please read carefully govern governs use "
        # "... BELONGS TO ACME, INC.", "OWNED AND OPERATED BY ACME LTD.": the verb and its preposition
        "to by belongs belong owned operated provided offered"
    ).split()
)
_NAME_JOINERS = frozenset(
    ("of", "and", "&", "de", "du", "la", "für", "et")
    # particles of names in other languages: "Banco do Nordeste", "Van der Berg", "Fratelli della Valle"
    + (
        "des",
        "del",
        "della",
        "di",
        "do",
        "da",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "y",
        "e",
        "le",
        "zu",
    )
)


#: a definition that says its term is a person or a body ("the legal entity ...", "any individual
#: or company ...")
_DESCRIBES_A_PARTY_RE = re.compile(
    r"\b(?:legal\s+entity|entity|entities|person|persons|individual|company|organi[sz]ation|"
    r"business|undertaking|legal\s+person|natural\s+person|corporation|firm)\b",
    re.IGNORECASE,
)
#: what follows an unquoted term of a glossary line ("Client: the ...", "Client means the ...")
_GLOSSARY_LINE_RE = re.compile(r"(?:\*\*|__)?[ \t]*(?::|means\b)")


def _glossary_line(text: str, d: DefinedTerm) -> bool:
    """Whether `d` is an unquoted term opening a glossary line ("Client: the legal entity ...")."""
    return text[d.start : d.start + 1] not in '"“(' and bool(
        _GLOSSARY_LINE_RE.match(text, d.start + len(d.term))
    )


_MEANS_WORD_RE = re.compile(r"\b(?:means?|mean|refers? to)\b", re.IGNORECASE)
_AFTER_MEANS_RE = re.compile(
    r"\b(?:means?|refers? to)\s+(?:the\s+)?(.{2,160}?)(?=,\s+(?:an?|the|and|or)\s|[;(]|\.\s|\s+and\s+[\"“]|$)",
    re.IGNORECASE | re.DOTALL,
)


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
_GOES_ON_NUMBERED_RE = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\))[ \t]+[A-Z]")
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


_UNQUOTED_PAREN_ALIAS_RE = re.compile(
    rf"\((?P<lead>(?i:(?:hereinafter|hereafter)(?:{_SP}(?:referred{_SP}to{_SP}as|called))?{_SP})?"
    rf"(?:(?i:the){_SP})?)(?P<alias>[A-Z][\w&\-]*(?:{_SP}[A-Z][\w&\-]*){{0,2}})\)"
    # "Southern Cross Analytics Pty Ltd (SCA) ABN 12 345 678 901": the register number after it
    r"(?=[ \t]*(?:[,;.]|\n|$|(?i:and|or|of\s+the|on\s+the|as|hereto)\b|(?:ABN|ACN|ARBN|NZBN|UEN)\b))",
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
        if not (m.group("lead") or in_sentence or entry):
            continue
        if (
            not m.group("lead")
            # the one word that ends a party's entry is its alias, whatever it is ("(Company)",
            # "(Principal)"): what ends an entry is no part of a sentence
            and not (entry and " " not in alias)
            and role_for_alias(alias, DocumentKind.other) is None
            and not _role_noun(alias)
        ):
            # a bare `(Ashcombe)`, `(AWI)` shortens the name before it; `Halle (Saale)` does not
            before = _walk_back(text[max(0, m.start() - 120) : m.start()]) or ""
            if not in_sentence:
                # a party's entry: the name that opens it, however long its address
                before += " " + _entry_name(text, m.start())
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
        out.append(
            DefinedTerm(
                term=alias,
                definition=" ".join(text[m.start() : m.end()].split()),
                start=m.start("alias"),
                end=m.end(),
            )
        )
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


_SHORT_RUN_RE = re.compile(r"(?<=\S)[ \u00a0]{2,3}(?=\S)")
# runs that part columns and fields: four spaces or more, or any run with a tab
_WIDE_RUN_RE = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{4,}")


def _unpad(text: str) -> Collapsed | None:
    """The text with runs of two or three spaces between words made one, when its first pages
    have such runs; None otherwise. Wider runs and tabs part columns and fields and stay: they are
    masked while `collapse_runs` reads the text, then put back."""
    if _SHORT_RUN_RE.search(text, 0, min(len(text), 20000)) is None:
        return None
    masked = _WIDE_RUN_RE.sub(lambda m: "\x01" * len(m.group(0)), text)
    c = collapse_runs(masked)
    if c is None:
        return None
    chars = list(c.text)
    for k in (k for k, ch in enumerate(chars) if ch == "\x01"):
        chars[k] = text[c.to_original(k)]
    return Collapsed("".join(chars), c.c_at, c.o_at)


# what can come right before a party's name in the sentence that names the parties
_NAME_LEAD_RE = re.compile(
    r"\b(?:between|among|by)\b:?|[,;)]\s*(?:and\b)?|\band\b|\(\w{1,3}\)", re.IGNORECASE
)


# an alias given without quotes after a name and a comma: "Mekong Export Joint Stock Company,
# hereinafter referred to as the Seller" ends the name as a descriptor would (a quoted alias is a
# definition, and the name before it is read from there)
_UNQUOTED_LATER_RE = re.compile(
    r",\s+(?i:hereinafter|hereafter)\s+(?i:(?:referred\s+to\s+as|called)\s+)?(?:(?i:the)\s+)?[A-Z]"
)


def _one_name_with_and(reversed_name: list[str]) -> bool:
    """True when a name after "the" that holds "and" is one name: "the Mwalule Valley Water and
    Sanitation Company Limited". The words before its first "and" are no defined term (one word,
    or a role: "the Borrower and Kestrel Holdings, Inc.", "the Administrative Agent and ...") and
    the name ends in a legal form. `reversed_name`: the name's words, last first."""
    words = list(reversed(reversed_name))
    k = next(i for i, w in enumerate(words) if w.lower() == "and")
    before = [w.strip(",.") for w in words[:k]]
    return (
        len(before) >= 2
        and not any(w.endswith(",") for w in words[:k])
        and not any(_role_of_word(w) or w.lower() in _GENERIC_SHORT for w in before)
        and _LEGAL_END_RE.search(" ".join(words)) is not None
    )


def _described_names(text: str, span: tuple[int, int]) -> list[tuple[str, int]]:
    """Names right before a descriptor in the party sentence (", with an address at", ", an
    individual", ", a Texas corporation"), each the longest run of capitalised words after a lead
    ("between", "and", a comma): "between Marsh and McBride Associates, with offices ..."."""
    lo, hi = span
    out: list[tuple[str, int]] = []
    ends = sorted(
        [*_DESCRIPTOR_START_RE.finditer(text, lo, hi), *_UNQUOTED_LATER_RE.finditer(text, lo, hi)],
        key=lambda m: m.start(),
    )
    for d in ends:
        head = text[lo : d.start()]
        best: tuple[str, int] | None = None
        for lead in reversed(list(_NAME_LEAD_RE.finditer(head))):
            seg = head[lead.end() :]
            words = seg.split()
            if not words or not all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS | {"the"}
                for w in words
            ):
                break
            if (
                words[0].lower() in _NAME_JOINERS
                or words[0] == "the"
                or len([w for w in words if w.lower() not in _NAME_JOINERS]) > 8
            ):
                break  # "and the Company, a Delaware corporation": a defined term, not a name
            if best is not None and "and" in words and lead.group(0).strip() in (",", ")"):
                break  # "Portland, Oregon and Brightline Media": a place, "and", then the name
            if (
                lead.group(0).strip() == ","
                and not re.search(r"[)\"”’']\s*$", head[: lead.start()])
                and not _LEGAL_END_RE.search(head[: lead.start()])
            ):
                break  # "Near HDFC Bank, New Delhi, a registered company": an address before it
            if any(
                w.lower() == "and" and k and _CORP_RE.fullmatch(words[k - 1].strip(",."))
                for k, w in enumerate(words)
            ):
                break  # "Pinnacle Labs Inc. and Samuel Ortiz": two names
            if any(
                w.endswith((",", ";")) and not _CORP_RE.fullmatch(nxt.strip(",."))
                for w, nxt in pairwise(words)
            ):
                break  # "Portland, Oregon and Brightline": a place before the name
            best = (seg, lo + lead.end() + (len(seg) - len(seg.lstrip())))
        if best is None:
            continue
        name = _finish_name(best[0])
        if (
            name
            and len(name.split()) >= 2
            and not all(w.lower().strip(".,") in _GENERIC_SHORT | {"the"} for w in name.split())
            and (_person_like(name) or _entity_like(name, False))
        ):
            out.append((name, best[1]))
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


def _before(matches: Iterator[re.Match[str]], end: int) -> Iterator[re.Match[str]]:
    """The matches that start before `end`."""
    for m in matches:
        if m.start() >= end:
            return
        yield m


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


def _person_like(name: str) -> bool:
    """Two to five capitalised words that are not a document word: a person or an organisation
    without a corporate suffix ("Ludmila Smolyansky", "JSC Karakudukmunay"), once the definition
    around it says it is a party."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words)
        and _norm(name) not in _NOT_PARTIES
        and words[-1].lower().strip(".,") not in _DOCUMENT_WORDS
        and not _MONTHS_RE.search(name)
        and not _ADDRESS_RE.search(name)
    )


def _alias_like(alias: str) -> bool:
    """A short capitalised alias that is not a document word: "Developer", "CNET", "Franchisee"."""
    words = alias.split()
    # "the Birch Parties": entities defined together; "Indemnified Parties" are no party names
    collective = (
        len(words) >= 2 and words[-1] == "Parties" and words[0].lower() not in _GENERIC_COLLECTIVE
    )
    return (
        0 < len(words) <= 4
        # "3DP", "1-800 Garden": a name that opens with a numeral holds a capital
        and (
            alias[:1].isupper()
            or re.match(r"[a-z]{1,2}[A-Z]|\d[\w&\-]*[A-Z]|[a-z]\d+[A-Za-z]?$", alias) is not None
        )
        and _norm(alias) not in _NOT_PARTIES
        and (words[-1].lower() not in _DOCUMENT_WORDS or collective)
        and words[-1].lower() not in _THING_WORDS
        and not _MONTHS_RE.search(alias)
    )


_GENERIC_COLLECTIVE = frozenset(
    (
        "the each both all other such third contracting indemnified indemnifying disclosing "
        "receiving related released releasing non-breaching breaching affected relevant secured"
    ).split()
)
# the head nouns of defined things, never of a party: "Licensed Software", "Proprietary Marks"
_THING_WORDS = frozenset(
    (
        "software platform product products system systems technology materials documentation "
        "specifications specification property territory equipment premises program programme "
        "content data information rights fee fees patents marks trademarks know-how deliverables "
        "work works brand brands application applications solution solutions suite model models"
    ).split()
)


_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
_TOGETHER_RE = re.compile(
    r"\((?:[^()]*\s)?(?:together|collectively|jointly)\b[^()]*$", re.IGNORECASE
)
_HEREINAFTER_RE = re.compile(r"\b(?:hereinafter|hereafter|herein)\b", re.IGNORECASE)


def _you_like(f: _Found) -> bool:
    return any(n.lower() in _YOU for n in f.names)


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


# the role a cover page sets beside or below a party's name, in a column or a line of its own
_COVER_ROLES = (
    "franchisor|franchisee|licensor|licensee|sublicensee|distributor|supplier|manufacturer|reseller|"
    "developer|publisher|sponsor|contractor|consultant|customer|client|vendor|purchaser|buyer|seller|"
    "lender|borrower|landlord|tenant|lessor|lessee|guarantor|employer|employee|investor|agent"
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
_DIVISION_OF_RE = re.compile(
    r",?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:division|unit)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


_PLURAL_CAPACITY_RE = re.compile(
    r",?\s+(?:as\s+(?:co-?)?trustees|as\s+joint\s+tenants|husband\s+and\s+wife|wife\s+and\s+husband|"
    r"spouses|jointly\s+and\s+severally)\b",
    re.IGNORECASE,
)


def _listed_each(text: str, d: DefinedTerm) -> list[str] | None:
    """The names a definition gives to each of several parties listed before it: `..., Gregory M.
    Tan, Lucia Ferrante and Aspen Grove Partners III, L.P. (each, a "Stockholder")`, each a person
    or an entity with a legal form; from the last boundary (the previous party's alias, "among")."""
    paren = text.rfind("(", max(0, d.start - 60), d.start + 1)
    if paren < 0 or not re.search(r"\beach\b", text[paren : d.start], re.IGNORECASE):
        return None
    window = text[max(0, paren - 500) : paren]
    hard = 0
    for hm in _HARD_BOUNDARY_RE.finditer(window):
        hard = hm.end()
    listing = re.sub(r"^[\s,]*(?:and|AND)\s+", "", window[hard:]).strip(" ,\n")
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
    window = text[max(0, paren - 500) : paren]
    hard = 0
    for hm in _HARD_BOUNDARY_RE.finditer(window):
        hard = hm.end()
    listing = re.sub(r"^[\s,]*(?:and|AND)\s+", "", window[hard:]).strip(" ,\n")
    if "\n\n" in listing or not re.search(r"\s(?:and|AND)\s", listing):
        return None
    parts = [_finish_name(x) for x in _split_names(listing)]
    if len(parts) < 3 or not all(x and _LEGAL_END_RE.search(x) for x in parts):
        return None
    return listing


# "NAME is referred to as "X"", and in the same sentence "and NAME as "Y""
_REFERRED_RE = re.compile(
    r"\s+(?i:(?:is|are|shall\s+be|will\s+be)\s+(?:hereinafter\s+|herein\s+)?(?:referred\s+to|called|known)"
    r"\s+as\s+(?:the\s+)?)[\"“]\Z"
)
_AND_AS_RE = re.compile(r"\s+(?i:as\s+(?:the\s+)?)[\"“]\Z")
# a government that is a party, named after the words that introduce the parties
_INCORPORATED_IN_RE = re.compile(
    r"\b(?:incorporated|organi[sz]ed|registered|existing|formed|established|domiciled)\s+"
    r"(?:in|under)\s+(?:the\s+laws?\s+of\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
_SOVEREIGN_RE = re.compile(
    r"(?:\b(?i:between|among|and|by)\s+|^\s*)(?:(?i:the)\s+)?"
    r"((?i:(?:State|Commonwealth|Province|Government|Republic|Kingdom|People's\s+Republic)\s+of\s+"
    r"(?:the\s+)?)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s*,?\s*$"
)


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


def _name_before(text: str, d: DefinedTerm) -> tuple[str | None, bool]:
    """The entity name right before a parenthetical definition: `Anysphere, Inc. (“Anysphere”)`,
    `Acme Corp., a Delaware corporation (“Provider”)` (the descriptor is skipped)."""
    paren = text.rfind("(", max(0, d.start - 60), d.start + 1)
    reach = 400
    if paren < 0:
        # `NAME, a ... company, ... hereinafter referred to as the "Company"`
        hm = None
        for hm in _HEREINAFTER_RE.finditer(text, max(0, d.start - 80), d.start + 1):
            pass
        referred = _REFERRED_RE.search(text, max(0, d.start - 300), d.start + 1)
        if referred is None and re.search(
            r"\breferred\s+to\s+as\b", text[max(0, d.start - 300) : d.start]
        ):
            referred = _AND_AS_RE.search(text, max(0, d.start - 300), d.start + 1)
        if hm is None and referred is not None:
            # "Larkfield Wines Limited is referred to as "Larkfield" and Oakmere Inc. as "Oakmere""
            return _walk_back(text[max(0, referred.start() - 300) : referred.start()]), False
        if hm is None:
            return None, False
        paren = hm.start()
        reach = 900  # the name sits above the address block
    lo = max(0, paren - reach)
    window = text[lo:paren]
    if window[window.rfind("\n") + 1 :].lstrip().startswith("|"):
        # a table row, "| Aurora Ventures Limited | a company incorporated in ... ("Aurora") |":
        # its cells are read as the parts of a sentence
        window = window.replace("|", ",")
    # "Vantage Corp. (f/k/a Ostler Labs, Inc.) ("Licensor")", "Sable Ltd. (Israel) ("Sable")": an
    # unquoted parenthetical between the name and its definition is skipped
    pm = re.search(r"\s*\([^()\"“”]{1,120}\)\s*$", window)
    if pm is not None:
        window = window[: pm.start()]
    # the name starts after the previous party's parenthesis, "between", "among" or a sentence end,
    # and ends where its descriptor starts: ", a Delaware corporation", "having its principal ..."
    hard = -1
    for hm in _HARD_BOUNDARY_RE.finditer(window):
        hard = hm.end()
    seg_start = max(hard, 0)
    # "... and the healthcare organisation that licenses Fenwick Triage ("you")": a party named
    # only by a description; the capitalised words after "that" are what it does, not its name
    described = _DESCRIBED_PARTY_RE.search(window, seg_start)
    if described is not None and window[seg_start : described.start()].strip(" ,;\n") in _JOINS:
        return None, False
    # try the descriptors from the last to the first, then the parenthesis itself: the name is
    # the run of capitalised words right before one of them
    cuts = [m.start() for m in _DESCRIPTOR_START_RE.finditer(window, seg_start)]
    # in capitals every word looks like a name's ("C.M. OLIVER & COMPANY LIMITED, A COMPANY
    # AMALGAMATED UNDER THE LAWS OF BRITISH COLUMBIA, HAVING ..."): the first descriptor ends it
    caps = not re.search(r"[a-z]", window[seg_start:])
    for cut in [*(cuts if caps else reversed(cuts)), len(window)]:
        # "KESTREL LIMITED (company number 5551234) whose registered office ...": a registration
        # number or place in brackets between the name and its descriptor
        piece = re.sub(r"\s*\([^()\"“”]{1,120}\)[\s,]*$", "", window[:cut])
        piece = _REGISTRATION_TAIL_RE.sub("", piece)
        cand = _walk_back(piece)
        if cand and seg_start > 0 and piece.rfind(cand.split()[0]) < seg_start:
            continue  # the previous party's name, before the boundary after it
        if cand and _INCORPORATED_IN_RE.search(piece, 0, _rfind_words(piece, cand)):
            continue  # "a company incorporated in the State of Oregon, U.S.A., whose ...": a place
        if cand and _ACTING_THROUGH_RE.search(piece[: _rfind_words(piece, cand)]):
            # "..., acting through its Fluid Power Division", "..., represented by Mr. Étienne
            # Marchal, in his capacity as Président": the party's division or the person who acts
            # for it
            continue
        if not cand:
            sovereign = _SOVEREIGN_RE.search(piece)
            if sovereign is not None:
                # "between the State of Vermont, acting by and through its Agency ... ("State")":
                # a government as a party, not the place a company is organised in
                return sovereign.group(1), cut != len(window)
        if cand and _in_an_address(piece, cand):
            # "Bahnhofstrasse 3, 8001 Zürich, Switzerland": the town of an address; the name is
            # before the address ("Lichtfeld Software GmbH, Am Sandtorkai 5, 20457 Hamburg",
            # "Thornbury Fund II, L.P., c/o Thornbury Partners LLC, 40 Wall Street, ...")
            address = _ADDRESS_TAIL_RE.search(piece)
            cand = _walk_back(piece[: address.start()]) if address else None
            if not cand or _in_an_address(piece[: address.start()], cand):
                continue
        division = _DIVISION_OF_RE.search(piece[: _rfind_words(piece, cand)]) if cand else None
        if division is not None and _walk_back(piece[: division.start()]):
            # "Kinetic Devices, a division of Foxhall Industries, Inc., a Delaware corporation
            # ("Kinetic")": the division is the one named, its company's descriptor comes after
            return _walk_back(piece[: division.start()]), True
        if cand:
            # "IMRS OPERATIONS INC. d/b/a IMRS INC., a Delaware corporation": the trade name (an
            # alias, see _DBA_RE) follows the name proper
            tm = None
            for tm in _TRADE_MARKER_RE.finditer(window, seg_start, cut):
                pass
            if tm is not None and window[tm.end() : cut].strip(" ,").startswith(cand.split()[0]):
                # (the name proper ends where its descriptor starts: "Raymond J. Petrakis, Jr.,
                # an individual doing business as RJP Industrial Sales")
                described = _DESCRIPTOR_START_RE.search(window, seg_start, tm.start())
                proper = _walk_back(window[: described.start() if described else tm.start()])
                if proper:
                    return proper, cut != len(window)
            return cand, cut != len(window)
    # a name above its address block: "Southgate Labs LLC\n9 Harbor Road\n...\n("Consultant")"
    # (a line of dashes between, "- hereinafter "Seller" -", is no block)
    blocks = [b for b in _PARAGRAPH_BREAK_RE.split(window[seg_start:]) if b.strip(" \t\n-–—")]
    block = blocks[-1].strip().split("\n") if blocks else []
    address = _ADDRESS_TAIL_RE.search(block[0]) if block else None
    # "Mr. Dieter Vossberg, Am Rosengarten 7, 70597 Stuttgart" with its alias in the paragraph
    # below: a one-line block holds the name and its address
    below = re.search(r"\n[ \t]*\n[ \t\-–—]*\Z", window) is not None
    if len(block) >= 2 or (address is not None and below):
        # "Kessler GmbH & Co. KG, Am Hafen 3, 28197 Bremen": the address may share the name's line
        first = block[0]
        cand = _finish_name(first[: address.start()] if address else first)
        if (
            cand
            and (_entity_like(cand, False) or _person_like(cand))
            # the line is a name, not a wrapped sentence ("the Repairer and the Company entered ...")
            and all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS
                for w in cand.split()
            )
        ):
            return cand, False
    return None, False


#: a party described rather than named, up to its parenthesis: "the organisation that licenses X",
#: "any individual or entity who accepts these Terms"
_DESCRIBED_PARTY_RE = re.compile(
    r"\b(?:the|an?|any|each)\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ations?|entity|entities|persons?|"
    r"individuals?|company|companies|business(?:es)?|institutions?|body|bodies|party|user|employer|"
    r"customer|client|subscriber|licensee|lender|insurer|retailer|merchant|hospital|practice|"
    r"developer|team)\s+(?:that|which|who|whose)\s+[^()\"“”]*$",
    re.IGNORECASE,
)
_JOINS = frozenset({"", "and", "or", "&"})

# "Coastal Water Authority ABN 98 765 432 109", "Orrin Bay Limited, company number 01234567": the
# number a register gives the party, after its name
_REGISTRATION_TAIL_RE = re.compile(
    r",?\s+(?:(?-i:ABN|ACN|ARBN|UEN|CIN|CRN|HRB|HRA|KvK|SIREN|SIRET|RCS|NZBN|GSTIN)|"
    r"(?:company|registration|registered|business|corporate)\s+(?:number|no\.?|code|id)|"
    r"Reg\.\s+No\.|"
    r"VAT\s+(?:No\.?|number|Reg\.?\s+No\.?))"
    r"[:\s]*[A-Z]{0,3}[\d][\d \-A-Z]{2,30}?,?\s*$",
    re.IGNORECASE,
)


# an address after a name, to the end: from the first of its comma-separated parts that holds a
# number or starts with "c/o"
_ADDRESS_TAIL_RE = re.compile(r",\s+(?:(?:c/o|C/O)\s|[^,()]*\d)[^()]*$")


def _in_an_address(piece: str, name: str) -> bool:
    """`name`, which ends `piece`, is part of an address: it comes right after a bare number (a
    postcode or a street number: "70565 Stuttgart, Germany") or after "c/o" ("c/o Harbor
    Management")."""
    k = piece.rfind(name.split()[0])
    # (a number that ends its paragraph, "Effective Date: April 1, 2010", is no part of an
    # address below it)
    m = (
        re.search(r"(?:^|(\S+)\s+)(?:\d[\d\-/]{0,8},?|c/o|C/O)(?![ \t]*\n[ \t]*\n)\s+$", piece[:k])
        if k > 0
        else None
    )
    # "for the purposes of Clause 9, Harrow Group plc": a reference, not an address
    return m is not None and (m.group(1) or "").lower() not in _REFERENCE_WORDS


_HONORIFICS = frozenset(["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Dr", "Mr", "Mrs", "Ms"])
_REFERENCE_WORDS = frozenset(
    ["section", "clause", "article", "paragraph", "schedule", "exhibit", "annex", "appendix"]
)
_ENUMERATION_RE = re.compile(r"[A-Z][.)]|\(?(?:\d{1,2}|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?")


# a company named by its registry number, with the province or state that registered it:
# "2468135 Ontario Limited", "9123-4567 Québec Inc.", "1234567 B.C. Ltd." (six digits or more: no
# street number or postcode)
_NUMBERED_COMPANY_RE = re.compile(
    r"^(?:\d{6,7}|\d{4}-\d{4})\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?,?\s+"
    r"(?i:Limited|Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|Lt[ée]e|ULC|LLC)$"
)
_PUBLIC_BODIES = r"(?:City|County|Town|Township|Village|Borough|Parish|Municipality|District)"
_TWO_BODIES_RE = re.compile(rf"(?i:{_PUBLIC_BODIES}\s+and\s+{_PUBLIC_BODIES}\s+of)\s+[A-Z]")


_LEGAL_FORM_START_RE = re.compile(rf"(?:{_LEGAL_FORMS})(?![\w/])")


def _comma_ends_name(after: list[str]) -> bool:
    """A comma before the words `after` (a name that ends in a legal form) parts a place or a
    phrase from the name: within a name a comma stands only before its legal form ("Acme, Inc.",
    "Granite Trust Company, N.A.") or in a list of names joined by "&" ("Smith, Jones & Co., LLP",
    "Skadden, Arps, Slate, Meagher & Flom LLP")."""
    rest = " ".join(after)
    if (
        not after
        or not _LEGAL_END_RE.search(rest)
        or _LEGAL_FORM_START_RE.match(rest)
        or _LEGAL_END_RE.match(rest)  # the form alone, in any case: "salesforce.com, inc."
        # a form in initials: "Ridgecrest Family Medicine, P.L.L.C.", "S.A.B. de C.V."
        or re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?,?", after[0])
    ):
        return False
    return not (
        after[0].rstrip("*_").endswith(",") or (len(after) > 1 and after[1].lower() in ("&", "and"))
    )


#: a class of securities named by its issuer
_SECURITIES_OF_RE = re.compile(
    r"(?i:(?:(?:series|class)\s+[\w-]+\s+)?(?:[\w-]+\s+){0,2}(?:stock|shares|units|notes|warrants|"
    r"debentures|securities|interests)\s+of)\s"
)
#: "/s/ Lydia M. Farnsworth" on a line of its own, the same name printed on the next
_SELF_SIGNED_RE = re.compile(
    r"^[ \t]*/[sS]/[ \t]*([A-Z][^\n]{2,60}?)[ \t]*\n[ \t]*([A-Z][^\n]{2,60}?)[ \t]*$", re.MULTILINE
)
#: the words that open a list of parties at the end of the party sentence
_FOLLOWING_LIST_RE = re.compile(
    r"\b(?i:(?:each\s+of\s+)?the\s+(?:following|undersigned)\s+(?:persons|parties|entities|"
    r"stockholders|shareholders|holders|members|investors|signatories))\b[^:]{0,120}:"
)
#: the head words of institutions whose names go on with "for" ("Center for Applied Genomics")
_FOR_HEADS = frozenset(
    "institute institution center centre foundation society council association alliance fund "
    "coalition committee office school academy agency bureau commission hospital organization "
    "organisation league network partnership trust consortium".split()
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


#: a word in Title Case right before a definition's bracket (in capitals every word looks like a
#: name's)
_WORD_BEFORE_BRACKET_RE = re.compile(r"\b([A-Z][a-z][\w&.\-]*)[ \t]*\([ \t]*[\"“]?\s*\Z")


def _unknown_name_before(text: str, at: int, entity_for: Callable[[str], _Found | None]) -> bool:
    """A capitalised word, of no party found so far, right before the bracket of the definition at
    `at`: "Federal Aviation Administration ("FAA")"."""
    m = _WORD_BEFORE_BRACKET_RE.search(text, max(0, at - 60), at)
    return m is not None and entity_for(m.group(1)) is None


_DESCRIBED_NAME_RE = re.compile(
    r"\b(?:the|an?)\s+(?!(?:said|above|undersigned|within|aforesaid|named|above-named|"
    r"within-named|following|other)\b)(?:(?!(?:of|to|for|by|with|and|or|as|at|in|on|from|part)\b)"
    r"[a-z][a-z\-]+\s+){1,3}\Z"
)


def _rfind_words(text: str, name: str) -> int:
    """Where `name` last starts in `text`, its words parted by any white space there (a name
    hard-wrapped over lines: "Riverhawks Baseball\n    Management, LLC"); -1 if it is not there."""
    at = text.rfind(name)
    if at >= 0 or not name.split():
        return at
    found = None
    for found in re.finditer(r"\s+".join(map(re.escape, name.split())), text):
        pass
    return found.start() if found else -1


def _walk_back(window: str) -> str | None:
    """The capitalised words (and joiners) that end `window`, as a cleaned name."""
    paragraph = _PARAGRAPH_BREAK_RE.split(window)[-1].split()
    tokens = paragraph[-12:]
    name: list[str] = []
    stop = len(tokens)
    inside = 0  # tokens left of a bracketed place inside the name: "Birch (Hong Kong) Limited"
    numbered = False  # the run was ended by a street number or a postcode
    for k, tok in enumerate(reversed(tokens)):
        stop = len(tokens) - 1 - k
        if inside:
            inside -= 1
            name.append(tok)
            continue
        if re.fullmatch(r"\([A-Z][\w.]*\),?", tok) and not (
            name and name[-1].lower() in _NAME_JOINERS
        ):
            name.append(tok)  # "Fonterra (USA), Inc.", not "Acme Inc. (Acme) and Brill Corp."
            continue
        if name and re.fullmatch(r"[A-Z][\w.]*\),?", tok) and "(" not in tok:
            opened = next(
                (
                    j
                    for j in range(1, 3)
                    if stop - j >= 0 and re.fullmatch(r"\([A-Z][\w.]*", tokens[stop - j])
                ),
                None,
            )
            if opened is not None:
                name.append(tok)
                inside = opened
                continue
        if any(ch in tok for ch in '()[]"“”'):
            break  # a bracket or a quote: a definition, or a blank "[CUSTOMER NAME]"
        bare = tok.strip(",*_")
        if (
            name
            and bare.isupper()
            and bare.lower() in _CAPS_BREAK
            and all(not any(ch.islower() for ch in t) for t in name)
        ):
            # "THE UNDERSIGNED IS A SHAREHOLDER OF GULF SOUTH, INC.": a sentence in capitals; after
            # "A" / "AN" comes a descriptor ("A MEMBER INSTITUTION OF ..."), not a name
            if bare in ("A", "AN"):
                return None
            break
        if name and bare == "YOU" and name[-1] in ("AND", "&"):
            # "A CONTRACT BETWEEN YOU AND ACME, INC.": the reader is no part of the name
            name.pop()
            break
        if not name and (
            bare.lower().rstrip(".") in _LOWER_FORMS or re.fullmatch(r"(?:[a-z]\.){2,}", bare)
        ):
            name.append(tok)  # "Tallow Ridge plc", "Ostrava Castings s.r.o.", "... S.à r.l."
            continue
        if (len(name) == 1 and name[0] == "o.o." and tok == "z") or (
            len(name) == 2 and name[-1] == "z" and tok == "Sp."
        ):
            name.append(tok)  # "Sp. z o.o."
            continue
        if (
            name
            and re.fullmatch(r"\d{1,2}|[IVX]{1,4}", bare)
            and stop >= 1
            and tokens[stop - 1][:1].isupper()
            # "for the purposes of Clause 9, Harrow Group plc": a reference, not "Fund 2 LP"
            and tokens[stop - 1].lower() not in _REFERENCE_WORDS
            and not tokens[stop - 1].endswith((",", "."))
            and not _ADDRESS_RE.search(tokens[stop - 1])
        ):
            name.append(tok)  # "Network 1 Financial, Inc.", "Fund 2 LP"
            continue
        if name and re.fullmatch(r"\d{6,7}|\d{4}-\d{4}", bare):
            named = " ".join([tok, *reversed(name)])
            if _NUMBERED_COMPANY_RE.match(named):
                name.append(tok)  # "2468135 Ontario Limited": a company named by its number
                break
        if (
            not name
            and re.fullmatch(r"\d{1,4}", bare)
            and stop >= 2
            and tokens[stop - 1] in ("No.", "No")
            and tokens[stop - 2][:1].isupper()
        ):
            name.append(tok)  # "Northfield School District No. 4": a body named by its number
            continue
        if name and name[-1].isdigit() and len(name) == 1 and bare in ("No.", "No"):
            name.append(tok)
            continue
        if not bare or re.fullmatch(r"[#\d][\d,\-#/]*", bare):
            numbered = True
            break  # a street number or postcode ends the name
        if name and re.fullmatch(r"(?:[a-z]\.){2,}", bare):
            name.append(tok)  # "S.à r.l."
            continue
        if name and bare.capitalize() in _HONORIFICS:
            name.append(tok)  # "Dr. Samuel Whitcombe"
            break
        if (
            name
            and bare.lower() in ("st.", "ste.")
            and (
                stop == 0
                or tokens[stop - 1][:1].islower()
                or tokens[stop - 1].endswith((",", ";", ")"))
                or tokens[stop - 1].lower() in ("and", "between", "among", "by", "with", "or")
            )
        ):
            # "and St. Aldhelm's Hospital": a saint's name opens it; after a name's word or a
            # number ("12 Water St. Harbor Labs") it is a street's
            name.append(tok)
            break
        if (
            name
            and bare.lower() in ("st.", "ste.")
            and stop >= 1
            and re.fullmatch(r"[A-Z]\.", tokens[stop - 1])
        ):
            # "DONALD R. ST. PIERRE": after a middle initial, the first word of a surname
            name.append(tok)
            continue
        if name and bare.endswith(("!", "?")):
            break  # "Welcome to Brindle! Brindle ("we")": the end of the sentence before
        if (
            name
            and bare.endswith(".")
            and re.sub(r"[^a-z]", "", bare.lower()) not in _BARE_SUFFIXES | _NAME_ABBREVIATIONS
            and not re.fullmatch(r"(?:[A-Z]\.)+", bare)
        ):
            break  # the end of the previous sentence
        if (
            name
            and tok.rstrip("*_").endswith(",")
            # "Larchmere Retail SARL, Larchmere Europe SARL": a list of names, parted later
            and not _LEGAL_END_RE.search(bare)
            and _comma_ends_name(tokens[stop + 1 :])
        ):
            break  # "sales made in Portugal, Lisbonne Textiles B.V.": a place before the name
        if (
            bare[0].isupper()
            or bare[0].isdigit()
            or re.match(r"[a-z]{1,2}[A-Z]|[a-z]\d+[A-Za-z]?$", bare)  # "eBay", "iGo", "q3 Mobile"
            or _DOMAIN_RE.match(bare)
            or (bare.lower() in _NAME_JOINERS and name)
            # "Harcastle Institute for Biomedical Research": "for" after an institution's head word
            or (
                bare.lower() == "for"
                and name
                and stop >= 1
                and tokens[stop - 1].strip(",").lower() in _FOR_HEADS
            )
            # "The Regents of the University of ...": "of the" inside a name
            or (bare.lower() == "the" and name and stop >= 1 and tokens[stop - 1].lower() == "of")
            or (
                bare.lower() == "the"
                and [w.lower() for w in name[-2:]] in (["of", "city"], ["of", "state"])
                and stop >= 2
                and tokens[stop - 1].lower() == "in"
                and _ORG_WORDS_RE.fullmatch(tokens[stop - 2].strip(",")) is not None
            )
            # "Trustees of Ashbury College in the City of New Amsterdam": an institution's seat
            or (
                bare.lower() == "in"
                and len(name) >= 3
                and [w.lower() for w in name[-3:]]
                in (["of", "city", "the"], ["of", "state", "the"])
                and stop >= 1
                and _ORG_WORDS_RE.fullmatch(tokens[stop - 1].strip(",")) is not None
            )
        ):
            name.append(tok)
            if tok.endswith((";", ":")) or bare.lower() in ("between", "among", "by"):
                name.pop()
                break
            continue
        break
    # "... under the laws of British Columbia", "the laws of the State of Israel", "offices at
    # Broadway": a place, not a name, unless a party's name follows it after "and" ("located in
    # Philadelphia, Pennsylvania and Jeffrey Hanuscin")
    placed = (
        bool(name)
        and name[-1].strip(",").lower() in ("of", "in", "at")
        # "in favor of Wintergreen Bank", "for the benefit of": a party, not a place
        and tokens[stop].lower() not in ("favor", "favour", "benefit", "behalf", "order")
        # "a shareholder of Gulf Supply, Inc.": a name that ends in a corporate suffix
        and re.sub(r"[^a-z]", "", name[0].lower()) not in _BARE_SUFFIXES
    )
    if name and not placed and len(name) < len(tokens):
        before = [t.lower().strip(",") for t in tokens[max(0, stop - 1) : stop + 1]]
        placed = (
            before[-1] in _PLACE_LEADS or before in (["of", "the"], ["in", "the"])
        ) and not _CORP_RE.search(" ".join(name))
        # "organized under the Company Act of the Republic of China": a statute
        placed = placed or before == ["under", "the"]
    if (
        not placed
        and stop < len(tokens) - len(name)
        and tokens[stop].lower() in ("the", "its", "their", "his", "her", "our", "your")
        and "and" in [w.lower() for w in name]
        # "the City and County of Denver": one public body's name
        and not _TWO_BODIES_RE.match(" ".join(reversed(name)))
        and not _one_name_with_and(name)
    ):
        # "the Borrower and Kestrel Holdings, Inc.", "its Affiliates and Phreesia, Inc.": the words
        # before "and" are a defined term or a phrase, the name starts after it
        name = name[: next(k for k, w in enumerate(name) if w.lower() == "and")]
    comma_and = next(
        (
            k
            for k, w in enumerate(name)
            if w.lower() == "and"
            and k + 1 < len(name)
            # "located at 9 Elm St, Miami FL and Sunfresh Marketing Group": after an address that
            # a street number began, "and" alone parts it from the next name
            and (name[k + 1].endswith(",") or numbered)
        ),
        None,
    )
    if (
        comma_and
        and (
            _LEGAL_END_RE.search(" ".join(reversed(name[:comma_and])))
            # "whose office is at 18 Orchard Lane, Linden, NJ, and Lorne Food Group": an address,
            # then the next party's name
            or (numbered and _ORG_WORDS_RE.search(" ".join(name[:comma_and])))
        )
    ):
        # "represented by Mr. Luis Herrera, and Sunbelt Appliances, Inc.": after ", and" a name of
        # its own
        name = name[:comma_and]
    if placed:
        after_and = next((k for k, w in enumerate(name) if w.lower() == "and"), None)
        if not after_and:
            return None
        name = name[:after_and]
    if (
        len(name) == len(paragraph) >= 3
        and _ENUMERATION_RE.fullmatch(name[-1])
        and not _ENUMERATION_RE.fullmatch(name[-2])
    ):
        name.pop()  # "A. Stonecrest Diagnostics, Inc., ...": the letter of a recital
    while name and name[-1].strip(",").lower() in _NAME_JOINERS | {
        "this",
        "these",
        "the",
        "by",
        "between",
        "among",
    }:
        name.pop()
    if not name:
        return None
    return _finish_name(" ".join(reversed(name)))


_LOWER_FORMS = frozenset(
    ["plc", "ltd", "inc", "llc", "gmbh", "pty", "bv", "nv", "sa", "ag", "spa", "srl"]
)
# abbreviations inside a name, no sentence end: "Halloran Bros. Construction Co."
_NAME_ABBREVIATIONS = frozenset("bros mfg intl natl assoc mgmt hldgs".split())
_DOTTED_ABBREVIATIONS = frozenset(
    ("inc ltd corp co bhd sdn pty pte ltda lda jr sr no bros mfg kft").split()
)
# "Wexley Labs, a division of Harrow Holdings, Inc.": the group a party belongs to, or the one it
# acts for, described inside the party's descriptor, is not a party of its own
_RELATED_ENTITY_RE = re.compile(
    r"\b(?:division|subsidiary|affiliate|parent|agent|administrator|branch|unit|member)\s+(?:of|for)"
    r"\s+(?:the\s+)?$"
    # "as chapter 7 trustee for the estate of Redfern Apparel, Inc."
    r"|\bestate\s+of\s+$"
    # "Dr. Anna Weiss, Professor of Medicine at the University of Bern": where a party works
    r"|\b(?:Professor|Lecturer|Researcher|Dean)\b[^,;()]{0,40}\b(?:at|of)\s+(?:the\s+)?$"
    # "Larchmont Fund III, L.P., acting by its general partner Larchmont GP III Ltd."
    r"|\b(?:acting\s+)?(?:by|through)\s+(?:its|their)\s+(?:sole\s+|managing\s+)?(?:general\s+partner|"
    r"manager|managing\s+member|sole\s+member|trustee|investment\s+manager),?\s+$"
    # "Thornbury Fund II, L.P., c/o Thornbury Partners LLC, 40 Wall Street": where a party's mail
    # goes, in an address
    r"|\bc/o\s+$",
    re.IGNORECASE,
)
# a party acting for a principal: "..., as Administrator for Fox Film Corporation ("Licensor")";
# the company the parties set up: "... for the purpose of forming Altamira Lithium LLC (the "JV
# Company")", "to incorporate Newco Ltd"
_ACTS_FOR_RE = re.compile(
    r"\bas\s+(?:\w+\s+)?(?:agent|administrator|nominee|representative|attorney-in-fact)\s+(?:of|for)\s+"
    r"(?:the\s+)?$"
    # a guarantee "in respect of the obligations of Ashdown Retail Limited (the "Borrower")": the
    # one whose debts are guaranteed is no party to it
    r"|\b(?:in\s+respect\s+of|for)\s+the\s+(?:obligations|liabilities|indebtedness)\s+of\s+(?:the\s+)?$"
    # the owner a party holds its rights from: "Marigold Characters, Inc. ("Sublicensor"), a
    # licensee of Storybook Holdings Ltd. ("Owner")"
    r"|[)”\"],?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:licensee|sublicensee|franchisee)\s+of\s+(?:the\s+)?$"
    # a place someone owns, defined by its owner's name: "the Harlow Station generating plant of
    # Pinewater Power Company (the "Destination")"
    r"|\b(?:plant|facility|facilities|mine|site|premises|property|station|terminal|warehouse|factory|"
    r"store|hotel|building|refinery|mill)\s+of\s+(?:the\s+)?$"
    r"|\b(?:form|forming|establish|establishing|incorporate|incorporating|organi[sz]e|organi[sz]ing)"
    r"\s+(?:(?:a|an)\s+(?:new\s+)?(?:joint\s+venture\s+)?(?:company|corporation|entity),?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_LEADS = frozenset(["of", "at", "in", "under", "located", "address", "offices"])
_ADDRESS_RE = re.compile(
    r"\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Plaza|Suite|Floor|Highway|"
    r"Broadway|Parkway|Square|Building|Tower)\b|^(?:State|Republic|Province|Commonwealth|Kingdom|"
    r"People's Republic|Isle) of\b"
)
_MONTHS_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_ORG_WORDS_RE = re.compile(
    r"\b(?:University|College|Center|Centre|Hospital|Institute|Foundation|Fund|Trust|Partners|Group|"
    r"Holdings?|Bank|Bancorp|Association|Agency|Department|City|County|State|Authority|Board|Council|"
    r"Society|Systems|Technologies|Labs?|Ventures|Capital|District|Commission|Cooperative|Co-operative|"
    r"Health\s+Plan|"
    r"Credit Union|Consortium|Federation)\b",
    re.IGNORECASE,
)
_PLACE_ONLY_RE = re.compile(
    rf"^(?:an?\s+)?(?:{_PLACES})\s+(?:corporation|limited|company|partnership|llc|limited liability company)$",
    re.IGNORECASE,
)


# a name whose legal form is followed by its town: "Nordlicht Kosmetik GmbH of Berlin, Germany"
# ("Insurance Company of America" ends in a region, and "Company" is no form here)
_FORM_THEN_PLACE_RE = re.compile(
    r"^(.+?\s(?:GmbH|AG|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.|INC\.|LLC|plc|PLC|S\.A\.|B\.V\.|N\.V\.|"
    r"S\.p\.A\.|K\.K\.|SAS|SARL|Oy|AB|A/S|ApS|S\.r\.l\.|Sp\. z o\.o\.|s\.r\.o\.))"
    r",?\s+of\s+[A-Z][\w\-]*(?:,?\s+[A-Z][\w\-]*){0,3}$"
)


# a public body's name followed by the state or country it lies in: "City of Riverton, Oregon",
# "County of Marin, CA", "Town of Hollis, New Hampshire" (the place is where it is, not its name)
_PUBLIC_BODY_PLACE_RE = re.compile(
    rf"^((?:The\s+|THE\s+)?(?i:(?:{_PUBLIC_BODIES}\s+and\s+)?(?:{_PUBLIC_BODIES}|Port))\s+(?i:of)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})"
    r",\s+(?:(?i:the\s+)?(?i:State|Commonwealth|Province)\s+(?i:of)\s+)?([A-Z][\w ]+|[A-Z]{2})$"
)
_STATES_AND_COUNTRIES = frozenset(
    p.lower() for p in [*US_STATES, *CANADIAN_PROVINCES, *AUSTRALIAN_STATES, *UK_NATIONS]
)


#: "(each a "Newspaper" and, together with Saginaw Bay Newspaper Group, Inc., "Publisher")": the
#: name (its legal form and commas and all, the lazy run stops at the alias) and the alias shared
_TOGETHER_WITH_ALIAS_RE = re.compile(
    r"\b(?i:together|collectively|jointly)\s+with\s+([A-Z][^()\"“”;]{1,80}?)\s*,\s*(?:(?i:the)\s+)?"
    r"[\"“]([^\"”\n]{1,40})[\"”]\s*\)"
)
#: the words before a division or a person that acts for the party named before them
_ACTING_THROUGH_RE = re.compile(
    r"\b(?:through\s+(?:its|their)|represented\s+(?:herein\s+|hereby\s+|here\s+)?by"
    r"(?:\s+(?:its|his|her|their)(?:\s+[a-z][\w\-]*){1,3})?(?:\s+(?:Mr|Ms|Mrs|Dr|M|Mme|Prof)\.?)?"
    # "Riverhawks Baseball Club, L.P., a Tennessee limited partnership, by its general partner,
    # Riverhawks Baseball Management, LLC, ... (the "Club")": the one who acts for the party
    r"|(?:acting\s+)?(?:by|through)\s+(?:its|their)\s+(?:sole\s+|managing\s+)?(?:general\s+partners?|"
    r"managing\s+members?|managers?|trustees?|administrators?|attorneys?-in-fact)\s*,?)\s+$"
)
#: a noun phrase in lower case up to a definition's bracket: what the alias names is described
_DESCRIBED_THING_RE = re.compile(
    r"\b(?:the|whose|its|their)\s+(?!(?:laws?|registered|principal|office|offices|place|address|seat|"
    r"residence|headquarters|state|province|country|jurisdiction|commonwealth|parent|subsidiary|affiliate|"
    r"general|sole|managing|owner|successor)\b)"
    r"[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?\s+(?:of|are|is|in|for)\s+"
    r"[^()\"“”;]*\(\s*(?:the\s+)?[\"“]?\s*\Z"
)


_OPEN_DEFINITION_RE = re.compile(r"\(\s*(?:the\s+)?[\"“]?\s*(?:\*\*)?\s*\Z")


def _described_thing(text: str, at: int) -> bool:
    """Whether the words before a definition at `at` describe a thing or a group in lower case
    (_DESCRIBED_THING_RE), and not a party described by what it does ("the legal entity that
    installs the app in a store (the "Merchant")": the app is in a store, the entity is the
    party)."""
    window = text[max(0, at - 160) : at]
    if not _DESCRIBED_THING_RE.search(window):
        return False
    return not _DESCRIBED_PARTY_RE.search(_OPEN_DEFINITION_RE.sub("", window))


def _without_place(name: str) -> str:
    """A name without the state or country after its last comma ("Fort Stockton, Texas")."""
    head, comma, place = name.rpartition(",")
    if comma and head.strip() and _norm(place) in _PLACE_NAMES:
        return head.strip()
    return name


def _public_body(name: str) -> str:
    """A public body's name without the state or country after it."""
    m = _PUBLIC_BODY_PLACE_RE.match(name)
    if m is None:
        return name
    place = m.group(2).strip()
    if len(place) == 2 or _norm(place) in _PLACE_NAMES:
        return m.group(1)
    return name


# a professional degree after a person's name, no part of the name
_DEGREE_RE = re.compile(
    r",?\s+(?:M\.D\.|D\.D\.S\.|D\.M\.D\.|D\.O\.|Ph\.D\.|J\.D\.|R\.N\.|Esq\.?|MD|DDS|DMD|PhD|CPA)$"
)


def _address_like(cand: str) -> bool:
    """An address rather than a name: a street word that ends it or comes before a number or a
    comma ("Harbor Drive", "Suite 400", "State of Ohio"), or any with a number; a street word
    inside a name is none ("Saffron Lane Boutique")."""
    return any(
        m.group(0).endswith(" of")
        or re.match(r"\s*(?:$|[,\d])", cand[m.end() :]) is not None
        or any(ch.isdigit() for ch in cand)
        for m in _ADDRESS_RE.finditer(cand)
    )


def _finish_name(raw: str) -> str | None:
    """Clean a candidate name and reject what is not one: addresses, dates, bare suffixes,
    document words ("First Amendment"), descriptors ("Nevada Corporation")."""
    cand = _clean_name(_upper_tail(_clean_name(raw)))  # "1997 BY AND BETWEEN ALBANY LABS INC."
    # "made on 4 April 2022 BETWEEN Tanfield Optics Ltd (1) and ...": the name follows the word
    cand = re.sub(r"^.*\b(?:BETWEEN|AMONG)\s+(?=\S)", "", cand)
    # "OPERATING AGREEMENT OF FOXGLOVE LANE PROPERTIES, LLC", "Limited Partnership Agreement of
    # Alder Fund, L.P.": the name of an agreement is no party's; the entity it is of follows "of"
    cand = re.sub(r"^.*\b(?i:agreement)\s+(?i:of)\s+(?=[A-Z])", "", cand)
    if _SECURITIES_OF_RE.match(cand):
        return None  # "Class A Common Stock of Pallister Biosciences, Inc.": shares, not a party
    if cand.isupper():
        # a notice in capitals: "... BELONGS TO ACME, INC.", "OPERATED BY ACME LTD.", "A CONTRACT
        # BETWEEN YOU AND ACME, INC.": the name follows the preposition or the reader
        # (the words after it hold no other word of a sentence: not "BY FOR A ... MEDIACOM, LLC")
        after = re.sub(r"^.*\b(?:TO|BY|YOU\s+AND)\s+(?=\S)", "", cand)
        if not any(w.lower().strip(",.") in _CAPS_STOP for w in after.split()):
            cand = after
    # "..., ON THE ONE SIDE AND JSC KARAKUDUKMUNAY": the words that part the parties, in capitals
    # as much a part of the run as the name after them
    cand = re.sub(
        r"^.*\b(?i:(?:on|of)\s+the\s+(?:one|other|first|second)\s+(?:side|part|hand))\b,?\s*"
        r"(?:(?i:and)\s+)?(?=\S)",
        "",
        cand,
    )
    # "FOR VALUE RECEIVED, Alpine Kettle Brewing LLC": words in capitals before a comma open the
    # sentence, the name in mixed case follows (not "ACME, Inc.")
    lead = re.match(r"(?:[A-Z]{2,}\s+)*[A-Z]{2,},\s+(?=[A-Z][a-z]+\s+[A-Z])", cand)
    if lead is not None and not _CORP_RE.match(cand[lead.end() :].split()[0]):
        cand = cand[lead.end() :]
    placed = _FORM_THEN_PLACE_RE.match(cand)
    if placed is not None:
        cand = placed.group(1)  # "Nordlicht Kosmetik GmbH of Berlin, Germany"
    cand = _DEGREE_RE.sub("", cand)  # "Emily R. Castellano, D.D.S."
    cand = _public_body(cand)  # "City of Riverton, Oregon"
    # the last word of the previous party's descriptor in capitals, whose "LIMITED" ended the run
    # before it: "..., A DELAWARE LIMITED PARTNERSHIP, WHITE HAT SP GP LLC, ..."
    tail = re.match(r"(?:PARTNERSHIP|CORPORATION|COMPANY),\s+(?=\S+\s+\S)", cand)
    if tail is not None and _LEGAL_END_RE.search(cand):
        cand = cand[tail.end() :]
    # a name in capitals runs on into its descriptor: "FONTERRA INC., A CALIFORNIA CORPORATION"
    dm = _DESCRIPTOR_START_RE.search(cand)
    if dm is not None and dm.start() > 0 and cand[: dm.start()].strip(" ,").isupper():
        cand = cand[: dm.start()].strip(" ,")
    if re.match(r"(?:A|AN)\s+(?!&)", cand) and _DESCRIPTOR_START_RE.match(", " + cand):
        return None  # "A MEMBER INSTITUTION OF ...", "AN INDIVIDUAL": a descriptor, not a name
    # a descriptor's words, not a name: "limited liability company", and in capitals the column
    # of a signature block "A GEORGIA        BANKING CORPORATION" keeps only its last words
    if re.fullmatch(
        r"(?i)(?:limited\s+)?liability\s+company|(?:limited|general)\s+partnership|"
        r"(?:a\s+)?(?:(?:banking|business|nonprofit|non-profit|not-for-profit|professional|public|"
        r"private|stock|nonstock|non-stock|municipal|benefit|close|mutual)\s+)?(?:corporation|company)",
        cand.strip(" ,."),
    ):
        return None
    # "... COLLEGE IN THE CITY OF NEW AMSTERDAM": an institution's seat holds "in"
    seat = re.sub(r"\b(UNIVERSITY|COLLEGE|INSTITUTE) IN (?=THE (?:CITY|STATE) OF\b)", r"\1 ", cand)
    if cand.isupper() and (
        (
            not _LEGAL_END_RE.search(cand)  # "YOU ON DEMAND HOLDINGS, INC." is a name
            and any(w.lower() in _CAPS_STOP for w in seat.split())
        )
        # "GOOD CAUSE SHALL INCLUDE, BUT IS NOT LIMITED": a sentence, whatever it ends in
        or sum(1 for w in cand.split() if w.lower().strip(",.") in _CAPS_BREAK) >= 2
        or sum(1 for w in cand.split() if w.lower().strip(",.") in _CAPS_STOP) >= 3
    ):
        return None  # a phrase in capitals: "IS MADE AS", "ON HER OWN BEHALF", "COMPANY IN THE OFFERINGS"
    # the sentence's full stop after a name: "... and QUARRY LANE LLC." (kept after "Inc." "Co.")
    last = cand.split()[-1] if cand.split() else ""
    if cand.endswith("..") or (
        last.endswith(".")
        and "." not in last[:-1]
        and re.sub(r"[^a-z]", "", last.lower()) not in _DOTTED_ABBREVIATIONS
        and len(last) > 2
    ):
        cand = cand[:-1]
    cand = re.sub(r"^(?:THIS|This)\s+(?:[A-Z][\w-]*\s+)*?(?:AGREEMENT|Agreement)\s*", "", cand)
    cand = re.sub(r"^(?:EXHIBIT|Exhibit)\s+[\d.]+\s*", "", cand).strip(" ,")
    if re.fullmatch(
        r"(?i:schedule|exhibit|annex|appendix|section|article|attachment)\s+[\w.\-]{1,6}", cand
    ):
        return None  # "the shareholders listed on Schedule A"
    cand = re.sub(
        r"\s*\(([A-Za-z. ]+)\)$",
        lambda m: "" if _norm(m.group(1)) in _COUNTRIES | {"usa", "us", "uk"} else m.group(0),
        cand,
    )  # "Sable Robotics Ltd. (Israel)"
    head, _, place = cand.rpartition(",")
    if head and _norm(place) in _COUNTRIES and _CORP_RE.search(head.split()[-1]):
        cand = head  # "Pellucid Optics Ltd., Israel"
    seat = re.fullmatch(r"(.+?),[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?", head)
    if seat and place and _norm(place) in _COUNTRIES and _LEGAL_END_RE.search(seat.group(1)):
        cand = seat.group(1)  # "Fjordlight Systems AS, Oslo, Norway": a seat and its country
    # nine words at most, not counting the particles of a long institution's name ("Trustees of
    # Ashbury State College in the City of New Amsterdam")
    content = [w for w in cand.split() if w.lower() not in _NAME_JOINERS | {"the", "in"}]
    if (
        not cand
        or len(content) > 9
        or len(cand.split()) > 13
        or not _norm(cand)
        or _norm(cand) in _NOT_PARTIES
    ):
        return None
    if _address_like(cand) and not _CORP_RE.search(cand):
        return None
    if not _NUMBERED_COMPANY_RE.match(cand) and (
        (
            sum(ch.isdigit() for ch in cand) >= 3
            and (not _CORP_RE.search(cand) or re.search(r"(?:^|\s)[\d.,]+(?:\s|$)", cand))
        )
        or _MONTHS_RE.search(cand)
        or re.match(r"^\d+\s", cand)
    ):
        return None
    if (
        # "Mesa Verde Health Plan" is an insurer, "the Stock Plan" a document
        (
            cand.split()[-1].lower().strip(".,") in _DOCUMENT_WORDS
            and not re.search(r"(?i)\bhealth\s+plan$", cand)
        )
        or re.sub(r"[^a-z]", "", cand.lower()) in _BARE_SUFFIXES
        or all(re.sub(r"[^a-z]", "", w.lower()) in _BARE_SUFFIXES for w in cand.split())
    ):
        return None
    if sum(ch.isalpha() for ch in cand) < 2:
        return None
    if _PLACE_ONLY_RE.match(cand) or _norm(cand) in _COUNTRIES:
        return None
    if re.search(r"\bterms\s+of\b", cand, re.IGNORECASE) or cand.split()[-1].lower() in (
        "and",
        "or",
    ):
        return None  # a run of capitals from a notice: "THESE TERMS OF SERVICE AND ALL EXHIBITS"
    return cand


_COUNTRIES = frozenset(
    [
        "netherlands",
        "norway",
        "denmark",
        "finland",
        "austria",
        "belgium",
        "portugal",
        "poland",
        "ireland",
        "germany",
        "france",
        "england",
        "scotland",
        "wales",
        "united kingdom",
        "united states",
        "canada",
        "australia",
        "singapore",
        "japan",
        "china",
        "india",
        "israel",
        "switzerland",
        "luxembourg",
        "sweden",
        "brazil",
        "mexico",
        "spain",
        "italy",
        "cayman islands",
        "bermuda",
        "hong kong",
        "korea",
    ]
)
#: the states and countries a name may end in, and the short names a contract gives a country
#: or region ("the PRC"): places, never parties
_PLACE_NAMES = _STATES_AND_COUNTRIES | _COUNTRIES
_PLACE_ALIASES = _PLACE_NAMES | {
    "prc",
    "us",
    "usa",
    "uk",
    "eu",
    "eea",
    "hk",
    "hksar",
    "roc",
    "uae",
    "macau",
}


def _upper_tail(name: str) -> str:
    """A name in capitals after other words: the signer's title or a date above the entity line of
    a signature block ("Authorized Signatory HPS MEZZANINE PARTNERS II, LLC", "April 7, 2020 BANK
    OF AMERICA CORPORATION"). Three or more capitalised words at the end are the name."""
    words = name.split()
    k = len(words)
    while k > 0 and not any(ch.islower() for ch in words[k - 1]) and not words[k - 1][:1].isdigit():
        k -= 1
    tail = words[k:]
    if k == 0 or len(tail) < 3 or not any(ch.isalpha() for ch in tail[0]):
        return name
    if not any(
        len(w.strip(",.")) >= 4 and re.sub(r"[^a-z]", "", w.lower()) not in _BARE_SUFFIXES
        for w in tail
    ):
        return name  # "White Hat SP GP LLC": short capitals end a name, they do not start one
    if not any(any(ch.islower() for ch in w) or w[:1].isdigit() for w in words[:k]):
        return name
    if words[k - 1] in ("and", "&", "of"):
        return name  # "GREGORY T. WALSH and LINDA M. WALSH": names in capitals joined in lower case
    return " ".join(tail)


def _field_name(value: str) -> str | None:
    """The name a labelled field, a list item or a listed part holds, without the descriptor that
    may follow it: "LANDLORD: Wexford Tower Associates, L.P., a Pennsylvania limited partnership",
    "Orrin Ltd, of Plot 12, Cairo Road"."""
    cut = _DESCRIPTOR_START_RE.search(value)
    return _finish_name(value[: cut.start()] if cut else value)


def _entity_like(name: str, described: bool) -> bool:
    """A name that stands for an organisation or a person party, not a defined thing."""
    return described or bool(_CORP_RE.search(name)) or bool(_ORG_WORDS_RE.search(name))


def _clean_name(s: str) -> str:
    s = _WS_RE.sub(" ", s.replace("*", "").replace("_", " ")).strip(" ,;:\"“”'-–")
    # "1.2 Taskmoth Software Ltd": the number of the clause the name opens is no part of it
    s = re.sub(r"^(?:\d+(?:\.\d+)+\.?|\d+\.|\((?:[a-z]|[A-Z]|[ivx]+|\d+)\))\s+(?=[A-Z])", "", s)
    # "I, Tobias R. Wendling, of ...": the writer's own name after "I,"; "Transferor: ZHOU Lihua":
    # a role label before the name
    s = re.sub(r"^(?:I,\s+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+)(?=[A-Z])", "", s)
    # "[Letterhead of Pryor Crane & Rigging, Inc.]": the letter's sender, its paper named
    s = re.sub(r"^\[?\s*(?i:(?:on\s+)?(?:the\s+)?letterhead\s+of)\s+(?=[A-Z])", "", s).rstrip("]")
    # "BY AND BETWEEN ALBANY LABS INC.": every lead word before the name goes
    s = re.sub(
        r"^(?:(?:and|by|between|among|with|the|of|for|to|from|whereas),?\s+)+",
        "",
        s,
        flags=re.IGNORECASE,
    )
    s = re.sub(r"\s*\b(?:each|hereinafter|collectively)\b.*$", "", s, flags=re.IGNORECASE)
    s = re.sub(r",?\s+and\s+its\s+(?:affiliates|subsidiaries)$", "", s, flags=re.IGNORECASE)
    # "BANKERS BANK, INCLUDING THE LIMITED WARRANTY": the name ends before the phrase
    s = re.sub(
        r",\s+(?:including|excluding|together\s+with|other\s+than)\b.*$", "", s, flags=re.IGNORECASE
    )
    # a title's subject after a name: "AGREEMENT BETWEEN X AND STW HOLDING CORP. REGARDING WELLS"
    sm = re.search(
        r"\s+(?:regarding|concerning|relating\s+to|with\s+respect\s+to|in\s+respect\s+of|for\s+the)\b",
        s,
        re.IGNORECASE,
    )
    if sm is not None and _LEGAL_END_RE.search(s[: sm.start()]):
        s = s[: sm.start()]
    # a form's field label: "Reseller Full Legal Name Acme, Inc."
    s = re.sub(
        r"^(?:[A-Z][A-Za-z]+\s+)?(?:(?i:full)\s+)?(?i:legal|company|entity|corporate|registered)\s+(?i:name)\s*:?\s+",
        "",
        s,
    )
    return s.strip(" ,;:")


def _norm(s: str) -> str:
    """Case, punctuation and corporate-suffix insensitive form of a name."""
    s = unicodedata.normalize("NFKD", s.lower().replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))  # "Spôk" = "Spōk" = "Spok"
    s = re.sub(r"[^\w\s&]", " ", s)
    s = re.sub(
        r"\b(?:the|inc|incorporated|corp|corporation|llc|l l c|ltd|limited|plc|co|lp|llp|gmbh|ag|sa|nv|bv)\b",
        " ",
        s,
    )
    return _WS_RE.sub(" ", s).strip()


def _contains(a: str, b: str) -> bool:
    """Whole-word containment either way."""
    if not a or not b:
        return False
    return (
        re.search(rf"(?:^|\s){re.escape(b)}(?:\s|$)", a) is not None
        or re.search(rf"(?:^|\s){re.escape(a)}(?:\s|$)", b) is not None
    )


def _related(a: str, b: str) -> bool:
    """Lenient sameness used while reading one document: equal after `_norm`, or one contained
    in the other as whole words ("Pinterest" and "Pinterest Europe Ltd.")."""
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x == y or _contains(x, y))


# legal forms as `_match_key` sees them once punctuation is gone ("S.à r.l." -> "s a r l")
_LEGAL_FORM_RE = re.compile(
    r"(?<!\S)(?:s a r l|s a s|s p a|s r l|s c a|l l c|l l p|p l c|g i e|k k|n v|b v|s a|a s|a g|"
    r"p c|p a|l p|s l|a b|et cie|sdn bhd|kabushiki kaisha|inc|incorporated|corp|corporation|llc|"
    r"ltd|limited|plc|co|lp|llp|lllp|pllc|pc|gmbh|ag|sa|sas|spa|srl|sarl|sl|nv|bv|pte|pty|kk|ab|"
    r"aps|oy|asa|se|ltda|gie|sca|bhd)(?!\S)"
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
_CONNECTORS = frozenset(["and", "or", "including", "together", "with", "its", "on", "behalf"])


def _match_key(name: str) -> tuple[list[str], bool]:
    """The words of a name for matching, and whether it carried a legal form: lower case, accents,
    quotes and punctuation gone, "the" and legal forms (Inc., S.à r.l., K.K.) dropped."""
    s = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _WS_RE.sub(" ", re.sub(r"[^\w\s&]|_", " ", s)).strip()
    legal = _LEGAL_FORM_RE.search(s) is not None
    s = _LEGAL_FORM_RE.sub(" ", s)
    words = [w for w in s.split() if w != "the"]
    return words, legal


def names_match(predicted: str, labelled: str) -> bool:
    """How the evaluation matches a predicted party name to a labelled one.

    Both names are reduced by `_match_key` (case, accents, punctuation, quotes, "the" and legal
    forms such as Inc./Ltd./S.A./GmbH/K.K. ignored). They match when the reduced words are equal,
    or when the shorter is the leading words of the longer, the way contracts shorten a name
    ("Apollo" for "Apollo Endosurgery, Inc."), unless
    - the shorter is one generic word (Company, Bank, Licensor): such aliases must be equal;
    - both names carry a legal form: then they name two entities ("Acme Partners II GP, L.P." is
      not "Acme Partners II, LLC") and must be equal;
    - the rest of the longer name joins another name or phrase ("and", "including", "with").
    A fragment from the middle or end of a name ("Merger Corp" of "Gulf Merger Corp.") never
    matches."""
    a, la = _match_key(predicted)
    b, lb = _match_key(labelled)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_[: len(short)] != short:
        return False
    if len(short) == 1 and short[0] in _GENERIC_SHORT:
        return False
    if la and lb:
        return False
    return not (set(long_[len(short) :]) & _CONNECTORS)


# --------------------------------------------------------------------------- seams


def role_aliases(parties: list[Party]) -> dict[str, PartyRole]:
    """Lower-cased alias -> role: every name, its short forms ("Acme AI, Inc." -> "acme ai",
    "acme"), and the pronoun families of "we" and "you" where a party carries them."""
    out: dict[str, PartyRole] = {}
    for p in parties:
        for name in p.names:
            low = name.lower().strip()
            if not low:
                continue
            out.setdefault(low, p.role)
            if low in _WE:
                for w in _WE + ("ourselves",):
                    out.setdefault(w, p.role)
                continue
            if low in _YOU:
                for w in _YOU + ("yourself",):
                    out.setdefault(w, p.role)
                continue
            short = _norm(name)
            if short and short != low:
                out.setdefault(short, p.role)
            first = short.split()[0] if short.split() else ""
            if len(first) >= 4 and first not in _GENERIC_FIRST and len(short.split()) > 1:
                out.setdefault(first, p.role)
    return out


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


def merge_parties(parties_per_document: list[list[Party]]) -> list[Party]:
    """One Party per role across the documents of a set; names in first-seen order.

    A name seen under two roles in different documents stays under each (roles are per
    document: "we" is the provider in vendor terms and the customer in end-user terms)."""
    merged: dict[PartyRole, Party] = {}
    for doc_parties in parties_per_document:
        for p in doc_parties:
            m = merged.setdefault(p.role, Party(role=p.role))
            for n in p.names:
                if n.lower() not in (x.lower() for x in m.names):
                    m.names.append(n)
            for d in p.documents:
                if d not in m.documents:
                    m.documents.append(d)
    order = list(PartyRole)
    return sorted(merged.values(), key=lambda p: order.index(p.role))
