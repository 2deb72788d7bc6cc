"""find_parties: the parties of one document, read in stages (definitions in the preamble, names
without definitions, layouts, signature blocks, the terms-of-service "we" and "you"), then given
their roles."""

from __future__ import annotations

import re

from ..definitions import find_definitions, normalize_quotes
from ..hyphens import rejoined
from ..models import Clause, DefinedTerm, DocumentKind, Party, PartyRole
from ..page_breaks import joined_over_breaks
from ..spacing import Collapsed, collapse_runs
from .aliases import (
    _ALIAS_AFTER_RE,
    _DBA_RE,
    _EACH_OF_RE,
    _FORM_AFTER_COMMA_RE,
    _MEANS_WORD_RE,
    _PAREN_ROLE_RE,
    _PLURAL_CAPACITY_RE,
    _TOGETHER_RE,
    _TOGETHER_WITH_ALIAS_RE,
    _UNDERSIGNED_RE,
    _UNQUOTED_ALIAS_RE,
    _listed_each,
    _listed_together,
    _name_after_means,
    _parent_defined_with,
    _parties_defined_later,
    _principal_defined_with,
    _referred_aliases,
    _undersigned_signer,
    _unquoted_aliases,
)
from .capitals import _tidy_capitals
from .descriptors import (
    _ACTS_FOR_RE,
    _DESCRIBED_NAME_RE,
    _HEREINAFTER_RE,
    _RELATED_ENTITY_RE,
    _described_names,
    _described_party,
    _described_thing,
    _name_before,
)
from .found import _Found, _you_like
from .layouts import (
    _ADVISER_FIELD_RE,
    _COPY_TO_RE,
    _COVER_RE,
    _COVER_ROLE_RE,
    _LISTING_ONLY_RE,
    _QUOTED_LABEL_RE,
    _SHORT_NAME_RE,
    _SIGNING_SUBSIDIARY_RE,
    _TICKER_RE,
    _labelled_parties,
)
from .legal_forms import _CORP_RE, _ENTITY_RE, _LEGAL_END_RE, _ORG_WORDS_RE
from .names import (
    _alias_like,
    _contains,
    _entity_like,
    _field_name,
    _finish_name,
    _norm,
    _person_like,
    _same_legal_entity,
    _split_names,
    _without_place,
)
from .places import _PLACE_ALIASES
from .preamble import (
    _BETWEEN_RE,
    _CONTENTS_RE,
    _FOLLOWING_LIST_RE,
    _PARTIES_TO_RE,
    _after_the_parties,
    _before,
    _opened_by_party,
    _other_contract_spans,
    _party_sentence,
    _preamble_end,
    _unknown_name_before,
)
from .roles import _GENERIC_SHORT, _NOT_PARTIES, _TOS_KINDS, _WE, _YOU, role_for_alias
from .signatures import (
    _addressee,
    _entity_line,
    _signatories,
    _signing_agent,
    _title_off,
)
from .tos import (
    _ACTING_FOR_RE,
    _SPEAKER_REACH,
    _after_the_vendor,
    _glossary_customer,
    _glossary_line,
    _we_and_you,
)

#: a filing's page footer or cover line ("Source: ACME CORP, 10-K, 3/1/2019") names the filer,
#: not a party; find_parties reads the text with such lines blanked (offsets kept)
_FILING_LINE_RE = re.compile(
    r"^[ \t]*Source:[ \t]+[^\n]{1,120}?,[ \t]*[\w\-/]{2,12},[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*$",
    re.MULTILINE,
)


#: a defined term whose definition makes it someone outside the contract: "Model Provider | A
#: third party that ...", "\"Payment Processor\" means the third-party payment service provider"
_THIRD_PARTY_TERM_RE = re.compile(
    r"[\"“]?[\w' -]{1,60}?[\"”]?\s*(?:\||:|\bmeans\b|\bshall\s+mean\b)\s*(?:a|an|any|the)\s+third[- ]part",
    re.IGNORECASE,
)


