"""The command line: click commands only, each a thin shell over the Python API.

Exit status (DESIGN 5): 0 clean, 1 gaps at or above --fail-on, 2 usage or configuration error,
3 some files could not be read (the rest are still reported; 3 wins over 1).
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

import click
from rich.console import Console

from . import __version__
from .errors import ContractScanError, DataFileError

EXIT_OK, EXIT_GAPS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
SEVERITIES = ("info", "low", "medium", "high", "critical")


def _write_output(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to a file: a report is never left half-written."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fail(message: str, debug: bool, exc: BaseException | None = None) -> None:
    if debug and exc is not None:
        traceback.print_exception(exc, file=sys.stderr)
    click.echo(f"contractscan: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _extract_options(
    engine: str,
    ocr: str,
    password: str | None,
    max_pages: int | None,
    max_size_mb: float | None,
    timeout: float | None,
):
    from .extract import ExtractOptions

    values: dict = {"engine": engine, "ocr": ocr, "password": password}
    if max_pages is not None:
        values["max_pages"] = max_pages
    if max_size_mb is not None:
        values["max_bytes"] = int(max_size_mb * 1024 * 1024)
    if timeout is not None:
        values["timeout"] = timeout if timeout > 0 else None
    return ExtractOptions(**values)


def extraction_options(f):
    """The options every command that reads files shares."""
    f = click.option(
        "--engine",
        type=click.Choice(["auto", "pdfplumber", "pdfium"]),
        default="auto",
        show_default=True,
        help="PDF text engine.",
    )(f)
    f = click.option(
        "--ocr",
        type=click.Choice(["auto", "never", "force"]),
        default="auto",
        show_default=True,
        help="OCR pages without a text layer (needs tesseract).",
    )(f)
    f = click.option("--password", default=None, help="Password for encrypted PDFs.")(f)
    f = click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=None,
        help="Refuse documents with more pages (code too_large).",
    )(f)
    f = click.option(
        "--max-size-mb",
        type=click.FloatRange(min=0.001),
        default=None,
        help="Refuse larger files (code too_large).",
    )(f)
    f = click.option(
        "--timeout",
        type=float,
        default=None,
        help="Seconds allowed to extract one file (code timeout); 0 = no limit.",
    )(f)
    f = click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="contractscan")
def cli() -> None:
    """Read a stack of AI vendor contracts and show which AI liability areas no party covers."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown", "csv", "html"]),
    default="table",
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o", "--output", default=None, help="Write the report to this file (default: stdout)."
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="Exit 1 when a gap has this severity or higher.",
)
@click.option(
    "--playbook",
    type=click.Path(dir_okay=False),
    default=None,
    help="Playbook YAML (default: rules/playbooks/default.yaml).",
)
@click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Extra rule directory (repeatable); its rules extend or override the shipped ones.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes; 0 = one per core.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress on stderr (default: when stderr is a terminal).",
)
@click.option(
    "--sets",
    "grouping",
    type=click.Choice(["folder", "file"]),
    default="folder",
    show_default=True,
    help="What forms a contract set: each folder's documents, or each file alone "
    "(a batch of unrelated vendors' terms in one folder).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour in the table (default: when stdout is a terminal).",
)
@extraction_options
def scan(
    paths,
    fmt,
    output,
    fail_on,
    playbook,
    rule_dirs,
    workers,
    progress,
    grouping,
    color,
    engine,
    ocr,
    password,
    max_pages,
    max_size_mb,
    timeout,
    debug,
) -> None:
    """Scan files and folders. Each folder's documents form one contract set."""
    from .pipeline import Analyzer, ScanOptions
    from .pipeline import scan as run_scan
    from .report import render

    for d in rule_dirs:
        if not Path(d).is_dir():
            _fail(f"--rules {d}: no such directory", debug)
    if playbook and not Path(playbook).is_file():
        _fail(f"--playbook {playbook}: no such file", debug)
    try:
        options = ScanOptions(
            extract=_extract_options(engine, ocr, password, max_pages, max_size_mb, timeout),
            rule_dirs=[Path(d) for d in rule_dirs],
            playbook=Path(playbook) if playbook else None,
            workers=workers,
            grouping=grouping,
            debug=debug,
        )
        analyzer = Analyzer.build(options)
    except DataFileError as exc:
        _fail(str(exc), debug, exc)
        return
    except ContractScanError as exc:
        _fail(str(exc), debug, exc)
        return

    err = Console(stderr=True, highlight=False)
    show_progress = err.is_terminal if progress is None else progress
    try:
        if show_progress:
            report = _scan_with_progress(run_scan, paths, options, analyzer, err)
        else:
            report = run_scan(paths, options, analyzer=analyzer)
    except DataFileError as exc:  # a broken manifest in a scanned folder
        _fail(str(exc), debug, exc)
        return

    for d in report.documents:
        if d.error:
            click.echo(f"contractscan: {d.path}: {d.error.code.value}: {d.error.message}", err=True)

    use_color = (sys.stdout.isatty() and output in (None, "-")) if color is None else color
    _write_output(render(report, fmt, color=use_color), output)

    if report.summary.documents_failed:
        sys.exit(EXIT_UNREADABLE)
    if fail_on and report.summary.highest_severity is not None:
        from .models import Severity

        if report.summary.highest_severity.rank >= Severity(fail_on).rank:
            sys.exit(EXIT_GAPS)
    sys.exit(EXIT_OK)


