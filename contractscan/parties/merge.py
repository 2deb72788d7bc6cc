"""The seams to later stages: parties merged across a set's documents (merge_parties), the aliases
of each role (role_aliases), and how the evaluation matches names (names_match)."""

from __future__ import annotations

import re
import unicodedata

from ..models import Party, PartyRole
from .names import _WS_RE, _norm
from .roles import _GENERIC_FIRST, _GENERIC_SHORT, _WE, _YOU

# legal forms as `_match_key` sees them once punctuation is gone ("S.à r.l." -> "s a r l")
_LEGAL_FORM_RE = re.compile(
    r"(?<!\S)(?:s a r l|s a s|s p a|s r l|s c a|l l c|l l p|p l c|g i e|k k|n v|b v|s a|a s|a g|"
    r"p c|p a|l p|s l|a b|et cie|sdn bhd|kabushiki kaisha|inc|incorporated|corp|corporation|llc|"
    r"ltd|limited|plc|co|lp|llp|lllp|pllc|pc|gmbh|ag|sa|sas|spa|srl|sarl|sl|nv|bv|pte|pty|kk|ab|"
    r"aps|oy|asa|se|ltda|gie|sca|bhd)(?!\S)"
)
_CONNECTORS = frozenset(["and", "or", "including", "together", "with", "its", "on", "behalf"])


def _match_key(name: str) -> tuple[list[str], bool]:
    """The words of a name for matching, and whether it carried a legal form: lower case, accents,
    quotes and punctuation gone, "the" and legal forms (Inc., S.à r.l., K.K.) dropped."""
    s = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _WS_RE.sub(" ", re.sub(r"[^\w\s&]|_", " ", s)).strip()
    legal = _LEGAL_FORM_RE.search(s) is not None
    s = _LEGAL_FORM_RE.sub(" ", s)
    words = [w for w in s.split() if w != "the"]
    return words, legal


def names_match(predicted: str, labelled: str) -> bool:
    """How the evaluation matches a predicted party name to a labelled one.

    Both names are reduced by `_match_key` (case, accents, punctuation, quotes, "the" and legal
    forms such as Inc./Ltd./S.A./GmbH/K.K. ignored). They match when the reduced words are equal,
    or when the shorter is the leading words of the longer, the way contracts shorten a name
    ("Apollo" for "Apollo Endosurgery, Inc."), unless
    - the shorter is one generic word (Company, Bank, Licensor): such aliases must be equal;
    - both names carry a legal form: then they name two entities ("Acme Partners II GP, L.P." is
      not "Acme Partners II, LLC") and must be equal;
    - the rest of the longer name joins another name or phrase ("and", "including", "with").
    A fragment from the middle or end of a name ("Merger Corp" of "Gulf Merger Corp.") never
    matches."""
    a, la = _match_key(predicted)
    b, lb = _match_key(labelled)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_[: len(short)] != short:
        return False
    if len(short) == 1 and short[0] in _GENERIC_SHORT:
        return False
    if la and lb:
        return False
    return not (set(long_[len(short) :]) & _CONNECTORS)


def role_aliases(parties: list[Party]) -> dict[str, PartyRole]:
    """Lower-cased alias -> role: every name, its short forms ("Acme AI, Inc." -> "acme ai",
    "acme"), and the pronoun families of "we" and "you" where a party carries them."""
    out: dict[str, PartyRole] = {}
    for p in parties:
        for name in p.names:
            low = name.lower().strip()
            if not low:
                continue
            out.setdefault(low, p.role)
            if low in _WE:
                for w in _WE + ("ourselves",):
                    out.setdefault(w, p.role)
                continue
            if low in _YOU:
                for w in _YOU + ("yourself",):
                    out.setdefault(w, p.role)
                continue
            short = _norm(name)
            if short and short != low:
                out.setdefault(short, p.role)
            first = short.split()[0] if short.split() else ""
            if len(first) >= 4 and first not in _GENERIC_FIRST and len(short.split()) > 1:
                out.setdefault(first, p.role)
    return out


def merge_parties(parties_per_document: list[list[Party]]) -> list[Party]:
    """One Party per role across the documents of a set; names in first-seen order.

    A name seen under two roles in different documents stays under each (roles are per
    document: "we" is the provider in vendor terms and the customer in end-user terms)."""
    merged: dict[PartyRole, Party] = {}
    for doc_parties in parties_per_document:
        for p in doc_parties:
            m = merged.setdefault(p.role, Party(role=p.role))
            for n in p.names:
                if n.lower() not in (x.lower() for x in m.names):
                    m.names.append(n)
            for d in p.documents:
                if d not in m.documents:
                    m.documents.append(d)
    order = list(PartyRole)
    return sorted(merged.values(), key=lambda p: order.index(p.role))
