# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_kit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout)

class Ui_RecoveryKitDialog(object):
    def setupUi(self, RecoveryKitDialog):
        if not RecoveryKitDialog.objectName():
            RecoveryKitDialog.setObjectName(u"RecoveryKitDialog")
        self.layout = QVBoxLayout(RecoveryKitDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RecoveryKitDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.key_label = QLabel(RecoveryKitDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.row.addWidget(self.key_label)

        self.qr = QLabel(RecoveryKitDialog)
        self.qr.setObjectName(u"qr")

        self.row.addWidget(self.qr)

        self.row.setStretch(0, 1)

        self.layout.addLayout(self.row)

        self.status = QLabel(RecoveryKitDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(RecoveryKitDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RecoveryKitDialog)

        QMetaObject.connectSlotsByName(RecoveryKitDialog)
    # setupUi

    def retranslateUi(self, RecoveryKitDialog):
        RecoveryKitDialog.setWindowTitle(QCoreApplication.translate("RecoveryKitDialog", u"Recovery kit", None))
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKitDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.qr.setAccessibleName(QCoreApplication.translate("RecoveryKitDialog", u"Recovery key as QR code", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText(QCoreApplication.translate("RecoveryKitDialog", u"The kit is not saved yet.", None))
    # retranslateUi

