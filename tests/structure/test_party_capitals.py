"""Openings typed in capitals. A filed contract often opens in capitals, and the words that
introduce its parties ("BY AND BETWEEN", "IS HEREINAFTER REFERRED TO AS", "(THE COMPANY)", "ON THE
ONE SIDE AND") must read as they do in mixed case. The invented openings of party_capitals.yaml are
scored like party_preambles.yaml, and every invented preamble of party_preambles.yaml and opening of
party_openings.yaml gives the same names with its text upper-cased (the names upper-cased too).

In capitals a name cannot always be told from the words around it by its case; the preambles still
read wrong that way are strict expected failures, grouped by what goes wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import family_params

from .test_party_breaks import TABLE as BREAKS
from .test_party_openings import TABLE as OPENINGS
from .test_party_preambles import TABLE as PREAMBLES
from .test_party_preambles import verdict

TABLE = Path(__file__).parent / "party_capitals.yaml"

# "table: id" of the preambles that upper-cased still give a name wrong, by the reason
CAPITALS_MISSES: dict[str, tuple[str, ...]] = {
    "the words before a name (AGREES WITH, IN FAVOUR OF, ON BEHALF OF, (I), a role and a comma) cannot be told from it by their case and run into it": (
        "party_preambles: a consent signed by the undersigned with a name in the first line",
        'party_preambles: a preamble that names the parties with "with"',
        "party_preambles: parties enumerated with roman numerals inline",
        "party_preambles: an agreement made by a sole party in favour of a class",
        "party_preambles: the undersigned purchaser agreeing with the company",
        "party_preambles: spanish style on the one hand and the other, a representative acting for each company",
        "party_preambles: parties only in for and on behalf of signature lines",
        "party_preambles: the undersigned employee named after a comma",
        "party_openings: the undersigned recipient agrees with the discloser",
        "party_openings: a consent of a landlord to an assignment between two tenants",
        "party_openings: hereinafter called the vendor with the expression clause in a hong kong agreement",
        "party_openings: a press release announcing an agreement with a ticker",
        "party_openings: a note made by a borrower payable to a lender without a between",
        "party_openings: a guaranty by a parent in favour of a landlord for a tenant's lease",
        "party_breaks: f/k/a in capitals across a line break",
    ),
    "the words after a name (F/S/O ..., OF BERLIN, GERMANY, AS SUCCESSOR-IN-INTEREST TO ...) cannot be told from it by their case and run on": (
        "party_preambles: endorsement through a loan-out company furnishing a person's services",
        "party_preambles: an agreement between a person and a company, each named with its country",
        "party_preambles: hereinafter jointly referred to as the parties, each individually named",
        "party_preambles: the affiliate identified below and a field naming it",
        "party_openings: an endorsement through a loan-out company for the services of an athlete",
    ),
    "ordinary words or a role in lower case (ACCEPTS THEM, SIGNS BELOW, OWNER, INDIVIDUAL) are read as a name or an alias": (
        "party_preambles: formerly named, between commas",
        "party_preambles: mexican company represented by its legal representative",
        "party_preambles: the other party named on the signature page only",
        "party_preambles: swedish vendor terms with an organisation number, an address and the accepting entity",
        "party_preambles: german general terms and conditions of a company that apply to its customers",
        "party_preambles: api terms between a company and the developer who accepts them",
        "party_preambles: a fund with an address in care of its manager",
        "party_preambles: a joint venture agreement between two venturers that form a company",
        "party_preambles: a network and each operator that signs below",
        "party_preambles: a sublicensor that is a licensee of an owner defined after it",
        "party_preambles: a guarantee given to a bank for the obligations of a defined borrower",
        "party_openings: an agreement of adherence by a new party to an existing agreement",
        "party_openings: a preamble naming a third party as beneficiary of a consent",
        "party_openings: an agent named only as the person on the signature page",
        "party_openings: a franchise agreement with the franchisee left blank as a field",
        "party_openings: an irish DAC and a scottish limited partnership acting by its general partner",
    ),
    "a name is not read: the rule that finds it leans on the lower-case words, wraps or columns around it": (
        "party_preambles: made by one party and another, with address and successors",
        "party_preambles: sellers defined together after the last one",
        "party_preambles: guaranty made by one party in favour of another",
        "party_preambles: a name wrapped with a hyphenated break and a role in capitals",
        "party_preambles: the alias before the descriptor",
        "party_preambles: a name that opens with an ordinal and holds a hyphen",
        "party_preambles: defined names in the first article and a preamble with aliases only",
        "party_preambles: an agreement whose parties sign in a two-column table",
        "party_preambles: spouses as guarantors together in favour of a bank",
        "party_preambles: a subsidiary whose alias ends in a comma inside the quotes, then defined with its parent",
        "party_preambles: a padded cover with each party's role in the column beside its name",
        "party_preambles: located at an address after each alias, the address then and the next name",
        "party_preambles: between the undersigned, each represented by an officer, hereinafter unbracketed",
        "party_openings: among three bare names without descriptors or aliases",
        "party_openings: a division of a publisher and a school district",
        "party_openings: parties only in english signature blocks for and on behalf of",
        "party_openings: a polish sp. z o.o. with its seat and register number",
        "party_openings: a bank whose name starts with The and holds of",
        "party_breaks: nickname with its own article and the word alternatively",
        "party_breaks: unquoted aliases in the opening before a definitions list",
    ),
}


def in_capitals(case: dict) -> dict:
    """The case with its text and every name it lists upper-cased."""
    return dict(
        case,
        text=case["text"].upper(),
        names=[n.upper() for n in case["names"]],
        may=[n.upper() for n in case.get("may", [])],
    )


def _miss_reason(ident: str) -> str | None:
    return next((r for r, ids in CAPITALS_MISSES.items() if ident in ids), None)


def _params() -> list:
    params = []
    for table in (PREAMBLES, OPENINGS, BREAKS):
        rows = yaml.safe_load(table.read_text(encoding="utf-8"))
        for row in rows:
            if "known_miss" in row:
                continue
            ident = f"{table.stem}: {row['id']}"
            reason = _miss_reason(ident)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(in_capitals(row), id=ident, marks=marks))
    return params


@pytest.mark.parametrize("case", family_params(TABLE, lambda c: (c,), lambda c: c["id"]))
def test_invented_opening_in_capitals(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())


@pytest.mark.parametrize("case", _params())
def test_a_preamble_in_capitals_gives_the_same_names(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())


def test_every_capitals_miss_names_a_preamble() -> None:
    idents = {p.id for p in _params()}
    listed = [i for ids in CAPITALS_MISSES.values() for i in ids]
    assert len(listed) == len(set(listed))
    assert set(listed) <= idents
