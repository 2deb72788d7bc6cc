"""Cross-references resolved to clause ids."""

from __future__ import annotations

import pytest

from contractscan.crossrefs import find_cross_references
from contractscan.segment import segment

from .helpers import doc

BODY = (
    "3. Fees\n\nPay.\n\n4. Term\n\nOne year.\n\n8. Indemnity\n\n8.1 By Provider. Defend.\n\n"
    "8.2 By Customer. Defend.\n\n8.3 Procedure. Notify.\n\n9. Warranties\n\n9.2 Disclaimer. As is.\n\n"
    "11. Indemnification\n\nSee above.\n\nL. Liability\n\nL.3 Limits on Liability. Capped.\n\n"
    "G5. Limit on liability\n\nG5.1 The cap.\n\nG5.2 Exceptions.\n\n"
    "SCHEDULE 2\nAI ADDENDUM\n\nA.1 Outputs. Wrong.\n\n12. Limitation\n\n"
)


def refs(sentence: str) -> list[str | None]:
    text = BODY + sentence + "\n"
    clauses, _ = segment(doc(text))
    start = text.index(sentence)
    return [x.target for x in find_cross_references(text, clauses) if x.start >= start]


@pytest.mark.parametrize(
    "sentence,targets",
    [
        ("Except as provided in Section 9.2, the cap applies.", ["c-9.2"]),
        ("Sections 3 and 4 survive.", ["c-3", "c-4"]),
        ("The limits in this Section L.3 apply.", ["c-L.3"]),
        ("Section 11 (Indemnification) is excluded.", ["c-11"]),
        ("Sections 8.1 through 8.3 are excluded.", ["c-8.1", "c-8.2", "c-8.3"]),
        ("See Schedule 2 for details.", ["c-schedule-2"]),
        ("EXCEPT AS PROVIDED IN SECTIONS 3 AND 4, THE CAP APPLIES.", ["c-3", "c-4"]),
        ("SECTIONS 8.1 THROUGH 8.3 ARE EXCLUDED.", ["c-8.1", "c-8.2", "c-8.3"]),
        ("Section 7 applies.", [None]),
        # a part's letter with its section's number ("A1.1", "clause G5")
        ("Clause G5.1 does not limit liability for fraud.", ["c-G5.1"]),
        ("Subject to clauses G5.2 and G5, the cap applies.", ["c-G5.2", "c-G5"]),
        # British drafting writes "clause" in lower case; a heading in capitals "CLAUSE"
        ("Subject to clause 9.2, the cap applies.", ["c-9.2"]),
        ("SUBJECT TO CLAUSE 8.3 AND CLAUSE 11, NEITHER PARTY IS LIABLE.", ["c-8.3", "c-11"]),
        ("Under paragraphs 3 to 4 the fees are due.", ["c-3", "c-4"]),
        ("Section 230 of the Communications Decency Act does not apply.", []),
        # "Art." as Italian, Spanish and German drafting abbreviates "Article"; a statute's article
        # is no reference
        ("Subject to Art. 9.2 and Arts. 3 and 4, the cap applies.", ["c-9.2", "c-3", "c-4"]),
        ("Under art. 1229 of the Italian Civil Code, nothing limits that.", []),
    ],
)
def test_targets(sentence: str, targets: list) -> None:
    assert refs(sentence) == targets


def test_source_clause_and_span() -> None:
    text = BODY + "Subject to Section 9.2, nothing.\n"
    clauses, _ = segment(doc(text))
    xr = [x for x in find_cross_references(text, clauses) if x.target == "c-9.2"][-1]
    assert text[xr.start : xr.end] == xr.text == "Section 9.2"
    assert xr.source == "c-schedule-2-12"  # numbering restarted inside the schedule


def test_schedule_numbers_resolve_within_their_schedule() -> None:
    text = (
        "1. Services\n\nSee Section 2.\n\n2. Fees\n\nPay.\n\nSCHEDULE 1\nSERVICE LEVELS\n\n"
        "1. Availability\n\nUp.\n\n2. Credits\n\nAs in Section 1.\n"
    )
    clauses, _ = segment(doc(text))
    xs = {x.source: x.target for x in find_cross_references(text, clauses)}
    assert xs["c-1"] == "c-2"
    assert xs["c-schedule-1-2"] == "c-schedule-1-1"


def test_an_article_of_a_code_cited_by_its_abbreviation_is_no_section_of_ours():
    from contractscan.attributes import section_refs

    assert section_refs("Liability for slight negligence is excluded under Art. 100 CO.") == []
    assert section_refs("as far as § 309 BGB permits, and subject to Section 4") == ["4"]
    assert section_refs("the processor's duties under Article 28 GDPR") == []
    # a word in capitals after the number is no code ("SECTIONS 9 AND 10 CONTINUE")
    assert section_refs("SECTIONS 9 AND 10 CONTINUE TO APPLY") == ["9", "10"]


def test_a_paragraph_in_brackets_is_part_of_the_number_it_follows():
    """ "§ 10 (5)" and "Section 13(5)" name one paragraph, not the whole section; "Sections 5 (a)
    and (b)" still names section 5 (its items are read beside the provision's own clause)."""
    from contractscan.attributes import section_refs

    assert section_refs("a guarantee assumed in accordance with § 10 (5)") == ["10(5)"]
    assert section_refs("(§ 13(5) sentence 3)") == ["13(5)"]
    assert section_refs("Section 7(b) does not apply") == ["7(b)"]
    assert section_refs("Sections 5 (a) and (b)") == ["5"]
    assert section_refs("Section 7 (Confidentiality)") == ["7"]
    assert section_refs("Clauses 12.2 to 12.4") == ["12.2", "12.3", "12.4"]
