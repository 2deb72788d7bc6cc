"""Every clause type a sample document's expected.yaml lists is detected in that document."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import shipped_rulebook

from contractscan.classify import classify

SAMPLES = Path(__file__).resolve().parents[2] / "sample_contracts"


def _cases() -> list[tuple[Path, str, list[str]]]:
    out = []
    for exp in sorted(SAMPLES.glob("*/expected.yaml")):
        data = yaml.safe_load(exp.read_text(encoding="utf-8")) or {}
        for name, doc in (data.get("documents") or {}).items():
            if doc and doc.get("clause_types"):
                out.append(
                    (exp.parent / name, f"{exp.parent.name}/{name}", list(doc["clause_types"]))
                )
    return out


CASES = _cases()


@pytest.fixture(scope="module")
def rulebook():
    return shipped_rulebook()


@pytest.mark.skipif(not CASES, reason="sample_contracts/ has no expected.yaml yet")
@pytest.mark.parametrize(("path", "name", "types"), CASES, ids=[c[1] for c in CASES])
def test_sample_document_clause_types_are_detected(rulebook, path, name, types):
    extract = pytest.importorskip("contractscan.extract").extract
    analyze_structure = pytest.importorskip("contractscan.structure").analyze_structure
    document = extract(path)
    assert document.error is None, document.error
    provisions = classify(document, analyze_structure(document), rulebook)
    found = {p.type.value for p in provisions}
    missing = sorted(set(types) - found)
    assert not missing, f"{name}: expected clause types not detected: {missing}"
    for p in provisions:
        assert 0 <= p.start < p.end <= len(document.text)
