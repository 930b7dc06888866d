# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CyclePanel(object):
    def setupUi(self, CyclePanel):
        if not CyclePanel.objectName():
            CyclePanel.setObjectName(u"CyclePanel")
        self.panel_layout = QHBoxLayout(CyclePanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.phase_box = QGroupBox(CyclePanel)
        self.phase_box.setObjectName(u"phase_box")
        self.phase_layout = QVBoxLayout(self.phase_box)
        self.phase_layout.setObjectName(u"phase_layout")
        self.phase = QLabel(self.phase_box)
        self.phase.setObjectName(u"phase")
        font = QFont()
        font.setBold(True)
        self.phase.setFont(font)

        self.phase_layout.addWidget(self.phase)

        self.about = QLabel(self.phase_box)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.phase_layout.addWidget(self.about)

        self.history = QListWidget(self.phase_box)
        self.history.setObjectName(u"history")
        self.history.setWordWrap(True)

        self.phase_layout.addWidget(self.history)

        self.phase_button = QPushButton(self.phase_box)
        self.phase_button.setObjectName(u"phase_button")

        self.phase_layout.addWidget(self.phase_button)


        self.panel_layout.addWidget(self.phase_box)

        self.evaluations_box = QGroupBox(CyclePanel)
        self.evaluations_box.setObjectName(u"evaluations_box")
        self.evaluations_layout = QVBoxLayout(self.evaluations_box)
        self.evaluations_layout.setObjectName(u"evaluations_layout")
        self.evaluations = QListWidget(self.evaluations_box)
        self.evaluations.setObjectName(u"evaluations")
        self.evaluations.setWordWrap(True)

        self.evaluations_layout.addWidget(self.evaluations)


        self.panel_layout.addWidget(self.evaluations_box)

        self.end_box = QGroupBox(CyclePanel)
        self.end_box.setObjectName(u"end_box")
        self.end_layout = QVBoxLayout(self.end_box)
        self.end_layout.setObjectName(u"end_layout")
        self.transition = QLabel(self.end_box)
        self.transition.setObjectName(u"transition")
        self.transition.setWordWrap(True)

        self.end_layout.addWidget(self.transition)

        self.transition_button = QPushButton(self.end_box)
        self.transition_button.setObjectName(u"transition_button")

        self.end_layout.addWidget(self.transition_button)

        self.end_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.end_layout.addItem(self.end_stretch)

        self.end_layout.setStretch(2, 1)

        self.panel_layout.addWidget(self.end_box)

        self.panel_layout.setStretch(0, 1)
        self.panel_layout.setStretch(1, 1)
        self.panel_layout.setStretch(2, 1)

        self.retranslateUi(CyclePanel)

        QMetaObject.connectSlotsByName(CyclePanel)
    # setupUi

    def retranslateUi(self, CyclePanel):
        self.phase_box.setTitle(QCoreApplication.translate("CyclePanel", u"Wraparound phase", None))
#if QT_CONFIG(accessibility)
        self.phase.setAccessibleName(QCoreApplication.translate("CyclePanel", u"Current phase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("CyclePanel", u"Phase history", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phase_button.setAccessibleName(QCoreApplication.translate("CyclePanel", u"Change phase", None))
#endif // QT_CONFIG(accessibility)
        self.phase_button.setText(QCoreApplication.translate("CyclePanel", u"C&hange phase\u2026", None))
        self.evaluations_box.setTitle(QCoreApplication.translate("CyclePanel", u"Six-month evaluations", None))
#if QT_CONFIG(accessibility)
        self.evaluations.setAccessibleName(QCoreApplication.translate("CyclePanel", u"Recorded evaluations", None))
#endif // QT_CONFIG(accessibility)
        self.end_box.setTitle(QCoreApplication.translate("CyclePanel", u"Transition", None))
#if QT_CONFIG(accessibility)
        self.transition_button.setAccessibleName(QCoreApplication.translate("CyclePanel", u"Start the closing meeting", None))
#endif // QT_CONFIG(accessibility)
        self.transition_button.setText(QCoreApplication.translate("CyclePanel", u"Closing meeting and transition p&lan\u2026", None))
        pass
    # retranslateUi

