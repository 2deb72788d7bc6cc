"""More families of party phrasing, each on invented contracts (no text from any corpus): legal
forms of more countries, numbered parties and "- and -" covers, honorifics, agents in a preamble,
names ended by their descriptor, labelled fields, unquoted and single-quoted aliases, entities
defined together, hard-wrapped, padded and all-capital preambles, particles and ampersands in
names, amendments that open with recitals, letter agreements and the layouts of PRC contracts;
and what is no party (statutes, principals a party acts for, another agreement's parties)."""

from __future__ import annotations

import pytest

from .test_party_families import BODY, C, P, T, parties


def names(text: str) -> list[str]:
    return sorted(n for ns in parties(text).values() for n in ns)


MORE_FORMS = [
    "GmbH & Co. KG",
    "KG",
    "S.A. de C.V.",
    "S. de R.L. de C.V.",
    "S.A.B. de C.V.",
    "SARL",
    "ULC",
    "DAC",
    "PBC",
    "Oyj",
    "Kft.",
    "Sp. z o.o.",
    "s.r.o.",
    "a.s.",
    "BVBA",
    "Tbk",
    "JSC",
    "PJSC",
    "Ltée",
    "AB (publ)",
    "N.A.",
    "FSB",
    "S.A.U.",
    "ASA",
]


@pytest.mark.parametrize("form", MORE_FORMS)
def test_legal_forms_of_more_countries_without_aliases(form: str) -> None:
    text = (
        f"SUPPLY AGREEMENT\n\nThis Agreement is made between Tallow Ridge {form} and Quarry Lane Foods {form}."
        + BODY
    )
    assert parties(text) == {P: [f"Tallow Ridge {form}"], C: [f"Quarry Lane Foods {form}"]}


@pytest.mark.parametrize("form", ["GMBH", "S.P.A.", "SPA", "INCORPORATED", "CO."])
def test_legal_forms_in_capitals_on_a_cover(form: str) -> None:
    text = (
        f"DATED 1 July 2022\n\n(1) HALCYON FOODS {form}\n\n- and -\n\n(2) BRAMBLE PACKAGING {form}\n\n"
        "PACKAGING SUPPLY AGREEMENT" + BODY
    )
    assert names(text) == sorted([f"HALCYON FOODS {form}", f"BRAMBLE PACKAGING {form}"])


def test_incorporated_by_reference_is_no_legal_form() -> None:
    text = (
        "MAINTENANCE AGREEMENT\n\nTHIS AGREEMENT IS SUBJECT TO THE MASTER AGREEMENT BETWEEN ZENTO "
        "CORP. AND FARMERS TRUST BANK. ITS TERMS ARE HEREBY AFFIRMED BY BOTH PARTIES AND INCORPORATED "
        "BY REFERENCE IN THIS MAINTENANCE AGREEMENT." + BODY
    )
    assert not [n for n in names(text) if "INCORPORATED" in n]


def test_numbered_parties_with_a_registration_number_in_brackets() -> None:
    text = (
        "THIS DEED is made on 2 February 2020\n\nBETWEEN\n\n(1) KESTREL AVIATION LIMITED (company "
        'number 5551234) whose registered office is at 1 Wing Road, Luton (the "Lessor"); and\n\n'
        "(2) FALCON AIRWAYS PLC (company number 7778888) whose registered office is at 4 Runway Way, "
        'Crawley (the "Lessee").\n\nIT IS AGREED as follows:' + BODY
    )
    assert names(text) == sorted(
        ["KESTREL AVIATION LIMITED", "Lessor", "FALCON AIRWAYS PLC", "Lessee"]
    )


