"""Clause -> Provision: run the compiled rulebook once over a document and read each match.

For every rule match this decides the clause and sentence it falls in, who is bound (obligor)
and who benefits, which way it points (stance, with negation flipping it where the rule says),
which areas it reaches and which attributes it carries. Who is bound is read from the party
names around the match, since a blank pipeline has no dependency parse:

- obligor `subject`: the last party named before the match in its sentence (not after a
  preposition such as "to you"), else the first one named inside the match;
- beneficiary `object`: the first other party named from the match on, else the counterparty;
- "neither party", "each party", "either party", "both parties", "the parties" as the subject
  make the provision mutual: obligor and beneficiary None and attribute `mutual: true` (the
  coverage stage reads a mutual provision as binding both provider and customer).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from pydantic import BaseModel

from .attributes import (
    EXTRACTORS,
    OUTPUT_QUALITIES,
    WHETHER_UNDER,
    change_definitions,
    defined_changes,
    read_attributes,
)
from .extract.layout import DANGLING_WORDS
from .jurisdictions import names_place
from .kinds import service_giver
from .lead_ins import Subject, modal_items
from .models import (
    Clause,
    ClauseType,
    Document,
    DocumentKind,
    DocumentStructure,
    PartyRole,
    Provision,
    Stance,
)
from .parties import role_aliases
from .quotes import window
from .regex_trie import alternation
from .rulebook import CompiledRule, Rule, Rulebook
from .segment import caps_sentence, inline_enumeration, is_heading_text, roman_value
from .sentences import ITEM_GOES_ON
from .spacing import Collapsed, collapse_runs, replace_spans

NEGATIONS = frozenset({"not", "n't", "no", "never", "neither", "nor", "cannot"})
_NEG_WINDOW = 5
_BREAKS = frozenset({",", ";", ":", "(", ")", "."})
_PREPOSITIONS = frozenset(
    {
        "to",
        "for",
        "against",
        "by",
        "from",
        "with",
        "toward",
        "towards",
        "upon",
        "between",
        # "accessed in your account", "used at your sole risk": the owner of a thing named after
        # the preposition is no subject
        "in",
        "at",
    }
)
_QUOTE_MAX = 300
_MISSED_BOUNDARY = re.compile(r"([\w.]+)[.!?][\"”’)]?\s+(?=[A-Z“\"])")
_ABBREVIATIONS = frozenset(
    {
        "inc",
        "ltd",
        "llc",
        "co",
        "corp",
        "e.g",
        "i.e",
        "no",
        "u.s",
        "u.k",
        "etc",
        "st",
        "mr",
        "ms",
        "dr",
        "vs",
        "v",
        "jr",
        "sr",
        "plc",
        "gmbh",
        "s.a",
        "b.v",
        "n.v",
        "pty",
        "l.p",
        "llp",
    }
)
#: Clause types whose `commits` is a promise about an area (a liability or dispute clause is not).
PROMISE_TYPES = frozenset(
    {
        ClauseType.data_use,
        ClauseType.warranty,
        ClauseType.incident_notification,
        ClauseType.audit_rights,
        ClauseType.sla,
        ClauseType.unilateral_change,
    }
)
_AREA_CLAUSE_CHARS = 700
#: A "sentence" longer than this is sentences the splitter left joined (a lead-in read with its
#: list, a page of capitals): areas are read in the stretch between full stops around the match.
_LONG_SENTENCE = 1200
#: a disclosure word (rules/readings.yaml `disclosure`) near words of secrecy (`secrecy`) is
#: about keeping secrets, not transparency about the AI system: read this many characters around.
_SECRECY_REACH = 80
_STOP_RE = re.compile(r"([\w.]+)[.!?][\"”’)*]*\s+(?=[\W]{0,3}[A-Z(“\"])")
_PRONOUNS = frozenset({"we", "us", "our", "you", "your"})
_FINAL = frozenset(".;:!?")
_MIN_WORDS = 4
_HEADING_WORDS = 9


_WORD_RE = re.compile(r"[^\W\d_]+")


#: Pronouns that take their referent from the sentence before.
_PRONOUN_RE = re.compile(r"\b(?:them|they|it|these|those)\b")

#: Where a damages exclusion turns from what is excluded to what it arises from.
_CAUSE_RE = re.compile(
    r"\b(?:arising|arise|arises|resulting|results?|relating|related|in connection|caused|"
    r"attributable|due to|based on|out of|from (?:your|the|any) use)\b",
    re.IGNORECASE,
)

#: "loss arising from the other party's liability towards third parties", "damage resulting from
#: claims of customers or other third parties": a head of loss named by its cause
_THIRD_PARTY_LOSS = re.compile(
    r"\s+(?:arising|resulting)\s+(?:out\s+of|from)\s+(?:the\s+other\s+party['\u2019]s\s+|"
    r"(?:your|its|their|any)\s+)?(?:liabilit(?:y|ies)|claims?)\s+(?:of|by|from|towards|to)\s+"
    r"(?:(?:any|other|[\w'\u2019-]+)\s+(?:or\s+|and\s+)?){0,3}?(?:third\s+part(?:y|ies)|others)\b"
    # ("..., business interruption, claims by third parties (including viewers), and fines": the
    # claims listed as a head of loss of their own)
    r"|(?<=,)\s+(?:any\s+)?claims?\s+(?:by|of|from|made\s+by)\s+(?:any\s+)?third\s+part(?:y|ies)\b",
    re.IGNORECASE,
)

#: a head of loss that names no kind of loss ("loss or damage", "any liability"): what it arises
#: from is what names it
_GENERIC_LOSS = re.compile(
    # ("..., or for any loss arising from your reliance on Responses")
    r"\W*(?:(?:or|and)\s+)?(?:for\s+)?(?:\(?[a-z]\W{0,3})?(?:any\s+|all\s+)?"
    r"(?:loss(?:es)?|damages?|liabilit(?:y|ies)|claims?|costs?)"
    r"(?:\s*,?\s*(?:or|and|and/or)?\s*(?:any\s+)?(?:loss(?:es)?|damages?|liabilit(?:y|ies)|claims?|"
    r"costs?|expenses?))*\W*",
    re.IGNORECASE,
)


#: where the next item of a list parted by commas starts
_LIST_ITEM_BREAK = re.compile(r",\s+(?:and\s+|or\s+)?")


def _comma_items(excluded: str) -> list[str]:
    """The items of a list parted by commas. The one after ", and" or ", or" is the last and runs
    to the end, commas and all: "..., fines, and damage arising from any regulatory, medical or
    safety decision ..., including any claim ... for bodily injury" is one item."""
    items, at = [], 0
    for m in _LIST_ITEM_BREAK.finditer(excluded):
        items.append(excluded[at : m.start()])
        at = m.end()
        if m.group(0).rstrip().endswith(("and", "or")):
            break
    items.append(excluded[at:])
    return items


def _generic_head(part: str) -> bool:
    """Does `part` open with a head of loss that names no kind of loss, followed by its cause?"""
    parts = _CAUSE_RE.split(part, maxsplit=1)
    return len(parts) > 1 and _GENERIC_LOSS.fullmatch(parts[0]) is not None


def _heads_of_loss(excluded: str) -> str:
    """What a damages exclusion (or one item of its list) excludes: the words before the cause
    ("loss of profits arising from your use" excludes lost profits, not use); where those name
    no kind of loss ("LOSS OR DAMAGE ARISING FROM ANY ... DECISION ABOUT A PUPIL MADE IN RELIANCE
    ON A SUGGESTION"), the cause is what names the loss."""
    head, *cause = _CAUSE_RE.split(excluded, maxsplit=1)
    read = excluded if cause and _GENERIC_LOSS.fullmatch(head) else head
    return _THEORY_RE.sub(" ", read)


_THEORY_RE = re.compile(
    r"\bwhether\b[^.;:]{0,160}?\bor otherwise\b|\bbreach(?:es)?\s+of\s+(?:statutory\s+duty|contract|"
    r"warranty|(?:this|these|the|any)\s+\w+)",
    re.IGNORECASE,
)


def area_text(
    text: str,
    readings: Mapping[str, re.Pattern[str]],
    may_read: Callable[[str, str], bool] | None = None,
) -> str:
    """The text areas are read from: saving words about law and disclosures of secrets taken out.

    `readings` is the rulebook's (`Rulebook.readings`); `may_read` its `Rulebook.may_read`, which
    spares the regexes a text they surely find nothing in.
    """
    secrecy = readings["secrecy"]
    lower = text.lower() if may_read is not None else ""
    if may_read is None or may_read("law_boilerplate", lower):
        text = readings["law_boilerplate"].sub(" ", text)
        lower = text.lower() if may_read is not None else ""
    if (may_read is not None and not may_read("secrecy", lower)) or not secrecy.search(text):
        return text

    def keep(m: re.Match[str]) -> str:
        near = text[max(0, m.start() - _SECRECY_REACH) : m.end() + _SECRECY_REACH]
        return "revealed" if secrecy.search(near) else m.group(0)

    return readings["disclosure"].sub(keep, text)


@dataclass(frozen=True)
class PartyWords:
    """A party's names in a document (as one pattern, the possessive or the word after them
    captured) and the pronouns the area wordings use for it."""

    names: re.Pattern[str]
    subject: str  # "we", "you"
    object: str  # "us", "you"
    possessive: str  # "our", "your"
    #: whether a name as the subject is read as the pronoun too: the reader's is ("the Customer
    #: uses" as "you use"); the vendor's is not, since area wordings read outputs as what a named
    #: system or vendor makes ("everything Zest writes")
    subjects: bool = True

    def sub(self, text: str) -> str:
        return self.names.sub(self._pronoun, text)

    def replacements(self, text: str) -> list[tuple[int, int, str]]:
        """Where `text` names the party and the pronoun words it reads as, in the case the
        name is typed in ("THE CUSTOMER UNDERSTANDS" -> "YOU UNDERSTAND", "The Customer's" ->
        "Your"), name and verb each its own span: the words `sub` would change, for matching
        rules written in pronouns."""
        out = []
        for m in self.names.finditer(text):
            new = self._pronoun(m)
            if new == m.group(0):
                continue
            end = (
                m.end("owner")
                if m.group("owner")
                else m.start("word")
                if m.group("word")
                else m.end()
            )
            name = text[m.start() : end].rstrip()
            first = name.split()[0] if name.split() else name
            pronoun, _, verb = new.partition(" ")
            if name.isupper():
                pronoun = pronoun.upper()
            elif first[:1].isupper():
                pronoun = pronoun.capitalize()
            out.append((m.start(), m.start() + len(name), pronoun))
            if verb and verb != m.group("word"):
                out.append((m.start("word"), m.end("word"), verb))
        return out

    def _pronoun(self, m: re.Match[str]) -> str:
        if m.group("owner"):
            return self.possessive
        typed = m.group("word")
        if not typed:
            return self.object
        word = typed.lower()
        base = word if word in _AUXILIARIES else _base_verb(word.replace("\u2019", "'"))
        if base is not None:
            if not self.subjects:
                return m.group(0)
            base = base.replace("'", "\u2019") if "\u2019" in typed else base
            return f"{self.subject} {base.upper() if typed.isupper() else base}"
        if word in _AFTER_OBJECT:
            return f"{self.object} {typed}"  # "informing Zentro without delay"
        return m.group(0)  # "CUSTOMER data": a modifier, left as it is


#: words after a party's name that make it the subject as they stand ("Zentro will")
_AUXILIARIES = frozenset(
    "will shall may must can cannot could would should might never also only".split()
)
#: a verb in the third person and the same verb after "we" / "you"
_PLURAL_VERBS = {
    "is": "are",
    "has": "have",
    "does": "do",
    "was": "were",
    "isn't": "aren't",
    "hasn't": "haven't",
    "doesn't": "don't",
    "wasn't": "weren't",
}


#: words that follow a party's name when it is an object ("notify Zentro of", "to the Customer
#: without delay"); after any other word the name may be a modifier ("Customer data")
_AFTER_OBJECT = frozenset(
    """of to for from with without within in on at by about against as than that if when before
    after and or nor but so until unless upon under immediately promptly right straight""".split()
)
#: verbs a party is the subject of in AI terms, in the base form: the third person after a
#: name ("the Customer relies") reads as this after "you"; any other word ending in "s" may be
#: a plural noun ("Customer accounts")
_PARTY_VERBS = frozenset(
    """accept acknowledge agree assume bear choose comply consent decide deploy disclose do give
    grant have hold indemnify keep make need own provide publish read rely remain represent
    retain review send share submit take understand upload use verify want warrant""".split()
)


def _base_verb(word: str) -> str | None:
    """The verb after "we"/"you" for a verb in the third person ("uses" -> "use"), or None for a
    word that is none ("access", "and")."""
    if word in _PLURAL_VERBS:
        return _PLURAL_VERBS[word]
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        base = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        base = word[:-3] + "y"
    else:
        base = word[:-1] if word.endswith("s") else ""
    return base if base in _PARTY_VERBS else None


#: a party's name as party_words reads it: capitalised words, no punctuation but "." "&" "-"
_NAME_WORDS = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4}")


def party_words(structure: DocumentStructure) -> list[PartyWords]:
    """The names of the party the document speaks as ("Zentro", "the Company") and of the one it
    speaks to ("the Customer", "User"): areas are read with them as "we"/"us"/"our" and
    "you"/"your" ("the Customer is responsible for how the Customer uses it" as "you are
    responsible for how you use it", "informing Zentro" as "informing us"), since the area
    wordings are written in the first and second person."""
    aliases = document_aliases(structure)
    out = []
    for pronoun, forms in (("you", ("you", "you", "your")), ("we", ("we", "us", "our"))):
        typed = _role_names(structure, aliases, pronoun)
        names = {form for n in typed for form in (n, n.upper())}
        if not names:
            continue
        pattern = re.compile(
            # (not the "End" of another party's name: "an End Customer" where the party is "the
            # Customer", "End Users" where it is "User")
            r"\b(?:(?:[Tt]he|THE)\s+)?(?<!\b[Ee]nd\s)(?<!\bEND\s)(?<!\b[Ee]nd-)(?:"
            + alternation(names)
            + r")(?![\w-]|\.\w)"
            # a name before a capital is a modifier ("Customer Data"), left as it is
            r"(?:(?P<owner>['\u2019][sS]\b)|\s+(?P<word>[a-z]+(?:['\u2019]t)?|[A-Z]+(?:['\u2019]T)?)\b"
            r"|(?!\s+[A-Z0-9]))"
        )
        out.append(PartyWords(pattern, *forms, subjects=pronoun == "you"))
    return out


#: names that say what a system produces whatever their definition's wording
_OUTPUT_KINDS = frozenset(
    ["score", "scores", "prediction", "predictions", "recommendation", "recommendations"]
)
#: where a definition that lists kinds goes on to say something of them ("that could change
#: Outputs")
_RELATIVE_RE = re.compile(r"\b(?:that|which|who|whose|where|unless|if)\b")
#: a definition that lists kinds of a thing and ends on what they all are: "Any code
#: completion, code block, diff, ... or other output generated by the Assistant"
_KINDS_LIST_RE = re.compile(
    # ('"Design" means a logo, icon, wordmark, ... or other visual produced by the Service')
    r"\W*(?:means\s+)?(?:any|all|each|a|an)\b[^.;]{0,200}?\bor\s+other\b",
    re.IGNORECASE,
)
#: the opening of a definition that makes its term a measure: "means the number of", "means the
#: proportion of", "shall mean the percentage of"
_MEASURE_RE = re.compile(
    r"\W*(?:shall\s+)?means?\s+(?:the\s+|a\s+)?(?:total\s+)?(?:number|proportion|percentage|share|ratio|"
    r"rate|fraction|count|average|mean|median|sum)\s+(?:of|at|by)\b",
    re.IGNORECASE,
)
#: what a definition says its term is made by the system: "means outputs the Platform produces",
#: "generates replies to your messages ("Responses")", "the data the API returns"
_OUTPUT_CUE_RE = re.compile(
    # not inside a compound: "User-Generated Content" is what users make
    r"(?<!-)\b(?:outputs?|generat(?:e|es|ed|ing|ion|ions)|produc(?:e|es|ed|ing)|returns?|replies|"
    r"creates|suggest(?:s|ed)?|drafts|flag(?:s|ged)?|scores|predict(?:s|ed|ions?)|classif(?:ies|ied|ications?)|"
    r"recommend(?:s|ed|ations?)|transcri(?:bes|bed|ptions?)|summar(?:ises|izes|ised|ized|ies)|"
    # "a notification the app sends you when the Service detects something", "an automated
    # judgement made by the Service"
    r"detects|automated\s+(?:judge?ments?|decisions?|assessments?|determinations?|findings?)|"
    # "a value written by the Agent to a Controlled Point", "the rate determined by the Model":
    # what the AI system itself sets or works out
    r"(?:written|determined|computed|calculated|selected|chosen|set|proposed|assigned)\s+by\s+"
    r"(?:the\s+|an?\s+|our\s+|its\s+)?(?:agents?|models?|ai|algorithms?|engines?))\b",
    re.IGNORECASE,
)
#: the opening of a definition's parenthesis that names every item of a list before it
_EACH_OF_LIST_RE = re.compile(r"\(\s*(?:each|collectively|together|all)\b", re.IGNORECASE)
#: names of the system itself, never of what it produces ("a tool that generates images (the "Tool")"),
#: nor data about its use ("Usage Data" means data generated by the Service), nor a measure of it
#: ("Reviewer Agreement Rate")
_SYSTEM_WORDS = frozenset(
    "service services platform tool tools api apis software app apps application applications "
    "assistant product products model models system systems site website agreement terms "
    "feature features solution solutions data information rate rates ratio level levels percentage "
    "period fee fees".split()
)
#: the customer's own material ("Customer Content" means Inputs and Outputs, together)
_OWNER_WORDS = frozenset("customer user client licensee your subscriber".split())
_MEANS_LEAD_RE = re.compile(
    r"^\W{0,4}[^\"“”]{1,80}[\"”]\W{0,4}\s*(?:shall\s+)?(?:means?|refers?\s+to)\b"
)


def _role_names(
    structure: DocumentStructure, aliases: dict[str, PartyRole], pronoun: str
) -> set[str]:
    """The names of the party `pronoun` ("we" or "you") stands for, as the document types them
    ("LinguaFerry"), and the generic role nouns ("Customer"); no pronouns."""
    role = aliases.get(pronoun)
    if role is None:
        return set()
    typed = {n for party in structure.parties if party.role == role for n in party.names}
    typed |= {k.capitalize() for k, r in aliases.items() if r == role and k not in typed}
    return {
        n
        for name in typed
        if name.lower() not in _PRONOUNS | {"yours", "yourself", "ours", "ourselves"}
        for n in [name.strip()]
        if _NAME_WORDS.fullmatch(n)
    }


def customer_data_terms(structure: DocumentStructure) -> re.Pattern[str] | None:
    """The customer's own name before a word for data ("Insurer Data", "Member Content", "Client
    Materials"), as one pattern: a rule's context words are read with it as "customer data", the
    way a document that calls its customer "Customer" writes it."""
    names = _role_names(structure, document_aliases(structure), "you")
    if not names:
        return None
    return re.compile(
        r"\b(?:" + alternation({n.lower() for n in names}) + r")(?:['\u2019]s)?\s+(?="
        r"(?:personal\s+)?(?:data|content|materials|information|inputs|files|records)\b)",
        re.IGNORECASE,
    )


