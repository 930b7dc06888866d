"""The signing certificate on the command line: show it, import the organisation's PKCS#12,
trust an organisation CA, export the CA, set the timestamp authority.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from vrac_desktop.cli.common import (
    PASSPHRASE_ENV,
    err,
    out,
    read_secret,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths, resolve_data_dir


def cmd_signing_show(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import certificate_in_use, common_name, organisation_cas

    info = certificate_in_use(paths)
    if info is None:
        out("No signing certificate yet: the coach's own is made at the first export, or "
            "import the organisation's with 'vrac-desktop signing import FILE'.")
    else:
        kind = "organisation certificate" if info.source == "organisation" else (
            "coach's own certificate (self-signed)" if info.self_signed
            else "coach's certificate")
        out(f"Signing as: {info.signer}" + (f" ({info.organisation})" if info.organisation
                                             else "") + f", {kind}")
        out(f"  issued by {info.issuer}; valid {info.not_before:%Y-%m-%d} to "
            f"{info.not_after:%Y-%m-%d}")
        out(f"  SHA-256 fingerprint {info.fingerprint}")
    for ca in organisation_cas(paths):
        out(f"Trusted organisation CA: {common_name(ca)} (until "
            f"{ca.not_valid_after_utc:%Y-%m-%d})")
    url = Settings(paths.settings).get("timestamp_url")
    out(f"Timestamp authority: {url}" if url else
        "Timestamp authority: none (signatures are PAdES B-B, not timestamped)")
    return 0


def cmd_signing_import(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.store.signing_keys import import_organisation

    paths = resolve_data_dir(args.data_dir)
    data = Path(args.file).read_bytes()
    typed = read_secret("Password of the PKCS#12 file: ")
    identity = import_organisation(
        paths, data=data, password=typed.encode() if typed else None,
        passphrase=os.environ.get(PASSPHRASE_ENV), database_key=db.key)
    out(f"Documents are now signed by {identity.signer_name} (certificate valid until "
        f"{identity.certificate.not_valid_after_utc:%Y-%m-%d}).")
    return 0


def cmd_signing_trust_ca(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.signing_keys import add_organisation_ca, common_name

    for ca in add_organisation_ca(paths, Path(args.file).read_bytes()):
        out(f"Trusted: documents signed with certificates issued by {common_name(ca)}.")
    return 0


def cmd_signing_export_ca(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.files import write_atomically
    from vrac_desktop.store.signing_keys import certificates_for_recipients

    write_atomically(Path(args.file), certificates_for_recipients(paths))
    out(f"Wrote {args.file}: give it to whoever checks the documents "
        "(pyhanko sign validate --trust FILE, or vrac-desktop verify --trust FILE).")
    return 0


def cmd_signing_timestamp_url(args: argparse.Namespace, paths: DataPaths) -> int:
    from vrac_desktop.store.settings import Settings

    url = args.url.strip()
    if url and not url.startswith(("http://", "https://")):
        err(f"'{url}' is not an http(s) address; nothing was changed.")
        return 2
    Settings(paths.settings).set("timestamp_url", url)
    out(f"Timestamp authority set to {url}." if url else
        "No timestamp authority: signatures are PAdES B-B.")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """signing ACTION."""
    p = sub.add_parser("signing", help="the certificate documents are signed with, trusted "
                       "organisation CAs, timestamps")
    signing = p.add_subparsers(dest="signing_command", metavar="ACTION", required=True)
    q = signing.add_parser("show", help="the certificate in use, its expiry, trusted CAs")
    q.set_defaults(without_db=cmd_signing_show)
    # Each action takes one argument; "import" keeps the key in the database, so it opens it.
    for name, argument, help_text, handler, key in (
        ("import", "FILE", "sign with the organisation's PKCS#12 (.p12/.pfx): its own "
         "certificate or a coach's issued by its CA", cmd_signing_import, "func"),
        ("trust-ca", "FILE", "trust documents signed by certificates this organisation CA "
         "issued (PEM or DER)", cmd_signing_trust_ca, "without_db"),
        ("export-ca", "FILE", "write the organisation's CA certificate (or this "
         "installation's own certificate) for recipients, as PEM", cmd_signing_export_ca,
         "without_db"),
        ("timestamp-url", "URL", "set the RFC 3161 timestamp authority (signatures become "
         "PAdES B-T/B-LT); '' turns it off", cmd_signing_timestamp_url, "without_db"),
    ):
        q = signing.add_parser(name, help=help_text)
        q.add_argument(argument.lower(), metavar=argument)
        q.set_defaults(**{key: handler})
