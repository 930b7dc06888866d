"""The laptop's side of a batch: one family refused on arrival, the rest of the batch applied.

A sync pulls a batch of families into the laptop in one transaction (one statement per
table, services/sync.py ``_sync_batch``). A family refused on arrival is left out alone:
either before anything is written (a version or row whose author signature does not verify)
or by the laptop's own database (SQLCipher refuses the batch's statement: the batch is then
written again family by family, each in its own savepoint, ``_write_all``). On a real
PostgreSQL with roles, row-level security, join codes and the team key, and real SQLCipher
laptops: the other families of the batch arrive, the refused one is reported by name in the
Sync panel and by the ``sync`` command, its rows on the laptop are byte-identical before and
after, and once the cause is gone the next sync finishes it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import psycopg
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from PySide6.QtCore import Qt

from tests.factories import sample_plan
from tests.screenshots import save_and_check
from tests.server.conftest import Laptop, Org
from tests.server.test_isolation import FAMILY_TABLES, seed_family
from vrac_desktop.domain.model import Rater, Rating, TextItem, new_id
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync_status
from vrac_desktop.services.sync_trust import sign_own
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store.database import Database
from vrac_desktop.store.provenance import row_digest, row_message
from vrac_desktop.store.server_connection import server_url

from vrac_desktop.gui.sync_panel import SyncPanel

NAMES = [f"Batch family {i}" for i in range(6)]


def family_rows(db: Database, family_id: str, *, team: str | None = None
                ) -> dict[str, set[str]]:
    """Every row of the family on one side, per table, each row as the text of its values;
    with ``team``, the family row as it is once the server gave it that team."""
    out: dict[str, set[str]] = {}
    with db.engine.connect() as conn:
        out["families"] = {repr(tuple({**r, **({"team": team} if team else {})}.values()))
                           for r in conn.execute(text("SELECT * FROM families WHERE id = :f"),
                                                 {"f": family_id}).mappings()}
        for table in FAMILY_TABLES:
            out[table] = {repr(tuple(r)) for r in conn.execute(
                text(f"SELECT * FROM {table} WHERE family_id = :f"), {"f": family_id})}
    return out


def chain(db: Database, family_id: str) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT hash FROM plan_versions WHERE family_id = :f "
                                      "ORDER BY number"), {"f": family_id}).scalars())


def one_more_version_each(laptop: Laptop, families: list[str]) -> None:
    """A meeting later on the author's laptop: a third version and a rating per family."""
    for fid in families:
        plan = replace(sample_plan(" later"), vision=TextItem(new_id(), f"Later {fid[:8]}"))
        save_plan_version(laptop.db, family_id=fid, content=plan, actor=laptop.name,
                          ratings=(Rating(new_id(), plan.goals[0].id, date(2027, 1, 15), 7,
                                          Rater.TEAM),))


def a_team_of_two_with_a_batch_to_pull(org: Org) -> tuple[Laptop, Laptop, list[str]]:
    """Anna's six families, synced to bram's laptop; then a version more of each on anna's
    laptop and on the server: bram's next sync pulls the six in one batch (the first batch
    holds up to 8 families)."""
    anna, bram = org.join("anna", "team-a"), org.join("bram", "team-a")
    families = [seed_family(anna, name) for name in NAMES]
    assert not anna.sync().problems
    assert not bram.sync().problems
    one_more_version_each(anna, families)
    assert not anna.sync().problems
    return anna, bram, families


def assert_only_refused_kept_back(anna: Laptop, bram: Laptop, families: list[str],
                                  refused: str, before: dict[str, dict[str, set[str]]]) -> None:
    for fid in families:
        after = family_rows(bram.db, fid)
        if fid == refused:
            assert after == before[fid]  # byte for byte: nothing of it changed
            assert chain(bram.db, fid) != chain(anna.db, fid)
            continue
        # The others arrived whole, and nothing they had was changed (only rows added; the
        # family row's head moved).
        assert chain(bram.db, fid) == chain(anna.db, fid) and len(chain(bram.db, fid)) == 3
        for table in FAMILY_TABLES:
            assert before[fid][table] <= after[table], (fid, table)
        assert len(after["ratings"]) == len(before[fid]["ratings"]) + 1


def cli_sync(laptop: Laptop) -> subprocess.CompletedProcess[str]:
    """``vrac-desktop sync`` as the coach runs it on this laptop (password in its keyring)."""
    return subprocess.run(
        [sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(laptop.paths.root),
         "sync", "--server", laptop.url, "--team", laptop.team],
        capture_output=True, text=True, env=dict(os.environ), timeout=180)


