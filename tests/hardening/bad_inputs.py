"""Bad inputs, each tried for real: the message the user gets, and proof nothing was lost.

``python -m tests.hardening.bad_inputs > docs/bad-input.md`` regenerates the document;
tests/hardening/test_bad_input.py runs every case and checks the document is current.
Each case returns (what was tried, the message, how "nothing lost" was checked); the case
itself asserts that the data is unchanged.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from tests import keyring_backend
from tests.export_files import set_in
from tests.factories import sample_plan
from vrac_desktop.domain.model import TextItem
from vrac_desktop.services import gdpr
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.families import create_family
from vrac_desktop.services.lock import LockService
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.restore import restore_backup
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store import keys
from vrac_desktop.store.database import open_local
from vrac_desktop.store.instance import InstanceLock
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

Case = Callable[[Path], tuple[str, str, str]]
CASES: list[tuple[str, Case]] = []


def case(title: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        CASES.append((title, fn))
        return fn
    return register


# Seeded folders whose dump (export-family of every family, verify-history) is compared
# after the case ran: run_case checks them.
_GUARDED: list[tuple[DataPaths, dict[str, object]]] = []


def _seeded(root: Path, name: str = "data", *, guard: bool = True) -> tuple[DataPaths, str]:
    """A data folder with one family; ``guard``: compare its dump once the case ran (not
    for cases whose bad input *is* damage to that folder: they compare bytes instead)."""
    from tests.hardening.snapshot import snapshot

    paths = DataPaths(root / name)
    db = open_local(paths)
    family, _ = create_family(db, display_name="Peeters", actor="coach")
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
    db.dispose()
    if guard:
        _GUARDED.append((paths, snapshot(paths)))
    return paths, family.id


def run_case(fn: Case, work: Path) -> tuple[str, str, str]:
    """Run one case, then assert that every folder it seeded dumps as before."""
    from tests.hardening.snapshot import snapshot

    _GUARDED.clear()
    tried, message, kept = fn(work)
    for paths, before in _GUARDED:
        assert snapshot(paths) == before, f"{tried}: data in {paths.root} changed or lost"
    if _GUARDED and "export-family" not in kept:
        kept += "; `export-family` of every family and `verify-history` identical"
    _GUARDED.clear()
    return tried, message, kept


def _message(fn: Callable[[], object]) -> str:
    try:
        fn()
    except Exception as exc:  # the point: whatever it raises, show its message
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError("expected a refusal")


@contextlib.contextmanager
def _no_keyring() -> Iterator[None]:
    original = keys.secure_keyring
    keys.secure_keyring = lambda: None  # type: ignore[assignment]
    try:
        yield
    finally:
        keys.secure_keyring = original  # type: ignore[assignment]


@case("Wrong passphrase when opening")
def wrong_passphrase(root: Path) -> tuple[str, str, str]:
    paths = DataPaths(root / "pp")
    with _no_keyring():
        keys.create_passphrase(paths, "correct horse battery", scrypt_n=2**12)
        open_local(paths, "correct horse battery").dispose()
        before = paths.database.read_bytes()
        msg = _message(lambda: open_local(paths, "wrong horse battery"))
    assert paths.database.read_bytes() == before
    return ("`open_local` with a wrong passphrase", msg, "database file byte-identical")


@case("Wrong passphrase on the lock screen, three times")
def wrong_passphrase_backoff(root: Path) -> tuple[str, str, str]:
    paths = DataPaths(root / "lockpp")
    now = [0.0]
    with _no_keyring():
        keys.create_passphrase(paths, "correct horse battery", scrypt_n=2**12)
        db = open_local(paths, "correct horse battery")
        lock = LockService(paths=paths, settings=Settings(paths.settings), database=db,
                           actor="coach", clock=lambda: now[0])
        lock.lock()
        messages = []
        for _ in range(3):
            result = lock.unlock(passphrase="guess guess guess")
            messages.append(result.message)
            early = lock.unlock(passphrase="correct horse battery")
            messages.append(f"(tried again at once) {early.message}")
            now[0] += result.wait_seconds
        assert lock.unlock(passphrase="correct horse battery").ok
        db.dispose()
    return ("`LockService.unlock` with wrong passphrases, and an immediate retry after each",
            " / ".join(messages), "unlocks with the right passphrase afterwards")


@case("Database written by a newer app version")
def newer_schema(root: Path) -> tuple[str, str, str]:
    from sqlalchemy import text

    paths, _ = _seeded(root, "newer", guard=False)
    db = open_local(paths)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    db.dispose()
    before = paths.database.read_bytes()
    msg = _message(lambda: open_local(paths))
    assert paths.database.read_bytes() == before
    return ("schema revision set to an unknown `0099_future`", msg,
            "database file byte-identical")


@case("Corrupted database file")
def corrupted(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "corrupt", guard=False)
    raw = bytearray(paths.database.read_bytes())
    raw[0:4096] = os.urandom(4096)  # the first page (salt and header) overwritten
    paths.database.write_bytes(bytes(raw))
    msg = _message(lambda: open_local(paths))
    assert paths.database.read_bytes() == bytes(raw)
    return ("first 4 KiB of `vrac.db` overwritten with random bytes", msg,
            "file byte-identical (not overwritten, not re-created)")


@case("Truncated database file")
def truncated_db(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "truncdb", guard=False)
    raw = paths.database.read_bytes()
    paths.database.write_bytes(raw[:100])
    msg = _message(lambda: open_local(paths))
    assert paths.database.read_bytes() == raw[:100]
    return ("`vrac.db` cut to its first 100 bytes", msg, "file byte-identical")


@case("Truncated backup")
def truncated_backup(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "truncbak")
    db = open_local(paths)
    good = make_backup(db, paths=paths, actor="coach", to=root / "good.vracbak")
    db.dispose()
    cut = root / "cut.vracbak"
    cut.write_bytes(good.path.read_bytes()[: good.size // 2])
    before = paths.database.read_bytes()
    msg = _message(lambda: restore_backup(paths=paths, backup=cut, actor="coach"))
    assert paths.database.read_bytes() == before
    return ("`restore` of a backup cut to half its size", msg, "database byte-identical")


@case("Backup from another laptop, without its recovery key")
def foreign_backup(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "mine")
    other, _ = _seeded(root, "theirs", guard=False)
    db = open_local(other)
    theirs = make_backup(db, paths=other, actor="coach", to=root / "theirs.vracbak")
    db.dispose()
    backend = keys.secure_keyring()
    assert backend is not None
    backend.delete_password(keys.SERVICE, keys.entry_name(other))  # that laptop is gone
    before = paths.database.read_bytes()
    msg = _message(lambda: restore_backup(paths=paths, backup=theirs.path, actor="coach"))
    assert paths.database.read_bytes() == before
    return ("`restore` of a backup made on another laptop (keyring mode, its key not here), "
            "without its recovery key", msg, "database byte-identical")


def _hostile_import(root: Path, name: str, mutate: Callable[[dict], object]) -> str:
    paths, fid = _seeded(root, f"src-{name}")
    db = open_local(paths)
    export = export_family(db, family_id=fid, path=root / f"{name}.json", actor="coach")
    db.dispose()
    data = json.loads(export.read_text())
    payload = mutate(data)
    raw = payload if isinstance(payload, bytes) else json.dumps(
        data if payload is None else payload).encode()
    export.write_bytes(raw)
    target = DataPaths(root / f"dst-{name}")
    db = open_local(target)
    try:
        msg = _message(lambda: import_family(db, path=export, actor="coach"))
        with db.engine.connect() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT count(*) FROM families")).scalar_one() == 0
    finally:
        db.dispose()
    return msg


def _set(path: list[str | int], value: object) -> Callable[[dict], None]:
    def mutate(data: dict) -> None:
        set_in(data, path, value)
    return mutate


HOSTILE: list[tuple[str, Callable[[dict], object]]] = [
    ("a 200,000-character name", _set(["family", "display_name"], "A" * 200_000)),
    ("a goal title 5 MB long", _set(["versions", 0, "content_json", "goals", 0, "title"],
                                    "x" * 5_000_000)),
    ("nesting 100,000 lists deep", lambda d: b"[" * 100_000 + b"]" * 100_000),
    ("an object nested 50 deep in a text field",
     _set(["family", "reference"], json.loads("{\"a\":" * 50 + "1" + "}" * 50))),
    ("a rating value of \"ten\"", _set(["versions", 0, "content_json", "goals", 0, "baseline"],
                                       "ten")),
    ("a boolean where a number goes", _set(["versions", 0, "number"], True)),
    ("an unknown field", _set(["family", "nickname"], "Pete")),
    ("an unknown status", _set(["family", "status"], "deleted")),
    ("20,000 strengths", _set(["versions", 0, "content_json", "strengths"],
                              [{"id": "x", "text": "y"}] * 20_000)),
    ("not JSON at all", lambda d: b"\x89PNG\r\n\x1a\n"),
    ("schema version 99", _set(["schema_version"], 99)),
    ("the history edited after export", _set(["versions", 0, "created_by"], "mallory")),
]


def _hostile_case(label: str, mutate: Callable[[dict], object]) -> Case:
    def run(root: Path) -> tuple[str, str, str]:
        slug = "".join(c if c.isalnum() else "-" for c in label)[:30]
        return (f"`import-family` of an export with {label}",
                _hostile_import(root, slug, mutate), "no family in the target database")
    return run


for _label, _mutate in HOSTILE:
    case(f"Hostile import: {_label}")(_hostile_case(_label, _mutate))


@case("No secure keyring, database keyed in the keyring")
def missing_keyring(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "nokeyring")
    before = paths.database.read_bytes()
    with _no_keyring():
        msg = _message(lambda: open_local(paths))
    assert paths.database.read_bytes() == before
    return ("keyring backend gone (headless session, locked keyring)", msg,
            "database byte-identical")


@case("Keyring entry deleted")
def missing_key(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "nokey")
    backend = keys.secure_keyring()
    assert backend is not None
    entry = keys.entry_name(paths)
    saved = backend.get_password(keys.SERVICE, entry)
    backend.delete_password(keys.SERVICE, entry)
    before = paths.database.read_bytes()
    msg = _message(lambda: open_local(paths))
    assert paths.database.read_bytes() == before
    backend.set_password(keys.SERVICE, entry, saved)
    open_local(paths).dispose()
    return ("the keyring entry of this database removed", msg,
            "database byte-identical; opens again once the entry is back")


@case("Read-only data folder")
def read_only(root: Path) -> tuple[str, str, str]:
    folder = root / "ro"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs",
                              str(folder)], capture_output=True).returncode == 0
    if not mounted:
        return ("(skipped: a read-only mount needs root here)", "", "")
    try:
        paths = DataPaths(folder / "data")
        msg = _message(lambda: InstanceLock(DataPaths(folder)).acquire())
        msg2 = _message(lambda: open_local(paths))
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    return ("data folder on a read-only file system: start-up lock, then opening", msg + " / "
            + msg2, "nothing can be written; nothing was")


@case("Existing data on a read-only file system")
def read_only_existing(root: Path) -> tuple[str, str, str]:
    paths, _ = _seeded(root, "rodata")
    before = paths.database.read_bytes()
    # The folder mounted read-only over itself: same path, so the same keyring entry.
    bound = subprocess.run(["mount", "--bind", str(paths.root), str(paths.root)],
                           capture_output=True).returncode == 0
    if not bound:
        return ("(skipped: a read-only bind mount needs root here)", "", "")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(paths.root)], check=True)
        msg = _message(lambda: open_local(paths))
    finally:
        subprocess.run(["umount", "-l", str(paths.root)], check=False)
    assert paths.database.read_bytes() == before
    return ("a data folder with a database, mounted read-only", msg,
            "database byte-identical")


@case("Disk full while saving, then while backing up")
def disk_full(root: Path) -> tuple[str, str, str]:
    disk = root / "small"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True).returncode == 0
    if not mounted:
        return ("(skipped: a small tmpfs needs root here; see tests/reliability)", "", "")
    try:
        paths, fid = _seeded(disk, "data", guard=False)  # on a tmpfs unmounted after
        db = open_local(paths)
        first = save_plan_version(db, family_id=fid, content=sample_plan(), actor="c").version
        with contextlib.suppress(OSError), open(disk / "filler", "wb") as fh:
            while True:
                fh.write(b"\0" * 16384)
                fh.flush()
        plan = sample_plan()
        messages = []
        for i in range(2000):
            big = replace(plan, vision=TextItem(plan.vision.id, f"{i} " + "x" * 19_000))
            try:
                save_plan_version(db, family_id=fid, content=big, actor="c")
            except Exception as exc:
                messages.append(f"{type(exc).__name__}: {exc}")
                break
        messages.append(_message(lambda: make_backup(db, paths=paths, actor="c")))
        db.dispose()
        (disk / "filler").unlink()
        db = open_local(paths)
        from vrac_desktop.services.plans import get_version

        assert get_version(db, family_id=fid, number=first.number).hash == first.hash
        db.dispose()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
    return ("a 2 MB file system filled up, then saves of large plans, then a backup",
            " / ".join(messages), "every version saved before is there, history intact")


@case("Erasure with the wrong confirmation")
def wrong_confirmation(root: Path) -> tuple[str, str, str]:
    paths, fid = _seeded(root, "erase")
    db = open_local(paths)
    try:
        msg = _message(lambda: gdpr.erase_family(db, paths=paths, family_id=fid,
                                                 confirmation="Peters", actor="coach"))
        from vrac_desktop.services.plans import list_versions

        assert len(list_versions(db, family_id=fid)) == 1
    finally:
        db.dispose()
    return ("erase family \"Peeters\" confirmed with \"Peters\"", msg, "family and versions "
            "still there")


@case("Plan text over the limit")
def too_long(root: Path) -> tuple[str, str, str]:
    paths, fid = _seeded(root, "long")
    db = open_local(paths)
    plan = sample_plan()
    try:
        msg = _message(lambda: save_plan_version(
            db, family_id=fid, content=replace(plan, vision=TextItem(plan.vision.id,
                                                                     "x" * 30_000)),
            actor="coach"))
    finally:
        db.dispose()
    return ("saving a vision of 30,000 characters", msg, "no new version")


def _cycle_case(label: str) -> Case:
    """An evaluation meeting recorded with one bad input (issue 12); nothing is saved."""
    def run(root: Path) -> tuple[str, str, str]:
        from tests.cycle.test_cycle_services import (
            BAD_EVALUATIONS,
            TODAY,
            family_with_history,
            reviewed,
            snapshot,
        )
        from vrac_desktop.services.evaluations import record_evaluation, start_evaluation

        db = open_local(DataPaths(root / "cycle"))
        try:
            fid, _ = family_with_history(db)
            draft = reviewed(start_evaluation(db, family_id=fid, today=TODAY))
            assert draft.evaluation is not None
            change, _expected = BAD_EVALUATIONS[label]
            before = snapshot(db)
            msg = _message(lambda: record_evaluation(
                db, draft=replace(draft, evaluation=change(draft.evaluation)), actor="coach",
                today=TODAY))
            assert snapshot(db) == before
        finally:
            db.dispose()
        return (f"recording a six-month evaluation: {label}", msg,
                "every table compared before and after: unchanged")
    return run


for _label in ("period reversed", "rating outside the scale", "decision without a reason",
               "finalize an unrated goal", "plan version that does not exist"):
    CASES.append((f"Six-month evaluation: {_label}", _cycle_case(_label)))


@case("Phase change out of order")
def phase_out_of_order(root: Path) -> tuple[str, str, str]:
    from datetime import date

    from tests.cycle.test_cycle_services import snapshot
    from vrac_desktop.domain.model import Phase
    from vrac_desktop.services.cycle import change_phase

    paths = DataPaths(root / "phase")
    db = open_local(paths)
    try:
        family, _ = create_family(db, display_name="Jansen", actor="coach")
        before = snapshot(db)
        msg = _message(lambda: change_phase(
            db, family_id=family.id, to=Phase.IMPLEMENTATION, on=date(2027, 1, 1),
            reason="skip", actor="coach", today=date(2027, 6, 1)))
        assert snapshot(db) == before
    finally:
        db.dispose()
    return ("moving a family in engagement straight to implementation", msg,
            "no phase change recorded (every table compared)")


def generate() -> str:
    lines = [
        "# Bad input: what was tried and what the user is told",
        "",
        "Generated by `python -m tests.hardening.bad_inputs > docs/bad-input.md` (every case "
        "is run for real; tests/hardening/test_bad_input.py fails when this file is stale).",
        "Temporary paths are shown as `<tmp>`. Cases that need root (mounts) say so when "
        "skipped. The crash, disk-full and power-loss tests are in tests/reliability/.",
        "",
        "\"Nothing lost\" is asserted by each case, not just stated: where it says so, by "
        "`export-family` of every family and `verify-history` taken before and after and "
        "compared (tests/hardening/snapshot.py); cases whose bad input is damage to the "
        "database file itself compare that file byte for byte instead. Commands are run as "
        "typed (`exit N:` is the exit code, then what the user reads).",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        keyring_backend.use_in_process(os.environ.get(keyring_backend.FILE_ENV)
                                       or root / "keyring.cfg")
        for i, (title, fn) in enumerate(CASES, 1):
            work = root / f"case{i}"
            work.mkdir()
            tried, message, kept = run_case(fn, work)
            message = re.sub(r"\d{8}T\d{12}Z", "<time>", message.replace(str(root), "<tmp>"))
            message = re.sub(r"\(process \d+\)", "(process <pid>)", message)
            message = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                             "<id>", message)
            lines += [f"## {i}. {title}", "", f"- Tried: {tried}",
                      f"- Message: {message}" if message else "- Message: (not run)",
                      f"- Nothing lost: {kept}" if kept else "", ""]
    return "\n".join(line for line in lines) + "\n"


from tests.hardening import more_bad_inputs  # noqa: E402  (registers ~90 cases)

more_bad_inputs.register(case)

if __name__ == "__main__":
    sys.stdout.write(generate())
