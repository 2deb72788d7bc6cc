""" "You shall: (a) ...; (b) ...": a list item goes on from its lead-in, whose subject is the
item's when the item names none of its own (a party inside the item, "as we may reasonably
request", "notify you", is no subject)."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify, is_lead_in
from contractscan.models import ClauseType, Document, DocumentKind, PartyRole, Stance
from contractscan.structure import analyze_structure

RB = shipped_rulebook()


def _provisions(text: str, clauses: bool = True):
    """The provisions of `text` read as terms of service; without `clauses`, with no clause
    structure to say which item holds which (the lines above an item are all there is)."""
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    structure.kind = DocumentKind.terms_of_service
    if not clauses:
        structure.clauses = []
    return classify(doc, structure, RB)


def _in(found, words: str):
    return [p for p in found if words in p.quote]


def _customer_warranties(found, everything):
    """The warranties among `found`, asserted to be there and to bind the customer."""
    warranties = [p for p in found if p.type == ClauseType.warranty]
    assert warranties, [(p.rule, p.quote) for p in everything]
    assert all(p.obligor == PartyRole.customer for p in warranties), [
        (p.rule, p.obligor, p.stance) for p in warranties
    ]
    return warranties


def _provider_bound(found, everything):
    """`found`, asserted to be there and to bind the provider."""
    assert found, [(p.rule, p.type.value, p.quote) for p in everything]
    assert all(p.obligor == PartyRole.provider for p in found), [(p.rule, p.obligor) for p in found]
    return found


#: the list's items on lines of their own: the splitter makes each item a sentence
CUSTOMER_DUTIES = (
    "4. Your Obligations\n\n"
    "You shall:\n\n"
    "(a) pay all fees when due;\n\n"
    "(b) cooperate with us in good faith; and\n\n"
    "(c) provide such materials as we may reasonably request and ensure that such materials "
    "are complete and accurate.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        CUSTOMER_DUTIES,
        # the same list without the clause structure's help: items split at their line breaks
        CUSTOMER_DUTIES.replace("\n\n(", "\n("),
        # and inline in one sentence, the lead-in cut off from the item by the items' commas
        "You shall: (a) pay all fees when due, in full; (b) cooperate with us, in good faith; "
        "and (c) provide such materials as we may reasonably request and ensure that such "
        "materials are complete and accurate.",
    ],
    ids=["item clauses", "item lines", "inline"],
)
def test_an_item_takes_the_lead_ins_subject_not_a_party_inside_it(text):
    everything = _provisions(text)
    warranties = _customer_warranties(_in(everything, "complete and accurate"), everything)
    assert all(p.stance != Stance.commits for p in warranties)


def test_a_negated_lead_in_makes_each_item_a_prohibition_on_the_customer():
    text = (
        "5. Restrictions\n\n"
        "You shall not:\n\n"
        "(a) resell the Services;\n\n"
        "(b) collect or store personal data of other users; or\n\n"
        "(c) use the Outputs to develop a competing model.\n"
    )
    found = _provisions(text)
    items = _in(found, "personal data") + _in(found, "competing model")
    assert items, [(p.rule, p.quote) for p in found]
    # no promise about personal data or training: each item is something the customer must not do
    assert all(p.obligor == PartyRole.customer for p in items), [
        (p.rule, p.type.value, p.obligor) for p in items
    ]
    assert all(p.stance != Stance.commits for p in items), [
        (p.rule, p.type.value, p.stance) for p in items
    ]


def test_an_item_that_names_the_customer_stays_the_providers_promise():
    text = (
        "6. Security\n\n"
        "We will:\n\n"
        "(a) keep your Customer Data secure using industry standard measures; and\n\n"
        "(b) notify you of any security incident affecting your Customer Data without undue "
        "delay.\n"
    )
    everything = _provisions(text)
    notices = [
        p for p in _in(everything, "notify you") if p.type == ClauseType.incident_notification
    ]
    _provider_bound(notices, everything)


def test_an_item_with_a_subject_of_its_own_keeps_it():
    text = (
        "7. Termination\n\n"
        "Upon termination of these Terms:\n\n"
        "(a) you must stop using the Services; and\n\n"
        "(b) we may delete your Customer Data after thirty days.\n"
    )
    found = _in(_provisions(text), "we may delete")
    assert found and all(p.obligor in (PartyRole.provider, None) for p in found), [
        (p.rule, p.obligor) for p in found
    ]


def test_a_party_that_opens_a_clause_inside_the_item_is_its_subject():
    text = (
        "8. Your Liability\n\n"
        "You will not be liable for any loss:\n\n"
        "(a) arising after you tell us of the unauthorised use; or\n\n"
        "(b) if we did not ensure that our support line was available to you.\n"
    )
    everything = _provisions(text)
    _provider_bound(
        [p for p in _in(everything, "we did not") if p.rule.startswith("warranty.")], everything
    )


def test_an_item_is_read_with_its_lead_ins_words():
    """A right reserved in the lead-in is no promise in its items: the words that keep a rule from
    reading the sentence ("reserves the right") keep it from reading the item too."""
    text = (
        'These Terms are an agreement between Zentro Inc. ("Zentro") and you.\n\n'
        "9. Breach\n\n"
        "If you breach these Terms, Zentro reserves the right to:\n\n"
        "1. warn you by email;\n"
        "2. delete any of your content stored on the Services; and\n"
        "3. close your account.\n"
    )
    found = [p for p in _in(_provisions(text), "delete any of your content")]
    assert not [p for p in found if p.stance == Stance.commits], [
        (p.rule, p.stance, p.obligor) for p in found
    ]


def test_an_item_run_into_its_sentence_is_read_for_areas_alone() -> None:
    """In a list run into one sentence, a duty matched in item (c) names the areas of (c): the
    decisions of item (b) are no downstream harm put on the customer. A match in the lead-in keeps
    the whole list."""
    found = _provisions(
        "4. Your Obligations\n\n"
        "You shall: (a) reasonably cooperate with us in all matters relating to the Service; "
        "(b) respond promptly to any request by us for information, approvals or decisions "
        "needed to provide the Service; and (c) provide such materials as we may reasonably "
        "request and ensure that such materials are complete and accurate in all material "
        "respects.\n\n"
        "5. Your Content\n\n"
        "You are solely responsible for: (a) the decisions you make with the Outputs; and "
        "(b) the accuracy of the materials you provide.\n"
    )
    duty = [p for p in _in(found, "complete and accurate") if "ensure" in p.explanation]
    assert duty, [(p.rule, p.explanation) for p in found]
    assert duty[0].areas and "downstream_harm" not in duty[0].areas, duty[0].areas
    lead = [p for p in _in(found, "solely responsible for") if p.rule.startswith("responsibility")]
    assert lead, [(p.rule, p.quote) for p in found]
    assert "downstream_harm" in lead[0].areas and len(lead[0].areas) >= 2, lead[0].areas


#: a list inside a list, run into one sentence: the inner lead-in has a subject of its own
NESTED = (
    "4. Your Obligations\n\n"
    "You shall: (a) where we host the Service for you, allow us to: (i) keep backups of your "
    "data; and (ii) restore them on request; (b) provide such materials as we may reasonably "
    "request and ensure that such materials are complete and accurate; and (c) pay all fees "
    "when due."
)


@pytest.mark.parametrize(
    "text",
    [
        NESTED,
        NESTED.replace("allow us to:", "we shall:"),
        # the same lists numbered and lettered the other way round
        NESTED.replace("(a)", "(1)").replace("(b)", "(2)").replace("(c)", "(3)"),
    ],
    ids=["inner lead-in names us", "inner lead-in with its own subject", "numbered"],
)
def test_an_item_after_a_list_inside_the_list_takes_the_outer_lead_in(text):
    """Item (b) follows the inner list of item (a): it goes on from "You shall:", the colon whose
    list its label belongs to, not from the inner lead-in, the last colon before it."""
    everything = _provisions(text)
    warranties = _customer_warranties(_in(everything, "complete and accurate"), everything)
    assert all(p.stance != Stance.commits for p in warranties)


def test_an_item_of_the_inner_list_takes_the_inner_lead_in():
    text = (
        "6. Security\n\n"
        "You shall: (a) keep your password secret; (b) where we host your data, we shall: (i) "
        "keep your Customer Data secure; and (ii) notify you of any security incident affecting "
        "your Customer Data without undue delay; and (c) pay all fees when due."
    )
    everything = _provisions(text)
    _provider_bound(
        [p for p in _in(everything, "notify you") if p.rule.startswith("incident.")], everything
    )


def test_an_item_after_a_list_inside_the_list_on_lines_of_their_own():
    """Read in the lines above it (no clause structure to say which item holds which), item (b)
    passes the items of (a)'s list and (a), whose colon opens that inner list, up to "You
    shall:"."""
    text = (
        "You shall:\n"
        "(a) where we host the Service for you, we shall:\n"
        "(i) keep backups of your data; and\n"
        "(ii) restore them on request;\n"
        "(b) provide such materials as we may reasonably request and ensure that such "
        "materials are complete and accurate; and\n"
        "(c) pay all fees when due.\n"
    )
    everything = _provisions(text, clauses=False)
    _customer_warranties(_in(everything, "complete and accurate"), everything)


