"""Attribute extractors on invented sentences: caps and their currencies, damages kinds, time
limits on claims, insurance cover, indemnity scope, and text with padded whitespace."""

from __future__ import annotations

from typing import Any

import pytest

from contractscan.attributes import EXTRACTORS, money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$2,500,000", (2_500_000.0, "USD")),
        ("US$ 1 million", (1_000_000.0, "USD")),
        ("CAD $50,000", (50_000.0, "CAD")),
        ("C$75,000", (75_000.0, "CAD")),
        ("HK$3,000", (3_000.0, "HKD")),
        ("€100", (100.0, "EUR")),
        ("£5m", (5_000_000.0, "GBP")),
        ("CHF 100 000", (100_000.0, "CHF")),
        ("JPY 10,000,000", (10_000_000.0, "JPY")),
        ("RMB 200,000", (200_000.0, "CNY")),
        ("Rs. 10,00,000", (1_000_000.0, "INR")),
        ("500 USD", (500.0, "USD")),
        ("1 million euros", (1_000_000.0, "EUR")),
        ("50,000 Canadian dollars", (50_000.0, "CAD")),
        ("Five Hundred Thousand Dollars ($500,000)", (500_000.0, "USD")),
        ("within 24 hours, 24 times a day", None),
        ("try 5 times", None),
    ],
)
def test_money(text: str, value: tuple[float, str] | None) -> None:
    assert money(text) == value


def read(extractor: str, sentence: str) -> dict[str, Any]:
    return EXTRACTORS[extractor](sentence, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "IN NO EVENT SHALL SUPPLIER'S LIABILITY EXCEED THE TOTAL COMPENSATION PAID FOR THE "
            "SERVICES DURING THE PRIOR SIX MONTHS.",
            {"cap_basis": "fees_paid", "cap_months": 6},
        ),
        (
            "Supplier's total liability shall not exceed the consideration received by Supplier "
            "under the applicable Order.",
            {"cap_basis": "fees_paid"},
        ),
        (
            "Licensor's liability shall not exceed the royalties paid by Licensee in the twelve "
            "months before the claim.",
            {"cap_basis": "fees_paid", "cap_months": 12},
        ),
        (
            "The Seller's liability shall not exceed the purchase price of the defective Product.",
            {"cap_basis": "fees_paid"},
        ),
        (
            "The total liability of the Vendor shall be limited to the amounts paid or payable "
            "by the Customer in the preceding year.",
            {"cap_basis": "fees_paid", "cap_months": 12},
        ),
        (
            "For slight negligence the Supplier is liable only for breaches of essential "
            "obligations, limited to the foreseeable damage typical for this kind of contract.",
            {"cap_basis": "foreseeable_damage"},
        ),
        (
            "In this case, the Licensor's liability is limited to the damage that is typical for "
            "the contract and foreseeable at the time the contract was concluded.",
            {"cap_basis": "foreseeable_damage"},
        ),
        (
            "The Company's aggregate liability shall not exceed CAD $50,000.",
            {"cap_basis": "fixed", "cap_amount": 50_000.0, "cap_currency": "CAD"},
        ),
        (
            "The maximum liability of one Party to the other will be [***] (the Liability Cap).",
            {"cap_basis": "undisclosed"},
        ),
        (
            "Liability shall not exceed the greater of the fees paid in the prior twelve months "
            "and $1,000,000.",
            {"cap_basis": "greater_of", "cap_bases": ["fees_paid", "fixed"]},
        ),
        (
            "Neither party's liability shall exceed the fees paid, and no claim may be brought "
            "more than one year after it arose; any claim must be brought within one (1) year.",
            {"cap_basis": "fees_paid", "claim_period_months": 12},
        ),
        # revenue received, and fees named right after the cap words without "paid"
        (
            "The total liability of either Party shall be limited to the amount of revenues it "
            "receives under this Agreement.",
            {"cap_basis": "fees_paid"},
        ),
        (
            "The Host's liability shall be limited to an amount not to exceed the Monthly Hosting "
            "Charges for a ninety (90) day term.",
            {"cap_basis": "fees_paid"},
        ),
    ],
)
def test_cap(sentence: str, expected: dict[str, Any]) -> None:
    got = read("cap", sentence)
    assert {k: got.get(k) for k in expected} == expected


