# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_review_step.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_GoalReviewStep(object):
    def setupUi(self, goal_review):
        if not goal_review.objectName():
            goal_review.setObjectName(u"goal_review")
        self.layout = QVBoxLayout(goal_review)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.numbers = QLabel(goal_review)
        self.numbers.setObjectName(u"numbers")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.numbers)

        self.chart_holder = QVBoxLayout()
        self.chart_holder.setObjectName(u"chart_holder")

        self.layout.addLayout(self.chart_holder)

        self.family_box = QGroupBox(goal_review)
        self.family_box.setObjectName(u"family_box")
        self.family_form = QFormLayout(self.family_box)
        self.family_form.setObjectName(u"family_form")
        self.family_helped_label = QLabel(self.family_box)
        self.family_helped_label.setObjectName(u"family_helped_label")

        self.family_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.family_helped_label)

        self.family_helped = QPlainTextEdit(self.family_box)
        self.family_helped.setObjectName(u"family_helped")
        self.family_helped.setMaximumSize(QSize(16777215, 56))
        self.family_helped.setTabChangesFocus(True)

        self.family_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.family_helped)

        self.family_not_label = QLabel(self.family_box)
        self.family_not_label.setObjectName(u"family_not_label")

        self.family_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.family_not_label)

        self.family_not = QPlainTextEdit(self.family_box)
        self.family_not.setObjectName(u"family_not")
        self.family_not.setMaximumSize(QSize(16777215, 56))
        self.family_not.setTabChangesFocus(True)

        self.family_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.family_not)


        self.layout.addWidget(self.family_box)

        self.team_box = QGroupBox(goal_review)
        self.team_box.setObjectName(u"team_box")
        self.team_form = QFormLayout(self.team_box)
        self.team_form.setObjectName(u"team_form")
        self.team_helped_label = QLabel(self.team_box)
        self.team_helped_label.setObjectName(u"team_helped_label")

        self.team_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_helped_label)

        self.team_helped = QPlainTextEdit(self.team_box)
        self.team_helped.setObjectName(u"team_helped")
        self.team_helped.setMaximumSize(QSize(16777215, 56))
        self.team_helped.setTabChangesFocus(True)

        self.team_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_helped)

        self.team_not_label = QLabel(self.team_box)
        self.team_not_label.setObjectName(u"team_not_label")

        self.team_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.team_not_label)

        self.team_not = QPlainTextEdit(self.team_box)
        self.team_not.setObjectName(u"team_not")
        self.team_not.setMaximumSize(QSize(16777215, 56))
        self.team_not.setTabChangesFocus(True)

        self.team_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.team_not)

        self.professional = QCheckBox(self.team_box)
        self.professional.setObjectName(u"professional")

        self.team_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.professional)


        self.layout.addWidget(self.team_box)

        self.decide_box = QGroupBox(goal_review)
        self.decide_box.setObjectName(u"decide_box")
        self.decide_form = QFormLayout(self.decide_box)
        self.decide_form.setObjectName(u"decide_form")
        self.suggestion = QLabel(self.decide_box)
        self.suggestion.setObjectName(u"suggestion")
        self.suggestion.setWordWrap(True)

        self.decide_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.suggestion)

        self.verdict_label = QLabel(self.decide_box)
        self.verdict_label.setObjectName(u"verdict_label")

        self.decide_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verdict_label)

        self.verdict = QComboBox(self.decide_box)
        self.verdict.setObjectName(u"verdict")

        self.decide_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verdict)

        self.decision_label = QLabel(self.decide_box)
        self.decision_label.setObjectName(u"decision_label")

        self.decide_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QComboBox(self.decide_box)
        self.decision.setObjectName(u"decision")

        self.decide_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision)

        self.reason_label = QLabel(self.decide_box)
        self.reason_label.setObjectName(u"reason_label")

        self.decide_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(self.decide_box)
        self.reason.setObjectName(u"reason")

        self.decide_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)

        self.problem = QLabel(self.decide_box)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b00020;")
        self.problem.setWordWrap(True)

        self.decide_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.problem)


        self.layout.addWidget(self.decide_box)

#if QT_CONFIG(shortcut)
        self.family_helped_label.setBuddy(self.family_helped)
        self.family_not_label.setBuddy(self.family_not)
        self.team_helped_label.setBuddy(self.team_helped)
        self.team_not_label.setBuddy(self.team_not)
        self.verdict_label.setBuddy(self.verdict)
        self.decision_label.setBuddy(self.decision)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(goal_review)

        QMetaObject.connectSlotsByName(goal_review)
    # setupUi

    def retranslateUi(self, goal_review):
#if QT_CONFIG(accessibility)
        self.numbers.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"Baseline, latest ratings and target", None))
#endif // QT_CONFIG(accessibility)
        self.family_box.setTitle(QCoreApplication.translate("GoalReviewStep", u"In the family's words", None))
        self.family_helped_label.setText(QCoreApplication.translate("GoalReviewStep", u"What &helped:", None))
#if QT_CONFIG(accessibility)
        self.family_helped.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"What helped, in the family's words", None))
#endif // QT_CONFIG(accessibility)
        self.family_helped.setPlaceholderText(QCoreApplication.translate("GoalReviewStep", u"What helped us\u2026", None))
        self.family_not_label.setText(QCoreApplication.translate("GoalReviewStep", u"What did &not help:", None))
#if QT_CONFIG(accessibility)
        self.family_not.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"What did not help, in the family's words", None))
#endif // QT_CONFIG(accessibility)
        self.family_not.setPlaceholderText(QCoreApplication.translate("GoalReviewStep", u"What did not help\u2026", None))
        self.team_box.setTitle(QCoreApplication.translate("GoalReviewStep", u"The team's view", None))
        self.team_helped_label.setText(QCoreApplication.translate("GoalReviewStep", u"What helped:", None))
#if QT_CONFIG(accessibility)
        self.team_helped.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"What helped, the team's view", None))
#endif // QT_CONFIG(accessibility)
        self.team_not_label.setText(QCoreApplication.translate("GoalReviewStep", u"What did not help:", None))
#if QT_CONFIG(accessibility)
        self.team_not.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"What did not help, the team's view", None))
#endif // QT_CONFIG(accessibility)
        self.professional.setText(QCoreApplication.translate("GoalReviewStep", u"Professionals &only (left out of the family's copy)", None))
        self.decide_box.setTitle(QCoreApplication.translate("GoalReviewStep", u"Verdict and decision", None))
        self.verdict_label.setText(QCoreApplication.translate("GoalReviewStep", u"&Verdict:", None))
#if QT_CONFIG(accessibility)
        self.verdict.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"Verdict", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("GoalReviewStep", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("GoalReviewStep", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("GoalReviewStep", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("GoalReviewStep", u"Why we decide this", None))
        pass
    # retranslateUi

