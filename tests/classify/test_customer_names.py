"""A document that names the side it speaks to ("the Customer", "Licensee") is matched as if it
said "you": the rules are written in the second person (classify._classify_as_you). Offsets map
back through spacing.replace_spans, and quotes stay the document's own words."""

from __future__ import annotations

from conftest import shipped_rulebook
from hypothesis import given
from hypothesis import strategies as st

from contractscan.classify import classify
from contractscan.models import Document, DocumentStructure
from contractscan.spacing import replace_spans

RB = shipped_rulebook()


def _read(text: str) -> list:
    doc = Document(id="d", path="<test>", text=text)
    return classify(doc, DocumentStructure(), RB)


def test_replaced_words_map_back_to_the_words_they_replace() -> None:
    text = "If the Customer doesn't pay, we may suspend the Customer's account."
    spans = [(3, 15, "you"), (16, 23, "don't"), (44, 58, "your")]
    r = replace_spans(text, spans)
    assert r is not None
    assert r.text == "If you don't pay, we may suspend your account."
    for (start, end, new), at in zip(spans, (3, 7, 33)):
        assert r.text[at : at + len(new)] == new
        assert (r.to_original(at), r.to_original(at + len(new))) == (start, end)
        assert r.to_collapsed(start) == at
    assert r.to_original(len(r.text)) == len(text)


def test_a_longer_replacement_maps_inside_the_word_it_replaces() -> None:
    r = replace_spans("we close its account", [(9, 12, "your")])
    assert r is not None and r.text == "we close your account"
    assert [r.to_original(c) for c in range(9, 15)] == [9, 10, 11, 12, 12, 13]


@given(st.lists(st.integers(min_value=0, max_value=40), max_size=8), st.data())
def test_offsets_stay_in_order(cuts: list[int], data: st.DataObject) -> None:
    text = "the Customer agrees that its Customer's data is the Customer's"
    points = sorted(set(cuts))
    spans = [
        (a, b, data.draw(st.sampled_from(["you", "your", "YOU", "a"])))
        for a, b in zip(points[::2], points[1::2])
    ]
    r = replace_spans(text, spans)
    if r is None:
        return
    mapped = [r.to_original(c) for c in range(len(r.text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[0] == 0 and mapped[-1] == len(text)


# the same sentence with "you" and with the customer named: the same rule finds it
PAIRS = [
    (
        "responsibility.own_risk",
        "YOU AGREE THAT YOU USE THE ASSISTANT AT YOUR OWN DISCRETION AND RISK.",
        "THE CUSTOMER AGREES THAT THE CUSTOMER USES THE ASSISTANT AT THE CUSTOMER'S OWN "
        "DISCRETION AND RISK.",
    ),
    (
        "responsibility.own_risk",
        "Community templates come from the Company's users and are provided for you to use at your own "
        "risk.",
        "Community templates come from the Company's users and are provided for the Customer to use at "
        "its own risk.",
    ),
    (
        "termination.ends_account",
        "Zentro may suspend your API access without notice.",
        "Zentro may suspend the Customer's API access without notice.",
    ),
    (
        "termination.may_terminate",
        "If you don't keep your details current, we might have to suspend or terminate your account.",
        "If the Customer doesn't keep its details current, we might have to suspend or terminate "
        "its account.",
    ),
    (
        "data_use.license_to_content",
        "To run the Service, you grant Zentro the right to copy, store, reformat and modify your content.",
        "To run the Service, Licensee grants Zentro the right to copy, store, reformat and modify "
        "its content.",
    ),
    (
        "data_use.no_sale",
        "We will never sell your health data.",
        "We will never sell the Client’s health data.",
    ),
]


def test_customer_names_read_as_you() -> None:
    for rule, you, named in PAIRS:
        want = [(p.type, p.obligor, p.stance) for p in _read(you) if p.rule == rule]
        got = [(p.type, p.obligor, p.stance) for p in _read(named) if p.rule == rule]
        assert want, (rule, you)
        assert got == want, (rule, named)


def test_quotes_and_offsets_are_the_documents_own() -> None:
    text = "1. Use\n\nWe may suspend the Customer's API access without notice."
    found = [p for p in _read(text) if p.rule == "termination.ends_account"]
    assert found
    p = found[0]
    assert text[p.start : p.end] == "We may suspend the Customer's API access without notice."
    assert p.quote == text[p.start : p.end]
    assert "the Customer's API access" in (p.explanation or "")


def test_its_of_another_party_stays_its() -> None:
    # the first party named is Zentro: "its Services" are Zentro's, not the customer's
    text = "Zentro will defend the Customer against claims that its Services infringe a patent."
    assert [p.obligor for p in _read(text) if p.type.value == "indemnification"] == [
        p.obligor
        for p in _read(
            "Zentro will defend the Customer against claims that the Services infringe a patent."
        )
        if p.type.value == "indemnification"
    ]


def test_a_name_before_a_capital_is_a_modifier() -> None:
    # "Customer Data" is no "you Data": "your" patterns do not read it
    text = "We may suspend Customer Data processing."
    assert not [p for p in _read(text) if p.rule == "termination.ends_account"]