@pytest.mark.parametrize(
    ("lead_in", "clause_type", "obligor"),
    [
        ("We warrant that:", ClauseType.warranty, PartyRole.provider),
        ("You must not:", ClauseType.acceptable_use, PartyRole.customer),
    ],
)
def test_a_short_lead_in_of_three_words_is_read_not_taken_for_a_heading(
    lead_in, clause_type, obligor
):
    text = (
        f"7. Promises\n\n7.1 {lead_in}\n\n(a) the Service meets the Documentation;\n\n"
        "(b) no Model uses a Protected Characteristic as an input.\n"
    )
    found = [p for p in _provisions(text) if p.quote.strip().endswith(lead_in)]
    assert [(p.type, p.obligor) for p in found] == [(clause_type, obligor)], [
        (p.rule, p.quote) for p in _provisions(text)
    ]


def test_a_lead_in_reads_the_lower_case_decimal_items_below_it():
    """ "11.1 Gannet warrants that:" over "11.1.1 the Engine ...;" "11.1.2 no Standard Model uses
    race, colour, religion or sex ...": decimal items in lower case are clauses under the lead-in,
    which reads them for its areas."""
    text = (
        'Licence Agreement between Gannet GmbH ("Gannet") and Lender Ltd ("Licensee").\n\n'
        "11. WARRANTIES\n11.1 Gannet warrants that:\n"
        "11.1.1 the Decision Engine will perform materially in accordance with its documentation;\n"
        "11.1.2 no Standard Model uses an applicant's race, colour, religion or sex as an input; and\n"
        "11.1.3 it will not knowingly introduce malicious code into the Decision Engine.\n"
        "11.2 Licensee shall pay the Fees.\n"
    )
    lead = [p for p in _provisions(text) if "Gannet warrants that:" in p.quote]
    assert lead and lead[0].type == ClauseType.warranty, [
        (p.rule, p.quote) for p in _provisions(text)
    ]
    assert "fairness" in lead[0].areas, lead[0].areas


