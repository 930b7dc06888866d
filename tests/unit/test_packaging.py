"""What the package imports is declared in pyproject.toml, and the bundle's lock pins it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Modules of the platform's own (Windows-only in this package: msvcrt).
PLATFORM_ONLY = {"msvcrt"}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imported_top_level() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "vrac_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - PLATFORM_ONLY - {"vrac_desktop"}


def test_every_imported_package_is_declared() -> None:
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    owners = packages_distributions()
    missing = {}
    for module in sorted(_imported_top_level()):
        if module not in owners:  # not installed here (the Qt-less core check): the main
            continue  # virtualenv's run checks it
        dists = {d.lower().replace("_", "-") for d in owners[module]}
        if not dists & declared:
            missing[module] = sorted(dists)
    assert missing == {}, f"imported but not in [project] dependencies: {missing}"


def test_every_dependency_has_a_range() -> None:
    project = PYPROJECT["project"]
    requirements = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
        if not r.startswith("vrac-desktop[")]
    unbounded = [r for r in requirements if ">=" not in r or "<" not in r]
    assert unbounded == []


def test_the_bundle_lock_pins_every_dependency_with_hashes() -> None:
    lock = (ROOT / "installers" / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n((?:\s+--hash=sha256:[0-9a-f]{64}.*\n)+)",
                        lock, flags=re.M)
    pinned = {name.lower().replace("_", "-") for name, _, _ in blocks}
    wanted = {_name(r) for r in PYPROJECT["project"]["dependencies"]
              + PYPROJECT["project"]["optional-dependencies"]["bundle"]}
    assert wanted - pinned == set()
    # Every pinned requirement carries hashes (pip install --require-hashes needs them all).
    assert len(blocks) == len(re.findall(r"^[A-Za-z0-9_.-]+==", lock, flags=re.M))


def test_license_is_an_spdx_expression() -> None:
    assert PYPROJECT["project"]["license"] == "EUPL-1.2"