#: a name in a definition's list: "Reply Drafts", "Ticket Summaries" (capitalised words)
_LISTED_NAME_RE = re.compile(r"(?<![\w-])[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,3}")


def _may_name_output(term: str, aliases: Collection[str]) -> bool:
    """A capitalised term that may name an output: no party's name or alias, no name of the system
    ("Service", "Tool") or of someone's material ("Customer Content"), not in capitals."""
    words = term.lower().split()
    return bool(
        words
        and term[0].isupper()
        and not term.isupper()
        and term.lower() not in aliases
        # ("Extracted Data", "Generated Information": data named for being made by the system)
        and (words[-1] not in _SYSTEM_WORDS or _made_data(words))
        and words[0] not in _OWNER_WORDS
    )


#: a participle of making before "data" or "information": what the system produced
_MADE_WORDS = frozenset(
    "extracted generated predicted inferred transcribed translated classified synthesised "
    "synthesized enriched output".split()
)


def _made_data(words: list[str]) -> bool:
    return len(words) == 2 and words[1] in ("data", "information") and words[0] in _MADE_WORDS


def output_terms(structure: DocumentStructure) -> re.Pattern[str] | None:
    """A document's own names for what its system produces ("Responses", "Suggestions", "Notes",
    "Predictions"), as one pattern: areas are read with them as "Outputs", so that "you must review
    each Note" is read as review of outputs the way "you must review each Output" is.

    A defined term is an output name when its definition says the system makes it: the words
    before a parenthetical definition (the last twelve), or the first eight after "means", hold a
    cue ("generates", "produces", "returns", "outputs"). A party's name or alias, a
    name of the system itself ("Service", "Tool"), of data ("Usage Data"), of a measure
    ("Agreement Rate") or of the customer's material ("Customer Content"), and a word in
    capitals ("HALLUCINATED") never are."""
    aliases = document_aliases(structure)
    clauses = {c.id: c for c in structure.clauses}
    names: list[str] = []
    for d in structure.definitions:
        term = d.term.strip()
        words = term.lower().split()
        if term.lower() in ("output", "outputs") and _MEANS_LEAD_RE.match(d.definition):
            # '"Outputs" means Reply Drafts, Ticket Summaries, Autopilot Responses and any other
            # content generated by ...': the kinds of output the definition lists by name
            listed = d.definition[d.definition.find(term) + len(term) :]
            listed = re.split(r"\b(?:and|or)\s+(?:any|all|other)\b|[.;(]", listed, maxsplit=1)[0]
            names += [n for n in _LISTED_NAME_RE.findall(listed) if _may_name_output(n, aliases)]
            continue
        if not _may_name_output(term, aliases):
            continue
        definition = d.definition
        at = definition.find(term)
        if at != -1 and (
            _MEANS_LEAD_RE.match(definition)
            # "**Alert** means a notification ...": the term unquoted before "means"; or a
            # glossary's line or table row ("Suggestion | Any code completion ...")
            or re.match(
                r"\W{0,4}" + re.escape(term) + r"\W{0,4}\s*(?:(?:shall\s+)?means\b|[:|])",
                definition,
            )
        ):
            after = re.split(r"[\"“”]", definition[at + len(term) :].lstrip("\"”' "), maxsplit=1)[0]
            # what the term is comes first: "means outputs the Platform produces", not "means any
            # new Model version ... that could change Outputs"; a list of kinds runs on to what
            # they all are ("Any code completion, code block, diff, explanation, test, commit
            # message or other output generated by ...")
            window = " ".join(
                _RELATIVE_RE.split(after, maxsplit=1)[0].split()[:18]
                if _KINDS_LIST_RE.match(after)
                else after.split()[:8]
            )
            if _MEASURE_RE.match(after):
                # '"Precision" means the number of Flagged Claims ... divided by ...': a measure
                # of what the system produces, not a kind of it
                continue
        else:
            head = definition[: at if at != -1 else len(definition)]
            window = head[: head.rfind("(")] if "(" in head else head
            window = " ".join(window.split()[-12:])  # the words that name the term
            clause = clauses.get(d.clause_id or "")
            if not _OUTPUT_CUE_RE.search(window) and clause is not None:
                # the phrase a parenthesis defines is cut at "and" ("... to produce contract
                # clauses, letters, policies and other documents ("Drafts")"): the words before
                # it in its sentence may say what makes it
                # (in its own sentence or line: a bracket further up is another's)
                lead = clause.text[: max(0, d.start - clause.start)]
                lead = re.split(r"(?<=[.;:!?])\s+|\n", lead)[-1]
                opening = lead[lead.rfind("(") :] if "(" in lead else ""
                lead = lead[: lead.rfind("(")] if "(" in lead else lead
                # "(each a "Memo")", "(collectively, "Deliverables")": the term names every
                # thing the sentence lists, and the verb that makes them stands before the list
                whole = _EACH_OF_LIST_RE.match(opening) is not None
                window = " ".join(lead.split()[-16:] if not whole else lead.split())
        if (
            _OUTPUT_CUE_RE.search(window)
            or (len(words) > 1 and words[-1] in ("output", "outputs"))
            # "Score", "Risk Score", "Predictions": a name that is itself a kind of output
            or words[-1] in _OUTPUT_KINDS
        ):
            # "Review Output", "Generated Outputs": the name says what the term is
            names.append(term)
    if not names:
        return None
    alts = "|".join(
        re.escape(n[:-1]) + "s?" if n.endswith("s") else re.escape(n) + "s?"
        for n in sorted(set(names), key=len, reverse=True)
    )
    return re.compile(r"\b(?:" + alts + r")\b")


#: the last word of a defined term that names a measure the system is held to ("Validation
#: Metrics", "Accuracy Targets", "Detection Thresholds")
_MEASURE_NAMES = frozenset(
    "metric metrics target targets threshold thresholds benchmark benchmarks criteria criterion "
    "kpi kpis values standards".split()
)
#: a number a heading kept at its start ("A2    Detection Performance Target")
_LEADING_LABEL = re.compile(r"^(?:[A-Z]?\d+(?:\.\d+)*|[A-Z])\.?\s+")
#: words in a measure's name that say it measures how right the system is
_ACCURACY_NAMES = frozenset(
    "detection accuracy precision recall error sensitivity specificity".split()
)
#: the areas a measure's definition may lend the term, each as a word that names it
_MEASURED = {"accuracy": "accuracy", "fairness": "bias", "availability": "availability"}


def measure_terms(
    structure: DocumentStructure, areas_in: Callable[[str], list[str]]
) -> Callable[[str], str]:
    """A document's names for the measures its system is held to, read with what they measure:
    "met the Validation Metrics stated in its Model Card", where '"Validation Metrics" means the
    performance metrics ..., including area under the ROC curve, fraud capture rate ... and false
    positive ratio', promises accuracy. Returns a rewrite of a span that follows each such term,
    where it is met or missed, with the word for each area its definition names (accuracy,
    fairness or availability only: what a measure of the system's performance can be of)."""
    # a term defined in quotes, or a clause headed by it ("A2 Detection Performance Target. The
    # Detection Performance Target is ...")
    meanings = [(d.term.strip(), d.definition) for d in structure.definitions] + [
        (_LEADING_LABEL.sub("", c.heading).strip(' .:"“”'), c.text)
        for c in structure.clauses
        if c.heading
    ]
    words: dict[str, str] = {}
    for term, definition in meanings:
        names = term.split()
        if (
            len(term) < 4
            or not term[0].isupper()
            or not names
            or names[-1].lower() not in _MEASURE_NAMES
            or term.lower() in words
        ):
            continue
        at = definition.find(term)
        meaning = definition[at + len(term) :] if at != -1 else definition
        found = [_MEASURED[a] for a in areas_in(meaning) if a in _MEASURED]
        if _ACCURACY_NAMES.intersection(n.lower() for n in names) and "accuracy" not in found:
            found.append("accuracy")  # "Detection Performance Target": named for what it measures
        if found:
            words[term.lower()] = " ".join(found)
    if not words:
        return lambda span: span
    # (only where the measure is met or missed: a Model Card that "states the Validation Metrics"
    # describes them, it promises nothing about accuracy)
    names = "|".join(re.escape(t) for t in sorted(words, key=len, reverse=True))
    pattern = re.compile(
        r"\b(?:meets?|met|achieves?|achieved|satisf(?:y|ies|ied)|reach(?:es|ed)?|attains?|"
        r"attained|exceeds?|exceeded|(?:falls?|fell)\s+below|fails?\s+to\s+meet|failed\s+to\s+meet|"
        r"in\s+accordance\s+with|conforms?\s+to)\s+(?:(?:the|all|each|every|its|any|applicable|"
        r"relevant|of|respective)\s+){0,3}(" + names + r")(?!\w)",
        re.IGNORECASE,
    )

    # (the word put before the term, without brackets, so that the phrase the term begins reads
    # on unbroken: "Validation Metrics stated ... on the holdout dataset" is still a test)
    def mark(m: re.Match[str]) -> str:
        head = m.group(0)[: m.start(1) - m.start(0)]
        return f"{head}{words[m.group(1).lower()]} {m.group(1)}"

    return lambda span: pattern.sub(mark, span)


#: an item of a list run into its sentence: "(b)" or "(iv)" or "(2)" after the lead-in's colon or
#: the item before's ";" (with "and" / "or")
#: a bracketed list label, "(b)", "(iv)", "(12)" (`_LABEL` reads the other kinds too)
_ITEM_MARK = r"\((?:[a-z]{1,4}|\d{1,3})\)"
_RUN_IN_ITEM_RE = re.compile(
    r"[:;]\s*(?:(?:and|or)\s+)?(?:[-*•]\s*)?(" + _ITEM_MARK + r")\s"
    # a Markdown bullet without a label: "You must: - keep logs; - report serious incidents"
    r"|[:;]\s*(?:(?:and|or)\s+)?([-*•])\s+(?!\()"
)
_ITEM_MARK_RE = re.compile(_ITEM_MARK + r"\s")


def item_span(text: str, start: int, end: int, m_start: int) -> tuple[int, int]:
    """The item of a list run into its sentence that holds a match, when the match stands in one:
    in "You shall: (a) cooperate with us; (b) answer requests for decisions; and (c) ensure that
    your materials are accurate", a duty matched in (c) is read in (c), not with the decisions of
    (b); the same for items behind bullets alone ("We will: - keep logs; - report serious
    incidents"). A match in the lead-in keeps the whole sentence."""
    marks = [m.start(1 if m.group(1) else 2) for m in _RUN_IN_ITEM_RE.finditer(text, start, end)]
    if len(marks) < 2 or m_start < marks[0]:
        return start, end
    at = max(i for i in marks if i <= m_start)
    after = [i for i in marks if i > m_start]
    return at, (after[0] if after else end)


def local_span(text: str, cs: int, ce: int, m_start: int, m_end: int) -> tuple[int, int]:
    """The stretch of a very long sentence between the full stops around a match.

    "You shall not: (a) ... 6. Disclaimers. THE SERVICE IS PROVIDED AS IS ..." read whole would
    give the disclaimer every area the list before it names.
    """
    if ce - cs <= _LONG_SENTENCE:
        return cs, ce
    start, end = cs, ce
    for b in _STOP_RE.finditer(text, cs, ce):
        if b.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        dot = b.start() + len(b.group(1))
        if b.end() <= m_start:
            start = b.end()
        elif dot >= m_end - 1:
            end = dot + 1
            break
    return start, end


#: Where what a promise goes on to say stops: "we will try to keep the Service secure, but no
#: system is safe", "... before such suspension, except where we must act at once".
# (a colon before "for example", "such as" or "including" opens an illustration of the promise,
# not a new part of the sentence: "... does not depend on who you are: for example on your race")
_PROMISE_BREAK = re.compile(
    # (not the colon of "shall use reasonable endeavours to: (a) test each release ...", whose
    # list says what is promised)
    r";|:(?!\s*(?:for\s+example|for\s+instance|e\.g\.|such\s+as|including|in\s+particular|namely)\b)"
    r"(?!\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)"
    r"|[.!?](?=\s)|,?\s+(?:but|however|except|save|although|though|whereas|provided that)\b",
    re.IGNORECASE,
)


#: a preview of the service, named: "Beta Features", "Functionalities that Gnatwren designates as
#: 'beta' or 'preview'"
_PREVIEW_WORD = re.compile(
    r"\b(?:beta|preview|experimental|early[- ]access|pre-?release|alpha)\b", re.IGNORECASE
)
_SERVICE_WORD = re.compile(
    r"\b(?:services?|platform|outputs?|software|products?|apps?|applications?|site|website)\b",
    re.IGNORECASE,
)


def _previews_only(head: str) -> bool:
    """A disclaimer's subject, before its words, is a preview of the service alone ("Beta
    Features are provided as is"), not the service with its previews ("THE SERVICE, THE OUTPUTS
    AND ANY BETA FEATURES ARE PROVIDED AS IS")."""
    m = _PREVIEW_WORD.search(head)
    return m is not None and not _SERVICE_WORD.search(head, 0, m.start())


_AFTER_COMMA = re.compile(r",\s*(?:and\s+|but\s+)?$", re.IGNORECASE)


def promise_span(text: str, end: int, m_start: int, m_end: int) -> tuple[int, int]:
    """From a match to the next break of its sentence: the areas of what it promises."""
    b = _PROMISE_BREAK.search(text, m_end, end)
    return m_start, b.start() if b else end


#: A key-terms entry: a short label (its first word capitalised), then a colon, a tab or a run of spaces (a table's
#: columns in extracted text), then its value: "Governing Law:\tState of Montana".
_ENTRY_RE = re.compile(
    r"\s*[A-Z][\w'-]*(?:[ ][\w'-]+){0,3}"
    r"(?::[ \t]*|[ ]?\t[ \t]*|[ ]{3,})(?P<value>\S.*)",
    re.DOTALL,
)


def is_entry(sentence: str) -> bool:
    """A key-terms entry whose value names a place ("Governing Law:\tState of Montana",
    "Applicable Law     The law of Scotland"): short and without a verb like a heading, but
    what it names is the term itself. A heading's label names a part ("Section 12: Governing
    Law"), and one whose value names no place is left a heading."""
    m = _ENTRY_RE.fullmatch(sentence)
    return (
        bool(m)
        and not re.match(
            r"\s*(?:article|section|clause|part|chapter|schedule|exhibit|annex|appendix)\b",
            sentence,
            re.IGNORECASE,
        )
        and names_place(m.group("value"))
    )


def is_heading(sentence: str) -> bool:
    """A heading or title, not a provision: very short, or short without closing punctuation.

    "LIMITATION OF LIABILITY." and "4. Changes to the Terms" name a clause; the sentences under
    them are what binds a party. A key-terms entry naming a place is not one (`is_entry`).
    """
    return _heading_shaped(sentence) and not is_entry(sentence)


def _heading_shaped(sentence: str) -> bool:
    # "Don't use the app to:**": the closing marks of Markdown emphasis are no part of the text
    sentence = sentence.rstrip().rstrip("*_")
    words = _WORD_RE.findall(sentence)
    if len(words) < _MIN_WORDS:
        # "Gannet warrants that:", "You shall not:": a short lead-in of a list, a word in lower
        # case other than a joining one, is no heading ("Key Terms:" is)
        return not (
            sentence.endswith(":")
            and len(words) >= 2
            and any(w[0].islower() and w not in _STOP for w in words)
        )
    titled = all(w[0].isupper() or w.lower() in _STOP for w in words) and not any(
        w.lower() in _VERBS for w in words
    )
    if len(words) > _HEADING_WORDS:
        # "20.3 BINDING ARBITRATION AND CLASS ACTION WAIVER FOR US ACCOUNTS."
        numbered = sentence.lstrip()[:1].isdigit() or sentence.rstrip()[-1:] not in _FINAL
        return titled and numbered and len(words) <= 2 * _HEADING_WORDS
    stripped = sentence.rstrip()
    if stripped and stripped[-1] in _FINAL:
        return (
            len(words) <= 5
            and all(w[0].isupper() or w.lower() in _STOP for w in words)
            and not any(w.lower() in _VERBS for w in words)
        )
    # "(1) Canastero shall be liable without limitation" over "a) for damage caused
    # intentionally ...": a subject and its modal in lower case open a sentence, the lead-in of
    # the items below it, not a heading
    return _SUBJECT_MODAL_RE.match(stripped) is None


#: a line that opens with its subject and a modal verb in lower case: "(1) The Supplier shall be
#: liable", "Customer must" (not "What you must not do", nor "Customer Must Comply")
_SUBJECT_MODAL_RE = re.compile(
    r"\W*(?:\(?[\da-z]{1,4}[.)]\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}"
    r"\s+(?:shall|will|must)\s+[a-z]"
)


def is_clause_heading(sentence: str, clause: Clause | None) -> bool:
    """The sentence is its clause's own heading, set apart: "7.2 No Warranty of Non-Infringement
    of Outputs." names what follows ("No Warranty of" is no disclaimer by itself). A key-terms
    entry naming a place that the segmenter took for a heading ("Governing Law<TAB>State of New
    York", a table's row on its own line) is not (`is_entry`)."""
    if clause is None or not clause.heading:
        return False
    words = _WORD_RE.findall(sentence)
    # the clause's own label before the heading: "K." of "K. Fees.", "(c)" of clause 6(c)'s
    # "(c) Cancelling Your Subscription." (the letters of the number's last part)
    label = _WORD_RE.findall(clause.number) if clause.number else []
    if label and words and words[0] == label[-1]:
        words = words[1:]
    same = bool(words) and [w.lower() for w in words] == [
        w.lower() for w in _WORD_RE.findall(clause.heading)
    ]
    return same and not is_entry(sentence)


_STOP = frozenset({"of", "and", "the", "to", "a", "an", "in", "on", "for", "or", "by", "with"})
_VERBS = frozenset(
    {
        "is",
        "are",
        "will",
        "shall",
        "may",
        "must",
        "can",
        "be",
        "not",
        "has",
        "have",
        "does",
        "do",
        "agree",
        "you",
        "we",
    }
)

_PROVIDER_WORDS = ("provider", "vendor", "company", "licensor", "supplier", "service provider")
_CUSTOMER_WORDS = ("customer", "licensee", "client", "subscriber")


def default_aliases(kind: DocumentKind) -> dict[str, PartyRole]:
    """The pronouns and generic role nouns, read as DESIGN 3.2 says for this kind of document."""
    we, you = (
        (PartyRole.customer, PartyRole.end_user)
        if kind == DocumentKind.end_user_terms
        else (
            PartyRole.provider,
            PartyRole.customer,
        )
    )
    aliases = {w: we for w in ("we", "us", "our", "ours", "ourselves")}
    aliases |= {w: you for w in ("you", "your", "yours", "yourself")}
    if kind != DocumentKind.end_user_terms:
        aliases |= {w: PartyRole.provider for w in _PROVIDER_WORDS}
        aliases |= {w: PartyRole.customer for w in _CUSTOMER_WORDS}
    # terms of service speak to one user: "the User bears full responsibility" is "you" (in a
    # master agreement "Users" are the customer's people, "other users" are never the reader, and
    # a bare "user" is often a modifier: "user or member communications")
    if kind in (DocumentKind.terms_of_service, DocumentKind.end_user_terms):
        aliases |= {"the user": you, "each user": you}
    return aliases


