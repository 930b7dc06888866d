"""The family view: the current plan in plain words, large type, in the family's language.

Shown on the coach's laptop or full screen on a second screen/TV while the coach types, so
``set_plan`` is called on every keystroke: it only stores the plan and (re)starts a short
single-shot timer; the page is rebuilt once typing pauses, keeping the scroll position.

The text speaks the *family's* language (``tr_in(language)``), not the UI language, and
leaves out everything marked professional-only (professional secrecy).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QScreen, QTextOption
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from vrac_desktop.documents.common import Words
from vrac_desktop.documents.common import family_view as family_copy
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Goal,
    Handling,
    PlanContent,
    Priority,
    Rater,
    Rating,
    TeamMember,
    TextItem,
)
from vrac_desktop.translate import Translate

# Long enough to skip the rebuilds between two keystrokes, short enough to feel live.
UPDATE_DELAY_MS = 250
# About 6 mm x-height on a 15.6" laptop screen: readable from 1.5 m across the table.
DEFAULT_FONT_PT = 32

# The meeting step the coach is on -> the part of the page the family sees (an anchor).
SECTION_OF_STEP = {
    "review": "goals", "team": "team", "situation": "story", "strengths": "strengths",
    "needs": "needs", "goals": "goals", "actions": "actions", "safety": "safety",
    "agreement": "next",
}

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: str) -> str:
    """Qt-style ``%1``/``%2`` substitution in one pass (a name containing "%2" stays as is)."""
    return _PLACEHOLDER.sub(
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template)


def _text(value: str) -> str:
    """User text as safe HTML, line breaks kept."""
    return html.escape(value.strip()).replace("\n", "<br>")


def _said(item: TextItem) -> bool:
    """Written, and shown to the family (render_html keeps only what the family copy of a
    document shows: documents/common.py family_view)."""
    return bool(item.text.strip())


class FamilyView(QTextBrowser):
    """Read-only plain-language rendering of a plan; cheap to feed on every keystroke."""

    rendered = Signal()  # after the page was rebuilt (tests and screenshots wait on it)

    def __init__(self, parent: QWidget | None = None, *, font_pt: int = DEFAULT_FONT_PT) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        # Very long words (URLs, names typed without spaces) wrap instead of scrolling sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Family view"))
        self.setAccessibleDescription(
            self.tr("The current plan in plain words, as the family sees it. Read-only."))
        self._font_pt = font_pt
        self._pending: tuple[PlanContent, str, str, tuple[Rating, ...], tuple[str, ...]] \
            | None = None
        self._last: tuple[PlanContent, str, str, tuple[Rating, ...], tuple[str, ...]] \
            | None = None
        self._section = ""
        self._html = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._apply_font()

    # --- API -------------------------------------------------------------------------------

    def set_plan(self, plan: PlanContent, *, family_name: str, language: str,
                 ratings: Sequence[Rating] = (), reached: Sequence[str] = ()) -> None:
        """Show ``plan`` (with the goals' latest ``ratings``); the page follows after a short
        pause (see ``flush``). ``reached``: goals closed as reached, celebrated at the top."""
        self._pending = (plan, family_name, language, tuple(ratings), tuple(reached))
        self._timer.start()

    def follow_step(self, step_key: str) -> None:
        """Scroll to the part of the plan the meeting is at (the coach changed step)."""
        self._section = SECTION_OF_STEP.get(step_key, "")
        if self._section and self._html:
            self.scrollToAnchor(self._section)

    def flush(self) -> None:
        """Rebuild the page now from the last plan given (no-op when nothing is pending)."""
        self._timer.stop()
        if self._pending is None:
            return
        plan, family_name, language, ratings, reached = self._last = self._pending
        self._pending = None
        page = render_html(plan, family_name=family_name, language=language, ratings=ratings,
                           reached=reached)
        if page != self._html:
            first = not self._html
            self._html = page
            bar = self.verticalScrollBar()
            position = bar.value()
            self.setHtml(page)
            if first and self._section:
                self.scrollToAnchor(self._section)
            else:
                bar.setValue(position)  # the coach types; the family keeps their place
        self.rendered.emit()

    def font_pt(self) -> int:
        return self._font_pt

    def set_font_pt(self, points: int) -> None:
        self._font_pt = points
        self._apply_font()

    # --- internals ---------------------------------------------------------------------------

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self._font_pt)
        self.setFont(font)
        document = self.document()
        document.setDefaultFont(font)
        document.setDocumentMargin(max(8, self._font_pt))
        pt = self._font_pt
        # Headings only a little larger than the text: the text itself is already large.
        document.setDefaultStyleSheet(
            f"h1 {{ font-size: {round(pt * 1.45)}pt; margin-bottom: {pt}px; }}"
            f"h2 {{ font-size: {round(pt * 1.25)}pt; margin-top: {pt}px; }}"
            f"h3 {{ font-size: {pt}pt; margin-top: {pt // 2}px; }}"
            f"li {{ margin-bottom: {pt // 3}px; }}")
        if self._last is not None:
            self._pending = self._pending or self._last
            self._html = ""
            self.flush()


def render_html(plan: PlanContent, *, family_name: str, language: str,
                ratings: Sequence[Rating] = (), reached: Sequence[str] = ()) -> str:
    """The family view's page as Qt rich text (exposed for documents that want the same words)."""
    words = Words(language)  # the family's language, its dates as in the documents
    translate = words.translate
    plan = family_copy(plan, True)  # professional-only notes left out (professional secrecy)
    parts: list[str] = [
        "<h1>" + _text(fill(translate("FamilyView", "The plan of %1"), family_name)) + "</h1>"]
    anchors = iter(("team", "story", "well", "strengths", "needs", "vision", "goals", "actions",
                    "safety"))
    if reached:
        # Recognise and celebrate successes: first on the page, where the family looks.
        parts.append("<h2>★ " + html.escape(translate("FamilyView", "Goals we reached!"))
                     + " ★</h2>")
        parts.extend(_bullets(f"★ {title}" for title in reached))

    def section(title: str, body: list[str]) -> None:
        name = next(anchors)
        if name == "well" and not _said(plan.situation.what_goes_well):
            name = next(anchors)
        parts.append(f'<a name="{name}"></a><h2>{html.escape(title)}</h2>')
        if body:
            parts.extend(body)
        else:
            parts.append("<p><i>" + html.escape(
                translate("FamilyView", "Nothing written here yet.")) + "</i></p>")

    section(translate("FamilyView", "Who is with us"), _team(plan, translate))
    section(translate("FamilyView", "Our story"), _story(plan, translate))
    if _said(plan.situation.what_goes_well):
        section(translate("FamilyView", "What goes well"),
                [f"<p>{_text(plan.situation.what_goes_well.text)}</p>"])
    section(translate("FamilyView", "Our strengths"), _bullets(s.text for s in plan.strengths))
    section(translate("FamilyView", "What we need"), _needs(plan, translate))
    section(translate("FamilyView", "Our dream for the future"),
            [f"<p>{_text(plan.vision.text)}</p>"] if _said(plan.vision) else [])
    section(translate("FamilyView", "Our goals"),
            [_goal(g, words, latest_ratings(ratings, g.id)) for g in plan.goals])
    section(translate("FamilyView", "Who does what"), _actions(plan, words))
    section(translate("FamilyView", "If things go wrong"), _safety(plan, translate))
    next_meeting = [] if plan.next_meeting_on is None else [
        "<p>" + html.escape(fill(translate("FamilyView", "We meet again on %1."),
                                 words.date(plan.next_meeting_on))) + "</p>"]
    next_title = translate("FamilyView", "Next meeting")
    parts.append(f'<a name="next"></a><h2>{html.escape(next_title)}</h2>')
    parts.extend(next_meeting or ["<p><i>" + html.escape(
        translate("FamilyView", "We will choose a date together.")) + "</i></p>"])
    return "\n".join(parts)


def _bullets(texts: Iterable[str]) -> list[str]:
    items = [f"<li>{_text(t)}</li>" for t in texts if t.strip()]
    return [f"<ul>{''.join(items)}</ul>"] if items else []


def _member_line(member: TeamMember) -> str:
    details = ", ".join(d for d in (member.role.strip(), member.organisation.strip()) if d)
    name = f"<b>{_text(member.name)}</b>"
    return f"<li>{name} ({_text(details)})</li>" if details else f"<li>{name}</li>"


def _team(plan: PlanContent, translate: Translate) -> list[str]:
    # Keyed by the kinds' values, as the label tables are (vrac_desktop/labels.py).
    titles = {
        "family": translate("FamilyView", "Family"),
        "informal": translate("FamilyView", "People around us"),
        "formal": translate("FamilyView", "Professionals"),
    }
    body: list[str] = []
    for kind, title in titles.items():
        members = [m for m in plan.team if m.kind.value == kind and m.name.strip()]
        if members:
            body.append(f"<h3>{html.escape(title)}</h3>")
            body.append("<ul>" + "".join(_member_line(m) for m in members) + "</ul>")
    return body


def _story(plan: PlanContent, translate: Translate) -> list[str]:
    situation = plan.situation
    body = [f"<p>{_text(situation.family_story.text)}</p>"] if _said(
        situation.family_story) else []
    if _said(situation.team_view):
        # The family leads; the team's view is only added, and marked as such.
        body.append("<p><i>" + html.escape(translate("FamilyView", "What the team sees:"))
                    + f"</i> {_text(situation.team_view.text)}</p>")
    return body


def _domain_name(domain: str, translate: Translate) -> str:
    """A life domain (its value) in the family's words; "other" and none say nothing."""
    names = {
        "school": translate("FamilyView", "School"),
        "home": translate("FamilyView", "Home"),
        "health": translate("FamilyView", "Health"),
        "leisure": translate("FamilyView", "Free time"),
        "safety": translate("FamilyView", "Safety"),
        "income": translate("FamilyView", "Money"),
        "housing": translate("FamilyView", "Housing"),
        "social_network": translate("FamilyView", "Friends and family"),
    }
    return names.get(domain, "")


def _needs(plan: PlanContent, translate: Translate) -> list[str]:
    order = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
    needs = sorted((n for n in plan.needs if n.text.strip()), key=lambda n: order[n.priority])
    body: list[str] = []
    for handling, title in (
            (Handling.NEED_HELP, translate("FamilyView", "We would like help with")),
            (Handling.OURSELVES, translate("FamilyView", "We do this ourselves"))):
        items = []
        for need in (n for n in needs if n.handling == handling):
            domain = _domain_name(need.domain.value if need.domain else "", translate)
            prefix = f"{html.escape(domain)}: " if domain else ""
            first = (" <i>(" + html.escape(translate("FamilyView", "comes first")) + ")</i>"
                     if need.priority == Priority.HIGH else "")
            items.append(f"<li>{prefix}{_text(need.text)}{first}</li>")
        if items:
            body.append(f"<h3>{html.escape(title)}</h3><ul>{''.join(items)}</ul>")
    return body


def latest_ratings(ratings: Sequence[Rating], goal_id: str) -> dict[Rater, Rating]:
    """The newest rating of the goal by each rater (family, child, team)."""
    latest: dict[Rater, Rating] = {}
    for rating in ratings:  # in the order given: a later one on the same day wins
        if rating.goal_id == goal_id and (rating.rater not in latest
                                          or rating.rated_on >= latest[rating.rater].rated_on):
            latest[rating.rater] = rating
    return latest


def _goal(goal: Goal, words: Words, latest: dict[Rater, Rating]) -> str:
    translate = words.translate
    lines = [f"<b>{_text(goal.title)}</b>"]
    if goal.indicator.strip():
        lines.append(html.escape(fill(translate("FamilyView", "How we will know: %1"),
                                      goal.indicator.strip())))
    lines.append(html.escape(fill(translate("FamilyView", "At the start %1 of 10, we aim for %2."),
                                  str(goal.baseline), str(goal.target))))
    who = {Rater.FAMILY: translate("FamilyView", "the family %1"),
           Rater.CHILD: translate("FamilyView", "the child %1"),
           Rater.TEAM: translate("FamilyView", "the team %1")}
    now = [fill(text, str(latest[rater].value)) for rater, text in who.items() if rater in latest]
    if now:
        newest = max(r.rated_on for r in latest.values())
        lines.append("<b>" + html.escape(fill(translate("FamilyView", "Now (%1): %2."),
                                              words.date(newest), ", ".join(now))) + "</b>")
    if goal.review_on is not None:
        lines.append(html.escape(fill(translate("FamilyView", "We look at it again on %1."),
                                      words.date(goal.review_on))))
    return "<p>" + "<br>".join(lines) + "</p>"


def _status(action: Action, translate: Translate) -> str:
    if action.status == ActionStatus.STOPPED and action.stop_reason.strip():
        return fill(translate("FamilyView", "Stopped: %1"), action.stop_reason.strip())
    return {
        ActionStatus.PLANNED: translate("FamilyView", "Not started yet"),
        ActionStatus.IN_PROGRESS: translate("FamilyView", "Busy with it"),
        ActionStatus.DONE: translate("FamilyView", "Done"),
        ActionStatus.STOPPED: translate("FamilyView", "Stopped"),
    }[action.status]


def _action(plan: PlanContent, action: Action, words: Words) -> str:
    translate = words.translate
    member = plan.member(action.responsible_id)
    who = member.name.strip() if member is not None and member.name.strip() else translate(
        "FamilyView", "(we still choose who)")
    # The pattern is the translator's (French puts a space before the colon).
    line = fill(html.escape(translate("FamilyView", "%1: %2")), f"<b>{_text(who)}</b>",
                _text(action.description))
    if action.due_on is not None:
        line += " — " + html.escape(fill(translate("FamilyView", "by %1"),
                                         words.date(action.due_on)))
    done = "✓ " if action.status == ActionStatus.DONE else ""
    return f"<li>{line}<br><i>{done}{_text(_status(action, translate))}</i></li>"


def _actions(plan: PlanContent, words: Words) -> list[str]:
    translate = words.translate
    actions = [a for a in plan.actions if a.description.strip()]
    body: list[str] = []
    shown_goals = {g.id for g in plan.goals}
    for goal in plan.goals:
        mine = [a for a in actions if a.goal_id == goal.id]
        if mine:
            heading = fill(translate("FamilyView", "For: %1"), goal.title.strip())
            body.append(f"<h3>{_text(heading)}</h3><ul>"
                        + "".join(_action(plan, a, words) for a in mine) + "</ul>")
    # Actions of a professional-only goal are listed without revealing that goal.
    other = [a for a in actions if a.goal_id not in shown_goals]
    if other:
        if body:
            body.append("<h3>" + html.escape(translate("FamilyView", "Also")) + "</h3>")
        body.append("<ul>" + "".join(_action(plan, a, words) for a in other)
                    + "</ul>")
    return body


def _safety(plan: PlanContent, translate: Translate) -> list[str]:
    body = []
    for item in plan.safety:
        if not item.risk.strip():
            continue
        lines = ["<b>" + _text(fill(translate("FamilyView", "If %1"), item.risk.strip()))
                 + "</b>"]
        for label, value in (
                (translate("FamilyView", "Early signs: %1"), item.early_signs),
                (translate("FamilyView", "What we do: %1"), item.response),
                (translate("FamilyView", "Whom we call: %1"), item.contact)):
            if value.strip():
                lines.append(_text(fill(label, value.strip())))
        body.append("<p>" + "<br>".join(lines) + "</p>")
    return body


class FamilyViewWindow(QWidget):
    """A frameless full-screen window with a family view, for F11 and a second screen/TV."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, font_pt: int = DEFAULT_FONT_PT) -> None:
        # A top-level window even with a parent (the parent only owns its lifetime).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Family view"))
        self.setAccessibleName(self.tr("Family view window"))
        self.setAccessibleDescription(self.tr("Press Esc to close the family view."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.view = FamilyView(self, font_pt=font_pt)
        self.view.setFrameShape(QTextBrowser.Shape.NoFrame)
        layout.addWidget(self.view)

    def set_plan(self, plan: PlanContent, *, family_name: str, language: str,
                 ratings: Sequence[Rating] = (), reached: Sequence[str] = ()) -> None:
        self.view.set_plan(plan, family_name=family_name, language=language, ratings=ratings,
                           reached=reached)

    def show_on(self, screen: QScreen) -> None:
        """Show full screen on ``screen`` (e.g. the TV the family looks at)."""
        if self.isVisible():
            self.showNormal()  # leave full screen first, or the window stays on its old screen
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.view.setFocus()  # arrow keys and Page Down scroll at once

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Key events, not window shortcuts: those need the window to be active, and a TV
        # window often is not. The read-only view passes Esc and F11 up to here.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
