"""More bad inputs (issue 14), each run on a copy of one seeded data folder, with "nothing
lost" checked the same way every time: ``export-family`` of every family and
``verify-history`` (tests/hardening/snapshot.py) identical before and after.

Most go through the command line as a user types it (``vrac_desktop.cli.main`` in this
process: same parsing, same instance lock, same messages as the installed command).
Registered into ``bad_inputs.CASES`` when that module is imported.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import struct
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from tests.export_files import set_in
from tests.factories import sample_plan
from tests.hardening.snapshot import snapshot
from vrac_desktop import cli
from vrac_desktop.domain.model import Meeting, Rater, Rating, new_id
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.backup_format import MAGIC
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.recovery import make_recovery_kit
from vrac_desktop.services.transfer import export_family
from vrac_desktop.store import keys
from vrac_desktop.store.database import open_local
from vrac_desktop.store.instance import InstanceLock
from vrac_desktop.store.paths import DataPaths

Register = Callable[[str], Callable[[Callable[[Path], tuple[str, str, str]]],
                                    Callable[[Path], tuple[str, str, str]]]]
KEPT = "`export-family` of every family and `verify-history` identical before and after"
PASSPHRASE = "correct horse battery"


class Seed:
    """One seeded data folder per run, copied for each case (the copy shares the folder id,
    so it opens with the same keyring entry: the portable data folder at work)."""

    def __init__(self) -> None:
        self.root: Path | None = None
        self.ids: dict[str, str] = {}
        self.recovery_key = ""
        self.keyring = ("", "")
        self.dubois_rating = ""

    def make(self, root: Path) -> None:
        paths = DataPaths(root / "template")
        db = open_local(paths)
        try:
            peeters, _ = create_family(db, display_name="Peeters", actor="coach")
            dubois, _ = create_family(db, display_name="Dubois", actor="coach")
            plan = sample_plan()
            meeting = Meeting(new_id(), date(2026, 11, 2), location="School")
            rating = Rating(new_id(), plan.goals[0].id, date(2026, 11, 2), 6, Rater.FAMILY,
                            meeting.id)
            save_plan_version(db, family_id=peeters.id, content=plan, actor="coach",
                              meeting=meeting, ratings=[rating])
            plan_d = sample_plan(" D")
            self.dubois_rating = new_id()
            save_plan_version(db, family_id=dubois.id, content=plan_d, actor="coach",
                              ratings=[Rating(self.dubois_rating, plan_d.goals[0].id,
                                              date(2026, 11, 2), 4, Rater.TEAM)])
            self.recovery_key = make_recovery_kit(db, paths=paths,
                                                  actor="coach").recovery_key
            export_family(db, family_id=peeters.id, path=root / "peeters.json", actor="c")
            make_backup(db, paths=paths, actor="coach", to=root / "good.vracbak")
        finally:
            db.dispose()
        self.root = root
        self.ids = {"peeters": peeters.id, "dubois": dubois.id}
        backend = keys.secure_keyring()
        assert backend is not None
        self.keyring = (keys.entry_name(paths),
                        backend.get_password(keys.SERVICE, keys.entry_name(paths)) or "")

    def copy(self, work: Path) -> DataPaths:
        assert self.root is not None
        target = DataPaths(work / "data")
        shutil.copytree(self.root / "template", target.root)
        # The same folder id, so the same keyring entry: put it in this run's keyring.
        backend = keys.secure_keyring()
        assert backend is not None
        backend.set_password(keys.SERVICE, *self.keyring)
        return target

    @property
    def export(self) -> dict[str, Any]:
        assert self.root is not None
        return json.loads((self.root / "peeters.json").read_text(encoding="utf-8"))

    @property
    def backup(self) -> Path:
        assert self.root is not None
        return self.root / "good.vracbak"


SEED = Seed()


def _seed_root(work: Path) -> None:
    if SEED.root is None or not SEED.root.exists():
        base = work.parent / "seed"
        base.mkdir(exist_ok=True)
        SEED.make(base)


def run_cli(paths: DataPaths, *args: str, stdin: str = "") -> tuple[int, str]:
    """``vrac-desktop --data-dir DIR ARGS`` in this process: exit code and what it printed
    on stderr (the message a user reads)."""
    err, out = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = cli.main(["--data-dir", str(paths.root), *args])
            except SystemExit as exc:  # argparse refuses before any command runs
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    text = err.getvalue().strip() or out.getvalue().strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return code, (lines[-1] if code == 2 and lines else " / ".join(lines))


@contextlib.contextmanager
def _no_keyring() -> Iterator[None]:
    original = keys.secure_keyring
    keys.secure_keyring = lambda: None  # type: ignore[assignment]
    try:
        yield
    finally:
        keys.secure_keyring = original  # type: ignore[assignment]


def guarded(work: Path, action: Callable[[DataPaths], str], *,
            expect_code: int | None = None) -> str:
    """Run ``action`` on a copy of the seed; assert nothing was lost; its message."""
    _seed_root(work)
    paths = SEED.copy(work)
    before = snapshot(paths)
    message = action(paths)
    after = snapshot(paths)
    assert after == before, f"data changed or lost: {message}"
    assert message, "no message"
    return message


def cli_case(args: Callable[[Path], list[str]], *, code: int = 2, stdin: str = ""
             ) -> Callable[[Path], str]:
    def run(work: Path) -> str:
        def action(paths: DataPaths) -> str:
            got, message = run_cli(paths, *args(work), stdin=stdin)
            assert got == code, (got, message)
            return f"exit {got}: {message}"
        return guarded(work, action)
    return run


# --- hostile imports through `vrac-desktop import-family` ---------------------------------------


def _import_of(mutate: Callable[[dict[str, Any]], object], *, new_id_: bool = True
               ) -> Callable[[Path], str]:
    def args(work: Path) -> list[str]:
        data = SEED.export
        if new_id_:  # another family: its versions' records name it (their hashes break)
            data["family"]["id"] = new_id()
            for version in data["versions"]:
                version["family_id"] = data["family"]["id"]
        payload = mutate(data)
        raw = payload if isinstance(payload, bytes) else json.dumps(
            data if payload is None else payload).encode()
        path = work / "import.json"
        path.write_bytes(raw)
        return ["import-family", str(path)]
    return cli_case(args)


def _set(path: list[str | int], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        set_in(data, path, value)
    return mutate


def _dup(field: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        data[field] = list(data[field]) + [data[field][0]]
    return mutate


def _raw(text: bytes) -> Callable[[dict[str, Any]], bytes]:
    return lambda _data: text


IMPORTS: list[tuple[str, str, Callable[[Path], str]]] = [
    ("rating 11", "a rating of 11 on the 0–10 scale",
     _import_of(_set(["ratings", 0, "value"], 11))),
    ("rating -1", "a rating of −1", _import_of(_set(["ratings", 0, "value"], -1))),
    ("rating 10^30", "a rating of 10^30", _import_of(_set(["ratings", 0, "value"], 10**30))),
    ("rating as text", "a rating of \"7\"", _import_of(_set(["ratings", 0, "value"], "7"))),
    ("rating 7.5", "a rating of 7.5", _import_of(_set(["ratings", 0, "value"], 7.5))),
    ("rating null", "a rating of null", _import_of(_set(["ratings", 0, "value"], None))),
    ("unknown rater", "a rating by \"alien\"",
     _import_of(_set(["ratings", 0, "rater"], "alien"))),
    ("rating date 2026-13-45", "a rating dated 2026-13-45",
     _import_of(_set(["ratings", 0, "rated_on"], "2026-13-45"))),
    ("duplicate meeting ids", "the same meeting twice", _import_of(_dup("meetings"))),
    ("duplicate rating ids", "the same rating twice", _import_of(_dup("ratings"))),
    ("duplicate version numbers", "two versions numbered 1", _import_of(_dup("versions"))),
    ("family already there", "the export of a family that is already in the database",
     _import_of(lambda d: None, new_id_=False)),
    ("lone surrogate", "a family name with a lone surrogate (\\udcff)",
     _import_of(lambda d: json.dumps(dict(d, family=dict(d["family"],
                                                          display_name="Pe\udcffters")))
                .encode())),
    ("empty file", "an empty file", _import_of(_raw(b""))),
    ("UTF-16", "the export saved as UTF-16",
     _import_of(lambda d: json.dumps(d).encode("utf-16"))),
    ("UTF-8 BOM", "the export with a byte-order mark",
     _import_of(lambda d: b"\xef\xbb\xbf" + json.dumps(d).encode())),
    ("truncated", "the export cut in half",
     _import_of(lambda d: json.dumps(d).encode()[: len(json.dumps(d)) // 2])),
    ("top-level list", "a JSON list instead of an object", _import_of(_raw(b"[1, 2, 3]"))),
    ("format missing", "no \"format\" field", _import_of(lambda d: {k: v for k, v in d.items()
                                                                   if k != "format"})),
    ("another format", "a \"format\" of another program",
     _import_of(_set(["format"], "someone-else.export"))),
    ("schema as text", "schema_version \"1\"", _import_of(_set(["schema_version"], "1"))),
    ("family missing", "no family", _import_of(lambda d: {k: v for k, v in d.items()
                                                         if k != "family"})),
    ("family id empty", "an empty family id", _import_of(_set(["family", "id"], ""))),
    ("versions not a list", "\"versions\": \"many\"", _import_of(_set(["versions"], "many"))),
    ("hash not hex", "a version hash that is not hexadecimal",
     _import_of(_set(["versions", 0, "hash"], "zz" * 32))),
    ("prev hash broken", "a version whose previous hash points nowhere",
     _import_of(_set(["versions", 0, "prev_hash"], "0" * 63 + "1"))),
    ("content edited", "a goal title edited after export",
     _import_of(_set(["versions", 0, "content_json", "goals", 0, "title"], "Edited"))),
    ("created_at garbage", "a version created \"yesterday\"",
     _import_of(_set(["versions", 0, "created_at"], "yesterday"))),
    ("meeting date garbage", "a meeting held on 31 February",
     _import_of(_set(["meetings", 0, "held_on"], "2026-02-31"))),
    ("NaN rating", "a rating of NaN", _import_of(lambda d: json.dumps(
        d).replace('"value": 6', '"value": NaN').encode())),
    ("Infinity rating", "a rating of Infinity", _import_of(lambda d: json.dumps(
        d).replace('"value": 6', '"value": Infinity').encode())),
    ("null bytes", "NUL characters in the family name",
     _import_of(_set(["family", "display_name"], "Pee\u0000ters"))),
    ("exported_at garbage", "exported_at \"soon\"", _import_of(_set(["exported_at"], "soon"))),
    ("language a number", "a family language given as the number 7",
     _import_of(_set(["family", "language"], 7))),
]


def _clashing_ids(work: Path) -> str:
    """An erased family imported again, with a rating id another family already has."""
    from vrac_desktop.services.gdpr import erase_family

    _seed_root(work)
    paths = SEED.copy(work)
    db = open_local(paths)
    erase_family(db, paths=paths, family_id=SEED.ids["peeters"], confirmation="Peeters",
                 actor="coach")
    db.dispose()
    data = SEED.export
    data["ratings"][0]["id"] = SEED.dubois_rating
    path = work / "clash.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    def action(paths: DataPaths) -> str:
        got, message = run_cli(paths, "import-family", str(path))
        assert got == 2, (got, message)
        return f"exit {got}: {message}"

    before = snapshot(paths)
    message = action(paths)
    assert snapshot(paths) == before
    return message


def _keys_unchanged(run: Callable[[Path], str]) -> Callable[[Path], str]:
    def checked(work: Path) -> str:
        _seed_root(work)
        assert SEED.root is not None
        before = (SEED.root / "template" / "vrac.db.keys.json").read_bytes()
        message = run(work)
        assert (work / "data" / "vrac.db.keys.json").read_bytes() == before
        return message
    return checked


def _big_sparse(work: Path) -> list[str]:
    path = work / "huge.json"
    with open(path, "wb") as fh:
        fh.truncate(3 * 1024**3)  # 3 GB of holes: no disk used, and never read
    return ["import-family", str(path)]


FILES: list[tuple[str, str, Callable[[Path], str]]] = [
    ("ids of another family", "`import-family` of an erased family's export whose rating id "
     "another family already has (was an IntegrityError)", _clashing_ids),
    ("import 3 GB", "`import-family` of a 3 GB file (refused before reading: bounded memory)",
     cli_case(_big_sparse)),
    ("import missing", "`import-family` of a file that does not exist",
     cli_case(lambda w: ["import-family", str(w / "nope.json")])),
    ("import a folder", "`import-family` of a folder",
     cli_case(lambda w: ["import-family", str(w)])),
    ("export unknown family", "`export-family` of an unknown id",
     cli_case(lambda w: ["export-family", "no-such-id", "--json", str(w / "x.json")])),
    ("export into missing folder", "`export-family --json` into a folder that does not exist",
     cli_case(lambda w: ["export-family", SEED.ids["peeters"], "--json",
                         str(w / "missing" / "x.json")])),
    ("export onto a folder", "`export-family --json` naming an existing folder",
     cli_case(lambda w: ["export-family", SEED.ids["peeters"], "--json", str(w)])),
    ("as-of in the future", "`export plan --as-of 2099-01-01`",
     cli_case(lambda w: ["export", "plan", "Peeters", "--pdf", str(w / "p.pdf"),
                         "--as-of", "2099-01-01"])),
    ("as-of not a date", "`export plan --as-of yesterday`",
     cli_case(lambda w: ["export", "plan", "Peeters", "--pdf", str(w / "p.pdf"),
                         "--as-of", "yesterday"])),
    ("as-of before the first version", "`export plan --as-of 1990-01-01`",
     cli_case(lambda w: ["export", "plan", "Peeters", "--pdf", str(w / "p.pdf"),
                         "--as-of", "1990-01-01"])),
    ("logo not PNG", "`export plan --logo` with a JPEG file",
     cli_case(lambda w: (w / "logo.jpg").write_bytes(b"\xff\xd8\xff\xe0JFIF") and [
         "export", "plan", "Peeters", "--pdf", str(w / "p.pdf"), "--logo",
         str(w / "logo.jpg")])),
    ("logo missing", "`export plan --logo` naming no file",
     cli_case(lambda w: ["export", "plan", "Peeters", "--pdf", str(w / "p.pdf"), "--logo",
                         str(w / "none.png")])),
    ("export without a file", "`export plan` without --pdf or --docx",
     cli_case(lambda w: ["export", "plan", "Peeters"])),
    ("export unknown family words", "`export plan` for words no family matches",
     cli_case(lambda w: ["export", "plan", "Nobody", "--pdf", str(w / "p.pdf")])),
    ("verify a text file", "`verify` of a text file",
     cli_case(lambda w: (w / "n.txt").write_text("hello") and ["verify", str(w / "n.txt")],
              code=1)),
    ("verify missing", "`verify` of a file that does not exist",
     cli_case(lambda w: ["verify", str(w / "none.pdf")])),
    ("verify unsigned PDF", "`verify` of a PDF without signature",
     cli_case(lambda w: (w / "plain.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n") and [
         "verify", str(w / "plain.pdf")], code=1)),
    ("backup onto a folder", "`backup --to` an existing folder",
     cli_case(lambda w: ["backup", "--to", str(w)])),
    ("backup under a file", "`backup --to` a path under a regular file",
     cli_case(lambda w: (w / "afile").write_text("x") and [
         "backup", "--to", str(w / "afile" / "b.vracbak")])),
    ("restore missing", "`restore` of a file that does not exist",
     cli_case(lambda w: ["restore", str(w / "none.vracbak")])),
    ("restore empty", "`restore` of an empty file",
     cli_case(lambda w: (w / "e.vracbak").write_bytes(b"") or ["restore",
                                                               str(w / "e.vracbak")])),
    ("restore random bytes", "`restore` of 64 KiB of random bytes",
     cli_case(lambda w: (w / "r.vracbak").write_bytes(os.urandom(65536)) and [
         "restore", str(w / "r.vracbak")])),
    ("recovery kit into missing folder", "`recovery-kit --pdf` into a missing folder (the "
     "old recovery key stays: the key file is unchanged too)",
     _keys_unchanged(cli_case(lambda w: ["recovery-kit", "--pdf",
                                         str(w / "missing" / "kit.pdf")]))),
    ("recovery kit language", "`recovery-kit --language de`",
     cli_case(lambda w: ["recovery-kit", "--pdf", str(w / "kit.pdf"), "--language", "de"])),
    ("sync without a server", "`sync` with no server set",
     cli_case(lambda w: ["sync"])),
    ("heads of unknown family", "`heads` of an unknown family id",
     cli_case(lambda w: ["heads", "no-such-family"])),
    ("audit into a folder", "`audit --csv` naming a folder",
     cli_case(lambda w: ["audit", "--csv", str(w)])),
    ("unknown command", "`vrac-desktop frobnicate`", cli_case(lambda w: ["frobnicate"])),
]


# --- backups with something wrong in them -------------------------------------------------------


def _backup_variant(change: Callable[[bytes], bytes], *extra: str, stdin: str = ""
                    ) -> Callable[[Path], str]:
    def args(work: Path) -> list[str]:
        path = work / "changed.vracbak"
        path.write_bytes(change(SEED.backup.read_bytes()))
        return ["restore", str(path), *extra]
    return cli_case(args, stdin=stdin)


def _header(raw: bytes) -> tuple[dict[str, Any], bytes]:
    (length,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    return json.loads(raw[start:start + length]), raw[start + length:]


def _with_header(edit: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    def change(raw: bytes) -> bytes:
        header, body = _header(raw)
        edit(header)
        encoded = json.dumps(header).encode()
        return MAGIC + struct.pack(">I", len(encoded)) + encoded + body
    return change


def _flip_page(raw: bytes) -> bytes:
    _, body = _header(raw)
    cut = len(raw) - len(body)
    data = bytearray(raw)
    data[cut + 4096 + 100] ^= 0xFF  # inside the second page of the database part
    return bytes(data)


BACKUPS: list[tuple[str, str, Callable[[Path], str]]] = [
    ("backup header cut", "`restore` of a backup cut inside its header",
     _backup_variant(lambda raw: raw[:20])),
    ("backup header not JSON", "`restore` of a backup whose header is not JSON",
     _backup_variant(lambda raw: raw[:12] + b"{" * 50 + raw[62:])),
    ("backup header length huge", "`restore` of a backup claiming a 4 GB header",
     _backup_variant(lambda raw: MAGIC + b"\xff\xff\xff\xff" + raw[12:])),
    ("backup format 99", "`restore` of a backup of format version 99",
     _backup_variant(_with_header(lambda h: h.update(version=99)))),
    ("backup scrypt n=\"abc\"", "`restore` of a backup whose key header says n=\"abc\"",
     _backup_variant(_with_header(lambda h: h["keys"].update(
         mode="passphrase", passphrase={"kdf": "scrypt", "n": "abc", "r": 8, "p": 1,
                                        "salt": "00", "nonce": "00", "wrapped": "00"})))),
    ("backup key mode unknown", "`restore` of a backup whose key mode is \"cloud\"",
     _backup_variant(_with_header(lambda h: h["keys"].update(mode="cloud")))),
    ("backup with a damaged page", "`restore` of a backup with one byte flipped in a page",
     _backup_variant(_flip_page)),
    ("backup with a wrong recovery key", "`restore --recovery-key` with another key",
     _backup_variant(lambda raw: raw, "--recovery-key",
                     stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n")),
    ("recovery key of the wrong length", "`restore --recovery-key` with 12 characters",
     _backup_variant(lambda raw: raw, "--recovery-key", stdin="ABCD-EFGH-IJKL\n")),
    ("backup without a recovery wrap", "`restore --recovery-key` of a backup made before "
     "any recovery kit", _backup_variant(_with_header(lambda h: h["keys"].pop("recovery")),
                                         "--recovery-key", stdin="x\n")),
]


# --- the data folder's own files ---------------------------------------------------------------


def _folder_case(damage: Callable[[DataPaths], Callable[[], None]], *args: str,
                 code: int = 2) -> Callable[[Path], str]:
    """Damage the copy, run the command, repair, compare (nothing lost once repaired)."""
    def run(work: Path) -> str:
        def action(paths: DataPaths) -> str:
            repair = damage(paths)
            try:
                got, message = run_cli(paths, *(args or ("list-families",)))
            finally:
                repair()
            assert got == code, (got, message)
            return f"exit {got}: {message}"
        return guarded(work, action)
    return run


def _replace_file(path_of: Callable[[DataPaths], Path], content: bytes | None
                  ) -> Callable[[DataPaths], Callable[[], None]]:
    def damage(paths: DataPaths) -> Callable[[], None]:
        path = path_of(paths)
        saved = path.read_bytes() if path.exists() else None
        if content is None:
            path.unlink()
        else:
            path.write_bytes(content)

        def repair() -> None:
            if saved is not None:
                path.write_bytes(saved)
        return repair
    return damage


def _keyfile(**change: Any) -> bytes:
    return json.dumps({"format": "vrac-desktop-keys", "version": 2, "mode": "keyring",
                       "folder_id": "f", **change}).encode()


def _held_lock(paths: DataPaths) -> Callable[[], None]:
    lock = InstanceLock(paths)
    lock.acquire()
    cli_wait, cli.LOCK_WAIT_SECONDS = cli.LOCK_WAIT_SECONDS, 0.2
    # A second open file description: flock refuses it even in this process.

    def repair() -> None:
        cli.LOCK_WAIT_SECONDS = cli_wait
        lock.release()
    return repair


def _keyring_entry(value: str | None) -> Callable[[DataPaths], Callable[[], None]]:
    def damage(paths: DataPaths) -> Callable[[], None]:
        backend = keys.secure_keyring()
        assert backend is not None
        entry = keys.entry_name(paths)
        saved = backend.get_password(keys.SERVICE, entry)
        if value is None:
            backend.delete_password(keys.SERVICE, entry)
        else:
            backend.set_password(keys.SERVICE, entry, value)
        return lambda: backend.set_password(keys.SERVICE, entry, saved)
    return damage


FOLDER: list[tuple[str, str, Callable[[Path], str]]] = [
    ("key file not JSON", "`vrac.db.keys.json` replaced by `{not json`",
     _folder_case(_replace_file(lambda p: p.key_file, b"{not json"))),
    ("key file empty", "`vrac.db.keys.json` emptied",
     _folder_case(_replace_file(lambda p: p.key_file, b""))),
    ("key file deleted", "`vrac.db.keys.json` deleted",
     _folder_case(_replace_file(lambda p: p.key_file, None))),
    ("key file n=abc", "`\"n\": \"abc\"` in the key file's scrypt cost",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(
         mode="passphrase", passphrase={"kdf": "scrypt", "n": "abc", "r": 8, "p": 1,
                                        "salt": "00", "nonce": "00", "wrapped": "00"})))),
    ("key file n=2^30", "a scrypt cost of 2^30 (a gigabyte-hungry header)",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(
         mode="passphrase", passphrase={"kdf": "scrypt", "n": 2**30, "r": 8, "p": 1,
                                        "salt": "00", "nonce": "00", "wrapped": "00"})))),
    ("key file salt not hex", "a salt that is not hexadecimal",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(
         mode="passphrase", passphrase={"kdf": "scrypt", "n": 16, "r": 8, "p": 1,
                                        "salt": "xyz", "nonce": "00", "wrapped": "00"})))),
    ("key file of a newer version", "a key file of version 3",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(version=3)))),
    ("key file of another program", "a key file with another \"format\"",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(format="other")))),
    ("key file mode unknown", "a key mode \"cloud\"",
     _folder_case(_replace_file(lambda p: p.key_file, _keyfile(mode="cloud")))),
    ("keyring entry not hex", "the keyring entry replaced by \"not a key\"",
     _folder_case(_keyring_entry("not a key"))),
    ("keyring entry removed", "the keyring entry removed",
     _folder_case(_keyring_entry(None))),
    ("0-byte database", "`vrac.db` emptied to 0 bytes (never replaced silently)",
     _folder_case(_replace_file(lambda p: p.database, b""))),
    ("another process holds the folder", "`import-family` while another process holds the "
     "data folder (the writer waits, then says why)",
     _folder_case(_held_lock, "import-family", "x.json")),
    ("restore while another process writes", "`restore` while another process holds the "
     "data folder", _folder_case(_held_lock, "restore", "x.vracbak")),
    ("backup while another process writes", "`backup` while another process holds the "
     "data folder", _folder_case(_held_lock, "backup")),
]


# --- passphrases --------------------------------------------------------------------------------


def _passphrase_case(typed: str, *, create: bool = False) -> Callable[[Path], str]:
    def run(work: Path) -> str:
        paths = DataPaths(work / "pp")
        with _no_keyring():
            if create:
                msg = ""
                try:
                    keys.create_passphrase(paths, typed, scrypt_n=2**12)
                except Exception as exc:
                    msg = f"{type(exc).__name__}: {exc}"
                assert msg and not paths.key_file.exists()
                return msg
            keys.create_passphrase(paths, PASSPHRASE, scrypt_n=2**12)
            db = open_local(paths, PASSPHRASE)
            create_family(db, display_name="Janssens", actor="coach")
            db.dispose()
            before = snapshot(paths, PASSPHRASE)
            try:
                open_local(paths, typed).dispose()
                msg = "Opened (the same passphrase, typed another way)."
            except Exception as exc:
                msg = f"{type(exc).__name__}: {exc}"
            assert snapshot(paths, PASSPHRASE) == before
        return msg
    return run


PASSPHRASES: list[tuple[str, str, Callable[[Path], str]]] = [
    ("passphrase too short", "choosing the passphrase \"short\"",
     _passphrase_case("short", create=True)),
    ("passphrase with a lone surrogate", "choosing a passphrase with a lone surrogate",
     _passphrase_case("horse\udcffbattery", create=True)),
    ("passphrase with trailing space", "the passphrase with a space after it",
     _passphrase_case(PASSPHRASE + " ")),
    ("passphrase in capitals", "the passphrase in capitals", _passphrase_case(PASSPHRASE.upper())),
    ("passphrase with a lone surrogate when opening", "opening with a lone surrogate",
     _passphrase_case("correct\udcffhorse")),
    ("passphrase empty", "opening with an empty passphrase", _passphrase_case("")),
]


def register(case: Register) -> None:
    for group, prefix in ((IMPORTS, "Import"), (FILES, "Command"), (BACKUPS, "Backup"),
                          (FOLDER, "Data folder"), (PASSPHRASES, "Passphrase")):
        for title, tried, run in group:
            def make(tried: str = tried, run: Callable[[Path], str] = run,
                     prefix: str = prefix) -> Callable[[Path], tuple[str, str, str]]:
                def case_fn(work: Path) -> tuple[str, str, str]:
                    kept = ("the other data unchanged" if prefix == "Passphrase" else KEPT)
                    return tried, run(work), kept
                return case_fn
            case(f"{prefix}: {title}")(make())
