"""What the installers rely on, checked without building a bundle (`make bundle-test` runs
the built one): frozen resource lookup, the icon files, the desktop entry, install.sh and
the hidden --smoke-test start."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from vrac_desktop import __version__, resources_path, translate
from vrac_desktop.store import database

from vrac_desktop.gui import i18n
from vrac_desktop.gui.app import ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def test_source_tree_resources_are_found() -> None:
    assert resources_path.app_root() == ROOT
    assert (database.MIGRATIONS_DIR / "env.py").is_file()
    assert (translate.TRANSLATIONS_DIR / "vrac_nl.qm").is_file()
    assert i18n.TRANSLATIONS_DIR == translate.TRANSLATIONS_DIR


def test_frozen_app_looks_in_the_bundle_folder(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.migrations_dir() == tmp_path / "db"
    assert resources_path.resources_dir() == tmp_path / "resources"


FROZEN_CHILD = """
import sys
sys.frozen = True
sys._MEIPASS = sys.argv[1]
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.translate import tr_in
db = open_local(DataPaths(__import__("pathlib").Path(sys.argv[2])), "frozen passphrase")
db.dispose()
print(tr_in("nl")("PlanDocument", "Family plan"))
"""


def _frozen_run(bundle: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VRAC_TEST_KEYRING_FILE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return subprocess.run([sys.executable, "-c", FROZEN_CHILD, str(bundle),
                           str(tmp_path / "data")], capture_output=True, text=True,
                          timeout=120, env=env, cwd=tmp_path)


def test_frozen_app_migrates_and_translates_from_the_bundle_copy(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "db", bundle / "db", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "translations", bundle / "resources" / "translations")
    result = _frozen_run(bundle, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Gezinsplan"


def test_frozen_app_without_the_copied_files_does_not_fall_back_to_the_source(
        tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _frozen_run(tmp_path / "empty", tmp_path)
    assert result.returncode != 0
    assert f"Path doesn't exist: {tmp_path / 'empty' / 'db'}" in result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size_and_matches_the_svg(size: int) -> None:
    image = QImage(str(ICONS / f"vrac-desktop-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    renderer = QSvgRenderer(str(ICONS / "vrac-desktop.svg"))
    assert renderer.isValid()
    fresh = QImage(size, size, QImage.Format.Format_ARGB32)
    fresh.fill(0)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    committed = image.convertToFormat(QImage.Format.Format_ARGB32)
    # Antialiasing may differ by a step between Qt versions; a changed SVG differs a lot.
    step = max(1, size // 16)
    diffs = [abs(committed.pixelColor(x, y).red() - fresh.pixelColor(x, y).red())
             for x in range(0, size, step) for y in range(0, size, step)]
    assert sum(diffs) / len(diffs) < 4, "run installers/make_icons.py after changing the SVG"


def test_ico_holds_every_windows_size() -> None:
    reader = QImageReader(str(ICONS / "vrac-desktop.ico"))
    assert reader.imageCount() == 7
    sizes = set()
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        sizes.add(reader.read().width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_icns_is_well_formed() -> None:
    data = (ICONS / "vrac-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        assert data[at + 8:at + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind.decode())
        at += length
    assert at == len(data)
    assert {"ic07", "ic08", "ic09", "ic10"} <= set(kinds)


def test_window_icon_has_every_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_desktop_entry() -> None:
    entry = ROOT / "resources" / "vrac-desktop.desktop"
    keys = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert keys["Exec"] == "vrac-desktop" and keys["Icon"] == "vrac-desktop"
    assert keys["Type"] == "Application" and keys["Terminal"] == "false"
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) not installed")
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_install_sh_installs_into_local_and_uninstalls(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "vrac-desktop").mkdir(parents=True)
    program = package / "vrac-desktop" / "vrac-desktop"
    program.write_text(f"#!/bin/sh\necho vrac-desktop {__version__}\n")
    program.chmod(0o755)
    shutil.copytree(ICONS, package / "icons")
    shutil.copy(ROOT / "resources" / "vrac-desktop.desktop", package)
    shutil.copy(ROOT / "installers" / "linux" / "install.sh", package)
    prefix = tmp_path / "home" / ".local"
    env = dict(os.environ, HOME=str(tmp_path / "home"), PREFIX=str(prefix))
    done = subprocess.run(["sh", str(package / "install.sh")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"Installed vrac-desktop {__version__}" in done.stdout
    command = prefix / "bin" / "vrac-desktop"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout.strip() == \
        f"vrac-desktop {__version__}"
    menu = (prefix / "share" / "applications" / "vrac-desktop.desktop").read_text()
    assert f'Exec="{prefix}/lib/vrac-desktop/vrac-desktop"' in menu
    for size in ICON_SIZES:
        assert (prefix / "share/icons/hicolor" / f"{size}x{size}/apps/vrac-desktop.png").is_file()
    # An update replaces the program and keeps one copy.
    again = subprocess.run(["sh", str(package / "install.sh")], env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (prefix / "lib").iterdir()) == ["vrac-desktop"]
    data = tmp_path / "home" / ".local" / "share" / "vrac-desktop"
    data.mkdir(parents=True)
    (data / "vrac.db").write_bytes(b"coach's data")
    gone = subprocess.run(["sh", str(package / "install.sh"), "--uninstall"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert gone.returncode == 0, gone.stderr
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == [data / "vrac.db"]


def test_smoke_test_flag_shows_the_main_window_and_quits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VRAC_TEST_KEYRING_FILE"}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               VRAC_PASSPHRASE="smoke test passphrase", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                             str(tmp_path / "data"), "--smoke-test"], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
    keys_file = (tmp_path / "data" / "vrac.db.keys.json").read_text()
    assert '"mode": "passphrase"' in keys_file  # passphrase mode, as asked


def test_smoke_test_flag_is_hidden_from_help() -> None:
    result = subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "smoke" not in result.stdout
