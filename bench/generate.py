"""Build the benchmark databases: many families with long, valid hash chains, reproducibly.

    .venv/bin/python -m bench.generate --families 10000 [--versions 50] [--cache DIR]

A real encrypted database (``open_local``: SQLCipher, migrations, a file keyring made for the
bench in the same folder), filled with bulk INSERTs in one transaction: the version hashes are
computed with the domain's ``content_hash``/``version_hash``, so ``verify_history`` accepts
the result, but no service is called per row (500,000 service calls would take an hour).

The shape (docs/performance.md):

* ``families`` filler families, each with ``versions`` plan versions: the newest holds a small
  plan (a vision, one need, one goal, one action, two team members: 1.7 KB of canonical JSON),
  the older ones only the vision and the parent (0.8 KB); one meeting and two ratings. Names
  are drawn from fixed surname lists, references ``REF-000123``.
* "Busy family" (reference ``BENCH-BUSY``): the full sample plan (4 KB), 100 versions,
  200 ratings over 40 meetings: the family opened in the open-and-chart figure.
* "Large family" (reference ``BENCH-LARGE``): a plan with 50 goals and 300 actions (~110 KB),
  4 versions with a rating per goal each: the plan exported and diffed.

Everything comes from ``random.Random(SEED)`` and fixed dates, so two runs build the same
rows (ids, names, contents, hashes). A finished database is kept in the cache folder (default
``~/.cache/vrac-desktop-bench``) under a name that includes the shape and ``FORMAT``; it is
reused until the generator or the schema changes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.factories

SEED = 20261124
FORMAT = 3  # bump when the generated shape or the schema changes: cached databases are rebuilt
BUSY_REF = "BENCH-BUSY"
LARGE_REF = "BENCH-LARGE"
EPOCH = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)

SURNAMES = (
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
    "Peeters", "Maes", "Claes", "Goossens", "Wouters", "Willems", "Dubois", "Lambert",
    "Martin", "Dupont", "Leclercq", "Lemaire", "Renard", "Yilmaz", "El Amrani", "Benali",
    "Kaya", "Nowak", "Kowalski", "Smith", "Brown", "Taylor", "Wilson", "Murphy",
)


@dataclass(frozen=True)
class Shape:
    families: int
    versions: int = 50

    @property
    def name(self) -> str:
        return f"f{self.families}-v{self.versions}-format{FORMAT}"


@dataclass(frozen=True)
class Generated:
    """A finished benchmark database: open it with ``open_db()`` (sets the bench keyring)."""

    root: Path
    shape: Shape
    busy_id: str
    large_id: str
    seconds: float  # 0.0 when reused from the cache

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.cfg"

    def open_db(self):  # type: ignore[no-untyped-def]
        from tests import keyring_backend
        from vrac_desktop.store.database import open_local
        from vrac_desktop.store.paths import DataPaths

        keyring_backend.use_in_process(self.keyring)
        return open_local(DataPaths(self.data))

    def copy_to(self, target: Path) -> Generated:
        """A private copy (for benches that write: the cached database stays as built)."""
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.root, target)
        copy = replace(self, root=target)
        # The key file (folder id) and the keyring file come with the copy. A database cached
        # by an older version still names its keyring entry after its path: copy that entry.
        from tests import keyring_backend
        from vrac_desktop.store import keys
        from vrac_desktop.store.paths import DataPaths

        keyring_backend.use_in_process(copy.keyring)
        if not DataPaths(copy.data).key_file.exists():
            backend = keys.secure_keyring()
            assert backend is not None
            old = DataPaths(self.data).database
            key = backend.get_password(keys.SERVICE, f"database-key:{old}")
            backend.set_password(keys.SERVICE, f"database-key:{DataPaths(copy.data).database}",
                                 key)
        return copy


class Ids:
    """uuid4-shaped ids from the seeded generator (``new_id`` would differ per run)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vrac-desktop-bench"


