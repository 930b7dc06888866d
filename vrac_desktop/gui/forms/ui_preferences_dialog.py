# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        self.outer = QVBoxLayout(PreferencesDialog)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(PreferencesDialog)
        self.tabs.setObjectName(u"tabs")
        self.general = QWidget()
        self.general.setObjectName(u"general")
        self.form = QFormLayout(self.general)
        self.form.setObjectName(u"form")
        self.coach_label = QLabel(self.general)
        self.coach_label.setObjectName(u"coach_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.coach_label)

        self.coach = QLineEdit(self.general)
        self.coach.setObjectName(u"coach")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.coach)

        self.organisation_label = QLabel(self.general)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation = QLineEdit(self.general)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.logo_label = QLabel(self.general)
        self.logo_label.setObjectName(u"logo_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo = QLineEdit(self.general)
        self.logo.setObjectName(u"logo")

        self.logo_row.addWidget(self.logo)

        self.browse = QPushButton(self.general)
        self.browse.setObjectName(u"browse")

        self.logo_row.addWidget(self.browse)

        self.logo_row.setStretch(0, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logo_row)

        self.location_label = QLabel(self.general)
        self.location_label.setObjectName(u"location_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(self.general)
        self.location.setObjectName(u"location")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location)

        self.lock_label = QLabel(self.general)
        self.lock_label.setObjectName(u"lock_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lock_label)

        self.lock = QSpinBox(self.general)
        self.lock.setObjectName(u"lock")
        self.lock.setMinimum(0)
        self.lock.setMaximum(240)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lock)

        self.autosave_label = QLabel(self.general)
        self.autosave_label.setObjectName(u"autosave_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.autosave_label)

        self.autosave = QSpinBox(self.general)
        self.autosave.setObjectName(u"autosave")
        self.autosave.setMinimum(1)
        self.autosave.setMaximum(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.autosave)

        self.font_pt_label = QLabel(self.general)
        self.font_pt_label.setObjectName(u"font_pt_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.font_pt_label)

        self.font_pt = QSpinBox(self.general)
        self.font_pt.setObjectName(u"font_pt")
        self.font_pt.setMinimum(20)
        self.font_pt.setMaximum(60)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.font_pt)

        self.backup_hours_label = QLabel(self.general)
        self.backup_hours_label.setObjectName(u"backup_hours_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.backup_hours_label)

        self.backup_hours = QSpinBox(self.general)
        self.backup_hours.setObjectName(u"backup_hours")
        self.backup_hours.setMinimum(0)
        self.backup_hours.setMaximum(720)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.backup_hours)

        self.backup_keep_label = QLabel(self.general)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep = QSpinBox(self.general)
        self.backup_keep.setObjectName(u"backup_keep")
        self.backup_keep.setMinimum(1)
        self.backup_keep.setMaximum(100)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.backup_keep)

        self.tabs.addTab(self.general, "")

        self.outer.addWidget(self.tabs)

        self.error = QLabel(PreferencesDialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.coach_label.setBuddy(self.coach)
        self.organisation_label.setBuddy(self.organisation)
        self.logo_label.setBuddy(self.logo)
        self.location_label.setBuddy(self.location)
        self.lock_label.setBuddy(self.lock)
        self.autosave_label.setBuddy(self.autosave)
        self.font_pt_label.setBuddy(self.font_pt)
        self.backup_hours_label.setBuddy(self.backup_hours)
        self.backup_keep_label.setBuddy(self.backup_keep)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Preference pages", None))
#endif // QT_CONFIG(accessibility)
        self.coach_label.setText(QCoreApplication.translate("PreferencesDialog", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.coach.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Your name, recorded as author of saved plans", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Organisation named on exported documents", None))
#endif // QT_CONFIG(accessibility)
        self.logo_label.setText(QCoreApplication.translate("PreferencesDialog", u"Logo (PNG):", None))
#if QT_CONFIG(accessibility)
        self.logo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Organisation logo (PNG file)", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("PreferencesDialog", u"&Choose\u2026", None))
        self.location_label.setText(QCoreApplication.translate("PreferencesDialog", u"Signing &place:", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Place recorded in document signatures", None))
#endif // QT_CONFIG(accessibility)
        self.lock_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Lock after:", None))
#if QT_CONFIG(accessibility)
        self.lock.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
        self.lock.setSuffix(QCoreApplication.translate("PreferencesDialog", u" min (0: never)", None))
        self.autosave_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Autosave every:", None))
#if QT_CONFIG(accessibility)
        self.autosave.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Autosave the meeting every this many seconds", None))
#endif // QT_CONFIG(accessibility)
        self.autosave.setSuffix(QCoreApplication.translate("PreferencesDialog", u" s", None))
        self.font_pt_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Family view type size:", None))
#if QT_CONFIG(accessibility)
        self.font_pt.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Type size of the family view", None))
#endif // QT_CONFIG(accessibility)
        self.font_pt.setSuffix(QCoreApplication.translate("PreferencesDialog", u" pt", None))
        self.backup_hours_label.setText(QCoreApplication.translate("PreferencesDialog", u"Automatic &backup every:", None))
#if QT_CONFIG(accessibility)
        self.backup_hours.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Automatic backup every this many hours", None))
#endif // QT_CONFIG(accessibility)
        self.backup_hours.setSuffix(QCoreApplication.translate("PreferencesDialog", u" h (0: never)", None))
        self.backup_keep_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Keep:", None))
#if QT_CONFIG(accessibility)
        self.backup_keep.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Automatic backups to keep", None))
#endif // QT_CONFIG(accessibility)
        self.backup_keep.setSuffix(QCoreApplication.translate("PreferencesDialog", u" backups", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general), QCoreApplication.translate("PreferencesDialog", u"&General", None))
    # retranslateUi

