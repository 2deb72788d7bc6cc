"""The legal sentence splitter as a spaCy component."""

from __future__ import annotations

import pytest
import spacy

from contractscan.sentences import COMPONENT_NAME, add_legal_sentencizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    add_legal_sentencizer(nlp)
    return nlp


CASES = [
    (
        "corporate abbreviations",
        'Acme AI, Inc. ("Provider") and Beta Corp. agree. The parties sign.',
        ['Acme AI, Inc. ("Provider") and Beta Corp. agree.', "The parties sign."],
    ),
    (
        "U.S., e.g., No.",
        "U.S. law applies, e.g. in No. 5 cases. Nothing else does.",
        ["U.S. law applies, e.g. in No. 5 cases.", "Nothing else does."],
    ),
    (
        "section number before a heading",
        "9.2. Limitation of Liability. Neither party is liable. This applies.",
        ["9.2. Limitation of Liability.", "Neither party is liable.", "This applies."],
    ),
    (
        "section reference does not end a sentence",
        "As set out in Section 9.2. the Customer shall pay. Payment is due.",
        ["As set out in Section 9.2. the Customer shall pay.", "Payment is due."],
    ),
    (
        "a section reference ends a sentence before a capital",
        "Liability is capped in clause 13.3. Instead, liability under clause 13.4 is uncapped.",
        [
            "Liability is capped in clause 13.3.",
            "Instead, liability under clause 13.4 is uncapped.",
        ],
    ),
    (
        "a line opening on a section's label keeps its heading",
        "Intro.\nSection 9.2. Indemnification. The Provider shall defend.",
        ["Intro.", "Section 9.2. Indemnification.", "The Provider shall defend."],
    ),
    (
        "a citation of a code of regulations",
        "Flights comply with 14 C.F.R. Part 107 and 42 U.S.C. Section 1983. Then done.",
        ["Flights comply with 14 C.F.R. Part 107 and 42 U.S.C. Section 1983.", "Then done."],
    ),
    (
        "enumeration stays one sentence",
        "The Provider shall (a) notify Customer; (b) cooperate; and (c) report. Then done.",
        ["The Provider shall (a) notify Customer; (b) cooperate; and (c) report.", "Then done."],
    ),
    (
        "no split inside a parenthesis",
        "Fees are due (see Sec. 4. Payment. Terms apply) on receipt. Late fees accrue.",
        ["Fees are due (see Sec. 4. Payment. Terms apply) on receipt.", "Late fees accrue."],
    ),
    (
        "no split inside a quoted term",
        "“Customer Data. Inputs.” means data you send. It excludes usage.",
        ["“Customer Data. Inputs.” means data you send.", "It excludes usage."],
    ),
    (
        "a heading line ends at its newline",
        "LIMITATION OF LIABILITY\nNeither party is liable. See Smith v. Jones.",
        ["LIMITATION OF LIABILITY", "Neither party is liable.", "See Smith v. Jones."],
    ),
    (
        "paragraph break",
        "Art. 5 of the GDPR et al. applies\n\nnew paragraph starts here.",
        ["Art. 5 of the GDPR et al. applies", "new paragraph starts here."],
    ),
    (
        "a stray straight quote stops counting after 60 words",
        'Use the mark " on ' + "word " * 70 + "here. Then stop.",
        ['Use the mark " on ' + "word " * 70 + "here.", "Then stop."],
    ),
    (
        "an unclosed curly quote stops counting after 60 words",
        "Use the mark “ on " + "word " * 70 + "here. Then stop.",
        ["Use the mark “ on " + "word " * 70 + "here.", "Then stop."],
    ),
    (
        "a closed quote within reach holds its full stops",
        'He wrote "Stop. Go." and left. Then stop.',
        ['He wrote "Stop. Go." and left.', "Then stop."],
    ),
    (
        "a short line without a stop is a heading; a long wrapped line is not",
        "Fees\nCustomer pays monthly. The provider invoices, and the invoice\nis due in 30 days.",
        [
            "Fees",
            "Customer pays monthly.",
            "The provider invoices, and the invoice\nis due in 30 days.",
        ],
    ),
    (
        "lower case after a full stop is not a new sentence",
        "Pay within 30 days. of the invoice date, as agreed.",
        ["Pay within 30 days. of the invoice date, as agreed."],
    ),
    (
        "currency and company-name abbreviations do not end a sentence",
        "Liability shall not exceed Rs. 10,00,000 in total. Smith Bros. Mfg. Co. agrees.",
        ["Liability shall not exceed Rs. 10,00,000 in total.", "Smith Bros. Mfg. Co. agrees."],
    ),
    (
        "a stop inside a closing quote ends the sentence",
        "We close the accounts of “Repeat Offenders.” A Repeat Offender is warned twice.",
        ["We close the accounts of “Repeat Offenders.”", "A Repeat Offender is warned twice."],
    ),
    (
        "a stop inside a closing straight quote ends the sentence",
        'The sign said "Closed." Customers left.',
        ['The sign said "Closed."', "Customers left."],
    ),
    (
        "a stop inside a closing parenthesis ends the sentence",
        "You may cancel at any time (see Section 4 for details.) After that, data is deleted.",
        ["You may cancel at any time (see Section 4 for details.)", "After that, data is deleted."],
    ),
    (
        "a quoted term with a stop followed by lower case does not end it",
        'The term "Services." means what we offer.',
        ['The term "Services." means what we offer.'],
    ),
    (
        "a clause number closing a parenthesis does not end it",
        "The fees (as set out in Section 4.2.) The Company invoices monthly.",
        ["The fees (as set out in Section 4.2.) The Company invoices monthly."],
    ),
    (
        "a paragraph hard-wrapped at 40 columns breaks only at its stops",
        'TO THE EXTENT PERMITTED BY LAW, THE\nSERVICES AND ALL OUTPUTS ARE\nPROVIDED "AS IS". WE DO NOT WARRANT THAT\n'
        "OUTPUTS WILL BE ACCURATE, COMPLETE OR\nFREE FROM BIAS.",
        [
            'TO THE EXTENT PERMITTED BY LAW, THE\nSERVICES AND ALL OUTPUTS ARE\nPROVIDED "AS IS".',
            "WE DO NOT WARRANT THAT\nOUTPUTS WILL BE ACCURATE, COMPLETE OR\nFREE FROM BIAS.",
        ],
    ),
    (
        "an abbreviation at the end of a wrapped line ends no sentence",
        "You are not on any list of restricted persons of any agency of the U.S.\n"
        "Government. We may check this.",
        [
            "You are not on any list of restricted persons of any agency of the U.S.\nGovernment.",
            "We may check this.",
        ],
    ),
    (
        "a country's initials at a line's start are no item label",
        "Send every notice to the registered office of Larkspur Systems, Dayton, OH 45402\n"
        "USA. The notice must be in writing.",
        [
            "Send every notice to the registered office of Larkspur Systems, Dayton, OH 45402\n"
            "USA.",
            "The notice must be in writing.",
        ],
    ),
    (
        "a semicolon at a line's end inside brackets ends no sentence",
        "The terms that survive the end of this agreement for any reason (Secrecy;\n"
        "Fees; Liability) bind "
        "you. We may enforce them.",
        [
            "The terms that survive the end of this agreement for any reason (Secrecy;\n"
            "Fees; Liability) bind "
            "you.",
            "We may enforce them.",
        ],
    ),
    (
        "a short line runs on into a bracket around a word in lower case",
        "Any notice under the Copyright Act\n(the Act) must be in writing.",
        ["Any notice under the Copyright Act\n(the Act) must be in writing."],
    ),
    (
        "a sentence starts at its first word, not at the bold or italic markers before it",
        "We have rules.\n\n**Don't use the app to:**\n\n_You must_ keep it safe.",
        ["We have rules.\n\n**", "Don't use the app to:**\n\n_", "You must_ keep it safe."],
    ),
    (
        "a list item's words start a sentence after its bullet, not after a label or a number",
        "Rules:\n\n- Do not resell it.\n\n1. Do not copy it.\n\n- (a) keep it safe.",
        ["Rules:", "-", "Do not resell it.", "1. Do not copy it.", "- (a) keep it safe."],
    ),
    (
        "a time of day: 'p.m.' before a time zone ends no sentence",
        "Send it before 11:59 p.m. Central Time on the deadline, and we will file it. We confirm "
        "by 9 a.m. ET the next day.",
        [
            "Send it before 11:59 p.m. Central Time on the deadline, and we will file it.",
            "We confirm by 9 a.m. ET the next day.",
        ],
    ),
    (
        "a bullet on the next line after a finished sentence starts one",
        "We may release minor updates at any time.\n- We will announce each major update 30 days "
        "before it applies.\n- Every major update is tested.",
        [
            "We may release minor updates at any time.",
            "-",
            "We will announce each major update 30 days before it applies.",
            "-",
            "Every major update is tested.",
        ],
    ),
    (
        "a bullet inside a Markdown quote box starts one too",
        "> - We do not train on your files.\n> - We may change the AI model at any time.",
        [
            "> - We do not train on your files.",
            "> - We may change the AI model at any time.",
        ],
    ),
    (
        "a bullet item in lower case goes on with its lead-in",
        "You must not:\n- copy the Service;\n- resell it.",
        ["You must not:\n- copy the Service;\n- resell it."],
    ),
    (
        "a short line after a finished sentence is still a heading",
        "You agree to these Terms.\nLIMITATION OF LIABILITY\nOur liability is capped.",
        ["You agree to these Terms.", "LIMITATION OF LIABILITY", "Our liability is capped."],
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_sentences(nlp, name: str, text: str, expected: list[str]) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == expected


def test_component_is_registered_and_added_once(nlp) -> None:
    add_legal_sentencizer(nlp)
    assert nlp.pipe_names.count(COMPONENT_NAME) == 1


def test_shared_pipeline_uses_it() -> None:
    from contractscan.nlp import make_nlp

    assert COMPONENT_NAME in make_nlp().pipe_names


def test_empty_text(nlp) -> None:
    assert list(nlp("").sents) == []
