"""The bench's databases (bench/generate.py) are what the app itself would have written: the
filler plans filled from a template encode exactly as the plan objects do, every hash chain
verifies, and the search index is complete."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from bench import generate
from vrac_desktop.domain.codec import canonical_json
from vrac_desktop.domain.model import PlanContent
from vrac_desktop.services.families import search_families
from vrac_desktop.services.history import verify_history

pytestmark = pytest.mark.sqlcipher_only


def test_filler_template_encodes_like_the_plan_objects() -> None:
    template = generate.FillerTemplate()
    for seed in range(3):
        filled = generate.Ids(random.Random(seed))
        built = generate.Ids(random.Random(seed))
        early, newest, goal_id = template.make(filled, "de Vries-Kaya")
        with generate._seeded_new_id(built):
            plan = generate.filler_plan(built, "de Vries-Kaya")
            old = PlanContent(vision=plan.vision, team=plan.team[:1])
        assert (early, newest, goal_id) == (canonical_json(old), canonical_json(plan),
                                            plan.goals[0].id)


def test_a_small_bench_database_verifies_and_searches(tmp_path: Path) -> None:
    import keyring

    saved_env, saved_keyring = dict(os.environ), keyring.get_keyring()
    made = generate.ensure(generate.Shape(30, 3), tmp_path / "cache")  # sets the bench keyring
    db = made.open_db()
    try:
        report = verify_history(db)
        assert report.ok and report.versions == 30 * 3 + 100 + 4
        found = search_families(db, text="parent", limit=1000)
        assert len(found) == 30  # every filler family by its parent's name, from the index
        assert [f.reference for f in search_families(db, text="ref-000029")] == ["REF-000029"]
    finally:
        db.dispose()
        os.environ.clear()
        os.environ.update(saved_env)
        keyring.set_keyring(saved_keyring)
