"""The ``batch``, ``search`` and ``calibrate`` commands (registered on the main CLI).

Module-level imports stay light (typer only): ``callcoach --help`` must not load the
analysis stack. Everything a command prints that came from a call (ids, file names,
transcript text, error messages) goes through :func:`callcoach.batch.search.clean_text`
and is printed without rich markup.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

FORMATS = ("json", "html", "md")


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Speaker(str, Enum):
    agent = "agent"
    customer = "customer"


def _err(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)


def _formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise typer.BadParameter(f"unknown format {', '.join(bad) or value!r}; choose from json,html,md",
                                 param_hint="--formats")
    return ["json"] + [f for f in formats if f != "json"]  # JSON is the contract: always written


def _workers(value: str) -> str | int:
    if value.strip().lower() == "auto":
        return "auto"
    if not value.strip().isdigit() or int(value) < 1:
        raise typer.BadParameter("must be a positive number or auto", param_hint="--workers")
    return int(value)


def batch(
    archives: List[Path] = typer.Argument(..., help="Archive folders (searched recursively) or single files."),
    out: Path = typer.Option(..., "--out", "-o", help="Batch folder: reports in calls/, ledger.sqlite, calls.csv, index.html."),
    workers: str = typer.Option("auto", "--workers", "-w", help="Worker processes (or Ray actors): a number or auto (CPUs and ~2.5 GB memory each)."),
    threads: int = typer.Option(None, "--threads-per-worker", min=1, help="Threads per worker (default: the CPUs shared between the workers)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (process pool) or ray (needs Ray: the callcoach ray extra)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (ray://host:10001 or auto); default $RAY_ADDRESS, else a local Ray."),
    metadata: Optional[Path] = typer.Option(None, "--metadata", help="CSV or JSON per call: path, call_id, agent_id, customer_name, agent_channel, queue, started_at."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Retry calls that failed in earlier runs (not quarantined ones)."),
    force: bool = typer.Option(False, "--force", help="Analyse every call again, done or quarantined."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="Analyse at most N calls this run (the rest stay pending)."),
    formats: str = typer.Option("json,html", "--formats", "-f", help="Report formats: json,html,md (JSON always)."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML config (see README; callcoach calibrate writes one)."),
    call_timeout: float = typer.Option(3600.0, "--call-timeout", min=0, help="Per-call wall-clock limit in seconds; the worker is killed past it (0: none)."),
    recycle_after: int = typer.Option(200, "--recycle-after", min=0, help="Replace each worker after N calls (0: never)."),
    max_attempts: int = typer.Option(3, "--max-attempts", min=1, help="Quarantine a call after N failed attempts."),
) -> None:
    """Analyse every call in an archive; resume where the last run stopped.

    Exit codes: 0 all calls done, 3 finished but some calls failed, 2 could not run.
    """
    from rich.console import Console

    from .runner import BatchOptions, RunError, run_batch
    from .search import clean_text

    opts = BatchOptions(archives=list(archives), out=out, workers=_workers(workers), threads=threads, engine=engine.value,
                        address=address, metadata=metadata, retry_failed=retry_failed, force=force, limit=limit,
                        formats=_formats(formats), config_file=config, call_timeout=call_timeout or None,
                        recycle_after=recycle_after or None, max_attempts=max_attempts, argv=sys.argv[1:])
    try:
        result = run_batch(opts, Console(stderr=True, highlight=False))
    except RunError as exc:
        _err(clean_text(exc))
        raise typer.Exit(2)
    for call_id, error in result.failures[:20]:
        typer.echo(f"failed: {clean_text(call_id)}: {clean_text(error)}", err=True)
    if len(result.failures) > 20:
        typer.echo(f"failed: ... and {len(result.failures) - 20} more (see {out / 'calls.csv'})", err=True)
    if result.skip_reasons:
        hints = {"failed": "failed earlier; --retry-failed retries", "done": "already done",
                 "quarantined": "quarantined; --force retries"}
        parts = [f"{n} {hints.get(k, k)}" for k, n in sorted(result.skip_reasons.items())]
        typer.echo(f"skipped: {', '.join(parts)}", err=True)
    if result.problems:
        kinds: dict[str, int] = {}
        for p in result.problems:
            kinds[p.reason] = kinds.get(p.reason, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        typer.echo(f"archive: {len(result.problems)} entries are not calls or not matched ({summary}); "
                   f"listed in {out / 'ledger.sqlite'} (table problems)", err=True)
        for p in result.problems[:5]:
            typer.echo(f"  {clean_text(p.path)}: {p.reason}", err=True)
    if result.engine_error:
        _err(clean_text(result.engine_error))
    if result.exit_code == 130:
        typer.echo("interrupted: calls in flight go back to pending; rerun to resume", err=True)
    typer.echo(f"batch: {result.done} done, {result.failed} failed, {result.skipped} skipped in "
               f"{result.seconds:.0f} s -> {out / 'index.html'}")
    raise typer.Exit(result.exit_code)


def search(
    folder: Path = typer.Argument(..., help="A batch folder (callcoach batch --out)."),
    query: str = typer.Argument(..., help='Words to find (all required); "quoted words" for a phrase.'),
    speaker: Optional[Speaker] = typer.Option(None, "--speaker", help="Only lines of the agent or the customer."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most lines to print."),
) -> None:
    """Find what was said across an archive: call, time, speaker, line and report."""
    from .search import clean_text, clock, report_link
    from .search import search as run_search

    try:
        hits = run_search(folder, query, speaker.value if speaker else None, limit)
    except FileNotFoundError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    for hit in hits:
        typer.echo(f"{clean_text(hit.call_id)}  {clock(hit.start)}  {clean_text(hit.speaker):<8}  {clean_text(hit.text)}")
        link = report_link(folder, hit)
        at = f"    {link}  at {clock(hit.start)} ({hit.start:.2f} s)"
        if link.suffix == ".html":  # the page opens at that moment
            at += f"  {link.resolve().as_uri()}#t={hit.start:.2f}"
        typer.echo(at)
    if not hits:
        typer.echo("no match", err=True)
        raise typer.Exit(1)


def calibrate(
    folder: Path = typer.Argument(..., help="A batch folder (callcoach batch --out)."),
    write: Optional[Path] = typer.Option(None, "--write", help="Write the suggested thresholds as a TOML config here."),
    queue: Optional[str] = typer.Option(None, "--queue", help="Write the suggestions of this queue (default: all calls)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Base TOML config: kept in the written file, suggestions on top."),
    min_calls: int = typer.Option(5, "--min-calls", min=1, help="Fewest values a suggestion needs."),
) -> None:
    """Suggest thresholds from the archive's own percentiles, per queue."""
    import tomllib

    from ..config import Config
    from ..errors import CallcoachError
    from ..report.write import write_text_atomic
    from .calibrate import ALL, calibrated_config, load_reports, suggest, to_toml
    from .ledger import LEDGER_NAME, Ledger
    from .search import clean_text

    if not (folder / LEDGER_NAME).exists():
        _err(f"{folder}: no {LEDGER_NAME} (run callcoach batch ... --out {folder} first)")
        raise typer.Exit(2)
    try:
        base = tomllib.loads(config.read_text(encoding="utf-8")) if config else {}
        cfg = Config.from_dict(base, source=str(config)) if config else Config()
    except (OSError, tomllib.TOMLDecodeError, CallcoachError) as exc:
        _err(f"{config}: {exc}")
        raise typer.Exit(2)
    ledger = Ledger(folder)
    try:
        reports = load_reports(folder, ledger.rows())
    finally:
        ledger.close()
    result = suggest(reports, cfg, min_calls)
    chosen = queue or ALL
    for name, group in sorted(result.items(), key=lambda kv: (kv[0] != ALL, kv[0])):
        typer.echo(f"queue {clean_text(name)}: {group['calls']} analysed calls")
        for dotted, s in group["fields"].items():
            typer.echo(f"  {dotted} = {s['value']:g}  (now {s['current']}; {s['why']}, {s['n']} values)")
        if not group["fields"]:
            typer.echo(f"  too few values for any suggestion (need {min_calls})")
    if chosen not in result or not result[chosen]["fields"]:
        _err(f"no suggestion for queue {clean_text(chosen)} (unknown queue, or fewer than {min_calls} analysed calls)")
        raise typer.Exit(1)
    if write:
        data, notes = calibrated_config(result, chosen, base)
        header = (f"callcoach thresholds calibrated on {result[chosen]['calls']} calls of {folder} "
                  f"(queue {clean_text(chosen)}).\nUse with: callcoach batch ... --config {write}")
        text = to_toml(data, notes, header)
        try:
            Config.from_dict(tomllib.loads(text), source=str(write))  # never write a file the next run rejects
            write_text_atomic(text, write)
        except (OSError, CallcoachError) as exc:
            _err(f"{write}: {exc}")
            raise typer.Exit(2)
        typer.echo(f"wrote {write}")


def register(app: typer.Typer) -> None:
    """Add the archive commands to ``app`` (imports stay light: work happens when run)."""
    app.command("batch")(batch)
    app.command("search")(search)
    app.command("calibrate")(calibrate)
