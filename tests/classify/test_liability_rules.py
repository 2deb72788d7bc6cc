"""Limitation-of-liability rules on sentences: what counts as a limitation, and what CUAD's
`Cap On Liability` reads as a cap (a cap on the amount or an exclusion of damage kinds)."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.evaluation.clauses import _states_cap
from contractscan.models import ClauseType, Document, DocumentStructure

RB = shipped_rulebook()
LOL = ClauseType.limitation_of_liability


def liability(text: str) -> list:
    doc = Document(id="t", path="<t>", text=text)
    return [p for p in classify(doc, DocumentStructure(), RB) if p.type == LOL]


# (sentence, is a limitation_of_liability, states a cap in CUAD's sense)
TABLE = [
    ("WE AREN’T RESPONSIBLE FOR THE CONDUCT OF ANY USER OF THE SERVICES.", True, False),
    ("Acme isn’t liable for damages that result from a minor breach.", True, False),
    ("You hereby release us from any and all claims arising from the testing.", True, False),
    ("We will only be responsible for foreseeable losses.", True, False),
    ("Our total liability shall be limited to the fees paid in the prior 12 months.", True, True),
    (
        "Neither party shall be liable for any indirect, special or consequential damages.",
        True,
        True,
    ),
    ("The Company has not incurred any liability under any pension plan.", False, False),
    ("You accept responsibility for all activities that occur under your account.", False, False),
    (
        "These Terms (the Statement of Rights and Responsibilities) are the entire agreement "
        "between you and Example Ireland Limited.",
        False,
        False,
    ),
    ("We reserve the right, but disclaim any responsibility, to remove any post.", False, False),
    (
        "Neither party will be liable for any delay caused wholly outside the control of the party "
        'so delaying (a "Force Majeur Event").',
        False,
        False,
    ),
    (
        "Apple is not responsible for addressing any claims you have relating to the app.",
        False,
        False,
    ),
    (
        "You may seek an injunction to protect our special information and you acknowledge that "
        "money damages would be insufficient.",
        False,
        False,
    ),
    (
        "Insurance maintained by you will not relieve you of liability under the indemnity.",
        False,
        False,
    ),
    # a cap stated on what may be recovered, not on "liability"
    (
        "Damages recoverable by either party shall not exceed the fees paid in the prior six months.",
        True,
        True,
    ),
    (
        "Recovery by the Reseller for any claim under this Agreement is limited to the price paid "
        "for the units concerned.",
        True,
        True,
    ),
    ("In no event shall damages awarded against the Studio exceed the royalties paid.", True, True),
    # a limitation period with words between the verb and the period
    (
        "No claim may be asserted by either party more than one year after the event giving rise "
        "to it.",
        True,
        True,
    ),
    # liquidated damages and costs are no cap on liability
    (
        "Liquidated damages for late delivery shall not exceed ten percent of the order value.",
        False,
        False,
    ),
    ("The Builder may recover its costs up to the amount of the deposit.", False, False),
]


@pytest.mark.parametrize(("text", "is_limitation", "is_cap"), TABLE)
def test_limitation_and_cap(text: str, is_limitation: bool, is_cap: bool) -> None:
    found = liability(text)
    assert bool(found) == is_limitation, [(p.rule, p.attributes) for p in found]
    assert any(_states_cap(p) for p in found) == is_cap, [(p.rule, p.attributes) for p in found]


@pytest.mark.parametrize(
    ("text", "obligor", "beneficiary"),
    [
        (
            "You hereby release us from any and all claims arising from the testing.",
            "provider",
            "customer",
        ),
        (
            "We release you from all liability for delays caused by the carrier.",
            "customer",
            "provider",
        ),
    ],
)
def test_a_release_excludes_the_released_party_liability(text, obligor, beneficiary):
    """The party released (the object) is the one whose liability is excluded."""
    found = [p for p in liability(text) if p.rule == "liability.release"]
    assert found, text
    assert (found[0].obligor, found[0].beneficiary) == (obligor, beneficiary)


def test_an_exclusive_remedy_counts_as_a_cap_for_cuad_but_hollows_nothing() -> None:
    """CUAD's `Cap On Liability` includes limits of remedies; coverage reads from them neither a
    cap (they bind one failure only) nor a disclaimer (they name no area)."""
    from contractscan.coverage import is_cap
    from contractscan.evaluation.clauses import _states_cap

    found = [
        p
        for p in classify(
            Document(
                id="d",
                path="<t>",
                text="Customer's sole and exclusive remedy for breach of the warranty is re-performance.",
            ),
            DocumentStructure(),
            RB,
        )
        if p.rule == "liability.exclusive_remedy"
    ]
    assert found and all(_states_cap(p) and not is_cap(p) and not p.areas for p in found)


# (clause text, what the contract's carve-outs hold, or None where CUAD's `Uncapped Liability`
# reads no carve-out: nothing escapes a cap or damages exclusion)
CARVE_OUTS = [
    (
        "9.3 Exclusions. Neither party shall be liable for any indirect or consequential damages. "
        "Nothing in this Section 9.3 is intended to or shall limit the indemnification "
        "obligations of either party under Article 11 or damages for a breach of its "
        "confidentiality obligations in Article 8.",
        {"indemnity", "confidentiality", "section:11", "section:8"},
    ),
    (
        "EXCEPT WITH RESPECT TO THE VENDOR'S OBLIGATIONS UNDER PARAGRAPH 12, THE VENDOR'S "
        "MAXIMUM LIABILITY SHALL BE LIMITED TO THE FEES PAID UNDER THE ORDER.",
        {"section:12"},
    ),
    (
        "Nothing in these Terms excludes or limits our liability for death or personal injury "
        "caused by our negligence, or for fraud.",
        {"death_personal_injury", "fraud"},
    ),
    # the duty to notify of a breach carved out, not the data duties whose breach it reports
    (
        "Sections 13.1 and 13.2 do not apply to our liability for failing to notify you of a "
        "Personal Data Breach in accordance with Section 8.6.",
        {"breach_notice", "section:8.6"},
    ),
    # a termination without liability limits nothing: what it excepts is no carve-out
    (
        "Either party may cancel this Agreement on notice, and any such cancellation shall be "
        "without liability of either party except as provided in Sections 4 and 9.",
        None,
    ),
    (
        "Nothing in this Agreement limits either party's right to seek injunctive relief for a "
        "breach of Section 7.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "carved"), CARVE_OUTS)
def test_carve_outs_as_cuad_uncapped_liability_reads_them(text: str, carved: set | None) -> None:
    from contractscan.evaluation.clauses import _has_carve_out

    found = liability(text)
    escaping = [p for p in found if _has_carve_out(p)]
    if carved is None:
        assert not escaping, [(p.rule, p.attributes) for p in escaping]
        return
    assert escaping, [(p.rule, p.attributes) for p in found]
    assert set().union(*(p.attributes["carve_outs"] for p in escaping)) >= carved


def test_nothing_in_a_numbered_section_lifts_that_section() -> None:
    """'Nothing in this Section 9.3 shall limit ...' lifts the cap of 9.3 for what follows; the
    section it names is the cap lifted, not a carve-out."""
    found = liability(
        "Nothing in this Section 9.3 shall limit or restrict either party's liability for its "
        "indemnification obligations under Section 11."
    )
    lifting = [p for p in found if p.attributes.get("lifts")]
    assert lifting, [(p.rule, p.attributes) for p in found]
    assert lifting[0].attributes["lifts"] == ["9.3"]
    assert "section:9.3" not in lifting[0].attributes["carve_outs"]
    assert "section:11" in lifting[0].attributes["carve_outs"]


def test_a_lead_in_reads_the_bullets_after_it_for_its_carve_outs() -> None:
    """'Sections 13.1 and 13.2 do not apply to:' over Markdown bullets that are no clauses of their
    own: the carve-outs are read from the bullets."""
    from contractscan.evaluation.clauses import text_document
    from contractscan.structure import analyze_structure

    text = (
        "## 13. Liability\n\n**13.2** Our total liability is limited to the fees paid in the last "
        "twelve months.\n\n**13.3 Exceptions.** Sections 13.1 and 13.2 do not apply to:\n\n"
        "- our liability for failing to notify you of a Personal Data Breach under Section 8.6;\n"
        "- liability for damage caused by gross negligence.\n"
    )
    document = text_document("t", "t.md", text)
    found = classify(document, analyze_structure(document), RB)
    carved = set().union(*(set(p.attributes.get("carve_outs", [])) for p in found))
    assert {"breach_notice", "section:8.6", "gross_negligence"} <= carved
    assert "data_breach" not in carved


def test_a_section_title_in_brackets_carves_out_no_kind_of_its_own() -> None:
    """ "Teasel's breach of Section 9 (Data Protection and Security)": the bracketed title names the
    section, so the carve-out is Section 9, not every data-breach or confidentiality liability (which
    would shelter a general warranty's reach to security)."""
    found = liability(
        "Sections 13.1 and 13.2 do not apply to (a) a party's obligations under Section 12 "
        "(Indemnification); or (b) Teasel's breach of Section 9 (Data Protection and Security)."
    )
    carved = set().union(*(set(p.attributes.get("carve_outs", [])) for p in found))
    assert {"section:12", "section:9"} <= carved, carved
    assert not carved & {"data_breach", "indemnity", "confidentiality"}, carved
    named = liability("The limits in Section 13.2 do not apply to a breach of confidentiality.")
    assert "confidentiality" in set().union(
        *(set(p.attributes.get("carve_outs", [])) for p in named)
    )
