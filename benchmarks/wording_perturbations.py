"""How much the readings of a document depend on its wording rather than what it says.

The dev AI vendors' terms (the stance evaluation's dev documents, `genai_split`; never a held-out
one) and the invented whole terms of tests/coverage/stance_documents/ are read through the whole
pipeline (`analyze_text`) as written, and again after wording changes a lawyer would read as
saying the same thing:

- contractions: "do not" -> "don't", "will not" -> "won't", "does not" -> "doesn't", "is not" ->
  "isn't", "cannot" <-> "can not"; expansions: the reverse ("don't" -> "do not", ...);
- modals: "shall" -> "will", "will" -> "shall", "must" -> "shall" where a party is the subject,
  and "agree(s) to <verb>" -> "will <verb>";
- vendor: "we", "us", "our" -> the vendor's name ("X", "X", "X's"), its verb put in the third
  person ("we are" -> "X is", "we provide" -> "X provides"); a document that names itself
  instead gets "we", "us", "our" for its name (and "we" added to where the name is defined);
  a sentence whose verb the script cannot put right is left as it is;
- customer: "you", "your" -> "the Customer", "the Customer's" the same way ("you agree" ->
  "the Customer agrees"), and "Customer" -> "you" where the document names its customer;
- as-is-lower / as-is-title: "AS IS" and "AS AVAILABLE" typed "as is" / "As Is";
- spelling-uk / spelling-us: American spellings put in British ("authorize" -> "authorise",
  "behavior" -> "behaviour", "defense" -> "defence", "willful" -> "wilful", "judgment" ->
  "judgement") and the reverse.

For each change the script prints how many provider stance cells (one per area) change and how
many provisions are lost (no provision of the same rule, type, obligor and stance at the same
place of the original) and new. Offsets of the changed text are mapped back to the original's
(`contractscan.evaluation.perturbations`).

    python benchmarks/wording_perturbations.py [--data ../shared/data] [--show N] [--only CHANGE]
        [--corpus ai|unfair]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from contractscan.evaluation.clauses import DEFAULT_DATA, parse_unfair
from contractscan.evaluation.genai_split import is_held_out
from contractscan.evaluation.perturbations import (
    Edit,
    apply_edits,
    compare,
    readings,
)
from contractscan.evaluation.stance import LABELS_DIR, provider_stance
from contractscan.models import PartyRole, Report
from contractscan.pipeline import Analyzer, ScanOptions, analyze_text

REPO = Path(__file__).resolve().parents[1]
INVENTED = REPO / "tests" / "coverage" / "stance_documents"


@dataclass(frozen=True)
class Doc:
    """A document as written and what the changes need to know of it."""

    id: str
    text: str
    vendor: str | None  # the vendor's own short name ("Zentro"), if it has one
    vendor_pronoun: bool  # whether it calls itself "we"
    customer_pronoun: bool  # whether it calls its customer "you"
    customer: str | None  # the customer's name ("Customer"), if it has one


Change = Callable[[Doc], list[Edit]]

# --------------------------------------------------------------------------- words

MODALS = frozenset(
    "will shall may must can could should would might cannot can't won't wouldn't".split()
)
ADVERBS = frozenset("also hereby expressly only further additionally reasonably".split())
#: Verbs a party is the subject of in AI terms, in their base form.
VERBS = frozenset(
    """accept acknowledge agree allow apply approve assume authorize bear change charge collect
    comply consent control continue delete disclaim disclose do employ ensure exclude give grant
    guarantee have hold implement indemnify inform intend keep license limit maintain make monitor
    need notify obtain offer own perform permit process promise protect provide publish receive
    recognize remain remove represent request require reserve retain review seek sell send share
    store strive suspend take terminate understand update use verify waive want warrant work""".split()
)
STOP_AFTER = frozenset(
    "and or nor to of for from with by in on at as than that if when , . ; : ) ( ' \"".split()
)
PREPOSITIONS = frozenset(
    "to of for from with by in on at against upon than between about toward towards via".split()
)
IRREGULAR = {
    "are": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "don't": "doesn't",
    "aren't": "isn't",
    "haven't": "hasn't",
    "weren't": "wasn't",
}


def third_person(verb: str) -> str:
    lower = verb.lower()
    if lower.replace("\u2019", "'") in IRREGULAR:
        out = IRREGULAR[lower.replace("\u2019", "'")].replace("'", apostrophe(verb))
    elif lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        out = lower + "es"
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        out = lower[:-1] + "ies"
    else:
        out = lower + "s"
    return cased(verb, out)


def base_form(verb: str) -> str | None:
    """The base form of a verb in the third person, if it is one the script knows."""
    lower = verb.lower()
    for base, third in IRREGULAR.items():
        if third == lower and not base.startswith("'"):
            return cased(verb, "are" if base == "are" else base)
    if lower == "was":
        return cased(verb, "were")
    for base in VERBS:
        if third_person(base) == lower:
            return cased(verb, base)
    return None


def cased(like: str, word: str) -> str:
    """`word` typed as `like` is: in capitals, with a capital, or as given."""
    if len(like) > 1 and like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def apostrophe(text: str) -> str:
    return "\u2019" if text.count("\u2019") > text.count("'") else "'"


# --------------------------------------------------------------------------- sentences

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|[^\sA-Za-z]")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?;](?=\s|$)|$)", re.M)


def sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def words(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(sentence)]


def quoted(text: str, start: int, end: int) -> bool:
    return (
        text[start - 1 : start] in "\"'\u201c\u2018"
        and start > 0
        or (text[end : end + 1] in "\"'\u201d\u2019" and end < len(text))
    )


def sentence_edits(
    doc: Doc, edit_sentence: Callable[[Doc, list[tuple[int, int, str]]], list[Edit] | None]
) -> list[Edit]:
    """Edits sentence by sentence; a sentence the change cannot word right (None) stays."""
    out: list[Edit] = []
    for offset, sentence in sentences(doc.text):
        edits = edit_sentence(doc, words(sentence, offset))
        if edits:
            out.extend(edits)
    return out


# --------------------------------------------------------------------------- changes


def _pattern_edits(text: str, table: dict[str, str]) -> list[Edit]:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b", re.I)
    out = []
    for m in pattern.finditer(text):
        new = table[m.group().lower().replace("\u2019", "'")]
        if m.group().isupper():
            new = new.upper()
        elif m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        out.append(Edit(m.start(), m.end(), new))
    return out


def contractions(doc: Doc) -> list[Edit]:
    a = apostrophe(doc.text)
    table = {
        "do not": f"don{a}t",
        "does not": f"doesn{a}t",
        "will not": f"won{a}t",
        "is not": f"isn{a}t",
        "cannot": "can not",
        "can not": "cannot",
    }
    return _pattern_edits(doc.text, table)


_EXPANSIONS = {
    "don't": "do not",
    "doesn't": "does not",
    "won't": "will not",
    "isn't": "is not",
    "aren't": "are not",
    "can't": "cannot",
    "didn't": "did not",
    "wouldn't": "would not",
    "shouldn't": "should not",
    "haven't": "have not",
    "hasn't": "has not",
    "we're": "we are",
    "you're": "you are",
    "we'll": "we will",
    "you'll": "you will",
    "we've": "we have",
    "you've": "you have",
}


def expansions(doc: Doc) -> list[Edit]:
    table = dict(_EXPANSIONS)
    table.update({k.replace("'", "\u2019"): v for k, v in _EXPANSIONS.items()})
    return _pattern_edits(doc.text, {k: v for k, v in table.items()})


def _party_words(doc: Doc) -> frozenset[str]:
    names = {"we", "you", "customer", "user", "licensee", "licensor", "provider", "company"}
    for name in (doc.vendor, doc.customer):
        if name:
            names.add(name.lower().split()[-1])
    return frozenset(names)


_DETERMINERS = frozenset("the these this that such any all our your its their a an each".split())


def _modal_sentence(doc: Doc, ws: list[tuple[int, int, str]]) -> list[Edit]:
    parties = _party_words(doc)
    out = []
    for i in range(1, len(ws) - 1):
        word = ws[i][2].lower()
        j = i - 1
        if ws[j][2].lower() in ADVERBS and j > 0:
            j -= 1
        if ws[j][2].lower() not in parties:
            continue
        after = ws[i + 1][2]
        if not after.isalpha() or not after.islower() and not after.isupper():
            continue
        if word in ("shall", "will", "must"):
            new = {"shall": "will", "will": "shall", "must": "shall"}[word]
            out.append(Edit(ws[i][0], ws[i][1], cased(ws[i][2], new)))
        elif word in ("agree", "agrees") and after.lower() == "to" and i + 2 < len(ws):
            verb = ws[i + 2][2]
            if (
                verb.isalpha()
                and verb.lower() not in _DETERMINERS
                and verb.lower()
                in VERBS
                | {
                    "be",
                    "not",
                }
            ):
                out.append(Edit(ws[i][0], ws[i + 1][1], cased(ws[i][2], "will")))
    return out


def modals(doc: Doc) -> list[Edit]:
    return sentence_edits(doc, _modal_sentence)


def _subject_edits(
    ws: list[tuple[int, int, str]], i: int, name: str, skip_to: int
) -> list[Edit] | None:
    """`ws[i]` (a plural subject: "we", "you") replaced by a singular `name`, its verb in the
    third person; None when the word after it is a verb the script does not know."""
    start, end, word = ws[i]
    new = cased(word, name) if not word.isupper() else name.upper()
    if word[:1].isupper() and not word.isupper():
        new = new[:1].upper() + new[1:]
    k = i + 1
    while k < len(ws) and ws[k][2].lower() in ADVERBS:
        k += 1
    if k >= len(ws):
        return [Edit(start, end, new)]
    after = ws[k][2]
    lower = after.lower().replace("\u2019", "'")
    if lower in MODALS or lower in STOP_AFTER or not after.isalpha() and "'" not in lower:
        return [Edit(start, end, new)]
    if lower in VERBS or lower.replace("\u2019", "'") in IRREGULAR:
        out = [Edit(start, end, new), Edit(ws[k][0], ws[k][1], third_person(after))]
        # a second verb joined to the first ("understand and agree") agrees too
        if (
            k + 2 < len(ws)
            and ws[k + 1][2].lower() in ("and", "or")
            and ws[k + 2][2].lower() in VERBS
        ):
            out.append(Edit(ws[k + 2][0], ws[k + 2][1], third_person(ws[k + 2][2])))
        return out
    return None


_CONTRACTED = re.compile(r"(?i)^(we|you)['\u2019](re|ve|ll|d)$")


def _pronoun_sentence(
    doc: Doc,
    ws: list[tuple[int, int, str]],
    subject: str,
    obj: str,
    possessive: str,
    name: str,
    reflexive: str,
) -> list[Edit] | None:
    out: list[Edit] = []
    text = doc.text
    for i, (start, end, word) in enumerate(ws):
        lower = word.lower().replace("\u2019", "'")
        if quoted(text, start, end) or word == "US" and not _caps(ws):
            continue
        m = _CONTRACTED.match(word)
        if m and m.group(1).lower() == subject:
            rest = {"re": "is", "ve": "has", "ll": "will", "d": "would"}[m.group(2).lower()]
            out.append(Edit(start, end, cased(word, name) + " " + cased(word[-1], rest)))
        elif lower == subject and i > 0 and _object_position(ws[i - 1][2]):
            out.append(Edit(start, end, cased(word, name)))
        elif lower == subject:
            edits = _subject_edits(ws, i, name, i + 1)
            if edits is None:
                return None
            out.extend(edits)
        elif lower == obj and obj != subject:
            out.append(Edit(start, end, cased(word, name)))
        elif lower in (possessive, possessive + "s") and i > 0 and word[0].isupper():
            if not _caps(ws):
                continue  # "Your Content" in mid-sentence: a defined term, left as it is
            out.append(Edit(start, end, cased(word, name + "'s")))
        elif lower in (possessive, possessive + "s"):
            # after the party's name as the subject, as one writes it: "X will do its best"
            own = "its" if any(e.new.lower() == name.lower() for e in out) else name + "'s"
            out.append(Edit(start, end, cased(word, own)))
        elif lower.startswith(reflexive):
            return None
    return out


def _object_position(before: str) -> bool:
    """Whether a pronoun after this word is its object ("to you", "notify you")."""
    lower = before.lower()
    return lower in PREPOSITIONS or lower in VERBS or any(third_person(v) == lower for v in VERBS)


def _caps(ws: list[tuple[int, int, str]]) -> bool:
    letters = [w for _, _, w in ws if w.isalpha()]
    return bool(letters) and sum(w.isupper() for w in letters) > 0.8 * len(letters)


def _name_sentence(
    doc: Doc, ws: list[tuple[int, int, str]], name: str, subject: str, obj: str, possessive: str
) -> list[Edit] | None:
    """The party's name replaced by the pronouns ("Zentro provides" -> "we provide")."""
    out: list[Edit] = []
    parts = name.split()
    n = len(parts)
    for i in range(len(ws) - n + 1):
        if [w for _, _, w in ws[i : i + n]] != parts or quoted(
            doc.text, ws[i][0], ws[i + n - 1][1]
        ):
            continue
        start, end = ws[i][0], ws[i + n - 1][1]
        if i > 0 and ws[i - 1][2].lower() == "the":
            start = ws[i - 1][0]
        at_start = i == 0 or i == 1 and ws[0][2].lower() == "the"
        nxt = ws[i + n][2] if i + n < len(ws) else "."
        if nxt in ("'", "\u2019") and i + n + 1 < len(ws) and ws[i + n + 1][2] == "s":
            out.append(
                Edit(start, ws[i + n + 1][1], possessive.title() if at_start else possessive)
            )
            continue
        if nxt.isalpha() and nxt.lower() not in STOP_AFTER and nxt[:1].isupper():
            continue  # a modifier ("Customer Data"), not the party
        if nxt.lower() in MODALS:
            out.append(Edit(start, end, subject.title() if at_start else subject))
        elif (base := base_form(nxt)) is not None:
            out.append(Edit(start, end, subject.title() if at_start else subject))
            out.append(Edit(ws[i + n][0], ws[i + n][1], base))
        elif i > 0 and _object_position(ws[i - 1][2]) and not nxt.isalpha() or nxt in STOP_AFTER:
            out.append(Edit(start, end, obj))
        elif nxt.isalpha() and nxt.islower() and base_form(nxt) is None and nxt not in ADVERBS:
            continue  # a modifier ("Customer code")
        else:
            return None
    return out


