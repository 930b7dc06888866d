"""A compact meeting timer for the toolbar: time per agenda step against the plan.

A step that runs over is only shown gently (amber text, a "+m:ss" mark and a tooltip):
the family's story is never cut off by a clock. Time comes from a clock function
(seconds, monotonic) so tests can advance it without sleeping; the default is a
QElapsedTimer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

Clock = Callable[[], float]

REFRESH_MS = 1000
# Amber with at least 4.5:1 contrast on a light and on a dark window colour.
AMBER_ON_LIGHT = QColor("#8a5300")
AMBER_ON_DARK = QColor("#ffc04d")


@dataclass(frozen=True)
class AgendaStep:
    title: str
    planned_minutes: int


def _clock_from_elapsed_timer() -> Clock:
    timer = QElapsedTimer()
    timer.start()
    return lambda: timer.elapsed() / 1000.0


def format_duration(seconds: float) -> str:
    """m:ss below an hour, h:mm:ss from an hour on (numbers only: no translation needed)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class MeetingTimer(QWidget):
    step_over = Signal(int)  # once per step, when it first runs past its planned time

    def __init__(self, parent: QWidget | None = None, *,
                 steps: Sequence[AgendaStep] | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.steps: tuple[AgendaStep, ...] = tuple(steps) if steps else self.default_steps()
        self._clock = clock or _clock_from_elapsed_timer()
        self._spent = [0.0] * len(self.steps)  # seconds per step, up to the last switch
        self._index = 0
        self._since: float | None = None  # clock when the current run began; None: not running
        self._started = False
        self._warned: set[int] = set()
        self._over_shown = False
        # Seconds spent in this meeting before its draft was resumed: the total goes on.
        self.carried = 0.0

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Meeting time"))
        self.pause_button = QToolButton()
        self.pause_button.setCheckable(True)
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pause_button.setToolTip(self.tr("Pause or resume the meeting timer"))
        self.pause_button.toggled.connect(self._on_pause_toggled)
        layout.addWidget(self.pause_button)
        # The button first: the label reserves room for its widest text, which stays at the end.
        layout.addWidget(self.label)
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)
        self.setAccessibleName(self.tr("Meeting timer"))
        self._reserve_width()
        self.refresh()

    def default_steps(self) -> tuple[AgendaStep, ...]:
        return (
            AgendaStep(self.tr("Team"), 5),
            AgendaStep(self.tr("Situation"), 10),
            AgendaStep(self.tr("Strengths"), 10),
            AgendaStep(self.tr("Needs & vision"), 15),
            AgendaStep(self.tr("Goals"), 15),
            AgendaStep(self.tr("Who does what"), 15),
            AgendaStep(self.tr("Safety"), 5),
            AgendaStep(self.tr("Agreement"), 5),
        )

    # --- control -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start (or restart after ``reset``) counting at the current step."""
        if not self._started:
            self._started = True
            self._since = self._clock()
            self._ticker.start()
        self.refresh()

    def reset(self) -> None:
        self._ticker.stop()
        self._spent = [0.0] * len(self.steps)
        self.carried = 0.0
        self._index = 0
        self._since = None
        self._started = False
        self._warned.clear()
        self.pause_button.setChecked(False)
        self.refresh()

    def set_agenda(self, steps: Sequence[AgendaStep]) -> None:
        """Another agenda, from the start (a timer made by a Designer form has the default
        one until the meeting's steps are known)."""
        self.steps = tuple(steps) if steps else self.default_steps()
        self.reset()

    def set_step(self, index: int) -> None:
        """Move to agenda step ``index``; time from now counts there (starts the timer)."""
        if not 0 <= index < len(self.steps):
            raise IndexError(f"agenda step {index} does not exist (0..{len(self.steps) - 1})")
        self._bank()
        self._index = index
        if not self._started:
            self.start()
        self.refresh()

    def pause(self) -> None:
        self.pause_button.setChecked(True)

    def resume(self) -> None:
        self.pause_button.setChecked(False)

    def is_paused(self) -> bool:
        return self._started and self._since is None

    def is_running(self) -> bool:
        return self._since is not None

    def _on_pause_toggled(self, paused: bool) -> None:
        if paused and self._since is not None:
            self._bank()
            self._since = None
            self._ticker.stop()
        elif not paused and self._started and self._since is None:
            self._since = self._clock()
            self._ticker.start()
        self.refresh()

    def _bank(self) -> None:
        """Add the time since the last switch to the current step."""
        if self._since is not None:
            now = self._clock()
            self._spent[self._index] += max(0.0, now - self._since)
            self._since = now

    # --- reading -----------------------------------------------------------------------------

    def current_step(self) -> int:
        return self._index

    def elapsed_in_step(self, index: int | None = None) -> float:
        index = self._index if index is None else index
        running = (self._clock() - self._since
                   if self._since is not None and index == self._index else 0.0)
        return self._spent[index] + max(0.0, running)

    def elapsed_total(self) -> float:
        return self.carried + sum(self.elapsed_in_step(i) for i in range(len(self.steps)))

    def planned_total_minutes(self) -> int:
        return sum(step.planned_minutes for step in self.steps)

    def overrun(self, index: int | None = None) -> float:
        """Seconds past the plan for step ``index`` (0 when on time)."""
        index = self._index if index is None else index
        return max(0.0, self.elapsed_in_step(index) - self.steps[index].planned_minutes * 60)

    def is_over(self, index: int | None = None) -> bool:
        return self.overrun(index) > 0

    # --- display -----------------------------------------------------------------------------

    def _compact_text(self, index: int, spent: float, over: float, total: float,
                      paused: bool) -> str:
        step = self.steps[index]
        text = f"{step.title} {format_duration(spent)} / {step.planned_minutes}:00"
        if over > 0:
            text += f" +{format_duration(over)}"  # the mark, so colour is not the only cue
        text += " · " + self.tr("Total %1").replace("%1", format_duration(total))
        if paused:
            text += " · " + self.tr("Paused")
        return text

    def _reserve_width(self) -> None:
        # A toolbar does not grow its widgets when their text grows: reserve the widest text
        # up front (this also stops the toolbar from jittering every second).
        metrics = self.label.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self._compact_text(i, 35999, 35999, 35999, True))
            for i in range(len(self.steps)))
        self.label.setMinimumWidth(widest + 4)

    def refresh(self) -> None:
        spent = self.elapsed_in_step()
        over = self.overrun()
        text = self._compact_text(self._index, spent, over, self.elapsed_total(),
                                  self.is_paused())
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        if (over > 0) != self._over_shown:
            self._over_shown = over > 0
            # A style sheet, not a palette: a QToolBar paints its widgets' text in its own
            # palette.
            if self._over_shown:
                dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
                # Amber, not red: running over is information for the coach, not an alarm.
                amber = AMBER_ON_DARK if dark else AMBER_ON_LIGHT
                self.label.setStyleSheet(f"QLabel {{ color: {amber.name()}; }}")
            else:
                self.label.setStyleSheet("")
        self.setToolTip(self._tooltip())
        self.label.setToolTip(self.toolTip())

        paused = self.pause_button.isChecked()
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Resume the meeting timer") if paused else self.tr("Pause the meeting timer"))
        self.pause_button.setEnabled(self._started)
        if over > 0 and self._index not in self._warned:
            self._warned.add(self._index)
            self.step_over.emit(self._index)

    def _tooltip(self) -> str:
        lines = []
        over = self.overrun()
        if over > 0:
            minutes = max(1, round(over / 60))
            # English has no plural forms in a .qm here, so the singular gets its own source.
            sentence = (self.tr("%1 runs over by 1 minute.") if minutes == 1
                        else self.tr("%1 runs over by %n minutes.", "", minutes))
            lines.append(sentence.replace("%1", self.steps[self._index].title))
        for i, step in enumerate(self.steps):
            mark = "▶ " if i == self._index else "   "
            late = " +" + format_duration(self.overrun(i)) if self.is_over(i) else ""
            lines.append(f"{mark}{step.title}: {format_duration(self.elapsed_in_step(i))}"
                         f" / {step.planned_minutes}:00{late}")
        lines.append(self.tr("Total %1 of %2 planned").replace(
            "%1", format_duration(self.elapsed_total())).replace(
            "%2", format_duration(self.planned_total_minutes() * 60)))
        return "\n".join(lines)
