"""The team server stores only ciphertext (issue 16, first part).

Three scenario families synced by a team whose laptops joined with the team key; then every
column of every server table (SELECT as the superuser) and a pg_dump of the database are
scanned for 20 distinctive strings of the plans: 0 hits, while both team laptops read them.
One ciphertext byte changed on the server, or two families' ciphertexts swapped: the laptop
refuses that family with a clear report, and the others sync."""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.factories import sample_plan
from tests.server import postgres as pg
from tests.server.conftest import Laptop, Org
from vrac_desktop.domain.model import Meeting, Rater, Rating, TextItem, new_id
from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.services.plans import current_version, save_plan_version
from vrac_desktop.store import server_admin as admin
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import Signer
from vrac_desktop.store.signing_keys import signing_identity
from vrac_desktop.store.team_crypto import new_key_code, new_team_key, wrap_team_key

SCENARIOS = ("Oostveen", "Ramdin", "Kowalski")


def join_with_key(org: Org, name: str, team: str, key: bytes) -> Laptop:
    from vrac_desktop.services.sync_join import join_server

    admin.add_team(org.server, team)
    key_code = new_key_code()
    code = replace(admin.add_coach(org.server, name, team=team),
                   wrapped_key=wrap_team_key(key, key_code, team=team).to_json())
    paths = DataPaths(org.root / f"laptop-{name}")
    db = open_local(paths)
    signer = Signer(signing_identity(paths, coach_name=name.capitalize()))
    joined = join_server(db, paths=paths, code=code.encode(), signer=signer, key_code=key_code)
    laptop = Laptop(name, team, db, paths, joined.url, signer)
    org.laptops.append(laptop)
    return laptop


def seed(laptop: Laptop) -> tuple[list[str], list[str]]:
    """The three scenario families; returns their ids and 20 distinctive strings."""
    ids, strings = [], []
    for i, name in enumerate(SCENARIOS):
        family, _ = create_family(laptop.db, display_name=f"Familie {name}",
                                  reference=f"REF-{name.upper()}-77", actor=laptop.name)
        plan = sample_plan(f" {name}")
        plan = replace(plan, vision=TextItem(new_id(), f"Visie van {name}: rust thuis"))
        meeting = Meeting(new_id(), date(2026, 11, 2 + i), f"Buurthuis {name}",
                          notes=f"Notulen {name}: oma helpt 's ochtends")
        save_plan_version(laptop.db, family_id=family.id, content=plan, actor=laptop.name,
                          meeting=meeting, ratings=[Rating(
                              new_id(), plan.goals[0].id, meeting.held_on, 6, Rater.FAMILY,
                              meeting.id, comment=f"Opmerking {name} over school")])
        ids.append(family.id)
        strings += [f"Familie {name}", f"REF-{name.upper()}-77", f"Visie van {name}",
                    f"Notulen {name}", f"Opmerking {name}", f"Buurthuis {name}"]
    strings += ["Yusuf Oostveen", "Grandma Aziz Ramdin"]  # team members inside the plans
    return ids, strings[:20]


def test_server_holds_no_plan_text_and_both_laptops_read_it(org: Org) -> None:
    key = new_team_key()
    anna = join_with_key(org, "anna", "team-a", key)
    bram = join_with_key(org, "bram", "team-a", key)
    ids, strings = seed(anna)
    assert len(strings) == 20
    assert not anna.sync().problems
    assert not bram.sync().problems
    # Readable on both laptops.
    for laptop in (anna, bram):
        names = {f.display_name for f in search_families(laptop.db, text="Familie")}
        assert names == {f"Familie {n}" for n in SCENARIOS}
        for fid, name in zip(ids, SCENARIOS, strict=True):
            version = current_version(laptop.db, family_id=fid)
            assert version is not None and version.content.vision.text.startswith(
                f"Visie van {name}")
    # Every column of every table, as the superuser.
    hits: list[str] = []
    with org.server.engine.connect() as conn:
        tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = "
                                   "'public'")).scalars().all()
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                cell = " ".join(str(v) for v in row)
                hits += [f"{table}: {s}" for s in strings if s in cell]
    assert hits == []
    # And the whole database as pg_dump writes it.
    url = make_url(org.url)
    dump = subprocess.run(
        [pg.find_binary("pg_dump") or "pg_dump", "-h", "127.0.0.1", "-p", str(url.port),
         "-U", pg.SUPERUSER, "-d", str(url.database)],
        capture_output=True, env={**os.environ, "PGPASSWORD": pg.PASSWORD}, timeout=120)
    assert dump.returncode == 0, dump.stderr
    assert b"vrac-e1:" in dump.stdout  # the ciphertext is there...
    assert [s for s in strings if s.encode() in dump.stdout] == []  # ...and no plain text


