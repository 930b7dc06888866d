# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QLabel, QVBoxLayout)

class Ui_PeriodStep(object):
    def setupUi(self, period):
        if not period.objectName():
            period.setObjectName(u"period")
        self.layout = QVBoxLayout(period)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.start_label = QLabel(period)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QDateEdit(period)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(period)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QDateEdit(period)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end)


        self.layout.addLayout(self.form)

        self.version = QLabel(period)
        self.version.setObjectName(u"version")
        self.version.setWordWrap(True)

        self.layout.addWidget(self.version)

        self.problem = QLabel(period)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b00020;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(period)

        QMetaObject.connectSlotsByName(period)
    # setupUi

    def retranslateUi(self, period):
        self.start_label.setText(QCoreApplication.translate("PeriodStep", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("PeriodStep", u"Period starts", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("PeriodStep", u"&Until:", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("PeriodStep", u"Period ends", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