def ensure(shape: Shape, cache: Path | None = None, *, log: Callable[[str], None] | None = None
           ) -> Generated:
    """The database of ``shape``, from the cache or built now."""
    root = (cache or default_cache()) / shape.name
    stamp = root / "complete"
    if stamp.exists():
        busy_id, large_id = stamp.read_text().split()
        made = Generated(root, shape, busy_id, large_id, 0.0)
        _as_after_first_start(made)
        return made
    if root.exists():
        shutil.rmtree(root)  # a build that did not finish
    root.mkdir(parents=True)
    start = time.perf_counter()
    busy_id, large_id = _build(root, shape, log or (lambda _m: None))
    made = Generated(root, shape, busy_id, large_id, time.perf_counter() - start)
    _as_after_first_start(made)
    stamp.write_text(f"{busy_id} {large_id}\n")
    return made


def _as_after_first_start(made: Generated) -> None:
    """The data folder as a coach's is after the first start, so that a timed start
    (bench/startup.py, which runs what ``vrac-desktop`` runs) does what a daily start does:
    the coach's name known (asked once), the recovery kit made (shown once, in a dialog that
    waits for the coach), an automatic backup recent enough (made at the first start)."""
    from vrac_desktop.services.backup import auto_backup_if_due
    from vrac_desktop.services.recovery import make_recovery_kit, needs_recovery_kit
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.settings import Settings

    paths = DataPaths(made.data)
    settings = Settings(paths.settings)
    if not settings.get("coach_name"):
        settings.set("coach_name", "Bench coach")
    db = made.open_db()
    try:
        if needs_recovery_kit(paths):
            make_recovery_kit(db, paths=paths, actor="Bench coach")
        auto_backup_if_due(db, paths=paths, settings=settings, actor="Bench coach")
    finally:
        db.dispose()


# --- the contents ----------------------------------------------------------------------------


def filler_plan(ids: Ids, surname: str):  # type: ignore[no-untyped-def]
    from vrac_desktop.domain.model import (
        Action,
        Goal,
        MemberKind,
        Need,
        PlanContent,
        Situation,
        TeamMember,
        TextItem,
    )

    parent = TeamMember(ids(), f"Parent {surname}", MemberKind.FAMILY, role="parent")
    coach = TeamMember(ids(), "Coach", MemberKind.FORMAL, role="family coach")
    need = Need(ids(), "Mornings before school are calm")
    goal = Goal(ids(), "Calm mornings", (need.id,), "days per week without shouting",
                3, 8, date(2027, 6, 1))
    return PlanContent(
        vision=TextItem(ids(), f"The {surname} family has calm mornings and gets to school "
                               "on time."),
        situation=Situation(TextItem(ids(), "Mornings are hard."), TextItem(ids(), ""),
                            TextItem(ids(), "")),
        needs=(need,), goals=(goal,),
        actions=(Action(ids(), "Make a morning chart together", parent.id, goal.id,
                        date(2027, 1, 15)),),
        team=(parent, coach),
    )


class FillerTemplate:
    """The two filler plans' canonical JSON made once, with numbered placeholders for the ids
    and the surname, then filled per family: encoding 200,000 small plans object by object
    was half of the time to build 100,000 families. The result is the JSON ``canonical_json``
    gives for the same plan (same structure, sorted keys; ids and surnames need no escaping).
    """

    SURNAME = "@@SURNAME@@"

    def __init__(self) -> None:
        from vrac_desktop.domain.codec import canonical_json
        from vrac_desktop.domain.model import PlanContent

        drawn: list[str] = []

        def placeholder() -> str:
            drawn.append(f"@@{len(drawn)}@@")
            return drawn[-1]

        with _seeded_new_id(placeholder):  # type: ignore[arg-type]
            content = filler_plan(placeholder, self.SURNAME)  # type: ignore[arg-type]
            # Older versions hold just the vision and the parent: 500,000 full plans would
            # make the file several times larger without changing what is measured.
            early = PlanContent(vision=content.vision, team=content.team[:1])
        self.count = len(drawn)
        self.early, self.newest = canonical_json(early), canonical_json(content)
        self.goal = drawn.index(content.goals[0].id)
        self.baseline = content.goals[0].baseline

    def make(self, ids: Ids, surname: str) -> tuple[str, str, str]:
        """(older versions' JSON, newest version's JSON, the goal's id) of one family."""
        drawn = [ids() for _ in range(self.count)]

        def fill(template: str) -> str:
            return re.sub(r"@@(\d+)@@", lambda m: drawn[int(m.group(1))],
                          template.replace(self.SURNAME, surname))

        return fill(self.early), fill(self.newest), drawn[self.goal]


