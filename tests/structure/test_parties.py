"""Parties, roles, aliases and merging across a contract set."""

from __future__ import annotations

import pytest

from contractscan.manifest import ManifestDocument
from contractscan.models import DocumentKind, Party, PartyRole
from contractscan.parties import merge_parties, names_match, role_aliases
from contractscan.structure import analyze_structure

from .helpers import doc

P, C, E, D = PartyRole.provider, PartyRole.customer, PartyRole.end_user, PartyRole.data_supplier

CASES = [
    (
        "msa preamble with role words",
        (
            "MASTER SERVICES AGREEMENT\n\nThis Master Services Agreement is entered into by and between "
            'Acme AI, Inc., a Delaware corporation ("Provider"), and Beta Health LLC, a Texas limited '
            'liability company ("Customer").\n\n1. Services\n\nProvider will provide the Services.\n'
        ),
        {P: ["Acme AI, Inc.", "Provider"], C: ["Beta Health LLC", "Customer"]},
    ),
    (
        "terms of service: we and you",
        (
            "Terms of Service\n\nThese Terms are between Larkspur Intelligence, Inc. "
            '("Larkspur", "we", "us" or "our") and the person who uses the Services ("you").\n\n'
            "1. Use\n\nYou may use the Services. We provide them. Your account is yours.\n"
        ),
        {P: ["Larkspur Intelligence, Inc.", "Larkspur", "we", "us", "our"], C: ["you"]},
    ),
    (
        "end-user terms: we is the customer, you the end user",
        (
            'Candidate Terms of Use\n\nIn these Terms, "Brightwater", "we" and "us" mean Brightwater '
            'Outfitters, Inc., an Ohio corporation, and "you" means the individual applying.\n\n'
            "1. Applying\n\nYou apply. We review. Your data is ours to process. You agree.\n"
        ),
        {C: ["Brightwater Outfitters, Inc.", "Brightwater", "we", "us"], E: ["you"]},
    ),
    (
        "data-labelling SOW: contractor is the data supplier",
        (
            "STATEMENT OF WORK\n\nThis SOW is entered into between Halyard Ltd, a company incorporated in "
            'England ("Company"), and Tessellate Data LLC, a Delaware limited liability company '
            '("Contractor").\n\n1. Scope\n\nContractor will label data.\n'
        ),
        {P: ["Halyard Ltd", "Company"], D: ["Tessellate Data LLC", "Contractor"]},
    ),
    (
        "names without role words: the first is the provider",
        (
            'PROMOTION AGREEMENT\n\nThis Agreement is made between CNET, Inc. ("CNET") and Cyberian '
            'Outpost, Inc. (the "Company").\n\n1. Background\n\nText.\n'
        ),
        {P: ["CNET, Inc.", "CNET"], C: ["Cyberian Outpost, Inc.", "Company"]},
    ),
    (
        "welcome line with affiliates in the parenthesis",
        (
            "Terms of Service\n\nThank you for your interest in Nimbus Labs, Inc. (including its affiliates, "
            'successors and assigns, "Nimbus", "we", "our" or "us"). You agree to these Terms when '
            '("Users" or "you") use the Service.\n\n1. Use\n\nYou may use it. We run it. Your account.\n'
        ),
        {P: ["Nimbus Labs, Inc.", "Nimbus", "we", "our", "us"], C: ["Users", "you"]},
    ),
    (
        "name above an address block, 'hereinafter referred to as'",
        (
            "SUPPLY CONTRACT\n\nBETWEEN:\n\nNORDIC FOODS AB, a company incorporated under the laws of Sweden, "
            "with its registered office at Storgatan 1, 111 22 Stockholm, Sweden, registration number: "
            '556000-0000.\n\nHereinafter referred to as the "Supplier",\n\nAND:\n\nCASA VERDE S.A., a '
            'company incorporated under the laws of Spain,\n\nHereinafter referred to as the "Buyer".\n\n'
            "1. Supply\n\nText.\n"
        ),
        {P: ["NORDIC FOODS AB", "Supplier"], C: ["CASA VERDE S.A.", "Buyer"]},
    ),
    (
        "terms of service name the company that says 'we' only near the end",
        (
            "Terms of Service\n\n1. Use\n\nWe provide the Services to you. You may use them. "
            "Our rules apply to you and we may change them.\n\n12. Miscellaneous\n\nThese Terms are "
            "the entire agreement between you and Quillfeather concerning the Services. You and "
            "Quillfeather agree to the courts of Ohio.\n"
        ),
        {P: ["we", "Quillfeather"], C: ["you"]},
    ),
    (
        "terms of service named in the title only",
        (
            "Quillfeather Terms of Service\n\n1. Use\n\nWe provide the Services to you. You may use "
            "them. Our rules apply to you and we may change them.\n"
        ),
        {P: ["we", "Quillfeather"], C: ["you"]},
    ),
    (
        "terms of service: the company's regional entity is the provider, not a third party",
        (
            "Terms of Service\n\nThese Terms are between you and Quillfeather, Inc. "
            '("Quillfeather", "we" or "us"). If you live in the EU, these Terms are a contract between '
            "you and Featherworks Europe Ltd., an Irish company.\n\n1. Use\n\nYou may use it. We run "
            "it. Your account is yours.\n"
        ),
        {
            P: ["Quillfeather, Inc.", "Quillfeather", "we", "us", "Featherworks Europe Ltd."],
            C: ["you"],
        },
    ),
    (
        "a notice in capitals is not a party; a country is not a name",
        (
            "ZOOMLY TERMS OF SERVICE\n\nBY USING THE SERVICES YOU AGREE TO BE BOUND BY THESE TERMS OF "
            "SERVICE AND ALL EXHIBITS, ORDER FORMS, AND POLICIES (THE “AGREEMENT”). The Services are "
            "made available by Zoomly B.V., a private limited liability company established in the "
            "Netherlands (“Zoomly”). We run them for you and our staff help. You may use them. We "
            "may change them. Your account is yours.\n"
        ),
        {P: ["Zoomly B.V.", "Zoomly", "we"], C: ["you"]},
    ),
    (
        "a person party without a corporate suffix, introduced in the parties' sentence",
        (
            'ENDORSEMENT AGREEMENT\n\nThis Agreement is made by and between Acme Foods, Inc. ("Acme") '
            'and Maria Okonkwo ("Individual") on her own behalf.\n\n1. Endorsement\n\nText.\n'
        ),
        {P: ["Acme Foods, Inc.", "Acme"], C: ["Maria Okonkwo", "Individual"]},
    ),
    (
        "'hereinafter referred to as' names a party; a capitalised partnership with LP",
        (
            'SERVICES CONTRACT\n\nRiverbend Holdings LP, hereinafter referred to as the "Principal", '
            'on the one side and Northgate Carriers, hereinafter referred to as the "Carrier", on the '
            "other side, agree as follows.\n\n1. Services\n\nText.\n"
        ),
        {P: ["Riverbend Holdings LP", "Principal"], C: ["Northgate Carriers", "Carrier"]},
    ),
    (
        "a filing's 'Source:' footer does not name a party",
        (
            'SUPPLY AGREEMENT\n\nThis Agreement is made between ACME SUPPLY LIMITED ("Supplier") and '
            'Beta Retail LLC ("Buyer").\n\nSource: GAMMA HOLDINGS, INC., 10-K, 3/1/2019\n\n'
            "1. Supply\n\nText.\n"
        ),
        {P: ["ACME SUPPLY LIMITED", "Supplier"], C: ["Beta Retail LLC", "Buyer"]},
    ),
    (
        "a person after a place and 'and'; a city as a party",
        (
            "SERVICES AGREEMENT\n\nThis Agreement is made by and between the City of Lakewood, Ohio, a "
            'municipal corporation ("Lakewood"), located in Lakewood, Ohio and Dana Whitfield, '
            '(hereinafter referred to as the "Consultant").\n\n1. Services\n\nText.\n'
        ),
        {P: ["Dana Whitfield", "Consultant"], C: ["City of Lakewood, Ohio", "Lakewood"]},
    ),
    (
        "a title page and contents saying 'by and between' before the real preamble",
        (
            "LICENSE AGREEMENT by and between ORCHID BIO, INC. and FERN PHARMA LIMITED\n\n"
            "TABLE OF CONTENTS\n\n"
            + "".join(f"{i}. Heading number {i} {i + 2}\n" for i in range(1, 130))
            + "\n"
            'This License Agreement is made by and between Orchid Bio, Inc. ("Orchid") and Fern '
            'Pharma Limited ("Fern").\n\n1. Definitions\n\nText.\n'
        ),
        {P: ["Orchid Bio, Inc.", "Orchid"], C: ["Fern Pharma Limited", "Fern"]},
    ),
    (
        "labelled layout: 'Party A:' lines with an address after the name",
        (
            "TECHNOLOGY AGREEMENT\n\nThis Agreement is entered into between the following parties:\n\n"
            "Party A: Lotus Harbor Technology (Suzhou) Co., Ltd.  Address: 12 Garden Road, Suzhou\n"
            "Party B: Suzhou Lotus Software Co., Ltd. Address: 14 Garden Road, Suzhou\n\n"
            "1. Licence\n\nText.\n"
        ),
        {
            P: ["Lotus Harbor Technology (Suzhou) Co., Ltd."],
            C: ["Suzhou Lotus Software Co., Ltd."],
        },
    ),
    (
        "cover page fields: 'SPONSOR:   Name: ...'",
        (
            "SPONSORSHIP AGREEMENT SUMMARY\n\nSPONSOR:              Name: Tidewater Taco Kitchen "
            'Phone: 555-0100\n\nBENEFITS: Harbor Stadium Funding LLC ("HSF") shall provide Sponsor '
            "with signage.\n\n1. Benefits\n\nText.\n"
        ),
        {P: ["Harbor Stadium Funding LLC", "HSF"], C: ["Tidewater Taco Kitchen"]},
    ),
    (
        "press release: a company and its ticker",
        (
            "Granite Valley Bancorp Signs Outsourcing Agreement\n\nAUSTIN, TX -- Granite Valley Bancorp "
            "(Nasdaq: GVBC) announced today a multi-year agreement with Lattice Processing, Inc. "
            "whereby Lattice will process its items.\n"
        ),
        {P: ["Granite Valley Bancorp", "GVBC"], C: ["Lattice Processing, Inc."]},
    ),
    (
        "signature-only names: a date or the last signer's title before the entity line",
        (
            "JOINT FILING AGREEMENT\n\nEach party hereto agrees to the joint filing of the statement."
            "\n\nIN WITNESS WHEREOF, each party hereto has caused this agreement to be executed.\n\n"
            "Date: April 7, 2020 GRANITE BANK CORPORATION\n\nBy: /s/ Ann Lee\nName: Ann Lee\n"
            "Title: Attorney-in-fact GRANITE PREFERRED FUNDING CORPORATION\n\nBy: /s/ Bo Chan\n"
            "Name: Bo Chan\nTitle: Authorized Signatory\n"
        ),
        {P: ["GRANITE BANK CORPORATION"], C: ["GRANITE PREFERRED FUNDING CORPORATION"]},
    ),
    (
        "a Luxembourg partnership name with lower-case parts",
        (
            "USER AGREEMENT\n\nThese are the terms of the contract between you and Quill (Europe) S.à "
            "r.l. et Cie, S.C.A. (“Quill”). We provide the account. You may use it. Our fees apply to "
            "you and we may change them.\n"
        ),
        {P: ["Quill (Europe) S.à r.l. et Cie, S.C.A.", "Quill", "we"], C: ["you"]},
    ),
    (
        "'is made available' does not introduce the parties",
        (
            "Terms of Use\n\nThese Terms are between you and Corvid Pay, Inc. We provide the service and "
            "our rules apply to you. We may change them."
            + " Your account is yours to keep."
            * 25
            + "\n\n1. Eligibility\n\nYou must live in a "
            'country where the service is made available (the "Eligible Countries").\n'
        ),
        {P: ["Corvid Pay, Inc.", "we"], C: ["you"]},
    ),
    (
        "a letter: 'a shareholder of X, Inc. (\"X\")' names a party; 'the laws of' does not",
        (
            "AFFILIATE AGREEMENT\n\nGentlemen:\n\nThe undersigned is a shareholder of Marsh Valley "
            'Supply, Inc. ("MVS"), a corporation organized under the laws of Delaware, and will become '
            'a shareholder of Heron Medical, Inc. ("Heron").\n\n1. Shares\n\nText.\n'
        ),
        {P: ["Marsh Valley Supply, Inc.", "MVS"], C: ["Heron Medical, Inc.", "Heron"]},
    ),
    (
        "signature blocks: a Luxembourg S.À R.L in capitals",
        (
            "JOINT FILING AGREEMENT\n\nEach party hereto agrees to the joint filing of the statement."
            "\n\nIN WITNESS WHEREOF, each party hereto has caused this agreement to be executed.\n\n"
            "NORTHWIND CAPITAL, LLC\n\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager\n\n"
            "NORTHWIND ONSHORE LUX S.À R.L\n\nBy: /s/ Bo Chan\nName: Bo Chan\nTitle: Manager\n"
        ),
        {P: ["NORTHWIND CAPITAL, LLC"], C: ["NORTHWIND ONSHORE LUX S.À R.L"]},
    ),
    (
        "terms of service that define 'we' in a clause after the preamble",
        (
            "TERMS OF USE\n\nWelcome. Please read these terms. You agree to them by using the games."
            + " They apply to your account." * 30
            + "\n\n1. The Services\n\n1.1 The services are provided to you, now or later, by "
            "its owner KESTREL GAMES S.A. (collectively “Kestrel” or “we”). We run them and our rules "
            "apply. We may change them.\n"
        ),
        {P: ["KESTREL GAMES S.A.", "Kestrel", "we"], C: ["you"]},
    ),
    (
        "title line 'by and between' without definitions",
        (
            "COLLABORATION AGREEMENT by and between THERAVANCE, INC. and GLAXO GROUP LIMITED\n\n"
            "1. Definitions\n\nWords.\n"
        ),
        {P: ["THERAVANCE, INC."], C: ["GLAXO GROUP LIMITED"]},
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_parties(name: str, text: str, expected: dict) -> None:
    st = analyze_structure(doc(text))
    got = {p.role: p.names for p in st.parties}
    assert got == expected


def test_hints_force_kind_and_names() -> None:
    text = 'Agreement between Acme, Inc. ("Acme") and Beta, Inc. ("Beta").\n\n1. Terms\n\nText.\n'
    hints = ManifestDocument(path="x.txt", kind=DocumentKind.sow, parties={D: ["Beta"]})
    st = analyze_structure(doc(text), hints=hints)
    assert st.kind == DocumentKind.sow
    roles = {p.role: p.names for p in st.parties}
    assert "Beta" in roles[D]
    assert all("Beta" not in names for role, names in roles.items() if role != D)


def test_role_aliases_include_short_forms_and_pronoun_families() -> None:
    parties = [
        Party(role=P, names=["Acme AI, Inc.", "we"]),
        Party(role=C, names=["Customer", "you"]),
    ]
    aliases = role_aliases(parties)
    assert aliases["acme ai, inc."] == P
    assert aliases["acme ai"] == P
    assert aliases["acme"] == P
    assert aliases["us"] == P and aliases["our"] == P
    assert aliases["your"] == C and aliases["customer"] == C


def test_merge_parties_across_documents() -> None:
    merged = merge_parties(
        [
            [Party(role=P, names=["Acme AI, Inc.", "Acme"], documents=["D1"])],
            [
                Party(role=P, names=["acme", "Provider"], documents=["D2"]),
                Party(role=C, names=["Customer"]),
            ],
        ]
    )
    assert [p.role for p in merged] == [P, C]
    assert merged[0].names == ["Acme AI, Inc.", "Acme", "Provider"]
    assert merged[0].documents == ["D1", "D2"]


@pytest.mark.parametrize(
    "pred,gold,ok",
    [
        ("Acme AI, Inc.", "ACME AI INC", True),
        ("Acme AI", "Acme AI, Inc.", True),
        ("the Customer", "Customer", True),
        ("Acme", "Acmeco Ltd", False),
        ("Inc.", "Acme, Inc.", False),
    ],
)
def test_names_match(pred: str, gold: str, ok: bool) -> None:
    assert names_match(pred, gold) is ok
