"""A batch of families goes to the server in one multi-row INSERT per table; when the server
refuses one family of it (here row-level security: another team's family), that family alone
rolls back and is reported, and the rest of the batch is written family by family."""

from __future__ import annotations

from sqlalchemy import text

from tests.server.conftest import Org
from tests.server.test_isolation import dump_family, seed_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.sync import sync_status
from vrac_desktop.services.transfer import export_family, import_family


def test_one_refused_family_rolls_back_alone_and_the_batch_goes_through(org: Org) -> None:
    anna = org.join("anna", "team-a")
    zoe = org.join("zoe", "team-b")
    theirs = seed_family(anna, "Anna's family")
    assert not anna.sync().problems
    before = dump_family(org.server, theirs)

    # Zoe's laptop: five families of her own and, in the same batch, a copy of team A's family
    # (a stolen export) with one more version. Her account cannot see it on the server.
    mine = [seed_family(zoe, f"Zoe family {i}") for i in range(5)]
    stolen = org.root / "stolen.json"
    export_family(anna.db, family_id=theirs, path=stolen, actor="anna")
    import_family(zoe.db, path=stolen, actor="zoe", allow_unsigned=True)

    result = zoe.sync()

    assert result.families == 6  # one batch (the first holds up to 8 families)
    assert [p.family_id for p in result.problems] == [theirs]
    assert "could not be synced" in result.problems[0].message
    assert dump_family(org.server, theirs) == before  # nothing of it changed on the server
    with org.server.session() as s:
        on_server = dict(s.execute(text(
            "SELECT f.id, f.team || ':' || (SELECT count(*) FROM plan_versions v "
            "WHERE v.family_id = f.id) || ':' || (SELECT count(*) FROM ratings r "
            "WHERE r.family_id = f.id) FROM families f WHERE f.team = 'team-b'")).all())
    assert on_server == {fid: "team-b:2:1" for fid in mine}
    assert sync_status(zoe.db, team="team-b").pending == 1  # only the refused one
    assert verify_history(org.server).ok
    assert verify_history(zoe.db).ok
