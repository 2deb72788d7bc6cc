"""Playbooks (DESIGN 3.7): an organisation's required position per area, thresholds and severities.

A gap's severity comes from here, never from code. The shape of a playbook file:

    name: default
    severities:            # default severity per gap kind
      uncovered: medium
      ...
    thresholds:
      min_uptime: 99.5     # an SLA below this percentage is `below_playbook` for availability
      min_cap_months: 12   # a cap under N months of fees raises cap_exposure to below_minimum_cap
      min_notice_days: 30  # change notice shorter than this counts as unnoticed_change
    areas:
      fairness:
        require: {provider: [covered, limited]}   # or {any: [...]}: some party must hold it
        otherwise: high    # severity of the area's coverage gaps when the position is not met
        severities: {sla_blind_spot: medium}      # optional per-kind override for this area
        remedy: "..."      # the clause that would close an uncovered area
    sla_areas:             # areas an SLA is expected to measure, by who gives it (sla_blind_spot)
      provider: [accuracy, fairness]
      data_supplier: [data_quality]
    indemnity_areas: [fairness, ...]  # areas an indemnity is expected to reach (indemnity_scope)
    no_recourse_areas: [fairness, downstream_harm]  # harms that land on end users (no_recourse)

Areas not named under `areas` have no required position; their gaps take the kind severity.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .areas import load_areas
from .datafiles import RULES_DIR, read_yaml, validate
from .errors import PlaybookError
from .models import CoverageStatus, GapKind, PartyRole, Severity

DEFAULT_PLAYBOOK = RULES_DIR / "playbooks" / "default.yaml"

#: Gap kinds whose severity follows the area's required position (the others are about an
#: instrument - an SLA, an indemnity, a cap, a change right - and take their kind severity).
POSITION_KINDS = frozenset(
    {
        GapKind.uncovered,
        GapKind.residual,
        GapKind.responsibility_without_control,
        GapKind.no_recourse,
        GapKind.below_playbook,
    }
)

ANY_PARTY = "any"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Thresholds(_Strict):
    min_uptime: float | None = Field(default=None, ge=0, le=100)
    min_cap_months: float | None = Field(default=None, ge=0)
    min_notice_days: int | None = Field(default=None, ge=0)
    below_minimum_cap: Severity | None = (
        None  # severity of cap_exposure when the cap is under the minimum
    )


class AreaPosition(_Strict):
    """The required position for one area: `require` maps a party role (or `any`) to the statuses that satisfy it."""

    require: dict[str, list[CoverageStatus]] = Field(default_factory=dict)
    otherwise: Severity | None = None
    severities: dict[GapKind, Severity] = Field(default_factory=dict)
    remedy: str | None = None


class Playbook(_Strict):
    name: str
    description: str | None = None
    severities: dict[GapKind, Severity] = Field(default_factory=dict)
    default_severity: Severity = Severity.medium
    thresholds: Thresholds = Field(default_factory=Thresholds)
    areas: dict[str, AreaPosition] = Field(default_factory=dict)
    # who gives an SLA -> the areas that SLA is expected to measure (a plain list means any party's SLA)
    sla_areas: dict[str, list[str]] = Field(default_factory=dict)
    indemnity_areas: list[str] = Field(default_factory=list)
    no_recourse_areas: list[str] = Field(default_factory=lambda: ["downstream_harm"])
    path: str | None = None

    @field_validator("sla_areas", mode="before")
    @classmethod
    def _sla_areas_list(cls, value: Any) -> Any:
        return {ANY_PARTY: value} if isinstance(value, list) else value

    # ----------------------------------------------------------------- questions gaps.py asks

    def sla_expected(self, area: str, sla_obligor: PartyRole) -> bool:
        """Whether an SLA given by `sla_obligor` is expected to measure `area`."""
        return area in self.sla_areas.get(sla_obligor.value, []) or area in self.sla_areas.get(
            ANY_PARTY, []
        )

    def position(self, area: str) -> AreaPosition | None:
        return self.areas.get(area)

    def position_met(self, area: str, statuses: dict[PartyRole, CoverageStatus]) -> bool:
        """Whether the cells of `area` (party -> status) satisfy the required position (True when none)."""
        pos = self.areas.get(area)
        if pos is None or not pos.require:
            return True
        for who, allowed in pos.require.items():
            if who == ANY_PARTY:
                if not any(s in allowed for s in statuses.values()):
                    return False
            elif statuses.get(PartyRole(who), CoverageStatus.silent) not in allowed:
                return False
        return True

    def severity(self, area: str, kind: GapKind, position_met: bool = True) -> Severity:
        """Per-area override, else the area's `otherwise` when its position fails, else the kind's."""
        pos = self.areas.get(area)
        if pos is not None:
            if kind in pos.severities:
                return pos.severities[kind]
            if not position_met and kind in POSITION_KINDS and pos.otherwise is not None:
                return pos.otherwise
        return self.severities.get(kind, self.default_severity)


def _entry_error(path: Path, entry: str, field: str, message: str) -> PlaybookError:
    return PlaybookError(str(path), message, item=entry, field=field)


def _check(path: Path, data: Any, area_ids: set[str]) -> None:
    """Checks pydantic cannot do alone: area ids, party roles and gap kinds named as keys."""
    if not isinstance(data, dict):
        raise PlaybookError(str(path), "expected a mapping at the top level")
    if "name" not in data:
        raise PlaybookError(str(path), "a playbook needs a name", item="name", field="name")
    kinds = {k.value for k in GapKind}
    severities = {s.value for s in Severity}
    statuses = {s.value for s in CoverageStatus}
    roles = {r.value for r in PartyRole} | {ANY_PARTY}

    def check_severities(entry: str, field: str, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            raise _entry_error(path, entry, field, "expected a mapping of gap kind to severity")
        for kind, sev in value.items():
            if kind not in kinds:
                raise _entry_error(
                    path,
                    entry,
                    f"{field}.{kind}",
                    f"unknown gap kind {kind!r} (known: {', '.join(sorted(kinds))})",
                )
            if sev not in severities:
                raise _entry_error(
                    path,
                    entry,
                    f"{field}.{kind}",
                    f"unknown severity {sev!r} (known: {', '.join(severities)})",
                )

    check_severities("severities", "severities", data.get("severities"))
    areas = data.get("areas") or {}
    if not isinstance(areas, dict):
        raise _entry_error(path, "areas", "areas", "expected a mapping of area id to position")
    for area, pos in areas.items():
        if area not in area_ids:
            raise _entry_error(
                path,
                str(area),
                "areas",
                f"unknown area {area!r} (known: {', '.join(sorted(area_ids))})",
            )
        if pos is None:
            continue
        if not isinstance(pos, dict):
            raise _entry_error(
                path, str(area), "areas", "expected a mapping with require/otherwise/severities"
            )
        require = pos.get("require") or {}
        if not isinstance(require, dict):
            raise _entry_error(
                path, str(area), "require", "expected a mapping of party role to statuses"
            )
        for who, allowed in require.items():
            if who not in roles:
                raise _entry_error(path, str(area), f"require.{who}", f"unknown party role {who!r}")
            for s in allowed if isinstance(allowed, list) else [allowed]:
                if s not in statuses:
                    raise _entry_error(
                        path, str(area), f"require.{who}", f"unknown coverage status {s!r}"
                    )
        check_severities(str(area), "severities", pos.get("severities"))
        validate(AreaPosition, pos, path, item=str(area), error=PlaybookError)
    sla = data.get("sla_areas") or []
    if isinstance(sla, dict):
        for who in sla:
            if who not in roles:
                raise _entry_error(path, str(who), "sla_areas", f"unknown party role {who!r}")
        sla_lists = [(f"sla_areas.{who}", v) for who, v in sla.items()]
    else:
        sla_lists = [("sla_areas", sla)]
    lists = [
        *sla_lists,
        ("indemnity_areas", data.get("indemnity_areas")),
        ("no_recourse_areas", data.get("no_recourse_areas")),
    ]
    for field, values in lists:
        if values is not None and not isinstance(values, list):
            raise _entry_error(path, field, field, "expected a list of area ids")
        for area in values or []:
            if area not in area_ids:
                raise _entry_error(path, str(area), field, f"unknown area {area!r}")


def load_playbook(path: Path | None = None, area_ids: set[str] | None = None) -> Playbook:
    """The playbook at `path` (default: rules/playbooks/default.yaml), validated against the known areas."""
    path = Path(path) if path is not None else DEFAULT_PLAYBOOK
    data = read_yaml(path, PlaybookError)
    ids = area_ids if area_ids is not None else {a.id for a in load_areas()}
    _check(path, data, ids)
    data = dict(data)
    for key, value in (data.get("areas") or {}).items():
        if value is None:
            data["areas"][key] = {}
    playbook = validate(Playbook, data, path, item=str(data.get("name")), error=PlaybookError)
    return playbook.model_copy(update={"path": str(path)})