@pytest.mark.parametrize("title", ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof."])
def test_a_title_before_a_persons_name_ends_no_sentence(title: str) -> None:
    text = (
        "SEPARATION AGREEMENT\n\nThis Separation Agreement is entered into by and between "
        f'{title} Thomas Wrenfield ("Wrenfield") and Allard Instruments Corp. (the "Company").'
        + BODY
    )
    got = names(text)
    assert "Wrenfield" in got and any(n.endswith("Thomas Wrenfield") for n in got)
    assert "Allard Instruments Corp." in got and "Company" in got


@pytest.mark.parametrize(
    "agent",
    ["as Administrative Agent", "as collateral agent for the Secured Parties", "as principal"],
)
def test_an_entity_in_the_preamble_acting_as_agent_is_a_party(agent: str) -> None:
    text = (
        "CREDIT AGREEMENT\n\nThis Agreement is entered into as of March 3, 2015 among FARRIER "
        'INDUSTRIES, INC., a Delaware corporation (the "Borrower"), the Lenders party hereto, and '
        f"BANK OF WEXFORD, N.A., {agent}." + BODY
    )
    assert "BANK OF WEXFORD, N.A." in names(text)


def test_a_general_partner_acting_for_the_party_in_the_preamble_is_not_one() -> None:
    text = (
        "AGREEMENT\n\nThis Agreement is made between Larkspur Fund III, L.P., by Larkspur GP LLC, as "
        'its general partner ("Larkspur"), and Nimbus Robotics, Inc. (the "Company").' + BODY
    )
    got = names(text)
    assert "Larkspur Fund III, L.P." in got and "Larkspur GP LLC" not in got


DESCRIBED = [
    ("Lanterna Studios", ", with an address at 40 Pine Street, Portland, Oregon,"),
    ("Marta Okafor", ", an individual residing at 4 Birch Road, Dayton, Ohio,"),
    ("Brightline Media Group", ", having its principal office at 9 Oak Avenue, Seattle,"),
    ("Marsh and McBride Associates", ", a Vermont general partnership,"),
]


@pytest.mark.parametrize("name,descriptor", DESCRIBED)
def test_a_name_without_legal_form_or_alias_ends_at_its_descriptor(
    name: str, descriptor: str
) -> None:
    text = (
        "SERVICES AGREEMENT\n\nThis Agreement is made on March 1, 2020 by and between Harwick "
        f"Systems Corp., a Texas corporation, and {name}{descriptor} for the services below." + BODY
    )
    assert names(text) == sorted(["Harwick Systems Corp.", name])


def test_both_parties_without_legal_forms_or_aliases() -> None:
    text = (
        "SERVICES AGREEMENT\n\nThis Agreement is made on March 1, 2020 by and between Lanterna "
        "Studios, with an address at 40 Pine Street, Portland, Oregon and Brightline Media Group, "
        "with an address at 9 Oak Avenue, Seattle, Washington." + BODY
    )
    assert names(text) == ["Brightline Media Group", "Lanterna Studios"]


def test_places_and_generic_words_before_a_descriptor_are_no_names() -> None:
    text = (
        "SERVICES AGREEMENT\n\nThis Agreement is made between Harwick Systems Corp., a corporation of "
        "the State of New York, with offices at 1 Main Street, New York, New York, and the Company, "
        "a Delaware corporation." + BODY
    )
    got = names(text)
    assert "Harwick Systems Corp." in got
    assert not [n for n in got if "New York" in n or n == "Company"]


def test_labelled_fields_end_before_the_address() -> None:
    text = (
        "CONSULTING AGREEMENT\n\nPARTIES:\n\nClient: Holloway Minerals Inc., 4 Quarry Road, Reno, "
        "Nevada\nConsultant: Petra Lindgren, 8 Fjord Street, Oslo, Norway\n\nThe Client engages the "
        "Consultant on the terms below." + BODY
    )
    got = parties(text)
    assert "Holloway Minerals Inc." in got[C] and "Petra Lindgren" in got[P]


@pytest.mark.parametrize(
    "first,second",
    [("e-Harbor Networks, Inc.", "24/7 Call Centers LLC"), ("eVolve Labs Inc.", "i-Bright Corp.")],
)
def test_names_in_lower_case_or_with_a_slash(first: str, second: str) -> None:
    text = f"AGREEMENT\n\nThis Agreement is made between {first} and {second}." + BODY
    assert names(text) == sorted([first, second])


@pytest.mark.parametrize("former", ["formerly Biotrace Corp.", "formerly known as Biotrace Corp."])
def test_a_former_name_is_another_name_of_the_party(former: str) -> None:
    text = (
        f'AGREEMENT\n\nThis Agreement is made between Quantis Labs Inc. ({former}) ("Quantis") and '
        'Riverside Medical Center, Inc. ("Riverside").' + BODY
    )
    got = parties(text)
    assert T not in got
    assert next(g for g in got.values() if "Quantis Labs Inc." in g)[:2] == [
        "Quantis Labs Inc.",
        "Quantis",
    ]


def test_a_full_name_followed_by_a_bare_address_joins_its_alias() -> None:
    text = (
        "ENDORSEMENT AGREEMENT\n\nThis Agreement is made and entered into by and between Wexford "
        'Golf Corporation, having its principal office at 12 Fairway Drive, Pinehurst (hereinafter "WGC"), '
        "and Lantern Talent Inc., Harbour House, Quay Street, St. Peter Port, Guernsey GY1 2AB, Channel "
        'Islands (hereinafter referred to as "Lantern Talent").' + BODY
    )
    got = parties(text)
    assert ["Lantern Talent Inc.", "Lantern Talent"] in got.values()
    assert ["Wexford Golf Corporation", "WGC"] in got.values()


@pytest.mark.parametrize(
    "first,second",
    [
        ("Ashcombe Technologies, Inc. (the Company)", "Ruth Pelham (the Executive)"),
        (
            "Ashcombe Technologies, Inc. (hereinafter the Company)",
            "Ruth Pelham (hereinafter the Executive)",
        ),
        ("Ashcombe Technologies, Inc. (Ashcombe)", "Ruth Pelham (the Executive)"),
        ("Ashcombe Technologies, Inc. (AT)", "Ruth Pelham (the Executive)"),
    ],
)
def test_unquoted_aliases_in_brackets(first: str, second: str) -> None:
    text = f"EMPLOYMENT AGREEMENT\n\nThis Agreement is made between {first} and {second}." + BODY
    got = parties(text)
    alias = first[first.index("(") + 1 : -1].split()[-1]
    assert ["Ashcombe Technologies, Inc.", alias] in got.values()
    assert ["Ruth Pelham", "Executive"] in got.values()


def test_a_place_in_brackets_is_no_alias() -> None:
    text = (
        "AGREEMENT\n\nThis Agreement is made between Ashcombe Technologies, Inc., located at 1 Elm "
        'Street, Boston ("Ashcombe"), and Lindenhof GmbH, located at Hauptstr. 2, Halle (Saale), '
        'Germany ("Lindenhof").' + BODY
    )
    assert "Saale" not in names(text)


@pytest.mark.parametrize("together", ["together", "collectively", "jointly"])
def test_entities_defined_together_are_one_party(together: str) -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made between Alder Mobile, Inc. ("Alder") and Birch Retail LLC '
        f'and Birch Logistics Ltd. ({together}, the "Birch Parties").' + BODY
    )
    got = parties(text)
    assert got[C] == ["Birch Retail LLC", "Birch Logistics Ltd.", "Birch Parties"]
    assert T not in got


def test_a_name_that_ends_in_letters_of_a_legal_form_is_none() -> None:
    # "Brisa" ends in "sa", "Punjab" in "ab": neither is a legal form
    text = (
        'AGREEMENT\n\nThis Agreement is made between Lockwood Foods, Inc. ("Lockwood") and Brisa '
        'Trading LLC, c/o Harbor Management, 2 Pier Street, Miami ("Brisa").' + BODY
    )
    assert parties(text)[C] == ["Brisa Trading LLC", "Brisa"]


def test_party_of_the_first_part() -> None:
    text = (
        "AGREEMENT\n\nAGREEMENT made this 1st day of June, 1998 by and between WESTBROOK MILLS, INC., "
        "party of the first part, and CHARLES T. OBERLIN, party of the second part." + BODY
    )
    assert names(text) == ["CHARLES T. OBERLIN", "WESTBROOK MILLS, INC."]


PREAMBLES = [
    (
        (
            "This Agreement is entered into between Quill Therapeutics, Inc., a Delaware corporation (the "
            '"Company"), and Margaret O. Lindqvist ("Executive").'
        ),
        ["Company", "Executive", "Margaret O. Lindqvist", "Quill Therapeutics, Inc."],
    ),
    (
        (
            "This Agreement is entered into by and between Shenzhen Goldfield Technology Co., Ltd. "
            '(hereinafter referred to as "Party A") and Hangzhou Bluewave Trading Co., Ltd. (hereinafter '
            'referred to as "Party B").'
        ),
        [
            "Hangzhou Bluewave Trading Co., Ltd.",
            "Party A",
            "Party B",
            "Shenzhen Goldfield Technology Co., Ltd.",
        ],
    ),
    (
        (
            'This Agreement is made between Verity Bio, Inc. (hereinafter "Verity" or the "Company") and '
            'Orchard Hill Partners LP (the "Investor").'
        ),
        ["Company", "Investor", "Orchard Hill Partners LP", "Verity", "Verity Bio, Inc."],
    ),
    (
        (
            "This Agreement is made between Norbury Textiles Ltd., hereinafter referred to as the Supplier, "
            "and Cavendish Fashion plc, hereinafter referred to as the Buyer."
        ),
        ["Buyer", "Cavendish Fashion plc", "Norbury Textiles Ltd.", "Supplier"],
    ),
    (
        (
            "This Agreement is made between Ashcombe Technologies, Inc. (hereinafter referred to as the "
            "Company) and Ruth Pelham (hereinafter referred to as the Executive)."
        ),
        ["Ashcombe Technologies, Inc.", "Company", "Executive", "Ruth Pelham"],
    ),
]


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


