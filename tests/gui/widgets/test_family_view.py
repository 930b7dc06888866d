"""The family view: plain words, large type, the family's language, no professional items."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.model import PlanContent, Situation, TextItem, Visibility, new_id
from vrac_desktop.translate import tr_in

from vrac_desktop.gui.family_view import FamilyView, FamilyViewWindow, render_html
from vrac_desktop.gui.i18n import install_translations

SECTIONS = ("Who is with us", "Our story", "What goes well", "Our strengths", "What we need",
            "Our dream for the future", "Our goals", "Who does what", "If things go wrong",
            "Next meeting")


def shown(qtbot, plan: PlanContent, language: str = "en", **kwargs) -> FamilyView:  # type: ignore[no-untyped-def]
    view = FamilyView(**kwargs)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_plan(plan, family_name="Family El Amrani", language=language)
    view.flush()
    return view


def test_sections_in_the_familys_order_in_plain_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = shown(qtbot, with_progress(sample_plan())).toPlainText()
    positions = [text.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    assert "The plan of Family El Amrani" in text
    assert "Grandma Aziz: Grandma walks Yusuf to school — by 15 January 2027" in text
    assert "At the start 3 of 10, we aim for 9." in text
    assert "We meet again on 10 January 2027." in text
    assert "✓ Done" in text and "Busy with it" in text and "Not started yet" in text
    # Team by kind, in the family's words.
    assert text.index("Family\n") < text.index("People around us") < text.index("Professionals")
    assert "Mr de Vries (teacher, Leiden primary school)" in text
    # Needs split by who handles them.
    help_at, ourselves_at = text.index("We would like help with"), text.index(
        "We do this ourselves")
    assert help_at < text.index("Yusuf goes to school every day") < ourselves_at
    assert ourselves_at < text.index("Regular bedtime")


def test_professional_only_items_are_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()
    text = shown(qtbot, plan).toPlainText()
    assert "School notes 12 late arrivals" not in text  # professional team view
    assert "Check with GP about sleep" not in text  # professional action
    hidden_goal = replace(plan.goals[0], visibility=Visibility.PROFESSIONAL)
    plan = replace(plan, goals=(hidden_goal, plan.goals[1]))
    text = shown(qtbot, plan).toPlainText()
    assert "Yusuf is at school on time" not in text
    # Its shared actions stay, without revealing the hidden goal.
    assert "Grandma walks Yusuf to school" in text


def test_large_type_by_default_and_settable(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, sample_plan())
    assert view.font().pointSize() >= 20
    assert view.document().defaultFont().pointSize() >= 20
    bigger = shown(qtbot, sample_plan(), font_pt=32)
    assert bigger.document().defaultFont().pointSize() == 32
    bigger.set_font_pt(26)
    assert bigger.document().defaultFont().pointSize() == 26
    assert "Who does what" in bigger.toPlainText()  # re-rendered, not emptied


def test_speaks_the_familys_language_not_the_ui_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_translations("fr")
    try:
        english = shown(qtbot, sample_plan(), language="en").toPlainText()
        assert "Who does what" in english and "15 January 2027" in english
        dutch = shown(qtbot, sample_plan(), language="nl").toPlainText()
        assert "15 januari 2027" in dutch  # dates in the family's locale
        assert tr_in("nl")("FamilyView", "Who does what") in dutch
        assert "janvier" not in dutch
    finally:
        install_translations("en")


def test_updates_are_coalesced_and_keep_the_scroll_position(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = with_progress(sample_plan())
    view = shown(qtbot, plan)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 200
    bar.setValue(200)
    renders: list[None] = []
    view.rendered.connect(lambda: renders.append(None))
    story = plan.situation.family_story
    for i in range(40):  # the coach types 40 characters
        typed = replace(story, text=story.text + " and" * i)
        view.set_plan(replace(plan, situation=replace(plan.situation, family_story=typed)),
                      family_name="Family El Amrani", language="en")
    assert renders == []  # nothing rebuilt while typing
    with qtbot.waitSignal(view.rendered, timeout=2000):
        pass
    assert len(renders) == 1
    assert "move" + " and" * 39 in view.toPlainText()
    assert bar.value() == 200


def test_an_empty_plan_says_so_kindly(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = shown(qtbot, PlanContent()).toPlainText()
    assert text.count("Nothing written here yet.") >= 5
    assert "We will choose a date together." in text


def test_user_text_is_text_not_markup_and_long_words_wrap(qtbot) -> None:  # type: ignore[no-untyped-def]
    long_word = "Zeer" + "lang" * 80
    plan = replace(PlanContent(), situation=Situation(
        TextItem(new_id(), "<b>Tom & Jerry</b> 😀 " + long_word),
        TextItem(new_id(), "مرحبا بكم في بيتنا"),
        TextItem(new_id(), "")))
    view = shown(qtbot, plan)
    view.resize(400, 600)
    view.show()
    text = view.toPlainText()
    assert "<b>Tom & Jerry</b> 😀" in text
    assert "مرحبا بكم في بيتنا" in text
    block = view.document().begin()
    while block.isValid() and "مرحبا" not in block.text():
        block = block.next()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft  # right-aligned, read RTL
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().idealWidth() <= view.viewport().width() + 1


def test_follows_the_palette_for_high_contrast() -> None:
    page = render_html(sample_plan(), family_name="X", language="en")
    assert "color" not in page and "background" not in page


def test_read_only_and_reachable_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, sample_plan())
    view.show()
    before = view.toPlainText()
    view.setFocus()
    QTest.keyClicks(view, "hello")
    assert view.toPlainText() == before
    assert view.isReadOnly()
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.accessibleName()


def test_window_goes_full_screen_on_a_screen_and_esc_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = FamilyViewWindow()
    qtbot.addWidget(window)
    window.set_plan(sample_plan(), family_name="Family El Amrani", language="en")
    window.view.flush()
    screen = QGuiApplication.primaryScreen()
    window.show_on(screen)
    qtbot.waitExposed(window)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.screen() is screen
    assert "Who does what" in window.view.toPlainText()
    with qtbot.waitSignal(window.closed, timeout=1000):
        QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.isVisible()
