"""Composes the stages for a file, a folder, a batch: extract -> structure -> classify -> set analysis.

The expensive objects (spaCy pipeline, compiled rulebook, areas, playbook) are built once in an
`Analyzer` and handed to every document; its `ReaderProcess` keeps one long-lived child for the
per-file time limit instead of a fork per file. Batches fan documents out over worker processes
in chunks of several documents; where the platform forks, workers inherit the parent's Analyzer
instead of rebuilding it. Results come back in input order whatever the scheduling, and
set-level analysis runs in the parent once all of a set's documents are back.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.util
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import __version__
from .areas import AreaDefinition, load_areas
from .classify import classify
from .contract_set import analyze_set
from .discover import DocumentSpec, SetSpec, discover
from .extract import ExtractOptions, ReaderProcess, extract
from .extract.layout import plain_characters
from .models import (
    AnalyzedDocument,
    Clause,
    ContractSet,
    Document,
    DocumentError,
    DocumentReport,
    ErrorCode,
    Page,
    Report,
    ReportSummary,
    Severity,
    Tool,
)
from .playbook import Playbook, load_playbook
from .rulebook import Rulebook, load_rulebook
from .structure import analyze_structure


class ScanOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    extract: ExtractOptions = Field(default_factory=ExtractOptions)
    rule_dirs: list[Path] = Field(default_factory=list)
    playbook: Path | None = None
    workers: int = 1  # 0 = one per core
    grouping: Literal["folder", "file"] = "folder"  # contract sets: each folder, or each file
    debug: bool = False  # let internal errors raise instead of becoming per-file errors


ProgressCallback = Callable[[DocumentSpec, AnalyzedDocument], None]


@dataclass
class Analyzer:
    """Everything built once and shared by every document of a run."""

    rulebook: Rulebook
    areas: list[AreaDefinition]
    playbook: Playbook
    options: ScanOptions
    reader: ReaderProcess = field(default_factory=ReaderProcess, repr=False, compare=False)

    @classmethod
    def build(cls, options: ScanOptions) -> Analyzer:
        areas = load_areas(options.rule_dirs or None)
        return cls(
            rulebook=load_rulebook(options.rule_dirs or None),
            areas=areas,
            playbook=load_playbook(options.playbook, area_ids={a.id for a in areas}),
            options=options,
        )

    def analyze_document(self, spec: DocumentSpec) -> AnalyzedDocument:
        opts = self.options.extract
        if spec.hints and spec.hints.password:
            opts = opts.model_copy(update={"password": spec.hints.password})
        document = extract(
            spec.path, opts, doc_id=spec.id, display_path=spec.display_path, reader=self.reader
        )
        return self.analyze_extracted(document, spec)

    def close(self) -> None:
        """Stop the reader child (a later call starts a new one)."""
        self.reader.close()

    def analyze_extracted(
        self, document: Document, spec: DocumentSpec | None = None
    ) -> AnalyzedDocument:
        if document.error is not None:
            return AnalyzedDocument(document=document)
        try:
            structure = analyze_structure(
                document, nlp=self.rulebook.nlp, hints=spec.hints if spec else None
            )
            provisions = classify(document, structure, self.rulebook)
        except Exception as exc:  # one bad document must never stop a batch
            if self.options.debug:
                raise
            error = DocumentError(
                code=ErrorCode.internal,
                message=f"analysis failed: {type(exc).__name__}: {exc}".splitlines()[0],
            )
            return AnalyzedDocument(document=document.model_copy(update={"error": error}))
        return AnalyzedDocument(document=document, structure=structure, provisions=provisions)

    def analyze_set(self, spec: SetSpec, documents: list[AnalyzedDocument]) -> ContractSet:
        readable = [d for d in documents if d.document.error is None]
        cs = analyze_set(
            spec.id,
            spec.name,
            readable,
            self.areas,
            self.playbook,
            manifest=spec.manifest,
            path=spec.folder,
        )
        return cs.model_copy(update={"documents": [d.document.id for d in documents]})


# --------------------------------------------------------------------------- worker processes

_worker_analyzer: Analyzer | None = None  # one per worker process, set by the initializer


def _init_worker(analyzer: Analyzer | None, options: ScanOptions) -> None:
    """Forked workers get the parent's Analyzer as it is; spawned ones build their own."""
    global _worker_analyzer
    _worker_analyzer = analyzer if analyzer is not None else Analyzer.build(options)
    # stop this worker's reader child when the worker exits (multiprocessing runs finalizers)
    multiprocessing.util.Finalize(_worker_analyzer, _worker_analyzer.close, exitpriority=10)


