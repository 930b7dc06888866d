"""Redo in the meeting takes Ctrl+Shift+Z and Ctrl+Y on a real X11 desktop too. There Qt's
own Redo key is Ctrl+Shift+Z; the flow gave it as well, so the action had the same key twice,
which Qt calls "ambiguous" and then runs neither (seen under Xvfb: "QAction::event: Ambiguous
shortcut overload: Ctrl+Shift+Z"). The offscreen platform the other GUI tests use has
Ctrl+Y as its first Redo key, which hid it: this test runs a child on an X server (Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from vrac_desktop.gui.meeting.flow import redo_keys

    app = QApplication([])
    window = QLineEdit()
    window.setReadOnly(True)  # its own Ctrl+Z/Ctrl+Y must not take the keys first
    counts = {"before": 0, "now": 0}
    actions = {}
    for name, keys in (("before", [QKeySequence("Ctrl+Shift+Z"),
                                   QKeySequence(QKeySequence.StandardKey.Redo)]),
                       ("now", redo_keys())):
        action = QAction(window)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False, n=name: counts.__setitem__(n, counts[n] + 1))
        actions[name] = action
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.setFocus()
    app.processEvents()
    for name in ("before", "now"):
        window.addAction(actions[name])
        QTest.keyClick(window, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        window.removeAction(actions[name])
    keys = [k.toString() for k in redo_keys()]
    print(counts["before"], counts["now"], len(keys) == len(set(keys)),
          "Ctrl+Shift+Z" in keys, "Ctrl+Y" in keys)
""")


def test_redo_keys_work_on_an_x11_desktop(tmp_path: Path) -> None:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1024x700x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fd:
            display = fd.readline().strip()
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
                   HOME=str(tmp_path))
        done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                              text=True, timeout=60, check=False)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    before, now, unique, shift_z, ctrl_y = done.stdout.split()
    assert before == "0"  # the old keys: Ctrl+Shift+Z ambiguous, and no Ctrl+Y on X11
    assert now == "2"  # both keys redo, once each
    assert (unique, shift_z, ctrl_y) == ("True", "True", "True")
