"""The stance evaluation harness: the provider-column mapping and a run over a tiny labelled corpus."""

from __future__ import annotations

import pytest
import yaml

from contractscan.evaluation.genai_split import HELD_OUT, is_held_out
from contractscan.evaluation.stance import evaluate, provider_stance
from contractscan.models import ContractSet, CoverageCell, CoverageStatus, PartyRole


def _set(provider: str, customer: str) -> ContractSet:
    return ContractSet(
        id="s",
        name="s",
        coverage=[
            CoverageCell(
                area="accuracy", party=PartyRole.provider, status=CoverageStatus(provider)
            ),
            CoverageCell(
                area="accuracy", party=PartyRole.customer, status=CoverageStatus(customer)
            ),
        ],
    )


@pytest.mark.parametrize(
    "provider,customer,expected",
    [
        ("covered", "assigned", "covered"),
        ("limited", "silent", "limited"),
        ("disclaimed", "assigned", "disclaimed"),
        ("silent", "assigned", "assigned_to_customer"),
        ("silent", "covered", "assigned_to_customer"),
        ("assigned", "silent", "assigned_to_customer"),
        ("silent", "silent", "silent"),
        ("silent", "disclaimed", "silent"),
    ],
)
def test_provider_stance(provider, customer, expected):
    assert provider_stance(_set(provider, customer), "accuracy") == expected


def test_split_holds_out_only_documents_no_rule_was_written_from():
    """One split for both AI-terms evaluations: vendors whose errors were read for either
    measure (Codeium, Tempo Labs and Cursor among them) are dev."""
    assert HELD_OUT == {"Lovable", "Murf", "SOUNDRAW", "Wordtune"}
    assert is_held_out("Murf/Terms of Service.md") and is_held_out("Wordtune")
    for vendor in ("Codeium", "Tempo Labs", "Cursor", "Bardeen"):
        assert not is_held_out(f"{vendor}/Terms of Service.md")


def test_every_label_file_names_a_document_of_the_split():
    """Both label folders name documents by vendor folder; each held-out vendor has stance
    labels, and the clause-presence labels follow the same split."""
    from contractscan.evaluation.clauses import DEFAULT_LABELS, load_genai_labels
    from contractscan.evaluation.stance import LABELS_DIR

    stance_vendors = {
        yaml.safe_load(f.read_text(encoding="utf-8"))["document"].split("/")[0]
        for f in LABELS_DIR.glob("*.yaml")
    }
    assert HELD_OUT <= stance_vendors
    presence_vendors = {lab.document.split("/")[0] for lab in load_genai_labels(DEFAULT_LABELS)}
    assert presence_vendors & HELD_OUT and presence_vendors - HELD_OUT


def test_evaluate_reports_agreement_and_confusion(tmp_path):
    pytest.importorskip("contractscan.classify")
    data = tmp_path / "genai-terms" / "Murf"  # a held-out vendor's folder
    data.mkdir(parents=True)
    (data / "Terms of Service.md").write_text(
        "# Acme Terms of Service\n\n"
        '## 1. Disclaimer\n\nTHE SERVICE IS PROVIDED "AS IS". WE DO NOT WARRANT THAT OUTPUTS WILL BE '
        "ACCURATE OR FREE FROM BIAS.\n\n"
        "## 2. Your Responsibilities\n\nYou are solely responsible for complying with all applicable laws.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "Murf.yaml").write_text(
        "document: Murf/Terms of Service.md\nlabels:\n"
        "  accuracy: {stance: disclaimed}\n  fairness: {stance: disclaimed}\n  transparency: {stance: silent}\n",
        encoding="utf-8",
    )
    text = evaluate(tmp_path, labels)
    assert "held-out Murf" in text
    line = next(line for line in text.splitlines() if line.startswith("held-out: agreement"))
    assert "/3, 95% CI " in line and "over 1 documents" in line
    k = int(line.split("(")[1].split("/")[0])
    lo, hi = (float(x) for x in line.split("95% CI ")[1].split(")")[0].split("-"))
    assert lo <= k / 3 <= hi and hi - lo > 0.3  # three cells say little
    assert "label \\ predicted" in text
    # which held-out cells disagree is listed only on request (rule writers must not read it)
    assert "Murf/" not in text.split("held-out: agreement")[1]
    shown = evaluate(tmp_path, labels, show_held_out=True)
    if "disagreements: " in text:
        assert "Murf/" in shown
