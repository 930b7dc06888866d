# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'text_field.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_TextField(object):
    def setupUi(self, TextField):
        if not TextField.objectName():
            TextField.setObjectName(u"TextField")
        self.layout = QVBoxLayout(TextField)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(TextField)
        self.caption.setObjectName(u"caption")

        self.layout.addWidget(self.caption)

        self.edit = QPlainTextEdit(TextField)
        self.edit.setObjectName(u"edit")
        self.edit.setTabChangesFocus(True)

        self.layout.addWidget(self.edit)

        self.private = QCheckBox(TextField)
        self.private.setObjectName(u"private")

        self.layout.addWidget(self.private)

        self.warning = QLabel(TextField)
        self.warning.setObjectName(u"warning")
        self.warning.setVisible(False)
        self.warning.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.warning)

#if QT_CONFIG(shortcut)
        self.caption.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TextField)

        QMetaObject.connectSlotsByName(TextField)
    # setupUi

    def retranslateUi(self, TextField):
        self.private.setText(QCoreApplication.translate("TextField", u"Professionals only (not shown to the family)", None))
        pass
    # retranslateUi

