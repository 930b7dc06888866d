# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QVBoxLayout)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.copy_label = QLabel(ExportDialog)
        self.copy_label.setObjectName(u"copy_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.copy_label)

        self.copies = QVBoxLayout()
        self.copies.setObjectName(u"copies")
        self.family_copy = QRadioButton(ExportDialog)
        self.family_copy.setObjectName(u"family_copy")
        self.family_copy.setChecked(True)

        self.copies.addWidget(self.family_copy)

        self.professional_copy = QRadioButton(ExportDialog)
        self.professional_copy.setObjectName(u"professional_copy")

        self.copies.addWidget(self.professional_copy)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.copies)

        self.files_label = QLabel(ExportDialog)
        self.files_label.setObjectName(u"files_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.files_label)

        self.formats = QVBoxLayout()
        self.formats.setObjectName(u"formats")
        self.pdf = QRadioButton(ExportDialog)
        self.pdf.setObjectName(u"pdf")
        self.pdf.setChecked(True)

        self.formats.addWidget(self.pdf)

        self.docx = QRadioButton(ExportDialog)
        self.docx.setObjectName(u"docx")

        self.formats.addWidget(self.docx)

        self.both = QRadioButton(ExportDialog)
        self.both.setObjectName(u"both")

        self.formats.addWidget(self.both)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.formats)

        self.path_label = QLabel(ExportDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path = QLineEdit(ExportDialog)
        self.path.setObjectName(u"path")

        self.path_row.addWidget(self.path)

        self.choose = QPushButton(ExportDialog)
        self.choose.setObjectName(u"choose")

        self.path_row.addWidget(self.choose)

        self.path_row.setStretch(0, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.path_row)


        self.layout.addLayout(self.form)

        self.error = QLabel(ExportDialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export signed document", None))
        self.copy_label.setText(QCoreApplication.translate("ExportDialog", u"Copy:", None))
        self.family_copy.setText(QCoreApplication.translate("ExportDialog", u"&Family copy (leaves out professional-only items)", None))
        self.professional_copy.setText(QCoreApplication.translate("ExportDialog", u"&Professional copy", None))
        self.files_label.setText(QCoreApplication.translate("ExportDialog", u"Files:", None))
        self.pdf.setText(QCoreApplication.translate("ExportDialog", u"P&DF (the signed original)", None))
        self.docx.setText(QCoreApplication.translate("ExportDialog", u"&Word (.docx, editable, signature in a .p7s file)", None))
        self.both.setText(QCoreApplication.translate("ExportDialog", u"&Both", None))
        self.path_label.setText(QCoreApplication.translate("ExportDialog", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Where to save the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.choose.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose where to save the document", None))
#endif // QT_CONFIG(accessibility)
        self.choose.setText(QCoreApplication.translate("ExportDialog", u"&Choose\u2026", None))
    # retranslateUi