@pytest.mark.parametrize("preamble,expected", PREAMBLES)
@pytest.mark.parametrize("width", [40, 55, 70, 1000])
def test_a_hard_wrapped_preamble_reads_like_one_line(
    preamble: str, expected: list[str], width: int
) -> None:
    assert names("AGREEMENT\n\n" + _wrap(preamble, width) + BODY) == expected


@pytest.mark.parametrize("preamble,expected", PREAMBLES)
def test_a_padded_preamble_reads_like_a_plain_one(preamble: str, expected: list[str]) -> None:
    assert names("AGREEMENT\n\n" + preamble.replace(" ", "  ") + BODY) == expected


def test_wide_runs_of_spaces_still_part_fields() -> None:
    text = (
        "LICENSE AGREEMENT\n\nLicensor:      Corvane  Media,  Inc.\n               12 Main Street\n\n"
        "Licensee:      Pellet  Games  LLC\n               4 Elm Road\n\nThe Licensor grants the "
        "Licensee a license." + BODY
    )
    assert parties(text) == {
        P: ["Corvane Media, Inc.", "Licensor"],
        C: ["Pellet Games LLC", "Licensee"],
    }


@pytest.mark.parametrize(
    "first,second",
    [
        ("Prudent Insurance Company of America", "Halden Optics Corporation of Canada"),
        ("Mutual Assurance Company of New York", "Lakeshore Bank National Association"),
    ],
)
def test_companies_of_a_country_and_national_associations(first: str, second: str) -> None:
    text = f"AGREEMENT\n\nThis Agreement is made between {first} and {second}." + BODY
    assert names(text) == sorted([first, second])


def test_lead_words_in_capitals_are_not_part_of_the_name() -> None:
    text = (
        "AGREEMENT\n\nTHIS AGREEMENT made as of the 5th day of May, 1997 BY AND BETWEEN ALBANY MOLECULAR "
        "LABS INC. a New York corporation with offices at 21 Corporate Circle, Albany, New York AND "
        "PENTAGON CHEMICAL CO. a Delaware corporation with offices at 5 River Road, Newark, New Jersey."
        + BODY
    )
    assert names(text) == ["ALBANY MOLECULAR LABS INC.", "PENTAGON CHEMICAL CO."]


@pytest.mark.parametrize(
    "person,rest",
    [("John Abernathy", " of 12 Elm Street, Boston"), ("Samuel Ortiz", ", an individual")],
)
def test_a_person_after_a_company_without_alias(person: str, rest: str) -> None:
    text = (
        f"CONSULTING AGREEMENT\n\nThis Agreement is entered into between Pinnacle Labs Inc. and {person}{rest}."
        + BODY
    )
    assert names(text) == sorted(["Pinnacle Labs Inc.", person])


@pytest.mark.parametrize(
    "first,second",
    [
        ("DEVELOPER", "PUBLISHER"),
        ("Owner", "Manager"),
        ("ARTIST", "LABEL"),
        ("Sponsor", "Organizer"),
    ],
)
def test_fields_labelled_by_any_role_word(first: str, second: str) -> None:
    text = (
        f"AGREEMENT\n\n{first}:    Quartz Games Studio LLC\n{second}:  Lumen Interactive, Inc.\n"
        "Date:  May 1, 2020\nAttention:  Rita Moss\nDate of Order:  May 2, 2020\n\nThe parties agree as follows."
        + BODY
    )
    assert names(text) == sorted(
        ["Quartz Games Studio LLC", first, "Lumen Interactive, Inc.", second]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        (
            'Each of Alder and Birch is hereinafter referred to as a "Shareholder" and collectively as the '
            '"Shareholders".'
        ),
        (
            'Alder and Birch are each referred to herein as a "Shareholder" and collectively as the '
            '"Shareholders".'
        ),
    ],
)
def test_a_name_shared_by_some_parties(sentence: str) -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made among Alder Mobile, Inc. ("Alder"), Birch Retail LLC ("Birch") '
        f'and Cedar Payments Corp. ("Cedar"). {sentence} Each of them is referred to as a "Party".'
        + BODY
    )
    got = names(text)
    assert {"Shareholder", "Shareholders"} <= set(got) and "Party" not in got


def test_the_affiliate_of_an_affiliate_programme() -> None:
    text = (
        "AFFILIATE AGREEMENT\n\nThis Affiliate Agreement is entered into by and between Shopnest.com "
        '("Shopnest") and you ("Affiliate"). You may place links to our site.' + BODY
    )
    assert "Affiliate" in names(text)


def test_a_statute_the_party_is_organized_under_is_no_name() -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made between Alder Mobile, Inc. ("Alder") and Lotus Photomask '
        "Corporation, a company limited by shares organized and formed under the Company Act of the "
        'Republic of China with its principal place of business at 2 Science Road, Hsinchu ("Lotus").'
        + BODY
    )
    got = names(text)
    assert "Lotus Photomask Corporation" in got and not [n for n in got if "Act" in n]


@pytest.mark.parametrize(
    "descriptor",
    [
        "a sole proprietorship",
        "a Vermont cooperative",
        "a New York law firm",
        "a charitable foundation",
    ],
)
def test_a_name_without_legal_form_before_more_descriptors(descriptor: str) -> None:
    text = (
        f"AGREEMENT\n\nThis Agreement is made between Tamber Networks, {descriptor}, and Juniper Health "
        "Systems, an Oregon corporation." + BODY
    )
    assert names(text) == ["Juniper Health Systems", "Tamber Networks"]


@pytest.mark.parametrize(
    "tail",
    [' (collectively, the "Parties" and each, a "Party").', ", effective as of May 1, 2020.", "."],
)
def test_two_names_without_legal_forms_between_and(tail: str) -> None:
    text = (
        f"AGREEMENT\n\nThis Agreement is entered into by and between Lanterna Studios and Brightline Media{tail}"
        + BODY
    )
    assert names(text) == ["Brightline Media", "Lanterna Studios"]


def test_two_defined_terms_between_and_are_no_names() -> None:
    text = (
        "AGREEMENT\n\nThis Agreement is entered into by and between Licensor and Licensee, effective as of "
        "the Effective Date. Licensor is Vantor Robotics, Inc." + BODY
    )
    assert not [n for n in names(text) if " and " in n or n in ("Effective Date",)]


