"""AI liability areas (DESIGN 3.4) as data: rules/areas.yaml plus any areas files in user rule dirs."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .datafiles import RULES_DIR, CasePattern, read_yaml, validate
from .errors import AreaFileError, AreaRewriteError


class AreaDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    description: str
    frameworks: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    # words naming the people the area protects ("patients", "end users"): they lend the area to
    # an exclusion, a disclaimer or a duty put on the customer, not to the provider's own promise
    # (an availability commitment "when Candidates can start an Examination" promises nothing
    # about harm to Candidates)
    people: list[str] = Field(default_factory=list)


class AreaRewrite(CasePattern):
    """A phrase read in context before area keywords are looked up (rules/area_rewrites.yaml)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str = ""
    replace: str
    examples: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)  # phrases the pattern must leave alone

    @model_validator(mode="after")
    def _replacement_and_examples(self) -> AreaRewrite:
        try:
            self.regex.sub(self.replace, "")
            for example in self.examples:
                self.regex.sub(self.replace, example)
        except (re.error, IndexError) as exc:
            raise ValueError(f"replace: not a valid replacement for this pattern: {exc}") from None
        missing = [e for e in self.examples if not self.regex.search(e)]
        if missing:
            raise ValueError(f"examples: the pattern does not match {missing[0]!r}")
        wrong = [e for e in self.no_match if self.regex.search(e)]
        if wrong:
            raise ValueError(f"no_match: the pattern matches {wrong[0]!r}")
        return self


def load_area_rewrites(rule_dirs: list[Path] | None = None) -> list[AreaRewrite]:
    """The shipped rewrites, then each user dir's (same id replaces in place, new ones run last)."""
    rewrites: dict[str, AreaRewrite] = {}
    for d in [RULES_DIR, *(rule_dirs or [])]:
        path = Path(d) / "area_rewrites.yaml"
        if not path.is_file():
            continue
        data = read_yaml(path, AreaRewriteError)
        if not isinstance(data, dict) or not isinstance(data.get("rewrites"), list):
            raise AreaRewriteError(str(path), "expected a mapping with a list under 'rewrites'")
        seen: set[str] = set()
        for i, raw in enumerate(data["rewrites"]):
            given = raw.get("id") if isinstance(raw, dict) else None
            name = str(given) if given else f"#{i + 1}"
            if name in seen:
                # one file's second rewrite of an id would silently replace its first
                raise AreaRewriteError(str(path), "duplicate rewrite id in this file", name, "id")
            seen.add(name)
            rewrites[name] = validate(AreaRewrite, raw, path, item=name, error=AreaRewriteError)
    return list(rewrites.values())


def load_areas(rule_dirs: list[Path] | None = None) -> list[AreaDefinition]:
    """The shipped areas, then those of each user rule dir (same id overrides)."""
    dirs = [RULES_DIR, *(rule_dirs or [])]
    areas: dict[str, AreaDefinition] = {}
    for d in dirs:
        path = Path(d) / "areas.yaml"
        if not path.is_file():
            continue
        data = read_yaml(path, AreaFileError)
        if not isinstance(data, dict) or not isinstance(data.get("areas"), list):
            raise AreaFileError(str(path), "expected a mapping with a list under 'areas'")
        seen: set[str] = set()
        for i, raw in enumerate(data["areas"]):
            name = raw.get("id") if isinstance(raw, dict) else None
            area = validate(
                AreaDefinition, raw, path, item=str(name or f"#{i + 1}"), error=AreaFileError
            )
            if area.id in seen:
                raise AreaFileError(str(path), "duplicate area id in this file", area.id, "id")
            seen.add(area.id)
            areas[area.id] = area
    return list(areas.values())
