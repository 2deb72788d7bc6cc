"""Defined terms and where each is defined."""

from __future__ import annotations

import pytest

from contractscan.definitions import find_definitions, glossary
from contractscan.segment import segment

from .helpers import doc

CASES = [
    ('"Customer Data" means all data you submit.', ["Customer Data"]),
    ("“Outputs” shall mean content the Service returns.", ["Outputs"]),
    ('**"Law"** means any statute.', ["Law"]),
    ("“**Inputs**” means prompts.", ["Inputs"]),
    ("Confidential Information shall mean secrets.", ["Confidential Information"]),
    ('"Fees" has the meaning given in the Order Form.', ["Fees"]),
    ('Acme, Inc. (the "Company") sells.', ["Company"]),
    ('the platform ("Service") is hosted.', ["Service"]),
    ("Anysphere, Inc. (“Anysphere,” “we,” or “us”) makes it.", ["Anysphere", "we", "us"]),
    ("ORGANIC PREPARATIONS INC. ('the Manufacturer') of one part", ["Manufacturer"]),
    ('"Brightwater", "we" and "us" mean Brightwater Outfitters, Inc.', ["Brightwater", "we", "us"]),
    # words that describe the party, a comma, and the term closing the parenthesis
    ('between you (either an individual or a single entity, "User") and us', ["User"]),
    ('Pellworth Ltd (a company registered in Scotland, the "Supplier") and', ["Supplier"]),
    ('the lender (in its capacity as lender, hereinafter "Lender") agrees', ["Lender"]),
    # other ways of quoting a term
    ("Horlogerie Vautrin Sàrl, a Swiss company (« Vautrin »), licenses it.", ["Vautrin"]),
    ("Falkenrath Sensorik GmbH (hereinafter „Falkenrath“) develops it.", ["Falkenrath"]),
    ("CASTERBRIDGE CERAMICS, INC. (``Casterbridge'') buys it.", ["Casterbridge"]),
    ('Kestrel Peak University ("_University_") hosts it.', ["University"]),
    ("Lumen Bay Seafoods AB, a Swedish company (**Buyer**), buys it.", ["Buyer"]),
    ('Marquand & Lowe Industries, Inc. (sometimes referred to herein as "M&L") sells.', ["M&L"]),
    # unquoted terms opening a line: "means" alone, a colon only in a glossary block
    (
        "Approval Threshold means the Order value above which approval is needed.",
        ["Approval Threshold"],
    ),
    ("1.4 Working Day shall mean Monday to Friday.", ["Working Day"]),
    (
        "Agent: the software that prepares Proposals for the Client.\n"
        "Client: the legal entity that enters into an Agreement with us.\n\n"
        "Supplier: a third party from which Client buys goods or services.\n",
        ["Agent", "Client", "Supplier"],
    ),
    # a plain-English document that quotes none of its terms: a Title Case term in a parenthesis
    # after the words it names
    (
        "You upload a photo of a room (Room Photo) and our AI produces images of how it could look "
        "(Redesigns).",
        ["Room Photo", "Redesigns"],
    ),
    # ... but not a heading cited after its number, nor an Act's jurisdiction
    ("See clause 11 (Indemnity) and the Competition and Consumer Act 2010 (Cth).", []),
    # ... and not in a document that quotes its terms
    ('The platform ("Service") makes images of a room (Redesigns).', ["Service"]),
    # not definitions
    ("This means that you pay twice.", []),
    ("Note: the fees are payable in advance of each period.\nAgent: the software that acts.\n", []),
    ("Name: Jane Smith\nTitle: Chief Executive Officer\nDate: 1 May 2025\n", []),
    (
        "Client: the legal entity that enters into an Agreement with us.\n"
        "It pays the fees set out in the order form.\n"
        "Agent: the software that prepares Proposals for the Client.\n",
        [],
    ),
    ('avoid words (for example, "free") in ads', []),
    ('claims of savings (e.g., "unlimited") are banned', []),
    ('the list (a greeting, then "hello world" and more) is long', []),
    ('He said "hello" and left.', []),
    ('the word (as in "hello world", a greeting) is quoted', []),
]


@pytest.mark.parametrize("text,terms", CASES, ids=[c[0][:40] for c in CASES])
def test_terms(text: str, terms: list[str]) -> None:
    assert [d.term for d in find_definitions(text)] == terms


def test_definitions_know_their_clause_and_span() -> None:
    text = (
        '1. Definitions\n\n1.1 "Model" means the AI model.\n\n1.2 "Output" means what it returns.\n'
    )
    clauses, _ = segment(doc(text))
    defs = find_definitions(text, clauses)
    by_term = {d.term: d for d in defs}
    assert by_term["Model"].clause_id == "c-1.1"
    assert by_term["Output"].clause_id == "c-1.2"
    d = by_term["Output"]
    assert text[d.start : d.end].startswith('"Output" means')
    assert "what it returns" in d.definition


def test_glossary_keeps_first_definition() -> None:
    text = '"Term" means one year. Later, "Term" means two years.'
    g = glossary(find_definitions(text))
    assert list(g) == ["term"] and "one year" in g["term"].definition
