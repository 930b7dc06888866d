"""A minimal app process for the single-instance tests: ``python -m tests.hardening.instance_app
DATA_DIR [--hold-only | --listen-after MS]``. Prints "primary", then "raised" when asked to
come forward; or "secondary: <message>". ``--hold-only`` takes the OS lock without answering
(a hung owner). ``--listen-after MS``: the owner starts answering MS after it took the folder,
as the app does once its window is painted; it prints "listening" then."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from vrac_desktop.store.instance import InstanceLock
from vrac_desktop.store.paths import DataPaths

from vrac_desktop.gui.single_instance import SingleInstance


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    paths = DataPaths(Path(sys.argv[1]))
    if "--hold-only" in sys.argv:
        lock = InstanceLock(paths)
        lock.acquire()
        print("holding", flush=True)
        sys.stdin.readline()
        return 0
    instance = SingleInstance(paths)
    result = instance.start()
    if not result.primary:
        print(f"secondary: {result.message}", flush=True)
        return 0
    print("primary", flush=True)

    def raised() -> None:
        print("raised", flush=True)
        QTimer.singleShot(100, app.quit)

    instance.raise_requested.connect(raised)

    def listen() -> None:
        instance.listen()
        print("listening", flush=True)

    if "--listen-after" in sys.argv:
        QTimer.singleShot(int(sys.argv[sys.argv.index("--listen-after") + 1]), listen)
    else:
        instance.listen()
    QTimer.singleShot(30_000, app.quit)
    code = app.exec()
    instance.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
