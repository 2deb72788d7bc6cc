"""Document kind (DESIGN 3.1) from the title, the headings and the content, with its evidence.

The title weighs most: a PDF holding an MSA with an AI addendum schedule is a master_agreement,
because its title says so and the addendum is only a heading. Headings weigh less, words in the
body least. Each signal that counted becomes a short evidence string such as
'title: "Data Processing Addendum"'.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .models import Clause, Document, DocumentKind, PartyRole

K = DocumentKind

#: (kind, pattern) tried against the title and headings. Order matters only for ties.
_NAME_PATTERNS: list[tuple[DocumentKind, re.Pattern[str]]] = [
    (
        K.dpa,
        re.compile(
            r"\bdata processing (?:addendum|agreement|terms)\b|\bDPA\b|\bdata protection (?:addendum|agreement)\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.sla,
        re.compile(
            r"\bservice[- ]levels? (?:agreement|terms|commitment|policy|exhibit|schedule|addendum)\b|\bSLA\b|\buptime (?:commitment|guarantee)\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.ai_addendum,
        re.compile(
            r"\b(?:AI|artificial intelligence|generative AI|machine learning)\b[\w\s-]{0,30}\b"
            # "Kumiho AI Illustration Service Terms of Use" is a product's terms of use
            r"(?:addendum|terms(?!\s+(?:of\s+(?:service|use)|and\s+conditions))|schedule|rider|policy)\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.acceptable_use_policy,
        re.compile(
            r"\b(?:acceptable|responsible|permitted|prohibited) use(?:s)? policy\b|\busage polic(?:y|ies)\b|\bacceptable use\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.order_form,
        re.compile(
            r"\border form\b|\bquote\b|\bquotation\b|\bpurchase order\b|\bsubscription order\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.sow,
        re.compile(
            r"\bstatement of work\b|\bSOW\b|\bwork order\b|\bscope of work\b", re.IGNORECASE
        ),
    ),
    (
        K.end_user_terms,
        re.compile(
            r"\bend[- ]user (?:terms|agreement|license)|\b(?:patient|candidate|applicant|member) terms\b|\bterms for (?:users|patients|candidates)\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.master_agreement,
        re.compile(
            r"\bmaster (?:services? |subscription |supply |purchase |license |licen[cs]e )?(?:agreement|terms)\b|\bMSA\b|"
            r"\b(?:enterprise|customer|cloud|subscription|saas|software|services?|licen[cs]e|licensing|hosting|supply|"
            r"maintenance|platform|api|distributor|distribution|reseller|supply|outsourcing) "
            r"(?:and [\w ]{1,30} )?(?:services )?agreement\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.terms_of_service,
        re.compile(
            r"\bterms of (?:service|use)\b|\bterms and conditions\b|\buser agreement\b|\bterms & conditions\b",
            re.IGNORECASE,
        ),
    ),
]

#: names a kind has only as a whole title, never as a heading inside a document: a vendor's own
#: name for its terms ("Fenwick Imaging — Clinical Software Terms", "Platform Terms"), where
#: "Customer Terms" or "Subscription Terms" heading a section of an MSA names no kind
_TITLE_ONLY_PATTERNS: list[tuple[DocumentKind, re.Pattern[str]]] = [
    (
        K.terms_of_service,
        re.compile(
            r"\b(?:software|platform|services?|api|product|customer|subscription|online|website|"
            r"app|developer|user|enterprise|cloud) terms\s*$",
            re.IGNORECASE,
        ),
    ),
]
_TITLE_PATTERNS = _NAME_PATTERNS + _TITLE_ONLY_PATTERNS

#: body words that hint at a kind (counted, capped)
_CONTENT_PATTERNS: list[tuple[DocumentKind, re.Pattern[str]]] = [
    (
        K.dpa,
        re.compile(
            r"\bsub-?processors?\b|\bdata subjects?\b|\bstandard contractual clauses\b|\bcontroller\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.sla,
        re.compile(
            r"\bservice credits?\b|\bmonthly uptime\b|\bavailability percentage\b|\bdowntime\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.ai_addendum,
        re.compile(
            r"\bAI (?:features?|services?|outputs?|models?)\b|\bgenerative\b|\bmodel training\b",
            re.IGNORECASE,
        ),
    ),
    (
        K.sow,
        re.compile(
            r"\bdeliverables?\b|\bmilestones?\b|\bannotation\b|\blabell?ing\b", re.IGNORECASE
        ),
    ),
    (
        K.order_form,
        re.compile(
            r"\bsubscription term\b|\border start date\b|\bbilling frequency\b", re.IGNORECASE
        ),
    ),
    (
        K.terms_of_service,
        re.compile(
            r"\bby (?:accessing|using) (?:the|our) (?:services?|site|website|platform)\b|\byour account\b",
            re.IGNORECASE,
        ),
    ),
]

_TITLE_WEIGHT, _HEADING_WEIGHT, _CONTENT_WEIGHT = 10.0, 2.0, 0.5


def document_title(document: Document, clauses: list[Clause]) -> str | None:
    """The title: the preamble's heading, else the first short line that names a kind of document."""
    for c in clauses[:3]:
        if c.id == "c-preamble" and c.heading:
            return c.heading
    head = document.text[:1500]
    for line in head.splitlines():
        s = line.strip(" #*=\t-")
        if 3 <= len(s) <= 100 and any(p.search(s) for _, p in _TITLE_PATTERNS):
            return s
    return document.metadata.get("title")


