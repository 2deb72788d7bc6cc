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
        {P: ["Dana Whitfield", "Consultant"], C: ["City of Lakewood", "Lakewood"]},
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
    (
        "a party named only by where it is identified, after a named one",
        (
            "FRANCHISE AGREEMENT\n\nThis Franchise Agreement is entered into between Juniper Oven "
            "Holdings, Inc., a Florida corporation, and the individual or entity identified on the "
            'cover page ("Franchisee"). In this Agreement, "we" and "us" refer to Juniper Oven '
            'Holdings, Inc. "You" and "your" refer to the Franchisee.\n\n1. Grant\n\nWe grant you '
            "a franchise.\n\n2. Fees\n\nYou will pay us a fee.\n"
        ),
        {P: ["Juniper Oven Holdings, Inc.", "we", "us"], C: ["Franchisee", "You", "your"]},
    ),
    (
        "a customer named only in the order form, after the provider",
        (
            "SUBSCRIPTION AGREEMENT\n\nThis Subscription Agreement is made between Larchmont "
            "Analytics Ltd, a company registered in England, and the entity named in the Order Form "
            '("Customer").\n\n1. Services\n\nLarchmont Analytics Ltd will provide the Services to '
            "Customer.\n\n2. Fees\n\nCustomer will pay the fees.\n"
        ),
        {P: ["Larchmont Analytics Ltd"], C: ["Customer"]},
    ),
]


T = PartyRole.third_party

