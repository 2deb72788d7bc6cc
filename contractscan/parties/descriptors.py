"""The name before a definition or a descriptor, read backwards from `("Acme")` or `, a Delaware
corporation` (_name_before, _walk_back, _described_names), and the words around a name that make it
no party: the principal an agent acts for, a division's company, a thing described in lower case."""

from __future__ import annotations

import re
from itertools import pairwise

from ..models import DefinedTerm
from .legal_forms import (
    _BARE_SUFFIXES,
    _CORP_RE,
    _LEGAL_END_RE,
    _LEGAL_FORM_START_RE,
    _LOWER_FORMS,
    _NUMBERED_COMPANY_RE,
    _ORG_WORDS_RE,
)
from .names import (
    _CAPS_BREAK,
    _DESCRIPTOR_START_RE,
    _NAME_JOINERS,
    _entity_like,
    _finish_name,
    _person_like,
)
from .places import _ADDRESS_RE, _PLACE_LEADS, _TWO_BODIES_RE
from .roles import _GENERIC_SHORT, _role_of_word

_TRADE_MARKER_RE = re.compile(
    r",?\s+\(?(?:doing\s+business\s+as|d/b/a|d\.b\.a\.|dba|[fap]\.k\.a\.|trading\s+as|t/a|f/k/a|formerly(?:\s+known\s+as)?|"
    r"[ap]/k/a|(?:also|professionally)\s+known\s+as)\s+(?:the\s+)?",
    re.IGNORECASE,
)


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
_DOMAIN_RE = re.compile(r"^[a-z][\w-]*(?:\.(?:com|net|org|io|ai|co))+$|^[a-z]-[A-Z]")


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


