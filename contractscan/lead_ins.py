"""List items under a lead-in that ends in its subject's modal, read with that subject and modal.

"5.1 The Practice shall:" over "(a) keep accurate records ...;" "(c) comply with the Ionising
Radiation Regulations ...": each item is a duty of the Practice, but holds neither its subject nor
its modal, and the rules are written as whole sentences ("the Practice shall comply with").
`modal_items` says where to read each such item's label as followed by "the Practice shall", so
that the item is matched as the sentence it stands for. Only items that are clauses of their own,
right under the lead-in, and that open on a verb in lower case are read so; a lead-in that denies
("shall not:", "may not:") is read with its list where it stands (classify).

Bulleted items are read the same way: "To help you meet those rules, Mesite will:" over "- provide
a Ranking Parameters Statement ...;" "- not sell Shopper Data ..." (Markdown "-", "*" and "+",
the "•" of an HTML list), each up to the first line after the lead-in that is no bullet; items
indented under an item belong to it and are left as they stand. So are the items of a list run
into its sentence after the modal: "Pardusco will (a) maintain its FDA registration, ... (c) submit
medical device reports to FDA" reads its "(c)" as "(c) Pardusco will submit".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Clause

#: the end of a lead-in: its subject's modal before the colon ("The Practice shall:", "the
#: Licensee agrees to:", "Each party undertakes to:")
_MODAL_END_RE = re.compile(
    r"\b(?P<modal>shall|must|will|agrees?\s+to|undertakes?\s+to|(?:is|are)\s+(?:required|obliged)\s+to)"
    r"\s*:\s*$"
)
#: a subject the lead-in names without a party's name: a pronoun or each of the parties
_OWN_SUBJECT_RE = re.compile(
    r"\b(?P<subject>you|we|(?:each|either|both)\s+(?:party|parties)|the\s+parties)\s+$",
    re.IGNORECASE,
)
#: an item's label and the space after it: "(a) ", "(iv) ", "a) ", "1. "
_ITEM_LABEL_RE = re.compile(r"\s*(?:\(\w{1,4}\)|\w{1,4}[.)])(?P<space>\s+)(?P<word>[\w'’-]+)")
#: a bulleted line of a list ("- provide ...", "• publish ..."), also in a Markdown quote, with the
#: space after its bullet and its first word
_BULLET_LINE_RE = re.compile(
    r"(?P<indent>[ \t]*)(?:>[ \t]*)?[-*+\u2022\u2013\u25aa\u25e6](?P<space>[ \t]+)(?P<word>[\w'\u2019-]+)"
)
#: first words of an item that say it is no verb phrase: it has a subject of its own ("(a) the
#: Service will ...") or goes on with the lead-in otherwise ("(b) to the extent ...")
_NOT_A_VERB = frozenset(
    "the a an any all each every its their his her our your such this that these those it they "
    "we you he she there if where when unless subject to in on at for by with from of as "
    "and or".split()
)


@dataclass(frozen=True)
class Subject:
    """A party's names in a document and the pronoun it is read as (None: as written)."""

    names: re.Pattern[str]
    pronoun: str | None


def modal_items(
    text: str, clauses: Sequence[Clause], subjects: Sequence[Subject]
) -> list[tuple[int, int, str]]:
    """(start, end, words) for each list item to read with its lead-in's subject and modal: the
    space after the item's label, to be read as " <subject> <modal> "."""
    by_parent: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.parent is not None:
            by_parent.setdefault(c.parent, []).append(c)
    out: list[tuple[int, int, str]] = []
    for lead in clauses:
        items = by_parent.get(lead.id)
        if not items:
            continue
        own = text[lead.start : lead.end].rstrip()
        if not own.endswith(":"):
            continue
        line = own[own.rfind("\n") + 1 :]
        m = _MODAL_END_RE.search(line)
        if m is None:
            continue
        said = _subject(line[: m.start()], subjects)
        if said is None:
            continue
        words = f" {said} {_modal_for(said, m.group('modal'))} "
        for item in items:
            lm = _ITEM_LABEL_RE.match(text, item.start, item.end)
            if lm is None or not item.number or "(" not in item.number:
                continue
            if _opens_on_verb(lm.group("word")):
                out.append((lm.start("space"), lm.end("space"), words))
    for clause in clauses:
        out += _bullet_items(text, clause, subjects)
    out += _inline_items(text, subjects)
    return sorted(out)


