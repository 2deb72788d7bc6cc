"""Families of preamble phrasing, each on invented contracts: the parties, their aliases and roles
must come out the same whichever way a family is written."""

from __future__ import annotations

import pytest

from contractscan.models import PartyRole
from contractscan.structure import analyze_structure

from .helpers import doc

P, C, T = PartyRole.provider, PartyRole.customer, PartyRole.third_party
BODY = "\n\n1. Definitions\n\nWords have meanings.\n\n2. Term\n\nThis Agreement lasts one year.\n"


def parties(text: str) -> dict[PartyRole, list[str]]:
    return {p.role: p.names for p in analyze_structure(doc(text)).parties}


# the legal forms a party's name can end in, each in the usual sentence
SUFFIXES = [
    "Inc.",
    "Inc",
    "Incorporated",
    "Corporation",
    "Corp.",
    "LLC",
    "L.L.C.",
    "L.P.",
    "LP",
    "LLP",
    "Limited",
    "Ltd.",
    "Ltd",
    "plc",
    "PLC",
    "GmbH",
    "AG",
    "S.A.",
    "SA",
    "S.A.S.",
    "B.V.",
    "N.V.",
    "Pty Ltd",
    "Pty. Ltd.",
    "S.p.A.",
    "S.r.l.",
    "K.K.",
    "Co., Ltd.",
    "Pte. Ltd.",
    "SE",
    "A/S",
    "Oy",
    "S.L.",
    "Sdn. Bhd.",
]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_legal_forms_end_a_name(suffix: str) -> None:
    text = (
        f'SUPPLY AGREEMENT\n\nThis Agreement is made between Tallow Ridge {suffix} ("Supplier") '
        f'and Quarry Lane Foods {suffix} ("Buyer").' + BODY
    )
    assert parties(text) == {
        P: [f"Tallow Ridge {suffix}", "Supplier"],
        C: [f"Quarry Lane Foods {suffix}", "Buyer"],
    }


@pytest.mark.parametrize(
    "suffix", ["INC.", "LLC", "LIMITED", "GMBH", "S.A.", "B.V.", "CORPORATION"]
)
def test_legal_forms_in_capitals_without_definitions(suffix: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between TALLOW RIDGE {suffix} and QUARRY LANE {suffix}."
        + BODY
    )
    assert parties(text) == {P: [f"TALLOW RIDGE {suffix}"], C: [f"QUARRY LANE {suffix}"]}


INTRODUCERS = [
    "is made by and between",
    "is entered into by and between",
    "is made between",
    "is entered into between",
    "is made and entered into by and between",
    "is made by and among",
    "is entered into among",
]


@pytest.mark.parametrize("intro", INTRODUCERS)
def test_words_that_introduce_the_parties(intro: str) -> None:
    text = (
        f"SERVICES AGREEMENT\n\nThis Services Agreement {intro} Marlowe Analytics, Inc., a Delaware "
        'corporation ("Provider"), and Fenwick Grocers LLC, an Ohio limited liability company '
        '("Customer").' + BODY
    )
    assert parties(text) == {
        P: ["Marlowe Analytics, Inc.", "Provider"],
        C: ["Fenwick Grocers LLC", "Customer"],
    }


QUOTES = [
    ('"', '"'),
    ("“", "”"),
    ("''", "''"),  # doubled single quotes of typewritten filings
    ('""', '""'),
    ("“", '"'),  # mismatched
    ('"', "”"),
    ('"', "'"),
]


@pytest.mark.parametrize("left,right", QUOTES)
def test_quote_styles_of_aliases(left: str, right: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between Corvane Media, Inc. ({left}Corvane{right}) "
        f"and Pellet Games Ltd. (the {left}Licensee{right})." + BODY
    )
    assert parties(text) == {
        P: ["Corvane Media, Inc.", "Corvane"],
        C: ["Pellet Games Ltd.", "Licensee"],
    }


ALIAS_FORMS = [
    '("Licensor")',
    '(the "Licensor")',
    '(hereinafter "Licensor")',
    '(hereinafter referred to as "Licensor")',
    '(hereinafter called the "Licensor")',
    '(referred to herein as "Licensor")',
    '(hereinafter, "Licensor")',
    "(“Licensor”)",
    '(together with its Affiliates, "Licensor")',
    '(collectively with its subsidiaries, the "Licensor")',
]