#: a definition that makes its term someone outside the contract: '"Provider" means a third
#: party that makes a model available through the Gateway'
_THIRD_PARTY_DEFINED = re.compile(
    r"\b(?:shall\s+)?(?:means?|refers?\s+to)\s+(?:a|an|any|each|every|the)\s+"
    r"(?:third[\s-]+part(?:y|ies)|(?:person|entity|company|organi[sz]ation)\s+other\s+than)\b",
    re.IGNORECASE,
)


#: the last word of a defined term that names companies, not things ("AI Providers", "Model
#: Vendors", "Data Suppliers"; not "Third-Party Services")
_THIRD_PARTY_NOUN = re.compile(
    r"\b(?:providers?|vendors?|suppliers?|partners?|licensors?|processors?|sub-?processors?|"
    r"contractors?|subcontractors?|companies|company)\Z"
)


def document_aliases(structure: DocumentStructure) -> dict[str, PartyRole]:
    """Default aliases overlaid with those the parties stage found for this document. A generic
    role noun the document defines as a third party ('"Provider" means a third party that makes a
    model available') names that third party, in the singular and the plural."""
    aliases = default_aliases(structure.kind)
    found = role_aliases(structure.parties)
    for d in structure.definitions:
        term = d.term.strip().lower()
        if (
            (term in aliases or _THIRD_PARTY_NOUN.search(term))
            and term not in _PRONOUNS
            and not any(k.lower() == term for k in found)
            and _THIRD_PARTY_DEFINED.search(d.definition, 0, 200)
        ):
            # ('"AI Providers" means the third-party companies whose models we use': a term of
            # the document's own that names other companies, "AI Provider" and "AI Providers")
            singular = term[:-3] + "y" if term.endswith("ies") else term.removesuffix("s")
            plural = singular[:-1] + "ies" if singular.endswith("y") else singular + "s"
            aliases[term] = aliases[singular] = aliases[plural] = PartyRole.third_party
    aliases.update({k.lower(): PartyRole(v) for k, v in found.items() if k and k.strip()})
    own_people = _provider_people(structure)
    for d in structure.definitions if own_people is not None else ():
        term = d.term.strip().lower()
        if term not in aliases and own_people.search(d.definition, 0, 240):
            # '"Reviewing Teacher" means a person engaged by Wigeon who holds a teaching
            # credential': the provider's own people, who act for it ("a Reviewing Teacher will
            # review each flagged Conversation" is the provider's promise)
            singular = term.removesuffix("s")
            aliases[singular] = aliases[singular + "s"] = PartyRole.provider
    return aliases


def _provider_people(structure: DocumentStructure) -> re.Pattern[str] | None:
    """A definition's words that make its term the provider's personnel: "a person engaged by
    Wigeon", "an employee or contractor of the Supplier", "a member of our staff"."""
    names = [
        n
        for p in structure.parties
        if p.role == PartyRole.provider
        for n in p.names
        if n.lower() not in _PRONOUNS
    ]
    owner = (
        r"(?:(?:the\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")|us)" if names else r"us"
    )
    return re.compile(
        r"\b(?:(?:person|individual|employee|staff\s+member|professional|specialist|expert)s?\s+"
        r"(?:(?:who\s+is\s+|who\s+are\s+)?(?:engaged|employed|appointed|retained|contracted)\s+by\s+"
        + owner
        + r"|of\s+"
        + owner
        + r")|(?:employee|contractor|member\s+of\s+(?:the\s+)?staff)s?\s+of\s+"
        + owner
        + r"|\bour\s+(?:own\s+)?(?:employees?|staff|personnel|contractors?))\b",
        re.IGNORECASE,
    )


def counterparty(role: PartyRole | None, kind: DocumentKind) -> PartyRole | None:
    pairs = (
        {PartyRole.customer: PartyRole.end_user, PartyRole.end_user: PartyRole.customer}
        if kind == DocumentKind.end_user_terms
        else {PartyRole.provider: PartyRole.customer, PartyRole.customer: PartyRole.provider}
    )
    return pairs.get(role) if role else None


#: Words that, right after a party name, mark it as the subject of a clause ("Contractor will").
_SUBJECT_NEXT = frozenset(
    (
        "will shall may must can cannot agrees agree acknowledges represents warrants is are "
        "reserves reserve retains retain should would acknowledge represent warrant undertake "
        "undertakes expressly has have does do hereby"
    ).split()
)


#: the stems whose contraction with "n't" is spelled differently ("won't", "can't", "shan't")
_CONTRACTED_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}


#: an auxiliary cut short after its subject ("we'll add", "they're"), in full
_CLITICS = {"'ll": "will", "'d": "would", "'re": "are", "'ve": "have", "'m": "am"}


def uncontracted(word: str) -> str:
    """An auxiliary with "n't" as the auxiliary itself ("won't" -> "will", "doesn’t" -> "does"),
    one cut short after its subject as itself ("'ll" of "we'll" -> "will"); any other word as it
    is."""
    if word.endswith(("n't", "n\u2019t")) and len(word) > 3:
        stem = word[:-3]
        return _CONTRACTED_STEMS.get(stem, stem)
    if word[:1] and word[0] in "'\u2019":
        return _CLITICS.get("'" + word[1:], word)
    return word


class _Mention:
    __slots__ = ("after_prep", "before_verb", "end", "mutual", "owns", "role", "start")

    def __init__(
        self,
        start: int,
        end: int,
        role: PartyRole | None,
        mutual: bool,
        after_prep: bool,
        before_verb: bool = False,
        owns: bool = False,
    ) -> None:
        self.start, self.end, self.role, self.mutual = start, end, role, mutual
        self.after_prep, self.before_verb, self.owns = after_prep, before_verb, owns


#: clause types a definition ("X means ...") never states
_NOT_IN_DEFINITIONS = frozenset(
    {ClauseType.limitation_of_liability, ClauseType.disclaimer, ClauseType.indemnification}
)
#: a sentence that defines a term: "Consequential Loss means ...", '"Losses" shall mean ...'
_DEFINITION_SENTENCE = re.compile(
    r"^\W{0,4}(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?!(?:This|That|It|Which|What|Such|These)\s)[\"“]?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5}"
    r"[\"”]?\s+(?:shall\s+)?(?:means?|has\s+the\s+meaning)\b"
)
#: a quoted stretch, straight quotes (`_straight` made them so), quotes paired left to right
_QUOTED = re.compile(r'"[^"\n]{0,400}"')


class _PartyReader:
    """Finds party mentions in a sentence with one regex built from the document's aliases."""

    def __init__(
        self, aliases: dict[str, PartyRole], mutual: re.Pattern[str], owned: re.Pattern[str]
    ) -> None:
        self.aliases = aliases
        self.mutual = mutual  # rules/readings.yaml `mutual` ("neither party", "the parties")
        self.owned = owned  # `owned_data` ("your prompts", "Customer's personal data")
        # one trie of the (lower-cased) aliases: the longest alias found at a place wins
        self.regex = (
            re.compile(r"(?<![\w-])(" + alternation(aliases) + r")(?![\w-])", re.IGNORECASE)
            if aliases
            else None
        )

    def mentions(self, sentence: str, offset: int) -> list[_Mention]:
        out: list[_Mention] = []
        mutual_spans = [(m.start(), m.end()) for m in self.mutual.finditer(sentence)]
        for s, e in mutual_spans:
            nxt = sentence[e : e + 20].split()
            out.append(
                _Mention(
                    offset + s,
                    offset + e,
                    None,
                    True,
                    False,
                    bool(nxt) and uncontracted(nxt[0].lower()) in _SUBJECT_NEXT,
                )
            )
        if self.regex is not None:
            # words quoted in the sentence ('opens with the words "You're chatting with an AI"'):
            # a pronoun in them is speech, no party
            speech = [(q.start(), q.end()) for q in _QUOTED.finditer(sentence) if " " in q.group()]
            for m in self.regex.finditer(sentence):
                if any(s <= m.start() < e for s, e in mutual_spans):
                    continue
                if speech and m.group(1).lower() in _PRONOUNS:
                    if any(s < m.start() < e for s, e in speech):
                        continue
                before = sentence[max(0, m.start() - 20) : m.start()].split()
                # (not the party a person acts for: "a qualified individual acting for Customer
                # must review" is the customer's duty)
                prep = (
                    bool(before)
                    and before[-1].lower() in _PREPOSITIONS
                    and not (len(before) > 1 and before[-2].lower() in _ACTING_WORDS)
                )
                after = sentence[m.end() : m.end() + 20].split()
                if (
                    after
                    and len(after[0]) > 1
                    and after[0][0].isupper()
                    and after[0].istitle()
                    and m.group(1).lower() not in _PRONOUNS
                ):
                    # a name used as a modifier: "the Acme Services", "Google Account" (in
                    # capitals "CUSTOMER'S" is a possessive: "'S" reads as title case)
                    continue
                out.append(
                    _Mention(
                        offset + m.start(),
                        offset + m.end(),
                        self.aliases[m.group(1).lower()],
                        False,
                        prep,
                        bool(after) and uncontracted(after[0].lower().strip(",")) in _SUBJECT_NEXT,
                        bool(self.owned.match(sentence, m.start())),
                    )
                )
        out.sort(key=lambda x: x.start)
        return out


#: the word before a possessive inside a match: a form of "be" or "of" (the owner is the subject)
_AFTER_BE_OR_OF = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|of)\s+$", re.IGNORECASE)
#: ... or a verb the match reads ("close your account", "suspending or closing your account")
_AFTER_VERB = re.compile(
    r"\b(?:terminat|suspend|cancel|disabl|deactivat|clos|revok|restrict|ban|block|delet|remov|"
    r"end|limit|lock|withdraw|withhold|stop|halt|renew|discontinu|disconnect)\w*\s+$"
    # phrasal verbs: "may cut off your access", "shut off your account"
    r"|\b(?:cut|cuts|cutting|shut|shuts|shutting)\s+off\s+$",
    re.IGNORECASE,
)
_LIABILITY_WORD = re.compile(r"liabilit|responsib|obligations?\b", re.IGNORECASE)

#: a duty a party owns: "Retailer's responsibility", "your sole obligation"
_DUTY_NOUN = (
    r"(?:['\u2019]s?)?\s*(?:sole\s+|own\s+|full\s+|entire\s+)?"
    r"(?:responsibility|obligation|duty|job|task)\b"
)
_DUTY_HEAD = re.compile(_DUTY_NOUN, re.IGNORECASE)
#: "but it is Retailer's responsibility to ensure ...": the words between a possessive party and
#: the verb a match opens with, which make that party the one who must do it
_DUTY_OF = re.compile(_DUTY_NOUN + r"\s+(?:alone\s+)?to\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)


#: the words between a possessive party and a match that opens with "right"
_BEFORE_RIGHT = re.compile(r"(?:['\u2019]s?)?\s*(?:sole\s+|own\s+|full\s+)?", re.IGNORECASE)


def _holds_right(sentence: str, at: int, m_start: int) -> bool:
    """Does the party ending at `at` hold the right the match opens with ("your right to end")?"""
    return (
        sentence[m_start : m_start + 5].lower() == "right"
        and _BEFORE_RIGHT.fullmatch(sentence, at, m_start) is not None
    )


def _owns_duty(sentence: str, at: int, m_start: int) -> bool:
    """Does the party ending at `at` own a duty noun ("Retailer's responsibility") that ends
    inside or after the start of the match?"""
    m = _DUTY_HEAD.match(sentence, at)
    return m is not None and m.end() > m_start


def _closed_before(between: str) -> bool:
    """Does the text between a mention and a match close a parenthesis it did not open?"""
    return between.count(")") > between.count("(")


_POSSESSIVE = re.compile(r"(?:your|our|their|its|his|her)\b|[^\s]+(?:'s|’s)", re.IGNORECASE)
#: "a developer of the Customer": a noun the party after "of" owns (not "the responsibility of")
_OF_BEFORE = re.compile(
    r"\b(?!(?:responsibilit(?:y|ies)|dut(?:y|ies)|obligations?|liabilit(?:y|ies)|job|role|task)\b)"
    r"[a-z]+\s+of\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
#: "reserves the right to deny you access", "may ban you from the forums": a party right after a
#: verb that shuts someone out is that verb's object, not the one who acts
_SHUT_OUT_VERB = re.compile(
    r"\b(?:den(?:y|ies|ying)|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|block(?:s|ed|ing)?|"
    r"prevent(?:s|ed|ing)?|expel(?:s|led|ling)?|exclud(?:e|es|ed|ing))\s+$",
    re.IGNORECASE,
)


#: ", and not Apple, " / ", rather than its licensors, ": an aside between a subject and its verb
#: the word that opens a clause inside a sentence, right before the party named as its subject
_SUBORDINATE_BEFORE = re.compile(r"\b(?:as|which|whom)\s+$", re.IGNORECASE)
#: "the personal data you submit", "any content we host": a party named right after a noun of
#: material handled opens a relative clause without "that" (the noun is its object), so it is the
#: subject of that clause, not of a verb after it ("... and will assist you")
_CONTACT_RELATIVE_BEFORE = re.compile(
    r"\b(?:data|content|information|inputs?|outputs?|prompts?|materials?|files?|documents?|"
    r"messages?|recordings?|text|code|feedback|results?|requests?|instructions?|anything|"
    r"everything|something)\s+$",
    re.IGNORECASE,
)
_ASIDE_OPENS = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|any\s+)?$",
    re.IGNORECASE,
)
_CONTRAST_ASIDE = re.compile(
    r"\s*,\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of"
    # "Pratincole, as provider of the Platform, shall comply": the capacity it acts in
    r"|as|acting\s+as|in\s+(?:its|his|her|their)\s+capacity\s+as)\s+[^,;:.]{1,60},\s*"
    r"(?:(?:will|shall|must|may|is|are|has|have|remains?|alone|solely|be|\s)+)?$",
    re.IGNORECASE,
)


#: a sentence's opening naming a thing as the subject of the verb the match starts with ("The
#: Tutor will always ", "The Platform shall ", "Each Report will ", "The Tutor tells"; not "The
#: foregoing states", which points back to what was said)
_THING = r"\s*(?:\*\*|__)?(?:the|this|each|every)\s+(?!(?:foregoing|above|following|preceding|same|former|latter)\b)(?:[\w’'-]+\s+){1,3}?"
_THING_VERBS = r"(?:will|shall|must|does|do|can|is|are)"
_THING_VERB = (
    _THING_VERBS + r"(?:\s+(?:always|also|never|automatically|only|still|then|promptly))*\s*"
)
_THING_SUBJECT = re.compile(_THING + "(?:" + _THING_VERB + ")?", re.IGNORECASE)
#: the same after an opening phrase and its comma ("At the start of each session, the App shall
#: display ..."), where the verb must follow ("..., this Agreement may be brought" is no subject)
_THING_ACTS = re.compile(_THING + _THING_VERB, re.IGNORECASE)
#: a sentence that opens on a condition or a time ("If you have turned on ...", "When a Shopper
#: asks ...", "7.4 Once ...")
_CONDITION_OPENS = re.compile(
    r"\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\([a-z]\)\s+)?(?:\*\*|__)?"
    r"(?:if|when|whenever|where|wherever|once|unless|after|before|until|as\s+soon\s+as)\b",
    re.IGNORECASE,
)
#: the article and adjectives of a subject whose noun the match opens on (", a qualified human |linguist
#: ... will review")
_NOUN_OPENS_MATCH = re.compile(
    r"\s*(?:\*\*|__)?(?:the|this|each|every|a|an|any)\s+(?:[a-z][\w’'-]*\s+){0,3}"
)
#: a match that opens with the verb whose subject stands right before it ("..., the Chatbot |will
#: transfer")
_THING_VERB_AT = re.compile(_THING_VERBS + r"\b", re.IGNORECASE)


#: words before "for" that make the party after it the one a person acts for ("acting for
#: Customer", "working for the Supplier")
_ACTING_WORDS = frozenset(["acting", "acts", "act", "working", "works"])


