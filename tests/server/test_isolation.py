"""A hostile team member, on the real PostgreSQL: team B's coach attacks team A.

Three laptops joined with join codes: anna and bram in team A, zoe in team B. With zoe's own
login role (what her laptop holds), every read, insert, update, delete, erasure and forged
chain against team A's family fails at the server (permission denied, a row-level security
policy, or no row visible), and team A's rows on the server are byte-identical afterwards.
What zoe cannot do with her role, a server administrator could (write rows as superuser):
those forged versions and erasures are refused by team A's laptops, which stay byte-identical.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import text

from tests.factories import sample_plan, with_progress
from tests.server.conftest import Laptop, Org
from vrac_desktop.domain.history import content_hash, version_hash
from vrac_desktop.domain.model import Meeting, Rater, Rating, TextItem, new_id
from vrac_desktop.services.families import create_family
from vrac_desktop.services.gdpr import erase_family as gdpr_erase
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync_status
from vrac_desktop.store.database import Database
from vrac_desktop.store.provenance import erasure_message, version_message
from vrac_desktop.store.server_connection import server_url

FAMILY_TABLES = ("plan_versions", "plan_version_forks", "meetings", "ratings", "evaluations",
                 "phase_changes", "transition_plans", "meeting_voices", "version_signatures")


def dump_family(db: Database, family_id: str) -> bytes:
    """Every row about the family, in a stable order, as bytes (server or laptop)."""
    out: dict[str, list[list[str]]] = {}
    with db.engine.connect() as conn:
        out["families"] = [[str(v) for v in r] for r in conn.execute(
            text("SELECT * FROM families WHERE id = :f"), {"f": family_id})]
        for table in FAMILY_TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table} WHERE family_id = :f"),
                                {"f": family_id})
            out[table] = sorted([str(v) for v in r] for r in rows)
        out["erasures"] = [[str(v) for v in r] for r in conn.execute(
            text("SELECT * FROM erasures WHERE family_id = :f"), {"f": family_id})]
    return json.dumps(out, sort_keys=True).encode()


def seed_family(laptop: Laptop, name: str) -> str:
    family, _ = create_family(laptop.db, display_name=name, actor=laptop.name)
    plan = sample_plan(f" {name}")
    meeting = Meeting(new_id(), held_on=plan.goals[0].review_on, notes=f"Minutes {name}")
    save_plan_version(laptop.db, family_id=family.id, content=plan, actor=laptop.name,
                      meeting=meeting,
                      ratings=(Rating(new_id(), plan.goals[0].id, meeting.held_on, 5,
                                      Rater.FAMILY),))
    save_plan_version(laptop.db, family_id=family.id, content=with_progress(plan),
                      actor=laptop.name)
    return family.id


class Attempts:
    def __init__(self) -> None:
        self.tried = 0
        self.refused_by_server = 0
        self.refused_by_laptops = 0
        self.log: list[str] = []

    def server(self, conn: psycopg.Connection, what: str, sql: str,
               params: tuple[object, ...] = ()) -> None:
        """One statement with zoe's role: it must raise, or see/change no row."""
        self.tried += 1
        try:
            with conn.transaction():
                cur = conn.execute(sql, params)
                rows = cur.fetchall() if cur.description else []
                changed = cur.rowcount if not cur.description else 0
        except psycopg.errors.InsufficientPrivilege as exc:
            self.refused_by_server += 1
            self.log.append(f"refused  {what}: {str(exc).splitlines()[0]}")
            return
        except psycopg.errors.UniqueViolation:
            # The id exists in a table zoe cannot read: the insert fails without showing it.
            self.refused_by_server += 1
            self.log.append(f"refused  {what}: duplicate key (row not visible)")
            return
        assert not rows and changed in (0, -1), f"{what} got through: {rows or changed}"
        self.refused_by_server += 1
        self.log.append(f"refused  {what}: row-level security, no row visible/changed")

    def laptop(self, what: str, problem: str) -> None:
        self.tried += 1
        self.refused_by_laptops += 1
        self.log.append(f"refused  {what} (by team A's laptops): {problem[:160]}")