def find_parties(
    text: str,
    clauses: list[Clause],
    definitions: list[DefinedTerm],
    kind: DocumentKind,
    forced: dict[PartyRole, list[str]] | None = None,
) -> list[Party]:
    """The parties of one document, one Party per role, names as the document writes them."""
    text, clauses, definitions = _reading_copy(text, clauses, definitions)
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
        if all(_defines_a_kind(d) for d in group):
            # "| Rental Provider | a residential rental provider for whom the Agency acts |",
            # "User: a natural person authorised by the Client to use the Service": a kind of
            # person the terms speak of, defined as "a ...", not a party to them
            continue
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
            # a party described in lower case before its alias ("the insurer named in the Order
            # Form (the Insurer)"), wherever its sentence stands: "These terms apply to the service
            # supplied by ... (Hammerkop) to the insurer named in the Order Form (the Insurer). ...
            # the agreement between Hammerkop and the Insurer"
            described = _described_party(text, group[0].start)
            if (
                not keep
                and (in_party_sentence(group[0].start) or described is not None)
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
                    r"\(\s*(?:each\s+(?:an?\s+)?|together,?\s+|collectively,?\s+)[\"“]?\s*\Z",
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
            if not keep or _THIRD_PARTY_TERM_RE.match(text, group[0].start):
                # ("Model Provider | A third party that makes a Model available": a role word
                # defined as someone outside the contract)
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
                f.role = _described_role(described, keep, kind)
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

    # 1d, 1c. labelled layouts: role columns, labelled fields, a key-terms table
    _labelled_parties(text, reach, pre_end, found, entity_for)
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
    _signatories(text, clauses, found, entity_for)

    # "(each a "Newspaper" and, together with Saginaw Bay Newspaper Group, Inc., "Publisher")":
    # an alias a party shares with those defined beside it names that party too
    for m in _TOGETHER_WITH_ALIAS_RE.finditer(text, 0, pre_end):
        owner = entity_for(" ".join(m.group(1).split()))
        if owner is not None and _alias_like(m.group(2)):
            owner.add(m.group(2))

    # 4. terms of service: "we" and "you" when the text speaks that way
    _we_and_you(text, found, kind, definitions)

    # 5. terms that never say "you": the customer defined by its role in the glossary ("Client:
    #    the legal entity or natural person ... that enters into an Agreement with Brugwerk")
    _glossary_customer(found, kind, definitions, glossary_lines, text)

    found = _tidy_capitals(found, text, {d.term for d in definitions})

    _give_roles(found, kind)
    return _parties_by_role(found, forced)


#: a definition of a kind of person or thing: "a residential rental provider for whom ...",
#: "means any supplier that ..." (an article in lower case, then a word in lower case)
_CLASS_DEFINITION_RE = re.compile(
    r"[\W_]*(?:(?:shall\s+)?means?\b|refers\s+to\b|[:|])[\W_]*\s*(?:a|an|any|each)\s+[a-z]"
)


def _defines_a_kind(d: DefinedTerm) -> bool:
    """A glossary definition of a kind of person or thing ("a ..."): for a one-word term, only
    people who act for a party ("User: a natural person authorised by the Client")."""
    after = _after_term(d)
    return _CLASS_DEFINITION_RE.match(after) is not None and (
        len(d.term.split()) > 1 or _ACTING_FOR_RE.search(after[:160]) is not None
    )


def _after_term(d: DefinedTerm) -> str:
    """What a definition says after its term."""
    at = d.definition.find(d.term)
    return d.definition[at + len(d.term) :] if at >= 0 else ""


def _described_role(
    described: str | None, aliases: list[str], kind: DocumentKind
) -> PartyRole | None:
    """The role of a party the preamble describes rather than names, when its alias gives none:
    the one it is identified as ("the entity identified as the supplier in the Order Form"), else
    the customer, the one the vendor's document is addressed to ("the insurer named in the Order
    Form (the Insurer)", "the agricultural cooperative identified in an Order Form"). `described`
    is the description (descriptors._described_party), None when the party is named."""
    if described is None or any(role_for_alias(a, kind) is not None for a in aliases):
        return None
    # ("the hospital, hospital group or health services provider identified as the customer in
    # the Order Form": the role it is identified as; "the credit provider identified in the Order
    # Form": a kind of business, no role in the contract, so the customer)
    named_as = re.search(r"\bas\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z-]+)", described.lower())
    role = role_for_alias(named_as.group(1), kind) if named_as else None
    return role or PartyRole.customer


def _reading_copy(
    text: str, clauses: list[Clause], definitions: list[DefinedTerm]
) -> tuple[str, list[Clause], list[DefinedTerm]]:
    """The text names are read from, with the clauses mapped to it and its definitions."""
    # names are read from a copy of the text (clause offsets mapped to it; no offset leaves
    # find_parties) in which words hyphenated over a line break are joined ("Pinnacle Cloud
    # Infra-\nstructure, Inc.", "Rolls-\nRoyce") and, in a padded filing ("Acme  Widgets,  Inc."),
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
    return text, clauses, definitions


def _give_roles(found: list[_Found], kind: DocumentKind) -> None:
    """Each party's role: the one a name of it names, else by the roles known (the other
    party of a known one takes the complementary role; with none known, the provider)."""
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


def _parties_by_role(found: list[_Found], forced: dict[PartyRole, list[str]] | None) -> list[Party]:
    """One Party per role, with the names the manifest forces moved to their role."""
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
