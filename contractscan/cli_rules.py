"""`contractscan rules list|show|test`: look at and check the clause rules without reading Python.

The main CLI mounts this group with `cli.add_command(rules)`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import yaml

from .classify import check_examples
from .errors import ContractScanError
from .prefilter import MAX_OPEN_REPEATS
from .rulebook import Rulebook, load_rulebook

_rules_dir = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A directory of extra rules (clauses/*.yaml or *.yaml); same id overrides a shipped rule.",
)


def _load(rule_dirs: tuple[Path, ...]) -> Rulebook:
    try:
        return load_rulebook(list(rule_dirs) or None)
    except ContractScanError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


@click.group("rules")
def rules() -> None:
    """List, show and test the clause rules."""


@rules.command("list")
@_rules_dir
def list_rules(rule_dirs: tuple[Path, ...]) -> None:
    """One line per rule: id, clause type, stance, examples, source file."""
    rb = _load(rule_dirs)
    width = max((len(r.id) for r in rb.rules), default=10)
    for r in sorted(rb.rules, key=lambda r: (r.type.value, r.id)):
        n = len(r.examples.match) + len(r.examples.no_match)
        click.echo(
            f"{r.id:<{width}}  {r.type.value:<26} {r.stance.value:<10} {n:>2} examples  {Path(r.source).name}"
        )
    click.echo(f"{len(rb.rules)} rules", err=True)


@rules.command("show")
@click.argument("rule_id")
@_rules_dir
def show_rule(rule_id: str, rule_dirs: tuple[Path, ...]) -> None:
    """Print one rule as YAML, with the file it comes from."""
    rb = _load(rule_dirs)
    found = [r for r in rb.rules if r.id == rule_id]
    if not found:
        close = [r.id for r in rb.rules if rule_id.split(".")[0] in r.id]
        hint = f" (did you mean: {', '.join(close[:5])})" if close else ""
        click.echo(f"error: no rule {rule_id!r}{hint}", err=True)
        sys.exit(2)
    rule = found[0]
    click.echo(f"# {rule.source}")
    data = rule.model_dump(mode="json", exclude={"source"}, exclude_defaults=True)
    data = {"id": rule.id, "type": rule.type.value, "stance": rule.stance.value, **data}
    click.echo(
        yaml.safe_dump(
            data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None
        ).rstrip()
    )


@rules.command("test")
@_rules_dir
@click.option("--verbose", "-v", is_flag=True, help="Print passing examples too.")
def test_rules(rule_dirs: tuple[Path, ...], verbose: bool) -> None:
    """Run every rule's examples; exit 1 if any example does not behave as stated."""
    rb = _load(rule_dirs)
    results = check_examples(rb)
    failed = [r for r in results if not r.ok]
    for r in results:
        if r.ok and not verbose:
            continue
        mark = "ok  " if r.ok else "FAIL"
        want = "should match" if r.should_match else "should not match"
        click.echo(f"{mark} {r.rule}: {want}: {r.text}")
    click.echo(f"{len(results) - len(failed)}/{len(results)} examples pass ({len(rb.rules)} rules)")
    for rule_id, i in rb.whole_text_patterns:
        where = f"pattern {i + 1}" if i >= 0 else "a phrase"
        click.echo(
            f"slow: {rule_id}: {where} may match white space before its last token, so no "
            "paragraph can be skipped and every text is read whole; give that token "
            "IS_SPACE: false or a word",
            err=True,
        )
    for rule_id, i, places in rb.wide_repeat_patterns:
        click.echo(
            f"slow: {rule_id}: pattern {i + 1} leaves {places} optional places for tokens that may "
            f"be almost any word (more than {MAX_OPEN_REPEATS}); spaCy's Matcher keeps every way "
            "of filling them open and its time doubles every token or two: narrow the repeat, "
            "name the words it may hold, or cut the pattern at a LOWER-only gap",
            err=True,
        )
    if failed:
        sys.exit(1)
