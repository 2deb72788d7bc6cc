"""Cross-references: "Section 9.2", "Sections 3 and 4", "this Section L.3", "Section 11
(Indemnification)", "Sections 8.1 through 8.3", "Article IV", "Exhibit A" resolved to clause ids,
so a cap can know it excludes the indemnity and a disclaimer what it is "except as provided in".

A range yields one CrossReference per clause it reaches (same text and span). References to
statutes ("Section 230 of the Communications Decency Act") are skipped.
"""

from __future__ import annotations

import bisect
import re

from .models import Clause, CrossReference
from .numbering import paragraph_form

_REF = r"(?:\d{1,3}(?:\.\d{1,3})*|[A-Z]\d{1,2}(?:\.\d{1,3})*|[A-Z](?:\.\d{1,3})+|[IVXLC]{1,6}|[A-Z])(?:\([a-z0-9]{1,4}\))*"
_REF_RE = re.compile(
    r"\b((?i:sections?|articles?|clauses?|paragraphs?|schedules?|exhibits?|annex(?:es)?|"
    r"appendix|appendices|attachments?|sec\.|arts?\.)|§§?)\s*"
    rf"({_REF}(?:\s*(?:,|(?i:and|or|through|thru|to)|-|–)\s*(?:(?:Section|Sections|Article|Clause)\s+)?{_REF})*)"
    r"(?![\w.]\w|\d)"
)
_ONE_RE = re.compile(rf"(?<!\w){_REF}(?!\w)")
#: a statute by its title ("the Italian Civil Code", "the Communications Decency Act")
_STATUTE_TITLE = r"(?:[A-Z][\w.&'-]*\s+){1,8}?(?:Act|Code|Regulations?|Rules|U\.S\.C\.?|Directive|Law|Convention)\b"
_OF_TITLE_OR_US = r"|\s*of\s+(?:Title|the\s+U\.S\.)"
#: a code or statute cited by its abbreviation after an article's number: the Swiss Code of
#: Obligations (CO, OR), German, Austrian and Swiss codes, data-protection statutes
_CODE_ABBREVIATION = (
    r"(?:CO|BGB|HGB|ZGB|ABGB|UGB|AktG|StGB|ZPO|VVG|UWG|UrhG|GDPR|DSGVO|BDSG|DSG|FADP|nFADP|"
    r"revFADP|LCD|C\.\s?civ\.)(?![\w-])"
)
_STATUTE_RE = re.compile(
    r"\s*(?:\([a-z0-9]+\))*\s*of\s+(?:the\s+)?" + _STATUTE_TITLE + _OF_TITLE_OR_US
)
#: after a section's number, what makes it another text's: a statute named by its title or by
#: an acronym ("section 64A of the ACL", "Article 22 of the GDPR") or another document of the set
#: ("Section 5 of the DPA"); what a clause of this document keeps back names none of them
STATUTE_AFTER = re.compile(
    r"[A-Za-z]?\s*(?:\([a-z0-9]+\))*\s*of\s+(?:the\s+)?(?:"
    + _STATUTE_TITLE
    + r"|[A-Z]{2,6}\b)"
    + _OF_TITLE_OR_US
    # ("Art. 100 CO", "§ 309 BGB", "Article 28 GDPR": a code named by its abbreviation right after
    # the number, as civil-law drafting cites it)
    + r"|[A-Za-z]?\s*(?:\([a-z0-9]+\))*\s+"
    + _CODE_ABBREVIATION
)
_RANGE_WORDS = ("through", "thru", "to", "-", "–")
_CONTAINER_WORDS = {
    "schedule",
    "schedules",
    "exhibit",
    "exhibits",
    "annex",
    "annexes",
    "appendix",
    "appendices",
    "attachment",
    "attachments",
}


