"""Audit rights and insurance duties by family of phrasing (invented sentences), and the
phrasings that are neither."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind, DocumentStructure, PartyRole

RB = shipped_rulebook()


def types_in(text: str) -> set[str]:
    doc = Document(id="t", path="<t>", text=text)
    structure = DocumentStructure(kind=DocumentKind.master_agreement)
    return {p.type.value for p in classify(doc, structure, RB)}


AUDIT = [
    # a right or permission to audit, inspect or examine
    "The Publisher may, on fifteen days' notice, audit the Distributor's sales ledgers.",
    "Owner shall have the right, at its own expense and no more than once a year, to inspect the Operator's logs.",
    "The Reseller shall permit the Vendor's auditors to examine its records of sublicences.",
    "The Manufacturer shall submit to periodic inspections of its plant by the Brand Owner.",
    # checking or copying books and records
    "The Licensor and its agents shall be entitled to check and copy the Licensee's accounts.",
    # entry to premises to inspect or verify
    "Franchisor's field staff may visit the Restaurant at any time to verify compliance with the Standards.",
    # records open or subject to audit, or made available for review
    "Such ledgers shall be open to inspection by the Principal during business hours.",
    "All invoices and receipts shall be subject to audit by the Buyer for three years.",
    "The Agent shall make its commission records available to the Company for examination on request.",
    # an independent accountant chosen by one party
    "The amounts reported shall be examined by an independent accountant appointed by the Licensor.",
    # verification of payments by someone other than the record keeper
    "The Distributor shall give the Supplier's auditor access to its systems to verify the accuracy of the royalty reports.",
    # audit mechanics
    "If an audit reveals an underpayment of more than three percent, the Licensee shall pay the cost of the audit.",
    "Each inspection shall be conducted during normal business hours on ten days' notice.",
    # named kinds of audit and reports
    "The Customer may carry out a quality audit of the Supplier once in each contract year.",
    "Provider will deliver its current SOC 2 Type II report to Customer on request.",
    # a right with a long parenthesis of conditions before "to inspect"
    "The Grower shall have the right (on five days' notice, during harvest hours, at its own cost and "
    "not more than twice a season) to inspect the Packer's cold stores.",
    "The Mill shall permit the Buyer and its agents, during shifts and upon two days' notice to the "
    "Mill, to inspect the spinning lines.",
    # inspections and audits as nouns the right-holder conducts, or has made
    "The Brand Owner may conduct periodic inspections of the Outlet.",
    "The Author may have the royalty account audited at the Author's expense.",
    # audits by a party and a regulator together; a right to audit beside a regulator's inspection
    "The Bottler shall permit the Brand Owner and any regulatory authority to conduct audits of the bottling plant.",
    "The Packer shall notify the Brand Owner of any FDA inspection of the plant, and the Brand Owner "
    "shall have the right to audit the plant in connection with it.",
    # records or premises made available, audits that take place
    "The Packer shall make its filling lines available for inspection by the Brand Owner on two days' notice.",
    "Any such examination shall take place no more than once in a season.",
    # receipt and delivery named in an audit clause, not of goods
    "Upon receipt of each royalty report, the Author may audit the Publisher's records of sales.",
    # statements checked by an independent accountant for the other side
    "The Publisher shall deliver a yearly statement of royalties certified by an independent "
    "certified public accountant.",
    # watching operations, reading the point-of-sale system, counts of stock on request
    "The Licensor shall have the right to observe the manner in which the Licensee runs its kitchens.",
    "The Franchisor may at any time access the point of sale system of the Outlet and download its sales data.",
    "The Consignor shall have the right to request physical counts of the consigned stock on any date.",
    # the auditor's findings, an understatement found by the audit, the right exercised
    "The accountant shall report to the Author only whether the royalty statements are correct.",
    "If sales have been understated by more than four percent for the period covered by the audit, "
    "the Distributor shall pay its cost.",
    "This right of examination may be exercised once in any calendar year.",
    # records made available for an inspection named late in the sentence
    "The Franchisee shall make available to the Franchisor all original sales slips, ledgers and "
    "tax returns the Franchisor considers necessary to confirm Gross Sales, for inspection at "
    "reasonable times.",
]

NOT_AUDIT = [
    "The Reseller shall keep complete and accurate records of all sales for three years.",
    "The Company shall furnish its audited financial statements within one hundred twenty days after year end.",
    "The Buyer shall inspect each delivery upon receipt and notify the Seller of any shortage.",
    "The Artist waives any right to inspect the final artwork before publication.",
    "The Company has retained a firm of independent accountants to audit its annual financial statements.",
    "The Supplier shall cooperate with any inspection of its facility by the FDA.",
    "Each party may share Confidential Information with its auditors and legal advisers.",
    "The Customer may review the product documentation online.",
    # goods inspected for acceptance, whatever words introduce the inspection
    "The Retailer shall have the right to inspect and test the goods before acceptance and to reject "
    "any that fail.",
    "The Wholesaler may inspect the consignment at the port of loading.",
    # a right to visit, with no inspection or audit named
    "The Studio shall have the right to visit the facilities used by the Developer to build the levels.",
    # the board's audit committee, tax audits, the company's own auditors
    "Any change to the fee shall be subject to the audit committee's prior approval.",
    "The parties shall cooperate in connection with any audit by the Internal Revenue Service.",
    "The Fund shall appoint independent auditors to audit its annual accounts.",
    # "audit" as a noun far from a right; a document examined because it was delivered
    "The Supplier reserves the right to keep its recipes confidential, and they are not available for any type of audit.",
    "The Agent may examine any certificate furnished to it to decide whether it conforms to this Agreement.",
    # records handed over at termination; a party counting its own stock; a medical examination
    "On expiry the Reseller shall make available to the Vendor all records of its end customers.",
    "The Distributor shall take a physical inventory of its warehouse each December.",
    "The Executive shall undergo a medical examination by a physician chosen by the Company.",
]


@pytest.mark.parametrize("text", AUDIT)
def test_audit_right_families(text: str) -> None:
    assert "audit_rights" in types_in(text)


@pytest.mark.parametrize("text", NOT_AUDIT)
def test_not_audit_rights(text: str) -> None:
    assert "audit_rights" not in types_in(text)


@pytest.mark.parametrize(
    ("text", "bound", "benefits"),
    [
        (
            "Customer may audit Provider's compliance with this Agreement once per year.",
            PartyRole.provider,
            PartyRole.customer,
        ),
        (
            "Provider shall permit Customer to audit its compliance with this Agreement once per year.",
            PartyRole.provider,
            PartyRole.customer,
        ),
    ],
)
def test_who_is_audited(text: str, bound: PartyRole, benefits: PartyRole) -> None:
    doc = Document(id="t", path="<t>", text=text)
    found = [
        p
        for p in classify(doc, DocumentStructure(kind=DocumentKind.master_agreement), RB)
        if p.type.value == "audit_rights"
    ]
    assert any(p.obligor == bound and p.beneficiary == benefits for p in found), [
        (p.rule, p.obligor, p.beneficiary) for p in found
    ]


INSURANCE = [
    "The Contractor shall procure and keep in force public liability insurance of at least £10,000,000.",
    "Licensee shall be adequately insured against product liability claims.",
    "Errors and omissions coverage with limits of not less than $3,000,000 per claim.",
    "Distributor shall provide the Manufacturer with certificates of insurance on request.",
    "The Company shall be named as an additional insured on all such policies.",
    "All policies shall be placed with insurers rated A or better by A.M. Best.",
    "The policies shall contain a waiver of subrogation in favour of the Owner.",
    "The Supplier may self-insure the first $250,000 of any loss.",
    "No insurance policy required by this Section may be cancelled without thirty days' notice to the Customer.",
]

NOT_INSURANCE = [
    "The prices quoted include freight and insurance to the named port.",
    "The Agent shall sell the Company's life insurance products to its customers.",
    "The Employer shall pay the premiums on a term life insurance policy for the Executive.",
    "Licensee shall defend Licensor against any product liability claim.",
    "The Consultant is not eligible for workers' compensation benefits from the Company.",
]


@pytest.mark.parametrize("text", INSURANCE)
def test_insurance_families(text: str) -> None:
    assert "insurance" in types_in(text)


@pytest.mark.parametrize("text", NOT_INSURANCE)
def test_not_insurance(text: str) -> None:
    assert "insurance" not in types_in(text)
