"""Clause numbers qualified by their parent where the document's own numbering repeats.

Terms of service restart their numbering inside lettered parts ("F. Limitations and
Disclaimers", then "1.", "2.", "3."), and agreements inside each schedule ("Schedule 1", then
"1. Availability"). A bare "§3" then names several clauses. The document's own number stays in
`Clause.number`; `Clause.qualified` says which one is meant: "F.3", "Schedule 1 ¶5", "A.2(b)".
Only numbers that occur more than once in the document are qualified, so a plain "9.2" stays
"9.2".
"""

from __future__ import annotations

import re
from collections import Counter

from .models import Clause

#: "F. Limitations and Disclaimers", "IV. Liability", "3) Fees": a part's own marker in its heading
_HEADING_MARK_RE = re.compile(r"^(?:Part\s+|Article\s+)?([A-Z]|[IVXL]{1,6}|\d{1,3})[.)]\s+\S")
_CONTAINER_RE = re.compile(r"^(?:Schedule|Exhibit|Annex|Appendix|Attachment|Addendum|Part)\b", re.I)
#: the word before a top-level number, which a paragraph's citation drops ("Article 14" + "1")
_ARTICLE_WORD_RE = re.compile(r"^(?:Article|Art\.|Section|Clause|§)\s*(?=\d)", re.I)


def qualify_numbers(clauses: list[Clause]) -> list[Clause]:
    """The clauses, each repeated number given its `qualified` form (pure: copies, in order)."""
    counts = Counter(_key(c.number) for c in clauses if c.number)
    if not any(n > 1 for n in counts.values()):
        return clauses
    by_id = {c.id: c for c in clauses}
    out = []
    for c in clauses:
        if c.number and counts[_key(c.number)] > 1:
            qualified = _qualified(c, by_id)
            if qualified != c.number:
                c = c.model_copy(update={"qualified": qualified})
        out.append(c)
    return out


def full_numbers(clauses: list[Clause]) -> dict[str, str]:
    """Each clause's number joined to the marks of the parts above it, whether or not it repeats:
    "4" under "I. School Plans" is "I.4" (the document says "subsection I.4"), "(b)" under 9.2 is
    "9.2(b)". An unnumbered clause takes its own heading's mark ("G. Your Content" is "G") or its
    parent's. These are further names a cross-reference may use, beside `Clause.number`.
    Parents come before their children in `clauses`."""
    out: dict[str, str] = {}
    for c in clauses:
        above = out.get(c.parent) if c.parent else None
        if not c.number:
            full = _mark(c) or above
        else:
            number = c.number.rstrip(".")
            # "1." under "Article 14" is "14.1", as the document cites it ("Article 14.1")
            above = _ARTICLE_WORD_RE.sub("", above) if above else above
            if not above or number.startswith(above) or _CONTAINER_RE.match(above):
                full = number
            elif number.startswith("("):
                full = above + number
            else:
                full = f"{above}.{number}"
        if full:
            out[c.id] = full
    return out


def containing_parts(clauses: list[Clause]) -> dict[str, str]:
    """Each clause that stands in a part of the document named whole ("Exhibit A", "Schedule 2"),
    the part itself included: the part's number, as a cap "for any breach of Exhibit A" names
    it. Parents come before their children in `clauses`."""
    out: dict[str, str] = {}
    for c in clauses:
        if c.number and _CONTAINER_RE.match(c.number):
            out[c.id] = c.number.rstrip(".")
        elif c.parent in out:
            out[c.id] = out[c.parent]
    return out


def paragraph_form(ref: str) -> str | None:
    """The name a dotted reference has where a clause's paragraphs are numbered on their own (a
    nested list the segmenter numbers "18(6)"): "18.6" is "18(6)", "17.1(a)" is "17(1)(a)";
    None for other references."""
    m = _DOTTED_PAIR_RE.fullmatch(ref.strip())
    return f"{m.group(1)}({m.group(2)}){m.group(3)}" if m else None


#: a clause and its paragraph, and what follows: "18.6", "17.1(a)"
_DOTTED_PAIR_RE = re.compile(r"(\d+)\.(\d+)((?:\([a-z0-9]{1,4}\))*)", re.IGNORECASE)


def _key(number: str) -> str:
    return number.rstrip(".").lower()


def _qualified(clause: Clause, by_id: dict[str, Clause]) -> str:
    """The nearest ancestor's mark joined to the clause's number."""
    number = clause.number or ""
    parent = by_id.get(clause.parent) if clause.parent else None
    while parent is not None:
        mark = _mark(parent)
        if mark and not number.startswith(mark):
            if _CONTAINER_RE.match(mark):
                return f"{mark} ¶{number}"
            if number.startswith("("):
                return f"{mark}{number}"
            return f"{mark}.{number}"
        parent = by_id.get(parent.parent) if parent.parent else None
    return number


def _mark(clause: Clause) -> str | None:
    """How a parent is named in a child's citation: its number, or the letter its heading
    begins with ("F. Limitations and Disclaimers" -> "F")."""
    if clause.number:
        return clause.number.rstrip(".")
    m = _HEADING_MARK_RE.match(clause.heading or "")
    return m.group(1) if m else None


def cited(ref: str) -> str:
    """A clause reference as a report prints it: "§9.2", "§F.3", but "Schedule 1 ¶5" and
    "Annex 1" (a named part carries its own word)."""
    return ref if _CONTAINER_RE.match(ref) or ref.lower().startswith("article") else f"§{ref}"