# layouts of real contracts beyond the one-sentence preamble (all text made up)
LAYOUTS = [
    (
        "numbered parties with UK descriptors and registered numbers",
        (
            "SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made on 3 May 2021\n\nBETWEEN:\n\n(1) HARROWGATE "
            "SYSTEMS LIMITED, a company incorporated in England and Wales (registered number 01234567) "
            'whose registered office is at 1 Mill Lane, Leeds (the "Supplier"); and\n\n(2) QUILLON BANK '
            "PLC, a company incorporated in Scotland (registered number SC000111) whose registered office "
            'is at 4 Bridge Street, Glasgow (the "Customer").\n\n1. Definitions\n\nText.\n'
        ),
        {P: ["HARROWGATE SYSTEMS LIMITED", "Supplier"], C: ["QUILLON BANK PLC", "Customer"]},
    ),
    (
        "d/b/a after the descriptor: the trade name is an alias",
        (
            "LICENSE AGREEMENT\n\nThis License Agreement is entered into between Marrow & Pike, Inc., an "
            'Ohio corporation d/b/a Pikeline Foods ("Licensor"), and Tolland Brands LLC ("Licensee").'
            "\n\n1. Grant\n\nText.\n"
        ),
        {
            P: ["Marrow & Pike, Inc.", "Licensor", "Pikeline Foods"],
            C: ["Tolland Brands LLC", "Licensee"],
        },
    ),
    (
        "'doing business as' right after the name does not split the name",
        (
            "LICENSE AGREEMENT\n\nThis License Agreement is entered into between Marrow & Pike, Inc. "
            'doing business as Pikeline Foods ("Licensor"), and Tolland Brands LLC ("Licensee").'
            "\n\n1. Grant\n\nText.\n"
        ),
        {
            P: ["Marrow & Pike, Inc.", "Licensor", "Pikeline Foods"],
            C: ["Tolland Brands LLC", "Licensee"],
        },
    ),
    (
        "table of parties with role labels (P.C. is a corporate suffix)",
        (
            "SERVICES AGREEMENT\n\nPARTIES\n\nCustomer:    Wexford Dental Group, P.C.\nAddress:     10 Elm "
            "Road\n\nProvider:    Larchmont Analytics, Inc.\nAddress:     2 Oak Road\n\n1. Services\n\nText.\n"
        ),
        {
            P: ["Larchmont Analytics, Inc.", "Provider"],
            C: ["Wexford Dental Group, P.C.", "Customer"],
        },
    ),
    (
        "cover page: between / NAME / and / NAME on their own lines",
        (
            "MASTER SERVICES AGREEMENT\n\nbetween\n\nORRIN CLOUD SERVICES, INC.\n\nand\n\nVELLUM INSURANCE "
            "COMPANY\n\nDated as of June 1, 2019\n\n\n\nTABLE OF CONTENTS\n\n1. Definitions 1\n\nThis "
            "Agreement is entered into by Orrin and Vellum.\n\n1. Definitions\n\nText.\n"
        ),
        {P: ["ORRIN CLOUD SERVICES, INC."], C: ["VELLUM INSURANCE COMPANY"]},
    ),
    (
        "parties named only in the signature block; the signer's title is not part of the name",
        (
            "SERVICES AGREEMENT\n\n1. Services\n\nThe Provider will provide the services to the Customer."
            "\n\n2. Fees\n\nCustomer pays.\n\nIN WITNESS WHEREOF the parties have signed.\n\nWEXFORD DENTAL "
            "GROUP, P.C.\n\nBy: /s/ Jane Roe\nName: Jane Roe\nTitle: CEO\n\nLARCHMONT ANALYTICS, INC.\n\n"
            "By: /s/ John Doe\nName: John Doe\nTitle: CFO\n"
        ),
        {P: ["WEXFORD DENTAL GROUP, P.C."], C: ["LARCHMONT ANALYTICS, INC."]},
    ),
    (
        "a country after the suffix is not part of the name",
        (
            "DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Pellucid Optics Ltd., Israel "
            '("Pellucid"), and Norland Medical GmbH, Germany ("Distributor").\n\n1. Appointment\n\nText.\n'
        ),
        {P: ["Pellucid Optics Ltd.", "Pellucid"], C: ["Norland Medical GmbH", "Distributor"]},
    ),
    (
        "a country in brackets after the suffix is not part of the name",
        (
            'AGREEMENT\n\nThis Agreement is made between Sable Robotics Ltd. (Israel) ("Sable") and Tundra '
            'Motors B.V., Netherlands ("Tundra").\n\n1. Terms\n\nText.\n'
        ),
        {P: ["Sable Robotics Ltd.", "Sable"], C: ["Tundra Motors B.V.", "Tundra"]},
    ),
    (
        "foreign suffixes: AB, Pte. Ltd., K.K.",
        (
            "AGREEMENT\n\nThis Agreement is made between Fjordlys Analyse AB, a Swedish company "
            '("Fjordlys"), and Tamarind Holdings Pte. Ltd., a Singapore company ("Tamarind") and Kaizen '
            'Denki K.K. ("Kaizen").\n\n1. Appointment\n\nText.\n'
        ),
        {
            P: ["Fjordlys Analyse AB", "Fjordlys"],
            C: ["Tamarind Holdings Pte. Ltd.", "Tamarind"],
            T: ["Kaizen Denki K.K.", "Kaizen"],
        },
    ),
    (
        "all-caps names with foreign suffixes and no definitions",
        (
            "AGREEMENT\n\nThis Agreement is made between FJORDLYS ANALYSE AB and TAMARIND DADOS LTDA.\n\n"
            "1. Appointment\n\nText.\n"
        ),
        {P: ["FJORDLYS ANALYSE AB"], C: ["TAMARIND DADOS LTDA."]},
    ),
    (
        "BETWEEN:/AND: blocks, a G.I.E. 'established under' the law, 'Hereafter referred to as'",
        (
            "MAINTENANCE AGREEMENT\n\nThis agreement is entered into on 6 January 2016.\n\nBETWEEN:\n\n"
            "ORLA AEREA S/A, a company incorporated under the laws of Brazil, whose registered office is at "
            'Rua Um 10, Sao Paulo.\n\nHereafter referred to as the "Company",\n\nAND:\n\nAVIONIQUE DU SUD, '
            "G.I.E., a French groupement d'intérêt économique established under French law, whose "
            'registered office is at 2 rue Deux, 31000 Toulouse,\n\nHereafter referred to as the "Repairer"'
            ".\n\nRECITALS:\n\nWHEREAS the parties agree.\n\n1. Definitions\n\nText.\n"
        ),
        {P: ["ORLA AEREA S/A", "Company"], C: ["AVIONIQUE DU SUD, G.I.E.", "Repairer"]},
    ),
    (
        "name above its address block, definition below it",
        (
            "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made by and between:\n\nNorthwind Traders "
            'Inc.\n123 Main Street\nSpringfield, IL 62701\n("Northwind")\n\nand\n\nSouthgate Labs LLC\n9 '
            'Harbor Road\nPortland, ME 04101\n("Consultant")\n\n1. Services\n\nText.\n'
        ),
        {P: ["Southgate Labs LLC", "Consultant"], C: ["Northwind Traders Inc.", "Northwind"]},
    ),
    (
        "unquoted role words in brackets after numbered parties",
        (
            "SERVICES AGREEMENT\n\nPARTIES\n\n(1) BRAMBLE LOGISTICS LIMITED incorporated and registered in "
            "England and Wales with company number 01234567 whose registered office is at 4 Dock Road, Hull "
            "(Supplier).\n\n(2) CORVID FOODS PLC incorporated and registered in England and Wales with "
            "company number 07654321 whose registered office is at 8 Mill Street, York (Customer).\n\n"
            "AGREED TERMS\n\n1. Interpretation\n\nText.\n"
        ),
        {P: ["BRAMBLE LOGISTICS LIMITED", "Supplier"], C: ["CORVID FOODS PLC", "Customer"]},
    ),
    (
        "a defined product in the party sentence is no party",
        (
            "SOFTWARE LICENSE AGREEMENT\n\nThis Agreement is made between Ostrander Labs, Inc. "
            '("Ostrander") and Pell Medical Group ("Licensee") for the Ostrander Vision Suite (the '
            '"Licensed Software").\n\n1. Grant\n\nText.\n'
        ),
        {P: ["Ostrander Labs, Inc.", "Ostrander"], C: ["Pell Medical Group", "Licensee"]},
    ),
    (
        "three parties in a comma list without definitions",
        (
            "AGREEMENT\n\nThis Agreement is entered into by and among Alder Mobile, Inc., Birch Retail LLC "
            "and Cedar Payments Corp.\n\n1. Terms\n\nText.\n"
        ),
        {P: ["Alder Mobile, Inc."], C: ["Birch Retail LLC"], T: ["Cedar Payments Corp."]},
    ),
    (
        "names that start in lower case or with digits",
        (
            'AGREEMENT\n\nThis Agreement is entered into between eBay Inc. ("eBay") and 1-800-Pets.com, '
            'Inc. ("Pets").\n\n1. Terms\n\nText.\n'
        ),
        {P: ["eBay Inc.", "eBay"], C: ["1-800-Pets.com, Inc.", "Pets"]},
    ),
    (
        "'on behalf of itself and its Affiliates' ends the name",
        (
            "AGREEMENT\n\nThis Agreement is entered into between Quintet Health Systems, LLC, on behalf of "
            'itself and its Affiliates (collectively, "Quintet"), and Radius Imaging Inc ("Radius").\n\n'
            "1. Terms\n\nText.\n"
        ),
        {P: ["Quintet Health Systems, LLC", "Quintet"], C: ["Radius Imaging Inc", "Radius"]},
    ),
    (
        "unquoted aliases after 'hereinafter'",
        (
            "AGREEMENT\n\nThis Agreement is made by Tern Aviation Corp., a Delaware corporation, "
            "hereinafter the Company, and Wren Air Services, Inc., a Florida corporation, hereinafter "
            "the Contractor.\n\n1. Terms\n\nText.\n"
        ),
        {P: ["Wren Air Services, Inc.", "Contractor"], C: ["Tern Aviation Corp.", "Company"]},
    ),
    (
        "'and its subsidiaries' ends the name",
        (
            "AGREEMENT\n\nThis Agreement is made between Tern Aviation Corp. and its subsidiaries "
            '(collectively "Tern") and Wren Air Services, Inc. ("Wren").\n\n1. Terms\n\nText.\n'
        ),
        {P: ["Tern Aviation Corp.", "Tern"], C: ["Wren Air Services, Inc.", "Wren"]},
    ),
    (
        "'of the' inside a name",
        (
            "AGREEMENT\n\nThis Agreement is made between The Regents of the University of Calisota "
            '("Regents") and Wren Bio, Inc. ("Licensee").\n\n1. Terms\n\nText.\n'
        ),
        {
            P: ["Regents of the University of Calisota", "Regents"],
            C: ["Wren Bio, Inc.", "Licensee"],
        },
    ),
    (
        "signers in the preamble ('in the person of') are not parties",
        (
            'AGREEMENT\n\nJSC Tobol Oil, hereinafter referred to as the "Company", in the person of Director '
            "Ms. A. B. Serikova, acting on the basis of a power of attorney, on the one side and JSC Ural "
            'Drilling, hereinafter referred to as the "Contractor" in the person of Director Mr. C. D. '
            'Marsh, acting on the basis of the Charter, on the other side, collectively the "Parties", have '
            "entered into this Agreement.\n\n1. Subject\n\nText.\n"
        ),
        None,
    ),
]


