"""``make bench``: the figures of docs/performance.md, each also as a ratio to a baseline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench [--quick] [--cache DIR]

Seconds depend on the machine; a ratio to something simple measured on the same machine in the
same run (a bare Qt window, a plain SQLCipher insert, a bare pyqtgraph plot, LibreOffice) travels
better. Targets are goals, not pass/fail tests: the table says which are met.

``--quick`` (``make bench QUICK=1``): 100 and 1,000 families instead of up to 10,000, 300
instead of 1,000 in the team sync (bench/bench_sync.py, which starts its own PostgreSQL), and
fewer repeats; a few minutes on 2 cores, for a first look. The cold start is measured with
10,000 families either way (its target's size). The full run builds (once, cached)
a 10,000-family database of ~770 MB and a 100,000-family one of ~1 GB (bench/generate.py;
bench/bench_search.py measures search, save and memory on it).
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from bench.startup import compile_tree  # noqa: E402
from tests import keyring_backend  # noqa: E402


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


@dataclass(frozen=True)
class Figure:
    name: str
    seconds: float
    baseline_name: str = ""
    baseline: float | None = None
    target: float | None = None  # seconds (or MiB for memory)
    target_ratio: float | None = None
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None

    def met(self) -> str:
        checks = []
        if self.target is not None:
            checks.append(self.seconds <= self.target)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        if not checks:
            return ""
        return "yes" if all(checks) else "NO"


def median(work: Callable[[], object], repeat: int, *, warm: int = 1) -> float:
    for _ in range(warm):
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fmt(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


# --- the figures -----------------------------------------------------------------------------


def cold_start(made: generate.Generated, repeat: int
               ) -> tuple[Figure, Figure, Figure, Figure]:
    """Median wall time from process start to the families list painted, and to the rest
    loaded; peak RSS of the app child. Interleaved with the bare window, same way."""
    script = str(ROOT / "bench" / "startup.py")
    compile_tree(ROOT)  # bytecode, as an installed app has (bench/startup.py)
    env = dict(keyring_backend.child_environment(made.keyring), QT_QPA_PLATFORM="offscreen")
    first_paint_imports: set[str] = set()

    def run(*args: str) -> list[tuple[float, float, int]]:
        env["VRAC_BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, script, *args], env=env, capture_output=True,
                              text=True, check=True)
        for line in done.stderr.splitlines():
            if line.startswith("imported at first paint:"):
                first_paint_imports.update(line.split(":", 1)[1].split())
        return [(float(seconds), float(rss), int(rows)) for seconds, rss, rows in
                (line.split() for line in done.stdout.splitlines())]

    bare, app, loaded, rss, rows = [], [], [], [], 0
    run("bare")  # warm the OS file cache for both, like a second start of the day
    run("app", str(made.data))
    for _ in range(repeat):  # interleaved: a busy neighbour slows both alike
        bare.append(run("bare")[0][0])
        (seconds, _peak, rows), (whole, peak, _rows) = run("app", str(made.data))
        app.append(seconds)
        loaded.append(whole)
        rss.append(peak)
    used_rss = run("app", str(made.data), made.busy_id)[-1][1]
    families = made.shape.families + 2
    base_name, base = "bare PySide6 window, same way", statistics.median(bare)
    imported = " ".join(sorted(first_paint_imports - {"none"})) or "no ORM/Alembic/pyqtgraph"
    return (
        Figure(f"cold start to families list usable ({families} families)",
               statistics.median(app), base_name, base, target_ratio=1.5,
               note=f"list shows {rows} rows; imported at first paint: {imported}"),
        Figure("  then the rest loaded (ORM, every page and menu)", statistics.median(loaded),
               base_name, base),
        Figure(f"peak RSS, started ({families} families)", max(rss), unit="MiB",
               target=250.0),
        Figure("peak RSS, + searched, opened busy family with charts", used_rss, unit="MiB",
               target=250.0),
    )


def keyring_start(made: generate.Generated, runs: int) -> list[Figure] | str:
    """The cold start with the key in GNOME Keyring (bench/secret_service_start.py, its own
    D-Bus session), else why not measured."""
    from bench import secret_service_start as ss

    why = ss.available()
    if why:
        return f"cold start with GNOME Keyring: not measured, {why}"
    got = ss.measure(made.data, made.keyring, runs)
    base_name = "bare PySide6 window, same session"
    return [
        Figure("cold start, key in GNOME Keyring (Secret Service)", got["remembered"],
               base_name, got["bare"], target_ratio=1.5,
               note="backend remembered from the start before; the entry read over D-Bus "
                    "without keyring (store/secret_service.py)"),
        Figure("  the same, keyring searching every backend (before)", got["searched"],
               base_name, got["bare"], note="a folder's first start since this version"),
    ]


def bundle_start(bare: float | None) -> list[Figure] | str:
    """installers/measure_start.py on the built bundle (``make bundle``), else why not."""
    bundle = ROOT / "dist" / "vrac-desktop"
    if not (bundle / "vrac-desktop").is_file():
        return (f"bundle start: not measured, no bundle at {bundle.relative_to(ROOT)}/ "
                "(build it with `make bundle`, then run `make bench` again)")
    done = subprocess.run([sys.executable, str(ROOT / "installers" / "measure_start.py"),
                           str(bundle)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"bundle start: installers/measure_start.py failed: {done.stderr.strip()}"
    found = {}
    for line in done.stdout.splitlines():
        what, _, rest = line.partition(": median ")
        if rest:
            found[what] = float(rest.split()[0])
    base_name = "bare PySide6 window (cold start above)" if bare else ""
    return [
        Figure("bundle: `vrac-desktop --version`", found["--version"], unit="s"),
        Figure("bundle: start to main window loaded (--smoke-test, passphrase)",
               found["GUI start to main window shown"], base_name, bare, unit="s",
               note="includes the passphrase's scrypt"),
    ]


def save_version(made: generate.Generated, repeat: int) -> Figure:
    """finish_meeting on filler families (a new version, its meeting and ratings) vs a plain
    SQLCipher INSERT of the same JSON text, same key and pragmas, one transaction each."""
    from sqlalchemy import text

    from vrac_desktop.domain.codec import canonical_json
    from vrac_desktop.domain.model import Rater, Rating, new_id
    from vrac_desktop.services.meetings import finish_meeting, start_meeting
    from vrac_desktop.store.models import FamilyRow

    db = made.open_db()
    try:
        with db.session() as s:
            ids = list(s.scalars(text("SELECT id FROM families WHERE reference LIKE 'REF-%' "
                                      "ORDER BY reference LIMIT :n"), {"n": repeat + 1}))
        assert FamilyRow  # the mapped table the text query reads
        drafts = []
        for fid in ids:
            draft = start_meeting(db, family_id=fid, today=date(2027, 2, 1))
            goal = draft.plan.goals[0]
            drafts.append(replace(draft, ratings=(
                Rating(new_id(), goal.id, date(2027, 2, 1), 5, Rater.FAMILY,
                       draft.meeting.id),)))
        body = canonical_json(drafts[0].plan)
        queue = list(drafts)

        def save() -> None:
            finish_meeting(db, draft=queue.pop(), actor="bench", today=date(2027, 2, 1))

        seconds = median(save, repeat)
        # The baseline: the same engine (same key, same pragmas), raw DBAPI, no ORM.
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("CREATE TABLE IF NOT EXISTS bench_plain (id INTEGER PRIMARY KEY, "
                        "body TEXT)")
            raw.commit()

            def plain() -> None:
                cur.execute("INSERT INTO bench_plain (body) VALUES (?)", (body,))
                raw.commit()

            base = median(plain, repeat)
            cur.execute("DROP TABLE bench_plain")
            raw.commit()
        finally:
            raw.close()
    finally:
        db.dispose()
    return Figure(f"save a meeting as a new version ({made.shape.families + 2} families)",
                  seconds, "plain SQLCipher INSERT of the same JSON + commit", base,
                  target=0.050)


def search(made: generate.Generated, repeat: int) -> Figure:
    """search_families for each prefix of a typed name vs the raw LIKE query without ORM."""
    from vrac_desktop.services.families import search_families

    typed = ["j", "ja", "jan", "jans", "janse", "jansen", "jansen b", "jansen ba", "ref-0012"]
    db = made.open_db()
    try:
        def service() -> None:
            for word in typed:
                search_families(db, text=word)

        seconds = median(service, repeat) / len(typed)
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()

            def plain() -> None:
                for word in typed:
                    cur.execute("SELECT id, display_name FROM families WHERE search_key LIKE ? "
                                "LIMIT 500", (f"%{word.split()[0]}%",))
                    cur.fetchall()

            base = median(plain, repeat) / len(typed)
        finally:
            raw.close()
    finally:
        db.dispose()
    return Figure(f"search as you type, per key ({made.shape.families + 2} families)",
                  seconds, "raw LIKE query, no ORM, no counts", base, target=0.030)


def open_family(made: generate.Generated, repeat: int) -> Figure:
    """FamilyHome.show_family for the busy family (100 versions, 200 ratings), painted."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from vrac_desktop.services.plans import ratings_for

    from vrac_desktop.gui.family_home import FamilyHome

    app = QApplication.instance() or QApplication([])
    db = made.open_db()
    try:
        home = FamilyHome(db)
        home.resize(1100, 720)
        home.show()

        def show() -> None:
            home.show_family(made.busy_id, today=date(2027, 6, 1))
            app.processEvents()
            home.grab()

        seconds = median(show, repeat)
        ratings = ratings_for(db, family_id=made.busy_id)
        xs = [float(r.rated_on.toordinal()) for r in ratings]
        ys = [float(r.value) for r in ratings]

        def bare() -> None:
            widget = pg.PlotWidget()
            widget.resize(1100, 720)
            widget.plot(xs, ys, symbol="o")
            widget.grab()
            widget.deleteLater()

        base = median(bare, repeat)
        home.close()
        home.deleteLater()
    finally:
        db.dispose()
    # On its first tab: the Progress charts are drawn when that tab is shown (issue 19).
    return Figure("open a family (100 versions, 200 ratings), charts drawn when shown",
                  seconds, "bare pyqtgraph PlotWidget, 200 points", base, target=0.150,
                  target_ratio=3.0)


