"""The UNFAIR-ToS tag mappings of the clause evaluation, read on provisions the classifier makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params, shipped_rulebook

from contractscan.classify import classify
from contractscan.evaluation.clauses import (
    _predicted_for,
    parse_unfair,
    structure_of,
    text_document,
    with_lists,
)
from contractscan.models import Document, DocumentStructure

RB = shipped_rulebook()


def provisions(text: str) -> list:
    return classify(Document(id="t", path="<t>", text=text), DocumentStructure(), RB)


# (sentence, tag, predicted under the refined mapping, predicted under the plain mapping)
TABLE = [
    ("We will not be liable for any loss of data.", "ltd", True, True),
    ("You will be liable for all losses caused by your breach of these Terms.", "ltd", False, True),
    ("THE SERVICE IS PROVIDED AS IS AND WE DISCLAIM ALL WARRANTIES.", "ltd", False, True),
    ("We may suspend or terminate your account at any time.", "ter", True, True),
    ("You may terminate this Agreement at any time by writing to us.", "ter", False, True),
    ("We may change these Terms at any time without notice.", "ch", True, True),
    # a promise of notice is no right to change
    ("We will give you 30 days' notice before we change these Terms.", "ch", False, True),
    ("Any dispute will be resolved by binding arbitration.", "a", True, True),
    ("We reserve the right to limit your use of the Services at any time.", "ch", True, True),
    (
        "We may decide to discontinue the Services to comply with a legal requirement.",
        "ch",
        False,
        False,
    ),
    (
        "We may decide to discontinue the Services to comply with a legal requirement.",
        "ter",
        True,
        True,
    ),
    (
        "Our policies provide for the termination, in appropriate circumstances, of repeat infringers’ access to the Service.",
        "ter",
        True,
        True,
    ),
    (
        "If we permanently suspend your user account, we will notify you in advance so that you can save your content.",
        "ter",
        False,
        False,
    ),
    (
        "THESE EXCLUSIONS WILL APPLY REGARDLESS OF WHETHER WE WERE WARNED OF THE POSSIBILITY OF SUCH DAMAGES.",
        "ltd",
        True,
        True,
    ),
    ("Apple is not responsible for the App or its content.", "ltd", False, False),
    # a limitation period shortens the time to sue, not the liability: the corpus leaves it untagged
    (
        "Any claim arising out of these Terms must be filed within one year or it is forever barred.",
        "ltd",
        False,
        True,
    ),
    # the provider excused for events beyond its control is tagged; a mutual clause is not read
    (
        "We will not be liable for any delay or failure caused by events beyond our reasonable control.",
        "ltd",
        True,
        True,
    ),
    (
        "Neither party will be liable for any delay caused by a force majeure event.",
        "ltd",
        False,
        False,
    ),
    # a limit of remedies: CUAD counts it as a cap, the consumer-terms corpus leaves it untagged
    (
        "If you are dissatisfied with the Service, your sole remedy is to stop using it.",
        "ltd",
        False,
        True,
    ),
]


FAMILY_TABLE = Path(__file__).parent / "unfair_families.yaml"


@pytest.mark.parametrize(
    ("text", "tag", "want"),
    family_params(
        FAMILY_TABLE,
        lambda c: (c["text"], c["tag"], c.get("want", True)),
        lambda c: f"{c['tag']}-{c['text'][:40]}",
    ),
)
def test_unfair_family(text: str, tag: str, want: bool) -> None:
    """An invented consumer-terms sentence read as the evaluation reads a document."""
    document = text_document("t", "<t>", text)
    structure = structure_of(document)
    found = with_lists(classify(document, structure, RB), structure, text)
    assert bool(_predicted_for(tag, found)) is want, sorted(
        f"{p.type.value}/{p.rule}" for p in found
    )


@pytest.mark.parametrize(("sentence", "tag", "refined", "plain"), TABLE)
def test_mappings(sentence: str, tag: str, refined: bool, plain: bool) -> None:
    found = provisions(sentence)
    assert bool(_predicted_for(tag, found)) is refined
    assert bool(_predicted_for(tag, found, refined=False)) is plain


def test_parse_unfair_spans() -> None:
    text, spans = parse_unfair("Hi. <ltd2>We are not liable.</ltd2> <ter3>We may ban you.</ter3>")
    assert text == "Hi. We are not liable. We may ban you."
    assert [(t, text[s:e]) for t, s, e in spans] == [
        ("ltd", "We are not liable."),
        ("ter", "We may ban you."),
    ]


def test_lead_in_reaches_its_list() -> None:
    text = (
        "11. Termination\n\n"
        "11.1 You may close your account at any time.\n\n"
        "11.2 We may suspend or terminate your account at any time:\n\n"
        "(a) if you are in breach of these Terms;\n\n"
        "(b) if we reasonably suspect that you are using the Services to break the law;\n\n"
        "(c) if we are required to do so by law.\n\n"
        "12. Liability\n\nWe are not liable for lost profits.\n"
    )
    document = text_document("t", "<t>", text)
    structure = structure_of(document)
    found = with_lists(classify(document, structure, RB), structure, text)
    ter = _predicted_for("ter", found)
    assert ter, "the provider's termination right is a ter prediction"
    lead = ter[0]
    assert text[lead.start :].startswith("11.2 We may suspend")
    assert lead.end >= text.index("required to do so by law")
    assert lead.end < text.index("12. Liability")
    ltd = _predicted_for("ltd", found)
    assert [text[p.start : p.end] for p in ltd] == ["We are not liable for lost profits."]