def vendor(doc: Doc) -> list[Edit]:
    if doc.vendor_pronoun and doc.vendor:
        name = doc.vendor
        return sentence_edits(
            doc, lambda d, ws: _pronoun_sentence(d, ws, "we", "us", "our", name, "ourselv")
        )
    if doc.vendor:
        return _with_definition(
            doc,
            doc.vendor,
            ', "we", "us"',
            lambda d, ws: _name_sentence(d, ws, doc.vendor or "", "we", "us", "our"),
        )
    return []


def customer(doc: Doc) -> list[Edit]:
    if doc.customer_pronoun:
        return sentence_edits(
            doc,
            lambda d, ws: _pronoun_sentence(d, ws, "you", "you", "your", "the Customer", "yoursel"),
        )
    if doc.customer:
        return _with_definition(
            doc,
            doc.customer,
            ', "you"',
            lambda d, ws: _name_sentence(d, ws, doc.customer or "", "you", "you", "your"),
        )
    return []


def _with_definition(
    doc: Doc,
    name: str,
    alias: str,
    edit_sentence: Callable[[Doc, list[tuple[int, int, str]]], list[Edit] | None],
) -> list[Edit]:
    """Name -> pronoun edits, with the pronoun added where the name is defined in quotes; none
    when the document defines no quoted name."""
    m = re.search(r"[\"\u201c]" + re.escape(name) + r"[\"\u201d]", doc.text)
    if not m:
        return []
    return [Edit(m.end(), m.end(), alias), *sentence_edits(doc, edit_sentence)]