def test_a_pulled_family_whose_signature_does_not_verify_stops_only_itself(
        org: Org, qtbot: QtBot, tmp_path: Path) -> None:
    anna, bram, families = a_team_of_two_with_a_batch_to_pull(org)
    refused = families[2]
    new_version = chain(anna.db, refused)[-1]
    with org.server.engine.begin() as conn:  # the operator's account, e.g. a bad restore
        good = conn.execute(text("SELECT signature FROM version_signatures WHERE hash = :h"),
                            {"h": new_version}).scalar_one()
        # A real signature by anna, of another version: it does not verify for this one.
        other = conn.execute(text("SELECT signature FROM version_signatures WHERE hash = :h"),
                             {"h": chain(anna.db, refused)[0]}).scalar_one()
        conn.execute(text("UPDATE version_signatures SET signature = :s WHERE hash = :h"),
                     {"s": other, "h": new_version})
    before = {fid: family_rows(bram.db, fid) for fid in families}

    # The coach clicks Sync in the app.
    panel = SyncPanel(bram.db, connect=lambda _password: bram.connect(), team="team-a",
                      actor="bram", signer=lambda: bram.signer)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.finished, timeout=30000) as blocker:
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.button.isEnabled())
    result = blocker.args[0]

    assert result.families == 6
    assert [p.family_id for p in result.problems] == [refused]
    shown = panel.details.toPlainText()
    assert panel.details.isVisible() and shown.count("\n") == 0  # one line: that family
    assert shown.startswith(f"{NAMES[2]}:") and refused in shown
    assert "Version 3" in shown and "does not verify" in shown
    assert "Nothing was lost" in shown
    panel.resize(900, 260)
    shots = Path(os.environ.get("VRAC_SCREENSHOTS") or tmp_path)
    save_and_check(panel, shots / "sync_panel_family_refused.png")
    assert_only_refused_kept_back(anna, bram, families, refused, before)
    assert verify_history(bram.db).ok

    # The operator puts the right signature back; the next sync (the command) finishes it.
    with org.server.engine.begin() as conn:
        conn.execute(text("UPDATE version_signatures SET signature = :s WHERE hash = :h"),
                     {"s": good, "h": new_version})
    done = cli_sync(bram)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Synced 1 families" in done.stdout and "NOT SYNCED" not in done.stdout
    assert chain(bram.db, refused) == chain(anna.db, refused)
    assert before[refused]["plan_versions"] < family_rows(bram.db, refused)["plan_versions"]
    assert verify_history(bram.db).ok
    assert sync_status(bram.db, team="team-a").pending == 0


def test_a_family_the_laptops_database_refuses_is_left_out_and_the_batch_applied(
        org: Org) -> None:
    anna, bram, families = a_team_of_two_with_a_batch_to_pull(org)
    # Team B's family, with a meeting: on the server, invisible to team A's accounts.
    zoe = org.join("zoe", "team-b")
    theirs = seed_family(zoe, "Zoe's family")
    assert not zoe.sync().problems
    with org.server.engine.connect() as conn:
        their_meeting = conn.execute(text("SELECT id FROM meetings WHERE family_id = :f"),
                                     {"f": theirs}).scalar_one()
    # Anna's account (a modified app, or a bug) adds to one of her families an answer of the
    # family's voice naming team B's meeting, and signs it with her own key: the server
    # accepts it (the meeting exists; its foreign key is checked past row-level security) and
    # its signature verifies. Bram's laptop has no such meeting: SQLCipher refuses the row.
    refused = families[4]
    voice = {"id": new_id(), "family_id": refused, "meeting_id": their_meeting,
             "respondent": "family", "question": "listened", "value": 4}
    url = server_url(anna.url).set(drivername="postgresql", password=anna.password())
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as a:
        a.execute("INSERT INTO meeting_voices (id, family_id, meeting_id, respondent, "
                  "question, value) VALUES (%(id)s, %(family_id)s, %(meeting_id)s, "
                  "%(respondent)s, %(question)s, %(value)s)", voice)
        digest = row_digest("meeting_voices", voice)
        a.execute("INSERT INTO version_signatures VALUES (%s, %s, %s, %s, 'x')",
                  (digest, refused, anna.signer.fingerprint,  # type: ignore[attr-defined]
                   anna.signer.sign(row_message(digest))))  # type: ignore[attr-defined]
    before = {fid: family_rows(bram.db, fid) for fid in families}

    # The coach runs the command.
    ran = cli_sync(bram)

    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "Synced 6 families" in ran.stdout
    refusals = [line for line in ran.stdout.splitlines() if line.startswith("NOT SYNCED")]
    assert len(refusals) == 1 and refused in refusals[0] and NAMES[4] in refusals[0]
    assert "FOREIGN KEY constraint failed" in refusals[0]
    assert "Nothing was lost" in refusals[0]
    assert_only_refused_kept_back(anna, bram, families, refused, before)
    assert NAMES[4] in sync_status(bram.db, team="team-a").last_error
    assert verify_history(bram.db).ok

    # Once the operator has removed the bad row, the next sync finishes the family.
    with org.server.engine.begin() as conn:
        conn.execute(text("DELETE FROM version_signatures WHERE hash = :h"), {"h": digest})
        conn.execute(text("DELETE FROM meeting_voices WHERE id = :i"), {"i": voice["id"]})
    again = bram.sync()
    assert not again.problems and again.families == 1
    assert chain(bram.db, refused) == chain(anna.db, refused)
    assert verify_history(bram.db).ok



