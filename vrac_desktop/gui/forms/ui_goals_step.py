# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goals_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QListWidget, QVBoxLayout)

class Ui_GoalsStep(object):
    def setupUi(self, needs_box):
        if not needs_box.objectName():
            needs_box.setObjectName(u"needs_box")
        self.needs_layout = QVBoxLayout(needs_box)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs = QListWidget(needs_box)
        self.needs.setObjectName(u"needs")

        self.needs_layout.addWidget(self.needs)


        self.retranslateUi(needs_box)

        QMetaObject.connectSlotsByName(needs_box)
    # setupUi

    def retranslateUi(self, needs_box):
        needs_box.setTitle(QCoreApplication.translate("GoalsStep", u"Needs this goal serves", None))
#if QT_CONFIG(accessibility)
        self.needs.setAccessibleName(QCoreApplication.translate("GoalsStep", u"Needs the selected goal serves", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

