# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        self.layout = QVBoxLayout(LockScreen)
        self.layout.setObjectName(u"layout")
        self.above = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.above)

        self.title = QLabel(LockScreen)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.title)

        self.intro = QLabel(LockScreen)
        self.intro.setObjectName(u"intro")
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.passphrase = QLineEdit(LockScreen)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setMinimumSize(QSize(300, 0))
        self.passphrase.setMaximumSize(QSize(420, 16777215))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)

        self.unlock_button = QPushButton(LockScreen)
        self.unlock_button.setObjectName(u"unlock_button")

        self.layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.message = QLabel(LockScreen)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.below = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.below)

        self.layout.setStretch(0, 2)
        self.layout.setStretch(6, 3)

        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.title.setText(QCoreApplication.translate("LockScreen", u"VRAC Desktop is locked", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("LockScreen", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase.setPlaceholderText(QCoreApplication.translate("LockScreen", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlock message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

