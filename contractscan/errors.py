"""One exception family. Per-file failures carry an ErrorCode; data-file failures name file, rule, field."""

from __future__ import annotations

from .models import ErrorCode


class ContractScanError(Exception):
    """Base of every error contractscan raises on purpose."""


class ExtractionError(ContractScanError):
    """A file could not be turned into text. `code` is what the JSON report shows."""

    def __init__(self, code: ErrorCode | str, message: str) -> None:
        super().__init__(message)
        self.code = ErrorCode(code)
        self.message = message


class DataFileError(ContractScanError):
    """A rules, areas, playbook or manifest file is invalid.

    The message names the file, the item (rule id, area, playbook entry) and the field, so the
    user can fix the YAML without reading Python.
    """

    item_label = "item"

    def __init__(
        self, file: str, message: str, item: str | None = None, field: str | None = None
    ) -> None:
        where = str(file)
        if item:
            where += f": {self.item_label} {item!r}"
        if field:
            where += f": field {field!r}"
        super().__init__(f"{where}: {message}")
        self.file = str(file)
        self.item = item
        self.field = field


class RuleFileError(DataFileError):
    """A clause rule file is invalid."""

    item_label = "rule"


class AreaFileError(DataFileError):
    """rules/areas.yaml (or a user's areas file) is invalid."""

    item_label = "area"


class AreaRewriteError(DataFileError):
    """rules/area_rewrites.yaml (or a user's) is invalid."""

    item_label = "rewrite"


class PlaybookError(DataFileError):
    """A playbook file is invalid."""

    item_label = "entry"


class ManifestError(DataFileError):
    """A contract-set manifest (contractscan.yaml) is invalid."""

    item_label = "document"


class UsageError(ContractScanError):
    """The user asked for something that cannot be done (exit status 2)."""
