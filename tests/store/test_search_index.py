"""Search through the FTS5 trigram index finds exactly what the search before it found.

``old_search`` below is the algorithm the index replaced (every family's newest plan read and
casefolded per key), kept here as the reference: the product no longer has it. Every write
path that changes a name, a reference or the newest plan's team is followed by a comparison.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.factories import sample_plan
from vrac_desktop.domain.codec import from_jsonable
from vrac_desktop.domain.model import FamilyStatus, MemberKind, PlanContent, TeamMember, new_id
from vrac_desktop.services import gdpr
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.families import create_family, search_families, update_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.restore import restore_backup
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store import repository as repo
from vrac_desktop.store import search_index
from vrac_desktop.store.database import Database, _alembic_config, open_local
from vrac_desktop.store.models import PlanVersionRow
from vrac_desktop.store.paths import DataPaths

pytestmark = pytest.mark.sqlcipher_only  # the index is the laptop's


def old_search(db: Database, text_: str, *, include_closed: bool = False,
               limit: int = 500) -> list[str]:
    """The search before the index (services/families.py until issue 19), verbatim."""
    with db.session() as s:
        rows = list(repo.find_families(s, text=text_, include_closed=include_closed,
                                       limit=limit))
        words = text_.casefold().split()
        if words and len(rows) < limit:
            found = {r.id for r in rows}
            newest = (select(PlanVersionRow.family_id,
                             func.max(PlanVersionRow.number).label("n"))
                      .group_by(PlanVersionRow.family_id).subquery())
            contents = dict(s.execute(
                select(PlanVersionRow.family_id, PlanVersionRow.content_json).join(
                    newest, (PlanVersionRow.family_id == newest.c.family_id)
                    & (PlanVersionRow.number == newest.c.n))).all())
            raw_filter = not any('"' in w or "\\" in w for w in words)
            for r in repo.find_families(s, text="", include_closed=include_closed,
                                        limit=100_000):
                if r.id in found:
                    continue
                content_json = contents.get(r.id)
                if content_json is None:
                    continue
                if raw_filter:
                    folded = content_json.casefold()
                    if not all(w in folded for w in words):
                        continue
                plan = from_jsonable(PlanContent, json.loads(content_json))
                names = " ".join(m.name for m in plan.team).casefold()
                if all(w in names for w in words):
                    rows.append(r)
                    if len(rows) >= limit:
                        break
        return [r.id for r in rows]


KEYS = (
    "j", "ja", "jan", "JANS", "jansen", "jansen ba", "bakker jansen", "jansen-bakker",
    "émile", "ÉMILE", "emile", "élodie", "ÉLO", "strasse", "STRASSE", "straße", "stra",
    "i̇lker", "ilker", "İL", "yıl", "yil", "zoë", "zo", "ë", "é", "ß", "ss",
    "100%", "%", "_", "o'b", "o'", '"jack"', '"', "\\", "back\\", "oma", "truus", "oma truus",
    "ahmet", "elif", "elif kaya", "kaya", "x1", "ab", "a", "b", "1", "00", "ref", "re", "ref-00",
    "de vries", "vries ja", "vries de", "mr de", "coach anna", "anna coach", "yusuf", "grand",
    "smit", "smits", "smits-meijer", "meijer", "nguyen", "ngu", "nobody", "zz", "  jan   sen ",
    "peeters", "jan peeters", "lil", "nor-100", "ab x", "x a",
)


def index_texts(db: Database, family_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(family_text, member_text) per family: what the index holds."""
    ids = list(family_ids)
    with db.session() as s:
        rows = s.execute(text("SELECT family_id, family_text, member_text FROM family_search "
                              "WHERE family_id IN (SELECT value FROM json_each(:ids))"),
                         {"ids": json.dumps(ids)}).all()
    return {fid: (family, members) for fid, family, members in rows}


def member(name: str) -> TeamMember:
    return TeamMember(new_id(), name, MemberKind.FAMILY)


def plan_with(*names: str) -> PlanContent:
    return PlanContent(team=tuple(member(n) for n in names))


def varied_families(db: Database) -> dict[str, str]:
    """Families with accents, case, quotes, wildcards, short names, closed, no plan, a member
    only in an older version, a rename after saving. Returns name -> id."""
    ids: dict[str, str] = {}

    def family(name: str, ref: str = "", *plans: PlanContent) -> str:
        f, _ = create_family(db, display_name=name, reference=ref, actor="coach")
        for plan in plans:
            save_plan_version(db, family_id=f.id, content=plan, actor="coach")
        ids[name] = f.id
        return f.id

    family("Jansen-Bakker", "REF-001", plan_with("Émile Jansen", "Zoë de Vries", "Oma Truus"))
    family("Dubois", "LIL-7", plan_with("ÉLODIE Dubois", "François Lefèvre", "Hans Straße"))
    family("Yılmaz", "REF-002", plan_with("İlker Yılmaz", "Ayşe"))
    family("O'Brien", "NOR-100%", plan_with('Seán "Jack" O\'Brien', "back\\slash"))
    family("El Amrani", "REF-003", sample_plan())
    peeters = family("Peeters", "REF-004", plan_with("Jan Peeters"))
    update_family(db, family_id=peeters, status=FamilyStatus.CLOSED, actor="coach")
    family("Nguyen", "REF-005")  # no plan yet
    family("Kaya", "REF-006", plan_with("Ahmet Kaya", "Elif Kaya"), plan_with("Elif Kaya"))
    family("Ab", "X1", plan_with("A", "B"))
    smit = family("Smit", "REF-007", plan_with("Anna Jansen"))
    update_family(db, family_id=smit, display_name="Smits-Meijer", actor="coach")
    family("Jansen", "REF-008")
    return ids


