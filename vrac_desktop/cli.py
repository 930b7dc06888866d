"""``vrac-desktop``: start the GUI, or run a headless command.

Exit codes: 0 success, 1 the check or command found a problem (e.g. a broken history),
2 the command could not run (bad input, wrong passphrase, missing key...).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from vrac_desktop import __version__
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError
from vrac_desktop.store.paths import DATA_DIR_ENV, DataPaths, resolve_data_dir

PASSPHRASE_ENV = "VRAC_PASSPHRASE"
LOCK_WAIT_SECONDS = 5.0


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers); still record something
        return "unknown"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(f"vrac-desktop: {text}\n")


def open_for_cli(paths: DataPaths) -> Database:
    """Open the database, asking for the passphrase on the terminal when one is needed."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return open_local(paths, passphrase)
    except PassphraseRequiredError as exc:
        if passphrase is not None or not sys.stdin.isatty():
            raise
        _err(str(exc))
        typed = getpass.getpass("Passphrase: ")
        if exc.new and getpass.getpass("Repeat the passphrase: ") != typed:
            raise PassphraseRequiredError("The two passphrases differ.", new=True) from None
        return open_local(paths, typed)


def cmd_verify_history(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.history import verify_history

    damaged = db.page_problems()
    for page in damaged[:20]:
        _out(f"DAMAGED PAGE: {page}")
    if damaged:
        _out(f"FAILED: the database file has {len(damaged)} damaged page(s); restore the newest "
             "good backup (vrac-desktop restore FILE).")
        return 1
    report = verify_history(db, family_id=args.family)
    for problem in report.problems:
        _out(f"BROKEN family {problem.family_id}: {problem.message}")
    if report.ok:
        _out(f"OK: {report.versions} plan versions, {report.evaluations} evaluations and "
             f"{report.transitions} transition plans of {report.families} families verified.")
        return 0
    _out(f"FAILED: {len(report.problems)} problem(s) in {report.families} families.")
    return 1


def cmd_export_family(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.transfer import export_family

    path = export_family(db, family_id=args.family_id, path=Path(args.json), actor=_actor(),
                         signer=_signer(resolve_data_dir(args.data_dir)))
    _out(f"Exported family {args.family_id} to {path} (every version with its author's "
         "signature)")
    return 0


def cmd_import_family(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.transfer import import_family

    result = import_family(db, path=Path(args.file), actor=_actor(),
                           paths=resolve_data_dir(args.data_dir),
                           allow_unsigned=args.allow_unsigned)
    _out(f"Imported '{result.display_name}' ({result.family_id}) with "
         f"{result.versions} plan versions.")
    unknown = (": NOT a signer this laptop knows (not its own, not in signing/trusted, not a "
               "pinned team certificate)")
    for name, fp, known in result.signers:
        _out(f"  signed by {name} ({fp[:16]}){'' if known else unknown}")
    if result.unsigned:
        _out(f"  {result.unsigned} version(s) carry no signature (--allow-unsigned)")
    return 0


def cmd_list_families(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.families import search_families

    for f in search_families(db, text=args.search or "", include_closed=args.all):
        _out(f"{f.id}\t{f.display_name}\t{f.reference}\t{f.status.value}\t{f.versions}")
    return 0


# --- hardening: backup, restore, audit -------------------------------------------------------


def cmd_backup(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.backup import make_backup, rotate_backups
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    result = make_backup(db, paths=paths, actor=_actor(), to=Path(args.to) if args.to else None)
    if not args.to:
        rotate_backups(paths, keep=int(Settings(paths.settings).get("backup_keep")))
    _out(f"Backup written to {result.path} ({result.families} families, "
         f"{result.versions} plan versions, {result.size} bytes, encrypted; it restores with "
         "the passphrase or the recovery key, also on another computer).")
    from vrac_desktop.store.keys import has_recovery_key

    if not has_recovery_key(paths) and db.mode == "keyring":
        _err("there is no recovery kit yet, so this backup restores only on this computer "
             "(its key is in this computer's keyring). Make one: vrac-desktop recovery-kit "
             "--pdf FILE.")
    return 0


def cmd_recovery_kit(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.documents.recovery_kit import render_recovery_kit
    from vrac_desktop.services.recovery import make_recovery_kit
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    language = args.language or Settings(paths.settings).get("ui_language") or "en"
    pdf = Path(args.pdf)
    # Checked first: once made, the new key replaces the old one for new backups, so it
    # must reach the user even if writing the file fails after all.
    if pdf.is_dir() or not pdf.parent.is_dir():
        raise ValueError(f"Cannot write the kit to {pdf} (the folder does not exist, or it "
                         "is a folder); no new recovery key was made.")
    kit = make_recovery_kit(db, paths=paths, actor=_actor())
    try:
        render_recovery_kit(kit, language=language, pdf=pdf, paths=paths)
    except StoreError:
        _out(f"Recovery key (shown once; the kit could not be written):\n\n"
             f"    {kit.recovery_key}\n")
        raise
    _out(f"Recovery key (shown once; it is also in {args.pdf}):\n\n    {kit.recovery_key}\n")
    _out("Print the kit, keep it somewhere safe away from this computer, then delete the "
         "file. Backups made from now on open with this key; an earlier recovery key no "
         "longer opens new backups.")
    return 0


def _read_secret(prompt: str) -> str:
    """A secret from the terminal (not echoed), or one line of standard input (scripts)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    """Runs without opening the current database: it may be the damaged thing."""
    from vrac_desktop.services.backup import read_backup, restore_backup
    from vrac_desktop.store.instance import InstanceLock
    from vrac_desktop.store.keys import passphrase_mode, read_key_file

    recovery = _read_secret("Recovery key: ") if args.recovery_key else None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    needs = passphrase_mode(paths) or (read_key_file(paths) is None and not recovery
                                       and read_backup(Path(args.file)).mode == "passphrase")
    if passphrase is None and needs and sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
    with InstanceLock(paths):
        result = restore_backup(paths=paths, backup=Path(args.file), actor=_actor(),
                                passphrase=passphrase, recovery_key=recovery)
    _out(f"Restored {result.families} families ({result.versions} plan versions, histories "
         f"verified) from {result.restored_from}.")
    if result.previous is not None:
        _out(f"The database it replaced is kept as {result.previous}.")
    if result.erasures_reapplied:
        _out(f"{result.erasures_reapplied} families erased since that backup were erased again.")
    return 0


def cmd_audit(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.gdpr import audit_csv, export_audit_csv

    if args.csv:
        path = export_audit_csv(db, path=Path(args.csv), family_id=args.family)
        _out(f"Audit log written to {path}")
    else:
        sys.stdout.write(audit_csv(db, family_id=args.family))
    return 0


def _add_hardening_commands(sub: Any) -> None:
    p = sub.add_parser("backup", help="write an encrypted backup of the database")
    p.add_argument("--to", metavar="FILE", help="where (default: a rotating backup in the "
                   "data folder's backups/)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a verified backup (also on "
                       "a new computer: with the passphrase or the recovery key)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-key", action="store_true",
                   help="open the backup with the recovery key from the recovery kit (asked "
                   "for on the terminal, or read from standard input)")
    p.set_defaults(without_db=cmd_restore)
    p = sub.add_parser("recovery-kit", help="make a new recovery key and its printable kit "
                       "(PDF); the key is shown once")
    p.add_argument("--pdf", metavar="FILE", required=True, help="where to write the kit")
    p.add_argument("--language", choices=["en", "nl", "fr"],
                   help="language of the kit (default: the app's language setting)")
    p.set_defaults(func=cmd_recovery_kit)
    p = sub.add_parser("audit", help="who did what when (CSV), never content")
    p.add_argument("--family", metavar="ID", help="entries about one family only")
    p.add_argument("--csv", metavar="FILE", help="write to FILE instead of the terminal")
    p.set_defaults(func=cmd_audit)


# --- team server (issue 7): sync and heads ------------------------------------------------------


def _signer(paths: DataPaths) -> Any:
    """This laptop's signing key for versions and erasures (store/signing_keys.py)."""
    from vrac_desktop.store.provenance import Signer
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import signing_identity

    coach = str(Settings(paths.settings).get("coach_name")) or _actor()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return Signer(signing_identity(paths, coach_name=coach, passphrase=passphrase))
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise
        return Signer(signing_identity(paths, coach_name=coach,
                                       passphrase=getpass.getpass("Passphrase: ")))


def cmd_sync(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.sync import join_server, sync, sync_status
    from vrac_desktop.store.database import open_server
    from vrac_desktop.store.server import display_url, split_password
    from vrac_desktop.store.server_credentials import remember_password, remembered_password
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    settings = Settings(paths.settings)
    if args.status:
        st = sync_status(db, team=settings.get("server_team"))
        last = st.last_sync_at.isoformat(timespec="seconds") if st.last_sync_at else "never"
        _out(f"Last sync: {last}{' (the last run was interrupted)' if st.interrupted else ''}"
             f"\nFamilies with changes to send: {st.pending}\nPlans with two heads: "
             f"{st.two_heads}" + (f"\nLast problem: {st.last_error}" if st.last_error else ""))
        return 0
    if args.join:
        joined = join_server(db, paths=paths, code=args.join, signer=_signer(paths),
                             key_code=args.key_code)
        settings.set("server_url", joined.url)
        settings.set("server_team", joined.team)
        settings.set("server_ca", str(joined.ca_file or ""))
        _out(f"Joined team {joined.team} on {joined.url} as {joined.account}; "
             f"{joined.certificates} team certificates pinned. The join code is used up.")
    address, in_url = split_password(args.server) if args.server else (
        str(settings.get("server_url")), None)
    team = settings.get("server_team") if args.team is None else args.team
    if not address:
        raise ValueError("No team server is set: give --server postgresql://user@host/db, "
                         "or --join CODE.")
    password = in_url
    if args.remember_password:
        password = _read_secret("Server password: ")
    if password is None:
        password = remembered_password(db, address)  # else PGPASSWORD / ~/.pgpass (libpq)
    ca_file = str(settings.get("server_ca")) or None
    server = open_server(address, password, ca_file=ca_file)
    if password is not None and (args.remember_password or in_url is not None):
        remember_password(db, address, password)  # once the server accepted it
    if args.server:
        settings.set("server_url", address)
    if args.team is not None:
        settings.set("server_team", args.team)
    try:
        def progress(done: int, total: int) -> None:
            _out(f"synced {done}/{total} families")
            sys.stdout.flush()

        result = sync(db, server, team=team, actor=_actor(), server_name=display_url(address),
                      progress=progress, signer=_signer(paths))
    finally:
        server.dispose()
    _out(f"Synced {result.families} families with {display_url(address)}: {result.pushed} "
         f"sent, {result.pulled} received, {result.erased} erased.")
    for fid in result.two_heads:
        _out(f"TWO HEADS family {fid}: reconcile it (vrac-desktop heads {fid}).")
    for problem in result.problems:
        _out(f"NOT SYNCED family {problem.family_id}: {problem.message}" if problem.family_id
             else f"PROBLEM: {problem.message}")
    return 1 if result.problems else 0


def _admin_db(args: argparse.Namespace) -> Database:
    """The operator's connection: --url, else the one `server init` remembered; the password
    from the URL, PGPASSWORD or ~/.pgpass (never stored by the app)."""
    from vrac_desktop.store.database import open_server
    from vrac_desktop.store.settings import Settings

    settings = Settings(resolve_data_dir(args.data_dir).settings)
    url = getattr(args, "url", None) or str(settings.get("server_admin_url"))
    if not url:
        raise ValueError("No server given: run `vrac-desktop server init URL` first, or pass "
                         "--url.")
    return open_server(url)


def cmd_server(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store import server_admin as admin
    from vrac_desktop.store.server import display_url, split_password
    from vrac_desktop.store.settings import Settings

    if args.server_command == "init":
        address, _ = split_password(args.url)
        db = _admin_db(args)
        try:
            ca = Path(args.ca).read_text() if args.ca else ""
            covered = admin.init_server(db, address=args.address or "", ca_pem=ca)
        finally:
            db.dispose()
        Settings(paths.settings).set("server_admin_url", address)
        _out(f"Team server ready at {display_url(address)}: roles, grants and row-level "
             f"security on {len(covered)} tables ({', '.join(covered)}).")
        return 0
    db = _admin_db(args)
    try:
        if args.server_command == "add-team":
            made = admin.add_team(db, args.team)
            _out(f"Team {args.team} {'added' if made else 'already exists'}.")
            if _operator_team_key(paths, args.team, create=True):
                _out("Its team key (plan content is encrypted with it before it reaches the "
                     "server) is kept in this data folder's encrypted database, not on the "
                     "server.")
        elif args.server_command == "add-coach":
            code = admin.add_coach(db, args.name, team=args.team,
                                   display_name=args.display_name or "")
            key = _operator_team_key(paths, args.team, create=False)  # every generation
            key_code = ""
            if key is not None:
                from dataclasses import replace as dc_replace

                from vrac_desktop.store.team_crypto import new_key_code, wrap_team_key

                key_code = new_key_code()
                code = dc_replace(code, wrapped_key=wrap_team_key(
                    key, key_code, team=args.team).to_json())
            _out(f"Coach account {args.name} is in team {args.team}. Hand over this one-time "
                 "join code (it holds a password: give it in person or by a secure channel; "
                 "it stops working once the laptop joined):")
            _out(code.encode())
            if key_code:
                _out(f"and, separately (by phone, not with the code), the key code: {key_code}")
        elif args.server_command == "remove-coach":
            teams = admin.remove_coach(db, args.name, team=args.team)
            _out(f"{args.name} removed from {', '.join(teams) or 'no team'}"
                 f"{'' if args.team else ' and can no longer log in'}.")
        elif args.server_command == "rotate-team-key":
            from vrac_desktop.store.server_credentials import remember_team_keys, team_keys
            from vrac_desktop.store.team_crypto import new_team_key

            local = open_for_cli(paths)
            try:
                keys = team_keys(local, args.team)
                if keys is None:
                    raise ValueError(f"This data folder holds no key of team {args.team}; "
                                     "rotate it where `server add-team` ran.")
                fresh, generation = new_team_key(), keys.current + 1
                granted = admin.rotate_team_key(db, args.team, new_key=fresh,
                                                generation=generation)
                remember_team_keys(local, args.team, keys.with_key(generation, fresh))
            finally:
                local.dispose()
            _out(f"Team {args.team} now writes with key generation {generation}, granted to "
                 f"{', '.join(granted) or 'nobody yet'} (each laptop takes it at its next "
                 "sync). Coaches removed before now cannot read what is written with it.")
        elif args.server_command == "revoke-certificate":
            n = admin.revoke_certificate(db, args.fingerprint)
            _out(f"Revoked {n} certificate publication(s).")
        elif args.server_command == "allow-new-certificate":
            admin.allow_new_certificate(db, args.name)
            _out(f"{args.name} may publish one new signing certificate (at its next join or "
                 "sync).")
        else:
            for t in admin.list_teams(db):
                _out(f"{t.name}\t{t.families} families\tcoaches: {', '.join(t.coaches) or '-'}")
                for fp, holder, revoked in t.certificates:
                    _out(f"  certificate {fp}\t{holder}{'  REVOKED' if revoked else ''}")
    finally:
        db.dispose()
    return 0


def _operator_team_key(paths: DataPaths, team: str, *, create: bool) -> bytes | None:
    """The operator's copy of a team key, in the operator's own encrypted database."""
    from vrac_desktop.store.server_credentials import remember_team_key, team_key
    from vrac_desktop.store.team_crypto import new_team_key

    local = open_for_cli(paths)
    try:
        key = team_key(local, team)
        if key is None and create:
            key = new_team_key()
            remember_team_key(local, team, key)
        return key
    finally:
        local.dispose()


def _server_commands(sub: Any) -> None:
    p = sub.add_parser("server", help="operator: set up and run a team server")
    ops = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    o = ops.add_parser("init", help="schema, roles, grants and row-level security (idempotent)")
    o.add_argument("url", metavar="URL", help="postgresql://operator@host/database (a role "
                   "that owns the database and may create roles; password from PGPASSWORD "
                   "or ~/.pgpass)")
    o.add_argument("--address", metavar="HOST[:PORT]",
                   help="the address coaches' laptops use (put into join codes)")
    o.add_argument("--ca", metavar="FILE",
                   help="the CA certificate (PEM) of the server's TLS certificate, for join "
                   "codes")
    o = ops.add_parser("add-team", help="add a team (a group role)")
    o.add_argument("team", metavar="TEAM")
    o = ops.add_parser("add-coach", help="add a coach's login role to a team; prints a "
                       "one-time join code")
    o.add_argument("name", metavar="NAME", help="account name (lower-case, e.g. anna_jansen)")
    o.add_argument("--team", required=True)
    o.add_argument("--display-name", metavar="TEXT")
    o = ops.add_parser("remove-coach", help="take a coach out of a team, or of all teams")
    o.add_argument("name", metavar="NAME")
    o.add_argument("--team")
    o = ops.add_parser("teams", help="teams, their coaches and published certificates")
    o = ops.add_parser("rotate-team-key", help="a new team key for what is written from now "
                       "on, granted to the team's current coaches only")
    o.add_argument("team", metavar="TEAM")
    o = ops.add_parser("revoke-certificate", help="stop trusting a lost or stolen key")
    o.add_argument("fingerprint", metavar="FINGERPRINT")
    o = ops.add_parser("allow-new-certificate", help="let a coach publish a new certificate")
    o.add_argument("name", metavar="NAME")
    for action in ops.choices.values():
        if action.prog.split()[-1] != "init":
            action.add_argument("--url", help="operator's server URL (default: the one "
                                "`server init` used)")
    p.set_defaults(without_db=cmd_server)


def cmd_heads(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.reconcile import heads_to_reconcile, list_heads

    heads = list_heads(db, family_id=args.family_id)
    for h in heads:
        _out(f"{'main' if h.main else 'fork'}\tversion {h.number}\t{h.hash}\t"
             f"{h.created_at.isoformat(timespec='seconds')}\t{h.created_by}")
    for other in heads[1:]:
        diff = heads_to_reconcile(db, family_id=args.family_id, other=other.hash).diff
        for sec in diff.sections:
            if not sec.empty:
                _out(f"  {other.hash[:12]} differs in {sec.section}: {len(sec.added)} only "
                     f"there, {len(sec.removed)} only in main, {len(sec.changed)} changed")
    return 0
# --- signed documents: export plan|evaluation, verify (issue 5) ------------------------------


def _document_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from datetime import date

    p = sub.add_parser("evaluations", help="list a family's recorded six-month evaluations")
    p.add_argument("family", metavar="FAMILY", help="family id, or words matching one family")
    p.set_defaults(func=cmd_evaluations, read_only=True)
    p = sub.add_parser("phase", help="a family's Wraparound phase and its history; --to "
                       "changes it")
    p.add_argument("family", metavar="FAMILY", help="family id, or words matching one family")
    p.add_argument("--to", choices=["engagement", "plan_development", "implementation",
                                    "transition"], help="move the family to this phase")
    p.add_argument("--reason", metavar="TEXT", help="why (required with --to)")
    p.add_argument("--on", metavar="DATE", type=date.fromisoformat,
                   help="the date of the change (YYYY-MM-DD; default today)")
    p.set_defaults(func=cmd_phase)
    p = sub.add_parser("export", help="export a signed plan, six-month evaluation or "
                       "transition plan")
    p.add_argument("kind", choices=["plan", "evaluation", "transition"])
    p.add_argument("family", metavar="FAMILY", help="family id, or words matching one family")
    p.add_argument("--pdf", metavar="FILE", help="signed PDF (the original)")
    p.add_argument("--docx", metavar="FILE", help="editable Word copy, signed in FILE.p7s")
    p.add_argument("--family-copy", action="store_true",
                   help="leave out professional-only notes")
    p.add_argument("--as-of", metavar="DATE", type=_past_date,
                   help="the history as it stood on DATE (YYYY-MM-DD)")
    p.add_argument("--organisation", metavar="NAME", default="", help="name on every page")
    p.add_argument("--logo", metavar="PNG", help="organisation logo")
    p.add_argument("--location", metavar="PLACE", default="", help="where it was signed")
    p.add_argument("--timestamp-url", metavar="URL", default=None,
                   help="RFC 3161 timestamp authority for this export (default: the one set "
                   "with 'signing timestamp-url'); '' for none")
    p.add_argument("--evaluation", metavar="ID",
                   help="which recorded evaluation (see: evaluations FAMILY); default the last")
    p.add_argument("--draft", action="store_true",
                   help="with no recorded evaluation: export the computed suggestion, marked "
                   "DRAFT on every page and in the signature")
    p.set_defaults(func=cmd_export_document)
    p = sub.add_parser("verify", help="check the signature of an exported .pdf or .docx")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--trust", metavar="CERT", action="append", default=[],
                   help="also accept this signer or CA certificate (PEM); may be repeated")
    p.set_defaults(without_db=cmd_verify_document)
    _signing_commands(sub)


def _signing_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("signing", help="the certificate documents are signed with, trusted "
                       "organisation CAs, timestamps")
    signing = p.add_subparsers(dest="signing_command", metavar="ACTION", required=True)
    q = signing.add_parser("show", help="the certificate in use, its expiry, trusted CAs")
    q.set_defaults(without_db=cmd_signing_show)
    q = signing.add_parser("import", help="sign with the organisation's PKCS#12 (.p12/.pfx): "
                           "its own certificate or a coach's issued by its CA")
    q.add_argument("file", metavar="FILE")
    q.set_defaults(func=cmd_signing_import)
    q = signing.add_parser("trust-ca", help="trust documents signed by certificates this "
                           "organisation CA issued (PEM or DER)")
    q.add_argument("file", metavar="FILE")
    q.set_defaults(without_db=cmd_signing_trust_ca)
    q = signing.add_parser("export-ca", help="write the organisation's CA certificate (or this "
                           "installation's own certificate) for recipients, as PEM")
    q.add_argument("file", metavar="FILE")
    q.set_defaults(without_db=cmd_signing_export_ca)
    q = signing.add_parser("timestamp-url", help="set the RFC 3161 timestamp authority "
                           "(signatures become PAdES B-T/B-LT); '' turns it off")
    q.add_argument("url", metavar="URL")
    q.set_defaults(without_db=cmd_signing_timestamp_url)


def cmd_signing_show(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import certificate_in_use, common_name, organisation_cas

    info = certificate_in_use(paths)
    if info is None:
        _out("No signing certificate yet: the coach's own is made at the first export, or "
             "import the organisation's with 'vrac-desktop signing import FILE'.")
    else:
        kind = "organisation certificate" if info.source == "organisation" else (
            "coach's own certificate (self-signed)" if info.self_signed
            else "coach's certificate")
        _out(f"Signing as: {info.signer}" + (f" ({info.organisation})" if info.organisation
                                             else "") + f", {kind}")
        _out(f"  issued by {info.issuer}; valid {info.not_before:%Y-%m-%d} to "
             f"{info.not_after:%Y-%m-%d}")
        _out(f"  SHA-256 fingerprint {info.fingerprint}")
    for ca in organisation_cas(paths):
        _out(f"Trusted organisation CA: {common_name(ca)} (until "
             f"{ca.not_valid_after_utc:%Y-%m-%d})")
    url = Settings(paths.settings).get("timestamp_url")
    _out(f"Timestamp authority: {url}" if url else
         "Timestamp authority: none (signatures are PAdES B-B, not timestamped)")
    return 0


def cmd_signing_import(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.store.signing_keys import import_organisation

    paths = resolve_data_dir(args.data_dir)
    data = Path(args.file).read_bytes()
    typed = _read_secret("Password of the PKCS#12 file: ")
    identity = import_organisation(
        paths, data=data, password=typed.encode() if typed else None,
        passphrase=os.environ.get(PASSPHRASE_ENV), database_key=db.key)
    _out(f"Documents are now signed by {identity.signer_name} (certificate valid until "
         f"{identity.certificate.not_valid_after_utc:%Y-%m-%d}).")
    return 0


def cmd_signing_trust_ca(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.signing_keys import add_organisation_ca, common_name

    for ca in add_organisation_ca(paths, Path(args.file).read_bytes()):
        _out(f"Trusted: documents signed with certificates issued by {common_name(ca)}.")
    return 0


def cmd_signing_export_ca(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.files import write_atomically
    from vrac_desktop.store.signing_keys import certificates_for_recipients

    write_atomically(Path(args.file), certificates_for_recipients(paths))
    _out(f"Wrote {args.file}: give it to whoever checks the documents "
         "(pyhanko sign validate --trust FILE, or vrac-desktop verify --trust FILE).")
    return 0


def cmd_signing_timestamp_url(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.settings import Settings

    url = args.url.strip()
    if url and not url.startswith(("http://", "https://")):
        _err(f"'{url}' is not an http(s) address; nothing was changed.")
        return 2
    Settings(paths.settings).set("timestamp_url", url)
    _out(f"Timestamp authority set to {url}." if url else
         "No timestamp authority: signatures are PAdES B-B.")
    return 0


def _past_date(text: str) -> object:
    """A date; one after the family's history is refused by the export service."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _resolve_family(db: Database, text: str) -> str:
    from vrac_desktop.services.families import search_families

    matches = search_families(db, text="", include_closed=True, limit=100000)
    exact = [f for f in matches if text in (f.id, f.reference)]
    found = exact or search_families(db, text=text, include_closed=True)
    if len(found) != 1:
        raise ValueError(f"{len(found)} families match '{text}'; give the family id "
                         "(see list-families).")
    return found[0].id


def cmd_evaluations(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.evaluations import list_evaluations

    found = list_evaluations(db, family_id=_resolve_family(db, args.family))
    for e in found:
        _out(f"{e.id}\t{e.number}\t{e.period_start.isoformat()}..{e.period_end.isoformat()}"
             f"\tplan version {e.plan_version}\t{e.overall_decision}\t"
             f"{e.created_at.isoformat(timespec='seconds')}\t{e.created_by}\t{e.hash[:12]}")
    if not found:
        _out("No six-month evaluation is recorded for this family yet.")
    return 0


def cmd_phase(args: argparse.Namespace, db: Database) -> int:
    """Show a family's Wraparound phase and its history; with --to, change it."""
    from datetime import date

    from vrac_desktop.domain.model import Phase
    from vrac_desktop.services.cycle import change_phase, phase_state

    family_id = _resolve_family(db, args.family)
    if args.to:
        change_phase(db, family_id=family_id, to=Phase(args.to), reason=args.reason or "",
                     on=args.on or date.today(), actor=_actor())
    state = phase_state(db, family_id=family_id)
    _out(f"Phase: {state.current.value}")
    for change in state.history:
        _out(f"{change.changed_on.isoformat()}\t{change.phase.value}\t{change.changed_by}\t"
             f"{change.reason}")
    return 0


def cmd_export_document(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.documents.pdf_render import ensure_gui_app
    from vrac_desktop.services.exports import DocumentKind, export_documents, read_logo
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import organisation_cas, signing_identity

    if not args.pdf and not args.docx:
        _err("give --pdf FILE and/or --docx FILE.")
        return 2
    paths = resolve_data_dir(args.data_dir)
    settings = Settings(paths.settings)
    coach = settings.get("coach_name") or _actor()
    # The database is open, so its key unlocks the signing certificate: no second prompt.
    identity = signing_identity(paths, coach_name=coach, database_key=db.key)
    logo = read_logo(Path(args.logo)) if args.logo else b""
    ensure_gui_app()
    renderer = DocumentRenderer(
        identity, organisation=args.organisation, logo_png=logo, location=args.location,
        timestamp_url=(settings.get("timestamp_url") if args.timestamp_url is None
                       else args.timestamp_url),
        trusted=organisation_cas(paths))
    result = export_documents(
        db, family_id=_resolve_family(db, args.family), kind=DocumentKind(args.kind),
        renderer=renderer, actor=_actor(), pdf=Path(args.pdf) if args.pdf else None,
        docx=Path(args.docx) if args.docx else None, family_copy=args.family_copy,
        as_of=args.as_of, evaluation_id=args.evaluation, draft=args.draft,
    )
    for path in (result.pdf, result.docx, result.docx_signature):
        if path is not None:
            _out(f"Wrote {path}")
    _out(f"Plan version {result.version_number} ({result.plan_hash}), signed by "
         f"{identity.signer_name}" + (f", PAdES {result.signature_level}"
                                      if result.signature_level else "") + ".")
    if result.timestamp_problem:
        _out(f"Note: {result.timestamp_problem}; the next export adds it once the timestamp "
             "authority answers.")
    return 0


def cmd_verify_document(args: argparse.Namespace, paths: DataPaths) -> int:
    """Runs without a database if there is none (or it stays locked): the signature is
    still checked, the plan hash is then reported as not checked."""
    from vrac_desktop.store.keys import database_exists

    if not Path(args.file).is_file():
        raise ValueError(f"There is no file {args.file}; nothing was checked.")
    db: Database | None = None
    if database_exists(paths):
        try:
            db = open_for_cli(paths)
        except StoreError as exc:
            _err(f"the plan hash is not checked: {exc}")
    try:
        return _verify(args, paths, db)
    finally:
        if db is not None:
            db.dispose()


def _verify(args: argparse.Namespace, paths: DataPaths, db: Database | None) -> int:
    from cryptography import x509

    from vrac_desktop.documents.verify import verify_file
    from vrac_desktop.services.exports import find_plan_version
    from vrac_desktop.store.signing_keys import trusted_certificates

    trusted = trusted_certificates(paths)
    for pem in args.trust:
        trusted += x509.load_pem_x509_certificates(Path(pem).read_bytes())
    lookup = None
    if db is not None:
        database = db
        lookup = lambda h, f: find_plan_version(database, plan_hash=h, family_id=f)  # noqa: E731
    result = verify_file(Path(args.file), trusted=trusted, lookup=lookup)
    _out(f"{'VALID' if result.valid else 'INVALID'}: {result.path}")
    if result.signer:
        _out(f"  signed by {result.signer}"
             + (f" of {result.organisation}" if result.organisation else "")
             + (f", certificate issued by {result.issuer}" if result.issuer
                and result.issuer != result.signer else "")
             + f", at {result.signed_at or 'an unknown time'}"
             + (f"; reason: {result.reason}" if result.reason else ""))
    if result.plan_hash:
        _out(f"  plan version {result.plan_version}, hash {result.plan_hash}"
             + (f"; in this database: {result.plan_found}" if result.plan_found else ""))
    for line in (*result.problems, *result.notes):
        _out(f"  - {line}")
    return 0 if result.valid else 1


# --- the coach's week (issue 13) -------------------------------------------------------------


def cmd_caseload(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from vrac_desktop.services.caseload import calendar_ics, caseload

    load = caseload(db, today=args.today or date.today())
    rows = load.filtered(responsible=args.person, organisation=args.team)
    for a in rows:
        due = a.due_on.isoformat() if a.due_on else "-"
        _out(f"{due}{' OVERDUE' if a.overdue else ''}\t{a.family_name}\t"
             f"{a.responsible or '(nobody yet)'}\t{a.description}")
    for m in load.meetings:
        _out(f"{m.on.isoformat()}\tMEETING\t{m.family_name}")
    for e in load.evaluations:
        _out(f"{e.on.isoformat()}{' OVERDUE' if e.overdue else ''}\tEVALUATION\t{e.family_name}")
    if args.ics:
        target = Path(args.ics)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(calendar_ics(load, actions=rows))
        tmp.replace(target)
        _out(f"Calendar written to {target}")
    return 0


def cmd_who_does_what(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from vrac_desktop.documents.pdf_render import ensure_gui_app, render_pdf
    from vrac_desktop.documents.who_does_what import WhoDoesWhatSource, who_does_what_document
    from vrac_desktop.services.families import get_family
    from vrac_desktop.services.plans import current_version

    family_id = _resolve_family(db, args.family)
    version = current_version(db, family_id=family_id)
    if version is None:
        raise ValueError("This family has no plan version yet.")
    ensure_gui_app()
    document = who_does_what_document(WhoDoesWhatSource(
        family=get_family(db, family_id=family_id), plan=version.content,
        version_number=version.number, version_hash=version.hash, as_of=date.today(),
        organisation=args.organisation))
    target = Path(args.pdf)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(render_pdf(document))
    tmp.replace(target)
    _out(f"Who does what written to {target}")
    return 0


def _caseload_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from datetime import date

    p = sub.add_parser("caseload", help="the coach's week: open actions across families, "
                                        "meetings and evaluations due")
    p.add_argument("--ics", metavar="FILE", help="also write them to an iCalendar file")
    p.add_argument("--person", help="only the actions of this responsible person")
    p.add_argument("--team", help="only the actions of this team / organisation")
    p.add_argument("--today", metavar="DATE", type=date.fromisoformat, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_caseload, read_only=True)
    p = sub.add_parser("who-does-what", help="one page 'who does what' for a family (PDF, "
                                             "in the family's language)")
    p.add_argument("family", metavar="FAMILY", help="family id, or words matching one family")
    p.add_argument("--pdf", metavar="FILE", required=True)
    p.add_argument("--organisation", metavar="NAME", default="", help="name on the page")
    p.set_defaults(func=cmd_who_does_what, read_only=True)


def cmd_fidelity_summary(args: argparse.Namespace, db: Database) -> int:
    """The anonymous organisation summary of fidelity (docs/fidelity.md) as CSV and/or PDF."""
    from datetime import date

    from vrac_desktop.services.fidelity import organisation_summary, write_summary_csv
    from vrac_desktop.store.files import write_export

    if not args.csv and not args.pdf:
        _err("say where to write the summary: --csv FILE and/or --pdf FILE")
        return 2
    summary = organisation_summary(db, today=date.today(), team=args.team)
    if args.csv:
        from vrac_desktop import fidelity_labels
        from vrac_desktop.translate import tr_in

        names = fidelity_labels.names(tr_in(args.language))
        write_summary_csv(summary, Path(args.csv), lambda code: names[code])
        _out(f"Wrote the anonymous fidelity summary (CSV) to {args.csv}")
    if args.pdf:
        from vrac_desktop.documents.fidelity import summary_pdf

        write_export(db.paths, Path(args.pdf), summary_pdf(summary, language=args.language))
        _out(f"Wrote the anonymous fidelity summary (PDF) to {args.pdf}")
    everyone = summary.groups[0]
    if everyone.suppressed:
        _out("Fewer than 5 families: every figure is withheld.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vrac-desktop",
        description="Wraparound Care team meetings. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"vrac-desktop {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"data folder (default: ${DATA_DIR_ENV}, else the platform's user data folder)",
    )
    # Installers' check of a built bundle (installers/smoke_test.sh): start the GUI, print
    # "ok" once the main window is shown, quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("verify-history", help="check the hash chain of every plan history")
    p.add_argument("--family", metavar="ID", help="check one family only")
    p.set_defaults(func=cmd_verify_history, read_only=True)

    p = sub.add_parser("export-family", help="export one family in full as JSON")
    p.add_argument("family_id", metavar="ID")
    p.add_argument("--json", required=True, metavar="FILE", help="where to write the export")
    p.set_defaults(func=cmd_export_family)

    p = sub.add_parser("import-family", help="import a family exported with export-family")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--allow-unsigned", action="store_true",
                   help="accept versions without an author signature (old exports)")
    p.set_defaults(func=cmd_import_family)

    p = sub.add_parser("list-families", help="list families: id, name, reference, status")
    p.add_argument("search", nargs="?", help="words the name or reference must contain")
    p.add_argument("--all", action="store_true", help="include closed families")
    p.set_defaults(func=cmd_list_families, read_only=True)
    _add_hardening_commands(sub)

    p = sub.add_parser("sync", help="sync with the team server (PostgreSQL)")
    p.add_argument("--server", metavar="URL", help="postgresql://user@host/database[?sslmode=]"
                   " (remembered; the password comes from the OS keyring)")
    p.add_argument("--team", help="your team on the server (remembered)")
    p.add_argument("--remember-password", action="store_true",
                   help="read the server password (terminal, or the first line of stdin) and "
                   "keep it in the OS keyring or, in passphrase mode, the encrypted database")
    p.add_argument("--join", metavar="CODE", help="join a team with the operator's join code")
    p.add_argument("--key-code", metavar="CODE",
                   help="with --join: the key code the operator gave apart from the join code")
    p.add_argument("--status", action="store_true", help="show the sync status, offline")
    p.set_defaults(func=cmd_sync)
    _server_commands(sub)

    p = sub.add_parser("heads", help="list a plan's heads (two after offline edits) and diffs")
    p.add_argument("family_id", metavar="FAMILY")
    p.set_defaults(func=cmd_heads, read_only=True)
    _document_commands(sub)
    _caseload_commands(sub)

    p = sub.add_parser("fidelity-summary",
                       help="anonymous fidelity summary of all families (CSV and/or PDF)")
    p.add_argument("--csv", metavar="FILE", help="write the distributions as CSV")
    p.add_argument("--pdf", metavar="FILE", help="write the one-page summary as PDF")
    p.add_argument("--team", help="only the families of this team (team server)")
    p.add_argument("--language", choices=("en", "nl", "fr"), default="en",
                   help="language of the PDF and of the CSV's indicator names")
    p.set_defaults(func=cmd_fidelity_summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_data_dir(args.data_dir)
    if args.command is None:
        from vrac_desktop.gui.app import run_gui

        return run_gui(paths, smoke_test=args.smoke_test)
    if getattr(args, "without_db", None):
        try:
            return int(args.without_db(args, paths))
        except (StoreError, ValueError, OSError) as exc:
            _err(str(exc))
            return 2
    from vrac_desktop.store.instance import InstanceLock

    func: Callable[[argparse.Namespace, Database], int] = args.func
    # Every command that writes (an audit entry at least) holds the data folder's instance
    # lock, as the app does: a restore can then never run under a writer, nor a writer
    # under a restore. A second writer waits a little, then says who holds the folder.
    lock = None if getattr(args, "read_only", False) or (
        args.command == "sync" and args.status) else InstanceLock(paths)
    try:
        if lock is not None:
            lock.acquire(wait=LOCK_WAIT_SECONDS)
        db = open_for_cli(paths)
    except StoreError as exc:
        if lock is not None:
            lock.release()
        _err(str(exc))
        return 2
    try:
        return func(args, db)
    except (StoreError, ValueError, OSError) as exc:
        _err(str(exc))
        return 2
    finally:
        db.dispose()
        if lock is not None:
            lock.release()


if __name__ == "__main__":
    sys.exit(main())
