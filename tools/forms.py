"""Compile the Qt Designer forms: ui/<name>.ui -> vrac_desktop/gui/forms/ui_<name>.py.

The generated modules are committed (the app and the bundle need no uic at run time); run
``make forms`` after editing a form in Qt Designer (``pyside6-designer ui/<name>.ui``).
tests/gui/test_forms.py checks that regenerating them changes nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def compile_forms(target: Path = FORMS_DIR) -> list[Path]:
    """Write one module per form into ``target`` (and its __init__.py); return the modules."""
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(INIT, encoding="utf-8")
    written = []
    for form in sorted(UI_DIR.glob("*.ui")):
        module = target / f"ui_{form.stem}.py"
        subprocess.run([uic(), "-g", "python", "-o", str(module), str(form)], check=True)
        written.append(module)
    for stale in target.glob("ui_*.py"):
        if stale not in written:
            stale.unlink()
    return written


if __name__ == "__main__":
    for path in compile_forms():
        sys.stdout.write(f"{path.relative_to(ROOT)}\n")
