"""Compile the Qt Designer forms: ui/<name>.ui -> vrac_desktop/gui/forms/ui_<name>.py.

The generated modules are committed (the app and the bundle need no uic at run time); run
``make forms`` after editing a form in Qt Designer (``pyside6-designer ui/<name>.ui``).
tests/gui/test_forms.py checks that regenerating them changes nothing.

pyside6-uic imports some 30 Qt classes into every form whether it uses them or not; each
``from PySide6.QtGui import QGradient`` makes PySide6 create that class and its enums (Python
enum classes: QGradient's presets alone hold 180 members), about 5 ms of the app's first
paint. ``trim_imports`` keeps the names a form uses.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "vrac_desktop" / "gui" / "forms"
INIT = '"""Generated from ui/*.ui by `make forms` (tools/forms.py): do not edit."""\n'


def uic() -> str:
    here = Path(sys.executable).parent / "pyside6-uic"
    found = str(here) if here.exists() else shutil.which("pyside6-uic")
    if not found:
        sys.exit("pyside6-uic not found: install PySide6 (make test does)")
    return found


def trim_imports(source: str) -> str:
    """``source`` with each ``from PySide6... import`` reduced to the names the module uses
    (an import left with none is dropped)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)
               and (node.module or "").startswith("PySide6")]
    for node in reversed(imports):
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        text = ""
        if names:
            text = "\n".join(textwrap.wrap(
                f"from {node.module} import ({', '.join(names)})", width=90,
                subsequent_indent="    ", break_long_words=False)) + "\n"
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def compile_forms(target: Path = FORMS_DIR) -> list[Path]:
    """Write one module per form into ``target`` (and its __init__.py); return the modules."""
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(INIT, encoding="utf-8")
    written = []
    for form in sorted(UI_DIR.glob("*.ui")):
        module = target / f"ui_{form.stem}.py"
        subprocess.run([uic(), "-g", "python", "-o", str(module), str(form)], check=True)
        module.write_text(trim_imports(module.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(module)
    for stale in target.glob("ui_*.py"):
        if stale not in written:
            stale.unlink()
    return written


if __name__ == "__main__":
    for path in compile_forms():
        sys.stdout.write(f"{path.relative_to(ROOT)}\n")