@pytest.mark.parametrize("alias", ALIAS_FORMS)
def test_ways_of_defining_an_alias(alias: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between Oriel Pharma GmbH {alias} and Sable Bio "
        'Corp., a Nevada corporation ("Licensee").' + BODY
    )
    assert parties(text) == {
        P: ["Oriel Pharma GmbH", "Licensor"],
        C: ["Sable Bio Corp.", "Licensee"],
    }


DESCRIPTORS = [
    "a Delaware corporation",
    "a corporation organized under the laws of the State of Delaware",
    "a company incorporated in England and Wales with company number 01234567",
    "a limited liability company organised and existing under the laws of Ireland",
    "with its principal place of business at 12 Elm Street, Springfield, IL 62701",
    "having its registered office at Hauptstrasse 5, 10115 Berlin, Germany",
    "a division of Harrow Holdings, Inc.",
    "a wholly owned subsidiary of Harrow Holdings, Inc.",
    "acting through its Boston branch",
    "whose registered office is at 1 Mill Lane, Leeds LS1 1AA",
]


@pytest.mark.parametrize("descriptor", DESCRIPTORS)
def test_descriptors_between_name_and_alias(descriptor: str) -> None:
    text = (
        f"SERVICES AGREEMENT\n\nThis Agreement is entered into by and between Wexley Data Labs, Inc., "
        f'{descriptor} ("Vendor"), and Calder Retail Group LLC ("Client").' + BODY
    )
    assert parties(text) == {
        P: ["Wexley Data Labs, Inc.", "Vendor"],
        C: ["Calder Retail Group LLC", "Client"],
    }


def test_three_parties_by_and_among_with_each_a_party() -> None:
    text = (
        "SHAREHOLDERS AGREEMENT\n\nThis Agreement is made by and among Penrose Capital LLC "
        '("Penrose"), Tilbury Ventures L.P. ("Tilbury") and Ashgrove Biotech, Inc. (the "Company") '
        '(each a "Party" and together the "Parties").' + BODY
    )
    got = parties(text)
    names = [n for ns in got.values() for n in ns]
    assert sorted(names) == sorted(
        [
            "Penrose Capital LLC",
            "Penrose",
            "Tilbury Ventures L.P.",
            "Tilbury",
            "Ashgrove Biotech, Inc.",
            "Company",
        ]
    )


PEOPLE = [
    ("Marta J. Okafor", "an individual residing at 4 Birch Road, Dayton, Ohio"),
    ("Dr. Samuel Whitcombe", "an individual"),
    ("Lena Brightwater-Hale", "residing at 9 Quay Street, Cork"),
]


@pytest.mark.parametrize("person,descriptor", PEOPLE)
def test_individuals_as_parties(person: str, descriptor: str) -> None:
    text = (
        f"CONSULTING AGREEMENT\n\nThis Agreement is made between Harwick Systems Corp., a Texas "
        f'corporation (the "Company"), and {person}, {descriptor} (the "Consultant").' + BODY
    )
    got = parties(text)
    assert got[C] == ["Harwick Systems Corp.", "Company"] or got[P] == [
        "Harwick Systems Corp.",
        "Company",
    ]
    assert [person, "Consultant"] in got.values()


def test_trust_and_trustee() -> None:
    text = (
        "PURCHASE AGREEMENT\n\nThis Agreement is made between the Ellery Family Trust (the "
        '"Seller") and Bramwell Homes, Inc. (the "Purchaser").' + BODY
    )
    assert parties(text) == {
        P: ["Ellery Family Trust", "Seller"],
        C: ["Bramwell Homes, Inc.", "Purchaser"],
    }


@pytest.mark.parametrize(
    "trade", ["d/b/a Harbor Lights", "doing business as Harbor Lights", "dba Harbor Lights"]
)
def test_trade_names(trade: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between Keel & Anchor, LLC {trade} "
        '("Licensee") and Brisk Sail Media, Inc. ("Licensor").' + BODY
    )
    got = parties(text)
    assert got[P] == ["Brisk Sail Media, Inc.", "Licensor"]
    assert got[C][0] == "Keel & Anchor, LLC" and "Harbor Lights" in got[C]


@pytest.mark.parametrize(
    "former", ["f/k/a Ostler Labs, Inc.", "formerly known as Ostler Labs, Inc."]
)
def test_former_names(former: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between Vantage Ostler Corp. ({former}) "
        '("Licensor") and Brisk Sail Media, Inc. ("Licensee").' + BODY
    )
    got = parties(text)
    assert got[P][0] == "Vantage Ostler Corp." and "Licensor" in got[P]
    assert got[C] == ["Brisk Sail Media, Inc.", "Licensee"]


