"""The ``callcoach`` command line: parses options, calls the API, prints results."""
from __future__ import annotations

import os
import sys
import time
import traceback
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .output_folder import check_out, is_dir

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="callcoach: an offline phone-call empathy coach. Recorded calls in, coaching reports out.",
    pretty_exceptions_enable=False,
)

FORMATS = ("json", "html", "md")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"callcoach {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """callcoach: an offline phone-call empathy coach. Recorded calls in, coaching reports out."""


class Device(str, Enum):
    cpu = "cpu"
    cuda = "cuda"
    auto = "auto"


def _err(message: str) -> None:
    from .text import visible

    typer.secho(f"error: {visible(message)}", fg=typer.colors.RED, err=True)


def _parse_formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise typer.BadParameter(f"unknown format {', '.join(bad) or value!r}; choose from json,html,md")
    if "json" not in formats:
        formats.insert(0, "json")  # the JSON report is the contract; always written
    return formats


class Redaction(str, Enum):
    pci = "pci"
    all = "all"
    none = "none"


class DiarizationMode(str, Enum):
    fast = "fast"
    accurate = "accurate"


DIARIZATION_STEPS = {"fast": 0.5, "accurate": 0.1}


def _build_config(config_file: Optional[Path], agent_channel: str, asr_model: Optional[str],
                  device: Optional[Device], language: Optional[str], channel: Optional[int],
                  company: Optional[List[str]], speakers: Optional[int] = None,
                  min_speakers: Optional[int] = None, max_speakers: Optional[int] = None,
                  diarization: Optional[DiarizationMode] = None, diarization_model: Optional[str] = None,
                  agent_speaker: Optional[str] = None):
    from .config import Config

    cfg = Config.from_toml(config_file) if config_file else Config()
    if diarization:
        cfg.diarization.step = DIARIZATION_STEPS[diarization.value]
    if diarization_model:
        cfg.diarization.model = diarization_model
    for flag, value in (("--speakers", speakers), ("--min-speakers", min_speakers), ("--max-speakers", max_speakers)):
        if value is not None and value < 1:
            raise typer.BadParameter(f"{flag} must be at least 1 (got {value})")
    if min_speakers and max_speakers and min_speakers > max_speakers:
        raise typer.BadParameter(f"--min-speakers {min_speakers} is more than --max-speakers {max_speakers}")
    if speakers is not None:
        cfg.diarization.num_speakers = speakers
    if min_speakers is not None or max_speakers is not None:
        cfg.diarization.num_speakers = speakers
        cfg.diarization.min_speakers = min_speakers
        cfg.diarization.max_speakers = max_speakers
    if agent_speaker:
        if agent_speaker not in ("auto", "first"):
            raise typer.BadParameter("--agent-speaker must be auto or first")
        cfg.roles.agent_speaker = agent_speaker
    if agent_channel is not None:
        value = agent_channel.strip().lower()
        if value not in ("0", "1", "auto"):
            raise typer.BadParameter("--agent-channel must be 0, 1 or auto")
        cfg.stereo.agent_channel = value if value == "auto" else int(value)
    if asr_model:
        cfg.asr.model = asr_model
    if device:
        cfg.asr.device = device.value
        if device.value != "cpu" and cfg.asr.compute_type == "int8":
            cfg.asr.compute_type = "default"
    if language:
        cfg.asr.language = None if language == "auto" else language
    if channel is not None:
        cfg.channel = channel
    if company:
        cfg.roles.company_names = list(company)
    return cfg.validate("options")


def _say(console, label: str, style: str, message: str) -> None:
    """One line to stderr: the label styled, the message printed literally (no markup, no
    terminal escape codes from file names or call text)."""
    from rich.text import Text

    from .text import visible

    console.print(Text.assemble((label, style), " ", visible(message)), highlight=False, soft_wrap=True)


def _error_line(path: Path, exc: BaseException) -> str:
    """``<file>: <problem>`` for a failed call, worded for the user."""
    from .errors import CallcoachError

    text = str(exc)
    if isinstance(exc, CallcoachError):
        return text if text.startswith(str(path)) else f"{path}: {text}"
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        advice = {errno.ENOSPC: "free some space or choose another --out",
                  errno.EDQUOT: "free some space or choose another --out",
                  errno.EACCES: "check the permissions of --out",
                  errno.EROFS: "choose a writable --out",
                  errno.ENAMETOOLONG: "use a shorter call id or --out path",
                  errno.EFBIG: "the file size limit (ulimit -f) was reached; raise it or use --format json",
                  errno.EISDIR: "move the folder away or choose another --out"}.get(exc.errno)
        if advice:
            where = exc.filename or "the output folder"
            return f"{path}: cannot write {where} ({exc.strerror}); {advice}"
    return f"{path}: internal error {type(exc).__name__}: {exc} (rerun with --debug for details)"


def _run(inputs: list[tuple[str, Path]], cfg, out: Path, formats: list[str], debug: bool,
         metadata: dict | None = None, embed_audio: bool = False) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import Coach
    from .report.write import write_report_set
    from .text import visible

    console = Console(stderr=True)
    coach = Coach(cfg)
    started = time.perf_counter()
    ok, failed, audio_s = 0, 0, 0.0
    last_paths: list[Path] = []
    stems = report_stems([p for _, p in inputs], out)
    with Progress(TextColumn("{task.description}", markup=False), BarColumn(),
                  TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(), console=console,
                  transient=True, disable=not console.is_terminal) as bar:
        overall = bar.add_task(f"{len(inputs)} call(s)", total=len(inputs))
        for kind, path in inputs:
            name = visible(path.name)
            task = bar.add_task(f"{name}: starting", total=1.0)

            def hook(stage: str, fraction: float, task=task, name=name) -> None:
                bar.update(task, completed=fraction, description=f"{name}: {stage}")

            try:
                if kind == "transcript":
                    report = coach.analyze_transcript(path, metadata=metadata)
                else:
                    report = coach.analyze(path, metadata=metadata, progress=hook)
                last_paths = write_report_set(report, out, stems[path], formats, embed_audio)
                audio_s += float(report["call"].get("duration_s") or 0.0)
                ok += 1
                for warning in report["call"].get("warnings", []):
                    _say(console, "warning:", "yellow", f"{path}: {warning}")
            except KeyboardInterrupt:
                _say(console, "interrupted", "red", "")
                return 130
            except Exception as exc:  # one line per failed call; the run goes on
                failed += 1
                if debug:
                    traceback.print_exc()
                _say(console, "error:", "red", _error_line(path, exc))
            finally:
                bar.remove_task(task)
                bar.advance(overall)
    elapsed = time.perf_counter() - started
    where = ", ".join(str(p) for p in last_paths) if ok == 1 and last_paths else f"{out}/"
    summary = f"analysed {ok} of {len(inputs)} call(s)"
    if failed:
        summary += f", {failed} failed"
    summary += f" in {elapsed:.1f} s ({audio_s:.0f} s of audio) -> {where}"
    typer.echo(visible(summary))
    return 0 if failed == 0 else 1


def report_stems(paths: list[Path], out: Path) -> dict[Path, str]:
    """A report file stem per input, unique within the run and never naming an input.

    The file stem first; inputs that share it (``d1/call.json``, ``d2/call.json``;
    ``good.wav``, ``good.flac``) add their extension, then their folder, then a number.
    A stem whose report would overwrite one of the inputs gets ``.report`` added.
    """
    from .report.write import FORMATS, safe_stem

    def candidates(p: Path):
        yield safe_stem(p.stem)
        yield safe_stem(p.name)
        yield safe_stem(f"{p.parent.name}_{p.name}")
        for n in range(2, 10_000):
            yield safe_stem(f"{p.parent.name}_{p.name}_{n}")

    inputs = {_resolved(p) for p in paths}
    taken: set[str] = set()
    out_stems: dict[Path, str] = {}
    by_stem: dict[str, int] = {}
    for p in paths:
        by_stem[safe_stem(p.stem)] = by_stem.get(safe_stem(p.stem), 0) + 1
    for p in paths:
        for stem in candidates(p):
            if by_stem[safe_stem(p.stem)] > 1 and stem == safe_stem(p.stem):
                continue  # shared by several inputs: none of them gets the bare stem
            if any(_resolved(out / f"{stem}.{fmt}") in inputs for fmt in FORMATS):
                stem = f"{stem}.report"
            if stem not in taken:
                taken.add(stem)
                out_stems[p] = stem
                break
    return out_stems


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


@app.command()
def analyze(
    calls: List[Path] = typer.Argument(None, readable=False, help="Recordings: wav, flac, ogg, opus, mp3, m4a; mono or stereo; any sample rate. For a folder of calls use `callcoach batch`."),
    transcript: List[Path] = typer.Option(None, "--transcript", "-t", readable=False, help="Transcript JSON ({\"segments\": [...]}, a report works too) to analyse without audio. Repeatable."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for the reports (<call id>.json, .html, .md)."),
    format: str = typer.Option("json,html", "--format", "-f", help="Comma-separated: json, html, md (default json,html). JSON is always written."),
    agent_channel: str = typer.Option(None, "--agent-channel", help="Stereo calls: which channel is the agent: 0, 1 or auto (from what is said). Default: channel 0, checked against what is said."),
    asr_model: str = typer.Option(None, "--asr-model", help="Whisper model: base (bundled, default), tiny.en (bundled, faster) or a CTranslate2 model folder."),
    device: Device = typer.Option(None, "--device", help="Where Whisper runs: cpu (default), cuda, auto."),
    language: str = typer.Option(None, "--language", help="Spoken language code (default en); 'auto' detects it (slower)."),
    channel: int = typer.Option(None, "--channel", help="For files with more than two channels: the one channel to analyse (0-based)."),
    company: List[str] = typer.Option(None, "--company", help="Your company's name, to recognise the agent's greeting (repeatable)."),
    customer_name: str = typer.Option(None, "--customer-name", help="The customer's name, to check the agent used it (else taken from their self-introduction)."),
    agent_id: str = typer.Option(None, "--agent-id", help="Who the agent is, copied into the report."),
    speakers: int = typer.Option(None, "--speakers", help="Mono calls: number of voices (default 2)."),
    min_speakers: int = typer.Option(None, "--min-speakers", help="Mono calls: at least this many voices (instead of --speakers)."),
    max_speakers: int = typer.Option(None, "--max-speakers", help="Mono calls: at most this many voices (instead of --speakers)."),
    diarization: DiarizationMode = typer.Option(None, "--diarization", help="Mono calls: accurate (default; 1 s window step) or fast (5 s step: about 2x cheaper diarisation, coarser turn edges)."),
    diarization_model: str = typer.Option(None, "--diarization-model", help="Mono calls: your own pyannote pipeline folder, or a hub id (needs HF_TOKEN and network)."),
    agent_speaker: str = typer.Option(None, "--agent-speaker", help="Mono calls: auto (from what is said, default) or first (the first voice is the agent)."),
    embed_audio: bool = typer.Option(False, "--embed-audio", help="Put the recording inside the HTML report instead of linking to it (redacted spans silenced)."),
    redact: Redaction = typer.Option(None, "--redact", help="What to remove from every output: pci (default: card numbers, security codes, expiry dates, identity numbers), all (also e-mail addresses and phone numbers) or none."),
    config: Path = typer.Option(None, "--config", help="TOML file with options (docs/configuration.md)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for internal errors."),
) -> None:
    """Analyse recorded calls (or transcripts) and write one report per call."""
    from .errors import CallcoachError

    if not calls and not transcript:
        _err("give at least one recording, or --transcript FILE.json")
        raise typer.Exit(2)
    try:
        formats = _parse_formats(format)
        cfg = _build_config(config, agent_channel, asr_model, device, language, channel, company,
                            speakers, min_speakers, max_speakers, diarization, diarization_model,
                            agent_speaker)
        if redact is not None:
            cfg.redact = redact.value
    except CallcoachError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    metadata = {k: v for k, v in (("customer_name", customer_name), ("agent_id", agent_id)) if v}
    inputs = [("audio", p) for p in calls or []] + [("transcript", p) for p in transcript or []]
    folders = list(dict.fromkeys(p for _, p in inputs if is_dir(p)))
    for folder in folders:
        _err(f"{folder} is a folder; analyse a folder of calls with: callcoach batch {folder} --out DIR")
    inputs = [(kind, p) for kind, p in inputs if p not in folders]
    if not inputs:
        raise typer.Exit(2)
    try:
        check_out(out, formats, [p for _, p in inputs], embed_audio)
    except CallcoachError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    code = _run(inputs, cfg, out, formats, debug, metadata, embed_audio)
    raise typer.Exit(code if code or not folders else 1)


def _demo_sample() -> Path | None:
    for root in (Path.cwd(), Path(__file__).resolve().parents[1]):
        candidate = root / "audio_samples" / "call_stereo_8k.wav"
        if candidate.exists():
            return candidate
    return None


@app.command()
def demo(
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Where to write the demo report."),
    format: str = typer.Option("json,html", "--format", "-f", help="Comma-separated: json, html, md (default json,html)."),
) -> None:
    """Analyse the bundled sample call (audio_samples/call_stereo_8k.wav) into ./reports/."""
    from .config import Config

    sample = _demo_sample()
    if sample is None:
        _err("the bundled sample audio_samples/call_stereo_8k.wav was not found; run from the callcoach checkout")
        raise typer.Exit(2)
    cfg = Config()
    cfg.stereo.agent_channel = "auto"
    code = _run([("audio", sample)], cfg, out, _parse_formats(format), debug=False)
    if code == 0:
        typer.echo(f"demo report: {out / (sample.stem + '.json')}")
        if "html" in _parse_formats(format):
            typer.echo(f"open {out / (sample.stem + '.html')} in a browser to read and listen; "
                       f"or run: callcoach show {out / (sample.stem + '.json')}")
    raise typer.Exit(code)


@app.command()
def show(
    report: Path = typer.Argument(..., help="A report JSON written by callcoach analyze."),
    events: int = typer.Option(12, "--events", "-e", help="How many key events to list (0: none)."),
    transcript: bool = typer.Option(False, "--transcript", help="Also print the transcript."),
) -> None:
    """Print a compact summary of a report: scorecard, top coaching tips, key events."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .errors import CallcoachError
    from .report import summary
    from .report.json import load_report

    from .text import visible, visible_tree

    try:
        data = visible_tree(load_report(report))
    except CallcoachError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    console = Console(highlight=False)
    call = data.get("call") if isinstance(data.get("call"), dict) else {}
    duration = summary.num(call.get("duration_s"))
    title = Text.assemble(("Call ", "bold"), (str(call.get("id", visible(report.stem))), "bold cyan"),
                          f"  {summary.clock(duration)} · {call.get('diarization', '?')}")
    trust = summary.trust(data)
    if trust["banner"]:
        console.print(Text(trust["banner"], style="bold yellow"))
    console.print(title)
    if trust["roles"]:
        console.print(Text(trust["roles"], style="dim"))
    for caveat in trust["caveats"]:
        console.print(Text(caveat["text"], style="yellow" if caveat["level"] == "low" else "dim"))
    for warning in call.get("warnings") if isinstance(call.get("warnings"), list) else []:
        console.print(Text(f"warning: {warning}", style="yellow"))

    card = Table(show_header=False, box=None, pad_edge=False, padding=(0, 2, 0, 0))
    for item in summary.scorecard(data):
        card.add_row(Text(item["label"], style="dim"),
                     Text(item["value"], style="bold" if item["available"] else "dim"),
                     Text(item["detail"] or "", style="dim"))
    console.print(card)

    coaching = summary.coaching(data)
    console.print(Text("\nDo differently next call", style="bold red"))
    if coaching is None:
        console.print(Text("  no coaching in this report", style="dim"))
    else:
        tips = summary.items(coaching.get("improvements"))
        grid = Table.grid(padding=(0, 1, 0, 1))
        for n, tip in enumerate(tips, 1):
            body = Text.assemble((f"[{summary.clock(tip.get('at'))}] ", "cyan"), (str(tip.get("what", "")), "bold"),
                                 "\n", str(tip.get("why", "")))
            if tip.get("try_saying"):
                how = f" ({tip['how']})" if tip.get("how") else ""
                body.append(f"\ntry saying{how}: ")
                body.append(f"“{tip['try_saying']}”", style="green")
            doubt = summary.tip_confidence(tip)
            if doubt:
                body.append(f"\nhow sure: {doubt}", style="yellow")
            grid.add_row(Text(f"{n}."), body)
        console.print(grid)
        if not tips:
            console.print(Text("  nothing in this call's evidence calls for a change", style="dim"))
        console.print(Text("What went well", style="bold green"))
        grid = Table.grid(padding=(0, 1, 0, 1))
        for s in summary.items(coaching.get("strengths")):
            grid.add_row(Text("+"), Text.assemble((f"[{summary.clock(s.get('at'))}] ", "cyan"), str(s.get("text", ""))))
        console.print(grid)
        for n in summary.items(coaching.get("not_checked")):
            console.print(Text(f"  not checked ({', '.join(map(str, n.get('checks') or []))}): {n.get('reason', '')}",
                               style="dim"))

    moments = summary.key_events(data)
    if events > 0 and moments:
        console.print(Text("\nKey events", style="bold"))
        table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 2, 0, 1))
        for e in moments[:events]:
            table.add_row(Text(summary.clock(e["t"]), style="cyan"), Text(e["label"]),
                          Text(f"“{e['text']}”" if e["text"] else "", style="dim"))
        console.print(table)
        if len(moments) > events:
            console.print(Text(f"  … {len(moments) - events} more (--events N)", style="dim"))
    if transcript:
        console.print(Text("\nTranscript", style="bold"))
        for seg in summary.items(data.get("segments")):
            who = str(seg.get("speaker", "?"))
            console.print(Text.assemble((f"{summary.clock(seg.get('start'))} ", "cyan"),
                                        (f"{who:<9}", "blue" if who == "agent" else "yellow"),
                                        str(seg.get("text") or "…")))


def _register_archive_commands() -> None:
    from .batch.commands import register

    register(app)


_register_archive_commands()


def main() -> None:  # console-script entry point
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
    from .runtime import keep_freed_memory

    keep_freed_memory()  # before any thread starts; see callcoach/runtime.py
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:  # the environment, not a call: a path too long, a folder not writable
        from .text import visible

        where = f"{exc.filename}: " if exc.filename else ""
        print(visible(f"error: {where}{exc.strerror or exc}; check the path and --out"), file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
