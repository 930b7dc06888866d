"""The meeting timer: time per agenda step from an injected clock, gentle overrun, pause."""

from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt

from vrac_desktop.gui.meeting_timer import AgendaStep, MeetingTimer, format_duration


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot, clock: FakeClock) -> MeetingTimer:  # type: ignore[no-untyped-def]
    widget = MeetingTimer(clock=clock)
    qtbot.addWidget(widget)
    return widget


def test_default_agenda(timer: MeetingTimer) -> None:
    assert [s.planned_minutes for s in timer.steps] == [5, 10, 10, 15, 15, 15, 5, 5]
    assert [s.title for s in timer.steps][:2] == ["Team", "Situation"]
    assert timer.planned_total_minutes() == 80
    assert not timer.is_running()
    assert not timer.pause_button.isEnabled()  # nothing to pause before the meeting starts


def test_time_per_step_and_total(timer: MeetingTimer, clock: FakeClock) -> None:
    timer.set_step(0)
    clock.advance(60)
    assert timer.elapsed_in_step() == 60
    timer.set_step(1)
    clock.advance(30)
    timer.set_step(0)  # back to the team for a moment: time adds up
    clock.advance(15)
    assert timer.elapsed_in_step(0) == 75
    assert timer.elapsed_in_step(1) == 30
    assert timer.elapsed_total() == 105
    timer.refresh()
    assert timer.label.text().startswith("Team 1:15 / 5:00")
    assert "Total 1:45" in timer.label.text()


def test_pause_and_resume_with_the_button(qtbot, timer: MeetingTimer, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    timer.set_step(2)
    clock.advance(100)
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert timer.is_paused()
    assert "Paused" in timer.label.text()
    assert timer.pause_button.text() == "Resume"
    clock.advance(500)  # a break: not counted
    assert timer.elapsed_total() == 100
    timer.pause_button.setFocus()
    qtbot.keyClick(timer.pause_button, Qt.Key.Key_Space)  # the keyboard reaches it too
    assert not timer.is_paused()
    clock.advance(20)
    assert timer.elapsed_in_step(2) == 120
    timer.pause()
    timer.resume()
    assert timer.is_running()


def test_a_step_running_over_is_highlighted_gently(qtbot, timer: MeetingTimer,  # type: ignore[no-untyped-def]
                                                   clock: FakeClock) -> None:
    timer.set_step(0)
    clock.advance(4 * 60)
    timer.refresh()
    assert not timer.is_over()
    assert timer.label.styleSheet() == ""
    clock.advance(2 * 60 + 5)
    with qtbot.waitSignal(timer.step_over, timeout=500) as over:
        timer.refresh()
    assert over.args == [0]
    assert timer.is_over() and timer.overrun() == 65
    assert "+1:05" in timer.label.text()  # a mark, not only a colour
    assert "color" in timer.label.styleSheet()
    assert "Team runs over by 1 minute." in timer.toolTip()
    emitted: list[int] = []
    timer.step_over.connect(emitted.append)
    clock.advance(60)
    timer.refresh()
    assert emitted == []  # said once, not every second
    assert "Team runs over by 2 minutes." in timer.toolTip()
    timer.set_step(1)
    assert timer.label.styleSheet() == ""  # the next step starts on time
    assert timer.isEnabled() and timer.pause_button.isEnabled()  # nothing is blocked


def test_custom_agenda_and_bad_step(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    timer = MeetingTimer(steps=[AgendaStep("Check-in", 2), AgendaStep("Ratings", 20)],
                         clock=clock)
    qtbot.addWidget(timer)
    assert timer.planned_total_minutes() == 22
    timer.set_step(1)
    clock.advance(90)
    assert timer.elapsed_in_step(1) == 90 and timer.elapsed_in_step(0) == 0
    with pytest.raises(IndexError):
        timer.set_step(2)
    timer.reset()
    assert timer.elapsed_total() == 0 and not timer.is_running()


def test_real_clock_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    timer = MeetingTimer()
    qtbot.addWidget(timer)
    started = time.monotonic()
    timer.start()
    running_since = time.monotonic()
    assert timer.is_running()
    # Not qtbot.wait(1300): Qt's coarse timers may fire up to 5 % early (1.236 s seen under
    # load). Wait on the clock itself, with the event loop running.
    qtbot.waitUntil(lambda: time.monotonic() - running_since >= 1.3, timeout=10_000)
    # The real clock moved: the 1.3 s waited (QElapsedTimer counts whole milliseconds), and
    # no more than the time really spent.
    assert 1.299 <= timer.elapsed_total() <= time.monotonic() - started + 0.05
    assert timer.elapsed_in_step() == timer.elapsed_total()


def test_accessible_names(timer: MeetingTimer) -> None:
    assert timer.accessibleName()
    assert timer.label.accessibleName()
    assert timer.pause_button.accessibleName()


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65) == "1:05"
    assert format_duration(3600 + 61) == "1:01:01"