def _subject(
    mentions: list[_Mention], m_start: int, m_end: int, sentence: str, offset: int, floor: int
) -> _Mention | None:
    # a sentence the splitter left joined ("... you give Feedback AS IS. WE MAKE NO WARRANTY"):
    # the subject is looked for after the last full stop before the match
    for b in _MISSED_BOUNDARY.finditer(sentence, 0, max(0, m_start - offset)):
        if b.group(1).lower().rstrip(".") not in _ABBREVIATIONS:
            floor = max(floor, offset + b.end())
    # "Before any Candidate is rejected ..., a qualified individual acting for Customer must
    # review": a match that opens on a party before its verb names its own subject
    opening = next((x for x in mentions if x.start == m_start), None)
    if opening is not None and opening.before_verb and not opening.after_prep and not opening.owns:
        return opening
    # "Your prompts are not stored", "we delete your prompts": the owner of the data handled
    # does not act on it, so it is no subject before the match
    # "our liability is limited to ...", "Supplier's liability shall not exceed": the owner
    # named right before a liability matched is the one whose liability it is
    if _LIABILITY_WORD.match(sentence, max(0, m_start - offset)):
        for x in mentions:
            if (
                floor <= x.start
                and not x.mutual
                and 0 <= m_start - x.end <= 3
                and _POSSESSIVE.match(sentence, x.start - offset, x.end - offset + 2)
            ):
                return x
    for x in mentions:
        if floor <= x.start < m_end and (
            (x.start < m_start and _DUTY_OF.fullmatch(sentence, x.end - offset, m_start - offset))
            or _owns_duty(sentence, x.end - offset, m_start - offset)
            # "and your right to end your contract": a match that opens with the right a party
            # named just before it holds ("we may terminate your right to use": the right inside
            # the match is what it acts on)
            or (x.end <= m_start and _holds_right(sentence, x.end - offset, m_start - offset))
        ):
            # "... but it is Retailer's responsibility to ensure that ...": the party whose
            # responsibility the match is, or opens with, whoever is named before it
            return x
    before = [
        x
        for x in mentions
        if floor <= x.start < m_start
        and not x.after_prep
        and not x.owns
        and not _ASIDE_OPENS.search(sentence, 0, x.start - offset)
    ]
    # "(... on whose fulfilment the Customer may regularly rely), and we ...", "You alone (not
    # PayPal) are responsible": a party inside a parenthesis closed before the match is an aside,
    # unless the party named before the parenthesis is the same ("You (and the offeror if you
    # are not ...) shall indemnify")
    asides = [x for x in before if _closed_before(sentence[x.end - offset : m_start - offset])]
    if asides:
        outside = {x.role for x in before if x not in asides and x.start < asides[0].start}
        before = [x for x in before if x not in asides or x.role in outside]
    # "You shall provide such materials as we may reasonably request and ensure that ...": a party
    # named after "as" / "which" / "whom" is the subject of a clause inside the sentence, not of
    # the match, when a party is named before that clause
    inner = [
        x
        for x in before
        if _SUBORDINATE_BEFORE.search(sentence, max(0, x.start - offset - 12), x.start - offset)
        or _CONTACT_RELATIVE_BEFORE.search(
            sentence, max(0, x.start - offset - 14), x.start - offset
        )
    ]
    if inner and len(inner) < len(before):
        before = [x for x in before if x not in inner]
    # "If you have turned on Human Handover ..., then when a Shopper asks to speak to a person,
    # the Chatbot will transfer the conversation": a thing named after the comma that closes the
    # opening clauses is the subject; the parties inside them are not
    head = max(0, m_start - offset)
    comma = sentence.rfind(",", 0, head)
    if (
        before
        and comma >= 0
        and all(x.end - offset <= comma for x in before)
        and _CONDITION_OPENS.match(sentence, max(0, floor - offset)) is not None
        and (
            _THING_ACTS.fullmatch(sentence, comma + 1, head)
            or (
                _THING_SUBJECT.fullmatch(sentence, comma + 1, head)
                and _THING_VERB_AT.match(sentence, head) is not None
            )
            # "Where you do, a qualified human linguist ... will review": the match opens on the
            # noun of its own subject, after an article and its adjectives
            or (
                _NOUN_OPENS_MATCH.fullmatch(sentence, comma + 1, head) is not None
                and not any(m_start <= x.start < m_end and x.before_verb for x in mentions)
            )
        )
    ):
        return None
    # "Contractor will deliver ... after Company submits the Batch (the Turnaround Time)": a
    # name followed by a verb such as "will" is the subject, even with names in between
    verbs = [x for x in before if x.before_verb]
    if verbs:
        return verbs[-1]
    if before:
        last = before[-1]
        # "If you breach these Terms, Acme may terminate": a mention cut off by a comma sits in
        # a subordinate clause, so it is not the subject of the match
        between = sentence[last.end - offset : m_start - offset]
        if "," not in between or _CONTRAST_ASIDE.match(between):
            # "Speechify, and not Apple, is solely responsible", "Pratincole, as provider of the
            # Platform, shall ...": an aside that names who is not meant, or the capacity the
            # party acts in, leaves the name before it the subject
            return last
        # "If we discover that your files, saved documents or notes have been accessed by an
        # unauthorised person, we will notify you": the match took in words before its own
        # subject, the same party as the one cut off by the comma
        return next(
            (
                x
                for x in mentions
                if m_start <= x.start < m_end and x.before_verb and x.role == last.role
            ),
            None,
        )
    head = max(0, m_start - offset)
    comma = sentence.rfind(",", 0, head)
    if _THING_SUBJECT.fullmatch(sentence, 0, head) or (
        comma >= 0 and _THING_ACTS.fullmatch(sentence, comma + 1, head)
    ):
        # "The Tutor will always tell your child that it is an AI", "At the start of each
        # session, the App shall display ... to the Patient": a thing, not a party, acts (after
        # an opening phrase too); the parties inside the match are told or owned
        return None
    inside = [
        x
        for x in mentions
        if m_start <= x.start < m_end
        and not x.after_prep
        and not (
            len(sentence[m_start - offset : x.start - offset].split()) >= 2
            and _SHUT_OUT_VERB.search(sentence, 0, x.start - offset)
        )
    ]
    # "a data breach affecting your personal information, we will notify you": a possessive
    # ("your", "Customer's") owns a noun inside the match; the party before a verb acts
    # ("a developer of the Customer accepts it": the party after "of" owns the noun that acts,
    # as a possessive does)
    owned_by = [
        x
        for x in inside
        if not (
            _OF_BEFORE.search(sentence, 0, x.start - offset)
            and not _POSSESSIVE.match(sentence, x.start - offset, x.end - offset + 2)
        )
    ]
    acting = [x for x in owned_by if x.before_verb] or [
        x for x in owned_by if not _POSSESSIVE.match(sentence, x.start - offset, x.end - offset + 2)
    ]
    if acting:
        return acting[0]
    # a possessive right after a verb the match leads up to owns that verb's object ("reserves
    # the right to close your account", "may suspend your access"), so it is no subject; where
    # the match opens with the verb ("To close your account, go to Settings") or the possessive
    # follows "is" or "of" ("it is your responsibility") it still is
    inside = [
        x
        for x in owned_by
        if len(sentence[m_start - offset : x.start - offset].split()) < 2
        or _AFTER_BE_OR_OF.search(sentence, 0, x.start - offset)
        or not _AFTER_VERB.search(sentence, 0, x.start - offset)
    ]
    if inside:
        return inside[0]
    # "the aggregate liability of the Company": the owner named right after the match
    for x in mentions:
        if m_end <= x.start <= m_end + 12 and re.search(
            r"\bof\s+(?:the\s+)?$", sentence[: x.start - offset]
        ):
            return x
    return None


def _object(mentions: list[_Mention], m_start: int, exclude: PartyRole | None) -> PartyRole | None:
    for x in mentions:
        if x.start >= m_start and x.role is not None and x.role != exclude:
            return x.role
    return None


class _ClauseIndex:
    """Maps a character offset to the deepest clause holding it."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.clauses = sorted(clauses, key=lambda c: (c.start, -c.end))
        self.starts = [c.start for c in self.clauses]
        self.closings: dict[str, str] = {}  # list parent id -> the paragraph closing the list

    def before(self, clause: Clause) -> Clause | None:
        """The sibling clause right before `clause` (same parent), if any."""
        i = bisect_right(self.starts, clause.start) - 1
        while i >= 0 and self.clauses[i] is not clause:
            i -= 1
        for c in reversed(self.clauses[max(0, i - 64) : max(0, i)]):
            if c.parent == clause.parent and c.end <= clause.start:
                return c
        return None

    def at(self, offset: int) -> Clause | None:
        i = bisect_right(self.starts, offset) - 1
        first = i
        while i >= 0 and first - i < 64:
            if self.clauses[i].end > offset:
                return self.clauses[i]
            i -= 1
        return self.clauses[first] if first >= 0 else None


def _quote(text: str, s: int, e: int, ms: int) -> str:
    return window(text, s, e, ms, _QUOTE_MAX)


#: a clause longer than this is searched for words that keep outputs out of a warranty only in
#: the promise's own paragraph
_KEPT_OUT_CLAUSE_CHARS = 2500

#: what a general disclaimer is confined to, when that is the outputs: "as to the accuracy,
#: completeness or fitness for any purpose of any Outputs", "with respect to Outputs"
_OF_OUTPUTS_ONLY = re.compile(
    r"\b(?:with\s+respect\s+to|in\s+respect\s+of|as\s+to|in\s+relation\s+to|regarding)\s+"
    r"(?:the\s+)?(?:[\w-]+,?\s+){0,12}?(?:of\s+)?(?:any\s+|all\s+|the\s+|each\s+)?outputs\b"
    # (and another of its names: "of any Feedback or Grade Suggestion")
    r"(?:\s+(?:and|or)\s+(?:any\s+|all\s+|the\s+)?(?:outputs\b|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}))?"
    r"\W*$",
    re.IGNORECASE,
)
#: a lead-in that ends in a full stop: "The Company does not guarantee any of the following."
_FOLLOWING_END_RE = re.compile(
    r"\bthe\s+following(?:\s+[\w-]+){0,2}(?:,[^.;:]{0,120})?\s*\.$", re.IGNORECASE
)


def is_lead_in(sentence: str) -> bool:
    """Does `sentence` introduce the list below it: it ends in a colon, or in "the following"
    and a full stop ("The Company does not guarantee any of the following.", "A User shall not
    do any of the following, or anything the Company reasonably determines to fall under any of
    them.")?"""
    end = sentence.rstrip()
    return end.endswith(":") or _FOLLOWING_END_RE.search(end) is not None


#: a sentence that opens with a capitalised term ("Human Review is not part of ...")
_LEAD_TERM_RE = re.compile(r"\W{0,4}((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})\s")
#: an incident named before: "report the incident", "such breach"
_THE_INCIDENT = re.compile(
    r"\b(?:the|such|that|this|any\s+such)\s+(?:security\s+|data\s+)?(?:incident|breach)\b",
    re.IGNORECASE,
)
#: claims named by pointing back to those the text before describes
_SUCH_CLAIMS = re.compile(
    r"\bsuch\s+(?:a\s+)?(?:claims?|actions?|proceedings?|suits?)\b", re.IGNORECASE
)
#: a sentence naming its claims before "such claims": "if a third party asserts/alleges/claims"
_CLAIMS_NAMED = re.compile(
    r"\b(?:asserts?|alleges?|claims?|brings?|makes?\s+a\s+claim)\b(?:(?!\bsuch\b)[^.;]){0,120}?\bthat\b",
    re.IGNORECASE,
)

#: a sentence that speaks of the one before it as "it", "this", "these", "such", "the target"
_REFERS_BACK_START = re.compile(
    r"\s*(?:it|this|that|these|those|such|the\s+(?:target|targets|figure|figures|level|levels|"
    r"percentage|availability\s+target|uptime\s+target))\b",
    re.IGNORECASE,
)
_LABEL_START = re.compile(
    r"\s*(?:\(?[0-9]+(?:\.[0-9]+)*\.?\)?|\([a-z]{1,3}\))\s+(?:[A-Z][\w ]{0,40}\.\s+)?"
)


#: where a sentence turns to another stretch: a comma, a semicolon, "but", "however", "whereas"
_STRETCH_BREAK_RE = re.compile(r"[,;:]|\b(?:but|however|whereas|while|although)\b", re.IGNORECASE)


def _last_stretch(before: str) -> str:
    """The words of `before` after its last comma, semicolon or turn ("but", "however")."""
    last = None
    for last in _STRETCH_BREAK_RE.finditer(before):
        pass
    return before[last.end() :] if last is not None else before


def _skip_label(text: str, at: int) -> int:
    """Past a clause number and a short run-in heading at `at` ("12.2 Not a service level. It is")."""
    m = _LABEL_START.match(text, at)
    return m.end() if m else at


_KEPT_OFF_END = re.compile(r"\.|;(?=\s|$)")


def _without_kept_off(span: str, not_outputs: re.Pattern[str], items_only: bool = False) -> str:
    """`span` without the sentences that keep something out of a promise ("it does not extend
    to Agent Output, to the decisions the Agent makes in planning a task"), each up to its full
    stop or to the end of its list item ("(a) ..., provided that this warranty does not extend to
    Outputs; (b) ... the training data ...": the items after it are still promised).
    `items_only`: only those that end their list item (an item's own restriction), not those that
    close the list with a full stop (a restriction of the whole promise)."""
    if not not_outputs.search(span):
        return span
    out, last = [], 0
    for m in not_outputs.finditer(span):
        start = max(span.rfind(". ", 0, m.start()) + 1, span.rfind("; ", 0, m.start()) + 1, last)
        stop = _KEPT_OFF_END.search(span, m.end())
        if items_only and (stop is None or stop.group() != ";"):
            continue
        end = len(span) if stop is None else stop.start()
        out.append(span[last:start])
        last = end
    out.append(span[last:])
    return " ".join(out)


def _negated(
    doc: Any, sent_start: int, m_start: int, m_end: int, sent_end: int | None = None
) -> bool:
    """Whether a negation before the match denies it. With `sent_end`, a negation inside a
    condition the sentence goes on to answer (`_in_condition`) denies nothing."""
    i = m_start - 1
    lo = max(sent_start, m_start - _NEG_WINDOW)
    while i >= lo:
        low = doc[i].lower_
        if low in _BREAKS:
            break
        # "... is not permitted and will be grounds for a ban": a new predicate after "and"/"but"
        # with a modal of its own; a negation before it belongs to the earlier one
        if low in _JOINS and i + 1 < m_start and doc[i + 1].lower_ in _MODAL_NEXT:
            break
        if low in NEGATIONS and not _in_relative_clause(doc, i, m_start, sent_start):
            return not _in_condition(doc, i, sent_start, sent_end)
        i -= 1
    return False


#: "If the Hosting Services do not conform to the Documentation, we will correct them": a
#: negation inside a condition states the breach a remedy answers, not a denial
_CONDITIONS = frozenset({"if"})
_CONDITION_REACH = 12


def _in_condition(doc: Any, neg: int, sent_start: int, sent_end: int | None) -> bool:
    """Whether the negation at `neg` sits in an "if" clause that a comma closes before the
    sentence ends (the main clause answering it follows); "even if" concedes, not conditions."""
    if sent_end is None or not any(doc[k].text == "," for k in range(neg + 1, sent_end - 1)):
        return False
    j = neg - 1
    while j >= max(sent_start, neg - _CONDITION_REACH):
        low = doc[j].lower_
        if low in _BREAKS:
            return False
        if low in _CONDITIONS:
            return not (j > sent_start and doc[j - 1].lower_ == "even")
        # "Should the Platform not perform ..., we will ...", "Where the Output does not ...":
        # conditions only where they open the sentence ("you should not" is a modal)
        if low in _OPENING_CONDITIONS and j == sent_start:
            return True
        if low == "event" and j >= 2 and doc[j - 2].lower_ == "in" and doc[j - 1].lower_ == "the":
            return True
        j -= 1
    return False


_OPENING_CONDITIONS = frozenset({"should", "where"})

#: the types whose commitment is a promise the subject makes ("we may embed watermarks" makes
#: none); "Either of us may choose to have any claim decided by an arbitrator" still agrees to
#: arbitration
_PROMISED_TYPES = frozenset(
    {
        ClauseType.warranty,
        ClauseType.sla,
        ClauseType.incident_notification,
        ClauseType.data_use,
        ClauseType.indemnification,
        ClauseType.insurance,
        ClauseType.audit_rights,
    }
)


_JOINS = frozenset({"and", "but"})
_MODAL_NEXT = frozenset({"will", "shall", "may", "can", "might", "could", "would"})

#: "any dispute that cannot be settled amicably will be determined by arbitration": a negation
#: right after a relative pronoun belongs to that clause when the match has a verb of its own
_RELATIVE = frozenset({"that", "which", "who"})
_FINITE = frozenset({"will", "shall", "must", "may", "would", "is", "are"})


def _in_relative_clause(doc: Any, neg: int, m_start: int, sent_start: int) -> bool:
    opens = any(doc[j].lower_ in _RELATIVE for j in range(max(sent_start, neg - 2), neg))
    return opens and any(doc[j].lower_ in _FINITE for j in range(neg + 1, m_start + 1))


def _sentences(
    doc: Any, base: int = 0, text: str | None = None
) -> tuple[list[tuple[int, int, int, int]], list[int]]:
    """(start token, end token, start char, end char) per sentence, and each token's sentence.

    Chars are offsets in `text` (the doc's own text when None), of which `doc` is the stretch
    starting at `base`.

    Read from arrays rather than `doc.sents`, which builds a Token object per token. A break the
    sentence splitter put inside a dotted name ("Copy.AI") is taken back.
    """
    arr = doc.to_array(["SENT_START", "IDX", "LENGTH"]).astype(np.int64)
    is_start = arr[:, 0] == 1
    is_start[0] = True
    if text is None:
        text = doc.text
    for i in np.flatnonzero(is_start[1:]) + 1:
        # "hold Copy.AI harmless", "Bolt.new may ...": a full stop with no space after it sits
        # inside a dotted name, so the sentence goes on
        at = base + int(arr[i, 1])
        if at > 0 and text[at - 1] == "." and text[at : at + 1].isalnum():
            is_start[i] = False
    sent_of = np.cumsum(is_start) - 1
    starts = np.flatnonzero(is_start)
    ends = np.append(starts[1:], len(doc))
    idx, length = arr[:, 1] + base, arr[:, 2]
    start_chars = idx[starts]
    end_chars = idx[ends - 1] + length[ends - 1]
    sents = list(zip(starts.tolist(), ends.tolist(), start_chars.tolist(), end_chars.tolist()))
    return sents, sent_of.tolist()


def classify(
    document: Document, structure: DocumentStructure, rulebook: Rulebook
) -> list[Provision]:
    """All provisions of one document.

    Runs of spaces between words ("Force  Majeure") are read as one space: the document and its
    structure are matched as a collapsed copy and the provisions' offsets mapped back. The
    names the document gives the side it speaks to are read as "you" / "your" the same way
    (`_classify_as_you`). Curly
    apostrophes and quotes are matched as straight ones ("don’t" as "don't"), and a line break
    between two words in lower case as a space, character for character; quotes keep the
    document's own.
    """
    collapsed = collapse_runs(document.text) if document.text else None
    if collapsed is None:
        return _classify_as_you(document, structure, rulebook)
    copy, copied = _read_through(collapsed, document, structure)
    found = _classify_as_you(copy, copied, rulebook)
    to_o = collapsed.to_original
    return [p.model_copy(update={"start": to_o(p.start), "end": to_o(p.end)}) for p in found]


#: after a disclaimer of warranties, up to the colon that ends its sentence: a "that" clause
#: whose list below names what is disclaimed ("..., AND DISCLAIMS ANY WARRANTY, THAT THE APP,
#: THE ZONING DATA OR ANY OUTPUT:"); one "including any warranty that" lists examples of all
_ENUMERATED_AFTER = re.compile(
    r"(?:(?!includ|in\s+particular|such\s+as|without\s+limit)[^.;:]){0,120}?\bthat\b"
    r"[^.;:]{0,200}:\s*$",
    re.IGNORECASE,
)


#: an exclusion said as the manner of a right: "without liability", "without any liability to you"
_WITHOUT_LIABILITY = re.compile(r"without\b", re.IGNORECASE)
#: a right of the provider's before it: "may suspend", "may terminate", "may remove"
_RIGHTS = (
    r"(?:suspend|terminate|disable|remove|block|restrict|limit|cancel|close|withdraw|discontinue|"
    r"refuse|delete)\w*\b"
)
_RIGHT_BEFORE = re.compile(
    r"\b(?:may|can|is\s+entitled\s+to|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,2}?" + _RIGHTS,
    re.IGNORECASE,
)
#: "may" right before "without liability" ("it may without liability block ...")
_MODAL_JUST_BEFORE = re.compile(r"\b(?:may|can)\s+$", re.IGNORECASE)
#: ... and the right it names right after ("without liability block", "without any liability suspend")
_RIGHT_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?" + _RIGHTS, re.IGNORECASE)
#: the next right a sentence gives: ", and may report the matter to the police"
_NEXT_RIGHT = re.compile(r",?\s+(?:and|or)\s+(?:may|can|will|shall)\b|[;:]", re.IGNORECASE)
#: where a sentence turns to another predicate: ", but", "; however", ";"
_TURN = re.compile(r",\s*(?:but|however|yet)\b|;\s*(?:but|however)?", re.IGNORECASE)


def _classify_as_you(
    document: Document, structure: DocumentStructure, rulebook: Rulebook
) -> list[Provision]:
    """The provisions of a document read with the names it gives the side it speaks to as the
    pronouns the rules are written in (`party_words`: "If the Customer doesn't, we may suspend
    the Customer's account" as "If you don't, we may suspend your account"), so that a rule
    reads a contract that names its customer as it reads terms that say "you". The offsets are
    mapped back and quotes cut from the document's own words."""
    text = document.text
    words = party_words(structure)
    reader = next((w for w in words if w.subjects), None)
    spans = reader.replacements(text) if reader is not None else []
    if spans:
        others = [w.names for w in words if not w.subjects] + [_SPEAKER_RE]
        spans += _own_possessives(text, spans, others)
    speaker = next((w for w in words if not w.subjects), None)
    ours = (
        replace(speaker, subjects=True).replacements(text)
        if speaker is not None and structure.kind in _SPOKEN_KINDS
        else []
    )
    if ours:
        # in terms written as the vendor speaking, the vendor by its name is "we" / "us" / "our"
        # the same way ("Ubisoft reserves the right" as "we reserve the right", "Amazon will not
        # be held responsible for any failure to comply with its obligations" with "our
        # obligations"); a contract between two named parties is read as it is written
        others = [w.names for w in words if w.subjects] + [_READER_RE]
        spans += ours + _own_possessives(text, ours, others, "our")
    # "The Practice shall:" over "(c) comply with ...": each item read as "(c) you shall comply
    # with ..." (lead_ins.modal_items)
    subjects = [
        Subject(w.names, w.subject if w.subjects or structure.kind in _SPOKEN_KINDS else None)
        for w in words
    ]
    spans += modal_items(text, structure.clauses, subjects)
    read = replace_spans(text, sorted(spans)) if spans else None
    if read is None:
        return _classify(document, structure, rulebook, words=words)
    copy, copied = _read_through(read, document, structure)
    to_o = read.to_original
    found = _classify(copy, copied, rulebook, quoting=(document.text, to_o), words=words)
    return [p.model_copy(update={"start": to_o(p.start), "end": to_o(p.end)}) for p in found]


#: the pronouns of the first and second person: a party named in a sentence by one of them
_SPEAKER_RE = re.compile(r"\b(?:we|us|our|you|your)\b", re.IGNORECASE)
#: the kinds of document written as the vendor (or deployer) speaking to its reader, in the "we" and
#: "you" the rules are written in, even where a document calls itself by its name
_SPOKEN_KINDS = frozenset(
    {DocumentKind.terms_of_service, DocumentKind.acceptable_use_policy, DocumentKind.end_user_terms}
)
#: the pronouns of the second person: the side spoken to named in a sentence
_READER_RE = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
#: a possessive of the third person, which the name of the side spoken to may own
_THIRD_POSSESSIVE_RE = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
#: "to" and a verb after a name: the name is the subject of an infinitive ("for the Customer to use")
_INFINITIVE_RE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|your|any|all|this|that|these|those|such)\b)"
    r"[a-z]+\b"
)
#: where a sentence ends, as far as reading a possessive back to its owner goes
_SENTENCE_END_RE = re.compile(r"[.!?;:][\"'\u201d\u2019)]*\s|\n")