def _scan_with_progress(run_scan, paths, options, analyzer, console: Console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .discover import discover

    total = sum(len(s.documents) for s in discover(list(paths), options.grouping))
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("scanning", total=total)

        def advance(spec, result) -> None:
            bar.update(task, advance=1, description=f"scanning {Path(spec.display_path).name[:40]}")
            if not console.is_terminal:
                state = result.document.error.code.value if result.document.error else "ok"
                console.print(f"[{bar.tasks[0].completed}/{total}] {spec.display_path}: {state}")

        return run_scan(paths, options, progress=advance, analyzer=analyzer)


@cli.command("extract")
@click.argument("file")
@click.option("-o", "--output", default=None, help="Write the text to this file (default: stdout).")
@click.option(
    "--markers/--no-markers",
    default=True,
    show_default=True,
    help="Mark page starts with '=== page N ===' lines.",
)
@extraction_options
def extract_cmd(
    file, output, markers, engine, ocr, password, max_pages, max_size_mb, timeout, debug
) -> None:
    """Print the text extracted from FILE.

    Report offsets (`start`/`end`) are character positions in this text as printed with
    --no-markers; the default adds a marker line before each page.
    """
    from .extract import extract, format_extracted

    opts = _extract_options(engine, ocr, password, max_pages, max_size_mb, timeout)
    doc = extract(Path(file), opts, doc_id="D1", display_path=file)
    for w in doc.warnings:
        click.echo(f"contractscan: {file}: warning {w.code}: {w.message}", err=True)
    if doc.error:
        click.echo(f"contractscan: {file}: {doc.error.code.value}: {doc.error.message}", err=True)
        sys.exit(EXIT_UNREADABLE)
    _write_output(format_extracted(doc) if markers else doc.text, output)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    from .report.json import schema as json_schema

    click.echo(json_schema(), nl=False)


@cli.group()
def evaluate() -> None:
    """Measure accuracy against the labelled corpora (../shared/data by default)."""


def _default_data() -> Path:
    here = Path(__file__).resolve().parent.parent
    return Path(os.environ.get("CONTRACTSCAN_DATA", here.parent / "shared" / "data"))


def _evaluation(name: str, module: str):
    @evaluate.command(name)
    @click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Corpus folder (default: ../shared/data or $CONTRACTSCAN_DATA).",
    )
    def command(data_dir: str | None) -> None:
        import importlib

        data = Path(data_dir) if data_dir else _default_data()
        if not data.is_dir():
            _fail(f"corpus folder {data} not found (use --data)", False)
        mod = importlib.import_module(f"contractscan.evaluation.{module}")
        click.echo(mod.evaluate(data), nl=False)

    command.__doc__ = f"Evaluate {name}: precision and recall, dev and held-out separately."
    return command


_evaluation("structure", "structure")
_evaluation("clauses", "clauses")
_evaluation("stance", "stance")

try:
    from .cli_rules import rules as _rules_group
except ImportError:  # pragma: no cover - while the rules commands are being built
    _rules_group = None
if _rules_group is not None:
    cli.add_command(_rules_group)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("contractscan: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
