# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QMetaObject)
from PySide6.QtWidgets import (QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget)

from vrac_desktop.gui.widgets import StepHeading

class Ui_Step(object):
    def setupUi(self, Step):
        if not Step.objectName():
            Step.setObjectName(u"Step")
        self.outer = QVBoxLayout(Step)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(Step)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.page = QWidget()
        self.page.setObjectName(u"page")
        self.body = QVBoxLayout(self.page)
        self.body.setObjectName(u"body")
        self.heading = StepHeading(self.page)
        self.heading.setObjectName(u"heading")

        self.body.addWidget(self.heading)

        self.hint = QLabel(self.page)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.body.addWidget(self.hint)

        self.scroll.setWidget(self.page)

        self.outer.addWidget(self.scroll)


        self.retranslateUi(Step)

        QMetaObject.connectSlotsByName(Step)
    # setupUi

    def retranslateUi(self, Step):
        pass
    # retranslateUi