def _own_possessives(
    text: str,
    names: list[tuple[int, int, str]],
    others: list[re.Pattern[str]],
    possessive: str = "your",
) -> list[tuple[int, int, str]]:
    """ "its" and "their" read as "your" in a sentence whose first party named is the side
    spoken to (`names`: where it is named): "If the Customer doesn't, we may suspend its
    account", "the Customer grants Replit the right to modify its content" (the sentence's
    subject owns what it speaks of), but not "Zentro will defend the Customer against claims
    that its Services infringe". With `possessive` "our", the same for the side speaking."""
    out = []
    pronouns = ("you", "your") if possessive == "your" else ("we", "us", "our")
    named = [(a, b) for a, b, new in names if new.lower() in pronouns]
    starts = [a for a, _b in named]
    if not starts:
        return out
    for m in _THIRD_POSSESSIVE_RE.finditer(text):
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i < 0:
            continue
        # the sentence the possessive is in, from the name before it on
        lo = max(0, at - 600)
        begin = lo
        for end in _SENTENCE_END_RE.finditer(text, lo, at):
            begin = end.end()
        first = starts[bisect_right(starts, begin - 1)] if starts[i] >= begin else None
        if first is None:
            continue
        if any(p.search(text, begin, first) for p in others):
            # "... is provided for the Customer to use at its own risk": the subject of the
            # infinitive named last before the possessive owns it
            last = named[i][1]
            if not _INFINITIVE_RE.match(text, last) or any(
                p.search(text, last, at) for p in others
            ):
                continue
        word = m.group(0)
        new = (
            possessive.upper()
            if word.isupper()
            else possessive.capitalize()
            if word[0].isupper()
            else possessive
        )
        out.append((m.start(), m.end(), new))
    return out


def _read_through(
    view: Collapsed, document: Document, structure: DocumentStructure
) -> tuple[Document, DocumentStructure]:
    """The document as `view` reads it, its clauses and cross-references moved to match."""
    to_c = view.to_collapsed
    clauses = [
        c.model_copy(
            update={
                "start": to_c(c.start),
                "end": to_c(c.end),
                "text": view.text[to_c(c.start) : to_c(c.end)],
            }
        )
        for c in structure.clauses
    ]
    xrefs = [
        x.model_copy(update={"start": to_c(x.start), "end": to_c(x.end)})
        for x in structure.cross_references
    ]
    return (
        document.model_copy(update={"text": view.text}),
        structure.model_copy(update={"clauses": clauses, "cross_references": xrefs}),
    )


#: curly apostrophes and quotes, read as straight ones (one character for one)
_STRAIGHT = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))


def _straight(text: str) -> str:
    # str.replace per mark: str.translate with a mapping to ASCII takes its slow path and read
    # a contract at ~2 MB/s, a quarter of the classification stage's time on curly texts
    for curly, plain in _STRAIGHT:
        if curly in text:
            text = text.replace(curly, plain)
    return text


# The wrap patterns start with the line break and look behind it: a pattern that starts with a
# look-behind is tried at every character of the text (~100 times slower on a contract).
#: a line break between two words in lower case wraps a sentence
_WRAP_RE = re.compile(r"\n(?<=[a-z,;]\n)(?=[a-z])")
#: ... and may, after a full line (40 characters or more) that ends inside a sentence, before a
#: word or a quote that opens no list item ("... ARE PROVIDED\n"AS IS"", "... Acme\nshall")
_LONG_WRAP_RE = re.compile(
    r"\n(?<=[\w,\"”)]\n)(?<=[^\n]{40}\n)(?=[A-Za-z\"“])(?![A-Za-z][.)]\s|[ivxIVX]{1,4}[.)]\s)"
)
#: ... and before an enumeration's label ("... in any way;\n(iii) impersonate ...") when the
#: enumeration runs on inside the paragraph (`segment.inline_enumeration`)
_LABEL_WRAP_RE = re.compile(
    r"\n(?<=[\w,;:\"”)]\n)(?<=[^\n]{40}\n)(?=\(([A-Za-z]{1,4}|\d{1,3})\)\s)"
)
_LINE_LABEL_RE = re.compile(r"^[\s#*]*(?:\d+(?:\.\d+)*\.?|\(?[A-Za-z0-9]{1,4}\))\s+")
_DANGLING_END_RE = re.compile(r"\b(?:" + "|".join(sorted(DANGLING_WORDS)) + r")$", re.IGNORECASE)


def _runs_into(line: str) -> bool:
    """Whether the next line goes on with this one's sentence: a full line (40 characters or
    more), no heading, that ends on a word or a comma ("CERTAIN COUNTRIES DO NOT PERMIT THE
    EXCLUSION OF IMPLIED TERMS OR THE" over "LIMITATION OF LIABILITY FOR LOSS OF PROFITS, SO")."""
    line = line.rstrip()
    if len(line) < 40 or not (line[-1].isalpha() or line[-1] == ","):
        return False
    plain = _LINE_LABEL_RE.sub("", line)
    return _DANGLING_END_RE.search(plain) is not None or not is_heading_text(
        plain, allow_period=False
    )


def _unwrap(text: str) -> str:
    """`text` with each line break that wraps a sentence read as a space, one character for one.

    A full line is a wrap unless it reads as a heading ("DISCLAIMERS AND LIMITATIONS OF
    LIABILITY", "10. Modifications to the Terms and Product-Specific Terms"); a line in capitals
    that makes a sentence ("THE SERVICES (INCLUDING ANY OUTPUTS) ARE PROVIDED") or ends on a word
    no heading ends on ("... AND") is no heading."""
    text = _WRAP_RE.sub(" ", text)

    def wrap(m: re.Match[str]) -> str:
        at = text.rfind("\n", 0, m.start())
        line = text[at + 1 : m.start()]
        plain = _LINE_LABEL_RE.sub("", line)
        if _DANGLING_END_RE.search(plain) or not is_heading_text(plain, allow_period=False):
            return " "
        if at > 0 and _runs_into(text[text.rfind("\n", 0, at) + 1 : at]):
            return " "  # the line goes on with a sentence from the line above: no heading
        words = plain.split()
        caps = plain.upper() == plain
        return " " if caps and caps_sentence(words) else "\n"

    text = _LONG_WRAP_RE.sub(wrap, text)
    if "\n(" not in text:
        return text
    return _LABEL_WRAP_RE.sub(
        lambda m: " " if inline_enumeration(text, m.end(), m.group(1)) else "\n", text
    )