def test_no_cap_without_a_limit_word() -> None:
    assert read("cap", "Customer shall pay the fees within thirty days.") == {}


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Any action under this Agreement must be brought within one (1) year after it arose.", 12),
        ("No legal action shall be brought by Licensee unless commenced within 12 months.", 12),
        ("All claims shall be commenced within three (3) years after the grant.", 36),
        ("Claims must be filed within ninety days of the incident.", 3.0),
        ("No action may be brought more than eighteen months after the cause of action arose.", 18),
        ("Any suit must be commenced no later than two (2) years after the claim accrues.", 24),
        (
            "Neither party may bring a claim or action, regardless of form, arising out of or "
            "relating to this Agreement, including any claim of fraud, more than two years after "
            "the cause of action accrues.",
            24,
        ),
    ],
)
def test_claims_period(sentence: str, months: float) -> None:
    assert read("claims_period", sentence) == {"claim_period_months": months}


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("We are not responsible for your failure to keep your password secret.", True),
        (
            "Zelto will not be liable for any loss arising from your failure to update the App.",
            True,
        ),
        ("Brevo has no liability to the payee if you fail to tell them the exchange rate.", True),
        ("We aren’t responsible for your own failure to read the notices we send.", True),
        # the provider's own or the Service's failure, and the user's responsibility stated
        ("We are not liable for our failure to perform due to events beyond our control.", False),
        ("We are not liable for any failure of the Service to be available.", False),
        ("You are responsible for your failure to pay on time.", False),
        ("We are not liable to you if we fail to meet a delivery date.", False),
    ],
)
def test_own_failure(sentence: str, own: bool) -> None:
    assert read("own_failure", sentence) == ({"own_failure": True} if own else {})


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("Tavo may stop providing the services to you as provided in the Agreement.", True),
        (
            "Nothing in clause 7 limits our right to terminate the Agreement pursuant to clause 19.",
            True,
        ),
        ("We may suspend your account in accordance with Section 9.2.", True),
        ("These remedies are without prejudice to our right to close your account.", True),
        (
            "We may end our relationship with you if all other termination requirements are met.",
            True,
        ),
        # the right granted here, with a reference that is not its source
        (
            "Unless a shorter period is provided in this Agreement, we may terminate it on notice.",
            False,
        ),
        ("We may close your account if you breach Section 4 of these Terms.", False),
        ("We may terminate this agreement at any time, as permitted by law.", False),
        ("We may suspend your account at any time in accordance with these Terms.", False),
    ],
)
def test_by_reference(sentence: str, ref: bool) -> None:
    assert read("by_reference", sentence) == ({"by_reference": True} if ref else {})


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Neither party is liable for lost profits, loss of anticipated savings, loss of use "
            "or the cost of procuring substitute goods.",
            {"lost_profits", "lost_savings", "loss_of_use", "cost_of_cover"},
        ),
        (
            "Each party waives punitive and treble damages and is limited to the recovery of "
            "actual damages.",
            {"punitive", "enhanced", "indirect"},
        ),
        ("All claims shall be limited to actual and direct costs.", {"indirect"}),
        (
            "NEITHER PARTY SHALL BE LIABLE FOR ANY  CONSEQUENTIAL\n   DAMAGES OR BUSINESS\n"
            "INTERRUPTION.",
            {"consequential", "business_interruption"},
        ),
        # kinds the filing withholds
        (
            "Under no circumstances will either Party be liable to the other Party for [***].",
            {"undisclosed"},
        ),
    ],
)
def test_excluded_damages(sentence: str, kinds: set[str]) -> None:
    assert kinds <= set(read("excluded_damages", sentence).get("excluded_damages", []))


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # every kind of liability named, none set apart
        (
            "The Company agrees that the Agent shall not have any liability (whether direct or "
            "indirect, in contract or tort or otherwise) to the Company's creditors.",
            set(),
        ),
        (
            "Neither party shall be liable for any direct or indirect loss arising from a delay.",
            set(),
        ),
        # a list of kinds running on still names them
        (
            "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL OR "
            "CONSEQUENTIAL DAMAGES.",
            {"indirect", "incidental", "consequential"},
        ),
        (
            "Neither party is liable for any loss, whether direct, indirect or consequential.",
            {"indirect", "consequential"},
        ),
    ],
)
def test_direct_or_indirect_names_no_kind(sentence: str, kinds: set[str]) -> None:
    assert set(read("excluded_damages", sentence).get("excluded_damages", [])) == kinds


