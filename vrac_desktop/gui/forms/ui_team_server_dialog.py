# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_server_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

class Ui_TeamServerDialog(object):
    def setupUi(self, TeamServerDialog):
        if not TeamServerDialog.objectName():
            TeamServerDialog.setObjectName(u"TeamServerDialog")
        self.layout = QVBoxLayout(TeamServerDialog)
        self.layout.setObjectName(u"layout")
        self.join_box = QGroupBox(TeamServerDialog)
        self.join_box.setObjectName(u"join_box")
        self.join = QVBoxLayout(self.join_box)
        self.join.setObjectName(u"join")
        self.join_code = QPlainTextEdit(self.join_box)
        self.join_code.setObjectName(u"join_code")
        self.join_code.setMaximumSize(QSize(16777215, 70))
        self.join_code.setTabChangesFocus(True)
        self.join_code.setPlaceholderText(u"VRACJOIN1-\u2026")

        self.join.addWidget(self.join_code)

        self.key_code = QLineEdit(self.join_box)
        self.key_code.setObjectName(u"key_code")

        self.join.addWidget(self.key_code)

        self.join_button = QPushButton(self.join_box)
        self.join_button.setObjectName(u"join_button")

        self.join.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignRight)


        self.layout.addWidget(self.join_box)

        self.address_box = QGroupBox(TeamServerDialog)
        self.address_box.setObjectName(u"address_box")
        self.form = QFormLayout(self.address_box)
        self.form.setObjectName(u"form")
        self.address_label = QLabel(self.address_box)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.address_box)
        self.address.setObjectName(u"address")
        self.address.setPlaceholderText(u"postgresql://user@host/database")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address)

        self.team_label = QLabel(self.address_box)
        self.team_label.setObjectName(u"team_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team = QLineEdit(self.address_box)
        self.team.setObjectName(u"team")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.team)

        self.password_label = QLabel(self.address_box)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.address_box)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.remember = QCheckBox(self.address_box)
        self.remember.setObjectName(u"remember")
        self.remember.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.remember)

        self.ca_label = QLabel(self.address_box)
        self.ca_label.setObjectName(u"ca_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ca_label)

        self.ca_row = QHBoxLayout()
        self.ca_row.setObjectName(u"ca_row")
        self.ca_file = QLineEdit(self.address_box)
        self.ca_file.setObjectName(u"ca_file")

        self.ca_row.addWidget(self.ca_file)

        self.browse = QPushButton(self.address_box)
        self.browse.setObjectName(u"browse")

        self.ca_row.addWidget(self.browse)

        self.ca_row.setStretch(0, 1)

        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ca_row)

        self.save_button = QPushButton(self.address_box)
        self.save_button.setObjectName(u"save_button")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.save_button)


        self.layout.addWidget(self.address_box)

        self.message = QLabel(TeamServerDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.panel_slot = QVBoxLayout()
        self.panel_slot.setObjectName(u"panel_slot")

        self.layout.addLayout(self.panel_slot)

        self.buttons = QDialogButtonBox(TeamServerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.address_label.setBuddy(self.address)
        self.team_label.setBuddy(self.team)
        self.password_label.setBuddy(self.password)
        self.ca_label.setBuddy(self.ca_file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamServerDialog)

        QMetaObject.connectSlotsByName(TeamServerDialog)
    # setupUi

    def retranslateUi(self, TeamServerDialog):
        TeamServerDialog.setWindowTitle(QCoreApplication.translate("TeamServerDialog", u"Team server", None))
        self.join_box.setTitle(QCoreApplication.translate("TeamServerDialog", u"Join a team with the code from your operator", None))
#if QT_CONFIG(accessibility)
        self.join_code.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Join code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.key_code.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Key code", None))
#endif // QT_CONFIG(accessibility)
        self.key_code.setPlaceholderText(QCoreApplication.translate("TeamServerDialog", u"Key code (given apart from the join code)", None))
        self.join_button.setText(QCoreApplication.translate("TeamServerDialog", u"&Join", None))
        self.address_box.setTitle(QCoreApplication.translate("TeamServerDialog", u"Or connect with an address", None))
        self.address_label.setText(QCoreApplication.translate("TeamServerDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.team_label.setText(QCoreApplication.translate("TeamServerDialog", u"&Team:", None))
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Team", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("TeamServerDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.password.setPlaceholderText(QCoreApplication.translate("TeamServerDialog", u"leave empty to keep the remembered one", None))
        self.remember.setText(QCoreApplication.translate("TeamServerDialog", u"&Remember the password on this computer", None))
        self.ca_label.setText(QCoreApplication.translate("TeamServerDialog", u"&CA certificate:", None))
#if QT_CONFIG(accessibility)
        self.ca_file.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"CA certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.ca_file.setPlaceholderText(QCoreApplication.translate("TeamServerDialog", u"from the join code, or a PEM file", None))
        self.browse.setText(QCoreApplication.translate("TeamServerDialog", u"&Browse\u2026", None))
        self.save_button.setText(QCoreApplication.translate("TeamServerDialog", u"&Save address", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("TeamServerDialog", u"Team server message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