def _classify(
    document: Document,
    structure: DocumentStructure,
    rulebook: Rulebook,
    quoting: tuple[str, Callable[[int], int]] | None = None,
    words: list[PartyWords] | None = None,
) -> list[Provision]:
    """All provisions of one document whose text has no runs of spaces between words; quotes
    are cut from `quoting`'s text at its offsets of this one's, when given. `words` are the
    structure's `party_words`, when the caller has them.

    The rulebook's prefilter picks the paragraphs some rule can match (no sentence crosses a
    paragraph break); only those are tokenised, split into sentences and matched, each stretch
    of adjacent kept paragraphs once. Offsets are mapped back to the whole text.
    """
    quoted = document.text
    if not quoted or document.error is not None:
        return []
    text = _straight(quoted)
    if "\n" in text:
        # "You are\nresponsible for ...": a line break inside a sentence is a wrap (a soft
        # break kept by a DOCX or an HTML page, a hard-wrapped text file), read as the space it
        # stands for
        text = _unwrap(text)
    nlp = rulebook.nlp
    wording = rulebook.readings
    # per stretch: its doc, its start offset and its sentences (chars already global)
    reads: list[tuple[Any, int, list[tuple[int, int, int, int]]]] = []
    # first match of each rule in each sentence: (stretch, sentence, rule) -> (start, end, rule)
    firsts: dict[tuple[int, int, str], tuple[int, int, CompiledRule]] = {}
    for seg in rulebook.prefilter.segments(text):
        doc = nlp(text[seg.start : seg.end])
        if not len(doc):
            continue
        sents, sent_of = _sentences(doc, seg.start, text)
        token_spans = None
        if seg.matcher_ranges != ((seg.start, seg.end),):
            # the token where each range starts and ends, found for all ranges in one call
            bounds = np.searchsorted(
                doc.to_array("IDX"), np.array(seg.matcher_ranges).ravel() - seg.start
            ).tolist()
            token_spans = list(zip(bounds[::2], bounds[1::2]))
        matches = rulebook.match(doc, sent_of, token_spans)
        if not matches:
            continue
        r = len(reads)
        reads.append((doc, seg.start, sents))
        for cr, start, end in matches:
            k = (r, sent_of[start], cr.rule.id)
            prev = firsts.get(k)
            if prev is None or start < prev[0]:
                firsts[k] = (start, end, cr)
    if not firsts:
        return []
    found = sorted(
        (reads[r][1] + reads[r][0][start].idx, cr.rule.id, r, si, start, end, cr)
        for (r, si, _key), (start, end, cr) in firsts.items()
    )

    reader = _PartyReader(document_aliases(structure), wording["mutual"], wording["owned_data"])
    clauses = _ClauseIndex(structure.clauses)
    clause_by_id = {c.id: c for c in structure.clauses}
    kind = structure.kind
    mention_cache: dict[tuple[int, int], list[_Mention]] = {}
    heading_cache: dict[tuple[int, int], bool] = {}
    area_cache: dict[tuple[Any, ...], list[str]] = {}
    # per clause (its span, and whether the sentence is a lead-in read with its list): whether
    # its warranties are kept off the outputs
    kept_out_cache: dict[tuple[tuple[int, int], bool], tuple[bool, bool]] = {}
    outputs_re = output_terms(structure)
    change_terms = change_definitions(
        [(d.term.strip(), d.definition) for d in structure.definitions]
    )
    customer_data = customer_data_terms(structure)
    as_customer: dict[tuple[int, int], str] = {}
    as_outputs: dict[tuple[int, int], str] = {}
    parties_as_pronouns = party_words(structure) if words is None else words

    # (in capitals too, where only the outputs are asked for: "WITH RESPECT TO SCORES")
    outputs_caps = re.compile(outputs_re.pattern, re.IGNORECASE) if outputs_re else None

    def named_outputs(span: str) -> str:
        # the document's own names for its outputs read as "Outputs" (output_terms)
        return outputs_re.sub("Outputs", span) if outputs_re else span

    measured = measure_terms(structure, rulebook.areas_in)

    def area_words(span: str) -> str:
        # ... and its parties as "we" and "you" (party_words), and its measures with what they
        # measure (measure_terms)
        for words in parties_as_pronouns:
            span = words.sub(span)
        return area_text(measured(named_outputs(span)), wording, rulebook.may_read)

    # what each lead-in ending in a colon introduces, read once for every rule that matched it
    list_cache: dict[tuple[str | None, int], str] = {}

    def list_read(clause: Clause | None, lead_end: int) -> str:
        key = (clause.id if clause else None, lead_end)
        if key not in list_cache:
            list_cache[key] = _list_read(text, structure, clause, lead_end)
        return list_cache[key]

    counters: dict[tuple[str, str], int] = {}
    out: list[Provision] = []
    for _at, _rid, r, si, m_start, m_end, cr in found:
        doc, base, sents = reads[r]
        ts, te, cs, ce = sents[si]
        sk = (r, si)
        rule = cr.rule
        if sk not in heading_cache:
            heading_cache[sk] = is_heading(text[cs:ce]) or is_clause_heading(
                text[cs:ce], clauses.at(cs)
            )
        if heading_cache[sk]:
            continue
        sentence = text[cs:ce]
        low = sentence.lower()
        if (
            cr.context_re is not None
            and not cr.context_re.search(low)
            and not (
                # "shall return all Insurer Data": the customer's data by its own name
                customer_data is not None
                and cr.context_re.search(
                    _read_as(as_customer, sk, sentence, customer_data, "customer ")
                )
            )
            and not (
                # "must not present a Memo to a client unless a lawyer has reviewed it": the
                # outputs by the document's own name for them (output_terms)
                outputs_re is not None
                and cr.context_re.search(_read_as(as_outputs, sk, sentence, outputs_re, "outputs"))
            )
            and not (
                # "Sections 14.1 and 14.2 do not apply to:" with its items below: a lead-in of a
                # liability clause, or of a rule that says so (context_in_list), is read with the
                # list it introduces (what it excludes or lifts, what a reviewer does)
                (rule.type == ClauseType.limitation_of_liability or rule.context_in_list)
                and is_lead_in(low)
                and cr.context_re.search(list_read(clauses.at(cs), ce).lower())
            )
        ):
            in_headings = rule.context_in_headings and cr.context_re.search(
                _ancestor_headings(clauses.at(cs), clause_by_id).lower()
            )
            if not in_headings:
                lead_term = _LEAD_TERM_RE.match(sentence)
                # "Your recordings are yours. We don't use them to train models.": a pronoun takes
                # its context from the sentence before, in the same clause; so does a term that
                # sentence defines ('... a review of Dubbed Versions by linguists ("Human
                # Review"). Human Review is not part of the services')
                prev = _sentence_before(sents, si, clauses, cs)
                before = text[prev[0] : prev[1]] if prev is not None else ""
                refers_back = bool(_PRONOUN_RE.search(low)) and bool(
                    cr.context_re.search(before.lower())
                )
                names_back = (
                    lead_term is not None
                    and re.search(r"[\"“]" + re.escape(lead_term.group(1)) + r"[\"”]", before)
                    # (the outputs by the document's own name: "a review of Dubbed Versions")
                    and cr.context_re.search(named_outputs(before).lower())
                )
                if not (refers_back or names_back):
                    continue
        if cr.exclusion_re is not None and cr.exclusion_re.search(low):
            continue
        if rule.type in _NOT_IN_DEFINITIONS and _DEFINITION_SENTENCE.match(sentence):
            # "Consequential Loss means loss of profit ...": a definition names what a later
            # clause excludes; it excludes nothing itself
            continue
        ctype: ClauseType = rule.type
        stance: Stance = rule.stance
        negated = False
        # the words just before the match, where "no warranty, SLA or" and "may, but need not,"
        # stand
        before_match = text[max(cs, base + doc[m_start].idx - 80) : base + doc[m_start].idx]
        # "we may, but have no obligation to, notify you": a duty of the subject made optional is
        # none (a right read with the other side as obligor, "the right, but not the obligation,
        # to audit", stays a right)
        optional = (
            stance == Stance.commits
            and rule.obligor == "subject"
            and (
                bool(wording["optional_duty"].search(before_match))
                # "we will try to tell you beforehand, but we are not obliged to": taken back
                # after the match, in the same sentence
                or bool(
                    wording["duty_taken_back"].match(
                        text, base + doc[m_end - 1].idx + len(doc[m_end - 1]), ce
                    )
                )
            )
        )
        if (
            stance == Stance.commits
            and rule.type in _PROMISED_TYPES
            and rule.obligor in ("subject", "none")
            and wording["permissive_modal"].search(before_match)
        ):
            # "Dipper may embed watermarks in Generated Audio": what the subject may do it has
            # not promised, nor has it disclaimed it; the clause stays what it is about ("The
            # Supplier may self-insure the first $250,000" is still of insurance)
            stance = Stance.permits
        # "Response times are targets only and are not guaranteed": a service level taken back
        # by the words after it is no commitment
        taken_back = (
            stance == Stance.commits
            and rule.type == ClauseType.sla
            and (
                bool(wording["not_binding"].search(text, base + doc[m_start].idx, ce))
                # "Priority access ... depends on available capacity and is not a guarantee of
                # access or response time": taken back before the level, in the same stretch
                # of the sentence (after its last comma, semicolon or "but")
                or bool(
                    wording["not_binding"].search(_last_stretch(text[cs : base + doc[m_start].idx]))
                )
                # "Pipit's target is ... 99.5% ... It is not a service level, missing it is not a
                # breach": the next sentence takes it back, speaking of it as "it" or "this"
                or (
                    si + 1 < len(sents)
                    and _REFERS_BACK_START.match(text, _skip_label(text, sents[si + 1][2]))
                    is not None
                    and bool(
                        wording["not_binding"].search(text, sents[si + 1][2], sents[si + 1][3])
                    )
                )
            )
        )
        # "the Consumer Rights Act 2015 gives you rights ... In summary: services must be
        # provided with reasonable care and skill": the statute speaks, not the vendor
        # (the whole sentence up to the match: "In summary, under the Consumer Rights Act 2015,
        # digital content must be as described, ..., and services must be provided with
        # reasonable care and skill")
        statute = _statute_speaks(
            rule,
            stance,
            wording["statute_speaks"],
            text,
            sents,
            si,
            clauses,
            cs,
            base + doc[m_start].idx,
        )
        if statute:
            # a summary of what the law gives is neither a promise of the vendor's nor a
            # disclaimer of one ("If we fail to meet a guarantee you may have remedies under the Act")
            continue
        no_commitment = optional or taken_back
        if no_commitment and (rule.negated is None or rule.negated.drop):
            continue
        if rule.negated is not None and (
            no_commitment
            # a rule that drops its match when negated reads what any negation undoes ("if a
            # claim is found not to be subject to arbitration"); one that turns a warranty into
            # a disclaimer reads a denial, which a condition is not
            or _negated(doc, ts, m_start, m_end, None if rule.negated.drop else te)
            or wording["negated_list"].search(before_match)
            # "Stint does not undertake under these Terms to notify you of security incidents":
            # a promise denied further back than a negation's usual reach
            or wording["no_promise_to"].search(before_match)
        ):
            if rule.negated.drop:
                continue
            negated = True
            ctype = rule.negated.type or ctype
            stance = rule.negated.stance or stance
        mc_start = base + doc[m_start].idx
        mc_end = base + doc[m_end - 1].idx + len(doc[m_end - 1])
        instead_of = bool(
            stance in (Stance.excludes, Stance.disclaims)
            and _AFTER_COMMA.search(text, cs, mc_start)
            and wording["instead_of"].match(text, mc_start)
        )
        if sk not in mention_cache:
            mention_cache[sk] = reader.mentions(sentence, cs)
        mentions = mention_cache[sk]

        attributes: dict[str, Any] = dict(rule.set)
        # "... are excluded, as to the accuracy, completeness ... of any Feedback or Grade
        # Suggestion", "DISCLAIMS ALL IMPLIED WARRANTIES ... WITH RESPECT TO SCORES AND INTERVIEW
        # REPORTS": a disclaimer of the outputs (by the document's own names for them, in
        # capitals too), not of the service (its uptime, its security)
        of_outputs_only = bool(
            attributes.get("general")
            and outputs_caps is not None
            and _OF_OUTPUTS_ONLY.search(outputs_caps.sub("Outputs", text[mc_end:ce]))
        )
        if attributes.get("general") and (
            _ENUMERATED_AFTER.match(text, mc_end, ce)
            or _previews_only(text[cs:mc_start])
            or of_outputs_only
        ):
            # "DISCLAIMS ANY WARRANTY, THAT THE APP OR ANY OUTPUT: (a) IS FIT ...; (b) IS
            # ACCURATE ...": a disclaimer of the qualities its list names, not of all of them;
            # "Functionalities that Gnatwren designates as 'beta' are provided 'as is'": one of
            # the features it names, not of the service
            del attributes["general"]
        lead = (
            _list_lead_subject(
                text,
                cs,
                ce,
                clauses.at(cs),
                clause_by_id,
                reader,
                wording["acknowledged_that"],
                stance,
                mentions,
                mc_start,
                mc_end,
            )
            if "subject" in (rule.obligor, rule.beneficiary)
            else None
        )
        if lead and cr.exclusion_re is not None and cr.exclusion_re.search(lead[1].lower()):
            # "Company reserves the right to: ... (2) delete your content": the item is read with
            # its lead-in, as the same words in one sentence would be
            continue
        obligor, beneficiary = _parties(
            sentence,
            cs,
            _after_acknowledgement(
                wording["acknowledged_that"], sentence, cs, mc_start, stance, mentions
            ),
            rule.obligor,
            rule.beneficiary,
            mentions,
            mc_start,
            mc_end,
            kind,
            attributes,
            lead[0] if lead else None,
        )
        if attributes.pop("service_side", False) and attributes.get("mutual"):
            # "each party will protect the other's Confidential Information": only the side that
            # gives the service holds the other's data, so only its half speaks to privacy
            attributes.pop("mutual")
            obligor = service_giver(kind)
        if (
            obligor is None
            and stance in (Stance.commits, Stance.assigns)
            and not attributes.get("mutual")
            and wording["imperative"].match(sentence.lstrip())
        ):
            # "Please report any suspicious activity to security@...": an instruction puts a duty
            # on the reader, the side "we" speaks to (a right in the same sentence, "since they
            # may change", is not the reader's)
            obligor = counterparty(_us_role(kind), kind)
        if obligor is None and not attributes.get("mutual"):
            obligor = rule.default_obligor
        if rule.only_obligors and obligor is not None and obligor not in rule.only_obligors:
            continue  # "Larkspur will not use ...": a promise by the provider, not a use restriction
        before = text[cs:mc_start]
        if lead:
            # "You shall not: ... (b) collect personal data": the item is read with its lead-in
            before = lead[1] + " " + before
        if (
            obligor in (None, _us_role(kind))
            and not attributes.get("mutual")
            and _tells_us(text, mc_start, mentions, _us_role(kind), wording["imperative_to_us"])
        ):
            # "keep your password confidential and notify us of any unauthorized use": an
            # instruction to the reader, who is the other side of "us" (the "us" inside the match
            # is its object, never the one who notifies)
            obligor = counterparty(_us_role(kind), kind)
        if stance == Stance.commits and ctype in PROMISE_TYPES:
            # ("we do not guarantee that the Service is secure, but we undertake to notify you":
            # a denial before a turn of the sentence is not the one the promise is an item of)
            turns = list(_TURN.finditer(before))
            if wording["liability_exclusion"].search(before, turns[-1].end() if turns else 0):
                # "we are not responsible for the deletion of ...", "not liable for (iii) any
                # unauthorized access to personal information stored therein": an item of an
                # exclusion, not a promise (the liability rules read the exclusion itself)
                continue
            if (
                obligor is not None
                and obligor != service_giver(kind)
                and wording["prohibition"].search(before)
            ):
                # "you agree not to: ... (xi) collect or store personal data": a prohibited use
                continue
        duty = (
            ctype == ClauseType.warranty
            and stance == Stance.commits
            and obligor is not None
            and obligor != service_giver(kind)
            and obligor not in (PartyRole.subprocessor, PartyRole.third_party)
        )
        if duty:
            # "Customer represents that its data is lawful", "Customer will ensure reviewers
            # review Outputs": still a warranty clause, but a promise by the side that receives
            # the service puts the area on it rather than covering it
            stance = Stance.assigns
        if rule.attributes:
            clause = clauses.at(mc_start)
            clause_text = text[clause.start : clause.end] if clause else sentence
            # a lead-in ending in a colon is read with the list it introduces ("arising from: (a) ...")
            read = sentence
            if (
                clause is not None
                and (
                    is_lead_in(sentence)
                    # "on the grounds of a) the content of Source Texts; ..." with b) and c) below:
                    # a lead-in that holds its first item is read with the items after it too
                    or (sentence.rstrip().endswith(";") and _FIRST_ITEM.search(sentence))
                    # "(1) Canastero shall be liable without limitation" over "a) for damage
                    # caused ...": a lead-in with no colon that ends its clause, the items below
                    or (sentence.rstrip()[-1:].isalpha() and not text[ce : clause.end].strip())
                )
            ):
                read = sentence + " " + list_read(clause, ce)
            elif lead:
                # an item read with its lead-in: "If a third party claims that a Track infringes
                # its copyright, Fiddlehead will: ... (b) defend you against the claim"
                read = lead[1] + " " + sentence
            elif (
                "indemnity_scope" in rule.attributes
                and clause is not None
                and (such := _SUCH_CLAIMS.search(sentence))
                # ("If a third party asserts against the Customer that the Platform infringes
                # its rights, Oxpecker shall indemnify the Customer against such claims": the
                # sentence names the claims itself)
                and not _CLAIMS_NAMED.search(sentence, 0, such.start())
                and (prev := clauses.before(clause)) is not None
            ):
                # "(2) The Supplier will defend the Customer against such claims" after "(1) If a
                # third party asserts claims ... that the Software infringes its patents": the
                # claims are those the paragraph before names
                read = text[prev.start : prev.end] + " " + sentence
            for k, v in read_attributes(rule.attributes, read, clause_text).items():
                attributes.setdefault(k, v)
        if (attributes.get("general") or ctype == ClauseType.warranty) and stance == Stance.commits:
            # "perform materially in accordance with the Documentation. This warranty does not
            # extend to Provider Models or Outputs": a warranty of the service only (a general
            # one, or one whose areas a keyword in that very exclusion would otherwise give:
            # "does not extend to the content, accuracy or quality of any Output")
            clause = clauses.at(mc_start)
            scope = (clause.start, clause.end) if clause else (cs, ce)
            if scope[1] - scope[0] > _KEPT_OUT_CLAUSE_CHARS:
                # a long clause (a whole unnumbered section): the exclusion is looked for in the
                # paragraph of the promise, not in a disclaimer paragraphs away
                scope = (
                    max(scope[0], text.rfind("\n\n", 0, cs) + 1),
                    min(scope[1], (text.find("\n\n", ce) + 1) or scope[1]),
                )
            lead_in = clause is not None and is_lead_in(sentence)
            if (scope, lead_in) not in kept_out_cache:
                span = text[scope[0] : scope[1]]
                if lead_in:
                    # "warrants that: (a) ... (c) ... It is not a warranty as to the accuracy of
                    # any Finding": a lead-in's warranty is kept off by words below its list too,
                    # but not by an item's own restriction ("(a) ..., provided that this warranty
                    # does not extend to Outputs; (b) ...")
                    span += " " + _without_kept_off(
                        named_outputs(list_read(clause, ce)), wording["not_outputs"], True
                    )
                # ("does not extend to the content ... of any Candidate Flag": the outputs by
                # the document's own name for them)
                named = named_outputs(span)
                kept = wording["not_outputs"].search(named)
                kept_out_cache[(scope, lead_in)] = (
                    kept is not None
                    or (
                        clause is not None
                        and _outputs_kept_out(
                            clause, clause_by_id, structure, text, wording, named_outputs, clauses
                        )
                    ),
                    # "This warranty does not apply to ... models of Third-Party Model Providers":
                    # kept off the models, it promises nothing about their changing either
                    kept is not None
                    and _MODELS_WORD.search(re.split(r"[.;]", named[kept.start() :], maxsplit=1)[0])
                    is not None,
                )
            outputs_out, models_out = kept_out_cache[(scope, lead_in)]
            if outputs_out:
                attributes["excludes_outputs"] = True
            if models_out:
                attributes["excludes_models"] = True
        if (
            attributes.get("training") in ("never", "opt_in")
            and obligor is not None
            and obligor != service_giver(kind)
        ):
            # "You will not use the Services to develop a competing model": a use restriction on
            # the side that receives the service, no promise about its data
            attributes.pop("training")
            ctype, stance = ClauseType.acceptable_use, Stance.assigns
        if ctype == ClauseType.incident_notification and (
            wording["of_breach"].search(sentence)
            # "Where PIPEDA requires it, we will also report the incident to the Privacy
            # Commissioner" after "If we become aware of a breach of security safeguards ...": the
            # incident the clause has named
            or (
                _THE_INCIDENT.search(sentence)
                and (at := clauses.at(mc_start)) is not None
                and wording["of_breach"].search(text, at.start, cs)
            )
        ):
            # "... to notify affected individuals" after "Security Incident" earlier in a long
            # sentence: the incident is a breach, whatever window the quote keeps
            attributes["of_breach"] = True
            # (and updates on a breach are part of its notice, a duty paid for like the notice
            # itself, not a status report performed: "shall thereafter provide updates as material
            # information becomes available" about a Security Incident)
            attributes.pop("performed", None)
        # (and a right to change on notice whose notice is promised with efforts only: "We may
        # retire Model Versions at any time, but we will use reasonable endeavours to give you 30
        # days' notice")
        noticed = (
            stance == Stance.permits
            and ctype == ClauseType.unilateral_change
            and isinstance(attributes.get("notice_days"), (int, float))
        )
        if (stance == Stance.commits or noticed) and "efforts" not in attributes:
            eff = (
                next(
                    (
                        e
                        for e in wording["efforts"].finditer(sentence)
                        # "we will notify you without undue delay ... and take reasonable steps
                        # to contain it": the standard of a later duty of its own, not of this one
                        if not (
                            e.start() >= mc_end - cs
                            and _OWN_EFFORTS_VERB.search(sentence, 0, e.start())
                        )
                    ),
                    None,
                )
                if rulebook.may_read("efforts", low)
                else None
            )
            if eff:
                # "will use commercially reasonable efforts to ...": a commitment hollowed out
                # the first group that took part is the standard (the whole match if none)
                standard = next((g for g in eff.groups() if g), eff.group(0))
                attributes["efforts"] = re.sub(r"\s+", "_", standard.lower()).replace("-", "_")
                # "We will use commercially reasonable efforts to recognise and route handover
                # requests as described in Section 7.4": the standard of the duties it points to
                # (not a means named on the way: "... to remediate it, which may include a Model
                # Update under Section 4.04")
                referred = [
                    xr.target
                    for xr in structure.cross_references
                    if cs + eff.end() <= xr.start < ce
                    and xr.target
                    and _AS_DESCRIBED_IN.search(text, max(cs, xr.start - 40), xr.start)
                ]
                if referred:
                    attributes["efforts_ref"] = referred[0]
        if rulebook.may_read("except_as_provided", low) and wording["except_as_provided"].search(
            sentence
        ):
            attributes["except_as_provided"] = True
            # (not the sections a cap reaches "whether under Section 11, Section 12 or otherwise")
            reach = [(cs + m.start(), cs + m.end()) for m in WHETHER_UNDER.finditer(sentence)]
            targets = [
                xr.target
                for xr in structure.cross_references
                if cs <= xr.start < ce
                and xr.target
                and not any(a <= xr.start < b for a, b in reach)
            ]
            if targets:
                attributes["except_ref"] = targets[0]
            if "carve_outs" in rule.attributes and not _IN_ADDITION_TO.search(sentence):
                # "WITHOUT LIMITING SECTION 18.1, MOLAR WILL HAVE NO LIABILITY FOR ...": it adds
                # to 18.1, so 18.1's exceptions are not its own
                _import_carve_outs(attributes, targets, structure, text)
        if "carve_outs" in rule.attributes and structure.definitions:
            _defined_carve_outs(attributes, sentence, structure, text)
        if "notice" in rule.attributes and "changes" not in attributes and change_terms:
            # "notice before deploying any Major Release", where the definitions say what a
            # Major Release changes
            if found_changes := defined_changes(sentence, change_terms):
                attributes["changes"] = found_changes
        if negated:
            attributes["negated"] = True
        if instead_of:
            # "you, and not Zentro, are responsible for ...": who is responsible, said by naming who
            # is not; the exclusion stays (a clause that limits liability) but disclaims no area
            # (coverage.is_disclaimer): the responsibility rules read the assignment
            attributes["instead_of"] = True
        areas = list(rule.areas)
        if of_outputs_only:
            areas = [a for a in areas if a in OUTPUT_QUALITIES]
        clause = clauses.at(mc_start)
        receiver_side = (
            obligor != service_giver(kind)
            and obligor not in (PartyRole.subprocessor, PartyRole.third_party)
            and (stance == Stance.assigns or (stance == Stance.commits and obligor is not None))
        )
        if rule.areas_from_keywords or duty:
            # a short clause is read whole ("We are not liable for unauthorized use of your
            # account. You are responsible for your API keys."); a long one only in the matched
            # sentence
            # an audit or information duty is read in its own sentence ("will make available a
            # model information sheet ... is not obliged to disclose training data"), and so is
            # a duty, assignment or indemnity of the side that receives the service: "You are
            # responsible for keeping your API keys confidential" in a clause that also speaks of
            # outputs' accuracy and bias puts security on the customer, not accuracy or fairness
            scope = (
                (clause.start, clause.end)
                if clause
                and clause.end - clause.start <= _AREA_CLAUSE_CHARS
                and ctype != ClauseType.audit_rights
                and not receiver_side
                and rule.keywords_in == "clause"
                else item_span(text, *local_span(text, cs, ce, mc_start, mc_end), mc_start)
            )
            if rule.keywords_in == "promise":
                scope = promise_span(text, scope[1], mc_start, mc_end)
            elif (
                ctype == ClauseType.limitation_of_liability
                and _WITHOUT_LIABILITY.match(text, mc_start)
                and _RIGHT_BEFORE.search(text, cs, mc_start)
            ):
                # "Merlin may suspend access to the API ... immediately and without liability if
                # (b) Customer's use poses a security risk ...": a right exercised without
                # liability excludes it for what the right does (the access suspended), not for
                # the grounds it may be used on
                scope = (cs, mc_end)
            elif (
                ctype == ClauseType.limitation_of_liability
                and _WITHOUT_LIABILITY.match(text, mc_start)
                and _MODAL_JUST_BEFORE.search(text, cs, mc_start)
                and _RIGHT_AFTER.match(text, mc_end)
            ):
                # "it may without liability block the generation of Outputs, disable a Custom
                # Voice, or suspend the Customer's access ..., and may report the matter to the
                # police": the rights named after it, up to the next right of its own
                after = _NEXT_RIGHT.search(text, mc_end, ce)
                scope = (cs, after.start() if after else ce)
            elif (
                receiver_side
                # an item of a list run into its sentence points back within itself ("(c) provide
                # such materials as we request and ensure that such materials are accurate")
                and not (
                    text[scope[0] : scope[0] + 1] == "(" and _ITEM_MARK_RE.match(text, scope[0])
                )
                and clause
                and clause.end - clause.start <= _AREA_CLAUSE_CHARS
                and rule.keywords_in == "clause"
                and wording["refers_back"].search(text, scope[0], scope[1])
            ):
                # "YOU ARE SOLELY RESPONSIBLE FOR ANY IMPACT RESULTING FROM USE OF THIS FEATURE":
                # what the sentence points back to is said earlier in the clause
                scope = (clause.start, scope[1])
            # "BUNCHBERRY DOES NOT WARRANT THAT ANY OUTPUT WILL ... YOU ARE RESPONSIBLE FOR
            # INSPECTING ... EVERY OUTPUT": a disclaimer (or an exclusion: "Customer is
            # responsible for ... obtaining all consents ... needed under applicable law ...
            # Kittiwake is not responsible for errors in Forecasts caused by erroneous Customer
            # Data") read with its short clause is not read
            # with the duties the clause puts on the other side (the responsibility rules read
            # those); its own sentence is kept, so it is part of the key
            own = (
                (cs, ce)
                if stance in (Stance.disclaims, Stance.excludes)
                and not receiver_side
                and clause is not None
                and scope == (clause.start, clause.end)
                else None
            )
            # "This warranty ... does not extend to Agent Output, to the decisions the Agent
            # makes": what a promise is kept off names no area it reaches
            whole_clause = clause is not None and scope == (clause.start, clause.end)
            kept_off = stance == Stance.commits and whole_clause
            # the provider's own promise takes no area from the people it names alone (an
            # indemnity against their claims does: `AreaDefinition.people`)
            promise = (
                stance == Stance.commits
                # (each party's promise is the provider's too: "The parties will co-operate to
                # ensure that affected Candidates are notified")
                and (obligor == service_giver(kind) or bool(attributes.get("mutual")))
                and ctype != ClauseType.indemnification
            )
            key = (scope, own, kept_off, promise)
            if key not in area_cache:
                span = text[scope[0] : scope[1]]
                if own is not None:
                    span = _without_receiver_duties(span, cs - scope[0], ce - scope[0])
                if kept_off:
                    # (the outputs by the document's own name too: "does not extend to ... any
                    # Candidate Flag")
                    span = _without_kept_off(named_outputs(span), wording["not_outputs"])
                    # ... and what it is said not to require ("Tattler is not required to
                    # disclose its weights, training data or source code")
                    span = _without_kept_off(span, wording["no_further_duty"])
                found = rulebook.areas_in(area_words(span), promise or own is not None)
                own_words = area_words(text[cs:ce]) if own is not None else ""
                if own is not None and stance == Stance.disclaims:
                    # "The availability stated in § 5 (1) is ... not a guarantee": a disclaimer
                    # whose own sentence names areas disclaims those, not the clause's others
                    found = rulebook.areas_in(own_words, True) or found
                if own is not None and not promise:
                    # the people an area protects lend it to an exclusion only where its own
                    # sentence names them ("Telling End Users they are chatting with AI" over
                    # "... does not make Heron responsible for whether your disclosure is
                    # sufficient" names no harm done to them)
                    found += [a for a in rulebook.areas_in(own_words) if a not in found]
                area_cache[key] = found
            found_areas = area_cache[key]
            if (
                promise
                and not found_areas
                and (prev := _sentence_before(sents, si, clauses, cs)) is not None
                and wording["refers_back"].search(sentence)
                # (not "notify Customer before such suspension": an action taken up, whose grounds
                # the sentence before lists, is what the notice is of, not those grounds)
                and not _BACK_TO_ACTION.search(sentence)
            ):
                # "If a Conversation suggests a risk of serious harm to you or anyone else, the
                # Assistant will create a Support Flag. We will take reasonable steps to make sure
                # that such a Support Flag reaches our duty officer within one hour": a promise
                # that names no area of its own reaches what it points back to
                found_areas = rulebook.areas_in(area_words(text[prev[0] : prev[1]]), True)
            if clause is not None and is_lead_in(sentence):
                # a lead-in is read with the list it introduces ("solely responsible for: (a) ...")
                items = list_read(clause, ce)
                if kept_off:
                    items = _without_kept_off(named_outputs(items), wording["not_outputs"])
                found_areas = found_areas + rulebook.areas_in(area_words(items), promise)
            if (
                receiver_side
                and clause is not None
                and rule.keywords_in == "clause"
                and not found_areas
            ):
                # a duty read in its sentence that names no area of its own takes the topic its
                # headings name ("7. Data Protection / 7.1 Customer is responsible for having a
                # lawful basis for the processing"); one that names its own ("3. Your Information /
                # 3.1 You are responsible for ensuring that what you submit is accurate") does not
                headings = " ".join(h for h in _headings(clause, clause_by_id) if h)
                if headings:
                    found_areas = found_areas + rulebook.areas_in(area_words(headings))
            if rule.keyword_areas:
                found_areas = [a for a in found_areas if a in rule.keyword_areas]
            areas += [a for a in found_areas if a not in areas]

        short = (
            text[clause.start : clause.end]
            if clause and clause.end - clause.start <= _AREA_CLAUSE_CHARS
            else sentence
        )
        if ctype == ClauseType.audit_rights and wording["testing_right"].search(sentence):
            attributes["testing"] = True  # testing the system itself: control over every AI area
        if ctype == ClauseType.audit_rights and wording["information_only"].search(short):
            attributes["information_only"] = True
        if ctype == ClauseType.audit_rights and wording["security_audit"].search(short):
            # a SOC 2 / ISO 27001 report reaches security and privacy, not the AI system's workings
            areas = [a for a in areas if a != "transparency"]
            areas += [a for a in ("security", "privacy") if a not in areas]
        if ctype == ClauseType.acceptable_use and rule.type == ClauseType.data_use:
            areas = []  # the use restriction read above speaks to no area of its own
        if (
            ctype == ClauseType.limitation_of_liability
            and stance == Stance.excludes
            and attributes.get("excluded_damages")
        ):
            # "not liable for any personal injury, or for indirect or consequential damages": a
            # damages exclusion that also names heads of loss by area excludes those areas; read in
            # its own sentence, not the clause (the cap beside it names nothing)
            # the heads of loss come before the cause ("... arising from your use of or reliance
            # on the Service" says where the excluded damages come from, not what is excluded)
            span = local_span(text, cs, ce, mc_start, mc_end)
            # and the theories of liability ("whether in contract, tort, breach of statutory duty
            # or otherwise") are no heads of loss either
            # (a loss "arising from the other party's liability towards third parties" is a head of
            # loss of its own: what third parties claim, read as harm they suffered)
            excluded = _THIRD_PARTY_LOSS.sub(
                " loss suffered by third parties", text[span[0] : span[1]]
            )
            heads = _heads_of_loss(excluded)
            # (an inline list's item too: "for any: (a) loss of profits; ... (c) loss or damage
            # arising from any decision about a pupil"; an item that is only a cause, "(iii) any
            # unauthorized access", after "... resulting from:", is no head of loss)
            heads += " " + " ".join(
                _heads_of_loss(part) for part in excluded.split(";")[1:] if _generic_head(part)
            )
            # (and the items of a list parted by commas: "..., damage due to business
            # interruption, damage resulting from reliance on Output, and damage resulting from
            # claims of Customer's clients")
            heads += " " + " ".join(
                _heads_of_loss(part) for part in _comma_items(excluded)[1:] if _generic_head(part)
            )
            if clause is not None and is_lead_in(sentence):
                # "we're not liable for:" over "(a) burglary ... or damage to property; (b) injury
                # to, or the death of, any person ...": the heads of loss are the items
                items = _THIRD_PARTY_LOSS.sub(
                    " loss suffered by third parties", list_read(clause, ce)
                )
                heads += " " + " ".join(_heads_of_loss(item) for item in items.split(";"))
            named = rulebook.areas_in(area_words(heads))
            if named:
                attributes["names_areas"] = named
        clause_id = clause.id if clause else "document"
        n = counters.get((clause_id, rule.id), 0)
        counters[(clause_id, rule.id)] = n + 1
        lead = len(sentence) - len(sentence.lstrip())
        trail = len(sentence) - len(sentence.rstrip())
        out.append(
            Provision(
                id=f"{document.id}:{clause_id}:{rule.id}:{n}",
                document_id=document.id,
                clause_id=clause_id,
                type=ctype,
                obligor=obligor,
                beneficiary=beneficiary,
                stance=stance,
                areas=areas,
                attributes=attributes,
                rule=rule.id,
                start=cs + lead,
                end=ce - trail,
                quote=_quote(quoted, cs, ce, mc_start)
                if quoting is None
                else _quote(quoting[0], *map(quoting[1], (cs, ce, mc_start))),
                explanation=f"rule {rule.id} matched "
                + repr(
                    text[mc_start:mc_end]
                    if quoting is None
                    else _straight(quoting[0][quoting[1](mc_start) : quoting[1](mc_end)])
                )
                + (" (negated)" if negated else ""),
            )
        )
    return _confidentiality_without_data(
        _without_summaries(_without_fallbacks(out, rulebook), structure, text, wording),
        text,
        wording,
    )