@pytest.fixture
def three(org: Org) -> tuple[Laptop, Laptop, Laptop]:
    anna, bram = org.join("anna", "team-a"), org.join("bram", "team-a")
    zoe = org.join("zoe", "team-b")
    return anna, bram, zoe


def zoe_connection(zoe: Laptop) -> psycopg.Connection:
    url = server_url(zoe.url).set(drivername="postgresql", password=zoe.password())
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def test_team_b_cannot_touch_team_a(org: Org, three: tuple[Laptop, Laptop, Laptop],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    anna, bram, zoe = three
    fid = seed_family(anna, "Jansen")
    assert not anna.sync().problems
    assert not bram.sync().problems
    zoe_own = seed_family(zoe, "Peeters")
    assert not zoe.sync().problems
    before_server = dump_family(org.server, fid)
    attempts = Attempts()
    with org.server.engine.connect() as conn:
        versions = conn.execute(text("SELECT hash, number, content_json FROM plan_versions "
                                     "WHERE family_id = :f ORDER BY number"), {"f": fid}).all()
    last_hash = versions[-1][0]

    with zoe_connection(zoe) as z:
        # -- read
        for table in ("families",):
            attempts.server(z, f"read {table}", f"SELECT * FROM {table} WHERE id = %s", (fid,))
        for table in (*FAMILY_TABLES, "erasures"):
            attempts.server(z, f"read {table}",
                            f"SELECT * FROM {table} WHERE family_id = %s", (fid,))
        attempts.server(z, "read team A's certificates",
                        "SELECT * FROM team_certificates WHERE team = 'team-a'")
        attempts.server(z, "read A's content by text search",
                        "SELECT id FROM plan_versions WHERE content_json LIKE '%%Jansen%%'")
        # -- insert (a forged version continuing A's chain, with correct hashes)
        forged = replace(sample_plan(" forged"), vision=TextItem(new_id(), "forged by B"))
        from vrac_desktop.domain.codec import canonical_json

        body = canonical_json(forged)
        from datetime import UTC, datetime

        at = datetime.now(UTC)
        h = version_hash(family_id=fid, number=3, created_at=at, created_by="anna",
                         meeting_id=None, approved=True, content_hash=content_hash(body),
                         prev_hash=last_hash)
        attempts.server(
            z, "insert a forged version 3 into A's chain",
            "INSERT INTO plan_versions (family_id, number, created_at, created_by, approved, "
            "content_json, content_hash, prev_hash, hash) VALUES (%s, 3, %s, 'anna', true, "
            "%s, %s, %s, %s)", (fid, at.isoformat(), body, content_hash(body), last_hash, h))
        attempts.server(
            z, "insert a fork into A's family",
            "INSERT INTO plan_version_forks (hash, family_id, number, created_at, created_by, "
            "approved, content_json, content_hash, prev_hash, received_at) VALUES "
            "(%s, %s, 3, %s, 'anna', true, %s, %s, %s, %s)",
            (h, fid, at.isoformat(), body, content_hash(body), last_hash, at.isoformat()))
        attempts.server(z, "insert a meeting into A's family",
                        "INSERT INTO meetings (id, family_id, held_on, location, "
                        "attendance_json, notes) VALUES (%s, %s, '2027-01-01', '', '[]', 'x')",
                        (new_id(), fid))
        attempts.server(z, "insert a rating into A's family",
                        "INSERT INTO ratings (id, family_id, goal_id, rated_on, value, rater, "
                        "comment) VALUES (%s, %s, %s, '2027-01-01', 0, 'team', '')",
                        (new_id(), fid, new_id()))
        attempts.server(z, "insert a signature for A's version",
                        "INSERT INTO version_signatures VALUES (%s, %s, 'x', 'x', 'x')",
                        (h, fid))
        attempts.server(z, "insert a family into team A",
                        "INSERT INTO families (id, display_name, reference, language, status, "
                        "created_at, updated_at, head_number, head_hash, search_key, team) "
                        "VALUES (%s, 'Spy', '', 'en', 'active', 'x', 'x', 0, %s, 'spy', "
                        "'team-a')", (new_id(), "0" * 64))
        attempts.server(z, "re-insert A's family id into team B",
                        "INSERT INTO families (id, display_name, reference, language, status, "
                        "created_at, updated_at, head_number, head_hash, search_key, team) "
                        "VALUES (%s, 'Spy', '', 'en', 'active', 'x', 'x', 0, %s, 'spy', "
                        "'team-b')", (fid, "0" * 64))
        attempts.server(z, "insert an erasure of A's family",
                        "INSERT INTO erasures (family_id, erased_at, actor) VALUES "
                        "(%s, 'x', 'zoe')", (fid,))
        attempts.server(z, "publish a certificate for team A",
                        "INSERT INTO team_certificates VALUES ('x', 'team-a', 'zoe', 'x', 'x')")
        # -- update
        attempts.server(z, "rename A's family",
                        "UPDATE families SET display_name = 'Hacked' WHERE id = %s", (fid,))
        attempts.server(z, "move A's family to team B",
                        "UPDATE families SET team = 'team-b' WHERE id = %s", (fid,))
        attempts.server(z, "move zoe's own family to team A",
                        "UPDATE families SET team = 'team-a' WHERE id = %s", (zoe_own,))
        for table in FAMILY_TABLES:
            attempts.server(z, f"update {table}",
                            f"UPDATE {table} SET family_id = family_id WHERE family_id = %s",
                            (fid,))
        attempts.server(z, "update even her own version",
                        "UPDATE plan_versions SET created_by = 'x' WHERE family_id = %s",
                        (zoe_own,))
        # -- delete
        for table in (*FAMILY_TABLES, "erasures", "team_certificates"):
            attempts.server(z, f"delete from {table}",
                            f"DELETE FROM {table} WHERE family_id = %s" if table !=
                            "team_certificates" else f"DELETE FROM {table}", (fid,) if table
                            != "team_certificates" else ())
        attempts.server(z, "delete A's family", "DELETE FROM families WHERE id = %s", (fid,))
        attempts.server(z, "delete even her own version",
                        "DELETE FROM plan_versions WHERE family_id = %s", (zoe_own,))
        # -- erasure and privileges
        attempts.server(z, "erase A's family through the server function",
                        "SELECT vrac_erase_family(%s, 'x', NULL, NULL)", (fid,))
        attempts.server(z, "swap the encrypted name of A's family (key rotation function)",
                        "SELECT vrac_reseal('families', %s, %s, 'display_name', 'vrac-e1:x', "
                        "'vrac-e1:y')", (fid, fid))
        attempts.server(z, "read A's team key grants", "SELECT * FROM vrac_team_key_grants")
        attempts.server(z, "become team A's role", "SET ROLE \"vrac_team_team-a\"")
        attempts.server(z, "switch row-level security off",
                        "ALTER TABLE plan_versions DISABLE ROW LEVEL SECURITY")
        attempts.server(z, "drop the policy", "DROP POLICY vrac_team ON families")
        attempts.server(z, "grant herself team A",
                        "GRANT \"vrac_team_team-a\" TO zoe")
        attempts.server(z, "read the operator's team list", "SELECT * FROM vrac_teams")
        attempts.server(z, "publish a second certificate (for a forged key)",
                        "SELECT vrac_register_certificate('ab', 'x')")

    # -- through her laptop: a stolen export of A's family, edited, re-hashed and synced;
    # and a GDPR erasure of it.
    from vrac_desktop.services.transfer import export_family, import_family

    stolen = org.root / "stolen.json"
    export_family(anna.db, family_id=fid, path=stolen, actor="anna")
    import_family(zoe.db, path=stolen, actor="zoe", allow_unsigned=True)
    save_plan_version(zoe.db, family_id=fid, actor="zoe",
                      content=replace(forged, vision=TextItem(new_id(), "zoe was here")))
    result = zoe.sync()
    assert any(p.family_id == fid for p in result.problems)
    attempts.tried += 1
    attempts.refused_by_server += 1
    attempts.log.append("refused  push A's family with a version from zoe's laptop: "
                        + next(p.message for p in result.problems if p.family_id == fid)[:120])
    gdpr_erase(zoe.db, paths=zoe.paths, family_id=fid, confirmation="Jansen", actor="zoe")
    result = zoe.sync()
    refusal = next(p.message for p in result.problems if p.family_id == fid)
    assert "refused the erasure" in refusal and "permission denied" in refusal
    attempts.tried += 1
    attempts.refused_by_server += 1
    attempts.log.append(f"refused  GDPR erasure of A's family from zoe's laptop: {refusal[:120]}")

    assert dump_family(org.server, fid) == before_server  # byte-identical on the server

    # -- what zoe's role cannot do, a server administrator could: write as superuser. Team
    # A's laptops refuse it.
    before_laptops = [dump_family(x.db, fid) for x in (anna, bram)]
    # A forged rating (charts would show progress nobody rated), written as superuser.
    forged_rating = new_id()
    with org.server.engine.begin() as conn:
        conn.execute(text("INSERT INTO ratings (id, family_id, goal_id, rated_on, value, rater, "
                          "comment) VALUES (:i, :f, :g, '2027-01-01', 10, 'family', '')"),
                     {"i": forged_rating, "f": fid, "g": new_id()})
    for laptop in (anna, bram):
        problems = [p.message for p in laptop.sync().problems if p.family_id == fid]
        assert problems and f"A rating ({forged_rating})" in problems[0] \
            and "carries no author signature" in problems[0]
        attempts.laptop(f"forged rating for {laptop.name}", problems[0])
    with org.server.engine.begin() as conn:
        conn.execute(text("DELETE FROM ratings WHERE id = :i"), {"i": forged_rating})
    zoe_sig = zoe.signer.sign(version_message(h))  # type: ignore[attr-defined]
    with org.server.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO plan_versions (family_id, number, created_at, created_by, approved, "
            "content_json, content_hash, prev_hash, hash) VALUES (:f, 3, :at, 'anna', true, "
            ":c, :ch, :p, :h)"), {"f": fid, "at": at.isoformat(), "c": body,
                                  "ch": content_hash(body), "p": last_hash, "h": h})
        conn.execute(text("INSERT INTO version_signatures VALUES (:h, :f, :s, :g, 'x')"),
                     {"h": h, "f": fid, "s": zoe.signer.fingerprint, "g": zoe_sig})  # type: ignore[attr-defined]
        conn.execute(text("UPDATE families SET head_number = 3, head_hash = :h WHERE id = :f"),
                     {"h": h, "f": fid})
    for laptop in (anna, bram):
        problems = [p.message for p in laptop.sync().problems if p.family_id == fid]
        assert problems and "Version 3" in problems[0] and "written to the server by account "\
            "'vrac'" in problems[0] and "does not trust" in problems[0]
        attempts.laptop(f"forged version 3 signed with team B's key, for {laptop.name}",
                        problems[0])
        assert "Version 3" in sync_status(laptop.db, team="team-a").last_error
    # The same forged version, unsigned; and a forged chain: version 2 deleted and re-inserted
    # re-hashed with other content (admin rights), so the chain itself verifies.
    with org.server.engine.begin() as conn:
        conn.execute(text("DELETE FROM version_signatures WHERE hash = :h"), {"h": h})
        conn.execute(text("ALTER TABLE plan_versions DISABLE TRIGGER USER"))
        two = conn.execute(text("SELECT * FROM plan_versions WHERE family_id = :f AND number "
                                "= 2"), {"f": fid}).mappings().one()
        forged2 = canonical_json(replace(forged, vision=TextItem(new_id(), "rewritten")))
        h2 = version_hash(family_id=fid, number=2, created_at=datetime.fromisoformat(
            two["created_at"]), created_by=two["created_by"], meeting_id=two["meeting_id"],
            approved=two["approved"], content_hash=content_hash(forged2),
            prev_hash=two["prev_hash"])
        h3 = version_hash(family_id=fid, number=3, created_at=at, created_by="anna",
                          meeting_id=None, approved=True, content_hash=content_hash(body),
                          prev_hash=h2)
        conn.execute(text("DELETE FROM plan_versions WHERE family_id = :f AND number >= 2"),
                     {"f": fid})
        for number, content, prev, hh, when, who in (
                (2, forged2, two["prev_hash"], h2, two["created_at"], two["created_by"]),
                (3, body, h2, h3, at.isoformat(), "anna")):
            conn.execute(text(
                "INSERT INTO plan_versions (family_id, number, created_at, created_by, "
                "approved, content_json, content_hash, prev_hash, hash) VALUES (:f, :n, :at, "
                ":by, true, :c, :ch, :p, :h)"), {"f": fid, "n": number, "at": when, "by": who,
                                                 "c": content, "ch": content_hash(content),
                                                 "p": prev, "h": hh})
        conn.execute(text("ALTER TABLE plan_versions ENABLE TRIGGER USER"))
        conn.execute(text("UPDATE families SET head_number = 3, head_hash = :h WHERE id = :f"),
                     {"h": h3, "f": fid})
    for laptop in (anna, bram):
        problems = [p.message for p in laptop.sync().problems if p.family_id == fid]
        assert problems and "carries no author signature" in problems[0]
        attempts.laptop(f"forged chain (v2 rewritten and re-hashed, v3 added) for "
                        f"{laptop.name}", problems[0])
    # A forged erasure in the server's register (admin), signed by zoe.
    with org.server.engine.begin() as conn:
        at_e = datetime.now(UTC).isoformat()
        conn.execute(text("INSERT INTO erasures VALUES (:f, :at, 'anna', :s, :g)"),
                     {"f": fid, "at": at_e, "s": zoe.signer.fingerprint,  # type: ignore[attr-defined]
                      "g": zoe.signer.sign(erasure_message(fid, at_e))})  # type: ignore[attr-defined]
        conn.execute(text("INSERT INTO vrac_erasure_teams VALUES (:f, 'team-a')"), {"f": fid})
    for laptop in (anna, bram):
        problems = [p.message for p in laptop.sync().problems if p.family_id == fid]
        assert any("NOT applied" in p for p in problems)
        attempts.laptop(f"forged erasure for {laptop.name}",
                        next(p for p in problems if "NOT applied" in p))

    assert [dump_family(x.db, fid) for x in (anna, bram)] == before_laptops
    for laptop in (anna, bram):
        assert verify_history(laptop.db).ok
    assert attempts.refused_by_server + attempts.refused_by_laptops == attempts.tried
    with capsys.disabled():
        print(f"\nhostile laptop (team B against team A): {attempts.tried} attempts, "
              f"{attempts.refused_by_server} refused by the server, "
              f"{attempts.refused_by_laptops} refused by team A's laptops, 0 got through")
        for line in attempts.log:
            print("  " + line)


