# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'families_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_FamiliesPage(object):
    def setupUi(self, FamiliesPage):
        if not FamiliesPage.objectName():
            FamiliesPage.setObjectName(u"FamiliesPage")
        self.layout = QVBoxLayout(FamiliesPage)
        self.layout.setObjectName(u"layout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.search = QLineEdit(FamiliesPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.show_closed = QCheckBox(FamiliesPage)
        self.show_closed.setObjectName(u"show_closed")

        self.bar.addWidget(self.show_closed)

        self.phase_filter = QComboBox(FamiliesPage)
        self.phase_filter.setObjectName(u"phase_filter")

        self.bar.addWidget(self.phase_filter)

        self.new_button = QPushButton(FamiliesPage)
        self.new_button.setObjectName(u"new_button")

        self.bar.addWidget(self.new_button)

        self.week_button = QPushButton(FamiliesPage)
        self.week_button.setObjectName(u"week_button")

        self.bar.addWidget(self.week_button)

        self.bar.setStretch(0, 1)

        self.layout.addLayout(self.bar)

        self.table = QTableView(FamiliesPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.empty_label = QLabel(FamiliesPage)
        self.empty_label.setObjectName(u"empty_label")

        self.layout.addWidget(self.empty_label)

        self.layout.setStretch(1, 1)

        self.retranslateUi(FamiliesPage)

        QMetaObject.connectSlotsByName(FamiliesPage)
    # setupUi

    def retranslateUi(self, FamiliesPage):
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"Search families", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("FamiliesPage", u"Search by family, child or team member name, or reference", None))
#if QT_CONFIG(accessibility)
        self.show_closed.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"Show closed families", None))
#endif // QT_CONFIG(accessibility)
        self.show_closed.setText(QCoreApplication.translate("FamiliesPage", u"Show &closed", None))
#if QT_CONFIG(accessibility)
        self.phase_filter.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"Show families in phase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"New family", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("FamiliesPage", u"&New family\u2026", None))
#if QT_CONFIG(accessibility)
        self.week_button.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"The coach's week", None))
#endif // QT_CONFIG(accessibility)
        self.week_button.setText(QCoreApplication.translate("FamiliesPage", u"The coach's &week", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"Families", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