def find_cross_references(text: str, clauses: list[Clause]) -> list[CrossReference]:
    """Every internal cross-reference in `text`, with its source clause and resolved target."""
    if not clauses:
        return []
    starts = [c.start for c in clauses]
    by_number: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.number:
            by_number.setdefault(_norm(c.number), []).append(c)
    siblings: dict[str | None, list[Clause]] = {}
    for c in clauses:
        siblings.setdefault(c.parent, []).append(c)
    out: list[CrossReference] = []
    for m in _REF_RE.finditer(text):
        if _STATUTE_RE.match(text, m.end()):
            continue
        i = bisect.bisect_right(starts, m.start()) - 1
        source = clauses[i] if i >= 0 else clauses[0]
        if source.start == m.start() or (
            source.number and text[source.start : m.start()].strip(" #*") == ""
        ):
            continue  # the clause's own heading "Section 5. Fees", not a reference
        word = m.group(1).lower().rstrip(".s")
        refs = _split(m.group(2))
        targets: list[str | None] = []
        prev: Clause | None = None
        for op, ref in refs:
            target = _resolve(word, ref, by_number, source)
            if op in _RANGE_WORDS and prev is not None and target is not None:
                targets.extend(_between(prev, target, siblings))
            targets.append(target.id if target else None)
            prev = target
        seen: set[str | None] = set()
        for t in targets:
            if t in seen:
                continue
            seen.add(t)
            out.append(
                CrossReference(
                    source=source.id, text=m.group(0), start=m.start(), end=m.end(), target=t
                )
            )
    return out


def _split(refs: str) -> list[tuple[str, str]]:
    """`8.1 through 8.3, and 9` -> [("", "8.1"), ("through", "8.3"), ("and", "9")]."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _ONE_RE.finditer(refs):
        between = refs[pos : m.start()].strip().lower()
        op = ""
        for w in ("through", "thru", "to", "–", "-", "and", "or", ","):
            if w in between.split() or (w in ("-", "–", ",") and w in between):
                op = w
                break
        out.append((op, m.group(0)))
        pos = m.end()
    return out


def _norm(number: str) -> str:
    return number.lower().replace(" ", "").rstrip(".")


def _resolve(
    word: str, ref: str, by_number: dict[str, list[Clause]], source: Clause
) -> Clause | None:
    keys = []
    if word in _CONTAINER_WORDS or word.rstrip("es") in ("annex", "appendic"):
        w = {"schedules": "schedule", "exhibits": "exhibit"}.get(word, word)
        keys.append(_norm(f"{w.capitalize()} {ref}"))
    if word.startswith("article"):
        keys.append(_norm(f"Article {ref}"))
    keys.append(_norm(ref))
    if (paragraph := paragraph_form(ref)) is not None:
        # "clause 18.6" where the paragraphs of clause 18 are numbered 1, 2, 3 on their own (a
        # nested list, numbered "18(6)" here)
        keys.append(_norm(paragraph))
        if "(" in ref and (head := paragraph_form(ref.split("(")[0])) is not None:
            keys.append(_norm(head))
    if "(" in ref:
        keys.append(_norm(ref.split("(")[0]))  # "9.2(b)" when (b) is not its own clause
    if word.startswith("paragraph"):
        # "paragraph 2" inside Article 16: the paragraph of the same article
        near = [
            c
            for c in by_number.get(_norm(ref), [])
            if c.parent is not None and c.parent in (source.parent, source.id)
        ]
        if near:
            return near[0]
    if word.startswith("article") and (part := _ARTICLE_PART_RE.fullmatch(ref.strip())):
        # "Article 14.1", "Article 14(1)": paragraph 1 of Article 14, where the paragraphs are
        # numbered 1, 2, 3 within each article
        articles = {c.id for c in by_number.get(_norm(f"Article {part.group(1)}"), [])}
        inner = [c for c in by_number.get(_norm(part.group(2)), []) if c.parent in articles]
        if inner and not by_number.get(_norm(ref)):
            return inner[0]
    for k in keys:
        cands = by_number.get(k)
        if cands:
            prefix = _scope(source.id)
            for c in cands:
                if _scope(c.id) == prefix:
                    return c
            return cands[0]
    return None


#: an article's number and its paragraph's: "14.1", "14(1)"
_ARTICLE_PART_RE = re.compile(r"(\d+)(?:\.|\()(\d+)\)?")


def _scope(cid: str) -> str:
    """The schedule an id lives in: `c-exhibit-a-1.2` -> `exhibit-a`, a body clause -> ""."""
    m = re.match(r"c-((?:schedule|exhibit|annex|appendix|attachment|addendum)-[a-z0-9.]+)-", cid)
    return m.group(1) if m else ""


def _between(a: Clause, b: Clause, siblings: dict[str | None, list[Clause]]) -> list[str]:
    """Clauses strictly between `a` and `b` among `a`'s siblings (a range "8.1 through 8.3")."""
    if a.parent != b.parent:
        return []
    sibs = siblings.get(a.parent, [])
    ids = [c.id for c in sibs]
    try:
        i, j = ids.index(a.id), ids.index(b.id)
    except ValueError:
        return []
    return ids[i + 1 : j] if i < j else []
