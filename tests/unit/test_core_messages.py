"""Core messages (vrac_desktop/domain/messages.py): English for ``str(exc)`` (the CLI, logs,
tests), a template lupdate collects, and a finished Dutch and French translation of each.

The scan reads the core's source: every ``QT_TRANSLATE_NOOP`` there must be a literal under
"CoreMessages" (an f-string would be collected with its braces and never match), every
``message(QT_TRANSLATE_NOOP(...), args)`` must give one argument per placeholder, and every
template must be in resources/translations/vrac_nl.ts and vrac_fr.ts, finished, with the same
placeholders. No Qt needed: the core tests run without it."""

from __future__ import annotations

import ast
import os
import pickle
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from vrac_desktop.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, fill, message
from vrac_desktop.store.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
# The core, and the documents and charts that raise the same way (their errors reach the GUI
# through the same error_text).
CORE = [ROOT / "vrac_desktop" / part
        for part in ("domain", "store", "services", "documents", "charts")]
TS = {lang: ROOT / "resources" / "translations" / f"vrac_{lang}.ts" for lang in ("nl", "fr")}
PLACEHOLDER = re.compile(r"%(\d{1,2})")


def _placeholders(text: str) -> set[int]:
    return {int(n) for n in PLACEHOLDER.findall(text)}


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
        node.func.id == "QT_TRANSLATE_NOOP"


def _scan() -> tuple[dict[str, str], list[str]]:
    """Every template in the core (template -> where) and what is wrong with the calls."""
    templates: dict[str, str] = {}
    wrong: list[str] = []
    for folder in CORE:
        for path in sorted(folder.rglob("*.py")):
            where = path.relative_to(ROOT)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if _is_marker(node):
                    assert isinstance(node, ast.Call)
                    context, source = (node.args + [None, None])[:2]
                    if not (isinstance(context, ast.Constant) and context.value == CONTEXT
                            and isinstance(source, ast.Constant)
                            and isinstance(source.value, str) and len(node.args) == 2):
                        if path.name != "messages.py":
                            wrong.append(f"{where}:{node.lineno}: not a literal template")
                        continue
                    templates.setdefault(source.value, f"{where}:{node.lineno}")
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                        node.func.id == "message" and node.args:
                    first = node.args[0]
                    branches = [first.body, first.orelse] if isinstance(first, ast.IfExp) \
                        else [first]
                    for branch in branches:
                        if not _is_marker(branch):
                            continue  # a template handed in (repository's no_plan)
                        assert isinstance(branch, ast.Call)
                        text = branch.args[1]
                        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
                        wanted = set(range(1, len(node.args)))
                        if _placeholders(text.value) != wanted:
                            wrong.append(f"{where}:{node.lineno}: {len(node.args) - 1} "
                                         f"argument(s) for {text.value!r}")
    return templates, wrong


def test_core_templates_are_literals_with_one_argument_per_placeholder() -> None:
    templates, wrong = _scan()
    assert wrong == []
    assert len(templates) > 150  # the scan sees the core's messages (store, services)


def test_every_core_template_has_a_finished_dutch_and_french_translation() -> None:
    templates, _wrong = _scan()
    for ts in TS.values():
        translated: dict[str, str] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for item in context.iter("message"):
                tr = item.find("translation")
                if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                    translated[item.findtext("source") or ""] = tr.text or ""
        missing = [f"{where}: {t!r}" for t, where in templates.items() if t not in translated]
        assert missing == [], f"{ts.name} lacks (run tools/translations.py): {missing}"
        mismatched = [t for t in templates if _placeholders(t) != _placeholders(translated[t])]
        assert mismatched == [], f"{ts.name}: placeholders differ in {mismatched}"
        untranslated = [t for t in templates if translated[t] == t and len(t) > 20]
        assert untranslated == [], f"{ts.name}: copied, not translated: {untranslated}"


def test_str_of_a_core_error_is_the_filled_in_english() -> None:
    text = message(QT_TRANSLATE_NOOP("CoreMessages", "The key file %1 is damaged (%2)."),
                   Path("/data/vrac.db.keys.json"),
                   message(QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON")))
    error = StoreError(text)
    assert str(error) == "The key file /data/vrac.db.keys.json is damaged (not valid JSON)."
    assert isinstance(error.args[0], Message)
    assert error.args[0].template == "The key file %1 is damaged (%2)."
    # An argument holding "%1" is not filled again; %10 is the tenth argument, not %1 + "0".
    assert fill("%1 and %2", ("a%2", "b")) == "a%2 and b"
    assert fill("%10/%1", tuple("abcdefghij")) == "j/a"
    copy = pickle.loads(pickle.dumps(text))  # a worker's error crosses to the UI thread
    assert copy == text and copy.template == text.template and copy.args[0] == text.args[0]


def test_the_cli_prints_core_errors_in_english(tmp_path: Path) -> None:
    empty = tmp_path / "empty.vracbak"
    empty.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(tmp_path / "data"),
         "restore", str(empty)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"})
    assert result.returncode != 0
    assert f"The backup file {empty} is empty; nothing was changed." in result.stderr
