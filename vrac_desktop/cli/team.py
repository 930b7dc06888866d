"""The team server on the command line: a coach's ``sync`` and ``heads``, the operator's
``server`` commands (init, teams, coaches, certificates, team keys).

The operator's commands run without the local database except where they keep or read the
operator's copy of a team key, which lives in the operator's own encrypted database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vrac_desktop.cli.common import (
    coach_signer,
    current_actor,
    open_for_cli,
    out,
    read_secret,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths, resolve_data_dir


def cmd_sync(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.sync import sync, sync_status
    from vrac_desktop.services.sync_join import join_server
    from vrac_desktop.store.database import open_server
    from vrac_desktop.store.server_connection import display_url, split_password
    from vrac_desktop.store.server_credentials import remember_password, remembered_password
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    settings = Settings(paths.settings)
    if args.status:
        st = sync_status(db, team=settings.get("server_team"))
        last = st.last_sync_at.isoformat(timespec="seconds") if st.last_sync_at else "never"
        out(f"Last sync: {last}{' (the last run was interrupted)' if st.interrupted else ''}"
            f"\nFamilies with changes to send: {st.pending}\nPlans with two heads: "
            f"{st.two_heads}" + (f"\nLast problem: {st.last_error}" if st.last_error else ""))
        return 0
    if args.join:
        joined = join_server(db, paths=paths, code=args.join, signer=coach_signer(paths),
                             key_code=args.key_code)
        settings.set("server_url", joined.url)
        settings.set("server_team", joined.team)
        settings.set("server_ca", str(joined.ca_file or ""))
        out(f"Joined team {joined.team} on {joined.url} as {joined.account}; "
            f"{joined.certificates} team certificates pinned. The join code is used up.")
    address, in_url = split_password(args.server) if args.server else (
        str(settings.get("server_url")), None)
    team = settings.get("server_team") if args.team is None else args.team
    if not address:
        raise ValueError("No team server is set: give --server postgresql://user@host/db, "
                         "or --join CODE.")
    password = in_url
    if args.remember_password:
        password = read_secret("Server password: ")
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
            out(f"synced {done}/{total} families")
            sys.stdout.flush()

        result = sync(db, server, team=team, actor=current_actor(),
                      server_name=display_url(address), progress=progress,
                      signer=coach_signer(paths))
    finally:
        server.dispose()
    out(f"Synced {result.families} families with {display_url(address)}: {result.pushed} "
        f"sent, {result.pulled} received, {result.erased} erased.")
    for fid in result.two_heads:
        out(f"TWO HEADS family {fid}: reconcile it (vrac-desktop heads {fid}).")
    for fid in result.concurrent_evaluations:
        out(f"TWO EVALUATIONS family {fid}: evaluations recorded at the same time on two "
            f"laptops; both are kept (vrac-desktop evaluations {fid}).")
    for problem in result.problems:
        out(f"NOT SYNCED family {problem.family_id}: {problem.message}" if problem.family_id
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
    from vrac_desktop.store.server_connection import display_url, split_password
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
        out(f"Team server ready at {display_url(address)}: roles, grants and row-level "
            f"security on {len(covered)} tables ({', '.join(covered)}).")
        return 0
    db = _admin_db(args)
    try:
        if args.server_command == "add-team":
            made = admin.add_team(db, args.team)
            out(f"Team {args.team} {'added' if made else 'already exists'}.")
            if _operator_team_key(paths, args.team, create=True):
                out("Its team key (plan content is encrypted with it before it reaches the "
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
            out(f"Coach account {args.name} is in team {args.team}. Hand over this one-time "
                "join code (it holds a password: give it in person or by a secure channel; "
                "it stops working once the laptop joined):")
            out(code.encode())
            if key_code:
                out(f"and, separately (by phone, not with the code), the key code: {key_code}")
        elif args.server_command == "remove-coach":
            teams = admin.remove_coach(db, args.name, team=args.team)
            out(f"{args.name} removed from {', '.join(teams) or 'no team'}"
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
            out(f"Team {args.team} now writes with key generation {generation}, granted to "
                f"{', '.join(granted) or 'nobody yet'} (each laptop takes it at its next "
                "sync). Coaches removed before now cannot read what is written with it.")
        elif args.server_command == "revoke-certificate":
            n = admin.revoke_certificate(db, args.fingerprint)
            out(f"Revoked {n} certificate publication(s).")
        elif args.server_command == "allow-new-certificate":
            admin.allow_new_certificate(db, args.name)
            out(f"{args.name} may publish one new signing certificate (at its next join or "
                "sync).")
        else:
            for t in admin.list_teams(db):
                out(f"{t.name}\t{t.families} families\tcoaches: {', '.join(t.coaches) or '-'}")
                for fp, holder, revoked in t.certificates:
                    out(f"  certificate {fp}\t{holder}{'  REVOKED' if revoked else ''}")
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
        out(f"{'main' if h.main else 'fork'}\tversion {h.number}\t{h.hash}\t"
            f"{h.created_at.isoformat(timespec='seconds')}\t{h.created_by}")
    for other in heads[1:]:
        diff = heads_to_reconcile(db, family_id=args.family_id, other=other.hash).diff
        for sec in diff.sections:
            if not sec.empty:
                out(f"  {other.hash[:12]} differs in {sec.section}: {len(sec.added)} only "
                    f"there, {len(sec.removed)} only in main, {len(sec.changed)} changed")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """sync, server ACTION, heads."""

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
