"""The family export file: everything about one family, machine-readable, versioned.

Documented in docs/family-export.md. ``schema_version`` changes only when a field's meaning
changes; readers refuse versions newer than they know rather than guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vrac_desktop.domain.codec import DecodeError, from_jsonable
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
SCHEMA_VERSION = 2
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ExportedVersion:
    number: int
    created_at: datetime
    created_by: str
    meeting_id: str | None
    approved: bool
    content: PlanContent
    content_hash: str
    prev_hash: str
    hash: str
    merge_hash: str | None = None  # a merge version (team server): the other head's hash


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
    versions: tuple[ExportedVersion, ...]
    ratings: tuple[Rating, ...]
    evaluations: tuple[ExportedEvaluation, ...]
    # Versions saved offline on another laptop that fork from ``versions`` (a second head).
    forks: tuple[ExportedVersion, ...] = ()
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
        raise DecodeError("", f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DecodeError("", "file is not UTF-8 text") from None
    except RecursionError:
        raise DecodeError("", "nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise DecodeError("", f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise DecodeError("", "expected a JSON object at the top level")
    try:  # "\udcff" is valid JSON but no text a database (or anyone) can store
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DecodeError("", "contains text that is not valid Unicode (a lone surrogate "
                              "escape such as \\udcff)") from None
    if data.get("format") != FORMAT:
        raise DecodeError("format", "this is not a VRAC Desktop family export")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DecodeError("schema_version", "missing or not a number")
    if version > SCHEMA_VERSION:
        raise DecodeError(
            "schema_version",
            f"written by a newer VRAC Desktop (schema {version}, this app reads up to "
            f"{SCHEMA_VERSION}); update the app",
        )
    if version < 2 and isinstance(data.get("evaluations"), list):
        data = {**data, "evaluations": [{"content": e} for e in data["evaluations"]]}
    export = from_jsonable(FamilyExport, data)
    check_consistency(export)
    return export


def check_consistency(export: FamilyExport) -> None:
    """What the types alone do not say: ratings on the 0–10 scale, each id once."""
    for i, rating in enumerate(export.ratings):
        if not 0 <= rating.value <= 10:
            raise DecodeError(f"ratings.{i}.value",
                              f"{rating.value} is outside the 0–10 scale")
    for i, exported in enumerate(export.evaluations):
        for j, goal in enumerate(exported.content.goals):
            for name in ("baseline", "latest", "target"):
                value = getattr(goal, name)
                if value is not None and not 0 <= value <= 10:
                    raise DecodeError(f"evaluations.{i}.goals.{j}.{name}",
                                      f"{value} is outside the 0–10 scale")
    id_lists: tuple[tuple[str, list[str]], ...] = (
        ("meetings", [m.id for m in export.meetings]),
        ("ratings", [r.id for r in export.ratings]),
        ("evaluations", [e.content.id for e in export.evaluations]))
    for field, ids in id_lists:
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                raise DecodeError(f"{field}.{i}.id", f"the id {item_id} appears twice")
            seen.add(item_id)
    numbers = [v.number for v in export.versions]
    if len(set(numbers)) != len(numbers):
        raise DecodeError("versions", "two versions have the same number")