_AS_IS = re.compile(r"\b(AS[ -]IS|AS[ -]AVAILABLE)\b")


def as_is(style: Callable[[str], str]) -> Change:
    def change(doc: Doc) -> list[Edit]:
        return [Edit(m.start(), m.end(), style(m.group())) for m in _AS_IS.finditer(doc.text)]

    return change


#: Stems spelt -ize in American and -ise in British English ("authorize" / "authorise").
_IZE = """authoriz recogniz organiz minimiz maximiz utiliz characteriz prioritiz summariz optimiz
    customiz realiz emphasiz standardiz penaliz finaliz specializ monetiz anonymiz pseudonymiz
    categoriz jeopardiz localiz apologiz criticiz memoriz""".split()
#: Words spelt -or in American and -our in British English ("behavior" / "behaviour").
_OR = "behavior favor endeavor honor labor neighbor harbor color rumor".split()
#: Other words American and British English spell apart, American first.
_SPELT_APART = {
    "defense": "defence",
    "defenses": "defences",
    "offense": "offence",
    "offenses": "offences",
    "canceled": "cancelled",
    "canceling": "cancelling",
    "labeled": "labelled",
    "labeling": "labelling",
    "modeled": "modelled",
    "modeling": "modelling",
    "traveled": "travelled",
    "fulfill": "fulfil",
    "fulfills": "fulfils",
    "fulfillment": "fulfilment",
    "willful": "wilful",
    "willfully": "wilfully",
    "judgment": "judgement",
    "judgments": "judgements",
    "acknowledgment": "acknowledgement",
    "enrollment": "enrolment",
    "installment": "instalment",
    "installments": "instalments",
    "center": "centre",
    "centers": "centres",
    "analyze": "analyse",
    "analyzes": "analyses",
    "analyzed": "analysed",
    "analyzing": "analysing",
    "catalog": "catalogue",
    "aging": "ageing",
}


