"""The words around a provision that must not decide its areas: a heading about data above a
disclaimer of the outputs' accuracy is no data-quality disclaimer."""

from __future__ import annotations

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind
from contractscan.rulebook import load_rulebook
from contractscan.structure import analyze_structure

RB = load_rulebook()


def _areas(text: str, words: str) -> list[list[str]]:
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    structure.kind = DocumentKind.terms_of_service
    return [p.areas for p in classify(doc, structure, RB) if words in p.quote]


def test_a_heading_about_data_does_not_make_an_output_disclaimer_about_data() -> None:
    text = (
        "Orrery Terms of Service\n\n"
        "4. Your Data\n\n"
        "We do not warrant that the Outputs will be accurate.\n\n"
        "5. Inputs\n\n"
        "You warrant that the data you provide for training will be accurate.\n"
    )
    disclaimer = _areas(text, "Outputs will be accurate")
    assert disclaimer and "accuracy" in disclaimer[0], disclaimer
    assert "data_quality" not in disclaimer[0], disclaimer
    duty = _areas(text, "data you provide")
    assert duty and "data_quality" in duty[0], duty


def test_a_decision_in_the_singular_is_downstream_harm() -> None:
    text = (
        "Orrery Terms of Service\n\n"
        "8. Reliance\n\n"
        "We are not responsible for any decision you make based on Outputs.\n\n"
        "9. Use\n\n"
        "The Service is not designed or intended for use in situations where errors could lead "
        "to death or personal injury.\n"
    )
    assert any("downstream_harm" in a for a in _areas(text, "decision you make")), _areas(
        text, "decision you make"
    )
    assert any("downstream_harm" in a for a in _areas(text, "not designed or intended"))
