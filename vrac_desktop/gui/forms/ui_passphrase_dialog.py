# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit,
    QVBoxLayout)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(PassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel(PassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphrase_label = QLabel(PassphraseDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(PassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(PassphraseDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(PassphraseDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addLayout(self.form)

        self.error = QLabel(PassphraseDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Unlock", None))
        self.intro.setText(QCoreApplication.translate("PassphraseDialog", u"Type the passphrase to open your data.", None))
        self.passphrase_label.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("PassphraseDialog", u"&Repeat:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Repeat passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

