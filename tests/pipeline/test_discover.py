"""Which files form which contract set."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractscan.discover import discover
from contractscan.errors import ManifestError


def _touch(root: Path, *names: str) -> None:
    for n in names:
        p = root / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("1. Term\nThis agreement starts today.\n", encoding="utf-8")


def test_each_folder_is_a_set_and_furniture_is_skipped(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "vendor/terms.pdf",
        "vendor/sla.md",
        "vendor/README.md",
        "vendor/expected.yaml",
        "vendor/.hidden.txt",
        "vendor/notes.json",
        "hiring/msa.docx",
        "hiring/nested/sow.txt",
    )
    sets = discover([str(tmp_path)])
    by_name = {s.name: [Path(d.display_path).name for d in s.documents] for s in sets}
    assert by_name == {
        "hiring": ["msa.docx"],
        "nested": ["sow.txt"],
        "vendor": ["sla.md", "terms.pdf"],
    }
    ids = [d.id for s in sets for d in s.documents]
    assert ids == [f"D{i}" for i in range(1, len(ids) + 1)]


def test_display_path_keeps_the_folder_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path, "deals/acme/terms.txt")
    monkeypatch.chdir(tmp_path)
    [s] = discover(["deals"])
    assert s.documents[0].display_path == "deals/acme/terms.txt"
    assert s.id == "acme"


def test_files_named_on_the_command_line_group_by_folder_and_missing_files_stay(
    tmp_path: Path,
) -> None:
    _touch(tmp_path, "a/one.txt", "a/two.weird", "b/three.txt")
    given = [
        str(tmp_path / "a/one.txt"),
        str(tmp_path / "a/two.weird"),
        str(tmp_path / "b/three.txt"),
        str(tmp_path / "b/missing.pdf"),
    ]
    sets = discover(given)
    assert [len(s.documents) for s in sets] == [2, 2]
    assert any(d.display_path.endswith("missing.pdf") for d in sets[1].documents)


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    _touch(tmp_path, "a/one.txt")
    sets = discover([str(tmp_path / "a"), str(tmp_path / "a/one.txt")])
    assert sum(len(s.documents) for s in sets) == 1


def test_manifest_names_kinds_passwords_and_exclusions(tmp_path: Path) -> None:
    _touch(tmp_path, "set/terms.txt", "set/old.txt")
    (tmp_path / "set/contractscan.yaml").write_text(
        "name: Vendor X\nexclude: [old.txt]\ndocuments:\n"
        "  - {path: terms.txt, kind: terms_of_service, password: s3cret, parties: {provider: [X Corp]}}\n",
        encoding="utf-8",
    )
    [s] = discover([str(tmp_path / "set")])
    assert s.name == "Vendor X"
    [d] = s.documents
    assert d.hints is not None and d.hints.password == "s3cret"
    assert d.hints.kind is not None and d.hints.kind.value == "terms_of_service"


@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        ("documents:\n  - {path: nope.txt}\n", "'nope.txt': field 'path'"),
        ("documents:\n  - {path: terms.txt, kind: novel}\n", "field 'documents.0.kind'"),
        ("documents: [\n", "not valid YAML"),
    ],
)
def test_broken_manifest_names_file_and_field(tmp_path: Path, yaml_text: str, needle: str) -> None:
    _touch(tmp_path, "set/terms.txt")
    (tmp_path / "set/contractscan.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ManifestError) as err:
        discover([str(tmp_path / "set")])
    assert "contractscan.yaml" in str(err.value) and needle in str(err.value)


def test_grouping_by_file_makes_each_document_a_set(tmp_path: Path) -> None:
    _touch(
        tmp_path, "batch/acme terms.md", "batch/beta.txt", "batch/README.md", "other/acme-terms.md"
    )
    (tmp_path / "batch" / "contractscan.yaml").write_text(
        "documents:\n  - {path: beta.txt, kind: sla}\n", encoding="utf-8"
    )
    sets = discover([str(tmp_path)], "file")
    assert [(s.name, len(s.documents)) for s in sets] == [
        ("acme terms.md", 1),
        ("beta.txt", 1),
        ("acme-terms.md", 1),
    ]
    ids = [s.id for s in sets]
    assert len(set(ids)) == len(ids)  # the two "acme terms" files get distinct set ids
    beta = next(s for s in sets if s.name == "beta.txt")
    assert beta.documents[0].hints is not None and beta.documents[0].hints.kind.value == "sla"


def test_an_unknown_grouping_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="folder, file"):
        discover([str(tmp_path)], "vendor")