@pytest.mark.parametrize("verb", ["are parties to", "are the parties to", "were parties to"])
def test_an_amendment_that_opens_with_its_recitals(verb: str) -> None:
    text = (
        'AMENDMENT NO. 3\n\nWHEREAS, Tamber Networks, Inc. ("Tamber") and Quillon Labs LLC ("Quillon") '
        f'{verb} a Supply Agreement dated May 1, 2015 (the "Agreement");\n\nWHEREAS, the parties wish '
        "to amend it;\n\nNOW, THEREFORE, the parties agree as follows:" + BODY
    )
    assert names(text) == ["Quillon", "Quillon Labs LLC", "Tamber", "Tamber Networks, Inc."]


@pytest.mark.parametrize(
    "tail",
    [
        "for the distribution of Microsoft Corporation software",
        "to resell products made by Kaiser Optik GmbH",
        "under licences granted by Ironbridge Studios Ltd.",
    ],
)
def test_an_entity_after_the_defined_parties_behind_a_preposition_is_no_party(tail: str) -> None:
    text = (
        'LICENSE AGREEMENT\n\nThis Agreement is made between Tamber Networks, Inc. ("Tamber") and Quillon '
        f'Labs LLC ("Quillon") {tail}.' + BODY
    )
    assert names(text) == ["Quillon", "Quillon Labs LLC", "Tamber", "Tamber Networks, Inc."]


def test_a_third_party_listed_after_two_defined_parties_stays() -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made among Tamber Networks, Inc. ("Tamber"), Quillon Labs LLC '
        '("Quillon") and Harbor Escrow Services, Inc.' + BODY
    )
    assert "Harbor Escrow Services, Inc." in names(text)


def test_a_ticker_after_a_name_with_a_comma() -> None:
    text = (
        "EXHIBIT 99.1\n\nTamber Networks Signs Agreement with Quillon Labs\n\nAUSTIN, Texas, May 1, 2020 -- "
        "Tamber Networks, Inc. (NASDAQ: TMBR) announced today that it has entered into an agreement with "
        "Quillon Labs LLC." + BODY
    )
    assert {"Tamber Networks, Inc.", "TMBR", "Quillon Labs LLC"} <= set(names(text))


PARTICLE_NAMES = [
    "Société des Produits Laitiers S.A.",
    "Banco do Nordeste S.A.",
    "Laboratorios del Norte S.L.",
    "Van der Berg Logistics B.V.",
    "Fratelli della Valle S.p.A.",
    "Maschinenfabrik von Arnim GmbH",
    "Instituto de Biologia e Saude Ltda.",
    "Bank of the West",
]


@pytest.mark.parametrize("name", PARTICLE_NAMES)
def test_names_with_particles_without_aliases(name: str) -> None:
    text = f"AGREEMENT\n\nThis Agreement is made between Quillon Labs LLC and {name}." + BODY
    assert names(text) == sorted(["Quillon Labs LLC", name])


def test_the_parties_of_another_agreement_named_after_between_are_none() -> None:
    text = (
        'AGREEMENT SUMMARY\n\nSponsor: Rillo Grill, Inc. ("Sponsor")\nTeam: Harbor Ballclub L.P. ("Team")'
        "\n\nThe Term shall not extend beyond the term of the Joint Use Agreement by and between the City of "
        "Marisco and Harbor Ballclub, L.P. dated as of February 1, 2000." + BODY
    )
    assert "City of Marisco" not in names(text)


def test_introducing_words_wrapped_onto_the_next_line() -> None:
    text = (
        'TRANSPORTATION CONTRACT\n\nPREAMBLE\n\nKESTREL OIL JSC, hereinafter referred to as the "Company", in '
        "the\nperson of its Director Mr. A. B. Orlov, acting on the basis of the Charter, on the one side "
        'and\nJSC Steppe Petroleum, hereinafter referred to as the "Principal", on the other side, '
        'collectively\nreferred to as the "Parties", have entered\ninto this Transportation Contract (the\n'
        '"Contract") and agree as follows:\n\n1. SUBJECT\n\n1.1 Carriage.\n\n2. DEFINITIONS\n\n2.1 Terms.'
        '\n\n"Buyer" means Harlow Trading Limited acting through its agent Harlow Shipping Limited.\n\n'
        '"Offtake Agreement" means the Crude Oil Sale Agreement between the Principal and Harlow dated 1 '
        "November 1999.\n"
    )
    got = names(text)
    assert {"Company", "Principal", "JSC Steppe Petroleum"} <= set(got)
    assert not [n for n in got if "Harlow" in n or n == "Buyer"]


def test_the_contract_defined_after_a_heading_with_a_name_is_no_party() -> None:
    text = (
        'Lumen Insurance Agency, LLC Franchise Agreement THIS FRANCHISE\nAGREEMENT (the "Agreement") is '
        "made and entered into by and between Lumen Insurance Agency, LLC, a Delaware limited liability "
        'company ("we" or "us"), and the franchisee named below ("Franchisee" or "you").' + BODY
    )
    got = names(text)
    assert "Lumen Insurance Agency, LLC" in got and not [n for n in got if "THIS" in n]


def test_a_wrapped_sentence_above_a_definition_is_no_name_block() -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made between Azure Airlines S.A. (the "Company") and Rivet Repair '
        'Services G.I.E. (the "Repairer").\n\nRECITALS:\n\nWHEREAS the Repairer and the Company entered into '
        "a Global Maintenance\nAgreement as referenced above (as amended from time to time, hereafter "
        'referred to as the "GMA");' + BODY
    )
    assert not [n for n in names(text) if "entered" in n]


CAPS_PREAMBLES = [
    (
        (
            'THIS MASTER SUPPLY AGREEMENT ("AGREEMENT") IS MADE AS OF 3 MAY 2019 BY AND BETWEEN HALDEN '
            "NUTRITION COMPANY, LLC, A DELAWARE LIMITED LIABILITY COMPANY WITH ITS OFFICES AT 12 BAY STREET, "
            'OAKLAND, CA ("BUYER") AND FENWAY DAIRY (USA) INC., A CALIFORNIA CORPORATION ("SUPPLIER").'
        ),
        ["BUYER", "FENWAY DAIRY (USA) INC.", "HALDEN NUTRITION COMPANY, LLC", "SUPPLIER"],
    ),
    (
        (
            "THIS AGREEMENT IS MADE BETWEEN HEALTHLINK CAPITAL CORP., A COMPANY INCORPORATED UNDER THE LAWS OF "
            'ALBERTA (THE "ISSUER"), AND R.J. MARLOW & COMPANY LIMITED, A COMPANY AMALGAMATED UNDER THE LAWS OF '
            'BRITISH COLUMBIA, HAVING ITS HEAD OFFICE AT 750 PENDER STREET, VANCOUVER (THE "SPONSOR").'
        ),
        ["HEALTHLINK CAPITAL CORP.", "ISSUER", "R.J. MARLOW & COMPANY LIMITED", "SPONSOR"],
    ),
    (
        (
            'THE UNDERSIGNED IS A SHAREHOLDER OF HARBOR MEDICAL SUPPLY, INC. ("HMS"), A CORPORATION ORGANIZED '
            "UNDER THE LAWS OF DELAWARE, AND WILL BECOME A SHAREHOLDER OF PELICAN HEALTH SERVICES, INC. "
            '("PELICAN").'
        ),
        ["HARBOR MEDICAL SUPPLY, INC.", "HMS", "PELICAN", "PELICAN HEALTH SERVICES, INC."],
    ),
    (
        (
            'THIS LICENSE AGREEMENT IS MADE BETWEEN ON TARGET MEDIA HOLDINGS, INC. ("LICENSEE") AND THE BOARD '
            "OF REGENTS OF THE WEXFORD STATE UNIVERSITY SYSTEM, A MEMBER INSTITUTION OF THE WEXFORD HEALTH "
            'NETWORK ("LICENSOR").'
        ),
        [
            "BOARD OF REGENTS OF THE WEXFORD STATE UNIVERSITY SYSTEM",
            "LICENSEE",
            "LICENSOR",
            "ON TARGET MEDIA HOLDINGS, INC.",
        ],
    ),
]


