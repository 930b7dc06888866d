# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QVBoxLayout, QWidget)

class Ui_SyncPanel(object):
    def setupUi(self, SyncPanel):
        if not SyncPanel.objectName():
            SyncPanel.setObjectName(u"SyncPanel")
        self.outer = QVBoxLayout(SyncPanel)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.status = QLabel(SyncPanel)
        self.status.setObjectName(u"status")

        self.row.addWidget(self.status)

        self.bar = QProgressBar(SyncPanel)
        self.bar.setObjectName(u"bar")
        self.bar.setVisible(False)

        self.row.addWidget(self.bar)

        self.button = QPushButton(SyncPanel)
        self.button.setObjectName(u"button")

        self.row.addWidget(self.button)

        self.row.setStretch(0, 1)

        self.outer.addLayout(self.row)

        self.details = QPlainTextEdit(SyncPanel)
        self.details.setObjectName(u"details")
        self.details.setVisible(False)
        self.details.setMinimumSize(QSize(0, 90))
        self.details.setReadOnly(True)

        self.outer.addWidget(self.details)

        self.asking = QWidget(SyncPanel)
        self.asking.setObjectName(u"asking")
        self.asking.setVisible(False)
        self.ask = QHBoxLayout(self.asking)
        self.ask.setObjectName(u"ask")
        self.ask.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit(self.asking)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.ask.addWidget(self.password)

        self.remember_box = QCheckBox(self.asking)
        self.remember_box.setObjectName(u"remember_box")
        self.remember_box.setChecked(True)

        self.ask.addWidget(self.remember_box)

        self.use_password = QPushButton(self.asking)
        self.use_password.setObjectName(u"use_password")

        self.ask.addWidget(self.use_password)

        self.ask.setStretch(0, 1)

        self.outer.addWidget(self.asking)


        self.retranslateUi(SyncPanel)

        QMetaObject.connectSlotsByName(SyncPanel)
    # setupUi

    def retranslateUi(self, SyncPanel):
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("SyncPanel", u"Sync status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bar.setAccessibleName(QCoreApplication.translate("SyncPanel", u"Sync progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.button.setToolTip(QCoreApplication.translate("SyncPanel", u"Send this laptop's changes to the team server and receive the team's", None))
#endif // QT_CONFIG(tooltip)
        self.button.setText(QCoreApplication.translate("SyncPanel", u"S&ync now", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("SyncPanel", u"Sync problems", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("SyncPanel", u"Team server password", None))
#endif // QT_CONFIG(accessibility)
        self.password.setPlaceholderText(QCoreApplication.translate("SyncPanel", u"Team server password", None))
#if QT_CONFIG(tooltip)
        self.remember_box.setToolTip(QCoreApplication.translate("SyncPanel", u"Kept in the OS keyring, or inside the encrypted database; never in a settings file", None))
#endif // QT_CONFIG(tooltip)
        self.remember_box.setText(QCoreApplication.translate("SyncPanel", u"&Remember on this computer", None))
        self.use_password.setText(QCoreApplication.translate("SyncPanel", u"Sync &with this password", None))
        pass
    # retranslateUi

