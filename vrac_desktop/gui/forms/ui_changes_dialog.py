# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'changes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from vrac_desktop.gui.diff_view import DiffView

class Ui_ChangesDialog(object):
    def setupUi(self, ChangesDialog):
        if not ChangesDialog.objectName():
            ChangesDialog.setObjectName(u"ChangesDialog")
        ChangesDialog.resize(900, 700)
        self.layout = QVBoxLayout(ChangesDialog)
        self.layout.setObjectName(u"layout")
        self.pickers = QHBoxLayout()
        self.pickers.setObjectName(u"pickers")
        self.from_label = QLabel(ChangesDialog)
        self.from_label.setObjectName(u"from_label")

        self.pickers.addWidget(self.from_label)

        self.old = QComboBox(ChangesDialog)
        self.old.setObjectName(u"old")

        self.pickers.addWidget(self.old)

        self.to_label = QLabel(ChangesDialog)
        self.to_label.setObjectName(u"to_label")

        self.pickers.addWidget(self.to_label)

        self.new = QComboBox(ChangesDialog)
        self.new.setObjectName(u"new")

        self.pickers.addWidget(self.new)

        self.pickers_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickers.addItem(self.pickers_stretch)

        self.pickers.setStretch(4, 1)

        self.layout.addLayout(self.pickers)

        self.view = DiffView(ChangesDialog)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.buttons = QDialogButtonBox(ChangesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ChangesDialog)

        QMetaObject.connectSlotsByName(ChangesDialog)
    # setupUi

    def retranslateUi(self, ChangesDialog):
        ChangesDialog.setWindowTitle(QCoreApplication.translate("ChangesDialog", u"What changed", None))
        self.from_label.setText(QCoreApplication.translate("ChangesDialog", u"From:", None))
#if QT_CONFIG(accessibility)
        self.old.setAccessibleName(QCoreApplication.translate("ChangesDialog", u"Compare from version", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ChangesDialog", u"To:", None))
#if QT_CONFIG(accessibility)
        self.new.setAccessibleName(QCoreApplication.translate("ChangesDialog", u"Compare to version", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