@pytest.mark.parametrize("preamble,expected", CAPS_PREAMBLES)
def test_a_preamble_in_capitals(preamble: str, expected: list[str]) -> None:
    assert names("AGREEMENT\n\n" + preamble + BODY) == expected


@pytest.mark.parametrize(
    "phrase", ["IS MADE AS", "ON HER OWN BEHALF", "LIMITED LIABILITY COMPANY", "AN INDIVIDUAL"]
)
def test_phrases_in_capitals_are_no_names(phrase: str) -> None:
    from contractscan.parties import _finish_name

    assert _finish_name(phrase) is None


SINGLE_QUOTED = [
    (
        (
            "KESTREL OIL JSC, hereinafter referred to as the 'Company', in the person of its Director, on the "
            "one side and JSC Steppe Petroleum, hereinafter referred to as the 'Principal', on the other side, "
            "collectively referred to as the 'Parties', have entered into this Contract (the 'Contract')."
        ),
        ["Company", "JSC Steppe Petroleum", "KESTREL OIL JSC", "Principal"],
    ),
    (
        (
            "This Agreement is made between Alder Mobile Limited (the 'Supplier') and Birch Retail plc (the "
            "'Customer'). Each of the Supplier and the Customer is referred to as a 'Party'."
        ),
        ["Alder Mobile Limited", "Birch Retail plc", "Customer", "Supplier"],
    ),
    (
        (
            "This Agreement is made among Alder Mobile, Inc. ('Alder'), Birch Retail LLC ('Birch') and Cedar "
            "Payments Corp. ('Cedar'). Each of Alder and Birch is hereinafter referred to as a 'Shareholder' and "
            "collectively as the 'Shareholders'."
        ),
        [
            "Alder",
            "Alder Mobile, Inc.",
            "Birch",
            "Birch Retail LLC",
            "Cedar",
            "Cedar Payments Corp.",
            "Shareholder",
            "Shareholders",
        ],
    ),
]


@pytest.mark.parametrize("preamble,expected", SINGLE_QUOTED)
def test_single_quoted_aliases_of_british_drafting(preamble: str, expected: list[str]) -> None:
    assert names("AGREEMENT\n\n" + preamble + BODY) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Physician Sales & Service, Inc.",
        "R.J. MARLOW & COMPANY LIMITED",
        "SHBV (HONG KONG) LTD",
        "Fenway Dairy (USA) Inc.",
        "ebix.com, Inc.",
        "Stowe Resources Holding Corp",
    ],
)
def test_names_with_ampersands_brackets_domains_or_a_bare_corp_without_aliases(name: str) -> None:
    text = (
        "AGREEMENT\n\nThis Agreement is made by and between Quillon Labs LLC, a Texas limited liability "
        f"company, and {name}, a Delaware corporation." + BODY
    )
    assert names(text) == sorted(["Quillon Labs LLC", name])


def test_and_inside_the_second_of_two_names_with_legal_forms() -> None:
    text = (
        "SERVICE AGREEMENT\n\nThis Agreement is entered into as of January 1, 1998, by and between HARBOR "
        "INVESTMENTS OPERATIONS COMPANY, INC. and NEW ENGLAND LIFE INSURANCE AND ANNUITY CORPORATION.\n\n"
        "WHEREAS, Harbor provides services;" + BODY
    )
    assert names(text) == [
        "HARBOR INVESTMENTS OPERATIONS COMPANY, INC.",
        "NEW ENGLAND LIFE INSURANCE AND ANNUITY CORPORATION",
    ]


def test_two_names_joined_by_an_ampersand_in_a_running_head() -> None:
    text = (
        "WEXFORD UNIVERSITY & LUMEN SURGICAL, INC.\n\nLICENSE AGREEMENT\n\nThis License Agreement is "
        "entered into by and between The Wexford University, a corporation of the State of Maryland, having "
        "a principal place of business at 3 Charles Street, Baltimore, and Lumen Surgical, Inc., a Tennessee "
        "corporation having an address at 5 Harding Pike, Nashville." + BODY
    )
    got = names(text)
    assert not [n for n in got if "&" in n]
    assert {"LUMEN SURGICAL, INC."} & set(got) or "Lumen Surgical, Inc." in got


def test_two_names_on_one_signature_line() -> None:
    text = (
        "SUPPLY AGREEMENT\n\nThe parties agree as follows.\n\n1. Supply\n\nGoods.\n\nIN WITNESS WHEREOF, "
        "the Parties have signed.\n\nCASCADA LABS, SA Halden Endosurgery, Inc. By: /s/ J. Ruiz By: /s/ T. "
        "North Name: J. Ruiz Name: T. North\n"
    )
    assert names(text) == ["CASCADA LABS, SA", "Halden Endosurgery, Inc."]


@pytest.mark.parametrize(
    "after", ["\n\nLICENSE AGREEMENT", " LICENSE AGREEMENT", "\n\nRIGHTS AGREEMENT"]
)
def test_a_legal_form_before_a_title_keeps_its_stop(after: str) -> None:
    from contractscan.parties import _ENTITY_RE

    m = _ENTITY_RE.search("WEXFORD UNIVERSITY & LUMEN SURGICAL, INC." + after)
    assert m is not None and m.group(1).endswith("INC.")