def large_plan(ids: Ids, goals: int = 50, actions: int = 300):  # type: ignore[no-untyped-def]
    from tests.factories import sample_plan
    from vrac_desktop.domain.model import Action, Goal

    base = sample_plan()
    goal_list = tuple(
        Goal(ids(), f"Goal {i + 1}: {base.goals[i % 2].title}", (base.needs[i % 2].id,),
             "days per week", i % 5, 8 + i % 3, date(2027, 6, 1))
        for i in range(goals))
    action_list = tuple(
        Action(ids(), f"Action {i + 1}: {base.actions[i % 4].description}",
               base.team[i % len(base.team)].id, goal_list[i % goals].id,
               date(2027, 1, 1) + timedelta(days=i % 150))
        for i in range(actions))
    return replace(base, goals=goal_list, actions=action_list)


@contextlib.contextmanager
def _seeded_new_id(ids: Ids) -> Iterator[None]:
    """Make every ``new_id`` the generator reaches draw from the seed too."""
    import tests.charts.seed as seed_module
    import tests.factories as factories
    import vrac_desktop.domain.model as model  # its default factories (PlanContent.vision...)

    modules = (factories, seed_module, model)
    saved = [m.new_id for m in modules]
    for m in modules:
        m.new_id = ids  # type: ignore[assignment]
    try:
        yield
    finally:
        for m, original in zip(modules, saved, strict=True):
            m.new_id = original  # type: ignore[assignment]


# --- the rows --------------------------------------------------------------------------------


