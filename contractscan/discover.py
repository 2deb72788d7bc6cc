"""Which files make up which contract set.

By default each folder's documents form one set (DESIGN 5): files named on the command line are
grouped with the other files named from the same folder; folders are walked recursively and each
folder holding documents becomes a set. A `contractscan.yaml` manifest in a folder may name the
documents, exclude files and give passwords. `grouping="file"` makes each document a set of its
own, for a batch of unrelated contracts that happen to share a folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .manifest import MANIFEST_NAME, Manifest, ManifestDocument, load_manifest

#: Extensions picked up when walking a folder. Files named on the command line are always read
#: (their format is decided by content), so a PDF saved as `.dat` can still be scanned by name.
DOCUMENT_SUFFIXES = {
    ".pdf",
    ".docx",
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".text",
    ".md",
    ".markdown",
}
#: Repository furniture that sits beside contracts but is not one.
IGNORED_STEMS = {"readme", "license", "licence", "changelog", "notice", "expected"}


class DocumentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    path: Path  # where to read it
    display_path: str  # as the user gave it (folder included)
    hints: ManifestDocument | None = None


class SetSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    id: str
    name: str
    folder: str | None = None
    documents: list[DocumentSpec] = Field(default_factory=list)
    manifest: Manifest | None = None


def _is_candidate(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name == MANIFEST_NAME:
        return False
    if path.stem.lower() in IGNORED_STEMS:
        return False
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "set"


#: How documents group into contract sets: each folder's documents together, or each file alone.
GROUPINGS = ("folder", "file")


def discover(paths: list[str], grouping: str = "folder") -> list[SetSpec]:
    """Group the given files and folders into contract sets, in a stable order.

    Paths that do not exist still become documents (extraction reports them as `not_found`), so
    the report names every path the user gave. With `grouping="file"` every document is a set
    of its own (named after the file; a folder's manifest still gives kinds, parties and
    passwords, but precedence between documents has nothing to apply to).
    """
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}, not {grouping!r}")
    groups: dict[str, list[tuple[Path, str]]] = {}
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    fp = Path(root) / f
                    if _is_candidate(fp):
                        groups.setdefault(root, []).append((fp, os.path.join(root, f)))
        else:
            folder = os.path.dirname(given) or "."
            groups.setdefault(folder, []).append((p, given))

    sets: list[SetSpec] = []
    seen_ids: set[str] = set()
    n = 0
    for folder in sorted(groups):
        manifest = load_manifest(Path(folder))
        members = _dedupe(groups[folder])
        if manifest and manifest.exclude:
            members = [(p, d) for p, d in members if p.name not in set(manifest.exclude)]
        if not members:
            continue
        name = (manifest.name if manifest and manifest.name else None) or (
            Path(folder).resolve().name if folder != "." else Path.cwd().name
        )
        docs = []
        for path, display in members:
            n += 1
            hints = manifest.entry(_relative(path, Path(folder))) if manifest else None
            docs.append(DocumentSpec(id=f"D{n}", path=path, display_path=display, hints=hints))
        if grouping == "file":
            for doc in docs:
                set_id = _unique(_slug(doc.path.name), seen_ids)
                sets.append(
                    SetSpec(
                        id=set_id,
                        name=doc.path.name,
                        folder=folder,
                        documents=[doc],
                        manifest=manifest,
                    )
                )
            continue
        set_id = _unique(_slug(Path(folder).resolve().name if folder != "." else name), seen_ids)
        sets.append(SetSpec(id=set_id, name=name, folder=folder, documents=docs, manifest=manifest))
    return sets


def _unique(set_id: str, seen: set[str]) -> str:
    """`set_id`, or `set_id-2`, `-3`, ... if taken; the result is recorded in `seen`."""
    base, k = set_id, 2
    while set_id in seen:
        set_id, k = f"{base}-{k}", k + 1
    seen.add(set_id)
    return set_id


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path.name


def _dedupe(members: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    out, seen = [], set()
    for path, display in sorted(members, key=lambda m: m[1]):
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append((path, display))
    return out