def _work(specs: list[DocumentSpec]) -> list[AnalyzedDocument]:
    assert _worker_analyzer is not None
    results = []
    for spec in specs:
        try:
            results.append(_worker_analyzer.analyze_document(spec))
        except Exception as exc:  # pragma: no cover - analyze_document already contains failures
            if _worker_analyzer.options.debug:
                raise
            results.append(_failed(spec, f"{type(exc).__name__}: {exc}"))
    return results


def _failed(spec: DocumentSpec, message: str) -> AnalyzedDocument:
    error = DocumentError(code=ErrorCode.internal, message=message.splitlines()[0])
    return AnalyzedDocument(document=Document(id=spec.id, path=spec.display_path, error=error))


def _worker_count(requested: int, jobs: int) -> int:
    cores = os.cpu_count() or 1
    n = cores if requested <= 0 else requested
    return max(1, min(n, jobs))


MAX_CHUNK = 8  # documents per task: fewer round trips, still a few tasks per worker to balance


def _chunks(specs: list[DocumentSpec], workers: int) -> list[list[DocumentSpec]]:
    """Consecutive groups of documents, about four per worker, at most MAX_CHUNK each."""
    size = max(1, min(MAX_CHUNK, len(specs) // (4 * workers)))
    return [specs[i : i + size] for i in range(0, len(specs), size)]


def _analyze_all(
    analyzer: Analyzer, specs: list[DocumentSpec], progress: ProgressCallback | None
) -> Iterator[AnalyzedDocument]:
    """Analyse documents in input order, in worker processes when asked and worth it."""
    workers = _worker_count(analyzer.options.workers, len(specs))
    if workers == 1:
        for spec in specs:
            result = analyzer.analyze_document(spec)
            if progress:
                progress(spec, result)
            yield result
        return
    # fork where it is safe (Linux; macOS' system libraries are not fork-safe): workers inherit
    # the built Analyzer. Elsewhere the platform's default start method, and workers build it.
    forking = sys.platform.startswith("linux")
    context = multiprocessing.get_context("fork" if forking else None)
    analyzer.close()  # workers must not inherit a live reader child (they start their own)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(analyzer if forking else None, analyzer.options),
    ) as pool:
        chunks = _chunks(specs, workers)
        futures: list[Future[list[AnalyzedDocument]]] = [pool.submit(_work, c) for c in chunks]
        for chunk, fut in zip(chunks, futures, strict=True):
            try:
                results = fut.result()
            except Exception as exc:  # a worker died (e.g. killed by the OS)
                if analyzer.options.debug:
                    raise
                results = [_failed(s, f"worker failed: {type(exc).__name__}: {exc}") for s in chunk]
            for spec, result in zip(chunk, results, strict=True):
                if progress:
                    progress(spec, result)
                yield result


# --------------------------------------------------------------------------- public API


def scan(
    paths: Iterable[str | os.PathLike[str]],
    options: ScanOptions | None = None,
    progress: ProgressCallback | None = None,
    analyzer: Analyzer | None = None,
) -> Report:
    """Scan files and folders; each folder's documents form one contract set (each file, with
    `options.grouping == "file"`)."""
    options = options or ScanOptions()
    own = analyzer is None
    analyzer = analyzer or Analyzer.build(options)
    sets = discover([os.fspath(p) for p in paths], options.grouping)
    specs = [d for s in sets for d in s.documents]
    try:
        results = {r.document.id: r for r in _analyze_all(analyzer, specs, progress)}
    finally:
        if own:
            analyzer.close()
    contract_sets = [analyzer.analyze_set(s, [results[d.id] for d in s.documents]) for s in sets]
    return build_report(analyzer, [results[d.id] for d in specs], contract_sets)


def analyze_text(
    text: str,
    name: str = "text",
    options: ScanOptions | None = None,
    analyzer: Analyzer | None = None,
) -> Report:
    """Analyse one contract given as text: a set of one document.

    Its line breaks are read as "\\n" (as Python's text mode reads a file), and no-break and
    other special spaces and control characters as plain spaces, one for one: offsets in
    the report are offsets into `text` once its line breaks are "\\n"."""
    options = options or ScanOptions()
    analyzer = analyzer or Analyzer.build(options)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = plain_characters(text)
    document = Document(
        id="D1",
        path=name,
        sha256=sha256,
        format="text",
        text=text,
        pages=[Page(number=1, start=0, end=len(text))],
    )
    analyzed = analyzer.analyze_extracted(document)
    spec = SetSpec(
        id="text", name=name, documents=[DocumentSpec(id="D1", path=Path(name), display_path=name)]
    )
    return build_report(analyzer, [analyzed], [analyzer.analyze_set(spec, [analyzed])])


def build_report(
    analyzer: Analyzer, documents: list[AnalyzedDocument], contract_sets: list[ContractSet]
) -> Report:
    doc_reports = [document_report(d) for d in documents]
    by_severity: dict[str, int] = {}
    for cs in contract_sets:
        for gap in cs.gaps:
            by_severity[gap.severity.value] = by_severity.get(gap.severity.value, 0) + 1
    highest = max(
        (g.severity for cs in contract_sets for g in cs.gaps), key=lambda s: s.rank, default=None
    )
    summary = ReportSummary(
        documents=len(doc_reports),
        documents_failed=sum(1 for d in doc_reports if d.error),
        contract_sets=len(contract_sets),
        clauses=sum(len(d.clauses) for d in doc_reports),
        provisions=sum(len(d.provisions) for d in documents),
        gaps=sum(len(cs.gaps) for cs in contract_sets),
        gaps_by_severity={
            s.value: by_severity[s.value] for s in reversed(Severity) if s.value in by_severity
        },
        highest_severity=highest,
    )
    opts = analyzer.options
    settings = {
        "rules": [str(d) for d in opts.rule_dirs],
        "rule_count": len(analyzer.rulebook.rules),
        "playbook": analyzer.playbook.name,
        "engine": opts.extract.engine,
        "ocr": opts.extract.ocr,
    }
    return Report(
        tool=Tool(version=__version__),
        settings=settings,
        documents=doc_reports,
        contract_sets=contract_sets,
        summary=summary,
    )


def document_report(analyzed: AnalyzedDocument) -> DocumentReport:
    """Flatten one analysed document into its JSON shape: provisions nested in their clauses."""
    doc, st = analyzed.document, analyzed.structure
    by_clause: dict[str, list] = {}
    for p in analyzed.provisions:
        by_clause.setdefault(p.clause_id, []).append(p)
    clauses: list[Clause] = []
    for c in st.clauses:
        provs = by_clause.get(c.id, [])
        types = list(dict.fromkeys(p.type for p in provs))
        clauses.append(c.model_copy(update={"provisions": provs, "types": types}))
    return DocumentReport(
        id=doc.id,
        path=doc.path,
        sha256=doc.sha256,
        format=doc.format,
        kind=st.kind if doc.error is None else None,
        kind_evidence=st.kind_evidence,
        pages=doc.pages,
        page_count=len(doc.pages) if doc.has_pages else None,
        error=doc.error,
        warnings=[*doc.warnings, *st.warnings],
        parties=st.parties,
        definitions=st.definitions,
        cross_references=st.cross_references,
        clauses=clauses,
    )
