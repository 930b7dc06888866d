"""Signed documents on the command line: a family's evaluations and phase, export of a
signed plan, evaluation or transition plan (PDF/Word), and verification of one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vrac_desktop.cli.common import (
    current_actor,
    err,
    open_for_cli,
    out,
    resolve_family,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths, resolve_data_dir


def past_date(text: str) -> object:
    """A date; one after the family's history is refused by the export service."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def cmd_evaluations(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.evaluations import list_evaluations

    found = list_evaluations(db, family_id=resolve_family(db, args.family))
    by_id = {e.id: e for e in found}
    for e in found:
        out(f"{e.id}\t{e.number}\t{e.period_start.isoformat()}..{e.period_end.isoformat()}"
            f"\tplan version {e.plan_version}\t{e.overall_decision}\t"
            f"{e.created_at.isoformat(timespec='seconds')}\t{e.created_by}\t{e.hash[:12]}")
        for other in (by_id[i] for i in e.concurrent_with):
            out(f"\trecorded at the same time as evaluation {other.number} by "
                f"{other.created_by or '?'} ({other.created_at.isoformat(timespec='seconds')}, "
                f"{other.id}) on another laptop: both are kept")
    head = next((e for e in found if e.next_follows), None)
    if head is not None and any(e.concurrent_with for e in found):
        out(f"The next evaluation follows {head.id} (evaluation {head.number} by "
            f"{head.created_by or '?'}, {head.created_at.isoformat(timespec='seconds')}).")
    if not found:
        out("No six-month evaluation is recorded for this family yet.")
    return 0


def cmd_phase(args: argparse.Namespace, db: Database) -> int:
    """Show a family's Wraparound phase and its history; with --to, change it."""
    from datetime import date

    from vrac_desktop.domain.model import Phase
    from vrac_desktop.services.cycle import change_phase, phase_state

    family_id = resolve_family(db, args.family)
    if args.to:
        change_phase(db, family_id=family_id, to=Phase(args.to), reason=args.reason or "",
                     on=args.on or date.today(), actor=current_actor())
    state = phase_state(db, family_id=family_id)
    out(f"Phase: {state.current.value}")
    for change in state.history:
        out(f"{change.changed_on.isoformat()}\t{change.phase.value}\t{change.changed_by}\t"
            f"{change.reason}")
    return 0


def cmd_export_document(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.documents.pdf_render import ensure_gui_app
    from vrac_desktop.services.exports import DocumentKind, export_documents, read_logo
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import organisation_cas, signing_identity

    if not args.pdf and not args.docx:
        err("give --pdf FILE and/or --docx FILE.")
        return 2
    paths = resolve_data_dir(args.data_dir)
    settings = Settings(paths.settings)
    coach = settings.get("coach_name") or current_actor()
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
        db, family_id=resolve_family(db, args.family), kind=DocumentKind(args.kind),
        renderer=renderer, actor=current_actor(), pdf=Path(args.pdf) if args.pdf else None,
        docx=Path(args.docx) if args.docx else None, family_copy=args.family_copy,
        as_of=args.as_of, evaluation_id=args.evaluation, draft=args.draft,
    )
    for path in (result.pdf, result.docx, result.docx_signature):
        if path is not None:
            out(f"Wrote {path}")
    out(f"Plan version {result.version_number} ({result.plan_hash}), signed by "
        f"{identity.signer_name}" + (f", PAdES {result.signature_level}"
                                      if result.signature_level else "") + ".")
    if result.timestamp_problem:
        out(f"Note: {result.timestamp_problem}; the next export adds it once the timestamp "
            "authority answers.")
    return 0


def cmd_verify_document(args: argparse.Namespace, paths: DataPaths) -> int:
    """Runs without a database if there is none (or it stays locked): the signature is
    still checked, the plan hash is then reported as not checked."""
    from vrac_desktop.store.key_file import database_exists

    if not Path(args.file).is_file():
        raise ValueError(f"There is no file {args.file}; nothing was checked.")
    db: Database | None = None
    if database_exists(paths):
        try:
            db = open_for_cli(paths)
        except StoreError as exc:
            err(f"the plan hash is not checked: {exc}")
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
    out(f"{'VALID' if result.valid else 'INVALID'}: {result.path}")
    if result.signer:
        out(f"  signed by {result.signer}"
            + (f" of {result.organisation}" if result.organisation else "")
            + (f", certificate issued by {result.issuer}" if result.issuer
                and result.issuer != result.signer else "")
            + f", at {result.signed_at or 'an unknown time'}"
            + (f"; reason: {result.reason}" if result.reason else ""))
    if result.plan_hash:
        out(f"  plan version {result.plan_version}, hash {result.plan_hash}"
            + (f"; in this database: {result.plan_found}" if result.plan_found else ""))
    for line in (*result.problems, *result.notes):
        out(f"  - {line}")
    return 0 if result.valid else 1


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """evaluations, phase, export, verify."""
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
    p.add_argument("--as-of", metavar="DATE", type=past_date,
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
