"""Keep the translations in step with the code.

    python tools/translations.py            # update .ts from the sources, then compile .qm
    python tools/translations.py --check    # exit 1 if any string is new, unfinished or stale

English is the source language; Dutch and French ship (resources/translations/vrac_nl.ts,
vrac_fr.ts). Translators edit the .ts files (Qt Linguist: pyside6-linguist).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr")
# English is the source, but "%n goal(s)" needs its own plural forms ("1 goal", "2 goals"):
# vrac_en.ts holds only the plural messages (lupdate -pluralonly).
PLURAL_ONLY = ("en",)
# The whole package (the core has no Qt strings, so scanning it costs nothing) and the forms:
# a module outside the scanned folders would ship its strings untranslated, unnoticed.
SOURCE_DIRS = ("vrac_desktop", "ui")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (make test does)")
    return found


def sources() -> list[str]:
    files: list[Path] = []
    for d in SOURCE_DIRS:
        base = ROOT / d
        if base.exists():
            files += sorted(base.rglob("*.py")) + sorted(base.rglob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files if "/forms/" not in str(f)]


def lupdate(ts_files: list[Path], *, plural_only: bool = False) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                    "none", *(["-pluralonly"] if plural_only else []),
                    "-ts", *map(str, ts_files)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def problems(ts: Path) -> list[str]:
    """Every message in ``ts`` that is unfinished, empty or missing a plural form."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            forms = [] if tr is None else list(tr.iter("numerusform"))
            texts = [f.text for f in forms] if message.get("numerus") == "yes" else [
                None if tr is None else tr.text]
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or \
                    not all(t and t.strip() for t in texts):
                found.append(f"{ts.name}: [{name}] {source!r}")
    return found


NBSP = "\u00a0"
# French typography: a (non-breaking) space before : ; ? ! and inside « », one apostrophe (’).
_FRENCH_RULES = ((re.compile(r"[ \u00a0\u202f]*([:;?!])(?=\s|$|<|\))"), NBSP + r"\1"),
                 (re.compile(r"«[ \u00a0\u202f]*"), "«" + NBSP),
                 (re.compile(r"[ \u00a0\u202f]*»"), NBSP + "»"),
                 (re.compile(r"(?<=\w)'(?=\w)"), "’"))


_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def french_typography(text: str) -> str:
    if "://" in text:  # a URL or a file filter: leave as is
        return text
    # Rich text: "&nbsp;" is the same non-breaking space; other entities keep their ";".
    text = text.replace("&nbsp;", NBSP)
    kept: list[str] = []

    def hide(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _ENTITY.sub(hide, text)
    for pattern, replacement in _FRENCH_RULES:
        text = pattern.sub(replacement, text)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _french_texts(ts: Path) -> tuple[ET.ElementTree, list[ET.Element]]:
    tree = ET.parse(ts)
    texts = []
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if tr is not None:
            texts += [e for e in (tr, *tr.iter("numerusform")) if e.text]
    return tree, texts


def fix_french_spacing(ts: Path) -> int:
    """Apply French typography to every translation (merges and fills keep it right)."""
    tree, texts = _french_texts(ts)
    changed = 0
    for element in texts:
        fixed = french_typography(element.text or "")
        if fixed != element.text:
            element.text = fixed
            changed += 1
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def french_spacing_problems(ts: Path) -> list[str]:
    _tree, texts = _french_texts(ts)
    return [f"{ts.name}: French spacing in {e.text!r} (run tools/translations.py)"
            for e in texts if french_typography(e.text or "") != e.text]


def check() -> list[str]:
    """Problems: strings the code has that the .ts files lack, unfinished ones, stale .qm."""
    issues: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in (*LANGUAGES, *PLURAL_ONLY):
            committed = TS_DIR / f"vrac_{lang}.ts"
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            lupdate([fresh], plural_only=lang in PLURAL_ONLY)  # merges sources into a copy
            issues += problems(fresh)
            if lang == "fr":
                issues += french_spacing_problems(committed)
            qm = Path(tmp) / f"vrac_{lang}.qm"
            lrelease(committed, qm)
            shipped = TS_DIR / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                issues.append(f"{qm.name} is not compiled from {committed.name}: run "
                              "`make translations`")
    return issues


def fill(lang: str, mapping_file: Path) -> int:
    """Write translations from a JSON object {source: text or [plural forms]} into the .ts.

    Entries still unfinished are filled, and finished ones the JSON corrects (an accelerator
    moved, a wording made consistent) are overwritten; returns how many changed. For bulk
    work; the .ts stays the source of truth and the JSON is not kept.
    """
    import json

    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = TS_DIR / f"vrac_{lang}.ts"
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if tr is None or source not in mapping:
            continue
        value = mapping[source]
        current = [f.text for f in tr.iter("numerusform")] if message.get("numerus") == "yes" \
            else tr.text
        wanted = value if message.get("numerus") == "yes" and isinstance(value, list) else \
            (value if isinstance(value, str) else value[0])
        if tr.get("type") != "unfinished" and current == wanted:
            continue
        if message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        tr.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "JSON"))
    args = parser.parse_args()
    if args.fill:
        count = fill(args.fill[0], Path(args.fill[1]))
        print(f"filled {count} messages")  # noqa: T201 - command-line tool
        return 0
    if args.check:
        issues = check()
        for line in issues:
            print(line)  # noqa: T201 - command-line tool
        return 1 if issues else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    ts_files = [TS_DIR / f"vrac_{lang}.ts" for lang in LANGUAGES]
    lupdate(ts_files)
    plural_files = [TS_DIR / f"vrac_{lang}.ts" for lang in PLURAL_ONLY]
    lupdate(plural_files, plural_only=True)
    fix_french_spacing(TS_DIR / "vrac_fr.ts")
    for ts in (*ts_files, *plural_files):
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