class Rows:
    """Rows for one bulk insert, with each family's hash chain computed as it grows."""

    def __init__(self) -> None:
        self.families: list[tuple[object, ...]] = []
        self.versions: list[tuple[object, ...]] = []
        self.meetings: list[tuple[object, ...]] = []
        self.ratings: list[tuple[object, ...]] = []

    def family(self, *, family_id: str, name: str, reference: str, created: datetime,
               contents: list[str], every: timedelta, meeting_ids: list[str | None]) -> None:
        from vrac_desktop.domain.history import GENESIS_HASH, content_hash, version_hash
        from vrac_desktop.store.repository import search_key

        prev = GENESIS_HASH
        at = created
        hashes = {body: content_hash(body) for body in set(contents)}
        for number, body in enumerate(contents, start=1):
            at = created + every * (number - 1)
            meeting_id = meeting_ids[number - 1] if number <= len(meeting_ids) else None
            c_hash = hashes[body]
            v_hash = version_hash(family_id=family_id, number=number, created_at=at,
                                  created_by="bench", meeting_id=meeting_id, approved=True,
                                  content_hash=c_hash, prev_hash=prev)
            self.versions.append((family_id, number, at.isoformat(), "bench", meeting_id, 1,
                                  body, c_hash, prev, v_hash, None))
            prev = v_hash
        self.families.append((family_id, name, reference, "en", "active", created.isoformat(),
                              at.isoformat(), len(contents), prev,
                              search_key(name, reference), ""))

    def meeting(self, meeting_id: str, family_id: str, held_on: date) -> None:
        self.meetings.append((meeting_id, family_id, held_on.isoformat(), "", None, "[]", ""))

    def rating(self, rating, family_id: str) -> None:  # type: ignore[no-untyped-def]
        self.ratings.append((rating.id, family_id, rating.goal_id, rating.meeting_id,
                             rating.rated_on.isoformat(), rating.value, rating.rater.value,
                             rating.comment))

    def write(self, cursor) -> None:  # type: ignore[no-untyped-def]
        cursor.executemany(
            "INSERT INTO families (id, display_name, reference, language, status, created_at, "
            "updated_at, head_number, head_hash, search_key, team) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.families)
        cursor.executemany(
            "INSERT INTO plan_versions (family_id, number, created_at, created_by, meeting_id, "
            "approved, content_json, content_hash, prev_hash, hash, merge_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.versions)
        cursor.executemany(
            "INSERT INTO meetings (id, family_id, held_on, location, facilitator_id, "
            "attendance_json, notes) VALUES (?, ?, ?, ?, ?, ?, ?)", self.meetings)
        cursor.executemany(
            "INSERT INTO ratings (id, family_id, goal_id, meeting_id, rated_on, value, rater, "
            "comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.ratings)
        self.__init__()  # type: ignore[misc]


def _build(root: Path, shape: Shape, log: Callable[[str], None]) -> tuple[str, str]:
    from tests.charts.seed import seeded_ratings
    from tests.factories import sample_plan, with_progress
    from vrac_desktop.domain.codec import canonical_json
    from vrac_desktop.domain.model import Rater, Rating

    rng = random.Random(SEED)
    ids = Ids(rng)
    generated = Generated(root, shape, "", "", 0.0)
    db = generated.open_db()
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        rows = Rows()
        with _seeded_new_id(ids):
            # The busy family: 100 versions alternating two real contents, 200 ratings.
            busy_id = ids()
            plan = sample_plan()
            later = with_progress(plan)
            ratings = seeded_ratings(plan, meetings=40, total=200, seed=SEED)
            days = sorted({r.rated_on for r in ratings})
            meeting_of = {day: ids() for day in days}
            for day, mid in meeting_of.items():
                rows.meeting(mid, busy_id, day)
            for r in ratings:
                rows.rating(replace(r, meeting_id=meeting_of[r.rated_on]), busy_id)
            bodies = [canonical_json(plan), canonical_json(later)]
            rows.family(family_id=busy_id, name="Busy family", reference=BUSY_REF,
                        created=EPOCH, contents=[bodies[i % 2] for i in range(100)],
                        every=timedelta(days=7), meeting_ids=list(meeting_of.values()))
            # The large family: 50 goals, 300 actions, 4 versions with a rating per goal.
            large_id = ids()
            big = large_plan(ids)
            meeting_ids = []
            for n, day in enumerate((date(2026, 11, 24), date(2027, 1, 12), date(2027, 3, 9),
                                     date(2027, 5, 18))):
                mid = ids()
                meeting_ids.append(mid)
                rows.meeting(mid, large_id, day)
                for g in big.goals:
                    rows.rating(Rating(ids(), g.id, day, min(10, g.baseline + n), Rater.FAMILY,
                                       mid), large_id)
            body = canonical_json(big)
            rows.family(family_id=large_id, name="Large family", reference=LARGE_REF,
                        created=EPOCH, contents=[body] * 4, every=timedelta(days=56),
                        meeting_ids=meeting_ids)
            rows.write(cursor)
            filler = FillerTemplate()
            for i in range(shape.families):
                surname = f"{rng.choice(SURNAMES)}-{rng.choice(SURNAMES)}"
                family_id = ids()
                early, newest, goal_id = filler.make(ids, surname)
                mid = ids()
                held = date(2024, 1, 8) + timedelta(days=rng.randrange(900))
                rows.meeting(mid, family_id, held)
                for value, rater in ((filler.baseline, Rater.FAMILY),
                                     (filler.baseline + 1, Rater.TEAM)):
                    rows.rating(Rating(ids(), goal_id, held, value, rater, mid), family_id)
                created = EPOCH + timedelta(minutes=17 * i)
                rows.family(family_id=family_id, name=f"Family {surname}",
                            reference=f"REF-{i:06d}", created=created,
                            contents=[early] * (shape.versions - 1) + [newest],
                            every=timedelta(days=14), meeting_ids=[mid])
                if (i + 1) % 500 == 0:
                    rows.write(cursor)
                    log(f"  {i + 1} / {shape.families} families")
        rows.write(cursor)
        raw.commit()
        # The bulk INSERTs bypassed the sessions: fold the search index's names now, as the
        # first search would (store/search_index.py), in one transaction.
        from vrac_desktop.store.search_index import refresh_stale

        started = time.perf_counter()
        with db.engine.begin() as conn:
            refresh_stale(conn)
        log(f"  search index: {time.perf_counter() - started:.1f} s")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
        db.dispose()
    return busy_id, large_id


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--versions", type=int, default=50)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    made = ensure(Shape(args.families, args.versions), args.cache,
                  log=lambda m: sys.stdout.write(m + "\n"))
    size = sum(f.stat().st_size for f in made.data.rglob("*") if f.is_file())
    sys.stdout.write(f"{made.data}: {size / 2**20:.0f} MiB"
                     + (f", built in {made.seconds:.1f} s\n" if made.seconds else
                        " (cached)\n"))


if __name__ == "__main__":
    main()