def _us_to_uk() -> dict[str, str]:
    """American spellings of legal and AI terms' words, with their British spellings."""
    table = dict(_SPELT_APART)
    for stem in _IZE:  # "authoriz" -> authorize(s|d), authorizing, authorization(s)
        for end in ("e", "es", "ed", "ing", "ation", "ations"):
            table[stem + end] = stem[:-1] + "s" + end
    for word in _OR:  # "behavior" -> behavior(s|al), favored, favorable, ...
        for end in ("", "s", "ed", "ing", "able", "ably", "al"):
            table[word + end] = word[:-2] + "our" + end
    return table


_UK_SPELLING = _us_to_uk()
_US_SPELLING = {uk: us for us, uk in _UK_SPELLING.items()}


def spelling(table: dict[str, str]) -> Change:
    def change(doc: Doc) -> list[Edit]:
        return _pattern_edits(doc.text, table)

    return change


CHANGES: dict[str, Change] = {
    "contractions": contractions,
    "expansions": expansions,
    "modals": modals,
    "vendor": vendor,
    "customer": customer,
    "as-is-lower": as_is(str.lower),
    "as-is-title": as_is(str.title),
    "spelling-uk": spelling(_UK_SPELLING),
    "spelling-us": spelling(_US_SPELLING),
}