def test_padded_whitespace_reads_as_one_space() -> None:
    padded = "except  for  liability  arising  from  gross   negligence  or  wilful\n  misconduct"
    assert set(read("carve_outs", padded)["carve_outs"]) >= {
        "gross_negligence",
        "willful_misconduct",
    }
    assert read("insurance", "commercial  general\n liability  insurance")["coverage"] == [
        "general_liability"
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds", "amount"),
    [
        (
            "Supplier shall maintain commercial general liability insurance of at least "
            "$2,000,000 per occurrence and umbrella coverage.",
            ["general_liability", "umbrella"],
            (2_000_000.0, "USD"),
        ),
        (
            "The Vendor shall keep professional indemnity insurance of £5,000,000 and employer's "
            "liability insurance.",
            ["professional_liability", "employers_liability"],
            (5_000_000.0, "GBP"),
        ),
    ],
)
def test_insurance(sentence: str, kinds: list[str], amount: tuple[float, str]) -> None:
    got = read("insurance", sentence)
    assert got["coverage"] == kinds
    assert (got["minimum_amount"], got["currency"]) == amount


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        (
            "You shall indemnify us against claims based on your use of the Service in breach of "
            "this Agreement.",
            "breach_of_contract",
            "use_of_service",
        ),
        (
            "You shall indemnify us against claims arising out of your use of the Services.",
            "use_of_service",
            "breach_of_contract",
        ),
        (
            "You shall indemnify us against claims arising out of your use of the Services, "
            "including your use of the Services in violation of these Terms.",
            "use_of_service",
            None,
        ),
        # the works the customer puts outputs in, and the people who bring claims about them
        (
            "You will indemnify us against any claim arising from games or films in which you use "
            "Outputs.",
            "use_of_service",
            None,
        ),
        (
            "You will indemnify us against any claim arising from your Inputs, including claims by "
            "players, customers, Buyers and other end users of your works.",
            "end_user_claim",
            None,
        ),
        # what an agent does for the user is the use of the service
        (
            "You will indemnify us against any claim arising out of the actions the Agent takes "
            "within your instructions.",
            "use_of_service",
            None,
        ),
        # claims over content a user put an output in, or over the use of outputs "by the
        # Customer", and over agreements an agent concluded
        (
            "If the Company receives a claim arising from content in which a User used a Generated "
            "Track, the User shall compensate the Company for all resulting damage.",
            "use_of_service",
            None,
        ),
        (
            "The Customer shall indemnify the Supplier against claims arising from the use, "
            "publication or distribution of Translations by the Customer.",
            "use_of_service",
            None,
        ),
        (
            "Client shall indemnify Brugwerk against claims relating to agreements concluded in "
            "Client's name through the Agent.",
            "use_of_service",
            None,
        ),
        # the customer's use is only what is said to infringe: an IP indemnity, no use scope
        (
            "Dunlin will defend the Customer against any claim brought by a third party that the "
            "Customer's use of the Service infringes that third party's intellectual property rights.",
            "ip_infringement",
            "use_of_service",
        ),
    ],
)
def test_indemnity_for_use_in_breach(sentence: str, present: str, absent: str | None) -> None:
    scope = read("indemnity_scope", sentence)["scope"]
    assert present in scope
    assert absent is None or absent not in scope


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("We will tell you at least 14 days before removing a feature you pay for.", ["features"]),
        ("We may add, change or remove features and models at any time.", ["model", "features"]),
        (
            "We shall give you 14 days' notice of any change that materially reduces the Tool's "
            "functionality.",
            ["service"],
        ),
        ("We may update these Terms from time to time to address a new feature.", ["terms"]),
        # the general terms by their abbreviation are the terms
        (
            "Oxpecker will notify the Customer of the amended AGB in text form at least 14 days "
            "before they take effect.",
            ["terms"],
        ),
        ("We will give 30 days' notice of any change to these GTC.", ["terms"]),
        # the channel a notice comes by is not what changes
        (
            "We will give you at least 30 days' notice of a material change by email and in the "
            "Services.",
            [],
        ),
        ("We will give notice of a material amendment by a notice in the Service.", []),
        # the format data is handed over in changes, not the model
        (
            "If Molar changes the fields or format in which the Service writes Notes, Molar will "
            "notify you 14 days before.",
            ["format", "service"],
        ),
    ],
)
def test_what_a_change_changes(sentence: str, changes: list[str]) -> None:
    assert sorted(read("notice", sentence).get("changes", [])) == sorted(changes)


