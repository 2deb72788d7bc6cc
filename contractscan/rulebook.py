"""Clause rules as data: the YAML schema, loading shipped and user rules, compiling them once.

A rule file under `rules/clauses/` holds `rules:` (a list of Rule) and optionally a file-level
`type:` that its rules inherit. Files whose name starts with `_` hold word classes (`classes:`),
named word lists a token pattern uses as `{"CLASS": "modal"}`; there is no lemmatizer in a blank
pipeline, so classes stand in for lemmas ("warrant", "warrants", "warranted").

All token patterns go into ONE Matcher and all phrases into ONE PhraseMatcher, keyed by rule id,
so a document is matched once whatever the number of rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher

from .areas import AreaDefinition, load_areas
from .attributes import EXTRACTORS
from .datafiles import RULES_DIR, read_yaml, validate
from .errors import RuleFileError
from .models import ClauseType, PartyRole, Stance

#: How a rule reads the bound party: from the sentence (`subject`: the party named before the
#: match, `object`: the first party named after it), not at all, or a fixed role.
PARTY_READINGS = {"subject", "object", "counterparty", "none"} | {r.value for r in PartyRole}


class Examples(BaseModel):
    """Sentences that must (`match`) and must not (`no_match`) produce a provision of this rule."""

    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class Negation(BaseModel):
    """What a negated match means ("does not warrant"): another type/stance, or no provision."""

    model_config = ConfigDict(extra="forbid")

    type: ClauseType | None = None
    stance: Stance | None = None
    drop: bool = False


class Rule(BaseModel):
    """One clause rule. `source` is the file it came from (set by the loader)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_.\-]*$")
    type: ClauseType
    description: str = ""
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    exclusions: list[str] = Field(default_factory=list)
    stance: Stance
    negated: Negation | None = None
    obligor: str = "subject"
    beneficiary: str = "none"
    default_obligor: PartyRole | None = None
    areas: list[str] = Field(default_factory=list)
    areas_from_keywords: bool = False
    attributes: list[str] = Field(default_factory=list)
    set: dict[str, Any] = Field(default_factory=dict)
    examples: Examples = Field(default_factory=Examples)
    source: str = ""

    @field_validator("obligor", "beneficiary")
    @classmethod
    def _party_reading(cls, v: str) -> str:
        if v not in PARTY_READINGS:
            raise ValueError(f"must be one of {sorted(PARTY_READINGS)}")
        return v

    @field_validator("attributes")
    @classmethod
    def _known_extractors(cls, v: list[str]) -> list[str]:
        unknown = [a for a in v if a not in EXTRACTORS]
        if unknown:
            raise ValueError(f"unknown attribute extractor {unknown[0]!r}; known: {sorted(EXTRACTORS)}")
        return v

    @field_validator("context", "exclusions", "phrases")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [s.lower() for s in v]

    @model_validator(mode="after")
    def _has_trigger(self) -> Rule:
        if not self.patterns and not self.phrases:
            raise ValueError("a rule needs `patterns` or `phrases`")
        return self


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: ClauseType | None = None
    rules: list[dict[str, Any]] = Field(min_length=1)


def _word_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """A regex finding any of `words` at a word start (keywords are prefixes: 'discriminat')."""
    alts = sorted({re.escape(w.lower()) for w in words if w}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + ")") if alts else None


class CompiledRule:
    """A rule plus the regexes compiled from its context words and exclusions."""

    __slots__ = ("rule", "context_re", "exclusion_re")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.context_re = _word_re(rule.context)
        self.exclusion_re = _word_re(rule.exclusions)


class Rulebook:
    """Every rule, compiled into one Matcher and one PhraseMatcher over `nlp`'s vocab. Build once."""

    def __init__(self, nlp: Language, rules: list[Rule], areas: list[AreaDefinition]) -> None:
        self.nlp = nlp
        self.rules = rules
        self.areas = areas
        self.compiled: dict[str, CompiledRule] = {r.id: CompiledRule(r) for r in rules}
        self.area_res: dict[str, re.Pattern[str]] = {
            a.id: rx for a in areas if (rx := _word_re(a.keywords)) is not None
        }
        self.matcher = Matcher(nlp.vocab)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in rules:
            if r.patterns:
                self.matcher.add(r.id, r.patterns)
            if r.phrases:
                self.phrase_matcher.add(r.id, [nlp.make_doc(p) for p in r.phrases])
        self.key_to_rule: dict[int, CompiledRule] = {
            nlp.vocab.strings[r.id]: self.compiled[r.id] for r in rules
        }

    def rule(self, rule_id: str) -> Rule:
        return self.compiled[rule_id].rule

    def areas_in(self, text: str) -> list[str]:
        """Area ids whose keywords occur in `text` (lower-cased)."""
        low = text.lower()
        return [a for a, rx in self.area_res.items() if rx.search(low)]


# --------------------------------------------------------------------------- loading