def _confidentiality_without_data(
    found: list[Provision], text: str, wording: dict[str, Any]
) -> list[Provision]:
    """Confidentiality duties that say nothing about privacy: where the document keeps the
    customer's data out of its confidentiality clause ("Customer Data is governed by Sections 9
    and 10 rather than by this Section 8"), keeping Confidential Information secret is no promise
    about that data, and privacy is read from the data-protection sections alone."""
    duties = {id(p) for p in found if p.attributes.get("confidentiality") and "privacy" in p.areas}
    if not duties or not wording["data_outside_confidentiality"].search(text):
        return found
    return [
        p.model_copy(update={"areas": [a for a in p.areas if a != "privacy"]})
        if id(p) in duties
        else p
        for p in found
    ]


#: how far into a clause its words about itself are looked for
_SUMMARY_HEAD = 800
#: a clause this short may be a summary even where it is a quarter of the document or more
_SUMMARY_MAX_CHARS = 3000


def _without_summaries(
    found: list[Provision], structure: DocumentStructure, text: str, wording: dict[str, Any]
) -> list[Provision]:
    """The provisions outside a section that says it is a summary outside the contract ("This
    short summary ... is not part of our contract with you"): such a section binds no one, and
    the numbered sections it points to say the same things with force. A clause holding a
    quarter of a long document or more is never taken for one."""
    if not found or not wording["summary_not_binding"].search(text):
        return found
    spans = [
        (c.start, c.end)
        for c in structure.clauses
        if c.end - c.start < max(len(text) // 4, _SUMMARY_MAX_CHARS)
        and wording["summary_not_binding"].search(
            text, c.start, min(c.end, c.start + _SUMMARY_HEAD)
        )
    ]
    if not spans:
        return found
    return [p for p in found if not any(a <= p.start < b for a, b in spans)]


def _outputs_kept_out(
    clause: Clause,
    by_id: Mapping[str, Clause],
    structure: DocumentStructure,
    text: str,
    wording: dict[str, Any],
    named: Callable[[str], str],
    index: _ClauseIndex,
) -> bool:
    """Whether a sentence elsewhere keeps the outputs out of the warranty in `clause` by citing it
    or a clause above it ("The warranty in Section 14.1(a) ... does not extend to the content of
    any Output"), the outputs by the document's own name for them (`named`)."""
    held: set[str] = set()
    c: Clause | None = clause
    while c is not None and c.id not in held:
        held.add(c.id)
        c = by_id.get(c.parent) if c.parent else None
    for xr in structure.cross_references:
        if xr.target in held and not (clause.start <= xr.start < clause.end):
            end = text.find(". ", xr.end, xr.end + 300)
            if wording["not_outputs"].search(
                named(text[xr.end : end if end > 0 else xr.end + 300])
            ):
                return True
    # "warrants that: (a) the Service will perform materially as described ...; and (b) ... . \n\n
    # This warranty does not extend to the accuracy of any Output": a paragraph closing the list
    # (run on in its last item's text) keeps the outputs off every item
    tail = _list_closing(clause, by_id, index, text)
    return bool(tail) and wording["not_outputs"].search(named(tail)) is not None


def _list_closing(
    clause: Clause, by_id: Mapping[str, Clause], index: _ClauseIndex, text: str
) -> str:
    """The paragraph after the last item of the list `clause` is an item of, where one follows it
    within that item's text ("" for a clause that is no list item). Found once per list (the
    index keeps it), so a list of thousands of promised items is read in linear time."""
    parent = by_id.get(clause.parent) if clause.parent else None
    if parent is None or not (clause.number or "").endswith(")"):
        return ""
    if parent.id not in index.closings:
        index.closings[parent.id] = _find_list_closing(clause, parent, index, text)
    return index.closings[parent.id]


def _find_list_closing(clause: Clause, parent: Clause, index: _ClauseIndex, text: str) -> str:
    held = {parent.id}
    last = clause
    at = bisect_right(index.starts, clause.start) - 1
    for k in itertools.islice(index.clauses, max(0, at), None):
        if k.parent not in held:
            break
        held.add(k.id)
        if k.parent == parent.id:
            last = k
    body = text[last.start : last.end]
    cut = body.find("\n\n")
    return body[cut:] if cut != -1 else ""


_ADDS_OWN = re.compile(r"\bin addition\b|\balso\b|\badditionally\b", re.IGNORECASE)


def _statute_speaks(
    rule: Rule,
    stance: Stance,
    statute: re.Pattern[str],
    text: str,
    sents: list[tuple[int, int, int, int]],
    si: int,
    clauses: _ClauseIndex,
    cs: int,
    at: int,
) -> bool:
    """Whether a warranty or service level restates what a statute gives (`statute_speaks`,
    read in its sentence from `cs` up to the match at `at`, and in the sentence before it in
    the same clause)."""
    if stance != Stance.commits or rule.type not in (ClauseType.warranty, ClauseType.sla):
        return False
    if _ADDS_OWN.search(text, cs, at):
        return False
    if statute.search(text, cs, at):
        return True
    prev = _sentence_before(sents, si, clauses, cs)
    if prev is None:
        return False
    # "Nothing in these Terms affects your legal rights under the Consumer Rights Act 2015. In
    # summary, digital content must be as described, ...": a summary of the rights just named
    return bool(statute.search(text, *prev)) or (
        _SUMMARY_OPEN.match(text, cs, at) is not None
        and _RIGHTS_NAMED.search(text, *prev) is not None
    )


#: a sentence that opens as a summary of what was just said
_SUMMARY_OPEN = re.compile(
    r"\s*(?:in\s+summary|in\s+short|in\s+brief|briefly|put\s+simply|in\s+particular)\b",
    re.IGNORECASE,
)
#: a sentence naming the reader's rights under the law
_RIGHTS_NAMED = re.compile(
    r"\b(?:legal|statutory|consumer)\s+rights\b|\brights\s+under\s+(?:the\s+)?[^.;]{0,60}?"
    r"\b(?:act|law|laws|legislation|regulations?)\b",
    re.IGNORECASE,
)


def _sentence_before(
    sents: list[tuple[int, int, int, int]], si: int, clauses: _ClauseIndex, cs: int
) -> tuple[int, int] | None:
    """The span of the sentence before sentence `si` (starting at `cs`) when it is in the same
    clause: the one a pronoun or a "In summary:" refers back to."""
    if si == 0:
        return None
    _pts, _pte, pcs, pce = sents[si - 1]
    return (pcs, pce) if clauses.at(pcs) is clauses.at(cs) else None


def _list_items(text: str, structure: DocumentStructure, clause: Clause | None) -> str:
    """The text of the items a lead-in ending in a colon introduces: its clause's child clauses
    ("" when it has none)."""
    if clause is None:
        return ""
    return " ".join(text[c.start : c.end] for c in structure.clauses if c.parent == clause.id)


def _list_read(
    text: str, structure: DocumentStructure, clause: Clause | None, lead_end: int
) -> str:
    """What a lead-in ending in a colon (its sentence ends at `lead_end`) introduces: the child
    clauses of its clause, and the table rows and list lines after it that are no clauses of
    their own ("Sections 13.1 and 13.2 do not apply to: - our liability for failing to notify
    ...")."""
    if clause is None:
        return ""
    return _list_items(text, structure, clause) + " " + _rows_after(text, lead_end, clause.end)


def _headings(clause: Clause, by_id: Mapping[str, Clause]) -> list[str | None]:
    """A clause's heading and its parent's: the topic a sentence inside it is read under."""
    parent = by_id.get(clause.parent) if clause.parent else None
    return [clause.heading, parent.heading if parent else None]


_MODELS_WORD = re.compile(r"\bmodels?\b", re.IGNORECASE)
#: the words right before a reference that make it the place where what is promised is set out
#: ("as described in Section 7.4", "set out in clause 5")
_AS_DESCRIBED_IN = re.compile(
    r"\b(?:as\s+)?(?:described|set\s+out|set\s+forth|provided|specified|contemplated|detailed)"
    r"\s+(?:in|by|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: an action the sentence before named, taken up again ("before such suspension")
_BACK_TO_ACTION = re.compile(
    r"\b(?:such|this|that|these|those|said)\s+(?:an?\s+)?(?:suspension|suspensions|termination|"
    r"terminations|removal|removals|deletion|change|changes|action|actions|measure|measures|"
    r"restriction|restrictions|decision|decisions|modification|modifications|update|updates)\b",
    re.IGNORECASE,
)
#: the verb of a duty coordinated after another, right before its efforts standard ("..., and
#: take reasonable steps to", "and will use commercially reasonable efforts to")
_OWN_EFFORTS_VERB = re.compile(
    r"(?:\band|\bor|\bthen|;)\s+(?:(?:to|will|shall|must)\s+)?"
    r"(?:take|use|make|exercise|employ)\s+(?:all\s+)?$",
    re.IGNORECASE,
)
#: where a sentence of a clause opens: the text's start, after a stop and one or two spaces, or
#: after a line break
_SENTENCE_OPENS = r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?;:]\s\s)|(?<=\n))"
#: a sentence that puts a duty on the side receiving the service: "You are responsible for
#: inspecting every Output", "You should listen to generated audio before you publish it"
_RECEIVER_DUTY_RE = re.compile(
    # (after a condition: "Where any law requires that a person be informed ..., you are
    # responsible for making that disclosure")
    _SENTENCE_OPENS
    # (after the clause's own number: "5.4 You are solely responsible for evaluating ...")
    + r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+)?"
    + r"\s*(?:(?:where|if|when|whenever|unless|to\s+the\s+extent)\b[^.!?;]{0,300}?,\s*)?"
    + r"(?:(?:and|but|so)\s+)?(?:you|customer|the\s+customer|users?|licensee|"
    r"client|subscriber)\s+(?:alone\s+|remain\s+|are\s+(?:solely\s+|fully\s+|entirely\s+)?responsible|"
    r"is\s+(?:solely\s+|fully\s+|entirely\s+)?responsible|(?:must|should|shall|need\s+to|agree\s+to|"
    r"will\s+need\s+to|have\s+to)\b)[^.!?]*[.!?]?"
    # "Checking Outputs before they reach Pupils is your responsibility under Section 6.2."
    r"|" + _SENTENCE_OPENS + r"[^.!?]*?\b(?:is|are|remains?|rests?)\s+"
    r"(?:solely\s+|entirely\s+|wholly\s+)?(?:your|the\s+customer's|customer's)\s+(?:sole\s+|own\s+)?"
    r"responsibilit(?:y|ies)\b[^.!?]*[.!?]?"
    # "Decisions on the use of third-party code remain with the Customer." (after a clause's
    # number: "9.4 Responsibility for every ... clinical decision rests with the Licensee")
    r"|"
    + _SENTENCE_OPENS
    + r"(?:[^.!?]|\.(?=\d))*?\bdecisions?\b[^.!?]*?\b(?:remains?|rests?|lies?|stays?)\s+"
    r"(?:at\s+all\s+times\s+)?(?:solely\s+|entirely\s+|wholly\s+)?(?:with|that\s+of)\s+"
    r"(?:you|(?:the\s+)?(?:customer|licensee|client|subscriber|user))\b"
    r"[^.!?]*[.!?]?",
    re.IGNORECASE,
)


def _without_receiver_duties(span: str, keep_start: int, keep_end: int) -> str:
    """A clause's text with the sentences that put a duty on the receiving side blanked, except
    the sentence at keep_start..keep_end (the provision's own)."""
    out = span
    for m in _RECEIVER_DUTY_RE.finditer(span):
        if m.start() < keep_end and keep_start < m.end():
            continue
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _ancestor_headings(clause: Clause | None, by_id: Mapping[str, Clause]) -> str:
    """The headings of a clause and of every clause above it, one per line. A clause above whose
    whole text is one short line without a full stop ("8. Reporting misuse and deepfakes" over
    its subclauses) is its own heading."""
    out: list[str] = []
    first = True
    while clause is not None and len(out) < 16:
        if clause.heading:
            out.append(clause.heading)
        elif not first and len(clause.text) <= 80 and not clause.text.rstrip().endswith("."):
            out.append(clause.text)
        first = False
        clause = by_id.get(clause.parent) if clause.parent else None
    return "\n".join(out)


