# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overall_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

class Ui_OverallStep(object):
    def setupUi(self, overall):
        if not overall.objectName():
            overall.setObjectName(u"overall")
        self.layout = QVBoxLayout(overall)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.decision_label = QLabel(overall)
        self.decision_label.setObjectName(u"decision_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QComboBox(overall)
        self.decision.setObjectName(u"decision")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)

        self.reason_label = QLabel(overall)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(overall)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 56))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.next_steps_label = QLabel(overall)
        self.next_steps_label.setObjectName(u"next_steps_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_steps_label)

        self.next_steps = QPlainTextEdit(overall)
        self.next_steps.setObjectName(u"next_steps")
        self.next_steps.setMaximumSize(QSize(16777215, 56))
        self.next_steps.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_steps)

        self.family_label = QLabel(overall)
        self.family_label.setObjectName(u"family_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.family_label)

        self.family = QPlainTextEdit(overall)
        self.family.setObjectName(u"family")
        self.family.setMaximumSize(QSize(16777215, 56))
        self.family.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.family)

        self.team_label = QLabel(overall)
        self.team_label.setObjectName(u"team_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team = QPlainTextEdit(overall)
        self.team.setObjectName(u"team")
        self.team.setMaximumSize(QSize(16777215, 56))
        self.team.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.team)


        self.layout.addLayout(self.form)

        self.goals = QLabel(overall)
        self.goals.setObjectName(u"goals")
        self.goals.setWordWrap(True)

        self.layout.addWidget(self.goals)

        self.problem = QLabel(overall)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.problem)

#if QT_CONFIG(shortcut)
        self.decision_label.setBuddy(self.decision)
        self.reason_label.setBuddy(self.reason)
        self.next_steps_label.setBuddy(self.next_steps)
        self.family_label.setBuddy(self.family)
        self.team_label.setBuddy(self.team)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(overall)

        QMetaObject.connectSlotsByName(overall)
    # setupUi

    def retranslateUi(self, overall):
        self.decision_label.setText(QCoreApplication.translate("OverallStep", u"Overall &decision:", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("OverallStep", u"Overall decision", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("OverallStep", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("OverallStep", u"Why", None))
#endif // QT_CONFIG(accessibility)
        self.next_steps_label.setText(QCoreApplication.translate("OverallStep", u"&Next steps:", None))
#if QT_CONFIG(accessibility)
        self.next_steps.setAccessibleName(QCoreApplication.translate("OverallStep", u"Next steps", None))
#endif // QT_CONFIG(accessibility)
        self.family_label.setText(QCoreApplication.translate("OverallStep", u"The &family's reflection:", None))
#if QT_CONFIG(accessibility)
        self.family.setAccessibleName(QCoreApplication.translate("OverallStep", u"The family's reflection", None))
#endif // QT_CONFIG(accessibility)
        self.family.setPlaceholderText(QCoreApplication.translate("OverallStep", u"In the family's own words", None))
        self.team_label.setText(QCoreApplication.translate("OverallStep", u"The &team's reflection:", None))
#if QT_CONFIG(accessibility)
        self.team.setAccessibleName(QCoreApplication.translate("OverallStep", u"The team's reflection", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

