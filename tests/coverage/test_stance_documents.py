"""The vendor's stance per area on whole invented terms of service (stance_documents/), where
several clauses interact: a general "as is" beside a specific commitment, a cap that reaches or
lifts a commitment, "except as expressly provided in Section N", efforts language, customer duties,
indemnities of narrow scope. Each document runs through the whole pipeline as a set of one, as
`contractscan evaluate stance` runs the real terms; labels and known misses are in labels.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml
from conftest import shipped_rulebook

from contractscan.evaluation.stance import STANCES, _pipeline, provider_stance
from contractscan.models import ContractSet

FOLDER = Path(__file__).parent / "stance_documents"
SPEC = yaml.safe_load((FOLDER / "labels.yaml").read_text(encoding="utf-8"))
DOCUMENTS: dict[str, dict] = SPEC["documents"]
AREAS = [
    "fairness",
    "accuracy",
    "downstream_harm",
    "model_change",
    "data_quality",
    "ip_infringement",
    "privacy",
    "security",
    "transparency",
    "human_oversight",
    "regulatory_compliance",
    "incident_response",
    "availability",
]


@cache
def _run():  # type: ignore[no-untyped-def]
    return _pipeline(shipped_rulebook())


@cache
def contract_set(name: str) -> ContractSet:
    return _run()(FOLDER / name, name)


def _params() -> list:
    out = []
    for name, labels in DOCUMENTS.items():
        misses = labels.get("known_miss", {})
        for area in AREAS:
            marks = [pytest.mark.xfail(strict=True, reason=misses[area])] if area in misses else []
            out.append(
                pytest.param(name, area, labels[area]["stance"], marks=marks, id=f"{name}-{area}")
            )
    return out


@pytest.mark.parametrize(("name", "area", "want"), _params())
def test_document_stance(name: str, area: str, want: str) -> None:
    assert provider_stance(contract_set(name), area) == want


def test_every_document_is_labelled_for_every_area_and_exists() -> None:
    assert len(DOCUMENTS) >= 12
    for name, labels in DOCUMENTS.items():
        assert (FOLDER / name).is_file(), name
        assert set(AREAS) <= set(labels), name
        assert all(labels[a]["stance"] in STANCES for a in AREAS), name
        assert set(labels.get("known_miss", {})) <= set(AREAS), name


def test_no_document_is_labelled_twice() -> None:
    """A second entry under the same file name would silently replace the first (YAML keeps the
    last duplicate key), and a new document copied over an old one would lose its labels."""

    class _Strict(yaml.SafeLoader):
        pass

    def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(k) for k, _v in node.value]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"labelled twice: {sorted(map(str, repeated))}"
        return loader.construct_mapping(node)

    _Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    yaml.load((FOLDER / "labels.yaml").read_text(encoding="utf-8"), Loader=_Strict)
