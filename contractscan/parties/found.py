"""A party as the reader collects it: its names, where it was first named, and its role once one is
known."""

from __future__ import annotations

from ..models import PartyRole
from .roles import _YOU


class _Found:
    def __init__(self, name: str, at: int) -> None:
        self.names: list[str] = [name]
        self.at = at
        self.role: PartyRole | None = None

    def add(self, name: str) -> None:
        if name and name.lower() not in (n.lower() for n in self.names):
            self.names.append(name)


def _you_like(f: _Found) -> bool:
    return any(n.lower() in _YOU for n in f.names)
