"""Readings as data: the legal wording classify looks for around a rule match (rules/readings.yaml).

A reading is a named regular expression over legal vocabulary ("agree not to", "commercially
reasonable efforts", "SOC 2"); classify asks the rulebook for it by name. Punctuation and
sentence-boundary regexes stay in Python: they are about text, not about legal wording.
A user rules directory may hold a readings.yaml too: a reading with the same name replaces the
shipped one; a name classify does not know is an error.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import datafiles
from .datafiles import CasePattern, read_yaml, validate
from .errors import DataFileError

#: The readings classify uses, by name; each must be defined by the shipped file.
READING_NAMES = frozenset(
    {
        "prohibition",
        "imperative_to_us",
        "information_only",
        "security_audit",
        "efforts",
        "testing_right",
        "liability_exclusion",
        "negated_list",
        "no_promise_to",
        "no_further_duty",
        "optional_duty",
        "permissive_modal",
        "duty_taken_back",
        "not_binding",
        "statute_speaks",
        "not_outputs",
        "except_as_provided",
        "law_boilerplate",
        "secrecy",
        "mutual",
        "disclosure",
        "acknowledged_that",
        "owned_data",
        "imperative",
        "instead_of",
        "refers_back",
        "of_breach",
        "summary_not_binding",
        "data_outside_confidentiality",
    }
)


class ReadingError(DataFileError):
    """rules/readings.yaml (or a user's) is invalid."""

    item_label = "reading"


class ReadingExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


class Reading(CasePattern):
    """One named pattern over legal wording, matched case-insensitively."""

    model_config = ConfigDict(extra="forbid")

    description: str = Field(min_length=1)
    examples: ReadingExamples

    @model_validator(mode="after")
    def _examples_hold(self) -> Reading:
        missing = [e for e in self.examples.match if not self.regex.search(e)]
        if missing:
            raise ValueError(f"examples.match: the pattern does not match {missing[0]!r}")
        wrong = [e for e in self.examples.no_match if self.regex.search(e)]
        if wrong:
            raise ValueError(f"examples.no_match: the pattern matches {wrong[0]!r}")
        return self


def load_readings(rule_dirs: list[Path] | None = None) -> dict[str, Reading]:
    """The shipped readings, then each user dir's (same name replaces); every name must be known."""
    readings: dict[str, Reading] = {}
    shipped = datafiles.RULES_DIR  # read at call time: a test or benchmark may point it elsewhere
    for d in [shipped, *(rule_dirs or [])]:
        path = Path(d) / "readings.yaml"
        if not path.is_file():
            continue
        data = read_yaml(path, ReadingError)
        if not isinstance(data, dict) or not isinstance(data.get("readings"), dict):
            raise ReadingError(str(path), "expected a mapping with a mapping under 'readings'")
        for name, raw in data["readings"].items():
            if name not in READING_NAMES:
                known = ", ".join(sorted(READING_NAMES))
                raise ReadingError(str(path), f"unknown reading (known: {known})", item=str(name))
            readings[name] = validate(Reading, raw, path, item=str(name), error=ReadingError)
    missing = sorted(READING_NAMES - readings.keys())
    if missing:
        raise ReadingError(str(shipped / "readings.yaml"), "reading not defined", item=missing[0])
    return readings