# --------------------------------------------------------------------------- documents


def dev_documents(data: Path) -> Iterator[tuple[str, str]]:
    """The stance evaluation's dev documents (never a held-out one) and the invented ones."""
    for file in sorted(LABELS_DIR.glob("*.yaml")):
        name = yaml.safe_load(file.read_text(encoding="utf-8"))["document"]
        if not is_held_out(name):
            path = data / "genai-terms" / name
            if path.is_file():
                yield f"genai/{name.split('/')[0]}", path.read_text(encoding="utf-8")
    for path in sorted(INVENTED.glob("*.*")):
        if path.suffix in (".txt", ".md"):
            yield f"invented/{path.stem}", path.read_text(encoding="utf-8")


def unfair_documents(data: Path) -> Iterator[tuple[str, str]]:
    """UNFAIR-ToS's dev documents (every 4th alphabetically is held out, as in the evaluation)."""
    for i, file in enumerate(sorted((data / "unfair-tos").glob("*.xml"))):
        if i % 4 != 3:
            yield f"unfair/{file.stem}", parse_unfair(file.read_text(encoding="utf-8"))[0]


_LEGAL = re.compile(r"(?i),|\b(inc|ltd|llc|gmbh|corp|corporation|limited)\b\.?")


def describe(doc_id: str, text: str, report: Report) -> Doc:
    names = {p.role: p.names for p in report.documents[0].parties}
    provider = names.get(PartyRole.provider, [])
    client = names.get(PartyRole.customer, [])
    own = [
        n
        for n in provider
        if n.lower() not in ("we", "us", "our") and not _LEGAL.search(n) and not n.isupper()
    ]
    own.sort(key=lambda n: len(n.split()))  # "LinguaFerry" before "LinguaFerry B.V."
    cust = [n for n in client if n.lower() not in ("you", "your")]
    return Doc(
        id=doc_id,
        text=text,
        vendor=own[0] if own else None,
        vendor_pronoun=any(n.lower() in ("we", "us", "our") for n in provider),
        customer_pronoun=any(n.lower() in ("you", "your") for n in client),
        customer=cust[0] if cust else None,
    )