@pytest.mark.parametrize(
    ("sentence", "sole"),
    [
        (
            "Service Credits constitute Harbourlight's sole liability, and Customer's only remedy, "
            "for any shortfall against the Availability Commitment.",
            True,
        ),
        ("Service credits are your sole and exclusive remedy for any downtime.", True),
        ("Customer may claim a service credit of 5% of the monthly fee.", False),
    ],
)
def test_sla_sole_remedy(sentence: str, sole: bool) -> None:
    assert bool(read("sla", sentence).get("sole_remedy")) is sole


@pytest.mark.parametrize(
    ("sentence", "sections"),
    [
        (
            "Harbourlight's total aggregate liability for breach of Article 7 shall not exceed "
            "GBP 250,000.",
            ["7"],
        ),
        (
            "Supplier's liability for breach of the warranties in Section 6 shall not exceed "
            "the fees paid.",
            ["6"],
        ),
        ("Each party's total liability shall not exceed the fees paid in twelve months.", []),
        (
            "Nene's total aggregate liability for all claims arising out of or relating to a "
            "breach of Section 7, Section 8 or the DPA, or to any Security Incident, will not "
            "exceed two times the amount of the general cap in Section 12.2.",
            ["7", "8"],
        ),
    ],
)
def test_cap_scoped_to_sections(sentence: str, sections: list[str]) -> None:
    assert read("cap", sentence).get("cap_sections", []) == sections


@pytest.mark.parametrize(
    ("sentence", "beyond"),
    [
        (
            "The Contractor's total aggregate liability for all claims arising out of a breach of "
            "section 10.4 or 10.5, or otherwise arising out of a Security Incident, shall not "
            "exceed $3,000,000.",
            True,
        ),
        (
            "Supplier's liability for breach of Section 9 or Section 10 shall not exceed the fees "
            "paid.",
            False,
        ),
    ],
)
def test_cap_beyond_its_sections(sentence: str, beyond: bool) -> None:
    """A cap of the claims under some sections "or otherwise arising out of" a kind of event
    reaches that kind of claim too (coverage reads it by the cap's areas)."""
    assert bool(read("cap", sentence).get("cap_beyond_sections")) is beyond


@pytest.mark.parametrize(
    "sentence,scoped,reaches",
    [
        (
            "Curlew's total cumulative liability for all Data Breach Liabilities will not exceed "
            "three (3) times the fees paid in the twelve (12) months before the incident.",
            True,
            ["privacy", "security", "incident_response"],
        ),
        (
            "The Supplier's aggregate liability arising out of any Security Incident shall not "
            "exceed GBP 2,000,000.",
            True,
            ["privacy", "security", "incident_response"],
        ),
        (
            "Our aggregate liability arising out of Beta Features will not exceed $1,000.",
            True,
            [],
        ),
        (
            "Each party's total liability, including for data breaches, shall not exceed the fees "
            "paid in the twelve months before the claim.",
            False,
            [],
        ),
    ],
)
def test_cap_of_its_own_for_data_breaches(sentence: str, scoped: bool, reaches: list[str]) -> None:
    cap = read("cap", sentence)
    assert cap.get("scoped", False) is scoped
    assert cap.get("reaches", []) == reaches


def test_indemnity_for_use_or_sharing_of_outputs_is_use_of_the_service() -> None:
    scope = read(
        "indemnity_scope",
        "You will indemnify us from any third-party claim arising out of Your Content, your use "
        "or sharing of any Output, or your breach of these Terms.",
    )["scope"]
    assert "use_of_service" in scope and "breach_of_contract" in scope


@pytest.mark.parametrize(
    "sentence,sections",
    [
        (
            "NOTHING IN THIS SECTION 4 CONSTITUTES A WARRANTY THAT ANY MODEL VERSION WILL ACHIEVE "
            "ANY LEVEL OF PREDICTIVE ACCURACY.",
            ["4"],
        ),
        ("Nothing in Clauses 7 and 8 is a representation that Outputs are accurate.", ["7", "8"]),
        ("Nothing in these Terms is a promise that Output is accurate.", []),
    ],
)
def test_sections_a_disclaimer_says_promise_nothing(sentence: str, sections: list[str]) -> None:
    assert read("denies_sections", sentence).get("denies_sections", []) == sections