@pytest.mark.parametrize(
    "lead",
    ["Near Harbor Bank, Old Delhi, a registered finance company", "Portland, Oregon, a city"],
)
def test_an_address_before_a_descriptor_is_no_name(lead: str) -> None:
    text = (
        "SERVICE AGREEMENT\n\nThis Agreement is entered into by and between: Lotus Finance Services "
        f"Private Limited, a company with an address at 3 Ring Road, {lead}; and Mobi Apps Co., Ltd., a "
        "company with an address at 9 Tech Park, Shenzhen." + BODY
    )
    assert names(text) == ["Lotus Finance Services Private Limited", "Mobi Apps Co., Ltd."]


def test_a_long_name_without_legal_form_before_its_descriptor() -> None:
    text = (
        "ALLIANCE AGREEMENT\n\nThis Agreement is entered into by and between The University of Wexford M. D. "
        "Harlan Cancer Center, with a place of business at 15 Holcombe Blvd., Houston, and Quillon Labs LLC, "
        "with a place of business at 2 Elm Road, Boise." + BODY
    )
    assert "University of Wexford M. D. Harlan Cancer Center" in " ".join(names(text))


@pytest.mark.parametrize("label", ["RESELLER", "Distributor", "LICENSEE"])
def test_a_quoted_role_before_a_name_in_a_form_header(label: str) -> None:
    text = (
        'RESELLER AGREEMENT\n\nAGREEMENT NUMBER: 100-22\n\nHALDEN STORAGE CORPORATION ("HALDEN")          '
        f'"{label}"  ORBIT DATA SYSTEMS, INC.\n\n38 CRESCENT ROAD              ADDRESS: 14 FRANKLIN AVE\n\n'
        "THE EFFECTIVE DATE OF THIS AGREEMENT IS MAY 1, 2004." + BODY
    )
    got = names(text)
    assert {"HALDEN STORAGE CORPORATION", "ORBIT DATA SYSTEMS, INC.", label} <= set(got)


def test_a_quoted_phrase_before_a_sentence_is_no_label() -> None:
    text = (
        'AGREEMENT\n\nThis Agreement is made between Alder Mobile, Inc. ("Alder") and Birch Retail LLC '
        '("Birch").\n\n"Confidential"  Information Services Ltd. provides the data room.' + BODY
    )
    assert "Confidential" not in names(text)


def test_the_principal_a_party_acts_for_is_no_party() -> None:
    text = (
        "LICENSE AGREEMENT\n\nThis Agreement is entered into by and between CANYON PICTURES LICENSING, a "
        'division of Canyon Media Group, Inc. ("Canyon"), as Administrator for Canyon Film Corporation '
        '("Trademark Licensor"), and Sorrel Games, Inc. ("Licensee").' + BODY
    )
    got = names(text)
    assert "Canyon Film Corporation" not in got and "Sorrel Games, Inc." in got


def test_a_parent_defined_in_a_partys_descriptor_and_named_a_party_stays() -> None:
    text = (
        'LICENSE AGREEMENT\n\nThis Agreement is made among Museum Trust, Inc. ("Museum"), Village Media '
        'Group, LLC (the "Media Company"), a wholly-owned subsidiary of Village Holdings, LLC, a Delaware '
        'limited liability company ("Village") and, solely for purposes of Section 4.5, Village.'
        + BODY
    )
    assert "Village" in names(text)


def test_the_parties_of_another_agreement_in_lower_case() -> None:
    text = (
        'LICENSE AGREEMENT\n\nThis Agreement is made between Museum Trust, Inc. ("Museum") and Village Media '
        'Group, LLC ("Village"), subject to that certain agreement effective as of June 25, 2013 among '
        "Gridiron Enterprises LLC, Museum and Museum Events, Inc." + BODY
    )
    got = names(text)
    assert "Gridiron Enterprises LLC" not in got


@pytest.mark.parametrize("title", ["Dr. ", "Ms. ", ""])
def test_the_addressee_of_a_letter_agreement(title: str) -> None:
    text = (
        "HALCYON THERAPEUTICS, INC.\n200 Park Lane\nBoston, MA 02110\n\nMarch 3, 2016\n\n"
        f"{title}Miriam Feldstein\n14 Beacon Street\nBoston, MA 02108\n\nPERSONAL AND CONFIDENTIAL\n\n"
        'Dear Miriam:\n\nThis letter agreement (the "Agreement") sets forth the terms of your consulting '
        'engagement with Halcyon Therapeutics, Inc. (the "Company").\n\n1. Services. You will advise the '
        "Company.\n"
    )
    assert "Miriam Feldstein" in names(text)


def test_a_salutation_without_an_addressee_block_adds_nobody() -> None:
    text = (
        "HALCYON THERAPEUTICS, INC.\n\nMarch 3, 2016\n\nDear Valued Customer,\n\nThese terms apply to your "
        "use of our services.\n\n1. Services. We provide them.\n"
    )
    assert not [n for n in names(text) if "Customer" in n and n != "Customer"]


PRC_LAYOUTS = [
    (
        (
            "Party A (Pledgee): Beijing Zhongtian Technology Co., Ltd.\nAddress: 1 Chaoyang Road, Beijing\n\n"
            "Party B (Pledgor): Li Wei\nID No.: 110101199001011234\n\nWhereas, Party B holds equity."
        ),
        ["Beijing Zhongtian Technology Co., Ltd.", "Li Wei"],
    ),
    (
        (
            "Lender (Party A): Shanghai Fengda Investment Co., Ltd.\nBorrower (Party B): Hangzhou Lanting Trading "
            "Co., Ltd.\n\nThe parties agree as follows."
        ),
        ["Hangzhou Lanting Trading Co., Ltd.", "Shanghai Fengda Investment Co., Ltd."],
    ),
    (
        (
            "Party A:\nName: Shenzhen Qianhai Cloud Co., Ltd.\nLegal Representative: Wang Fang\n\nParty B:\nName: "
            "Guangzhou Tianhe Media Co., Ltd.\nLegal Representative: Chen Hao\n\nThis Agreement is entered into by "
            "Party A and Party B."
        ),
        ["Guangzhou Tianhe Media Co., Ltd.", "Shenzhen Qianhai Cloud Co., Ltd."],
    ),
    (
        (
            "This Exclusive Option Agreement is entered into in Beijing as of May 1, 2018 by the following "
            'parties:\n\n(1) Wang Lei, a PRC citizen with ID No. 110101198001011234 (the "Grantor");\n\n(2) '
            'Beijing Xinhua Technology Co., Ltd. (the "WFOE"); and\n\n(3) Beijing Anhua Network Co., Ltd. (the '
            '"Company").'
        ),
        [
            "Beijing Anhua Network Co., Ltd.",
            "Beijing Xinhua Technology Co., Ltd.",
            "Company",
            "Grantor",
            "WFOE",
            "Wang Lei",
        ],
    ),
]


