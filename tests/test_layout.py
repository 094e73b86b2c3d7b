"""The package's stages point one way, modules stay small, and the docs' links resolve."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "callcoach"

# Each stage may import only the stages before it (core first).
STAGES = ["core", "speech", "analysis", "coaching", "report", "entry"]
ENTRY = {"callcoach.pipeline", "callcoach.cli", "callcoach"}


def stage_of(module: str) -> str:
    if module in ENTRY or module.startswith("callcoach.batch"):
        return "entry"
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in ("speech", "analysis", "coaching", "report"):
        return parts[1]
    if module == "callcoach.redact" or module.startswith("callcoach.redact."):
        return "analysis"
    return "core"


def modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


def imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = module.split(".")
            if node.level:
                base = base[: len(base) - node.level + (1 if is_package else 0)]
            prefix = ".".join(base + ([node.module] if node.module else []))
            targets = [prefix] + [f"{prefix}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rsplit(".", 1)[0] if "." in target else ""
            if target and target != module and not module.startswith(target + "."):
                found.add(target)
    return found


def test_no_stage_imports_a_later_stage():
    known = modules()
    wrong = []
    for module, path in known.items():
        mine = STAGES.index(stage_of(module))
        for target in imports(module, path, known):
            if STAGES.index(stage_of(target)) > mine:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_no_import_circles():
    known = modules()
    graph = {m: imports(m, p, known) for m, p in known.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, trail: list[str]) -> bool:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle.extend(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
                return True
            if nxt not in state and visit(nxt, trail + [nxt]):
                return True
        state[node] = 2
        return False

    for m in graph:
        if m not in state and visit(m, [m]):
            break
    assert cycle == []


def test_only_entry_points_import_the_pipeline():
    known = modules()
    users = [m for m, p in known.items() if "callcoach.pipeline" in imports(m, p, known)
             and stage_of(m) != "entry"]
    assert users == []


def test_modules_stay_small():
    big = {m: n for m, p in modules().items() if (n := len(p.read_text().splitlines())) > 500}
    assert big == {}


def test_readme_is_short_and_relative_links_resolve():
    readme = ROOT / "README.md"
    assert len(readme.read_text().splitlines()) <= 300
    dead = []
    for doc in [readme, *sorted((ROOT / "docs").glob("*.md"))]:
        for link in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", link) or link.startswith("#"):
                continue
            if not (doc.parent / link.split("#")[0]).exists():
                dead.append(f"{doc.name} -> {link}")
    assert dead == []
