"""The newest schema revision, read from the migration files alone: no SQLAlchemy, no
Alembic. Both the database opener (store/database.py) and the first screen's plain reader
(store/first_screen.py) compare a database's ``alembic_version`` with it."""

from __future__ import annotations

import re

from vrac_desktop.resources_path import migrations_dir

MIGRATIONS_DIR = migrations_dir()


def newest_migration() -> str:
    """The head revision from the migration files alone (no Alembic): each
    ``db/versions/NNNN_name.py`` says ``revision = "..."`` and ``down_revision = "..."``; the
    head is the one no other file revises (numbers are reserved per branch, so the newest is
    not always the largest). tests/store/test_migrations.py checks that this is Alembic's
    head."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"):
        text_ = path.read_text(encoding="utf-8")
        found = re.search(r'^revision = "([^"]+)"', text_, re.M)
        down = re.search(r'^down_revision = "([^"]+)"', text_, re.M)
        if found:
            revisions.add(found.group(1))
        if down:
            revised.add(down.group(1))
    heads = sorted(revisions - revised)
    return heads[0] if len(heads) == 1 else ""  # none or several: Alembic decides
