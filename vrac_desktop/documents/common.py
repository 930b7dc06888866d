"""What the plan and evaluation builders share: locale dates, labels, charts, visibility.

Every label goes through ``translate("PlanDocument", "literal")`` so lupdate collects it;
the function comes from ``tr_in(family.language)``, not from the UI language.
"""

from __future__ import annotations

import base64
import binascii
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QThread, Signal, Slot

from vrac_desktop import labels
from vrac_desktop.documents.model import (
    Block,
    Document,
    DocumentMeta,
    Notice,
    Paragraph,
    Signature,
    clean,
)
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import (
    ActionStatus,
    Agreement,
    Decision,
    Family,
    Goal,
    Handling,
    LifeDomain,
    MemberKind,
    PlanContent,
    Priority,
    Rating,
    StrengthCategory,
    StrengthHolder,
    SupportType,
    Verdict,
    Visibility,
)
from vrac_desktop.translate import Translate, tr_in

Progress = Callable[[int, str], None]
T = TypeVar("T")


def no_progress(_percent: int, _message: str) -> None:
    return None


PlanChoice = (MemberKind | ActionStatus | SupportType | StrengthCategory | StrengthHolder
              | LifeDomain | Handling | Priority | Verdict | Decision)
_CHOICES: dict[type[PlanChoice], Callable[[Translate], dict[str, str]]] = {
    MemberKind: labels.member_kinds, ActionStatus: labels.action_statuses,
    SupportType: labels.support_types, StrengthCategory: labels.strength_categories,
    StrengthHolder: labels.strength_holders, LifeDomain: labels.life_domains,
    Handling: labels.handlings, Priority: labels.priorities, Verdict: labels.verdicts,
    Decision: labels.decisions,
}


class Words:
    """Translated labels and locale formatting for one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translate: Translate = tr_in(language)
        self.locale = QLocale(language)

    def date(self, day: date | None) -> str:
        if day is None:
            return self.not_filled()
        text = self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        if self.language == "fr" and day.day == 1:  # French writes the first "1er décembre"
            text = "1er" + text[1:]
        return text

    def text(self, value: str) -> str:
        """The text, or an explicit "Not filled in" when it is empty."""
        return clean(value) or self.not_filled()

    def not_filled(self) -> str:
        return self.translate("PlanDocument", "Not filled in")

    def choice(self, value: PlanChoice) -> str:
        """The label of one of the plan's choices (a member's kind, an action's status, a
        need's life domain, an evaluation's verdict...), from the one shared table
        (vrac_desktop/labels.py), in the family's language."""
        return _CHOICES[type(value)](self.translate)[value.value]

    def copy_kind(self, family_copy: bool) -> str:
        translate = self.translate
        if family_copy:
            return translate("PlanDocument", "Family copy")
        return translate("PlanDocument", "Professional copy (contains professional-only notes)")


def check_box(w: Words, *, plan_hash: str, plan_version: int, organisation: str) -> Notice:
    """"How to check this document": at the end, in plain words in the family's language;
    the plan version's fingerprint (its SHA-256 hash) goes here, not on the first page."""
    translate = w.translate
    who = clean(organisation) or translate("PlanDocument", "the family coach")
    first = translate(
        "PlanDocument",
        "The original of this document is a PDF file signed electronically. Open it in a "
        "PDF reader (for example Adobe Acrobat Reader) and look at its signatures: the reader "
        "shows who signed, and warns if anything was changed after signing. A Word copy is "
        "for editing; its signature is in a separate .p7s file.")
    second = translate(
        "PlanDocument",
        "This document belongs to plan version %1. Every plan version has its own "
        "fingerprint, printed below. %2 can compare it with their records to confirm that "
        "this is the plan as it was agreed.").replace("%1", str(plan_version)).replace(
            "%2", who[:1].upper() + who[1:])
    # Groups of eight characters are easier to read aloud and compare than 64 in a row.
    code = " ".join(plan_hash[i:i + 8] for i in range(0, len(plan_hash), 8))
    return Notice(translate("PlanDocument", "How to check this document"), (first, second),
                  code)


def family_document(title: str, kind: str, *, family: Family, version_number: int,
                    version_hash: str, family_copy: bool, organisation: str,
                    blocks: Sequence[Block], footer: str, logo_png: bytes = b"") -> Document:
    """A document about one plan version of a family: what ``verify`` reads back (the meta)
    is filled the same way for every kind."""
    return Document(
        meta=DocumentMeta(
            title=f"{title} – {clean(family.display_name)}", language=family.language,
            family_reference=family.reference, family_id=family.id,
            plan_version=version_number, plan_hash=version_hash, kind=kind,
            family_copy=family_copy, organisation=clean(organisation), footer=footer),
        blocks=tuple(blocks), logo_png=logo_png)


def version_footer(w: Words, family_name: str, number: int, version_hash: str) -> str:
    text = w.translate("PlanDocument", "%1 · plan version %2 · %3")
    return (text.replace("%1", clean(family_name)).replace("%2", str(number))
            .replace("%3", version_hash[:12]))


def text_paragraph(text: str, w: Words, label: str = "") -> Paragraph:
    """The text, or an explicit "Not filled in" in grey when it is empty."""
    body = clean(text)
    return Paragraph(body or w.not_filled(), missing=not body, label=label)