@pytest.mark.parametrize("attack", ["flip a byte", "swap two families"])
def test_tampered_or_swapped_ciphertext_is_refused(org: Org, attack: str) -> None:
    key = new_team_key()
    anna = join_with_key(org, "anna", "team-a", key)
    bram = join_with_key(org, "bram", "team-a", key)
    ids, _ = seed(anna)
    assert not anna.sync().problems
    with org.server.engine.begin() as conn:
        if attack == "flip a byte":
            token = conn.execute(text("SELECT notes FROM meetings WHERE family_id = :f"),
                                 {"f": ids[0]}).scalar_one()
            body = token[len("vrac-e1:"):]
            flipped = "vrac-e1:" + body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
            conn.execute(text("UPDATE meetings SET notes = :n WHERE family_id = :f"),
                         {"n": flipped, "f": ids[0]})
        else:
            a, b = (conn.execute(text("SELECT notes FROM meetings WHERE family_id = :f"),
                                 {"f": f}).scalar_one() for f in ids[:2])
            conn.execute(text("UPDATE meetings SET notes = :n WHERE family_id = :f"),
                         {"n": b, "f": ids[0]})
            conn.execute(text("UPDATE meetings SET notes = :n WHERE family_id = :f"),
                         {"n": a, "f": ids[1]})
    result = bram.sync()
    refused = {p.family_id: p.message for p in result.problems}
    expected = {ids[0]} if attack == "flip a byte" else set(ids[:2])
    assert set(refused) == expected
    assert all("meetings.notes" in m and "does not decrypt" in m for m in refused.values())
    assert {f.id for f in search_families(bram.db, text="")} == set(ids) - expected


def test_a_laptop_without_the_team_key_says_so_and_keeps_its_data(
        org: Org, tmp_path: Path) -> None:
    key = new_team_key()
    anna = join_with_key(org, "anna", "team-a", key)
    seed(anna)
    anna.sync()
    carla = org.join("carla", "team-a")  # an old join code: no team key in it
    own, _ = create_family(carla.db, display_name="Carla's own", actor="carla")
    before = [f.id for f in search_families(carla.db, text="")]
    result = carla.sync()
    assert len(result.problems) == 3
    assert all("does not have that key" in p.message for p in result.problems)
    assert [f.id for f in search_families(carla.db, text="")] == before
    _ = Database  # typed fixtures


def test_rotation_leaves_a_removed_coach_unable_to_read_new_versions(org: Org) -> None:
    from vrac_desktop.store.server_credentials import team_keys
    from vrac_desktop.store.team_crypto import TeamKeyError, generation_of, open_value

    key = new_team_key()
    anna = join_with_key(org, "anna", "team-a", key)
    bram = join_with_key(org, "bram", "team-a", key)
    ids, _ = seed(anna)
    anna.sync()
    bram.sync()
    old_keys = team_keys(bram.db, "team-a")
    assert old_keys is not None and old_keys.current == 1
    admin.remove_coach(org.server, "bram", team="team-a")
    fresh = new_team_key()
    assert admin.rotate_team_key(org.server, "team-a", new_key=fresh, generation=2) == ["anna"]
    plan = replace(sample_plan(" after"), vision=TextItem(new_id(), "Written after rotation"))
    save_plan_version(anna.db, family_id=ids[0], content=plan, actor="anna")
    assert not anna.sync().problems  # takes generation 2, writes with it
    anna_keys = team_keys(anna.db, "team-a")
    assert anna_keys is not None and anna_keys.current == 2 and anna_keys.keys[2] == fresh
    with org.server.engine.connect() as conn:  # what a copy of the server holds
        token, hash_ = conn.execute(text(
            "SELECT content_json, hash FROM plan_versions WHERE family_id = :f AND number = 2"),
            {"f": ids[0]}).one()
    assert generation_of(token) == 2
    # And every field written before the rotation was re-encrypted with generation 2 by
    # anna's sync: a copy of the server taken now opens with no key bram kept.
    from vrac_desktop.store.team_crypto import SEALED

    with org.server.engine.connect() as conn:
        for table, (_, columns) in SEALED.items():
            for column in columns:
                tokens = conn.execute(text(f"SELECT {column} FROM {table} WHERE {column} "
                                           "LIKE 'vrac-e1:%'")).scalars().all()
                assert all(generation_of(t) == 2 for t in tokens), (table, column)
    with pytest.raises(TeamKeyError, match="generation 2"):
        open_value(old_keys, token, table="plan_versions", family_id=ids[0], row_key=hash_,
                   column="content_json")
    # A coach who joins now gets both generations and reads old and new.
    carla_keys = replace(anna_keys)
    from vrac_desktop.services.sync_join import join_server

    key_code = new_key_code()
    code = replace(admin.add_coach(org.server, "carla", team="team-a"),
                   wrapped_key=wrap_team_key(carla_keys.to_bytes(), key_code,
                                             team="team-a").to_json())
    paths = DataPaths(org.root / "laptop-carla")
    db = open_local(paths)
    try:
        join_server(db, paths=paths, code=code.encode(), key_code=key_code,
                    signer=Signer(signing_identity(paths, coach_name="Carla")))
        carla = Laptop("carla", "team-a", db, paths, code.url(), Signer(signing_identity(
            paths, coach_name="Carla")))
        assert not carla.sync().problems
        version = current_version(db, family_id=ids[0])
        assert version is not None and version.content.vision.text == "Written after rotation"
        assert len(search_families(db, text="Familie")) == 3
    finally:
        db.dispose()