def _expand_classes(
    pattern: list[dict[str, Any]], classes: dict[str, list[str]], path: Path, rule_id: str, field: str
) -> list[dict[str, Any]]:
    out = []
    for i, tok in enumerate(pattern):
        if not isinstance(tok, dict) or "CLASS" not in tok:
            out.append(tok)
            continue
        tok = dict(tok)
        names = tok.pop("CLASS")
        words: list[str] = []
        for name in [names] if isinstance(names, str) else list(names):
            if name not in classes:
                raise RuleFileError(
                    str(path), f"unknown word class {name!r}; known: {sorted(classes)}", rule_id, f"{field}.{i}.CLASS"
                )
            words.extend(classes[name])
        tok["LOWER"] = {"IN": sorted(set(words))}
        out.append(tok)
    return out


def _has_bool(obj: Any) -> bool:
    if isinstance(obj, bool):
        return True
    if isinstance(obj, dict):
        return any(_has_bool(v) for k, v in obj.items() if k not in ("IS_SENT_START", "LIKE_NUM", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_STOP", "IS_TITLE", "IS_UPPER", "IS_LOWER", "IS_SPACE"))
    if isinstance(obj, list):
        return any(_has_bool(v) for v in obj)
    return False


def _check_patterns(rule: Rule, vocab: Any, path: Path) -> None:
    """Validate token patterns with spaCy's own schema; report the failing pattern by index."""
    for i, pat in enumerate(rule.patterns):
        probe = Matcher(vocab, validate=True)
        try:
            probe.add(rule.id, [pat])
        except (MatchPatternError, ValueError) as exc:
            detail = " ".join(line.strip() for line in str(exc).splitlines()[2:] if line.strip())
            if _has_bool(pat):
                detail += " (unquoted yes/no/on/off/true in YAML become booleans: quote them)"
            raise RuleFileError(str(path), f"invalid token pattern: {detail or exc}", rule.id, f"patterns.{i}") from None


def _rule_files(d: Path) -> list[Path]:
    clauses = d / "clauses"
    files = sorted(clauses.glob("*.yaml")) if clauses.is_dir() else []
    # a user dir may also hold rule files at its top (not areas.yaml)
    files += [p for p in sorted(d.glob("*.yaml")) if p.name != "areas.yaml" and d != RULES_DIR]
    return files


def load_classes(files: list[Path]) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = {}
    for path in files:
        data = read_yaml(path, RuleFileError)
        if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
            raise RuleFileError(str(path), "a word-class file needs a mapping under 'classes'")
        for name, words in data["classes"].items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RuleFileError(str(path), "a word class is a list of words", str(name), "classes")
            classes[str(name)] = [w.lower() for w in words]
    return classes


def load_rules(rule_dirs: list[Path] | None, nlp: Language, area_ids: set[str]) -> list[Rule]:
    """Shipped rules, then each user dir's; a user rule with a shipped rule's id replaces it."""
    dirs = [RULES_DIR, *(Path(d) for d in rule_dirs or [])]
    per_dir = []
    for d in dirs:
        if not d.is_dir():
            raise RuleFileError(str(d), "rule directory not found")
        files = _rule_files(d)
        per_dir.append(files)
    classes = load_classes([p for files in per_dir for p in files if p.name.startswith("_")])
    rules: dict[str, Rule] = {}
    for files in per_dir:
        seen: dict[str, Path] = {}
        for path in files:
            if path.name.startswith("_"):
                continue
            for rule in _load_file(path, classes, nlp, area_ids):
                if rule.id in seen:
                    raise RuleFileError(
                        str(path), f"duplicate rule id (also in {seen[rule.id].name})", rule.id, "id"
                    )
                seen[rule.id] = path
                rules.pop(rule.id, None)  # an override goes where the user put it
                rules[rule.id] = rule
    return list(rules.values())


def _load_file(path: Path, classes: dict[str, list[str]], nlp: Language, area_ids: set[str]) -> list[Rule]:
    data = read_yaml(path, RuleFileError)
    if not isinstance(data, dict):
        raise RuleFileError(str(path), "expected a mapping with a list under 'rules'")
    head = validate(_RuleFile, data, path, error=RuleFileError)
    out = []
    for i, raw in enumerate(head.rules):
        name = str(raw.get("id") or f"#{i + 1}")
        raw = dict(raw)
        if head.type and "type" not in raw:
            raw["type"] = head.type.value
        if isinstance(raw.get("patterns"), list):
            raw["patterns"] = [
                _expand_classes(p, classes, path, name, f"patterns.{j}") if isinstance(p, list) else p
                for j, p in enumerate(raw["patterns"])
            ]
        rule = validate(Rule, raw, path, item=name, error=RuleFileError)
        rule.source = str(path)
        for j, area in enumerate(rule.areas):
            if area not in area_ids:
                raise RuleFileError(str(path), f"unknown area {area!r}; known: {sorted(area_ids)}", rule.id, f"areas.{j}")
        _check_patterns(rule, nlp.vocab, path)
        out.append(rule)
    return out


def load_rulebook(rule_dirs: list[Path] | None = None, nlp: Language | None = None) -> Rulebook:
    """Shipped rules/ plus user dirs (same id overrides), validated and compiled once."""
    if nlp is None:
        from .nlp import make_nlp

        nlp = make_nlp()
    areas = load_areas(rule_dirs)
    rules = load_rules(rule_dirs, nlp, {a.id for a in areas})
    return Rulebook(nlp, rules, areas)
