"""Family export files edited the way a person with a text editor (or a forger) would."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from vrac_desktop.domain.history import content_hash, version_hash


def set_in(data: Any, path: list[str | int], value: object) -> None:
    """Set the value at ``path``; a path through a version's ``content_json`` edits the plan
    inside that text (it stays canonical JSON, so only the edit differs)."""
    node = data
    for i, key in enumerate(path[:-1]):
        if key == "content_json":
            inner = json.loads(node[key])
            set_in(inner, path[i + 1:], value)
            node[key] = _canonical(inner)
            return
        node = node[key]
    node[path[-1]] = value


def plan_of(version: dict[str, Any]) -> Any:
    return json.loads(version["content_json"])


def as_schema_2(data: dict[str, Any]) -> dict[str, Any]:
    """A schema 3 file as the app wrote it before a version was its stored record: the plan
    as a ``content`` object, no ``family_id``."""
    def old(version: dict[str, Any]) -> dict[str, Any]:
        kept = {k: v for k, v in version.items() if k not in ("family_id", "content_json")}
        return {**kept, "content": plan_of(version)}
    return {**data, "schema_version": 2, "versions": [old(v) for v in data["versions"]],
            "forks": [old(v) for v in data.get("forks", [])]}


def rehash(doc: dict[str, Any]) -> None:
    """What a forger does: recompute every content hash and version hash of the chain."""
    prev = "0" * 64
    for v in sorted(doc["versions"], key=lambda v: v["number"]):
        v["content_hash"] = content_hash(v["content_json"])
        v["prev_hash"] = prev
        v["hash"] = version_hash(
            family_id=doc["family"]["id"], number=v["number"],
            created_at=datetime.fromisoformat(v["created_at"]), created_by=v["created_by"],
            meeting_id=v["meeting_id"], approved=v["approved"],
            content_hash=v["content_hash"], prev_hash=prev)
        prev = v["hash"]


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
