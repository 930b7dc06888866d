"""Benchmark: export a large plan (50 goals, 300 actions) as signed .pdf + .docx.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [GOALS] [ACTIONS]

Builds a throwaway data folder (test keyring file), saves the plan with four meetings of
ratings, then times ``vrac-desktop export plan ... --pdf --docx`` as a user would run it
(a fresh process: Python start-up, Qt, charts, layout, signing, writing) and ``verify``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.factories

from tests import keyring_backend  # noqa: E402
from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.domain.model import Action, Goal, Meeting, Rater, Rating, new_id  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402


def large_plan(goals: int, actions: int):  # type: ignore[no-untyped-def]
    base = sample_plan()
    team = base.team
    goal_list = tuple(
        Goal(new_id(), f"Goal {i + 1}: {base.goals[i % 2].title}", (base.needs[i % 2].id,),
             "days per week",
             i % 5, 8 + i % 3, date(2027, 6, 1))
        for i in range(goals)
    )
    action_list = tuple(
        Action(new_id(), f"Action {i + 1}: {base.actions[i % 4].description}",
               team[i % len(team)].id, goal_list[i % goals].id,
               date(2027, 1, 1) + timedelta(days=i % 150))
        for i in range(actions)
    )
    return replace(base, goals=goal_list, actions=action_list)


def main(goals: int = 50, actions: int = 300) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        keyring_backend.use_in_process(Path(tmp) / "keyring.cfg")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        env = dict(os.environ)
        paths = DataPaths(Path(tmp) / "data")
        db = open_local(paths)
        family, _ = create_family(db, display_name="Large family", reference="BENCH-1",
                                  actor="bench")
        plan = large_plan(goals, actions)
        for n, day in enumerate((date(2026, 11, 24), date(2027, 1, 12), date(2027, 3, 9),
                                 date(2027, 5, 18))):
            meeting = Meeting(new_id(), day)
            ratings = [Rating(new_id(), g.id, day, min(10, g.baseline + n), Rater.FAMILY,
                              meeting.id) for g in plan.goals]
            save_plan_version(db, family_id=family.id, content=plan, actor="bench",
                              meeting=meeting, ratings=ratings, today=day)
        db.dispose()
        exe = str(Path(sys.executable).parent / "vrac-desktop")
        out = Path(tmp)
        cmd = [exe, "--data-dir", str(paths.root), "export", "plan", "BENCH-1",
               "--pdf", str(out / "large.pdf"), "--docx", str(out / "large.docx")]
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([exe, "--data-dir", str(paths.root), "verify", str(out / "large.pdf")],
                       env=env, check=True, capture_output=True)
        verify_s = time.perf_counter() - start
        pages = subprocess.run(["pdfinfo", str(out / "large.pdf")], capture_output=True,
                               text=True, check=False).stdout
        page_count = next((line.split()[-1] for line in pages.splitlines()
                           if line.startswith("Pages:")), "?")
        sys.stdout.write(
            f"{goals} goals, {actions} actions: export (.pdf + .docx + .p7s) {export_s:.1f} s, "
            f"verify pdf {verify_s:.1f} s; {page_count} pages, "
            f"pdf {(out / 'large.pdf').stat().st_size // 1024} KiB, "
            f"docx {(out / 'large.docx').stat().st_size // 1024} KiB\n")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