def test_a_name_broken_over_two_lines() -> None:
    text = (
        "AGREEMENT\n\nThis Agreement is made between Northcote Precision\nInstruments Limited "
        '("Northcote") and Orwell Medical\nSupplies, Inc. ("Orwell").' + BODY
    )
    assert parties(text) == {
        P: ["Northcote Precision Instruments Limited", "Northcote"],
        C: ["Orwell Medical Supplies, Inc.", "Orwell"],
    }


def test_uk_numbered_parties_of_the_one_part() -> None:
    text = (
        "THIS AGREEMENT is dated 1 March 2022\n\nPARTIES\n\n1. GALLOWAY FREIGHT LIMITED, a company "
        "registered in Scotland with number SC123456, of 5 Quay Road, Leith (the Carrier) of the one "
        "part; and\n\n2. PENTLAND FOODS PLC, a company registered in Scotland with number SC654321, of "
        "8 Market Street, Perth (the Customer) of the other part.\n\nAGREED TERMS" + BODY
    )
    got = parties(text)
    assert got[C] == ["PENTLAND FOODS PLC", "Customer"]
    assert [n for n in got.get(P, []) + got.get(T, []) if "GALLOWAY" in n] == [
        "GALLOWAY FREIGHT LIMITED"
    ]


def test_agents_guarantors_and_other_contracts_are_not_parties() -> None:
    text = (
        "LOAN SERVICING AGREEMENT\n\nThis Agreement is made between Fallow Credit LLC (the "
        '"Lender") and Tamsin Farms, Inc. (the "Borrower").\n\nRECITALS\n\nWHEREAS, the Borrower '
        'and Kestrel Agri Holdings, Inc. ("Kestrel") are parties to a Supply Agreement dated May 1, '
        "2019 between Kestrel and Wold Seeds Ltd.;\n\nWHEREAS, Harrow Bank, N.A. acts as collateral "
        "agent." + BODY
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert "Fallow Credit LLC" in names and "Tamsin Farms, Inc." in names
    assert not [n for n in names if any(w in n for w in ("Kestrel", "Wold", "Harrow"))]


def test_signature_block_agents_are_not_parties() -> None:
    text = (
        "JOINT FILING AGREEMENT\n\nEach of the undersigned agrees to file one statement.\n\n"
        "IN WITNESS WHEREOF the undersigned have signed.\n\nBRACKEN FUND II, L.P.\n\nBy: Bracken "
        "Advisors GP, LLC, its general partner\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager\n\n"
        "BRACKEN - OFFSHORE MASTER FUND, L.P.\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager\n\n"
        "ACKNOWLEDGED AND AGREED:\n\nBRACKEN ADVISORS MANAGEMENT, LLC\n\nBy: /s/ Bo Chan\nName: Bo Chan\n"
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert sorted(names) == ["BRACKEN - OFFSHORE MASTER FUND, L.P.", "BRACKEN FUND II, L.P."]


def test_form_field_labels_are_not_part_of_the_name() -> None:
    text = (
        "RESELLER AGREEMENT\n\nReseller Full Legal Name: Quayside Networks, Inc., a Delaware "
        "corporation having its principal place of business at 1 Pier Road, Boston\n\nThis Agreement "
        'is made between Lumen Cloud, Inc. ("Lumen") and the Reseller named above.' + BODY
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert "Lumen Cloud, Inc." in names
    assert not [n for n in names if "Legal Name" in n]


def test_terms_of_service_regional_entities_are_the_provider() -> None:
    text = (
        "Terms of Service\n\nThese Terms are an agreement between you and Glimmer. If you live in "
        "the United States, the Services are provided by Glimmer Inc.; if you live in the European "
        "Economic Area, they are provided by Glimmer Ireland Limited; otherwise by Glimmer Asia Pte. "
        "Ltd. We provide the Services. You may use them. Our rules apply to you.\n\n1. Use\n\nYou "
        "may use the Services. We may change them.\n"
    )
    got = parties(text)
    assert {"Glimmer Inc.", "Glimmer Ireland Limited", "Glimmer Asia Pte. Ltd."} <= set(got[P])
    assert T not in got


# more layouts, each with the parties it must give (all text made up)
MORE = [
    (
        "a bank name with 'of' and N.A.",
        'This Agreement is made between Bank of Calisota, N.A., a national banking association ("Bank"), '
        'and Corvid Foods, Inc. ("Borrower").',
        {P: ["Bank of Calisota, N.A.", "Bank"], C: ["Corvid Foods, Inc.", "Borrower"]},
    ),
    (
        "a schedule of people is no party name",
        "This Agreement is made as of May 1, 2020 by and among Alder Mobile, Inc., a Delaware corporation "
        '("Alder"), Birch Retail LLC, a Texas limited liability company ("Birch"), and the shareholders '
        'listed on Schedule A (the "Shareholders").',
        {P: ["Alder Mobile, Inc.", "Alder"], C: ["Birch Retail LLC", "Birch"], T: ["Shareholders"]},
    ),
    (
        "single-quoted aliases after 'hereinafter'",
        "This Agreement is made between Alder Mobile, Inc. (hereinafter 'Alder') and Birch Retail LLC "
        "(hereinafter 'Birch').",
        {P: ["Alder Mobile, Inc.", "Alder"], C: ["Birch Retail LLC", "Birch"]},
    ),
    (
        "capitals with a date clause before 'by and between'",
        "THIS AGREEMENT is made this 1st day of May, 2020, by and between ALDER MOBILE, INC., a Delaware "
        'corporation (hereinafter "ALDER"), and BIRCH RETAIL, LLC, a Texas limited liability company '
        '(hereinafter "BIRCH").',
        {P: ["ALDER MOBILE, INC.", "ALDER"], C: ["BIRCH RETAIL, LLC", "BIRCH"]},
    ),
    (
        "a person with a middle initial",
        'This Agreement is made between John A. Smith ("Executive") and Birch Retail LLC (the "Company").',
        {P: ["John A. Smith", "Executive"], C: ["Birch Retail LLC", "Company"]},
    ),
    (
        "offices with abbreviations between name and alias",
        "This Agreement, dated as of May 1, 2020, is between Alder Mobile Inc, a Nevada corporation with "
        "offices at 12 Elm St., Reno, NV 89501 (“Alder”) and Birch Retail LLC, with offices at 3 Oak Ave., "
        "Austin, TX 78701 (“Birch”).",
        {P: ["Alder Mobile Inc", "Alder"], C: ["Birch Retail LLC", "Birch"]},
    ),
    (
        "an ampersand and a domain in names",
        'This Agreement is entered into between AT&T Widgets Corp. ("AT&T") and Birch.com, Inc. ("Birch").',
        {P: ["AT&T Widgets Corp.", "AT&T"], C: ["Birch.com, Inc.", "Birch"]},
    ),
    (
        "a bracketed place inside the name",
        'This Agreement is made between Alder Mobile, Inc. ("Alder"), and Birch Retail (Hong Kong) Limited '
        '("Birch").',
        {P: ["Alder Mobile, Inc.", "Alder"], C: ["Birch Retail (Hong Kong) Limited", "Birch"]},
    ),
    (
        "'on the one hand ... on the other hand' without definitions",
        "This Agreement is made between Alder Mobile, Inc., on the one hand, and Birch Retail LLC, on the "
        "other hand.",
        {P: ["Alder Mobile, Inc."], C: ["Birch Retail LLC"]},
    ),
    (
        "two aliases each, one a role word",
        'This Agreement is made between Alder Mobile, Inc. ("Alder" or "Licensor"), and Birch Retail LLC '
        '("Birch" or "Licensee").',
        {
            P: ["Alder Mobile, Inc.", "Alder", "Licensor"],
            C: ["Birch Retail LLC", "Birch", "Licensee"],
        },
    ),
    (
        "a definition after words about successors, in the first 'by and between'",
        "This Amendment is entered into as of May 1, 2020, by and between ALDER MOBILE, INC., a Delaware "
        'corporation (together with its successors and permitted assigns, "Alder"), and BIRCH RETAIL, INC., a '
        'Utah corporation (together with its successors "Birch"). The parties amend the Supply Agreement '
        'dated May 1, 2019 by and between the Parties (the "Supply Agreement").',
        {P: ["ALDER MOBILE, INC.", "Alder"], C: ["BIRCH RETAIL, INC.", "Birch"]},
    ),
    (
        "the parties of another contract the preamble refers to are not parties",
        'This Amendment is made between Alder Mobile, Inc. ("Alder") and Birch Retail LLC ("Birch"), as '
        "an amendment to that certain Joint Venture Agreement dated March 7, 2016 by and among Cedar "
        'Payments Corp. ("Cedar"), Dogwood AB ("Dogwood") and Alder.',
        {P: ["Alder Mobile, Inc.", "Alder"], C: ["Birch Retail LLC", "Birch"]},
    ),
    (
        "an amendment's own parties named through the amended agreement",
        "This First Amendment amends the Development Agreement entered into on April 15, 2010, by and "
        'between Alder Mobile, Inc. ("Alder") and Birch Retail S.A.S. ("Birch").',
        {P: ["Alder Mobile, Inc.", "Alder"], C: ["Birch Retail S.A.S.", "Birch"]},
    ),
]


@pytest.mark.parametrize("name,preamble,expected", MORE, ids=[c[0] for c in MORE])
def test_more_layouts(name: str, preamble: str, expected: dict) -> None:
    assert parties("AGREEMENT\n\n" + preamble + BODY) == expected


def test_one_line_signature_blocks_with_agents() -> None:
    text = (
        'CHARTER AGREEMENT\n\nThis Agreement is made between Tern Shipping L.P. (the "Owner") and Wren '
        'Fuel LLC (the "Charterer").\n\n1. Charter\n\nText.\n\nIN WITNESS WHEREOF the parties have signed.'
        "\n\nTERN SHIPPING L.P.   By: Tern Shipping GP LLC, Its General Partner   By: /s/ A. Lee   "
        "WREN FUEL LLC   By: Wren Holdings Corporation, its Sole Member   By: /s/ B. Chan\n"
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert sorted(names) == ["Charterer", "Owner", "Tern Shipping L.P.", "Wren Fuel LLC"]


def test_an_entity_defined_after_the_parties_sentence_is_not_a_party() -> None:
    text = (
        'ALLIANCE AGREEMENT\n\nThis Agreement is made between Kelso Networks, LLC ("Kelso") and Ridley '
        'Cable, Inc. ("Ridley"). The work is part of services for a carrier, Tamber Telecom, LLC (the '
        '"Customer"), under its purchase orders.' + BODY
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert sorted(names) == ["Kelso", "Kelso Networks, LLC", "Ridley", "Ridley Cable, Inc."]


def test_a_name_ends_before_an_including_phrase() -> None:
    text = (
        "MAINTENANCE AGREEMENT\n\nTHIS AGREEMENT IS SUBJECT TO THE MASTER AGREEMENT BETWEEN ZENTO AND "
        "FARMERS BANK, INCLUDING THE WARRANTY AND LIMITS PROVIDED THEREIN." + BODY
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert "FARMERS BANK" in names and not [n for n in names if "INCLUDING" in n]


def test_short_capitals_end_a_name() -> None:
    text = (
        "COOPERATION AGREEMENT\n\nThis Agreement is entered into by and between Tolland Corp., a Delaware "
        'corporation (the "Company"), and Black Oak Strategic Partners LP, a Delaware limited '
        "partnership, Black Oak SP GP LLC, a Delaware limited liability company (collectively, the "
        '"Black Oak Parties").' + BODY
    )
    names = [n for ns in parties(text).values() for n in ns]
    assert "Black Oak SP GP LLC" in names and "SP GP LLC" not in names


@pytest.mark.parametrize(
    "regional",
    [
        'If you reside in the European Region, "Glimmer" means the legal entity Lumen Platforms '
        'Limited. If you reside anywhere else, "Glimmer" means Lumen Platforms Inc.',
        "If you live in the United Kingdom or anywhere except the United States, you are contracting "
        "with Lumen Platforms Limited. Otherwise you are contracting with Lumen Platforms Inc.",
    ],
)
def test_terms_of_service_regional_entities_by_alias_or_contracting_party(regional: str) -> None:
    text = (
        'Terms of Service\n\nThese Terms govern your use of the Glimmer products ("Glimmer", "we" or '
        f'"us"). {regional} We provide the Services. You may use them. Our rules apply to you.\n\n'
        "1. Use\n\nYou may use the Services. We may change them.\n"
    )
    got = parties(text)
    assert {"Lumen Platforms Limited", "Lumen Platforms Inc."} <= set(got[P])
    assert T not in got
