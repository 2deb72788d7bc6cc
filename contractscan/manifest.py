"""Contract-set manifests: an optional `contractscan.yaml` in a folder that says what the folder holds.

It names the set, the documents (with their kind, per-file password and party names), and which
document prevails over which for some areas, for when detection gets them wrong or the set needs
passwords.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .datafiles import read_yaml, validate
from .errors import ManifestError
from .models import DocumentKind, PartyRole

MANIFEST_NAME = "contractscan.yaml"


class ManifestDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    kind: DocumentKind | None = None
    password: str | None = None
    parties: dict[PartyRole, list[str]] = Field(default_factory=dict)


class Precedence(BaseModel):
    """`document` prevails over `over` for `areas` (all areas when empty)."""

    model_config = ConfigDict(extra="forbid")

    document: str
    over: str
    areas: list[str] = Field(default_factory=list)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    documents: list[ManifestDocument] = Field(default_factory=list)
    parties: dict[PartyRole, list[str]] = Field(default_factory=dict)
    precedence: list[Precedence] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)  # files in the folder that are not contracts

    def entry(self, relpath: str) -> ManifestDocument | None:
        for d in self.documents:
            if d.path == relpath:
                return d
        return None


def load_manifest(folder: Path) -> Manifest | None:
    """The folder's manifest, or None when it has none. Raises ManifestError when invalid."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    data = read_yaml(path, ManifestError)
    if data is None:
        return Manifest()
    if not isinstance(data, dict):
        raise ManifestError(str(path), "expected a mapping at the top level")
    manifest = validate(Manifest, data, path, error=ManifestError)
    for doc in manifest.documents:
        if not (folder / doc.path).exists():
            raise ManifestError(
                str(path), "names a file that does not exist", item=doc.path, field="path"
            )
    return manifest