def test_preamble_after_a_long_table_of_contents() -> None:
    toc = "".join(f"{i}.{j} Heading Words {i} {j}\n" for i in range(1, 30) for j in range(1, 15))
    assert len(toc) > 8000
    text = (
        "FRANCHISE AGREEMENT\n\nTABLE OF CONTENTS\n\n" + toc + "\n\nFRANCHISE AGREEMENT\n\nThis "
        "Franchise Agreement is made between Tern Aviation Corp., a Delaware corporation "
        '("Franchisor"), and Wren Air Services, Inc., a Florida corporation ("Franchisee").\n\n'
        "1. Grant\n\nText.\n\n2. Fees\n\nText.\n"
    )
    got = {p.role: p.names for p in analyze_structure(doc(text)).parties}
    assert got == {
        P: ["Tern Aviation Corp.", "Franchisor"],
        C: ["Wren Air Services, Inc.", "Franchisee"],
    }


@pytest.mark.parametrize("name,text,expected", LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_party_layouts(name: str, text: str, expected: dict | None) -> None:
    st = analyze_structure(doc(text))
    got = {p.role: p.names for p in st.parties}
    if expected is None:  # a precision trap: no signer's name among the parties
        names = [n for p in st.parties for n in p.names]
        assert names and not any(s in n for n in names for s in ("Serikova", "Marsh"))
    else:
        assert got == expected


TRAPS = [
    (
        "'THE LIMITED WARRANTY' in a run of capitals is no company",
        (
            'MAINTENANCE AGREEMENT\n\nThis Maintenance Agreement is between Zento Software, Inc. ("Zento") '
            'and Farmers Bank ("Bank").\n\nTHIS AGREEMENT IS SUBJECT TO THE MASTER AGREEMENT, INCLUDING THE '
            "LIMITED WARRANTY AND THE LIMITED LIABILITY PROVIDED THEREIN.\n\n1. Terms\n\nText.\n"
        ),
        ["WARRANTY", "LIABILITY", "INCLUDING"],
    ),
]


@pytest.mark.parametrize("name,text,forbidden", TRAPS, ids=[c[0] for c in TRAPS])
def test_party_precision_traps(name: str, text: str, forbidden: list[str]) -> None:
    names = [n for p in analyze_structure(doc(text)).parties for n in p.names]
    assert names and not [n for n in names if any(w in n for w in forbidden)]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_parties(name: str, text: str, expected: dict) -> None:
    st = analyze_structure(doc(text))
    got = {p.role: p.names for p in st.parties}
    assert got == expected


def test_terms_that_never_say_you_name_the_customer_in_their_glossary() -> None:
    text = (
        "BRUGHAVEN B.V.\nGENERAL TERMS AND CONDITIONS FOR THE PROCUREMENT AGENT\n\n"
        'Brughaven B.V. is registered in Utrecht, the Netherlands ("Brughaven").\n\n'
        "ARTICLE 1 - DEFINITIONS\n\n"
        "Agent: the software component of the Platform that prepares Orders for Client.\n"
        "Client: the legal entity or natural person that enters into an Agreement with Brughaven.\n"
        "Supplier: a third party from which Client purchases goods or services.\n\n"
        "ARTICLE 2 - SERVICES\n\n2.1 Brughaven provides the Platform to Client. Client pays "
        "the fees. Brughaven may suspend the Platform.\n"
    )
    roles = {p.role: p.names for p in analyze_structure(doc(text)).parties}
    assert roles.get(C) == ["Client"]
    assert "Supplier" not in [n for names in roles.values() for n in names]
    # where the terms speak to "you", the glossary's role word is not needed
    spoken = text.replace("Client pays the fees.", "You pay the fees. You agree. You must pay.")
    names = [n for p in analyze_structure(doc(spoken)).parties for n in p.names]
    assert "you" in names and "Client" not in names


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


# a comma inside a name stands only before its legal form or in a list of names joined by "&":
# a place in front of a name, after a comma, is no part of it
COMMA_NAMES = [
    (
        'This Distribution Agreement is made between Harbor Apparel LLC ("Distributor") and, for '
        'sales made in Portugal, Lisbonne Textiles Europe B.V. ("Supplier").',
        "Lisbonne Textiles Europe B.V.",
    ),
    (
        "This Supply Agreement is made between Harbor Apparel LLC, a Maine limited liability "
        "company, and, for the goods sold in Brazil, Santos Verde Comercio S.A., a Brazilian company.",
        "Santos Verde Comercio S.A.",
    ),
    (
        'This Agreement is made between Acme, Inc. ("Client") and Beta Labs LLC ("Vendor").',
        "Acme, Inc.",
    ),
    (
        'This Agreement is made between Acme Corp. ("Client") and Smith, Jones & Co., LLP ("Firm").',
        "Smith, Jones & Co., LLP",
    ),
    (
        'This Agreement is made between Foo Holdings, L.P. ("Fund") and Bar Advisers LLC ("Manager").',
        "Foo Holdings, L.P.",
    ),
    (
        'This Agreement is made between Acme Corp. ("Client") and Skadden, Arps, Slate, Meagher & '
        'Flom LLP ("Counsel").',
        "Skadden, Arps, Slate, Meagher & Flom LLP",
    ),
]


@pytest.mark.parametrize(("preamble", "name"), COMMA_NAMES)
def test_a_comma_inside_a_name_only_before_its_form(preamble: str, name: str) -> None:
    text = f"AGREEMENT\n\n{preamble}\n\n1. Services\n\nThe Services are provided.\n\n2. Term\n\nOne year.\n"
    names = [n for p in analyze_structure(doc(text)).parties for n in p.names]
    assert name in names
    assert not [n for n in names if n != name and n.endswith(name)]


#: a party's place after "of" set off by commas, and a name that holds "and" after "the": the name
#: ends before the place and runs on over its own "and"
PLACED_NAMES = [
    (
        'This Agreement is made between Tiller Ridge Farms Ltd, of Gaborone, Botswana ("Grower") '
        'and Halvard Anlegg AS, of Oslo, Norway ("Contractor").',
        ["Tiller Ridge Farms Ltd", "Halvard Anlegg AS"],
    ),
    (
        "This Agreement is made between the Kafue Basin Water and Sewerage Company Limited, of "
        'Plot 12, Cairo Road, Lusaka ("Employer") and Orrin Civil Works Ltd ("Contractor").',
        ["Kafue Basin Water and Sewerage Company Limited", "Orrin Civil Works Ltd"],
    ),
    (
        'This Guaranty is made by the Borrower and Kestrel Holdings, Inc. ("Guarantor") in favor of '
        'Wintergreen Bank ("Lender").',
        ["Kestrel Holdings, Inc.", "Wintergreen Bank"],
    ),
]


@pytest.mark.parametrize(("preamble", "expected"), PLACED_NAMES)
def test_a_place_after_of_and_a_name_holding_and(preamble: str, expected: list[str]) -> None:
    text = f"AGREEMENT\n\n{preamble}\n\n1. Services\n\nThe Services are provided.\n\n2. Term\n\nOne year.\n"
    names = [n for p in analyze_structure(doc(text)).parties for n in p.names]
    for name in expected:
        assert name in names
    assert not [n for n in names if " of " in n or n.startswith(("Sewerage", "the "))]