@pytest.mark.parametrize("layout,expected", PRC_LAYOUTS)
def test_layouts_of_prc_contracts(layout: str, expected: list[str]) -> None:
    assert names("AGREEMENT\n\n" + layout + BODY) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "FRANCHISE. GOOD CAUSE SHALL INCLUDE, BUT IS NOT LIMITED",
        "PROVIDED BY FOR A COMMUNICATIONS SERVICE PROVIDER MEDIACOM, LLC",
    ],
)
def test_sentences_in_capitals_that_end_in_a_legal_form_are_no_names(phrase: str) -> None:
    from contractscan.parties import _finish_name

    assert _finish_name(phrase) is None


@pytest.mark.parametrize(
    "label", ["Reseller Full Legal Name:", "RESELLER FULL LEGAL NAME", "Company Name:"]
)
def test_form_field_labels_in_capitals_are_not_part_of_the_name(label: str) -> None:
    from contractscan.parties import _finish_name

    assert _finish_name(f"{label} QUAYSIDE NETWORKS, INC.") == "QUAYSIDE NETWORKS, INC."


@pytest.mark.parametrize(
    "subject",
    [
        "REGARDING DEVELOPMENT OF WATER WELLS",
        "FOR THE SUPPLY OF PUMPS",
        "RELATING TO THE HALDEN PLANT",
    ],
)
def test_a_titles_subject_after_the_last_name(subject: str) -> None:
    text = (
        f"COOPERATION AGREEMENT BETWEEN HALDEN WATER DISTRICT AND STOWE RESOURCES HOLDING CORP. {subject}\n\n"
        "The parties agree as follows." + BODY
    )
    got = names(text)
    assert "STOWE RESOURCES HOLDING CORP." in got and not [
        n for n in got if subject.split()[0] in n
    ]


def test_a_name_that_holds_for_the_keeps_it() -> None:
    from contractscan.parties import _finish_name

    assert (
        _finish_name("Lighthouse Foundation for the Blind") == "Lighthouse Foundation for the Blind"
    )


def test_an_ampersand_between_two_names_in_a_title() -> None:
    text = (
        "NON-EXCLUSIVE LICENSE AGREEMENT BETWEEN THE WEXFORD UNIVERSITY & LUMEN SURGICAL, INC.\n\nThe "
        "parties agree as follows." + BODY
    )
    assert names(text) == ["LUMEN SURGICAL, INC.", "WEXFORD UNIVERSITY"]


PUBLIC_BODIES = [
    # the state or country a public body lies in is no part of its name
    (
        'the County of Marin, California, a political subdivision of the State of California ("County")',
        ["County", "County of Marin"],
    ),
    ('the Town of Hollis, NH ("Town")', ["Town", "Town of Hollis"]),
    (
        'the Village of Alder Creek, State of New York ("Village")',
        ["Village", "Village of Alder Creek"],
    ),
    # "City and County of": one body, not a term and a name after "and"
    (
        'the City and County of Denver, Colorado, a home rule municipality ("City")',
        ["City", "City and County of Denver"],
    ),
    # descriptors of public bodies end the name
    ('the Port of Bellhaven, Washington, a port district ("Port")', ["Port", "Port of Bellhaven"]),
    (
        'Greater Ashford Transit Authority, a body politic and corporate ("Authority")',
        ["Authority", "Greater Ashford Transit Authority"],
    ),
    # a name that only starts like a city's keeps what follows
    (
        'City of London Investment Trust, plc ("Trust")',
        ["City of London Investment Trust, plc", "Trust"],
    ),
]


@pytest.mark.parametrize("first,expected", PUBLIC_BODIES)
def test_public_bodies_and_the_places_they_lie_in(first: str, expected: list[str]) -> None:
    text = (
        "SERVICES AGREEMENT\n\nThis Agreement is made between "
        f'{first}, and Redwood Transit Data LLC ("Consultant").' + BODY
    )
    assert names(text) == sorted([*expected, "Consultant", "Redwood Transit Data LLC"])


@pytest.mark.parametrize("form", ["s.r.o.", "a.s.", "Sp. z o.o.", "S.à r.l."])
def test_a_legal_form_in_lower_case_right_before_the_alias(form: str) -> None:
    text = (
        f'SUPPLY AGREEMENT\n\nThis Agreement is made between Ostrava Foundry Castings {form} ("Supplier") '
        'and Wexford Marine Engineering Ltd ("Buyer").' + BODY
    )
    assert parties(text) == {
        P: [f"Ostrava Foundry Castings {form}", "Supplier"],
        C: ["Wexford Marine Engineering Ltd", "Buyer"],
    }


# --------------------------------------------------------------------------- part nine's round


@pytest.mark.parametrize(
    "below",
    ["\n\nand\n\nBRAMBLE SHIPPING LIMITED", "\nSignature: ________", "\n(org. no. 912 345 678)"],
)
def test_a_name_in_capitals_ending_in_as_on_a_line_of_its_own(below: str) -> None:
    text = f"DATED 2 May 2024\n\nKELDA OFFSHORE AS{below}\n\nCHARTER AGREEMENT" + BODY
    assert "KELDA OFFSHORE AS" in names(text)


@pytest.mark.parametrize(
    "line",
    [
        "NOW, THEREFORE, THE PARTIES AGREE AS\nfollows:",
        "THE PARTIES HAVE AGREED AS\nFOLLOWS:",
        "IT IS HEREBY AGREED AS\n\nFOLLOWS",
    ],
)
def test_as_at_the_end_of_a_line_of_capitals_in_a_sentence_is_no_legal_form(line: str) -> None:
    text = (
        'SUPPLY AGREEMENT\n\nThis Agreement is made between Tallow Ridge Inc. ("Tallow") and '
        f'Quarry Lane LLC ("Quarry").\n\n{line}' + BODY
    )
    assert names(text) == sorted(["Tallow Ridge Inc.", "Tallow", "Quarry Lane LLC", "Quarry"])


@pytest.mark.parametrize("number", ["1.1", "2.1.", "3.1"])
def test_a_two_level_clause_number_before_a_party_is_no_part_of_its_name(number: str) -> None:
    text = (
        f'LEASE\n\n1. PARTIES\n\n{number} Fernhill Estates Limited ("Landlord").\n\n'
        '1.9 Oriel Bakery Ltd ("Tenant").\n\n2. PREMISES\n\nUnit 4.'
    )
    assert names(text) == sorted(
        ["Fernhill Estates Limited", "Landlord", "Oriel Bakery Ltd", "Tenant"]
    )


@pytest.mark.parametrize(
    "label", ["Customer Legal Name", "Customer Full Name", "Customer Name", "Customer"]
)
def test_a_role_field_with_a_name_word_in_its_label(label: str) -> None:
    text = (
        f"ORDER FORM\n\n{label}: Ashgrove Unified School District\nVendor: Lumen Tutors, Inc.\n"
        + BODY
    )
    assert names(text) == sorted(
        ["Ashgrove Unified School District", "Customer", "Lumen Tutors, Inc.", "Vendor"]
    )