def stances(report: Report, areas: list[str]) -> dict[str, str]:
    return {a: provider_stance(report.contract_sets[0], a) for a in areas}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", type=int, default=0, help="list the first N provisions lost")
    ap.add_argument("--only", choices=sorted(CHANGES), action="append")
    ap.add_argument(
        "--corpus",
        choices=["ai", "unfair"],
        default="ai",
        help="the dev AI terms and invented terms (default), or UNFAIR-ToS's dev documents",
    )
    args = ap.parse_args()
    source = dev_documents if args.corpus == "ai" else unfair_documents
    analyzer = Analyzer.build(ScanOptions())
    areas = [a.id for a in analyzer.areas]
    names = args.only or list(CHANGES)
    counts = {n: {"edited": 0, "cells": 0, "lost": 0, "new": 0} for n in names}
    examples: dict[str, list[str]] = {n: [] for n in names}
    total = documents = 0
    for doc_id, text in source(args.data):
        documents += 1
        report = analyze_text(text, analyzer=analyzer)
        doc = describe(doc_id, text, report)
        base, cells = readings(report), stances(report, areas)
        total += len(base)
        for name in names:
            edits = CHANGES[name](doc)
            if not edits:
                continue
            edited = apply_edits(text, edits)
            got_report = analyze_text(edited.text, analyzer=analyzer)
            missing, new = compare(base, readings(got_report, edited))
            got_cells = stances(got_report, areas)
            moved = [a for a in areas if got_cells[a] != cells[a]]
            c = counts[name]
            c["edited"] += len(edits)
            c["cells"] += len(moved)
            c["lost"] += len(missing)
            c["new"] += len(new)
            for a in moved[: max(0, args.show - len(examples[name]))]:
                examples[name].append(f"    {doc_id} cell {a}: {cells[a]} -> {got_cells[a]}")
            for k in missing[: max(0, args.show - len(examples[name]))]:
                original = text[k[4] : k[5]]
                start, end = _changed_span(edited.origin, k[4], k[5])
                examples[name].append(
                    f"    {doc_id} {k[0]} {k[2]} {k[3]}: {original[:120]!r}\n"
                    f"      -> {edited.text[start:end][:120]!r}"
                )
    corpus_name = (
        "dev AI vendors' terms and invented terms"
        if args.corpus == "ai"
        else "UNFAIR-ToS dev terms of service"
    )
    print(
        f"{documents} documents ({corpus_name}), {total:,} provisions, "
        f"{documents * len(areas)} provider stance cells"
    )
    print(f"  {'change':<13} {'edits':>6} {'cells':>6} {'lost':>6} {'new':>6}")
    for name in names:
        c = counts[name]
        print(f"  {name:<13} {c['edited']:>6} {c['cells']:>6} {c['lost']:>6} {c['new']:>6}")
        for line in examples[name]:
            print(line)


def _changed_span(origin: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[int, int]:
    """The span of the changed text that came from an original span (for printing)."""
    first = next((i for i, (s, _) in enumerate(origin) if s >= start), len(origin) - 1)
    last = next((i for i in range(len(origin) - 1, -1, -1) if origin[i][1] <= end), first)
    return first, max(first, last + 1)


if __name__ == "__main__":
    main()
