"""A document's own names for what its system produces ("Drafts", "Notes") are read as outputs
(`classify.output_terms`), so that "you must review each Draft" is review of outputs."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import output_terms
from contractscan.evaluation.clauses import text_document
from contractscan.structure import analyze_structure


def _names(text: str) -> set[str]:
    pattern = output_terms(analyze_structure(text_document("d", "d.txt", text)))
    words = ["Drafts", "Draft", "Interactive Areas", "Notes", "Workspace", "Detection"]
    return {w for w in words if pattern is not None and pattern.fullmatch(w)}


def test_a_term_cut_at_and_is_read_with_the_start_of_its_sentence():
    text = (
        "5. Drafts\n\n5.1 The Services use large language models to produce contract clauses, "
        'letters, policies and other documents in response to Your Content ("Drafts").\n\n'
        "5.2 You must review each Draft before you sign it.\n"
    )
    assert "Drafts" in _names(text)


def test_a_term_defined_without_quotes_is_read_like_a_quoted_one():
    text = (
        "2. Words we use\n\n"
        "- **Detection** means an automated judgement made by the Service about what appears "
        "in a Clip.\n"
        "- **Account** means your account with us.\n"
    )
    assert "Detection" in _names(text)


def test_a_compound_word_is_no_cue_and_a_name_of_a_place_is_no_output():
    text = (
        "4. Community\n\n4.1 Some parts of the Services allow users to post User-Generated "
        'Content and interact with one another ("Interactive Areas").\n\n'
        "4.2 You are responsible for your use of the Interactive Areas.\n"
    )
    assert "Interactive Areas" not in _names(text)


def test_the_words_before_a_sentence_break_are_not_read():
    text = (
        "3. Service\n\n3.1 The Service generates meeting notes. You may invite colleagues to a "
        'shared space and to documents you upload ("Workspace").\n'
    )
    assert "Workspace" not in _names(text)


def test_a_term_naming_each_item_of_a_list_reads_the_verb_before_the_list():
    text = (
        "1. Service\n\n1.1 You describe a question and the Service produces a research memo, a "
        "list of authorities, a summary of a judgment or an answer to a follow-up question (each "
        'a "Draft").\n'
    )
    assert "Drafts" in _names(text)
    # without "each", only the words just before the parenthesis name the term
    assert "Drafts" not in _names(text.replace("(each a ", "("))


def test_a_rule_reads_its_context_words_in_the_documents_names_for_outputs():
    # no_decision_without_review needs what a decision rests on ("output", "score", "based
    # on"): "Draft" is the document's name for its outputs
    from contractscan.classify import classify

    text = (
        "1. Service\n\n1.1 You describe a question and the Service produces a research memo, a "
        'list of authorities or an answer to a follow-up question (each a "Draft").\n\n'
        "1.2 You must not send a Draft to a client unless a lawyer has reviewed it.\n"
    )
    document = text_document("d", "d.txt", text)
    provisions = classify(document, analyze_structure(document), shipped_rulebook())
    found = {(p.rule, tuple(p.areas)) for p in provisions}
    assert ("responsibility.no_decision_without_review", ("human_oversight",)) in found
    # the same duty where "Draft" is defined as nothing the system makes
    plain = text.replace(' (each a "Draft").', '.\n\n1.3 "Draft" means a template you upload.')
    document = text_document("d", "d.txt", plain)
    rules = {p.rule for p in classify(document, analyze_structure(document), shipped_rulebook())}
    assert "responsibility.no_decision_without_review" not in rules