def assert_same_as_before(db: Database, keys: tuple[str, ...] = KEYS) -> None:
    for key in keys:
        for include_closed in (False, True):
            for limit in (500, 2):
                new = [f.id for f in search_families(db, text=key, include_closed=include_closed,
                                                     limit=limit)]
                old = old_search(db, key, include_closed=include_closed, limit=limit)
                assert new == old, (key, include_closed, limit)


@pytest.mark.parametrize(("first_walk", "most_lookups"), [(4000, 10_000), (3, 10_000), (3, 2)])
def test_index_search_equals_the_old_search(db: Database, first_walk: int, most_lookups: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Every plan of search_index, as at 100,000 families: first_walk 3 makes keys look past
    # the newest families (the trigram index, or a read of the whole table for short keys);
    # most_lookups 2 makes common long words read the whole table instead of the index.
    monkeypatch.setattr(search_index, "_FIRST_WALK", first_walk)
    monkeypatch.setattr(search_index, "_MOST_LOOKUPS", most_lookups)
    varied_families(db)
    assert_same_as_before(db)
    # Not vacuous: the keys find families by name, by reference, by member, and not at all.
    def names(key: str) -> list[str]:
        return [f.display_name for f in search_families(db, text=key)]

    assert names("émile") == ["Jansen-Bakker"]  # a member, accent as typed
    assert names("emile") == []  # not accent-folded, as before
    assert names("strasse") == ["Dubois"]  # casefold: ß is ss
    assert names("ahmet") == []  # only in an older version of the Kaya plan
    assert names("ab x") == ["Ab"]  # a short name and a short reference word
    # Names and references first (recent first), then members: Anna Jansen of Smits-Meijer.
    assert names("jan") == ["Jansen", "Jansen-Bakker", "Smits-Meijer"]
    assert names("smit") == ["Smits-Meijer"]
    assert search_families(db, text="peeters") == []  # closed
    with db.session() as s:
        assert not search_index.has_stale(s)  # the committing sessions folded every change


def test_every_write_path_keeps_the_index_in_step(db: Database, paths: DataPaths,
                                                   tmp_path: Path) -> None:
    ids = varied_families(db)
    keys = ("yusuf", "nadia", "benali", "ref-003", "el amrani", "jansen", "zoë", "amr", "na")
    el_amrani = ids["El Amrani"]
    # A new version that renames a member and drops another.
    plan = sample_plan()
    renamed = replace(plan, team=tuple(replace(m, name="Nadia Benali") if m.name == "Yusuf"
                                       else m for m in plan.team))
    save_plan_version(db, family_id=el_amrani, content=renamed, actor="coach")
    assert [f.id for f in search_families(db, text="nadia")] == [el_amrani]
    assert search_families(db, text="yusuf") == []
    assert_same_as_before(db, keys)
    # Rename and new reference.
    update_family(db, family_id=el_amrani, display_name="Benali", reference="REF-999",
                  actor="coach")
    assert [f.id for f in search_families(db, text="ref-999")] == [el_amrani]
    assert_same_as_before(db, keys + ("ref-999",))
    # Export the family, erase it (GDPR): gone from the index, then imported back.
    exported = export_family(db, family_id=el_amrani, path=tmp_path / "f.json", actor="coach")
    gdpr.erase_family(db, paths=paths, family_id=el_amrani, confirmation="Benali",
                      actor="coach")
    assert index_texts(db, [el_amrani]) == {}
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM family_members_fts WHERE "
                              "family_members_fts MATCH '\"nadia\"'")).scalar_one() == 0
    assert search_families(db, text="nadia") == []
    assert_same_as_before(db, keys)
    other = DataPaths(tmp_path / "other")
    second = open_local(other)
    try:
        import_family(second, path=exported, actor="coach")
        assert [f.display_name for f in search_families(second, text="nadia")] == ["Benali"]
        assert_same_as_before(second, keys)
    finally:
        second.dispose()
    # A backup restored: the index comes with it, in step.
    backup = make_backup(db, paths=paths, actor="coach").path
    kaya = ids["Kaya"]
    update_family(db, family_id=kaya, display_name="Renamed", actor="coach")
    db.dispose()
    restore_backup(paths=paths, backup=backup, actor="coach")
    db = open_local(paths)
    try:
        assert [f.id for f in search_families(db, text="kaya")] == [kaya]
        assert search_families(db, text="renamed") == []
        assert_same_as_before(db, keys + ("kaya",))
        # A raw connection (outside any session, as an attacker with the key would) deletes
        # the newest version of the Kaya plan: the trigger marks the family stale and the
        # next search folds the older version's team, which still had Ahmet.
        assert search_families(db, text="ahmet") == []
        raw = db.engine.raw_connection()
        try:
            raw.cursor().execute("DELETE FROM plan_versions WHERE family_id = ? AND number = 2",
                                 (kaya,))
            raw.commit()
        finally:
            raw.close()
        with db.session() as s:
            assert search_index.has_stale(s)
        assert [f.id for f in search_families(db, text="ahmet")] == [kaya]
        assert_same_as_before(db, ("elif", "ahmet", "kaya"))
    finally:
        db.dispose()


