# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_FamilyHome(object):
    def setupUi(self, FamilyHome):
        if not FamilyHome.objectName():
            FamilyHome.setObjectName(u"FamilyHome")
        self.page_layout = QVBoxLayout(FamilyHome)
        self.page_layout.setObjectName(u"page_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back_button = QPushButton(FamilyHome)
        self.back_button.setObjectName(u"back_button")

        self.top.addWidget(self.back_button)

        self.title = QLabel(FamilyHome)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.top.setStretch(1, 1)

        self.page_layout.addLayout(self.top)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.before_actions = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.before_actions)

        self.meeting_button = QPushButton(FamilyHome)
        self.meeting_button.setObjectName(u"meeting_button")

        self.action_row.addWidget(self.meeting_button)

        self.discard_button = QPushButton(FamilyHome)
        self.discard_button.setObjectName(u"discard_button")
        self.discard_button.setVisible(False)

        self.action_row.addWidget(self.discard_button)

        self.changes_button = QPushButton(FamilyHome)
        self.changes_button.setObjectName(u"changes_button")

        self.action_row.addWidget(self.changes_button)

        self.evaluation_button = QPushButton(FamilyHome)
        self.evaluation_button.setObjectName(u"evaluation_button")

        self.action_row.addWidget(self.evaluation_button)

        self.action_row.setStretch(0, 1)

        self.page_layout.addLayout(self.action_row)

        self.summary = QLabel(FamilyHome)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.page_layout.addWidget(self.summary)

        self.languages = QLabel(FamilyHome)
        self.languages.setObjectName(u"languages")
        self.languages.setVisible(False)
        self.languages.setWordWrap(True)

        self.page_layout.addWidget(self.languages)

        self.heads_button = QPushButton(FamilyHome)
        self.heads_button.setObjectName(u"heads_button")
        self.heads_button.setVisible(False)

        self.page_layout.addWidget(self.heads_button)

        self.due = QLabel(FamilyHome)
        self.due.setObjectName(u"due")
        self.due.setWordWrap(True)

        self.page_layout.addWidget(self.due)

        self.celebrate = QLabel(FamilyHome)
        self.celebrate.setObjectName(u"celebrate")
        self.celebrate.setStyleSheet(u"font-weight: bold;")
        self.celebrate.setWordWrap(True)

        self.page_layout.addWidget(self.celebrate)

        self.tabs = QTabWidget(FamilyHome)
        self.tabs.setObjectName(u"tabs")
        self.overview = QWidget()
        self.overview.setObjectName(u"overview")
        self.row = QHBoxLayout(self.overview)
        self.row.setObjectName(u"row")
        self.team_box = QGroupBox(self.overview)
        self.team_box.setObjectName(u"team_box")
        self.team_layout = QVBoxLayout(self.team_box)
        self.team_layout.setObjectName(u"team_layout")
        self.team = QListWidget(self.team_box)
        self.team.setObjectName(u"team")

        self.team_layout.addWidget(self.team)

        self.team_button = QPushButton(self.team_box)
        self.team_button.setObjectName(u"team_button")

        self.team_layout.addWidget(self.team_button)


        self.row.addWidget(self.team_box)

        self.versions_box = QGroupBox(self.overview)
        self.versions_box.setObjectName(u"versions_box")
        self.versions_layout = QVBoxLayout(self.versions_box)
        self.versions_layout.setObjectName(u"versions_layout")
        self.versions = QListWidget(self.versions_box)
        self.versions.setObjectName(u"versions")
        self.versions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.versions.setWordWrap(True)

        self.versions_layout.addWidget(self.versions)


        self.row.addWidget(self.versions_box)

        self.meetings_box = QGroupBox(self.overview)
        self.meetings_box.setObjectName(u"meetings_box")
        self.meetings_layout = QVBoxLayout(self.meetings_box)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings = QListWidget(self.meetings_box)
        self.meetings.setObjectName(u"meetings")

        self.meetings_layout.addWidget(self.meetings)


        self.row.addWidget(self.meetings_box)

        self.tabs.addTab(self.overview, "")
        self.progress = QWidget()
        self.progress.setObjectName(u"progress")
        self.tabs.addTab(self.progress, "")
        self.cycle_page = QWidget()
        self.cycle_page.setObjectName(u"cycle_page")
        self.cycle_layout = QVBoxLayout(self.cycle_page)
        self.cycle_layout.setObjectName(u"cycle_layout")
        self.cycle_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.cycle_page, "")
        self.fidelity_page = QWidget()
        self.fidelity_page.setObjectName(u"fidelity_page")
        self.tabs.addTab(self.fidelity_page, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(7, 1)

        self.retranslateUi(FamilyHome)

        QMetaObject.connectSlotsByName(FamilyHome)
    # setupUi

    def retranslateUi(self, FamilyHome):
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Back to families", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("FamilyHome", u"\u2190 Fami&lies", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Family", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meeting_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Start meeting", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_button.setText(QCoreApplication.translate("FamilyHome", u"&Start meeting", None))
#if QT_CONFIG(accessibility)
        self.discard_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Discard the unsaved meeting draft", None))
#endif // QT_CONFIG(accessibility)
        self.discard_button.setText(QCoreApplication.translate("FamilyHome", u"&Discard draft\u2026", None))
#if QT_CONFIG(accessibility)
        self.changes_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"What changed between versions", None))
#endif // QT_CONFIG(accessibility)
        self.changes_button.setText(QCoreApplication.translate("FamilyHome", u"What &changed", None))
#if QT_CONFIG(accessibility)
        self.evaluation_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Start six-month evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.evaluation_button.setText(QCoreApplication.translate("FamilyHome", u"Start six-month eval&uation", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Languages of the family", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heads_button.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Reconcile two versions of this plan", None))
#endif // QT_CONFIG(accessibility)
        self.heads_button.setText(QCoreApplication.translate("FamilyHome", u"\u26a0 This plan was changed on two laptops: &reconcile the two versions\u2026", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Next meeting and evaluation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.celebrate.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Goals reached", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Family overview", None))
#endif // QT_CONFIG(accessibility)
        self.team_box.setTitle(QCoreApplication.translate("FamilyHome", u"Team", None))
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Team members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.team_button.setToolTip(QCoreApplication.translate("FamilyHome", u"The team is part of the plan: it is edited in the meeting's first step and saved with the next plan version.", None))
#endif // QT_CONFIG(tooltip)
        self.team_button.setText(QCoreApplication.translate("FamilyHome", u"&Edit team\u2026", None))
        self.versions_box.setTitle(QCoreApplication.translate("FamilyHome", u"Plan versions", None))
#if QT_CONFIG(accessibility)
        self.versions.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Plan versions", None))
#endif // QT_CONFIG(accessibility)
        self.meetings_box.setTitle(QCoreApplication.translate("FamilyHome", u"Meetings", None))
#if QT_CONFIG(accessibility)
        self.meetings.setAccessibleName(QCoreApplication.translate("FamilyHome", u"Meeting history", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overview), QCoreApplication.translate("FamilyHome", u"&Team and history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progress), QCoreApplication.translate("FamilyHome", u"&Progress", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cycle_page), QCoreApplication.translate("FamilyHome", u"Ph&ases and evaluations", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fidelity_page), QCoreApplication.translate("FamilyHome", u"F&idelity", None))
        pass
    # retranslateUi

