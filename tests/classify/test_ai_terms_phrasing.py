"""How real AI terms phrase the vendor's stance, on invented sentences: customer duties (review,
decisions, law, AI disclosure, accounts, breaches), lists a "no" negates, "we don't promise",
confidentiality, saving words about law, joined and dotted-name sentences."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import area_text, classify, local_span
from contractscan.models import ClauseType, Document, DocumentStructure, PartyRole, Stance

RB = shipped_rulebook()


def run(text: str) -> list:
    return classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)


def on(text: str, area: str) -> set[tuple[ClauseType, Stance, PartyRole | None]]:
    """(type, stance, obligor) of every provision of `text` that names `area`."""
    return {(p.type, p.stance, p.obligor) for p in run(text) if area in p.areas}


CUSTOMER = PartyRole.customer
PROVIDER = PartyRole.provider


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("You may not represent that Output was human-generated when it was not.", "transparency"),
        (
            "You must clearly disclose to your audience that the content is AI-generated.",
            "transparency",
        ),
        (
            "(i) misleading end users that any Generated Content was human-generated;",
            "transparency",
        ),
        (
            "Your use of the Service will comply with all applicable laws and regulations.",
            "regulatory_compliance",
        ),
        (
            "You must notify us promptly of any unauthorized use of your account or any security breach.",
            "incident_response",
        ),
        (
            "You are responsible for reviewing Outputs before relying on them in decisions that affect others.",
            "human_oversight",
        ),
        (
            "You must not rely on Outputs as a sole source of truth or as a substitute for professional advice.",
            "accuracy",
        ),
        ("You must inform people that they are interacting with an AI system.", "transparency"),
        ("Decisions you make based on Output are your sole responsibility.", "downstream_harm"),
    ],
)
def test_customer_duties_put_the_area_on_the_customer(text: str, area: str) -> None:
    found = on(text, area)
    assert found, f"nothing read on {area}"
    assert all(obligor == CUSTOMER for _, _, obligor in found)
    assert not any(stance == Stance.commits and obligor == PROVIDER for _, stance, obligor in found)


@pytest.mark.parametrize(
    "text",
    [
        "We may label content as AI-generated in our products.",
        "AI-generated content may not be protected by copyright.",
    ],
)
def test_ai_generated_without_a_duty_on_the_user_is_no_transparency_duty(text: str) -> None:
    assert not any(p.rule == "acceptable_use.ai_disclosure" for p in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "We will not rely on your consent as the legal basis for processing.",
        "You may rely on the documentation we publish.",
    ],
)
def test_reliance_without_a_duty_on_the_user_puts_nothing_on_it(text: str) -> None:
    assert not any(p.rule == "responsibility.no_reliance" for p in run(text))


def test_no_warranty_sla_or_support_is_a_disclaimer_not_an_sla() -> None:
    found = run("The free tier offers no warranty, SLA or support of any kind.")
    assert not any(p.type == ClauseType.sla and p.stance == Stance.commits for p in found)
    assert any(p.rule == "sla.service_level" and p.stance == Stance.disclaims for p in found)


def test_a_plain_sla_still_commits() -> None:
    found = run("If we fail to meet the Service Level, you are eligible for a Service Credit.")
    assert any(p.type == ClauseType.sla and p.stance == Stance.commits for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "We do not promise to store your content and you should keep backups.",
        "We don't guarantee that we will retain your files.",
    ],
)
def test_we_do_not_promise_is_no_commitment(text: str) -> None:
    assert not [p for p in run(text) if p.stance == Stance.commits]


def test_a_retention_promise_still_commits() -> None:
    found = run("We will delete your content within 30 days of termination.")
    assert any(p.stance == Stance.commits and "privacy" in p.areas for p in found)


def test_mutual_confidentiality_binds_the_service_side_on_privacy() -> None:
    found = on(
        "Each party agrees that it will take all reasonable steps to prevent the disclosure "
        "or use of any such Confidential Information.",
        "privacy",
    )
    assert (ClauseType.warranty, Stance.commits, PROVIDER) in found


def test_the_customer_keeping_our_secrets_is_no_privacy_promise() -> None:
    found = on("You will keep our Confidential Information in strict confidence.", "privacy")
    assert not any(stance == Stance.commits for _, stance, _ in found)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "We may disclose information as required by any law, regulation or court order.",
            "regulatory_compliance",
            None,
        ),
        (
            "Material learned or disclosed under a nondisclosure agreement or confidential information.",
            "transparency",
            None,
        ),
        (
            "You must comply with applicable law and disclose that Outputs are AI-generated.",
            None,
            "transparency",
        ),
    ],
)
def test_area_text_takes_out_saving_words_and_secrets(
    text: str, absent: str | None, present: str | None
) -> None:
    areas = RB.areas_in(area_text(text, RB.readings))
    if absent:
        assert absent not in areas and absent in RB.areas_in(text)
    if present:
        assert present in areas


def test_a_very_long_sentence_is_read_around_the_match() -> None:
    head = "You shall not: (a) violate any applicable law or regulation; " * 30
    text = head + "6. Disclaimers. THE SERVICE IS PROVIDED AS IS. Other words follow here."
    at = text.index("AS IS")
    s, e = local_span(text, 0, len(text), at, at + 5)
    assert text[s:e] == "THE SERVICE IS PROVIDED AS IS."
    short = "We disclaim all warranties. You agree."
    assert local_span(short, 0, len(short), 3, 10) == (0, len(short))


def test_a_dotted_name_does_not_end_the_sentence() -> None:
    text = (
        "You will indemnify and hold Acme.AI harmless from any claims arising out of "
        "your access to or use of the Services."
    )
    [p] = [p for p in run(text) if p.type == ClauseType.indemnification]
    assert p.obligor == CUSTOMER
    assert "use_of_service" in p.attributes.get("scope", [])


@pytest.mark.parametrize(
    ("text", "use"),
    [
        (
            "You shall indemnify us against any Claims based on your use of the Service in breach of this Agreement.",
            False,
        ),
        (
            "You shall indemnify us against any Claims arising out of your access to or use of the Services.",
            True,
        ),
    ],
)
def test_use_in_breach_is_no_indemnity_for_use(text: str, use: bool) -> None:
    [p] = [p for p in run(text) if p.type == ClauseType.indemnification]
    assert ("use_of_service" in p.attributes.get("scope", [])) == use


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "If you believe that your account is no longer secure, then you should immediately notify us.",
            "incident_response",
        ),
        (
            "You must promptly notify us if you suspect that someone has accessed your account without your permission.",
            "incident_response",
        ),
        (
            "Customer will ensure that its reviewers check every Output before it is used.",
            "human_oversight",
        ),
        ("The risk of injury from such third parties rests entirely with you.", "downstream_harm"),
        (
            "You represent and warrant that you have all rights necessary to submit your Content.",
            "ip_infringement",
        ),
        (
            "You agree to use the Services only in compliance with all laws, including anti-discrimination laws.",
            "fairness",
        ),
        (
            "You will use commercially reasonable efforts to prevent unauthorized access to the Services.",
            "security",
        ),
    ],
)
def test_more_customer_duty_phrasings_put_the_area_on_the_customer(text: str, area: str) -> None:
    found = on(text, area)
    assert found, f"nothing read on {area}"
    assert all(obligor == CUSTOMER for _, _, obligor in found)


@pytest.mark.parametrize(
    ("text", "area", "efforts"),
    [
        (
            "Company will use commercially reasonable efforts to provide the Services in material conformance with these Terms.",
            "availability",
            "commercially_reasonable",
        ),
        (
            "We will restore the Services as soon as reasonably practicable.",
            "availability",
            "reasonable",
        ),
        (
            "Provider will correct any reproducible errors reported by Customer.",
            "incident_response",
            None,
        ),
        (
            "Any such updates will not result in a material adverse impact to your use of the Services.",
            "model_change",
            None,
        ),
        ("We encrypt Customer Content in transit and at rest.", "security", None),
        (
            "You may elect limits such that User Content is encrypted during transit and not stored.",
            "security",
            None,
        ),
        (
            "We will use commercially reasonable efforts to protect your personal data.",
            "privacy",
            "commercially_reasonable",
        ),
        (
            "We take reasonable measures to protect your information from unauthorized access.",
            "security",
            "reasonable",
        ),
    ],
)
def test_provider_commitments_and_their_efforts(text: str, area: str, efforts: str | None) -> None:
    found = [p for p in run(text) if area in p.areas and p.stance == Stance.commits]
    assert found and all(p.obligor == PROVIDER for p in found)
    assert {p.attributes.get("efforts") for p in found} == {efforts}


@pytest.mark.parametrize(
    "text",
    [
        "We do not warrant that any errors will be corrected.",
        "You will use reasonable efforts to keep the Services secure.",
        "We may report any such breach to the relevant law enforcement authorities.",
        "Company has no obligation to store any of Your Content.",
        "We assume no liability or responsibility for any errors or inaccuracies of content.",
    ],
)
def test_no_provider_commitment_and_no_duty_where_none_is_given(text: str) -> None:
    assert not any(
        p.stance in (Stance.commits, Stance.assigns) and p.obligor == PROVIDER for p in run(text)
    )


def test_none_of_the_parties_warrants_is_a_disclaimer() -> None:
    found = run(
        "None of the Company Parties warrants that any content available via the service is accurate."
    )
    assert {(p.type, p.stance) for p in found if "accuracy" in p.areas} == {
        (ClauseType.disclaimer, Stance.disclaims)
    }