def test_a_lead_in_without_a_colon_is_read_with_its_items():
    """ "(1) The Supplier shall be liable without limitation" over "a) for damage caused ...":
    a line with a subject and its modal is no heading, and what it carves out is in its items;
    no cap of the terms reaches what it names."""
    text = (
        "1. Liability\n\n(1) The Supplier shall be liable without limitation\n\n"
        "a) for damage caused intentionally or by gross negligence;\n\n"
        "b) for damage resulting from injury to life, body or health.\n\n"
        "(2) In cases of slight negligence the Supplier's liability is limited to the damage "
        "that was foreseeable and typical for this type of contract.\n"
    )
    found = _provisions(text)
    [lift] = [p for p in found if p.rule == "liability.carve_out"]
    assert lift.attributes["lifts"] == ["*"]
    assert {"gross_negligence", "death_personal_injury"} <= set(lift.attributes["carve_outs"])
    [cap] = [p for p in found if p.attributes.get("cap_basis")]
    assert cap.attributes["cap_basis"] == "foreseeable_damage"


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        ("The Company does not guarantee any of the following.", True),
        ("A User shall not engage in the following acts.", True),
        (
            "A User shall not do any of the following, or anything the Company reasonably "
            "determines to fall under any of them.",
            True,
        ),
        ("You may not:", True),
        ("The following terms apply to paid plans only.", False),
        ("We will notify you of the following.  It is important.", False),
    ],
)
def test_a_lead_in_may_end_in_a_full_stop(sentence: str, lead_in: bool) -> None:
    assert is_lead_in(sentence) is lead_in
