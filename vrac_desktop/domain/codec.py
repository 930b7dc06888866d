"""Canonical JSON for domain values, and a strict decoder for untrusted input.

The encoder is the single definition of "canonical": sorted keys, no insignificant white
space, UTF-8, dates in ISO 8601. Plan hashes are computed over its output, so changing it
changes every hash: don't.

The decoder walks the dataclass type hints and refuses anything that does not fit (unknown
fields, wrong types, out-of-range enums, strings or lists beyond sane limits, nesting beyond
the model's depth), naming the path of the offending value. It is what stands between an
import file and the database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message

T = TypeVar("T")

MAX_STRING = 100_000  # characters in any one text field
MAX_ITEMS = 10_000  # entries in any one list
MAX_DEPTH = 12  # the model nests at most ~5 deep; anything deeper is hostile
# A field that holds a whole JSON document (a plan version's stored content) is bounded by
# the largest file that is read at all, not by MAX_STRING.
MAX_DOCUMENT = 64 * 1024 * 1024
# The metadata of such a field: ``content_json: str = field(metadata=DOCUMENT)``.
DOCUMENT = types.MappingProxyType({"max_chars": MAX_DOCUMENT})


class DecodeError(ValueError):
    """Input that does not match the model; ``path`` says where (e.g. ``goals[2].target``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP("CoreMessages", "%1: %2"),
                                 path or "<root>", problem))
        self.path = path
        self.problem = problem


def to_jsonable(value: Any) -> Any:
    """Turn a domain value into plain JSON types (dicts, lists, str, int, bool, None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def canonical_json(value: Any) -> str:
    return json.dumps(
        to_jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def from_jsonable(cls: type[T], data: Any, path: str = "") -> T:
    """Build ``cls`` from plain JSON data, refusing anything the model does not allow."""
    return typing.cast(T, _decode(cls, data, path, 0))


def _decode(tp: Any, data: Any, path: str, depth: int, max_chars: int = MAX_STRING) -> Any:
    if depth > MAX_DEPTH:
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "nested too deeply")))
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        if data is None:
            if type(None) in options:
                return None
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "a value is required")))
        non_none = [o for o in options if o is not type(None)]
        if len(non_none) == 1:
            return _decode(non_none[0], data, path, depth, max_chars)
        raise DecodeError(path, "ambiguous type in model")  # pragma: no cover - model bug
    if origin is tuple:
        item_type = get_args(tp)[0]
        if not isinstance(data, list):
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected a list, got %1"), _kind(data)))
        if len(data) > MAX_ITEMS:
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "more than %1 entries"), MAX_ITEMS))
        return tuple(
            _decode(item_type, item, f"{path}[{i}]", depth + 1) for i, item in enumerate(data)
        )
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, data, path, depth)
    if isinstance(tp, type) and issubclass(tp, Enum):
        if not isinstance(data, str):
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected text, got %1"), _kind(data)))
        try:
            return tp(data)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not one of: %2"), _clip(data), allowed)) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected true or false, got %1"), _kind(data)))
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected a whole number, got %1"), _kind(data)))
        if abs(data) > 2**53:
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "number out of range")))
        return data
    if tp is str:
        if not isinstance(data, str):
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected text, got %1"), _kind(data)))
        if len(data) > max_chars:
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "text longer than %1 characters"), max_chars))
        return data
    if tp in _ISO_TYPES:
        longest, what = _ISO_TYPES[tp]
        if not isinstance(data, str) or len(data) > longest:
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "expected %1, got %2"), message(what), _kind(data)))
        try:
            return tp.fromisoformat(data)
        except ValueError:
            raise DecodeError(path, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not %2"), _clip(data), message(what))) from None
    raise DecodeError(path, f"unsupported type {tp!r}")  # pragma: no cover - model bug


# ISO 8601 values: the longest text accepted, and what the value is called in a message.
_ISO_TYPES: dict[Any, tuple[int, str]] = {
    datetime: (40, QT_TRANSLATE_NOOP("CoreMessages", "a date and time")),
    date: (10, QT_TRANSLATE_NOOP("CoreMessages", "a date (YYYY-MM-DD)"))}

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _decode_dataclass(cls: Any, data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, dict):
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "expected an object, got %1"), _kind(data)))
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(k for k in data if k not in fields)
    if unknown:
        raise DecodeError(path, message(QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown field '%1'"), _clip(str(unknown[0]))))
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        sub = f"{path}.{name}" if path else name
        if name not in data:
            has_default = (
                f.default is not dataclasses.MISSING
                or f.default_factory is not dataclasses.MISSING
            )
            if has_default:
                continue
            raise DecodeError(sub, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "missing")))
        kwargs[name] = _decode(hints[name], data[name], sub, depth + 1,
                               f.metadata.get("max_chars", MAX_STRING))
    return cls(**kwargs)


def _kind(data: Any) -> str:
    if data is None:
        return message(QT_TRANSLATE_NOOP("CoreMessages", "nothing (null)"))
    kind = {
        dict: QT_TRANSLATE_NOOP("CoreMessages", "an object"),
        list: QT_TRANSLATE_NOOP("CoreMessages", "a list"),
        str: QT_TRANSLATE_NOOP("CoreMessages", "text"),
        bool: QT_TRANSLATE_NOOP("CoreMessages", "true/false"),
        int: QT_TRANSLATE_NOOP("CoreMessages", "a number"),
        float: QT_TRANSLATE_NOOP("CoreMessages", "a number"),
    }.get(type(data))
    return message(kind) if kind is not None else type(data).__name__


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
