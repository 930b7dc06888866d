"""What changed between two plan versions, section by section, for the team.

Built on ``vrac_desktop.domain.diff`` (items matched by id). Every change carries a marker
(+ added, − removed, ~ changed) and a word, so colour is never the only cue; removed items
are also struck through. Field names, enum values, people and goals are shown by their
readable names, dates in the UI locale.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from vrac_desktop.domain.diff import FieldChange, ItemChange, ItemRef, PlanDiff, SectionDiff
from vrac_desktop.domain.model import PlanContent

_PLACEHOLDER = re.compile(r"%(\d)")

# Fields whose values are enum values (translated); other text is the user's own words.
ENUM_FIELDS = frozenset(
    {"visibility", "kind", "category", "holder", "domain", "handling", "priority", "support",
     "status"})
DATE_FIELDS = frozenset(
    {"due_on", "review_on", "active_from", "active_to", "approved_on", "next_meeting_on",
     "signed_on"})

LABEL_FIELDS = frozenset({"name", "text", "title", "description", "risk"})


def _fill(template: str, *args: str) -> str:
    return _PLACEHOLDER.sub(
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template)


def _esc(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


class DiffView(QWidget):
    """Shows a ``PlanDiff``: a summary line, then each section's changes, inline or side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of changes"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        top.addWidget(self.summary, 1)
        self.side_by_side = QCheckBox(self.tr("&Side by side"))
        self.side_by_side.setAccessibleName(self.tr("Show old and new side by side"))
        self.side_by_side.setToolTip(
            self.tr("Show the old and the new version in two columns instead of inline"))
        self.side_by_side.toggled.connect(self._render)
        top.addWidget(self.side_by_side)
        layout.addLayout(top)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("What changed"))
        self.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.browser, 1)
        self._diff: PlanDiff | None = None
        self._old: PlanContent | None = None
        self._new: PlanContent | None = None
        self._labels = ("", "")
        self.summary.setText(self.tr("No changes"))

    # --- API -------------------------------------------------------------------------------

    def set_diff(self, diff: PlanDiff, *, old: PlanContent | None, new: PlanContent,
                 old_label: str, new_label: str) -> None:
        self._diff, self._old, self._new = diff, old, new
        self._labels = (old_label, new_label)
        self._render()

    def set_side_by_side(self, on: bool) -> None:
        self.side_by_side.setChecked(on)

    def summary_text(self) -> str:
        return self.summary.text()

    # --- readable names ------------------------------------------------------------------------

    def section_name(self, section: str) -> str:
        return {
            "team": self.tr("Team"),
            "situation": self.tr("Situation"),
            "strengths": self.tr("Strengths"),
            "needs": self.tr("Needs"),
            "vision": self.tr("Vision"),
            "goals": self.tr("Goals"),
            "actions": self.tr("Who does what"),
            "safety": self.tr("Safety"),
            "agreement": self.tr("Agreement"),
        }.get(section, section)

    def field_name(self, name: str) -> str:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "role": self.tr("Role"),
            "organisation": self.tr("Organisation"),
            "contact": self.tr("Contact"),
            "active_from": self.tr("Active from"),
            "active_to": self.tr("Active until"),
            "text": self.tr("Text"),
            "visibility": self.tr("Visibility"),
            "category": self.tr("Category"),
            "holder": self.tr("Whose strength"),
            "domain": self.tr("Life domain"),
            "handling": self.tr("Who handles it"),
            "priority": self.tr("Priority"),
            "title": self.tr("Goal"),
            "need_ids": self.tr("Needs"),
            "indicator": self.tr("How we will know"),
            "baseline": self.tr("Today"),
            "target": self.tr("Target"),
            "review_on": self.tr("Review on"),
            "description": self.tr("What"),
            "responsible_id": self.tr("Who"),
            "goal_id": self.tr("For goal"),
            "due_on": self.tr("Due"),
            "support": self.tr("Support"),
            "status": self.tr("Status"),
            "stop_reason": self.tr("Why stopped"),
            "risk": self.tr("Risk"),
            "early_signs": self.tr("Early signs"),
            "response": self.tr("What we do"),
            "family_approved": self.tr("Family approved"),
            "approved_on": self.tr("Approved on"),
            "approved_by": self.tr("Approved by"),
            "next_meeting_on": self.tr("Next meeting"),
        }.get(name, name.replace("_", " ").capitalize())

    def value_name(self, value: str) -> str:
        return {
            "shared": self.tr("Shared with the family"),
            "professional": self.tr("Professionals only"),
            "family": self.tr("Family"),
            "informal": self.tr("Informal"),
            "formal": self.tr("Formal"),
            "talent": self.tr("Talent"),
            "life_skill": self.tr("Life skill"),
            "network": self.tr("Network"),
            "child": self.tr("Child"),
            "parents": self.tr("Parents"),
            "school": self.tr("School"),
            "home": self.tr("Home"),
            "health": self.tr("Health"),
            "leisure": self.tr("Leisure"),
            "safety": self.tr("Safety"),
            "income": self.tr("Income"),
            "housing": self.tr("Housing"),
            "social_network": self.tr("Social network"),
            "other": self.tr("Other"),
            "ourselves": self.tr("We do it ourselves"),
            "need_help": self.tr("We need help"),
            "high": self.tr("High"),
            "medium": self.tr("Medium"),
            "low": self.tr("Low"),
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "stopped": self.tr("Stopped"),
        }.get(value, value)

    def item_label(self, section: str, label: str) -> str:
        """The single-text items of a section are named by key in the diff; name them."""
        if section == "situation":
            return {
                "family_story": self.tr("The family's story"),
                "what_goes_well": self.tr("What goes well"),
                "team_view": self.tr("The team's view"),
            }.get(label, label)
        if section in ("vision", "agreement") and label == section:
            return self.section_name(section)
        return label or self.tr("(no text)")

    def format_value(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name in ("responsible_id", "member_id"):
            member = self._find("member", value)
            return member.name if member is not None else self.tr("(someone no longer in the team)")
        if name == "goal_id":
            goal = self._find("goal", value)
            return goal.title if goal is not None else self.tr("(a removed goal)")
        if name == "need_ids" and isinstance(value, list):
            texts = []
            for need_id in value:
                need = self._find("need", need_id)
                texts.append(need.text if need is not None else self.tr("(a removed need)"))
            return "; ".join(texts)
        if name in DATE_FIELDS and isinstance(value, str):
            day = QDate.fromString(value, Qt.DateFormat.ISODate)
            if day.isValid():
                return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        if name in ENUM_FIELDS and isinstance(value, str):
            return self.value_name(value)
        return str(value)

    def _find(self, what: str, item_id: Any) -> Any:
        # Prefer the new version's names; fall back to the old one for what was removed.
        for plan in (self._new, self._old):
            if plan is None:
                continue
            items: Sequence[Any] = {
                "member": plan.team, "goal": plan.goals, "need": plan.needs}[what]
            found = next((i for i in items if i.id == item_id), None)
            if found is not None:
                return found
        return None

    # --- rendering ---------------------------------------------------------------------------

    def _summary(self, diff: PlanDiff) -> str:
        added = sum(len(s.added) for s in diff.sections)
        removed = sum(len(s.removed) for s in diff.sections)
        changed = sum(len(s.changed) for s in diff.sections)
        total = added + removed + changed
        if total == 0:
            return self.tr("No changes")
        parts = []
        if added:
            parts.append(self.tr("%n added", "", added))
        if removed:
            parts.append(self.tr("%n removed", "", removed))
        if changed:
            parts.append(self.tr("%n changed", "", changed))
        # English has no plural forms in a .qm here, so the singular gets its own source.
        count = self.tr("1 change") if total == 1 else self.tr("%n changes", "", total)
        return _fill(self.tr("%1: %2"), count, ", ".join(parts))

    def _colours(self) -> tuple[str, str, str]:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        # (added, removed, changed): contrast >= 4.5:1 on the base colour in both themes.
        return ("#7ee2a8", "#ff9a9a", "#ffd27a") if dark else ("#116329", "#a40e26", "#7a4b00")

    def _render(self) -> None:
        diff, new = self._diff, self._new
        if diff is None or new is None:
            self.browser.clear()
            return
        self.summary.setText(self._summary(diff))
        if diff.empty:
            self.browser.setHtml("<p>" + _esc(_fill(
                self.tr("Nothing changed between %1 and %2."), *self._labels)) + "</p>")
            return
        bar = self.browser.verticalScrollBar().value()
        if self.side_by_side.isChecked():
            self.browser.setHtml(self._side_by_side_html(diff))
        else:
            self.browser.setHtml(self._inline_html(diff))
        self.browser.verticalScrollBar().setValue(bar)

    def _marker(self, kind: str) -> tuple[str, str, str]:
        """(colour, marker, word) for 'added', 'removed' or 'changed'."""
        added, removed, changed = self._colours()
        return {
            "added": (added, "+", self.tr("Added")),
            "removed": (removed, "−", self.tr("Removed")),
            "changed": (changed, "~", self.tr("Changed")),
        }[kind]

    def _tag(self, kind: str) -> str:
        colour, marker, word = self._marker(kind)
        return f'<span style="color:{colour}; font-weight:bold;">{marker} {_esc(word)}:</span>'

    def _ref(self, section: str, ref: ItemRef, kind: str) -> str:
        colour, _, _ = self._marker(kind)
        label = _esc(self.item_label(section, ref.label))
        if kind == "removed":
            label = f'<s>{label}</s>'
        return f'<span style="color:{colour};">{label}</span>'

    def _field_line(self, change: FieldChange) -> str:
        return _esc(_fill(self.tr("%1: %2 → %3"), self.field_name(change.name),
                          self.format_value(change.name, change.old),
                          self.format_value(change.name, change.new)))

    def _heading(self, section: SectionDiff) -> str:
        return f"<h3>{_esc(self.section_name(section.section))}</h3>"

    def _inline_html(self, diff: PlanDiff) -> str:
        parts: list[str] = [
            "<p>" + _esc(_fill(self.tr("From %1 to %2"), *self._labels)) + "</p>"]
        for section in diff.sections:
            if section.empty:
                continue
            parts.append(self._heading(section))
            rows = []
            for ref in section.added:
                rows.append(f"<li>{self._tag('added')} {self._ref(section.section, ref, 'added')}"
                            "</li>")
            for ref in section.removed:
                rows.append(f"<li>{self._tag('removed')} "
                            f"{self._ref(section.section, ref, 'removed')}</li>")
            for item in section.changed:
                fields = "".join(f"<li>{self._field_line(f)}</li>" for f in item.fields)
                rows.append(f"<li>{self._tag('changed')} <b>"
                            f"{_esc(self.item_label(section.section, item.label))}</b>"
                            f"<ul>{fields}</ul></li>")
            parts.append("<ul>" + "".join(rows) + "</ul>")
        return "\n".join(parts)

    def _side_cells(self, section: str, item: ItemChange) -> tuple[str, str]:
        label = f"<b>{_esc(self.item_label(section, item.label))}</b>"
        # A reworded item is named by its old words in the old column.
        renamed = next((f for f in item.fields if f.name in LABEL_FIELDS and f.old), None)
        old_label = f"<b>{_esc(str(renamed.old))}</b>" if renamed is not None else label
        old_lines, new_lines = [old_label], [label]
        for change in item.fields:
            name = _esc(self.field_name(change.name))
            old_lines.append(f"{name}: {_esc(self.format_value(change.name, change.old))}")
            new_lines.append(f"{name}: {_esc(self.format_value(change.name, change.new))}")
        return "<br>".join(old_lines), "<br>".join(new_lines)

    def _side_by_side_html(self, diff: PlanDiff) -> str:
        old_label, new_label = (_esc(label) for label in self._labels)
        rows = [f'<tr><th width="50%" align="left">{old_label}</th>'
                f'<th width="50%" align="left">{new_label}</th></tr>']
        nothing = "—"
        for section in diff.sections:
            if section.empty:
                continue
            rows.append(f'<tr><td colspan="2">{self._heading(section)}</td></tr>')
            for ref in section.added:
                rows.append(f"<tr><td>{nothing}</td><td>{self._tag('added')} "
                            f"{self._ref(section.section, ref, 'added')}</td></tr>")
            for ref in section.removed:
                rows.append(f"<tr><td>{self._tag('removed')} "
                            f"{self._ref(section.section, ref, 'removed')}</td>"
                            f"<td>{nothing}</td></tr>")
            for item in section.changed:
                old_cell, new_cell = self._side_cells(section.section, item)
                rows.append(f"<tr><td>{self._tag('changed')} {old_cell}</td>"
                            f"<td>{self._tag('changed')} {new_cell}</td></tr>")
        return ('<table width="100%" cellspacing="0" cellpadding="6" border="1" '
                'style="border-collapse: collapse;">' + "".join(rows) + "</table>")
