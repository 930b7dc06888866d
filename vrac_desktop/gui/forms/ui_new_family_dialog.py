# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_family_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit)

from vrac_desktop.gui.widgets import LanguageCombo

class Ui_NewFamilyDialog(object):
    def setupUi(self, NewFamilyDialog):
        if not NewFamilyDialog.objectName():
            NewFamilyDialog.setObjectName(u"NewFamilyDialog")
        NewFamilyDialog.setMinimumSize(QSize(480, 0))
        self.form = QFormLayout(NewFamilyDialog)
        self.form.setObjectName(u"form")
        self.name_label = QLabel(NewFamilyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(NewFamilyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.reference_label = QLabel(NewFamilyDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference = QLineEdit(NewFamilyDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reference)

        self.language_label = QLabel(NewFamilyDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = LanguageCombo(NewFamilyDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.home_languages_label = QLabel(NewFamilyDialog)
        self.home_languages_label.setObjectName(u"home_languages_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.home_languages_label)

        self.home_languages = QLineEdit(NewFamilyDialog)
        self.home_languages.setObjectName(u"home_languages")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.home_languages)

        self.interpreter = QCheckBox(NewFamilyDialog)
        self.interpreter.setObjectName(u"interpreter")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.interpreter)

        self.error = QLabel(NewFamilyDialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.error)

        self.buttons = QDialogButtonBox(NewFamilyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.reference_label.setBuddy(self.reference)
        self.language_label.setBuddy(self.language)
        self.home_languages_label.setBuddy(self.home_languages)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewFamilyDialog)

        QMetaObject.connectSlotsByName(NewFamilyDialog)
    # setupUi

    def retranslateUi(self, NewFamilyDialog):
        NewFamilyDialog.setWindowTitle(QCoreApplication.translate("NewFamilyDialog", u"New family", None))
        self.name_label.setText(QCoreApplication.translate("NewFamilyDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("NewFamilyDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.reference_label.setText(QCoreApplication.translate("NewFamilyDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("NewFamilyDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("NewFamilyDialog", u"Family &language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("NewFamilyDialog", u"Family language", None))
#endif // QT_CONFIG(accessibility)
        self.home_languages_label.setText(QCoreApplication.translate("NewFamilyDialog", u"Spoken at &home:", None))
#if QT_CONFIG(accessibility)
        self.home_languages.setAccessibleName(QCoreApplication.translate("NewFamilyDialog", u"Languages spoken at home", None))
#endif // QT_CONFIG(accessibility)
        self.home_languages.setPlaceholderText(QCoreApplication.translate("NewFamilyDialog", u"e.g. Arabic, Tigrinya", None))
        self.interpreter.setText(QCoreApplication.translate("NewFamilyDialog", u"&Interpreter needed at meetings", None))
    # retranslateUi

