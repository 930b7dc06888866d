"""The laptop's search index follows what a sync pull writes: new families, new versions,
renames and erasures from another laptop (the index itself never goes to the server)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import inspect

from tests.factories import sample_plan
from tests.server.conftest import TEAM, Team
from tests.store.test_search_index import assert_same_as_before
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync

KEYS = ("yusuf", "nadia", "el amrani", "benali", "ref-3", "j", "ja", "jan")


def test_a_pull_keeps_the_search_index_in_step(team: Team) -> None:
    family, _ = create_family(team.a, display_name="El Amrani", reference="REF-3",
                              actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    create_family(team.a, display_name="Jansen", actor="anna")
    sync(team.a, team.server, team=TEAM, actor="anna", server_name="test")
    assert search_families(team.b, text="yusuf") == []
    sync(team.b, team.server, team=TEAM, actor="bram", server_name="test")
    assert [f.id for f in search_families(team.b, text="yusuf")] == [family.id]
    assert_same_as_before(team.b, KEYS)

    # Laptop A renames a member and the family; B pulls both.
    renamed = replace(plan, team=tuple(replace(m, name="Nadia") if m.name == "Yusuf" else m
                                       for m in plan.team))
    save_plan_version(team.a, family_id=family.id, content=renamed, actor="anna")
    update_family(team.a, family_id=family.id, display_name="Benali", actor="anna")
    sync(team.a, team.server, team=TEAM, actor="anna", server_name="test")
    sync(team.b, team.server, team=TEAM, actor="bram", server_name="test")
    assert search_families(team.b, text="yusuf") == []
    assert [f.display_name for f in search_families(team.b, text="nadia")] == ["Benali"]
    assert_same_as_before(team.b, KEYS)

    with team.server.engine.connect() as conn:
        assert not {"family_search", "family_search_stale"} & set(
            inspect(conn).get_table_names())
