# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit)

class Ui_PhaseDialog(object):
    def setupUi(self, PhaseDialog):
        if not PhaseDialog.objectName():
            PhaseDialog.setObjectName(u"PhaseDialog")
        self.form = QFormLayout(PhaseDialog)
        self.form.setObjectName(u"form")
        self.now = QLabel(PhaseDialog)
        self.now.setObjectName(u"now")

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.now)

        self.phase_label = QLabel(PhaseDialog)
        self.phase_label.setObjectName(u"phase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase = QComboBox(PhaseDialog)
        self.phase.setObjectName(u"phase")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phase)

        self.about = QLabel(PhaseDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.about)

        self.on_label = QLabel(PhaseDialog)
        self.on_label.setObjectName(u"on_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(PhaseDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.on)

        self.reason_label = QLabel(PhaseDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(PhaseDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.error = QLabel(PhaseDialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.error)

        self.buttons = QDialogButtonBox(PhaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.phase_label.setBuddy(self.phase)
        self.on_label.setBuddy(self.on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhaseDialog)

        QMetaObject.connectSlotsByName(PhaseDialog)
    # setupUi

    def retranslateUi(self, PhaseDialog):
        PhaseDialog.setWindowTitle(QCoreApplication.translate("PhaseDialog", u"Change phase", None))
        self.phase_label.setText(QCoreApplication.translate("PhaseDialog", u"&New phase:", None))
#if QT_CONFIG(accessibility)
        self.phase.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"New phase", None))
#endif // QT_CONFIG(accessibility)
        self.on_label.setText(QCoreApplication.translate("PhaseDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.on.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Date of the change", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("PhaseDialog", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Why", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("PhaseDialog", u"e.g. the team is formed, the family decides to end", None))
    # retranslateUi

