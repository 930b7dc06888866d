# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'caseload_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QListView, QPushButton, QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseloadPage(object):
    def setupUi(self, CaseloadPage):
        if not CaseloadPage.objectName():
            CaseloadPage.setObjectName(u"CaseloadPage")
        CaseloadPage.setStyleSheet(u"QComboBox { combobox-popup: 0; }")
        self.page_layout = QVBoxLayout(CaseloadPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(CaseloadPage)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.families_button = QPushButton(CaseloadPage)
        self.families_button.setObjectName(u"families_button")

        self.top.addWidget(self.families_button)

        self.ics_button = QPushButton(CaseloadPage)
        self.ics_button.setObjectName(u"ics_button")

        self.top.addWidget(self.ics_button)

        self.print_button = QPushButton(CaseloadPage)
        self.print_button.setObjectName(u"print_button")

        self.top.addWidget(self.print_button)

        self.top.setStretch(0, 1)

        self.page_layout.addLayout(self.top)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.family_label = QLabel(CaseloadPage)
        self.family_label.setObjectName(u"family_label")

        self.filters.addWidget(self.family_label)

        self.family_filter = QComboBox(CaseloadPage)
        self.family_filter.setObjectName(u"family_filter")
        self.family_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.family_filter.setMinimumContentsLength(12)
        self.family_filter.setIconSize(QSize(0, 0))

        self.filters.addWidget(self.family_filter)

        self.person_label = QLabel(CaseloadPage)
        self.person_label.setObjectName(u"person_label")

        self.filters.addWidget(self.person_label)

        self.person_filter = QComboBox(CaseloadPage)
        self.person_filter.setObjectName(u"person_filter")

        self.filters.addWidget(self.person_filter)

        self.team_label = QLabel(CaseloadPage)
        self.team_label.setObjectName(u"team_label")

        self.filters.addWidget(self.team_label)

        self.team_filter = QComboBox(CaseloadPage)
        self.team_filter.setObjectName(u"team_filter")

        self.filters.addWidget(self.team_filter)

        self.filters.setStretch(1, 1)
        self.filters.setStretch(3, 1)
        self.filters.setStretch(5, 1)

        self.page_layout.addLayout(self.filters)

        self.unreadable = QLabel(CaseloadPage)
        self.unreadable.setObjectName(u"unreadable")
        self.unreadable.setStyleSheet(u"color: rgb(176, 0, 32);")
        self.unreadable.setWordWrap(True)
        self.unreadable.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.unreadable)

        self.splitter = QSplitter(CaseloadPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.actions_box = QGroupBox(self.splitter)
        self.actions_box.setObjectName(u"actions_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actions_box.sizePolicy().hasHeightForWidth())
        self.actions_box.setSizePolicy(sizePolicy)
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")
        self.table = QTableView(self.actions_box)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)

        self.actions_layout.addWidget(self.table)

        self.count = QLabel(self.actions_box)
        self.count.setObjectName(u"count")

        self.actions_layout.addWidget(self.count)

        self.splitter.addWidget(self.actions_box)
        self.side = QWidget(self.splitter)
        self.side.setObjectName(u"side")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.side.sizePolicy().hasHeightForWidth())
        self.side.setSizePolicy(sizePolicy1)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.meetings_box = QGroupBox(self.side)
        self.meetings_box.setObjectName(u"meetings_box")
        self.meetings_layout = QVBoxLayout(self.meetings_box)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings = QListView(self.meetings_box)
        self.meetings.setObjectName(u"meetings")
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setResizeMode(QListView.ResizeMode.Adjust)
        self.meetings.setWordWrap(True)

        self.meetings_layout.addWidget(self.meetings)


        self.side_layout.addWidget(self.meetings_box)

        self.evaluations_box = QGroupBox(self.side)
        self.evaluations_box.setObjectName(u"evaluations_box")
        self.evaluations_layout = QVBoxLayout(self.evaluations_box)
        self.evaluations_layout.setObjectName(u"evaluations_layout")
        self.evaluations = QListView(self.evaluations_box)
        self.evaluations.setObjectName(u"evaluations")
        self.evaluations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evaluations.setResizeMode(QListView.ResizeMode.Adjust)
        self.evaluations.setWordWrap(True)

        self.evaluations_layout.addWidget(self.evaluations)


        self.side_layout.addWidget(self.evaluations_box)

        self.groups_box = QGroupBox(self.side)
        self.groups_box.setObjectName(u"groups_box")
        self.groups_layout = QVBoxLayout(self.groups_box)
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups = QListView(self.groups_box)
        self.groups.setObjectName(u"groups")
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.setResizeMode(QListView.ResizeMode.Adjust)
        self.groups.setWordWrap(True)

        self.groups_layout.addWidget(self.groups)


        self.side_layout.addWidget(self.groups_box)

        self.side_layout.setStretch(0, 1)
        self.side_layout.setStretch(1, 1)
        self.side_layout.setStretch(2, 1)
        self.splitter.addWidget(self.side)

        self.page_layout.addWidget(self.splitter)

        self.page_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.family_label.setBuddy(self.family_filter)
        self.person_label.setBuddy(self.person_filter)
        self.team_label.setBuddy(self.team_filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseloadPage)

        QMetaObject.connectSlotsByName(CaseloadPage)
    # setupUi

    def retranslateUi(self, CaseloadPage):
        self.title.setText(QCoreApplication.translate("CaseloadPage", u"The coach's week", None))
#if QT_CONFIG(accessibility)
        self.families_button.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"All families", None))
#endif // QT_CONFIG(accessibility)
        self.families_button.setText(QCoreApplication.translate("CaseloadPage", u"&All families\u2026", None))
#if QT_CONFIG(accessibility)
        self.ics_button.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Export meetings and due actions to a calendar file", None))
#endif // QT_CONFIG(accessibility)
        self.ics_button.setText(QCoreApplication.translate("CaseloadPage", u"E&xport to calendar (.ics)\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("CaseloadPage", u"A one-page \"who does what\" for the selected family, in the family's language, to print or give to the family.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"One page who does what for the family", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("CaseloadPage", u"&Who does what (PDF)\u2026", None))
        self.family_label.setText(QCoreApplication.translate("CaseloadPage", u"Famil&y:", None))
#if QT_CONFIG(accessibility)
        self.family_filter.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Show the actions of this family", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("CaseloadPage", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_filter.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Show the actions of this person", None))
#endif // QT_CONFIG(accessibility)
        self.team_label.setText(QCoreApplication.translate("CaseloadPage", u"&Team:", None))
#if QT_CONFIG(accessibility)
        self.team_filter.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Show the actions of this team", None))
#endif // QT_CONFIG(accessibility)
        self.actions_box.setTitle(QCoreApplication.translate("CaseloadPage", u"Open actions by due date", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Open actions across families", None))
#endif // QT_CONFIG(accessibility)
        self.meetings_box.setTitle(QCoreApplication.translate("CaseloadPage", u"Upcoming meetings", None))
#if QT_CONFIG(accessibility)
        self.meetings.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Upcoming meetings", None))
#endif // QT_CONFIG(accessibility)
        self.evaluations_box.setTitle(QCoreApplication.translate("CaseloadPage", u"Evaluations due", None))
#if QT_CONFIG(accessibility)
        self.evaluations.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Evaluations due", None))
#endif // QT_CONFIG(accessibility)
        self.groups_box.setTitle(QCoreApplication.translate("CaseloadPage", u"Families per phase", None))
#if QT_CONFIG(accessibility)
        self.groups.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Families per phase", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

