"""Loading YAML data files (rules, areas, playbooks, manifests) with errors that name file, item and field."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError, field_validator

from .errors import DataFileError

M = TypeVar("M", bound=BaseModel)

#: libyaml's parser when PyYAML was built with it (its wheels are): the same documents, read
#: several times faster than the pure-Python parser, which took a third of a rulebook's load.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: The shipped data: rules/ beside the package in a checkout.
RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def read_yaml(path: Path, error: type[DataFileError] = DataFileError) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(str(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(str(path), f"not valid YAML{where}: {problem}") from None


def validate(
    model: type[M],
    data: Any,
    path: Path | str,
    item: str | None = None,
    error: type[DataFileError] = DataFileError,
) -> M:
    """Validate `data` as `model`; turn pydantic's error into one naming file, item and field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise error(str(path), f"{first['msg']}{more}", item=item, field=field) from None


class CasePattern(BaseModel):
    """A data item holding a regular expression matched ignoring case (area rewrites, readings):
    a pattern that does not compile is an error on its `pattern` field."""

    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return v

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)