def detect_kind(document: Document, clauses: list[Clause]) -> tuple[DocumentKind, list[str]]:
    """The most likely kind and the evidence for it."""
    scores: dict[DocumentKind, float] = defaultdict(float)
    evidence: dict[DocumentKind, list[str]] = defaultdict(list)
    title = document_title(document, clauses)
    if title:
        for kind, pat in _TITLE_PATTERNS:
            if pat.search(title):
                scores[kind] += _TITLE_WEIGHT
                evidence[kind].append(f'title: "{title.strip()[:80]}"')
                break  # the first (most specific) kind the title names
    opening = document.text[:800]
    if not title or not any(p.search(title) for _, p in _TITLE_PATTERNS):
        # the document the opening names first is itself: "These Master Subscription Terms ...
        # between Pardalote and the bank named in an order (an "Order Form")"
        named = [
            (m.start(), i, kind, m)
            for i, (kind, pat) in enumerate(_NAME_PATTERNS)
            if (m := pat.search(opening))
        ]
        if named:
            _, _, kind, m = min(named, key=lambda n: (n[0], n[1]))
            scores[kind] += _TITLE_WEIGHT / 2
            evidence[kind].append(f'opening: "{m.group(0)}"')
    seen_headings = 0
    for c in clauses:
        if not c.heading or c.id == "c-preamble":
            continue
        for kind, pat in _NAME_PATTERNS:
            if pat.search(c.heading):
                scores[kind] += _HEADING_WEIGHT
                if len(evidence[kind]) < 4:
                    evidence[kind].append(f'heading: "{c.heading[:60]}"')
                break
        seen_headings += 1
        if seen_headings > 400:
            break
    body = document.text[:200000]
    for kind, pat in _CONTENT_PATTERNS:
        hits = [m.group(0).lower() for m in pat.finditer(body)]
        if hits:
            scores[kind] += _CONTENT_WEIGHT * min(len(hits), 8)
            word = min(set(hits), key=lambda w: (-hits.count(w), w))  # deterministic on ties
            evidence[kind].append(f'content: "{word}" x{len(hits)}')
    if not scores:
        return DocumentKind.other, ["no title, heading or content names a kind of document"]
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2.0:
        return DocumentKind.other, [f"weak signals only (best {best.value}: {scores[best]:.1f})"]
    return best, evidence[best]


def service_giver(kind: DocumentKind) -> PartyRole:
    """Who provides the service a document is about: the labeller in a SOW, the deployer in
    end-user terms, the provider elsewhere."""
    if kind == DocumentKind.sow:
        return PartyRole.data_supplier
    if kind == DocumentKind.end_user_terms:
        return PartyRole.customer
    return PartyRole.provider
