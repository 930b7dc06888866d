# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_record_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_MeetingRecordStep(object):
    def setupUi(self, meeting_record):
        if not meeting_record.objectName():
            meeting_record.setObjectName(u"meeting_record")
        self.layout = QVBoxLayout(meeting_record)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.held_on_label = QLabel(meeting_record)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on = QDateEdit(meeting_record)
        self.held_on.setObjectName(u"held_on")
        self.held_on.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.facilitator_label = QLabel(meeting_record)
        self.facilitator_label.setObjectName(u"facilitator_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.facilitator_label)

        self.facilitator = QComboBox(meeting_record)
        self.facilitator.setObjectName(u"facilitator")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.facilitator)

        self.place_label = QLabel(meeting_record)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(meeting_record)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)


        self.layout.addLayout(self.form)

        self.attendance_box = QGroupBox(meeting_record)
        self.attendance_box.setObjectName(u"attendance_box")
        self.attendance_grid = QGridLayout(self.attendance_box)
        self.attendance_grid.setObjectName(u"attendance_grid")

        self.layout.addWidget(self.attendance_box)

        self.notes_label = QLabel(meeting_record)
        self.notes_label.setObjectName(u"notes_label")

        self.layout.addWidget(self.notes_label)

        self.notes = QPlainTextEdit(meeting_record)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.layout.addWidget(self.notes)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on)
        self.facilitator_label.setBuddy(self.facilitator)
        self.place_label.setBuddy(self.place)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(meeting_record)

        QMetaObject.connectSlotsByName(meeting_record)
    # setupUi

    def retranslateUi(self, meeting_record):
        self.held_on_label.setText(QCoreApplication.translate("MeetingRecordStep", u"Meeting &date:", None))
#if QT_CONFIG(accessibility)
        self.held_on.setAccessibleName(QCoreApplication.translate("MeetingRecordStep", u"Meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.facilitator_label.setText(QCoreApplication.translate("MeetingRecordStep", u"Facilitato&r:", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("MeetingRecordStep", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("MeetingRecordStep", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("MeetingRecordStep", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_box.setTitle(QCoreApplication.translate("MeetingRecordStep", u"Attendance", None))
        self.notes_label.setText(QCoreApplication.translate("MeetingRecordStep", u"Min&utes / notes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("MeetingRecordStep", u"Minutes and notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("MeetingRecordStep", u"What was discussed and agreed\u2026", None))
        pass
    # retranslateUi

