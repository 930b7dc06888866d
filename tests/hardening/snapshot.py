"""What "nothing was lost" compares: ``export-family`` of every family (the moment of export
left out) and ``verify-history``, taken before and after a bad input, a kill or a restore."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from vrac_desktop.services.families import search_families
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.transfer import export_family
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths


def snapshot_db(db: Database) -> dict[str, Any]:
    families: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for family in search_families(db, include_closed=True, limit=100000):
            path = export_family(db, family_id=family.id, path=Path(tmp) / f"{family.id}.json",
                                 actor="snapshot")
            data = json.loads(path.read_text(encoding="utf-8"))
            data.pop("exported_at", None)
            families[family.id] = data
    report = verify_history(db)
    return {"families": families,
            "verify_history": {"ok": report.ok, "families": report.families,
                               "versions": report.versions,
                               "problems": [p.message for p in report.problems]}}


def snapshot(paths: DataPaths, passphrase: str | None = None) -> dict[str, Any]:
    """The dump of the data folder at ``paths`` (opened and closed again)."""
    db = open_local(paths, passphrase)
    try:
        return snapshot_db(db)
    finally:
        db.dispose()


def versions_in(snap: dict[str, Any]) -> int:
    return int(snap["verify_history"]["versions"])