def test_migration_fills_the_index_of_an_existing_database(db: Database) -> None:
    from alembic import command

    ids = varied_families(db)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0010")
        assert "family_search" not in {r[0] for r in conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    db.migrate()
    with db.session() as s:
        assert not search_index.has_stale(s)
    texts = index_texts(db, ids.values())
    assert len(texts) == len(ids)
    assert texts[ids["Kaya"]] == ("kaya ref-006", "elif kaya")
    assert_same_as_before(db)


def test_member_text_is_what_search_compares() -> None:
    body = json.dumps({"team": [{"name": "Émile"}, {"name": "Hans Straße"}]})
    assert search_index.member_text(body) == "émile hans strasse"
    assert search_index.member_text(None) == ""
    assert search_index.member_text("{}") == ""



def test_an_erased_family_leaves_no_trigram_in_the_file(db: Database, paths: DataPaths) -> None:
    """GDPR: the index is a second copy of the names, cut in trigrams. Erasure removes them
    from the index's pages too (FTS5 secure-delete), not only marks them deleted: without it
    "qzv", "wkj"... stay readable in the decrypted file (checked when this was written)."""
    from tests.hardening.test_backup_gdpr import _decrypted_pages
    from vrac_desktop.store.keys import obtain_key

    for i in range(30):
        create_family(db, display_name=f"Other {i}", actor="coach")
    gone, _ = create_family(db, display_name="Qzvxerased", reference="QZV-1", actor="coach")
    save_plan_version(db, family_id=gone.id, content=plan_with("Wkjyrased Child"),
                      actor="coach")
    for i in range(30):
        create_family(db, display_name=f"More {i}", actor="coach")
    fragments = (b"qzv", b"zvx", b"vxe", b"wkj", b"kjy", b"jyr", b"yra")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = _decrypted_pages(paths.database, obtain_key(paths).key)
    assert all(f in plain for f in fragments)  # the check can see them
    gdpr.erase_family(db, paths=paths, family_id=gone.id, confirmation="Qzvxerased",
                      actor="coach")
    plain = _decrypted_pages(paths.database, obtain_key(paths).key)
    assert [f for f in fragments if f in plain] == []
    assert b"more 29" in plain
    with db.session() as s:
        for fts in ("family_names_fts", "family_members_fts"):
            s.execute(text(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')"))


def test_a_damaged_newest_plan_does_not_stop_writes(db: Database) -> None:
    """A newest plan version that is not JSON (a damaged row, as a file or an older peer may
    leave it) is written with its family's search mark; the index, refreshed in every
    writing transaction, skips its team names instead of failing the write. Nothing is lost
    and the family is still found by its name."""
    damaged, _ = create_family(db, display_name="Family Damaged", actor="coach")
    save_plan_version(db, family_id=damaged.id, content=sample_plan(), actor="coach")
    other, _ = create_family(db, display_name="Family Other", actor="coach")
    with db.session() as s:
        s.add(PlanVersionRow(family_id=damaged.id, number=2,
                             created_at="2027-01-01T10:00:00+00:00", created_by="test",
                             meeting_id=None, approved=False, content_json="{not json",
                             content_hash="0" * 64, prev_hash="0" * 64, hash="damaged-2"))
    save_plan_version(db, family_id=other.id, content=sample_plan(), actor="coach")
    with db.session() as s:
        kept = s.scalars(select(PlanVersionRow.content_json)
                         .where(PlanVersionRow.family_id == damaged.id)
                         .order_by(PlanVersionRow.number)).all()
        assert kept[-1] == "{not json" and len(kept) == 2
        assert s.scalar(select(func.count()).select_from(PlanVersionRow)
                        .where(PlanVersionRow.family_id == other.id)) == 1
    assert [f.display_name for f in search_families(db, text="damaged")] == ["Family Damaged"]
    assert search_index.member_text("{not json") == ""
