# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fidelity_summary_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QTableView, QVBoxLayout)

class Ui_FidelitySummaryDialog(object):
    def setupUi(self, FidelitySummaryDialog):
        if not FidelitySummaryDialog.objectName():
            FidelitySummaryDialog.setObjectName(u"FidelitySummaryDialog")
        FidelitySummaryDialog.resize(1000, 640)
        self.dialog_layout = QVBoxLayout(FidelitySummaryDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.note = QLabel(FidelitySummaryDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.dialog_layout.addWidget(self.note)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.group_label = QLabel(FidelitySummaryDialog)
        self.group_label.setObjectName(u"group_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group = QComboBox(FidelitySummaryDialog)
        self.group.setObjectName(u"group")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group)


        self.dialog_layout.addLayout(self.form)

        self.status = QLabel(FidelitySummaryDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.dialog_layout.addWidget(self.status)

        self.table = QTableView(FidelitySummaryDialog)
        self.table.setObjectName(u"table")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(FidelitySummaryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.group_label.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FidelitySummaryDialog)

        QMetaObject.connectSlotsByName(FidelitySummaryDialog)
    # setupUi

    def retranslateUi(self, FidelitySummaryDialog):
        FidelitySummaryDialog.setWindowTitle(QCoreApplication.translate("FidelitySummaryDialog", u"Fidelity summary of all families", None))
        self.note.setText(QCoreApplication.translate("FidelitySummaryDialog", u"Anonymous: no names, no references, coaches by number. Groups of fewer than 5 families are not shown and counts of 1 to 4 families are withheld (<5). Each measure on its own: there is no overall score.", None))
        self.group_label.setText(QCoreApplication.translate("FidelitySummaryDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.group.setAccessibleName(QCoreApplication.translate("FidelitySummaryDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FidelitySummaryDialog", u"Distributions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

