"""AI liability areas (DESIGN 3.4) as data: rules/areas.yaml plus any areas files in user rule dirs."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .datafiles import RULES_DIR, read_yaml, validate
from .errors import AreaFileError


class AreaDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    description: str
    frameworks: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)


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
        for i, raw in enumerate(data["areas"]):
            name = raw.get("id") if isinstance(raw, dict) else None
            area = validate(AreaDefinition, raw, path, item=str(name or f"#{i + 1}"), error=AreaFileError)
            areas[area.id] = area
    return list(areas.values())
