"""The Qt Designer forms: ui/*.ui compile to the committed vrac_desktop/gui/forms/ modules."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("vrac_tools_forms", ROOT / "tools" / "forms.py")
assert _spec is not None and _spec.loader is not None
forms_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(forms_tool)
FORMS_DIR, UI_DIR, compile_forms = forms_tool.FORMS_DIR, forms_tool.UI_DIR, forms_tool.compile_forms


def test_regenerating_the_forms_changes_nothing(tmp_path: Path) -> None:
    fresh = compile_forms(tmp_path / "forms")
    assert len(fresh) >= 10
    committed = sorted(p.name for p in FORMS_DIR.glob("*.py"))
    assert committed == sorted(p.name for p in (tmp_path / "forms").glob("*.py"))
    stale = [p.name for p in fresh
             if p.read_bytes() != (FORMS_DIR / p.name).read_bytes()]
    assert not stale, f"run `make forms`: {stale} differ from ui/"


def test_every_form_loads_and_is_used() -> None:
    package = ROOT / "vrac_desktop"
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py")
                     if "forms" not in p.parts)
    for form in sorted(UI_DIR.glob("*.ui")):
        module = importlib.import_module(f"vrac_desktop.gui.forms.ui_{form.stem}")
        classes = [name for name in vars(module) if name.startswith("Ui_")]
        assert len(classes) == 1, form.name
        assert f"forms.ui_{form.stem} import {classes[0]}" in code, f"{form.name} is not used"
