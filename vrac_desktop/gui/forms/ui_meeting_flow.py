# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_flow.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout)

from vrac_desktop.gui.meeting_timer import MeetingTimer

class Ui_MeetingFlow(object):
    def setupUi(self, MeetingFlow):
        if not MeetingFlow.objectName():
            MeetingFlow.setObjectName(u"MeetingFlow")
        self.layout = QVBoxLayout(MeetingFlow)
        self.layout.setObjectName(u"layout")
        self.banner = QLabel(MeetingFlow)
        self.banner.setObjectName(u"banner")
        self.banner.setStyleSheet(u"font-weight: bold;")
        self.banner.setWordWrap(True)

        self.layout.addWidget(self.banner)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.navigator = QListWidget(MeetingFlow)
        self.navigator.setObjectName(u"navigator")
        self.navigator.setMaximumSize(QSize(230, 16777215))
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setResizeMode(QListView.ResizeMode.Adjust)
        self.navigator.setWordWrap(True)

        self.middle.addWidget(self.navigator)

        self.stack = QStackedWidget(MeetingFlow)
        self.stack.setObjectName(u"stack")

        self.middle.addWidget(self.stack)

        self.middle.setStretch(1, 1)

        self.layout.addLayout(self.middle)

        self.nav = QHBoxLayout()
        self.nav.setObjectName(u"nav")
        self.back_button = QPushButton(MeetingFlow)
        self.back_button.setObjectName(u"back_button")

        self.nav.addWidget(self.back_button)

        self.before_timer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav.addItem(self.before_timer)

        self.timer = MeetingTimer(MeetingFlow)
        self.timer.setObjectName(u"timer")

        self.nav.addWidget(self.timer)

        self.after_timer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav.addItem(self.after_timer)

        self.next_button = QPushButton(MeetingFlow)
        self.next_button.setObjectName(u"next_button")

        self.nav.addWidget(self.next_button)

        self.nav.setStretch(1, 1)
        self.nav.setStretch(3, 1)

        self.layout.addLayout(self.nav)

        self.layout.setStretch(1, 1)

        self.retranslateUi(MeetingFlow)

        QMetaObject.connectSlotsByName(MeetingFlow)
    # setupUi

    def retranslateUi(self, MeetingFlow):
#if QT_CONFIG(accessibility)
        self.navigator.setAccessibleName(QCoreApplication.translate("MeetingFlow", u"Meeting steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("MeetingFlow", u"Previous step", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("MeetingFlow", u"\u2190 &Back", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("MeetingFlow", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("MeetingFlow", u"&Next \u2192", None))
        pass
    # retranslateUi