def test_a_carve_out_of_the_caps_above_lifts_every_cap() -> None:
    sentence = (
        "The exclusion and cap above do not apply to our liability for breach of our obligations "
        "in Section 10 (Your data and privacy)."
    )
    found = read("lifts", sentence)
    assert found.get("lifts") == ["*"]
    assert "section:10" in read("carve_outs", sentence).get("carve_outs", [])


def test_a_cap_on_what_one_section_pays_is_scoped_to_it() -> None:
    sentence = (
        "Pintailco's total reimbursement under this Section 6.6 for all Platform Errors in any "
        "twelve (12) month period will not exceed the greater of US$50,000 and the Fees."
    )
    assert read("cap", sentence).get("cap_sections") == ["6.6"]


def test_caps_lifted_by_pronoun_and_sections_by_the_section_sign() -> None:
    sentence = "They do not apply to the breach of Teal's obligations under § 10."
    assert read("lifts", sentence).get("lifts") == ["*"]
    assert read("carve_outs", sentence).get("carve_outs") == ["section:10"]
    own = "Teal's aggregate liability under this § 14 is limited to EUR 5,000."
    assert read("cap", own).get("cap_sections") == ["14"]


def test_article_abbreviated_art_scopes_caps_and_names_carve_outs() -> None:
    # Italian, Spanish and German drafting abbreviates "Article" as "Art."
    scoped = (
        "In place of the limit in Art. 14.2, Garganey's total aggregate liability for breach of "
        "Art. 8 shall not exceed EUR 150,000."
    )
    assert read("cap", scoped).get("cap_sections") == ["8"]
    lifted = "Art. 14.1 and 14.2 do not apply to Garganey's obligations under Art. 13.1."
    assert read("carve_outs", lifted).get("carve_outs") == ["section:13.1"]


def test_a_document_about_the_model_is_no_model_that_changes() -> None:
    # "the Model Documentation, as updated from time to time": a document changes, not the model
    doc_only = '"Documentation": the user guides, as updated from time to time, and the Model Documentation.'
    assert "model" not in read("notice", doc_only).get("changes", [])
    model = "We may update or replace the scoring Model from time to time."
    assert "model" in read("notice", model).get("changes", [])


def test_a_statutes_section_is_no_section_of_the_contract() -> None:
    from contractscan.attributes import section_refs

    assert (
        section_refs("To the extent permitted by section 64A of the ACL, liability is limited")
        == []
    )
    assert section_refs("obligations under Article 28 of the GDPR and Section 9") == ["9"]
    assert section_refs("except as set out in Section 5 of this Agreement") == ["5"]


@pytest.mark.parametrize(
    ("sentence", "carved"),
    [
        # the confidentiality section is carved out but for its data, which stays capped
        (
            "Sections 16.1 and 16.2 do not apply to (a) Customer's obligations to pay fees; "
            "(b) either party's liability for breach of Section 12 (Confidentiality), other than a "
            "breach relating to Customer Data, which remains subject to Sections 16.1 and 16.2; "
            "or (c) either party's liability for fraud.",
            "section:12:but_data",
        ),
        # an exception that is not about data leaves the section carved out whole
        (
            "Sections 16.1 and 16.2 do not apply to a party's breach of Section 12, other than a "
            "breach caused by a Force Majeure Event.",
            "section:12",
        ),
    ],
)
def test_a_section_carved_out_but_for_its_data(sentence: str, carved: str) -> None:
    assert carved in read("carve_outs", sentence)["carve_outs"]


def test_a_data_protection_statute_named_in_a_carve_out_is_no_data_breach() -> None:
    """The fine 'under the Data Protection Act 2018' a carve-out of Clause 9 mentions names a
    statute; the carve-out is Clause 9's, not every data duty's (security stays capped)."""
    sentence = (
        "Clauses 16.2 and 16.3 do not apply to Catbird's liability for breach of Clause 9, "
        "including any administrative fine imposed under the Data Protection Act 2018 to the "
        "extent attributable to that breach."
    )
    carved = read("carve_outs", sentence)["carve_outs"]
    assert "section:9" in carved
    assert "data_breach" not in carved
    assert (
        "data_breach"
        in read(
            "carve_outs",
            "The cap does not apply to a party's breach of its data protection obligations.",
        )["carve_outs"]
    )