def _without_fallbacks(found: list[Provision], rulebook: Rulebook) -> list[Provision]:
    """A `fallback` rule's provision stands only in a sentence no other rule read (a provision's
    span is its sentence): a broad reading fills gaps and never doubles or overrides a narrow one.
    A rule that `yields_to` some types stands only in a sentence no other rule read as one of
    them."""
    fallback, yields_to = rulebook.fallback_ids, rulebook.yields_to
    if not fallback and not yields_to:
        return found
    solid = {(p.start, p.end) for p in found if p.rule not in fallback}
    # "Company may, at its expense, audit Distributor's records to verify the royalties": a
    # rule that `yields_to` a type stands only where no other rule read that type in the sentence
    by_others = {
        (p.start, p.end, p.type)
        for p in found
        if p.rule not in yields_to and p.rule not in fallback
    }
    return [
        p
        for p in found
        if (p.rule not in fallback or (p.start, p.end) not in solid)
        and not any((p.start, p.end, t) in by_others for t in yields_to.get(p.rule, ()))
    ]


def _tells_us(
    text: str, at: int, mentions: list[_Mention], us: PartyRole, reading: re.Pattern[str]
) -> bool:
    """Whether the words at `at` tell the reader to notify "us" ("notify us of any breach"), or
    the party "us" stands for by its name ("notify Zentro of any breach")."""
    if reading.match(text, at):
        return True
    named = next((x for x in mentions if x.role == us and at < x.start <= at + 40), None)
    if named is None or text[named.end : named.end + 2] in ("'s", "\u2019s"):
        return False  # "notify Zentro's customers": the name owns the object
    probe = text[at : named.start] + "us"
    m = reading.match(probe)
    return m is not None and m.end() == len(probe)


def _us_role(kind: DocumentKind) -> PartyRole:
    """Who "us" is: the deployer in its end-user terms, the provider elsewhere."""
    return PartyRole.customer if kind == DocumentKind.end_user_terms else PartyRole.provider


def _defined_carve_outs(
    attributes: dict[str, Any], sentence: str, structure: DocumentStructure, text: str
) -> None:
    """'EXCEPT FOR EXCLUDED CLAIMS, ...' with '"Excluded Claims" means a party's indemnification
    obligations under Section 10, a breach of Section 8 ...' elsewhere: the exceptions the defined
    term lists are this cap's carve-outs ('means:' over a list: the list, its clause's items)."""
    cue = _EXCEPT_TERM_RE.search(sentence)
    if not cue:
        return
    tail = sentence[cue.end() : cue.end() + 80].lower()
    found = [
        d
        for d in structure.definitions
        if len(d.term.strip()) >= 4 and tail.startswith(d.term.strip().lower())
    ]
    if not found:
        return
    by_id = {c.id: c for c in structure.clauses}
    readings = []
    for d in found:
        meaning = d.definition
        clause = by_id.get(d.clause_id or "")
        if meaning.rstrip().endswith(":") and clause is not None:
            # the list below the colon, in the clause and the items under it (from the term on:
            # the clause's offsets are the text's)
            body = text[clause.start : clause.end]
            body = body[max(0, body.find(d.term)) :]
            meaning = body + " " + _list_items(text, structure, clause)
        readings.append(("except " + meaning, meaning))
    _add_carve_outs(attributes, readings)


_FIRST_ITEM = re.compile(r"(?:^|\s)\(?(?:a|i|1)\)\s")

_IN_ADDITION_TO = re.compile(r"\bwithout\s+(?:limiting|prejudice\s+to)\b", re.IGNORECASE)

_EXCEPT_TERM_RE = re.compile(
    r"\b(?:except|excluding|other than)\s+(?:for\s+|with\s+respect\s+to\s+|in\s+the\s+case\s+of\s+)?"
    r"(?:any\s+|the\s+|an?\s+)?",
    re.IGNORECASE,
)


def _import_carve_outs(
    attributes: dict[str, Any], targets: list[str], structure: DocumentStructure, text: str
) -> None:
    """'Except as provided in Section 12.3': the exceptions that section states are this cap's carve-outs."""
    by_id = {c.id: c for c in structure.clauses}
    bodies = [
        " ".join(
            [text[c.start : c.end]]
            + [text[k.start : k.end] for k in structure.clauses if k.parent == c.id]
        )
        for c in (by_id.get(t) for t in targets)
        if c is not None
    ]
    # each sentence on its own ("Nothing in this Agreement excludes ... any guarantee under the
    # ACL. Clauses 12 and 14 are subject to this clause 13.": the second names no carve-out)
    _add_carve_outs(
        attributes,
        [(sentence, body) for body in bodies for sentence in _BODY_SENTENCE_RE.split(body)],
    )


#: where a sentence of a clause's text ends, as far as reading its carve-outs goes
_BODY_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+(?=[\"“(]?[A-Z])")


def _add_carve_outs(attributes: dict[str, Any], sources: list[tuple[str, str]]) -> None:
    """The carve-outs the `carve_outs` reader finds in each (sentence, clause) of `sources`,
    added to the provision's own, each once and in order."""
    found = list(attributes.get("carve_outs") or [])
    for sentence, clause in sources:
        for v in EXTRACTORS["carve_outs"](sentence, clause).get("carve_outs", []):
            if v not in found:
                found.append(v)
    if found:
        attributes["carve_outs"] = found


def _after_acknowledgement(
    ack: re.Pattern[str],
    sentence: str,
    offset: int,
    m_start: int,
    stance: Stance,
    mentions: list[_Mention],
) -> int:
    """Where the match's subject may start: after the last "you acknowledge and agree that"
    before it, when the words after "that" name a party ("you agree that we may suspend") or
    deny a liability or warranty ("YOU AGREE THAT THE COMPANY PARTIES ARE NOT LIABLE": the one
    who acknowledges is not the one excluded). A promise with no party after "that" ("you agree
    that a human will check every Output") binds the one who agrees."""
    floor = offset
    for m in ack.finditer(sentence, 0, max(0, m_start - offset)):
        if not _BACK_REFERENCE.match(sentence, m.end()):
            floor = offset + m.end()
    if floor > offset:
        # "YOU AGREE THAT YOUR USE ... IS AT YOUR SOLE RISK AND THAT THE SERVICES ARE PROVIDED AS
        # IS": a second "that" the same verb governs opens a complement of its own
        for m in _AND_THAT.finditer(sentence, floor - offset, max(0, m_start - offset)):
            if not _BACK_REFERENCE.match(sentence, m.end()):
                floor = offset + m.end()
    if floor == offset or stance in (Stance.excludes, Stance.disclaims):
        return floor
    return floor if any(floor <= x.start < m_start for x in mentions) else offset


#: a list item's label: "(a) ", "(iv) ", "b) ", "2. ", "* ", "• "
_LABEL = r"(?:" + _ITEM_MARK + r"|(?:[a-z]|\d{1,3})[.)]|[*•-])\s+"
#: a list item's opening: its label, after the lead-in's colon or the item before it
_ITEM_OPENS = re.compile(r"(?:^|[:;,]\s*(?:(?:and|or)\s+)?)\s*" + _LABEL, re.IGNORECASE)
#: a lead-in's colon with the first item's label after it, inside one sentence
_LIST_OPENS = re.compile(r":\s*" + _LABEL, re.IGNORECASE)
#: a word that opens a clause with a subject of its own, right before a party named in an item
_OPENS_CLAUSE = re.compile(
    r"\b(?:if|where|when|whenever|unless|once|until|after|before|because|while|whether)\s+$",
    re.IGNORECASE,
)

#: what comes before a list label in an item's opening: the punctuation and "and" / "or"
_BEFORE_LABEL = re.compile(r"^[:;,]?\s*(?:(?:and|or)\s+)?", re.IGNORECASE)


def _label(opening: str) -> tuple[tuple[str, str], int]:
    """The series a list label belongs to and its place in it. The series is the label's
    brackets and the kind of its number: "(b)" and "(c)" are of one series, "(ii)" of another,
    "2." of a third. A single "i", "v" or "x" is taken to be Roman (the first item of a Roman
    list), so the ninth item of a lettered list is of no series found. A bullet's place is 0."""
    label = _BEFORE_LABEL.sub("", opening.strip()).strip().lower()
    mark = label.strip("().").strip()
    brackets = re.sub(r"\w+", "", label)
    if mark.isdigit():
        return (brackets, "digit"), int(mark)
    roman = roman_value(mark)
    if roman is not None:
        return (brackets, "roman"), roman
    if mark.isalpha():
        return (brackets, "letter"), ord(mark[0]) - ord("a") + 1
    return (brackets, mark), 0


def _earlier_sibling(
    below: tuple[tuple[str, str], int] | None, line: str
) -> tuple[bool, tuple[tuple[str, str], int] | None]:
    """Whether `line`, read upwards from a list item, is the item right before `below` (the
    label of the nearest item of the list below it) that is a lead-in of its own ("(a) the
    Guarantor shall:" above "(i) ...;" "(ii) ...;" "(b) pay the fees"): the lead-in of a list
    inside the list, not the one the item goes on from. A lead-in that does not come next in
    the count ("5. You will not:" above a list that counts again from "1.") is none. Also the
    label to compare the next line up with: the line's own when it is of the same list."""
    other = _ITEM_OPENS.match(line)
    if below is None or other is None:
        return False, below
    label = _label(other.group())
    if label[0] != below[0]:
        return False, below
    return line.endswith(":") and label[1] == below[1] - 1 > 0, label


def _lead_colon(sentence: str, colons: list[re.Match[str]], at: int) -> re.Match[str]:
    """The colon whose list the item at `at` belongs to, in a sentence that runs lists into
    each other ("You shall: (a) ensure that the Guarantor shall: (i) ...; (ii) ...; (b) pay the
    fees"): the last one whose first label is of the item's own series ("(a)" for "(b)"), so an
    item after a list inside the list goes back to the outer lead-in. The last colon when none
    is (an item whose label says nothing, "-", or a list numbered past "(h)")."""
    opens = list(_ITEM_OPENS.finditer(sentence, colons[0].start(), at))
    if opens:
        series = _label(max(opens, key=lambda m: m.end()).group())[0]
        for colon in reversed(colons):
            if _label(colon.group()[1:])[0] == series:
                return colon
    return colons[-1]


#: a line of a table or list: "| Face Match | False Match Rate | ... |", "- (a) ...", "• ..."
_ROW_LINE = re.compile(r"^[ \t]*(?:\||[-*•]\s|\(?[a-z0-9]{1,4}\)\s)", re.MULTILINE)


def _rows_after(text: str, start: int, end: int) -> str:
    """The table rows and list lines of a clause after its lead-in ("meets the following
    figures:" over a table of error rates), where they are no clauses of their own."""
    rest = text[start:end]
    return " ".join(
        rest[m.start() : (rest.find("\n", m.start()) + 1 or len(rest))]
        for m in _ROW_LINE.finditer(rest)
    )


def _read_as(
    cache: dict[tuple[int, int], str],
    key: tuple[int, int],
    sentence: str,
    terms: re.Pattern[str],
    word: str,
) -> str:
    """`sentence` lower-cased with the document's own names read as `word`, once per sentence:
    the customer's name before its data as "customer " (`customer_data_terms`), the names of its
    outputs as "outputs" (`output_terms`)."""
    if key not in cache:
        cache[key] = terms.sub(word, sentence).lower()
    return cache[key]


def _list_lead_subject(
    text: str,
    cs: int,
    ce: int,
    clause: Clause | None,
    clause_by_id: Mapping[str, Clause],
    reader: _PartyReader,
    ack: re.Pattern[str],
    stance: Stance,
    mentions: list[_Mention],
    m_start: int,
    m_end: int,
) -> tuple[_Mention, str] | None:
    """The subject of the lead-in a list item goes on from, and the lead-in, when the match lies
    in a list item that names no subject of its own ("You shall: (a) pay the fees; (b) provide
    such materials as we may reasonably request and ensure that they are accurate": the customer
    ensures; "We will: (a) ...; (b) notify you of any incident": the provider notifies).

    The lead-in is the sentence's part before a colon that a list label follows, or, where the
    sentence splitter made the item a sentence of its own, the end of the item clause's parent or
    the line before the list's items, when it ends with ":". Its subject is read as that
    of a match at the colon ("You shall not (and shall not allow anyone to):", "Each party
    shall:"). An item whose own words name a subject before a verb ("(b) we will delete ..."), or
    open with a party, keeps it."""
    # "6. access the Services ...": the splitter starts an item's sentence after its number or
    # bullet; the item is read with them
    line_start = text.rfind("\n", 0, cs) + 1
    if line_start < cs and _ITEM_OPENS.fullmatch(text[line_start:cs].strip() + " "):
        cs = line_start + len(text[line_start:cs]) - len(text[line_start:cs].lstrip())
    sentence = text[cs:ce]
    at = m_start - cs
    lead, lead_at, item = "", 0, -1
    colons = list(_LIST_OPENS.finditer(sentence, 0, at))
    if colons:
        colon = _lead_colon(sentence, colons, at)
        lead, lead_at = sentence[: colon.start() + 1], cs
        item = max(m.end() for m in _ITEM_OPENS.finditer(sentence, colon.start(), at))
    else:
        opening = _ITEM_OPENS.match(sentence.lstrip())
        item = len(sentence) - len(sentence.lstrip()) + (opening.end() if opening else 0)
        if not opening and not sentence[item : item + 1].islower():
            return None  # "The Services may be inaccurate.": a sentence of its own, no item
        if (
            clause is not None
            and clause.parent in clause_by_id
            and not text[clause.start : cs].strip()
        ):
            parent = clause_by_id[clause.parent]
            above = text[parent.start : min(parent.end, clause.start)].rstrip()
            if above.endswith(":"):
                cut = max(above.rfind("\n"), above.rfind(". ")) + 1
                lead, lead_at = above[cut:], parent.start + cut
        # else the lines before: items of the same list, back to the line that ends on ":" (read
        # in the text: a lead-in no rule matches is in no sentence the matcher read)
        end, items = cs, 0
        # the label of the item nearest above of the item's own list ("(b)" at first)
        below = _label(opening.group()) if opening else None
        for piece in reversed(text[max(0, cs - 3000) : cs].split("\n")) if not lead else ():
            line, end = piece.strip(), end - len(piece) - 1
            sibling, below = _earlier_sibling(below, line)
            if line.endswith(":") and not sibling:
                cut = piece.rfind(". ") + 1
                lead, lead_at = piece[cut:], end + 1 + cut
                break
            if line and not (
                opening
                and _ITEM_OPENS.match(line)
                and (ITEM_GOES_ON.search(line) or sibling)
                and items < 20
            ):
                break
            items += bool(line)
    if not lead:
        return None
    floor = cs + item
    for x in mentions:
        if x.start >= m_end or x.start < floor or x.after_prep or x.owns:
            continue
        if _SUBORDINATE_BEFORE.search(sentence, max(0, x.start - cs - 12), x.start - cs):
            continue  # "as we may reasonably request": the subject of a clause inside the item
        if x.before_verb or not text[floor : x.start].strip():
            return None  # "(b) we will delete ...", "(c) Customer ...": the item's own subject
        if _OPENS_CLAUSE.search(text, floor, x.start) and "," not in text[x.end : m_start]:
            return None  # "(b) if We did not ensure that ...": the match is in the "if" clause
    colon_at = lead_at + len(lead.rstrip()) - 1
    lead_mentions = reader.mentions(lead, lead_at)
    subj = _subject(
        lead_mentions,
        colon_at,
        colon_at,
        lead,
        lead_at,
        _after_acknowledgement(ack, lead, lead_at, colon_at, stance, lead_mentions),
    )
    return (subj, lead) if subj is not None else None


#: "Each party agrees that it will ...", "Customer acknowledges that it is responsible": the words
#: after "that" speak of the one who acknowledges
_BACK_REFERENCE = re.compile(r"\s+(?:it|they|he|she|such party|each)\b", re.IGNORECASE)
#: a further complement of the verb of acknowledgement: "... agree that X, and that Y"
_AND_THAT = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+that\b", re.IGNORECASE)


#: a possessive pronoun that points back to a party named before it ("at its own risk")
_OWN_PRONOUN = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)


def _parties(
    sentence: str,
    offset: int,
    floor: int,
    obligor_how: str,
    beneficiary_how: str,
    mentions: list[_Mention],
    m_start: int,
    m_end: int,
    kind: DocumentKind,
    attributes: dict[str, Any],
    lead: _Mention | None = None,
) -> tuple[PartyRole | None, PartyRole | None]:
    """The obligor and beneficiary of a match, as its rule says to read them; `lead` is the
    subject of a list's lead-in the match's item goes on from (`_list_lead_subject`)."""
    obligor: PartyRole | None = None
    if obligor_how == "subject":
        subj = lead or _subject(mentions, m_start, m_end, sentence, offset, floor)
        if subj is not None and subj.mutual:
            attributes["mutual"] = True
            return None, None
        obligor = subj.role if subj else None
    elif obligor_how == "object":
        obligor = _object(mentions, m_start, None)
        if not any(m_start <= x.start < m_end for x in mentions) and _OWN_PRONOUN.search(
            sentence, max(0, m_start - offset), max(0, m_end - offset)
        ):
            # "As Customer uses the Service at its own risk, we ...": the pronoun inside the
            # match points back to the party before it, not on to the next one named
            subj = _subject(mentions, m_start, m_end, sentence, offset, floor)
            obligor = subj.role if subj is not None and not subj.mutual else obligor
    elif obligor_how != "none" and obligor_how != "counterparty":
        obligor = PartyRole(obligor_how)

    beneficiary: PartyRole | None = None
    if beneficiary_how == "object":
        beneficiary = _object(mentions, m_start, obligor) or counterparty(obligor, kind)
    elif beneficiary_how == "counterparty":
        beneficiary = counterparty(obligor, kind)
    elif beneficiary_how == "subject":
        subj = lead or _subject(mentions, m_start, m_end, sentence, offset, floor)
        beneficiary = subj.role if subj else None
    elif beneficiary_how != "none":
        beneficiary = PartyRole(beneficiary_how)
    if obligor_how == "counterparty":
        obligor = counterparty(beneficiary, kind)
    return obligor, beneficiary


class ExampleResult(BaseModel):
    """One rule example run through the classifier: did it match as the rule says it should?"""

    rule: str
    source: str
    text: str
    should_match: bool
    matched: bool

    @property
    def ok(self) -> bool:
        return self.matched == self.should_match


def check_examples(rulebook: Rulebook) -> list[ExampleResult]:
    """Run every rule's `examples` through `classify`; one result per example."""
    results = []
    structure = DocumentStructure()
    for rule in rulebook.rules:
        cases = [(t, True) for t in rule.examples.match] + [
            (t, False) for t in rule.examples.no_match
        ]
        for i, (t, should) in enumerate(cases):
            doc = Document(id=f"example-{i}", path="<example>", text=t)
            found = any(p.rule == rule.id for p in classify(doc, structure, rulebook))
            results.append(
                ExampleResult(
                    rule=rule.id, source=rule.source, text=t, should_match=should, matched=found
                )
            )
    return results
