"""contractscan: which AI liability areas does no party cover, across a whole stack of contracts.

>>> import contractscan
>>> report = contractscan.scan(["sample_contracts/"])
>>> [(g.area, g.kind.value) for g in report.contract_sets[0].gaps][:2]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Report", "ScanOptions", "__version__", "analyze_text", "scan"]

if TYPE_CHECKING:
    from .models import Report
    from .pipeline import ScanOptions, analyze_text, scan


def __getattr__(name: str) -> Any:
    # The pipeline pulls in spaCy and the PDF engines; import it only when asked for.
    if name in {"scan", "analyze_text", "ScanOptions"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Report":
        from .models import Report

        return Report
    raise AttributeError(f"module 'contractscan' has no attribute {name!r}")
