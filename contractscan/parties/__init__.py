"""Parties and their canonical roles (DESIGN 3.2), read from the preamble, definitions and
signature blocks, and the terms-of-service conventions for "we" and "you".

Roles are per document: in a deployer's end-user terms "we" is the customer and "you" the end
user; in a data-labelling SOW the contractor is the data_supplier and the company hiring it the
provider. When no role word names a party, the document kind and the order of the parties decide:
the other party of a known one takes the complementary role; with none known, the first-named
party is the provider and the second the customer (the usual order of vendor contracts).

In terms of service the company that says "we" is the provider (the customer in end-user terms);
when the preamble does not name it, "between you and X", "you and X agree", "offered by X", a
"we" definition in the first clauses or the title does. Layouts without a preamble sentence are
read too: "Party A: ..." lines, cover-page fields, a press release's "X (Nasdaq: TICK)", and the
entity lines of signature blocks.

Rules go by families of phrasing, each tested on invented text (tests/structure/test_party_*.py):
quoted, single-quoted and unquoted aliases; names ended by a legal form of many countries or by
their descriptor; names shared by several parties; padded, hard-wrapped and all-capital preambles
(a padded document is read from a copy with short runs of spaces made one, and every document
from one with its words hyphenated over a line break joined); recitals that open an
amendment; the addressee of a letter agreement and the blocks below its sign-off ("Very truly
yours," / "ACKNOWLEDGED AND AGREED:"); a cover page's role beside or under a name. What is no
party: another agreement's parties, the principal a party acts for, the company the parties form,
the borrower whose debts a guarantee covers, the owner a party holds a licence from, statutes and
places, entities a party sentence names behind a preposition.
"""

from __future__ import annotations

from .find import find_parties
from .legal_forms import _ENTITY_RE
from .merge import merge_parties, names_match, role_aliases
from .names import _finish_name
from .roles import role_for_alias

__all__ = [
    "find_parties",
    "merge_parties",
    "names_match",
    "role_aliases",
    "role_for_alias",
    "_ENTITY_RE",
    "_finish_name",
]