#: a modal right before the first label of a list run into its sentence: "Pardusco will (a)
#: maintain its FDA registration, (b) maintain a quality system, (c) submit ... reports"
_INLINE_LEAD_RE = re.compile(
    r"\b(?P<modal>shall|must|will|agrees?\s+to|undertakes?\s+to)\s+\((?P<first>a|i|1)\)\s+(?P<word>[\w'\u2019-]+)"
)
_LABELS = {
    "a": [f"({c})" for c in "abcdefghijklmn"],
    "i": [f"({r})" for r in "i ii iii iv v vi vii viii ix x".split()],
    "1": [f"({n})" for n in range(1, 15)],
}


def _inline_items(text: str, subjects: Sequence[Subject]) -> list[tuple[int, int, str]]:
    """The items after the first of a list run into its sentence, each read with the subject
    and modal before "(a)" ("... (c) Pardusco will submit medical device reports ..."): the
    labels that follow in order on the same line, each before a verb."""
    out: list[tuple[int, int, str]] = []
    for m in _INLINE_LEAD_RE.finditer(text):
        if not _opens_on_verb(m.group("word")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        said = _subject(text[line_start : m.start()], subjects)
        if said is None:
            continue
        words = f" {said} {_modal_for(said, m.group('modal'))} "
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        at = m.end()
        for label in _LABELS[m.group("first")][1:]:
            found = text.find(label, at, line_end)
            if found < 0:
                break
            lm = _ITEM_LABEL_RE.match(text, found, line_end)
            if lm is None:
                break
            at = lm.end()
            if _opens_on_verb(lm.group("word")):
                out.append((lm.start("space"), lm.end("space"), words))
    return out


def _opens_on_verb(first: str) -> bool:
    """Whether an item's first word can be the verb its lead-in's modal governs."""
    return first[:1].islower() and first.lower() not in _NOT_A_VERB and first != "to"


def _bullet_items(
    text: str, clause: Clause, subjects: Sequence[Subject]
) -> list[tuple[int, int, str]]:
    """The bulleted items under each lead-in line of a clause's own text, as `modal_items`
    gives them."""
    out: list[tuple[int, int, str]] = []
    words: str | None = None
    indent = -1
    at = clause.start
    for line in text[clause.start : clause.end].splitlines(keepends=True):
        start, at = at, at + len(line)
        body = line.rstrip()
        if not body.strip():
            continue
        if words is not None:
            bm = _BULLET_LINE_RE.match(text, start, start + len(body))
            if bm is not None:
                width = len(bm.group("indent").expandtabs(4))
                indent = width if indent < 0 else indent
                if width <= indent and _opens_on_verb(bm.group("word")):
                    out.append((bm.start("space"), bm.end("space"), words))
                continue
            words = None
        m = _MODAL_END_RE.search(body)
        said = _subject(body[: m.start()], subjects) if m is not None else None
        if m is not None and said is not None:
            words, indent = f" {said} {_modal_for(said, m.group('modal'))} ", -1
    return out


def _subject(before: str, subjects: Sequence[Subject]) -> str | None:
    """The subject that ends `before` (the lead-in's words before its modal), as the item is to
    read it: a party's pronoun, or its words as written; None when no party stands there."""
    if m := _OWN_SUBJECT_RE.search(before):
        return m.group("subject")
    for s in subjects:
        for n in s.names.finditer(before):
            end = n.start("word") if n.group("word") else n.end()
            if before[end:].strip() or n.group("owner"):
                continue
            return s.pronoun or before[n.start() : end].strip()
    return None


def _modal_for(subject: str, modal: str) -> str:
    """The modal as the subject reads it: "you agree to" for "the Customer agrees to"."""
    if subject.lower() not in ("you", "we", "the parties", "both parties"):
        return modal
    return re.sub(r"^(agree|undertake)s\b", r"\1", re.sub(r"^is\b", "are", modal))