def diff(made: generate.Generated, repeat: int) -> Figure:
    """diff_plans of two versions of the 50-goal, 300-action plan, with real changes."""
    from vrac_desktop.domain.codec import to_jsonable
    from vrac_desktop.domain.diff import diff_plans
    from vrac_desktop.domain.model import ActionStatus
    from vrac_desktop.services.plans import current_version

    db = made.open_db()
    try:
        version = current_version(db, family_id=made.large_id)
        assert version is not None
        old = version.content
    finally:
        db.dispose()
    new = replace(
        old,
        goals=tuple(replace(g, target=min(10, g.target + 1)) if i % 5 == 0 else g
                    for i, g in enumerate(old.goals))[:-2],
        actions=tuple(replace(a, status=ActionStatus.DONE) if i % 7 == 0 else a
                      for i, a in enumerate(old.actions))[:-10],
    )
    seconds = median(lambda: diff_plans(old, new), repeat * 3)
    base = median(lambda: to_jsonable(old) == to_jsonable(new), repeat * 3)
    return Figure("diff two versions of a large plan (50 goals, 300 actions)", seconds,
                  "to_jsonable both + compare", base, target=0.020)


def export(made: generate.Generated, work: Path, repeat: int) -> list[Figure]:
    """The signed .pdf + .docx of the large plan: in the running app (warm) and as the
    ``vrac-desktop export`` command (a new process), vs LibreOffice converting the .docx."""
    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.documents.pdf_render import ensure_gui_app
    from vrac_desktop.services.exports import DocumentKind, load_export_source
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.signing_keys import signing_identity

    copy = made.copy_to(work / "export")
    db = copy.open_db()
    try:
        ensure_gui_app()
        identity = signing_identity(DataPaths(copy.data), coach_name="Bench Coach")
        renderer = DocumentRenderer(identity)

        def in_app() -> None:
            source = load_export_source(db, family_id=copy.large_id, kind=DocumentKind.PLAN,
                                        as_of=None)
            renderer(source, pdf=True, docx=True, progress=lambda _p, _m: None)

        warm = median(in_app, max(1, repeat // 2))
        gui, warnings = gui_export(db, DataPaths(copy.data), copy.large_id, work / "gui",
                                   max(1, repeat // 2))
    finally:
        db.dispose()
    exe = str(Path(sys.executable).parent / "vrac-desktop")
    env = keyring_backend.child_environment(copy.keyring)
    pdf, docx = work / "large.pdf", work / "large.docx"

    def command() -> None:
        subprocess.run([exe, "--data-dir", str(copy.data), "export", "plan",
                        generate.LARGE_REF, "--pdf", str(pdf), "--docx", str(docx)],
                       env=env, check=True, capture_output=True)

    cold = median(command, 2, warm=0)
    pages = _pdf_pages(pdf)
    office = shutil.which("soffice")
    base = None
    if office:
        profile = work / "lo-profile"

        def libreoffice() -> None:
            subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)],
                           check=True, capture_output=True, timeout=300)

        base = median(libreoffice, 2, warm=1)
    base_name = "LibreOffice headless .docx -> .pdf" if office else "(LibreOffice not installed)"
    sizes = f"{pages} pages, pdf {pdf.stat().st_size // 1024} KiB, " \
            f"docx {docx.stat().st_size // 1024} KiB"
    return [
        Figure("export signed .pdf + .docx, large plan, in the app", warm, base_name, base,
               target_ratio=0.5, unit="s", note=sizes),
        Figure("same, from the GUI (Family menu, export runs on a worker thread)", gui,
               "the same export in the app (the figure above)", warm, target_ratio=1.2,
               unit="s", note=f"{warnings} Qt warnings printed"),
        Figure("same, `vrac-desktop export` command (new process)", cold, base_name, base,
               unit="s"),
    ]


def gui_export(db: object, paths: object, family_id: str, folder: Path, repeat: int
               ) -> tuple[float, int]:
    """Seconds from the coach's "Export" to the "Exported" message, through the GUI's own
    code (DataActions: signing identity from the unlocked database, worker thread, charts
    drawn on the UI thread), and how many Qt warnings it printed."""
    from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMainWindow

    from vrac_desktop.gui.data_actions import DataActions, WindowHooks

    folder.mkdir(parents=True, exist_ok=True)
    window = QMainWindow()
    actions = DataActions(window, db, paths=paths, settings=None,  # type: ignore[arg-type]
                          actor="bench", hooks=WindowHooks(lambda: family_id, lambda _f: None))
    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform says this of every message box; a desktop never does.
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
            warnings.append(message)

    previous = qInstallMessageHandler(handler)
    app = QApplication.instance()
    assert app is not None
    wake = QTimer()
    wake.start(20)

    def once() -> None:
        task = actions.export_document("plan", str(folder / "large.pdf"), family_copy=False,
                                       formats="both")
        assert task is not None
        # As the application's event loop does: sleep until an event comes (a chart asked
        # for by the worker, its progress, its end), not a poll every 2 ms, which delayed
        # each of the 51 charts' hand-over to the UI thread; the timer only bounds a wait.
        while actions.tasks:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if actions.last_message is not None:
            actions.last_message.close()

    try:
        seconds = median(once, repeat)
    finally:
        qInstallMessageHandler(previous)
        wake.stop()
        window.deleteLater()
    for message in sorted(set(warnings)):
        out(f"    Qt warning during the GUI export: {message}")
    return seconds, len(warnings)


def fidelity(made: generate.Generated, work: Path, repeat: int) -> list[Figure]:
    """The organisation's fidelity summary over every family vs reading the same rows raw
    (bench/bench_fidelity.py)."""
    from bench.bench_fidelity import fidelity_summary

    return [Figure(name, seconds, "the same rows read raw (plain SELECT per table, fetchall)",
                   baseline)
            for name, seconds, baseline in fidelity_summary(made, max(3, repeat // 3), work)]


def _pdf_pages(pdf: Path) -> str:
    if not shutil.which("pdfinfo"):
        return "?"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=False).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")),
                "?")


def scaling(sizes: list[int], cache: Path | None, work: Path, repeat: int) -> list[str]:
    """Save, search and cold start at each size, and the slope between the extremes."""
    rows: dict[str, list[float]] = {"save": [], "search": [], "cold start": [],
                                    "peak RSS (MiB)": []}
    for n in sizes:
        made = generate.ensure(generate.Shape(n), cache, log=out)
        rows["save"].append(save_version(made.copy_to(work / f"scale-{n}"), repeat).seconds)
        rows["search"].append(search(made, repeat).seconds)
        start, _loaded, rss, _used = cold_start(made, max(3, repeat // 3))
        rows["cold start"].append(start.seconds)
        rows["peak RSS (MiB)"].append(rss.seconds)
        shutil.rmtree(work / f"scale-{n}", ignore_errors=True)
    lines = [f"{'figure':<18}" + "".join(f"{n:>12,}" for n in sizes)
             + f"{'slope':>10}  (time ~ families^slope; 0 = flat, 1 = linear)"]
    for name, values in rows.items():
        unit = "MiB" if "MiB" in name else "ms"
        cells = "".join(f"{v:>12.0f}" if unit == "MiB" else f"{v * 1000:>12.1f}"
                        for v in values)
        slope = math.log(values[-1] / values[0]) / math.log(sizes[-1] / sizes[0])
        lines.append(f"{name:<18}{cells}{slope:>10.2f}")
    return lines


# --- team sync (bench/bench_sync.py, its own PostgreSQL) -------------------------------------


def team_sync(families: int, cache: Path | None, work: Path) -> tuple[list[Figure], list[str]]:
    """bench/bench_sync.py in its own process (it starts a throw-away PostgreSQL and uses its
    own keyring file): its figures for the table, and its full printout."""
    summary = work / "sync.json"
    cmd = [sys.executable, str(ROOT / "bench" / "bench_sync.py"), "--families", str(families),
           "--json", str(summary)] + (["--cache", str(cache)] if cache else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = done.stdout.splitlines() + done.stderr.splitlines()[-5:]
    if done.returncode != 0 or not summary.exists():
        return [], [f"bench_sync failed (exit {done.returncode})", *lines]
    import json

    got = json.loads(summary.read_text())
    n = got["families"]
    figures = [
        Figure(f"Team sync: first push, {n} families (plain server)", got["first_push"],
               "bulk INSERT of the same rows to PostgreSQL", got["base_push"], target_ratio=5,
               unit="s"),
        Figure(f"Team sync: first push, {n} families (roles, RLS, signed, team key)",
               got["first_push_secured"], "bulk INSERT of the same rows to PostgreSQL",
               got["base_push"], unit="s", note="includes signing every row"),
        Figure(f"Team sync: join, first pull of {n} families (roles, RLS, signed, team key)",
               got["join"], "bulk INSERT of the same rows to SQLCipher", got["base_pull"],
               target=60 * n / 10_000, unit="s",
               note=f"target: 10,000 families in 60 s; {got['join'] * 10_000 / n:.0f} s at "
                    "10,000 at this rate"),
    ]
    return figures, lines


def machine() -> list[str]:
    import sqlcipher3.dbapi2 as sqlcipher

    import PySide6
    from PySide6.QtCore import qVersion

    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout
    total = next((line.split()[1] for line in mem.splitlines() if line.startswith("Mem:")),
                 "?")
    conn = sqlcipher.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    fts5 = conn.execute("PRAGMA compile_options").fetchall()
    conn.close()
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores (nproc), memory {total}, load "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLCipher {cipher} (SQLite {sqlcipher.sqlite_version}, "
        f"FTS5 {'yes' if any('FTS5' in o[0] for o in fts5) else 'no'}), "
        f"{platform.system()} {platform.release()}",
    ]


def figure_row(f: Figure) -> str:
    """One figure as a row of the table: measured, baseline, ratio, target, met."""
    base = fmt(f.baseline, f.unit) if f.baseline else "-"
    ratio = f"{f.ratio:.3g}x" if f.ratio is not None else "-"  # 1.47x, beside a 1.5x target
    target = (f"{f.target_ratio}x" if f.target_ratio else
              fmt(f.target, f.unit) if f.target is not None else "-")
    return (f"{f.name:<66}{fmt(f.seconds, f.unit):>11}{base:>11}{ratio:>10}{target:>10}"
            f"{f.met():>5}")


def table(figures: list[Figure], lines_after: Sequence[str] = ()) -> None:
    """The figures with their baselines, ratios and targets (then ``lines_after``, e.g. why
    a figure is missing), then what each baseline is."""
    out()
    out(f"{'figure':<66}{'measured':>11}{'baseline':>11}{'ratio':>10}{'target':>10}{'met':>5}")
    for f in figures:
        out(figure_row(f))
    for line in lines_after:
        out(line)
    out()
    out("Baselines:")
    for f in figures:
        if f.baseline_name:
            out(f"  {f.name}: {f.baseline_name}" + (f" [{f.note}]" if f.note else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 families only")
    parser.add_argument("--cache", type=Path, default=None,
                        help=f"where databases are kept (default {generate.default_cache()})")
    parser.add_argument("--only-export", action="store_true",
                        help="only the export figures (in the app, GUI, command), 100 families")
    args = parser.parse_args(argv)
    sizes = [100] if args.only_export else [100, 1000] if args.quick else [100, 1000, 10_000]
    repeat = 5 if args.quick else 15
    began = time.perf_counter()
    for line in machine():
        out(line)
    out(f"Generating or reusing the databases ({', '.join(map(str, sizes))} families)...")
    made = {n: generate.ensure(generate.Shape(n), args.cache, log=out) for n in sizes}
    big = made[sizes[-1]]
    for n, m in made.items():
        size = sum(f.stat().st_size for f in m.data.rglob("*") if f.is_file())
        out(f"  {n:>6} families: {size / 2**20:.0f} MiB"
            + (f", built in {m.seconds:.1f} s" if m.seconds else ", cached"))
    work = Path(tempfile.mkdtemp(prefix="vrac-bench-"))
    keyring_backend.use_in_process(big.keyring)
    try:
        figures: list[Figure] = []
        if args.only_export:
            figures.extend(export(big, work, repeat))
            table(figures)
            return 0
        # Cold start with 10,000 families even with --quick (the target's size; built once).
        cold_db = big if big.shape.families >= 10_000 else generate.ensure(
            generate.Shape(10_000), args.cache, log=out)
        out("Cold start..."); cold = cold_start(cold_db, 7 if args.quick else 9)  # noqa: E702
        figures.extend(cold)
        out("Cold start, GNOME Keyring...")
        desktop = keyring_start(cold_db, 5 if args.quick else 7)
        if isinstance(desktop, str):
            out(desktop)
        else:
            figures.extend(desktop)
        out("Bundle start..."); bundle = bundle_start(cold[0].baseline)  # noqa: E702
        if not isinstance(bundle, str):
            figures.extend(bundle)
        out("Save..."); figures.append(save_version(big.copy_to(work / "save"), repeat))  # noqa: E702
        shutil.rmtree(work / "save", ignore_errors=True)
        out("Open a family..."); figures.append(open_family(big, repeat))  # noqa: E702
        out("Diff..."); figures.append(diff(big, repeat))  # noqa: E702
        out("Search..."); figures.append(search(big, repeat))  # noqa: E702
        out("Fidelity summary..."); figures.extend(fidelity(big, work, repeat))  # noqa: E702
        out("Export..."); figures.extend(export(big, work, repeat))  # noqa: E702
        out("Scaling..."); scale = scaling(sizes, args.cache, work, repeat)  # noqa: E702
        out("Team sync...")
        synced, sync_lines = team_sync(300 if args.quick else 1000, args.cache, work)
        figures.extend(synced)
        if not args.quick:  # QUICK stays at 1,000 families
            from bench import bench_search

            out("100,000 families...")
            figures.extend(bench_search.run(args.cache, work, 7))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table(figures, [bundle] if isinstance(bundle, str) else [])
    out()
    out("Scaling (medians):")
    for line in scale:
        out("  " + line)
    out()
    out("Team sync (bench/bench_sync.py; the 10,000-family join: "
        "bench/bench_sync.py --families 10000):")
    for line in sync_lines:
        out("  " + line)
    if not args.quick:
        out()
        out("Chart widgets and renders (bench/bench_charts.py):")
        charts = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_charts.py")],
                                capture_output=True, text=True, check=False)
        for line in charts.stdout.splitlines():
            out("  " + line)
    out(f"\nTotal bench time {time.perf_counter() - began:.0f} s")
    return 0