def test_removed_coach_loses_access_and_a_new_coach_joins(
        org: Org, three: tuple[Laptop, Laptop, Laptop],
        new_server_db: Callable[[], tuple[str, Database]]) -> None:
    from vrac_desktop.services.plans import list_versions
    from vrac_desktop.store import server_admin as admin
    from vrac_desktop.store.errors import StoreError

    anna, bram, _ = three
    fid = seed_family(anna, "Jansen")
    anna.sync()
    bram.sync()
    # written_by: the server says who wrote each row, and bram's laptop shows it.
    assert {v.written_by for v in list_versions(bram.db, family_id=fid)} == {"anna"}
    assert {v.written_by for v in list_versions(anna.db, family_id=fid)} == {None}  # own

    assert admin.remove_coach(org.server, "bram", team="team-a") == ["team-a"]
    with bram.connect().engine.connect() as conn:  # he can log in, and sees nothing of A
        assert conn.execute(text("SELECT count(*) FROM families")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM plan_versions")).scalar_one() == 0
    save_plan_version(bram.db, family_id=fid, content=sample_plan("bram"), actor="bram")
    assert bram.sync().problems  # what he wrote offline cannot reach team A
    admin.remove_coach(org.server, "bram")
    with pytest.raises(StoreError):  # and now he cannot even log in
        bram.connect()

    carla = org.join("carla", "team-a")
    result = carla.sync()
    assert not result.problems and result.families == 1
    assert verify_history(carla.db).ok
    assert dump_family(carla.db, fid).count(b"Jansen") > 0
    # the join code worked once: the laptop replaced its password
    code = admin.add_coach(org.server, "dirk", team="team-a")
    from vrac_desktop.services.sync_join import join_server

    dirk_paths = org.root / "laptop-dirk"
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.provenance import Signer
    from vrac_desktop.store.signing_keys import signing_identity

    paths = DataPaths(dirk_paths)
    dirk = open_local(paths)
    try:
        signer = Signer(signing_identity(paths, coach_name="Dirk"))
        join_server(dirk, paths=paths, code=code.encode(), signer=signer)
        with pytest.raises(StoreError, match="refused the password"):
            join_server(dirk, paths=paths, code=code.encode(), signer=signer)
    finally:
        dirk.dispose()


def test_key_rotation_needs_the_operator_and_then_the_team_accepts_the_new_key(
        org: Org, three: tuple[Laptop, Laptop, Laptop], tmp_path: pytest.TempPathFactory
        ) -> None:
    from vrac_desktop.store import server_admin as admin
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.provenance import Signer
    from vrac_desktop.store.signing_keys import signing_identity

    anna, bram, _ = three
    fid = seed_family(anna, "Jansen")
    assert not anna.sync().problems
    # anna's laptop now signs with a new key (e.g. an organisation certificate).
    anna.signer = Signer(signing_identity(DataPaths(org.root / "anna-new-key"),
                                          coach_name="Anna (new key)"))
    save_plan_version(anna.db, family_id=fid, content=sample_plan(" v3"), actor="anna")
    result = anna.sync()
    assert any("not published for team team-a" in p.message for p in result.problems)
    refused = [p.message for p in bram.sync().problems if p.family_id == fid]
    assert refused and "does not trust" in refused[0]  # bram refuses the unknown key
    admin.allow_new_certificate(org.server, "anna")
    assert not anna.sync().problems  # published now
    assert not bram.sync().problems  # bram pins it at this sync and takes version 3
    from vrac_desktop.services.plans import list_versions

    assert [v.number for v in list_versions(bram.db, family_id=fid)] == [1, 2, 3]


def test_family_home_shows_which_server_account_sent_each_version(
        qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    import os
    from pathlib import Path

    from vrac_desktop.gui.family_home import FamilyHome

    anna, bram = org.join("anna", "team-a"), org.join("bram", "team-a")
    fid = seed_family(anna, "Jansen")
    anna.sync()
    bram.sync()
    home = FamilyHome(bram.db)
    qtbot.addWidget(home)
    home.resize(1000, 700)
    home.show()
    home.show_family(fid)
    lines = [home.versions.item(i).text() for i in range(home.versions.count())]
    assert len(lines) == 2 and all("sent by server account anna" in x for x in lines)
    shots = os.environ.get("VRAC_SCREENSHOTS")
    if shots:
        home.grab().save(str(Path(shots) / "family-home-written-by.png"))  # not committed
    own = FamilyHome(anna.db)
    qtbot.addWidget(own)
    own.show_family(fid)
    assert not any("sent by" in own.versions.item(i).text()
                   for i in range(own.versions.count()))  # written on this laptop
