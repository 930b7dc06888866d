# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signature_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QVBoxLayout)

from vrac_desktop.gui.signature_pad import SignaturePad

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        self.layout = QVBoxLayout(SignatureDialog)
        self.layout.setObjectName(u"layout")
        self.signer = QLabel(SignatureDialog)
        self.signer.setObjectName(u"signer")

        self.layout.addWidget(self.signer)

        self.pad = SignaturePad(SignatureDialog)
        self.pad.setObjectName(u"pad")

        self.layout.addWidget(self.pad)

        self.buttons = QDialogButtonBox(SignatureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(SignatureDialog)

        QMetaObject.connectSlotsByName(SignatureDialog)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        pass
    # retranslateUi

