"""The sample contract sets: kinds, citations (number + heading) and parties by role.

Reads the documents through `contractscan.extract.extract` and compares with each set's
expected.yaml (written by hand by the engineer who drafted the samples)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from contractscan.models import PartyRole
from contractscan.parties import merge_parties, role_aliases
from contractscan.structure import analyze_structure

SAMPLES = Path(__file__).resolve().parents[2] / "sample_contracts"
SETS = sorted(p.parent for p in SAMPLES.glob("*/expected.yaml"))
pytestmark = pytest.mark.skipif(not SETS, reason="sample_contracts/ is absent")


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


_cache: dict[Path, object] = {}


def _analyze(path: Path):
    if path not in _cache:
        from contractscan.extract import extract

        _cache[path] = analyze_structure(extract(path, doc_id=path.name))
    return _cache[path]


def _documents() -> list[tuple[Path, str, dict]]:
    out = []
    for s in SETS:
        spec = yaml.safe_load((s / "expected.yaml").read_text(encoding="utf-8"))
        for name, doc_spec in spec["documents"].items():
            out.append((s, name, doc_spec))
    return out


DOCS = _documents()


@pytest.mark.parametrize("folder,name,spec", DOCS, ids=[f"{f.name}/{n}" for f, n, _ in DOCS])
def test_kind_citations_and_parties(folder: Path, name: str, spec: dict) -> None:
    st = _analyze(folder / name)
    assert st.kind.value == spec["kind"], st.kind_evidence
    citations = {_norm(c.citation) for c in st.clauses}
    for heading in spec.get("headings") or []:
        assert _norm(heading) in citations, heading
    numbers = {c.number for c in st.clauses}
    for sec in spec.get("sections") or []:
        number = str(sec["number"])
        if sec.get("part"):
            part = _norm(sec["part"])
            scoped = {
                c.number for c in st.clauses if c.id.startswith("c-" + part.replace(" ", "-") + "-")
            }
            assert number in scoped, (sec["part"], number)
        else:
            assert number in numbers, number
    got = {p.role.value: [n.lower() for n in p.names] for p in st.parties}
    for role, names in (spec.get("parties") or {}).items():
        for n in names:
            assert n.lower() in got.get(role, []), (role, n, got)
    terms = {d.term.lower() for d in st.definitions}
    for term in spec.get("definitions") or []:
        assert term.lower() in terms, term


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_parties_resolve_across_the_set(folder: Path) -> None:
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    per_doc = [_analyze(folder / name).parties for name in spec["documents"]]
    merged = merge_parties(per_doc)
    # every name a document gives a role resolves to that role in that document's aliases
    for name, doc_spec in spec["documents"].items():
        aliases = role_aliases(_analyze(folder / name).parties)
        for role, names in (doc_spec.get("parties") or {}).items():
            for n in names:
                assert aliases.get(n.lower()) == PartyRole(role), (name, n)
    # the provider is one party across the set
    providers = next(p for p in merged if p.role == PartyRole.provider)
    assert len(providers.documents) >= 2