_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
_HEREINAFTER_RE = re.compile(r"\b(?:hereinafter|hereafter|herein)\b", re.IGNORECASE)
_DIVISION_OF_RE = re.compile(
    r",?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:division|unit)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


# "NAME is referred to as "X"", and in the same sentence "and NAME as "Y""
_REFERRED_RE = re.compile(
    r"\s+(?i:(?:is|are|shall\s+be|will\s+be)\s+(?:hereinafter\s+|herein\s+)?(?:referred\s+to|called|known)"
    r"\s+as\s+(?:the\s+)?)[\"“]\Z"
)
_AND_AS_RE = re.compile(r"\s+(?i:as\s+(?:the\s+)?)[\"“]\Z")
# a government that is a party, named after the words that introduce the parties
_INCORPORATED_IN_RE = re.compile(
    r"\b(?:incorporated|organi[sz]ed|registered|existing|formed|established|domiciled)\s+"
    r"(?:in|under|with|at)\s+(?:the\s+laws?\s+of\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
_SOVEREIGN_RE = re.compile(
    r"(?:\b(?i:between|among|and|by)\s+|^\s*)(?:(?i:the)\s+)?"
    r"((?i:(?:State|Commonwealth|Province|Government|Republic|Kingdom|People's\s+Republic)\s+of\s+"
    r"(?:the\s+)?)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s*,?\s*$"
)


#: a party named by an alias right after "between" / "among", before "and" and the next party
_ALIAS_AND_RE = re.compile(
    r"\b(?i:between|among)\s+(?:(?i:the)\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:and|&)\s+"
    r"(?=[A-Z])"
)


def _defined_above(text: str, term: str, at: int) -> bool:
    """`term` is defined in quotes before `at`: `("Customer")`, `(the "**Customer**")`."""
    return (
        re.search(
            r"[\"“][*_]{0,2}" + re.escape(term) + r"[*_]{0,2}[\"”]", text[max(0, at - 3000) : at]
        )
        is not None
    )


def _name_before(text: str, d: DefinedTerm) -> tuple[str | None, bool]:
    """The entity name right before a parenthetical definition: `Anysphere, Inc. (“Anysphere”)`,
    `Acme Corp., a Delaware corporation (“Provider”)` (the descriptor is skipped)."""
    paren = text.rfind("(", max(0, d.start - 60), d.start + 1)
    if paren >= 0 and ")" in text[paren : d.start]:
        # a parenthesis closed before the term ("... (APPs) |\n| Rental Provider | ..."): the
        # term is defined some other way (a glossary row), not by that parenthesis
        paren = -1
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
    # "between Customer and Killdeer Talent Inc., an Illinois corporation ("Killdeer")": the party
    # named first by an alias defined above is no part of this name (its words are blanked)
    for am in _ALIAS_AND_RE.finditer(window):
        if _defined_above(text, am.group(1), lo + am.start(1)):
            window = window[: am.start(1)] + " " * (am.end() - am.start(1)) + window[am.end() :]
    # the name starts after the previous party's parenthesis, "between", "among" or a sentence end,
    # and ends where its descriptor starts: ", a Delaware corporation", "having its principal ..."
    hard = -1
    for hm in _HARD_BOUNDARY_RE.finditer(window):
        hard = hm.end()
    seg_start = max(hard, 0)
    # "... and the healthcare organisation that licenses Fenwick Triage ("you")": a party named
    # only by a description; the capitalised words after "that" are what it does, not its name
    described = _DESCRIBED_PARTY_RE.search(window, seg_start)
    # (also after a party named before it: "between Pizza Fusion Holding, Inc., a Florida
    # corporation, and the individual or legal entity identified on the cover page ("Franchisee")")
    # (or after other descriptions in lower case: "and the employer, staffing firm or other
    # organization that signs up for Bulbul Screen ("Customer")")
    if described is not None and (
        window[seg_start : described.start()].strip(" ,;\n") in _JOINS
        or re.search(r",\s*(?:and|or)\s+$", window[seg_start : described.start()])
        # (or after the alias of the party named before it, and a word that joins: "supplied by
        # Hammerkop Analytics Pty Ltd ... (Hammerkop) to the insurer named in the Order Form (the
        # Insurer)")
        or _AFTER_ALIAS_RE.search(window, seg_start, described.start())
        or _DESCRIPTIONS_BEFORE_RE.fullmatch(window, seg_start, described.start())
    ):
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
    r"\b(?:the|an?|any|each|or)\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ations?|entity|entities|persons?|"
    r"individuals?|company|companies|business(?:es)?|institutions?|body|bodies|party|user|employer|"
    r"customer|client|subscriber|licensee|lender|insurer|retailer|merchant|hospital|practice|"
    r"developer|team|provider|group|clinic|school|university|bank|grantor|firm|agency|authority|"
    r"council|association|union|society|co-?operative|partnership|operator|carrier|manager|agent|"
    r"dealer|broker|reseller|distributor|landlord|contractor|pharmacy|laborator(?:y|ies))\s+"
    # ("the operator of goods vehicles named in the Order Form")
    r"(?:of\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:that|which|who|whose|(?:identified|named|listed|specified|described|designated|shown|"
    r"indicated|set\s+out)\s+(?:on|in|at|below|above|under|as))\s+[^()\"“”]*$",
    re.IGNORECASE,
)
_JOINS = frozenset({"", "and", "or", "&"})
#: the end of the previous party's bracketed alias and a word that joins it to the next party
_AFTER_ALIAS_RE = re.compile(r"\)\s*,?\s*(?:and|or|&|to|for|with)\s+$")
#: kinds of party in lower case before a described one: "and the employer, staffing firm " of
#: "the employer, staffing firm or other organization that ..."
_DESCRIPTIONS_BEFORE_RE = re.compile(
    r"[\s,;]*(?:(?:and|or|&)\s+)?(?:the|an?|any|each)\s+[a-z][a-z\s,/-]*"
)

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


#: the head words of institutions whose names go on with "for" ("Center for Applied Genomics")
_FOR_HEADS = frozenset(
    "institute institution center centre foundation society council association alliance fund "
    "coalition committee office school academy agency bureau commission hospital organization "
    "organisation league network partnership trust consortium".split()
)


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


# abbreviations inside a name, no sentence end: "Halloran Bros. Construction Co."
_NAME_ABBREVIATIONS = frozenset("bros mfg intl natl assoc mgmt hldgs".split())
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


def _described_party(text: str, at: int) -> str | None:
    """The words right before a definition at `at` that describe a party in lower case, after
    the previous party's alias or a sentence's start ("supplied by Hammerkop ... (Hammerkop) to
    the insurer named in the Order Form (the Insurer)": "the insurer named in the Order Form"),
    or None."""
    window = text[max(0, at - 200) : at]
    window = window[max(window.rfind(")"), window.rfind(". "), window.rfind("\n")) + 1 :]
    m = _DESCRIBED_PARTY_RE.search(_OPEN_DEFINITION_RE.sub("", window))
    return m.group(0) if m is not None else None
