# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reconcile_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QGridLayout, QLabel, QScrollArea,
    QVBoxLayout, QWidget)

class Ui_ReconcileDialog(object):
    def setupUi(self, ReconcileDialog):
        if not ReconcileDialog.objectName():
            ReconcileDialog.setObjectName(u"ReconcileDialog")
        ReconcileDialog.resize(1100, 760)
        self.layout = QVBoxLayout(ReconcileDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ReconcileDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(ReconcileDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid_host.setObjectName(u"grid_host")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setObjectName(u"grid")
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.scroll.setWidget(self.grid_host)

        self.layout.addWidget(self.scroll)

        self.message = QLabel(ReconcileDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #a00000;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ReconcileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ReconcileDialog)

        QMetaObject.connectSlotsByName(ReconcileDialog)
    # setupUi

    def retranslateUi(self, ReconcileDialog):
        ReconcileDialog.setWindowTitle(QCoreApplication.translate("ReconcileDialog", u"Two versions of this plan", None))
        self.intro.setText(QCoreApplication.translate("ReconcileDialog", u"This plan was changed on two laptops while they were offline. Both versions are kept; nothing was lost. Choose for each section which one to keep, then save: this adds a new version that joins the two.", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ReconcileDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

