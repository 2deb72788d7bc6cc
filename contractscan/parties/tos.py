"""Terms of service: the company that says "we", named by "between you and X", a title, a copyright
line or a definition; the entities named after the sentence that says who the terms are with; and
the customer that terms never calling it "you" define in a glossary."""

from __future__ import annotations

import re

from ..models import DefinedTerm, DocumentKind, PartyRole
from .descriptors import _name_before
from .found import _Found, _you_like
from .legal_forms import _BARE_SUFFIXES, _CORP_RE, _ENTITY_RE, _LEGAL_END_RE
from .names import _finish_name, _norm, _related
from .preamble import _SENTENCE_STOP_RE
from .roles import (
    _GENERIC_FIRST,
    _NOT_PARTIES,
    _TOS_KINDS,
    _WE,
    _YOU,
    _role_of_word,
    role_for_alias,
)
from .signatures import _entity_line

_SPEAKER_REACH = 8000  # characters of terms of service in which "we" and "you" are defined


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


#: people who act for a party: "authorised by the Client", "on behalf of the Customer"
_ACTING_FOR_RE = re.compile(
    r"\b(?:authori[sz]ed|permitted|designated|appointed|employed|engaged|invited)\s+by\b|"
    r"\bon\s+behalf\s+of\b|\bacting\s+for\b"
)
#: a definition that says its term is a person or a body ("the legal entity ...", "any individual
#: or company ...")
_DESCRIBES_A_PARTY_RE = re.compile(
    r"\b(?:legal\s+entity|entity|entities|person|persons|individual|company|organi[sz]ation|"
    r"business|undertaking|legal\s+person|natural\s+person|corporation|firm)\b",
    re.IGNORECASE,
)


def _restates_its_noun(d: DefinedTerm) -> bool:
    """An alias that names the noun just before it ("services by Shelduck to its customers
    ("Customer")", "our clients (each a "Client")"): the people the noun names are the party."""
    head = d.definition[: d.definition.rfind(d.term)] if d.term in d.definition else ""
    m = _NOUN_BEFORE_ALIAS_RE.search(head)
    return bool(m) and m.group(1).lower().rstrip("s") == d.term.lower().rstrip("s")


_NOUN_BEFORE_ALIAS_RE = re.compile(
    r"\b(?:its|our|their|the|his|her)\s+(\w+)\s*\(\s*(?:each\s+(?:a|an)\s+|together\s+the\s+|the\s+)?[\"“'‘*_\s]*$",
    re.IGNORECASE,
)
#: what follows an unquoted term of a glossary line ("Client: the ...", "Client means the ...")
_GLOSSARY_LINE_RE = re.compile(r"(?:\*\*|__)?[ \t]*(?::|means\b)")


def _glossary_line(text: str, d: DefinedTerm) -> bool:
    """Whether `d` is an unquoted term opening a glossary line ("Client: the legal entity ...")."""
    return text[d.start : d.start + 1] not in '"“(' and bool(
        _GLOSSARY_LINE_RE.match(text, d.start + len(d.term))
    )


def _we_and_you(
    text: str, found: list[_Found], kind: DocumentKind, definitions: list[DefinedTerm]
) -> None:
    """The parties "we" and "you", added to `found` when the text speaks that way; in terms of
    service the company that says "we" given its name (_name_the_speaker, _name_the_vendor)."""
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


def _glossary_customer(
    found: list[_Found],
    kind: DocumentKind,
    definitions: list[DefinedTerm],
    glossary_lines: list[DefinedTerm],
    text: str = "",
) -> None:
    """The customer of terms that never say "you", added to `found`: the term a definition or a
    glossary line gives the customer's role, when it says the term is a person or a body; with
    none, the role word in capitals the terms keep calling it by ("the User shall notify the
    Company ...", never defined)."""
    if kind in _TOS_KINDS and not any(
        role_for_alias(n, kind) == PartyRole.customer for f in found for n in f.names
    ):
        # a word that names the customer outright ("Customer", "Client") before one that names it
        # only in terms with no other ("User", "Consumer": "Consumer: a natural person who buys
        # from the Customer's Storefront" is the customer's own buyer)
        for d in sorted(
            [*definitions, *glossary_lines],
            key=lambda d: (_role_of_word(d.term) != PartyRole.customer, d.start),
        ):
            said = " ".join(d.definition[len(d.term) :].split()[:12])
            if (
                role_for_alias(d.term, kind) == PartyRole.customer
                and (_DESCRIBES_A_PARTY_RE.search(said) or _restates_its_noun(d))
                # "User: a natural person authorised by the Client": one acting for the party
                and not _ACTING_FOR_RE.search(said)
            ):
                found.append(_Found(d.term, d.start))
                break
        else:
            # "... under which Manakinos provides the Services to a road haulage or logistics
            # undertaking (the "Carrier")": the party the services are provided to, by the name
            # the terms give it
            served = next((d for d in definitions if _served_party(d)), None)
            if served is not None:
                found.append(_Found(served.term, served.start))
                return
            counts: dict[str, list[int]] = {}
            for m in _THE_ROLE_WORD_RE.finditer(text):
                counts.setdefault(m.group(1), []).append(m.start(1))
            word, places = max(counts.items(), key=lambda kv: len(kv[1]), default=("", []))
            if (
                len(places) >= _UNDEFINED_ROLE_MIN
                and role_for_alias(word, kind) == PartyRole.customer
            ):
                found.append(_Found(word, places[0]))


#: the services provided to a party described by its kind, with the alias after it: "provides
#: the Services to a road haulage or logistics undertaking (the "Carrier")"
_SERVED_PARTY_RE = re.compile(
    r"\b(?:provides?|supplies|supply|licen[cs]es?|makes?\s+available)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:services?|platform|software|products?|solutions?)\s+to\s+"
    r"(?:a|an|the|any|each)\s+(?P<kind>[^()\"“”.;]{1,80}?)\s*\(\s*(?:the\s+|each\s+(?:a|an)\s+)?[\"“]?\s*$",
    re.IGNORECASE,
)


def _served_party(d: DefinedTerm) -> bool:
    """A term the terms give the party they provide the services to: '... provides the Services
    to a road haulage or logistics undertaking (the "Carrier")', a party by its description."""
    head = d.definition[: d.definition.rfind(d.term)] if d.term in d.definition else ""
    m = _SERVED_PARTY_RE.search(head)
    return bool(m) and _DESCRIBES_A_PARTY_RE.search(m.group("kind")) is not None


#: "the User", "the Customer", "the Subscriber": the side the terms speak of by a role word in
#: capitals, in terms that never say "you"
_THE_ROLE_WORD_RE = re.compile(r"\b(?:the|The)\s+(User|Customer|Client|Subscriber|Licensee)\b")
#: how often such a word must be used before it is taken for the customer's name
_UNDEFINED_ROLE_MIN = 5
