# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget)

class Ui_TeamStep(object):
    def setupUi(self, today_box):
        if not today_box.objectName():
            today_box.setObjectName(u"today_box")
        self.form = QFormLayout(today_box)
        self.form.setObjectName(u"form")
        self.attendance_label = QLabel(today_box)
        self.attendance_label.setObjectName(u"attendance_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attendance_label)

        self.attendance = QListWidget(today_box)
        self.attendance.setObjectName(u"attendance")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.attendance)

        self.facilitator_label = QLabel(today_box)
        self.facilitator_label.setObjectName(u"facilitator_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.facilitator_label)

        self.facilitator = QComboBox(today_box)
        self.facilitator.setObjectName(u"facilitator")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.facilitator)

        self.location_label = QLabel(today_box)
        self.location_label.setObjectName(u"location_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(today_box)
        self.location.setObjectName(u"location")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)

#if QT_CONFIG(shortcut)
        self.attendance_label.setBuddy(self.attendance)
        self.facilitator_label.setBuddy(self.facilitator)
        self.location_label.setBuddy(self.location)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(today_box)

        QMetaObject.connectSlotsByName(today_box)
    # setupUi

    def retranslateUi(self, today_box):
        today_box.setTitle(QCoreApplication.translate("TeamStep", u"Today", None))
        self.attendance_label.setText(QCoreApplication.translate("TeamStep", u"Present:", None))
#if QT_CONFIG(accessibility)
        self.attendance.setAccessibleName(QCoreApplication.translate("TeamStep", u"Present today", None))
#endif // QT_CONFIG(accessibility)
        self.facilitator_label.setText(QCoreApplication.translate("TeamStep", u"Fa&cilitator:", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("TeamStep", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("TeamStep", u"&Where:", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("TeamStep", u"Where we meet", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

