"""Name tidying and likeness: a candidate cleaned into a name or rejected (_finish_name), names
compared while one document is read (_norm, _related), what looks like a person's, an entity's or an
alias's name, and a listing split into its names."""

from __future__ import annotations

import re
import unicodedata

from .legal_forms import (
    _BARE_SUFFIXES,
    _CORP_RE,
    _LEGAL_END_RE,
    _LIST_SUFFIX_RE,
    _NUMBERED_COMPANY_RE,
    _ORG_WORDS_RE,
)
from .places import (
    _ADDRESS_RE,
    _COUNTRIES,
    _FORM_THEN_PLACE_RE,
    _PLACE_NAMES,
    _PLACE_ONLY_RE,
    _PUBLIC_BODY_PLACE_RE,
    _address_like,
)
from .roles import _NOT_PARTIES


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


_DESCRIPTOR_RE = re.compile(
    r",?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,6}?(?:corporation|company|limited|partnership|association|"
    r"bank|entity|organization|organisation|university|institution|trust|society|body|agency|"
    r"liability|GmbH|incorporated|organized|organised|existing|having|with|whose)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_WS_RE = re.compile(r"\s+")


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


# "between Mercy Hillside Hospital and the Ridgeview Foundation": "the" opens the second name
_BETWEEN_SPLIT_RE = re.compile(r"\s+(?:and|AND)\s+(?:the\s+|THE\s+)?(?=[A-Z0-9])")
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
_DOCUMENT_WORDS = frozenset(
    (
        "agreement agreements terms policy addendum order schedule exhibit annex appendix "
        "statement act services service date law laws rules rule contract amendment offering plans "
        "plan summary term parties party subsidiary subsidiaries affiliates"
    ).split()
)
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


#: a class of securities named by its issuer
_SECURITIES_OF_RE = re.compile(
    r"(?i:(?:(?:series|class)\s+[\w-]+\s+)?(?:[\w-]+\s+){0,2}(?:stock|shares|units|notes|warrants|"
    r"debentures|securities|interests)\s+of)\s"
)
_DOTTED_ABBREVIATIONS = frozenset(
    ("inc ltd corp co bhd sdn pty pte ltda lda jr sr no bros mfg kft").split()
)
_MONTHS_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


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


def _finish_name(raw: str) -> str | None:
    """Clean a candidate name and reject what is not one: addresses, dates, bare suffixes,
    document words ("First Amendment"), descriptors ("Nevada Corporation")."""
    cand = _clean_name(_upper_tail(_clean_name(raw)))  # "1997 BY AND BETWEEN ALBANY LABS INC."
    # "made on 4 April 2022 BETWEEN Tanfield Optics Ltd (1) and ...": the name follows the word
    cand = re.sub(r"^.*\b(?:BETWEEN|AMONG)\s+(?=\S)", "", cand)
    # "OPERATING AGREEMENT OF FOXGLOVE LANE PROPERTIES, LLC", "Limited Partnership Agreement of
    # Alder Fund, L.P.": the name of an agreement is no party's; the entity it is of follows "of"
    # (so is "General Terms and Conditions of Gnatwren Legal AI B.V.", "Terms of Use of Acme Inc.")
    cand = re.sub(
        r"^.*\b(?i:agreement|conditions|terms|policy|terms\s+of\s+(?:use|service))\s+(?i:of)\s+(?=[A-Z])",
        "",
        cand,
    )
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
