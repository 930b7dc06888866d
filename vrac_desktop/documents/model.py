"""One document model for both renderers (.docx and .pdf).

A ``Document`` is a flat list of blocks. Builders (documents/plan.py, documents/evaluation.py)
turn domain objects into blocks, already translated and with dates formatted in the family's
locale; renderers only lay them out, so the .docx and the .pdf always say the same thing.
All text is plain text: renderers escape it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: document title, 1: section, 2: sub-section


@dataclass(frozen=True)
class Paragraph:
    text: str
    missing: bool = False  # an explicit "Not filled in": rendered in grey italics
    label: str = ""  # a bold lead-in, e.g. "In the family's words:"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()  # relative column widths; empty: equal
    empty_text: str = ""  # said instead of the table when there are no rows


@dataclass(frozen=True)
class Image:
    png: bytes
    width_fraction: float = 1.0  # of the text width
    caption: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Signature:
    name: str
    role: str
    date: str
    png: bytes = b""  # the drawn signature, if given
    caption: str = ""  # e.g. "Approved the plan"


@dataclass(frozen=True)
class SignatureBlock:
    signatures: tuple[Signature, ...]
    empty_text: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Notice:
    """A framed box of plain sentences, e.g. "How to check this document"; ``code`` is set
    apart in a fixed-width font (a fingerprint to compare)."""

    title: str
    paragraphs: tuple[str, ...]
    code: str = ""


Block = (Heading | Paragraph | BulletList | KeyValues | Table | Image | SignatureBlock
         | PageBreak | Notice)


def header_scale(headers: tuple[str, ...], available: float,
                 measure: Callable[[str], float], padding: float, *, smallest: float = 0.7
                 ) -> float:
    """How much smaller than the body the header text must be for every column's longest
    header word to fit side by side (1.0: no need; never below ``smallest``). A table of
    eight columns ("Objectif", "Départ", "Famille", …) does not fit at body size."""
    words = [max((measure(word) for word in header.split()), default=0.0) for header in headers]
    room = available - padding * len(headers)
    total = sum(words)
    if total <= room or total <= 0:
        return 1.0
    # Half-point steps of a 10-point font, rounded down so the words do fit.
    return max(smallest, int(20 * room / total) / 20)


def fit_widths(headers: tuple[str, ...], relative: tuple[int, ...] | tuple[float, ...],
               available: float, measure: Callable[[str], float], padding: float
               ) -> tuple[float, ...]:
    """Column widths (same unit as ``available``) close to the ``relative`` ones, but each at
    least as wide as its header's longest word plus ``padding``, so no header word is broken
    ("Verantwoord/elijk"). ``measure(word)`` gives a word's width in the header's font.

    Columns that need more get it from the column with the most slack first (what it has
    beyond its own header's need): a wide description column gives, and a narrow column of
    figures, whose values would otherwise wrap onto a second line, keeps its width.
    """
    weights = [float(w) for w in (relative or (1,) * len(headers))]
    total = sum(weights) or 1.0
    widths = [available * w / total for w in weights]
    need = [max((measure(word) for word in header.split()), default=0.0) + padding
            for header in headers]
    deficit = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    slack = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    if deficit <= 0:
        return tuple(widths)
    if sum(slack) < deficit:  # cannot all fit: give each what it needs
        return tuple(need)
    result = [max(n, w) for n, w in zip(need, widths, strict=True)]
    for i in sorted(range(len(widths)), key=lambda i: -slack[i]):
        take = min(slack[i], deficit)
        result[i] -= take
        deficit -= take
        if deficit <= 0:
            break
    return tuple(result)


@dataclass(frozen=True)
class DocumentMeta:
    """Read back by ``verify``: stored in PDF /Info and in .docx core properties."""

    title: str
    language: str
    family_reference: str
    plan_version: int
    plan_hash: str
    kind: str  # "plan" or "evaluation"
    family_copy: bool
    organisation: str = ""
    footer: str = ""
    family_id: str = ""  # lets verify tell "unknown family" from "wrong hash"


@dataclass(frozen=True)
class Document:
    meta: DocumentMeta
    blocks: tuple[Block, ...]
    logo_png: bytes = b""


def clean(text: str) -> str:
    """Text safe for both renderers: no control characters (XML refuses them), tidy ends."""
    return "".join(
        ch for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
