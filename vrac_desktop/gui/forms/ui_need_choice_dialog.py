# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'need_choice_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QListView, QListWidget,
    QVBoxLayout)

class Ui_NeedChoiceDialog(object):
    def setupUi(self, needChoice):
        if not needChoice.objectName():
            needChoice.setObjectName(u"needChoice")
        self.layout = QVBoxLayout(needChoice)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(needChoice)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.layout.addWidget(self.question)

        self.list = QListWidget(needChoice)
        self.list.setObjectName(u"list")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)

        self.layout.addWidget(self.list)

        self.buttons = QDialogButtonBox(needChoice)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.question.setBuddy(self.list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(needChoice)

        QMetaObject.connectSlotsByName(needChoice)
    # setupUi

    def retranslateUi(self, needChoice):
        needChoice.setWindowTitle(QCoreApplication.translate("NeedChoiceDialog", u"New goal", None))
        self.question.setText(QCoreApplication.translate("NeedChoiceDialog", u"Which &needs does the new goal serve?", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("NeedChoiceDialog", u"Needs the new goal serves", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

