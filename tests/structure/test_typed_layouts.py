"""Segmentation that hangs on layout, not on case: a paragraph typed in capitals or hard-wrapped
reads with the same sections as when typed plainly (benchmarks/clause_perturbations.py). Every
sentence here is invented."""

from __future__ import annotations

import pytest

from contractscan.classify import _unwrap
from contractscan.segment import caps_sentence, inline_enumeration, is_heading_text, segment

from .helpers import doc


def headings(text: str) -> list[str | None]:
    clauses, _ = segment(doc(text))
    return [c.heading for c in clauses if c.id != "c-preamble"]


@pytest.mark.parametrize(
    "line",
    [
        # a verb in the third person after its subject: a sentence, not a heading
        "ZENTRO PROVIDES NO WARRANTY OF NON-INFRINGEMENT.",
        "THE LICENCE FEE REMAINS PAYABLE AFTER CANCELLATION.",
        "HALCYON SUPPLIES THE PLATFORM WITHOUT A SERVICE LEVEL.",
        # a lead-in in capitals closed by a colon
        "HERE ARE THE PROMISES YOU MAKE TO BRIGHTWELL:",
        # a list item's end, or a line a hard wrap cut inside a sentence
        "KEEP A WRITTEN RECORD OF EACH REFUND YOU REQUEST; OR",
        "FEES FOR THE PREMIUM TIER AND",
    ],
)
def test_sentences_in_capitals_are_no_headings(line: str) -> None:
    assert not is_heading_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "DISCLAIMER OF WARRANTIES.",
        "LIMITATION OF LIABILITY.",
        "TERMS OF SERVICE.",
        "RIGHTS YOU GRANT TO ORCHARD LABS",
        "DEFINITIONS:",
        "TERMINATION OF USE; SUSPENSION AND CHANGES TO THE PLATFORM.",
        "CHANGES TO THESE TERMS.",
        "INFORMATION ABOUT YOU",
    ],
)
def test_headings_in_capitals_stay_headings(line: str) -> None:
    assert is_heading_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "Throughout the Subscription Term Tarabilla shall:",
        "During the Term the Supplier Will:",
        "Each Party Represents:",
        "From the Effective Date Licensee Undertakes:",
    ],
)
def test_a_lead_in_in_title_case_is_no_heading(line: str) -> None:
    """A line that ends its list's lead-in on a modal or a promise verb is a sentence going on in
    its items, however many of its words are capitalised."""
    assert not is_heading_text(line)
    text = f"6. Compliance\n\n6.2 {line}\n\n(a) keep the Software certified; and\n\n(b) comply with the law.\n"
    clauses, _ = segment(doc(text))
    assert {c.number: c.heading for c in clauses}["6.2"] is None
    assert is_heading_text(line.rsplit(" ", 1)[0] + " Duties:")  # the same words, a heading


def test_finite_verb_needs_a_subject_before_it() -> None:
    # "PROVIDES" first is no verb after a subject; "SERVICES THE" is a noun before an article only
    # when the word ends like a verb: a plural noun is never read as one in the word list
    assert caps_sentence("ACME PROVIDES NO WARRANTY".split())
    assert not caps_sentence("PROVIDES AND SUPPORT".split())
    assert not caps_sentence("USAGE LIMITS AND EXPORT CONTROLS".split())


def test_a_sentence_in_capitals_alone_on_its_line_is_no_heading() -> None:
    text = (
        "1. Warranties\n\nWe keep the platform running as described in the documentation.\n\n"
        "ZENTRO PROVIDES NO WARRANTY OF NON-INFRINGEMENT.\n\n"
        "You may ask for a refund within ten days.\n\n"
        "DISCLAIMER OF WARRANTIES.\n\nThe platform is offered without further promises.\n"
    )
    assert headings(text) == ["Warranties", "DISCLAIMER OF WARRANTIES"]


def test_a_hard_wrapped_paragraph_in_capitals_is_no_stack_of_headings() -> None:
    text = (
        "8. Third Parties\n\n"
        "YOU ACKNOWLEDGE AND AGREE THAT NORTHWIND IS NOT LIABLE FOR THE CONDUCT\n"
        "OF ANY VENDOR YOU CHOOSE, AND YOU WILL NOT SEEK TO HOLD NORTHWIND\n"
        "LIABLE FOR IT.\n\n"
        "LIMITATION OF LIABILITY\n\nTHE PLATFORM IS OFFERED WITHOUT PROMISES.\n"
    )
    assert headings(text) == ["Third Parties", "LIMITATION OF LIABILITY"]


def test_a_line_ending_on_or_without_a_comma_runs_on() -> None:
    # "... our Site or\nServices. In addition": no run-in heading "Services" after a wrapped line
    text = (
        "4. Content\n\nYou alone answer for what you upload to the portal, or send through our Site or\n"
        "Services. In addition, you will obtain every consent that your uploads need.\n"
    )
    assert headings(text) == ["Content"]


WRAPPED_LIST = (
    "5. Conduct\n\n"
    "You will not use the portal to: (i) upload anything unlawful or deceptive to other\n"
    "members; (ii) pretend to be another member or another business;\n"
    "(iii) scrape the pages of the portal; or (iv) resell access to the portal.\n"
)
LIST_BY_LINE = (
    "5. Conduct\n\n"
    "You will not use the portal to:\n"
    "(i) upload anything unlawful or deceptive to other members;\n"
    "(ii) pretend to be another member or another business;\n"
    "(iii) scrape the pages of the portal; or\n"
    "(iv) resell access to the portal.\n"
)


def test_a_wrapped_run_on_enumeration_makes_no_items() -> None:
    clauses, _ = segment(doc(WRAPPED_LIST))
    assert [c.number for c in clauses] == ["5"]
    at = WRAPPED_LIST.index("(iii)")
    assert inline_enumeration(WRAPPED_LIST, at, "iii")
    # the classification reads the line break as a space: the lead-in and its items one sentence
    out = _unwrap(WRAPPED_LIST)
    assert len(out) == len(WRAPPED_LIST)
    assert out[at - 1] == " "


def test_a_list_set_out_one_item_a_line_keeps_its_items() -> None:
    clauses, _ = segment(doc(LIST_BY_LINE))
    assert [c.number for c in clauses] == ["5", "5(i)", "5(ii)", "5(iii)", "5(iv)"]
    for label in ("i", "ii", "iii", "iv"):
        assert not inline_enumeration(LIST_BY_LINE, LIST_BY_LINE.index(f"({label})"), label)
    assert "\n(ii)" in _unwrap(LIST_BY_LINE)


def test_a_first_item_at_a_line_start_whose_next_runs_inside_the_line() -> None:
    text = (
        "You agree that each notice you send will, taken as a whole, be accurate:\n"
        "(a) naming the account concerned; (b) describing the request; and (c) bearing a date.\n"
    )
    assert inline_enumeration(text, text.index("(a)"), "a")
    assert not inline_enumeration(LIST_BY_LINE, LIST_BY_LINE.index("(i)"), "i")
