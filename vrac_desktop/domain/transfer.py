"""The family export file: everything about one family, machine-readable, versioned.

Documented in docs/family-export.md. ``schema_version`` changes only when a field's meaning
changes; readers refuse versions newer than they know rather than guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vrac_desktop.domain.codec import DecodeError, canonical_json, from_jsonable
from vrac_desktop.domain.history import VersionRecord
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import (
    Evaluation,
    Family,
    Meeting,
    PhaseChange,
    PlanContent,
    Rating,
    TransitionPlan,
)
from vrac_desktop.domain.voice import VoiceAnswer

FORMAT = "vrac-desktop.family-export"
# 2: evaluations as records of their chain (number, hashes, plan version), phases and
# transition plans. Files of schema 1 (evaluations as bare contents) are still read: their
# evaluations are recorded anew at import, in period order.
# 3: a plan version is its stored record (domain/history.VersionRecord): ``family_id`` and
# ``content_json``, the very text its ``content_hash`` covers, instead of a ``content`` object
# re-encoded at import. Versions of schema 1 and 2 files are read into records as before.
SCHEMA_VERSION = 3
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ExportedSignature:
    """A version's author signature (team server, issue 15): ``signer`` is the SHA-256 of the
    signing certificate, which the export carries in ``certificates``."""

    hash: str
    signer: str
    signature: str


@dataclass(frozen=True)
class ExportedEvaluation:
    content: Evaluation
    number: int = 0  # 0: from a schema-1 file, sealed at import
    created_at: datetime | None = None
    created_by: str = ""
    plan_version: int = 0
    plan_hash: str = ""
    content_hash: str = ""
    prev_hash: str = ""
    hash: str = ""


@dataclass(frozen=True)
class ExportedTransition:
    id: str
    meeting_id: str | None
    created_at: datetime
    created_by: str
    content: TransitionPlan
    content_hash: str


@dataclass(frozen=True)
class FamilyExport:
    format: str
    schema_version: int
    exported_at: datetime
    app_version: str
    family: Family
    meetings: tuple[Meeting, ...]
    versions: tuple[VersionRecord, ...]
    ratings: tuple[Rating, ...]
    evaluations: tuple[ExportedEvaluation, ...]
    # Versions saved offline on another laptop that fork from ``versions`` (a second head).
    forks: tuple[VersionRecord, ...] = ()
    phases: tuple[PhaseChange, ...] = ()
    transitions: tuple[ExportedTransition, ...] = ()
    # The family's voice after each meeting (three questions, faces 1..5); absent in files
    # written before it existed.
    voices: tuple[VoiceAnswer, ...] = ()
    # Each version's author signature and the certificates (PEM) that made them.
    signatures: tuple[ExportedSignature, ...] = ()
    certificates: tuple[str, ...] = ()


def parse_family_export(raw: bytes) -> FamilyExport:
    """Decode an export file, refusing anything malformed with a message naming the problem."""
    if len(raw) > MAX_FILE_BYTES:
        raise DecodeError("", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "file is larger than %1 MiB"), MAX_FILE_BYTES // (1024 * 1024)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError("", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "file is not UTF-8 text"))) from None
    data = _json_of(text, "")
    if not isinstance(data, dict):
        raise DecodeError("", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "expected a JSON object at the top level")))
    if data.get("format") != FORMAT:
        raise DecodeError("format", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "this is not a VRAC Desktop family export")))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DecodeError("schema_version", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "missing or not a number")))
    if version > SCHEMA_VERSION:
        raise DecodeError(
            "schema_version",
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "written by a newer VRAC Desktop (schema %1, this app reads up to "
                "%2); update the app"), version, SCHEMA_VERSION),
        )
    if version < 2 and isinstance(data.get("evaluations"), list):
        data = {**data, "evaluations": [{"content": e} for e in data["evaluations"]]}
    if version < 3:
        data = _versions_as_records(data)
    export = from_jsonable(FamilyExport, data)
    check_consistency(export)
    return export


def _json_of(text: str, path: str) -> Any:
    """``text`` parsed as JSON that a database (or anyone) can store."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "nested too deeply"))) from None
    except json.JSONDecodeError as exc:
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "not valid JSON (line %1, column %2)"), exc.lineno, exc.colno)
                          ) from None
    try:  # "\udcff" is valid JSON but no text a database (or anyone) can store
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "contains text that is not valid Unicode (a lone surrogate escape "
            "such as \\udcff)"))) from None
    return data


def _versions_as_records(data: dict[str, Any]) -> dict[str, Any]:
    """A schema 1 or 2 file's versions (``content`` as an object) in the record form of
    schema 3: the content checked against the model and encoded as it was hashed then."""
    family = data.get("family")
    family_id = family.get("id") if isinstance(family, dict) else None
    upgraded = dict(data)
    for key in ("versions", "forks"):
        entries = data.get(key)
        if not isinstance(entries, list):
            continue
        upgraded[key] = []
        for i, entry in enumerate(entries):
            if isinstance(entry, dict):
                if "content" not in entry:
                    raise DecodeError(f"{key}[{i}].content", message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "missing")))
                content = from_jsonable(PlanContent, entry["content"], f"{key}[{i}].content")
                entry = {**{k: v for k, v in entry.items() if k != "content"},
                         "family_id": family_id, "content_json": canonical_json(content)}
            upgraded[key].append(entry)
    return upgraded


def check_consistency(export: FamilyExport) -> None:
    """What the types alone do not say: ratings on the 0–10 scale, each id once, each version
    of this family with a plan (its ``content_json``) that fits the model."""
    for i, rating in enumerate(export.ratings):
        if not 0 <= rating.value <= 10:
            raise DecodeError(f"ratings.{i}.value",
                              message(QT_TRANSLATE_NOOP(
                                  "CoreMessages", "%1 is outside the 0–10 scale"),
                                  rating.value))
    for i, exported in enumerate(export.evaluations):
        for j, goal in enumerate(exported.content.goals):
            for name in ("baseline", "latest", "target"):
                value = getattr(goal, name)
                if value is not None and not 0 <= value <= 10:
                    raise DecodeError(f"evaluations.{i}.goals.{j}.{name}",
                                      message(QT_TRANSLATE_NOOP(
                                          "CoreMessages", "%1 is outside the 0–10 scale"),
                                          value))
    id_lists: tuple[tuple[str, list[str]], ...] = (
        ("meetings", [m.id for m in export.meetings]),
        ("ratings", [r.id for r in export.ratings]),
        ("evaluations", [e.content.id for e in export.evaluations]))
    for field, ids in id_lists:
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                raise DecodeError(f"{field}.{i}.id", message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "the id %1 appears twice"), item_id))
            seen.add(item_id)
    for key, records in (("versions", export.versions), ("forks", export.forks)):
        for i, rec in enumerate(records):
            if rec.family_id != export.family.id:
                raise DecodeError(f"{key}[{i}].family_id", message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "names another family than the file's")))
            content = _json_of(rec.content_json, f"{key}[{i}].content_json")
            from_jsonable(PlanContent, content, f"{key}[{i}].content_json")
    numbers = [v.number for v in export.versions]
    if len(set(numbers)) != len(numbers):
        raise DecodeError("versions", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "two versions have the same number")))
