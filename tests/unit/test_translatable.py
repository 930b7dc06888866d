"""lupdate only collects literal ``tr(...)``/``translate(...)`` calls. A call through another
name (``t = QCoreApplication.translate; t("Ctx", "text")``) is invisible to it and ships
untranslated, and the .ts check cannot see what lupdate never collected: catch it here."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vrac_desktop"


def test_translate_is_never_called_under_another_name() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and \
                    node.value.attr == "translate":
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                offenders += [f"{path.name}: {n}" for n in names if n != "translate"]
    assert offenders == []