def approval(agreement: Agreement, w: Words, *, approved: str, not_approved: str) -> Paragraph:
    """Whether the family approved: ``approved`` says when (%1) and who (%2); without an
    approval, ``not_approved`` in grey."""
    if agreement.family_approved:
        return Paragraph(approved.replace("%1", w.date(agreement.approved_on))
                         .replace("%2", w.text(agreement.approved_by)))
    return Paragraph(not_approved, missing=True)


def signoffs(agreement: Agreement, plan: PlanContent, w: Words) -> tuple[Signature, ...]:
    """The team members' sign-offs, each with the member's role from the plan."""
    result = []
    for s in agreement.signoffs:
        member = plan.member(s.member_id)
        role = clean(member.role) if member else ""
        result.append(Signature(
            name=w.text(s.typed_name), role=role or w.not_filled(), date=w.date(s.signed_on),
            png=decode_png(s.signature_png),
        ))
    return tuple(result)


def shared(items: Sequence[T], family_copy: bool) -> tuple[T, ...]:
    """The items a copy may show: the family copy leaves out professional-only items."""
    if not family_copy:
        return tuple(items)
    return tuple(i for i in items if getattr(i, "visibility", Visibility.SHARED)
                 is not Visibility.PROFESSIONAL)


def family_view(plan: PlanContent, family_copy: bool) -> PlanContent:
    """The plan as the copy may show it (professional-only items removed for the family)."""
    if not family_copy:
        return plan
    situation = plan.situation
    hidden = [t for t in (situation.family_story, situation.what_goes_well, situation.team_view)
              if t.visibility is Visibility.PROFESSIONAL]
    if hidden:
        situation = replace(situation, **{
            name: replace(getattr(situation, name), text="")
            for name in ("family_story", "what_goes_well", "team_view")
            if getattr(situation, name).visibility is Visibility.PROFESSIONAL
        })
    vision = plan.vision
    if vision.visibility is Visibility.PROFESSIONAL:
        vision = replace(vision, text="")
    return replace(
        plan, situation=situation, vision=vision,
        strengths=shared(plan.strengths, True), needs=shared(plan.needs, True),
        goals=shared(plan.goals, True), actions=shared(plan.actions, True),
        safety=shared(plan.safety, True),
    )


def decode_png(data: str) -> bytes:
    """A SignOff's base64 PNG as bytes; empty when missing or not a PNG (never fails)."""
    if not data:
        return b""
    try:
        raw = base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return b""
    return raw if raw.startswith(b"\x89PNG\r\n\x1a\n") else b""


class _MainThreadCaller(QObject):
    """Runs queued jobs on the thread it lives in (the application's main thread).

    The jobs travel through a Python queue and the signal carries nothing: a Python object
    sent through a queued PySide6 signal crashed the interpreter at exit (refcount error).
    """

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.wake.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _run(self) -> None:
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                return
            job()


_caller: _MainThreadCaller | None = None
_caller_lock = threading.Lock()
MAIN_THREAD_TIMEOUT_S = 120.0


def on_main_thread(fn: Callable[[], T]) -> T:
    """Run ``fn`` on the Qt main thread and return its result.

    The charts are drawn with pyqtgraph widgets, and widgets may only be made on the main
    thread; the rest of an export (layout, PDF, signing) runs on the caller's worker thread.
    The main thread must be running its event loop meanwhile (the GUI always is).
    """
    global _caller
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is app.thread():
        return fn()
    with _caller_lock:
        if _caller is None:
            _caller = _MainThreadCaller()
            _caller.moveToThread(app.thread())
        caller = _caller
    box: dict[str, Any] = {}
    done = threading.Event()

    def job() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the waiting worker thread
            box["error"] = exc
        finally:
            done.set()

    caller.jobs.put(job)
    caller.wake.emit()
    if not done.wait(MAIN_THREAD_TIMEOUT_S):
        raise RuntimeError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The charts could not be drawn: the application did not respond in "
            "time. Nothing was written.")))
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


# A goal chart fills the text width (about 16 cm): 1200 pixels print at ~190 dpi, sharp on
# paper, and draw, encode and embed in half the time of 1600 (a plan may have 50 goals).
GOAL_CHART_PX = (1200, 600)


def _chart_module() -> Any:
    try:
        from vrac_desktop.charts import render
    except ImportError:  # the charts package is built on its own branch; documents still work
        return None
    return render


def forget_charts() -> None:
    """Let the chart renderer drop what it keeps between charts (charts/render.py)."""
    render = _chart_module()
    if render is not None and hasattr(render, "forget_reused_views"):
        on_main_thread(render.forget_reused_views)


def goal_chart(goal: Goal, ratings: Sequence[Rating], *, language: str,
               marker_date: date | None = None) -> bytes:
    """The goal's progress chart as PNG, or b"" when charts are not available."""
    render = _chart_module()
    if render is None:
        return b""
    mine = [r for r in ratings if r.goal_id == goal.id]
    png: bytes = on_main_thread(lambda: render.goal_chart_png(
        goal, mine, width=GOAL_CHART_PX[0], height=GOAL_CHART_PX[1], language=language,
        marker_date=marker_date))
    return png


def domain_star(plan: PlanContent, ratings: Sequence[Rating], *, language: str) -> bytes:
    render = _chart_module()
    if render is None or not hasattr(render, "domain_star_png"):
        return b""
    # Laid out small (460 logical px) and printed wide (STAR_WIDTH of the text): the screen's
    # 600 px layout printed at half the page width read faint, with 5-point labels.
    png: bytes = on_main_thread(lambda: render.domain_star_png(
        plan, list(ratings), size=1400, language=language, logical=460))
    return png


STAR_WIDTH = 0.72  # of the text width
