"""The JSON report: the pydantic models serialised (DESIGN 5.1), and its JSON Schema."""

from __future__ import annotations

import json

from ..models import Report


def render(report: Report, color: bool = False) -> str:
    return report.model_dump_json(indent=2) + "\n"


def schema() -> str:
    data = Report.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "contractscan report"
    return json.dumps(data, indent=2) + "\n"
