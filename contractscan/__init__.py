"""contractscan: which AI liability areas does no party cover, across a whole stack of contracts."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