def test_a_pushed_family_the_server_refuses_leaves_every_family_on_the_laptop_as_it_was(
        org: Org) -> None:
    """The other direction, seen from the laptop: zoe's batch of six holds five families of
    her team and a copy of team A's family (a stolen export). The server's row-level security
    refuses that one; the batch is written again family by family and the five arrive. On
    zoe's laptop no row of any of the six changed, and the refusal names the family."""
    anna = org.join("anna", "team-a")
    zoe = org.join("zoe", "team-b")
    theirs = seed_family(anna, "Anna's family")
    assert not anna.sync().problems
    mine = [seed_family(zoe, name) for name in NAMES[:5]]
    stolen = org.root / "stolen.json"
    export_family(anna.db, family_id=theirs, path=stolen, actor="anna")
    import_family(zoe.db, path=stolen, actor="zoe", allow_unsigned=True)
    sign_own(zoe.db, zoe.signer)  # type: ignore[arg-type]  # what sync does first
    before = {fid: family_rows(zoe.db, fid) for fid in [*mine, theirs]}
    # A family made on the laptop has no team ("") until its first sync gives it zoe's.
    as_synced = {fid: family_rows(zoe.db, fid, team="team-b") for fid in mine}
    assert all(as_synced[fid] != before[fid] for fid in mine)

    result = zoe.sync()

    assert result.families == 6 and result.pulled == 0
    assert [p.family_id for p in result.problems] == [theirs]
    message = result.problems[0].message
    assert message.startswith("Anna's family: ") and theirs in message
    assert "Nothing was lost" in message and "on the team server" in message
    after = {fid: family_rows(zoe.db, fid) for fid in before}
    assert after[theirs] == before[theirs]
    for fid in mine:  # byte for byte, but for the team the server gave the new family
        assert after[fid] == as_synced[fid]
    with org.server.engine.connect() as conn:
        arrived = conn.execute(text("SELECT count(DISTINCT family_id) FROM plan_versions v "
                                    "JOIN families f ON f.id = v.family_id WHERE f.team = "
                                    "'team-b'")).scalar_one()
    assert arrived == 5
    assert sync_status(zoe.db, team="team-b").pending == 1
    assert "Anna's family" in sync_status(zoe.db, team="team-b").last_error

    # Nothing to fix on zoe's side: the next sync tries that family alone, and again only
    # it is refused; nothing is sent twice and nothing on the laptop changes.
    again = zoe.sync()
    assert again.families == 1 and again.pushed == 0
    assert [p.family_id for p in again.problems] == [theirs]
    assert {fid: family_rows(zoe.db, fid) for fid in before} == after


def test_each_refusal_is_led_by_its_familys_name(db: Database) -> None:
    """What the Sync panel shows: a family's problem led by its name on this laptop; a
    problem about a family this laptop does not have, or about the whole sync, as it is."""
    from vrac_desktop.services.families import create_family
    from vrac_desktop.services.sync import _named
    from vrac_desktop.services.sync_results import FamilyProblem

    known = [create_family(db, display_name=f"Known {i}", actor="anna")[0].id for i in range(3)]
    problems = [FamilyProblem(fid, "refused") for fid in known]
    problems += [FamilyProblem(new_id(), "refused"), FamilyProblem("", "Certificate changed.")]

    named = _named(db, problems)

    assert [p.message for p in named] == ["Known 0: refused", "Known 1: refused",
                                          "Known 2: refused", "refused", "Certificate changed."]
    assert [p.family_id for p in named] == [p.family_id for p in problems]