@pytest.mark.parametrize("verb", ["forming", "to form", "to establish", "to incorporate"])
def test_the_company_the_parties_form_is_no_party(verb: str) -> None:
    text = (
        'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Tallow Ridge Inc. ("Tallow") and '
        f'Quarry Lane LLC ("Quarry") for the purpose of {verb} Ridge Lane Holdings LLC (the "JV '
        'Company").' + BODY
    )
    assert names(text) == sorted(["Tallow Ridge Inc.", "Tallow", "Quarry Lane LLC", "Quarry"])


_LETTER = "Dear Sirs,\n\nWe confirm the revised schedule.\n\n1. Deliveries are weekly.\n\n2. Prices stay.\n\n"
_BLOCK = "\n\n{name}\n\nBy: /s/ A. Signer\nName: A. Signer\nTitle: Officer\n"


@pytest.mark.parametrize("closing", ["Very truly yours,", "Yours faithfully,", "Sincerely,"])
@pytest.mark.parametrize(
    "accept", ["ACKNOWLEDGED AND AGREED:", "ACCEPTED AND AGREED TO:", "Agreed and accepted by:"]
)
def test_a_letter_signed_off_and_accepted_without_a_signature_clause(
    closing: str, accept: str
) -> None:
    text = (
        _LETTER
        + closing
        + _BLOCK.format(name="ALDER PAPER MILLS, INC.")
        + "\n"
        + accept
        + _BLOCK.format(name="GREYSTONE PRINT LLC")
    )
    assert names(text) == ["ALDER PAPER MILLS, INC.", "GREYSTONE PRINT LLC"]


def test_acknowledged_and_agreed_under_a_contracts_signature_blocks_stays_a_bystander() -> None:
    text = (
        'LICENSE AGREEMENT\n\nThis Agreement is made between Tallow Ridge Inc. ("Licensor") and '
        'Quarry Lane LLC ("Licensee").\n\n1. Grant\n\nA licence is granted.\n\n'
        "IN WITNESS WHEREOF, the parties have signed this Agreement.\n\nTALLOW RIDGE INC.\n\nBy: ____\n\n"
        "QUARRY LANE LLC\n\nBy: ____\n\nACKNOWLEDGED AND AGREED:\n\nRIDGE ADVISERS LLC\n\nBy: ____\n"
    )
    assert names(text) == sorted(["Tallow Ridge Inc.", "Licensor", "Quarry Lane LLC", "Licensee"])


def test_a_name_given_an_alias_after_the_signatures_is_in_a_sentence_not_a_block() -> None:
    text = (
        'LICENSE AGREEMENT\n\nThis Agreement is made between Tallow Ridge Inc. ("Licensor") and '
        'Quarry Lane LLC ("Licensee").\n\n1. Grant\n\nA licence is granted.\n\n'
        "IN WITNESS WHEREOF, the parties have signed this Agreement.\n\nTALLOW RIDGE INC.\n\nBy: ____\n\n"
        "QUARRY LANE LLC\n\nBy: ____\n\nReserved properties: rights subject to agreements with "
        'Gridiron Media LLC ("GML") and Fanfare Broadcasting, Inc. ("Fanfare") until 2030.\n'
    )
    assert names(text) == sorted(["Tallow Ridge Inc.", "Licensor", "Quarry Lane LLC", "Licensee"])


_RELEASE = (
    "Harbor Bancorp Signs Outsourcing Agreement\n\nTRENTON, NJ -- March 3, 2001 -- Harbor Bancorp "
    "(Nasdaq: HRBC) announced today that its principal subsidiary, Harbor Savings Bank, {verb} a "
    "five-year agreement with Lattice Data Group, Inc. under which Lattice will process payments.\n"
)


@pytest.mark.parametrize("verb", ["has entered into", "signed", "has executed"])
def test_a_press_releases_subsidiary_that_signs_is_a_party(verb: str) -> None:
    assert "Harbor Savings Bank" in names(_RELEASE.format(verb=verb))


@pytest.mark.parametrize("verb", ["which owns the building, chose", "whose staff will use"])
def test_a_press_releases_subsidiary_that_does_not_sign_is_no_party(verb: str) -> None:
    assert "Harbor Savings Bank" not in names(_RELEASE.format(verb=verb))


def test_a_trade_name_belongs_to_the_name_right_before_its_marker() -> None:
    text = (
        "SERVICES AGREEMENT\n\nThis Agreement is made between OAKWOOD CLINICS, INC., an Ohio "
        'nonprofit corporation ("Oakwood"), and MEDIQ SOLUTIONS, LLC, d/b/a MEDIQ PARTNERS, a '
        'Delaware limited liability company ("MEDIQ").' + BODY
    )
    got = parties(text)
    assert [ns for ns in got.values() if "MEDIQ PARTNERS" in ns] == [
        ["MEDIQ SOLUTIONS, LLC", "MEDIQ", "MEDIQ PARTNERS"]
    ]


@pytest.mark.parametrize(
    "name",
    [
        "The Trustees of Ashbury State College in the City of New Amsterdam",
        "THE TRUSTEES OF ASHBURY STATE COLLEGE IN THE CITY OF NEW AMSTERDAM",
    ],
)
def test_an_institutions_seat_stays_in_its_name(name: str) -> None:
    text = (
        f"LICENSE AGREEMENT\n\nThis Agreement is made between {name}, a New York corporation "
        '("Ashbury"), and Helix Gene, Inc. ("Licensee"). The software is installed in the City of '
        "New Amsterdam." + BODY
    )
    bare = name.removeprefix("The ").removeprefix("THE ")
    assert names(text) == sorted([bare, "Ashbury", "Helix Gene, Inc.", "Licensee"])


@pytest.mark.parametrize("owner", ["its principal", "its sole shareholder", "his founder"])
def test_a_companys_principal_defined_together_with_it(owner: str) -> None:
    text = (
        'CONSULTING AGREEMENT\n\nThis Agreement is made between Blue Heron Mining Corp. (the "Company") '
        f"and Westridge Advisory Ltd., a British Columbia company, and {owner}, James Moreau "
        '(collectively, the "Consultant").' + BODY
    )
    assert "James Moreau" in names(text)


def test_a_principal_place_of_business_names_no_principal() -> None:
    text = (
        'CONSULTING AGREEMENT\n\nThis Agreement is made between Blue Heron Mining Corp. (the "Company") '
        "and Westridge Advisory Ltd., a British Columbia company, and its principal place of business, "
        'Vancouver Harbour Tower (collectively, the "Consultant").' + BODY
    )
    assert "Vancouver Harbour Tower" not in names(text)
