# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coach_name_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_CoachNameDialog(object):
    def setupUi(self, coachName):
        if not coachName.objectName():
            coachName.setObjectName(u"coachName")
        coachName.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(coachName)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(coachName)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(coachName)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(coachName)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(coachName)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(coachName)

        QMetaObject.connectSlotsByName(coachName)
    # setupUi

    def retranslateUi(self, coachName):
        coachName.setWindowTitle(QCoreApplication.translate("CoachNameDialog", u"Welcome to VRAC Desktop", None))
        self.intro.setText(QCoreApplication.translate("CoachNameDialog", u"Every plan version records who saved it. What is your name, as the families and your team know you? (You can change it later in Preferences.)", None))
        self.name_label.setText(QCoreApplication.translate("CoachNameDialog", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CoachNameDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

