"""Write a family export (JSON) for the bundle's smoke test, made by the real app code.

    .venv/bin/python installers/smoke/make_sample_export.py OUT.json WORKDIR

Runs from the source tree (not the bundle): a Dutch-speaking family with the test
factories' plan, saved as two versions with a rating, then ``export_family``. WORKDIR gets a
throw-away passphrase-protected data folder.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.factories import sample_plan, with_progress  # noqa: E402
from vrac_desktop.domain.model import Meeting, Rater, Rating, new_id  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.services.transfer import export_family  # noqa: E402
from vrac_desktop.store.database import open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402
from vrac_desktop.store.provenance import Signer  # noqa: E402
from vrac_desktop.store.signing_keys import signing_identity  # noqa: E402


def main(out: Path, workdir: Path) -> int:
    # Never the developer's own keyring: the null backend makes this a passphrase database.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    paths = DataPaths(workdir / "sample-data")
    db = open_local(paths, "smoke-test-sample-passphrase")
    try:
        family, _ = create_family(db, display_name="Familie Smoke-Test", reference="SMOKE-1",
                                  language="nl", actor="smoke-test")
        plan = sample_plan()
        meeting = Meeting(new_id(), date(2026, 11, 24))
        save_plan_version(db, family_id=family.id, content=plan, actor="smoke-test",
                          meeting=meeting,
                          ratings=[Rating(new_id(), plan.goals[0].id, date(2026, 11, 24), 4,
                                          Rater.FAMILY, meeting.id)])
        save_plan_version(db, family_id=family.id, content=with_progress(plan),
                          actor="smoke-test")
        # Signed like `vrac-desktop export-family` does: import-family refuses unsigned files.
        signer = Signer(signing_identity(paths, coach_name="Smoke Test",
                                         passphrase="smoke-test-sample-passphrase"))
        export_family(db, family_id=family.id, path=out, actor="smoke-test", signer=signer)
    finally:
        db.dispose()
    sys.stdout.write(f"{family.id}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
