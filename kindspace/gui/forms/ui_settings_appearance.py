"""Generated from ui/settings_appearance.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AppearanceSettings(object):
    def setupUi(self, AppearanceSettings: Any) -> None:
        if not AppearanceSettings.objectName():
            AppearanceSettings.setObjectName(u"AppearanceSettings")
        AppearanceSettings.resize(520, 400)
        self.appearanceLayout = QVBoxLayout(AppearanceSettings)
        self.appearanceLayout.setSpacing(12)
        self.appearanceLayout.setObjectName(u"appearanceLayout")
        self.appearanceLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(AppearanceSettings)
        self.heading.setObjectName(u"heading")

        self.appearanceLayout.addWidget(self.heading)

        self.appearanceForm = QFormLayout()
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.appearanceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.appearanceForm.setHorizontalSpacing(12)
        self.appearanceForm.setVerticalSpacing(10)
        self.themeLabel = QLabel(AppearanceSettings)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeChoice = QComboBox(AppearanceSettings)
        self.themeChoice.setObjectName(u"themeChoice")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeChoice)

        self.textSizeLabel = QLabel(AppearanceSettings)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeChoice = QComboBox(AppearanceSettings)
        self.textSizeChoice.setObjectName(u"textSizeChoice")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textSizeChoice)

        self.languageLabel = QLabel(AppearanceSettings)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageChoice = QComboBox(AppearanceSettings)
        self.languageChoice.setObjectName(u"languageChoice")

        self.appearanceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageChoice)


        self.appearanceLayout.addLayout(self.appearanceForm)

        self.hint = QLabel(AppearanceSettings)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.appearanceLayout.addWidget(self.hint)

        self.languageHint = QLabel(AppearanceSettings)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.appearanceLayout.addWidget(self.languageHint)

        self.appearanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.appearanceLayout.addItem(self.appearanceSpacer)

        self.themeLabel.setBuddy(self.themeChoice)
        self.textSizeLabel.setBuddy(self.textSizeChoice)
        self.languageLabel.setBuddy(self.languageChoice)

        self.retranslateUi(AppearanceSettings)

        QMetaObject.connectSlotsByName(AppearanceSettings)
    # setupUi

    def retranslateUi(self, AppearanceSettings: Any) -> None:
        AppearanceSettings.setAccessibleName(QCoreApplication.translate("AppearanceSettings", u"Appearance", None))
        self.heading.setText(QCoreApplication.translate("AppearanceSettings", u"Appearance", None))
        self.themeLabel.setText(QCoreApplication.translate("AppearanceSettings", u"&Theme", None))
        self.themeChoice.setAccessibleName(QCoreApplication.translate("AppearanceSettings", u"Theme", None))
        self.textSizeLabel.setText(QCoreApplication.translate("AppearanceSettings", u"Text &size", None))
        self.textSizeChoice.setAccessibleName(QCoreApplication.translate("AppearanceSettings", u"Text size", None))
        self.languageLabel.setText(QCoreApplication.translate("AppearanceSettings", u"&Language", None))
        self.languageChoice.setAccessibleName(QCoreApplication.translate("AppearanceSettings", u"Language", None))
        self.languageChoice.setAccessibleDescription(QCoreApplication.translate("AppearanceSettings", u"A new language is used the next time kindspace starts.", None))
        self.hint.setText(QCoreApplication.translate("AppearanceSettings", u"Theme and text size change straight away, also on the lock screen.", None))
        self.languageHint.setText(QCoreApplication.translate("AppearanceSettings", u"A new language is used the next time kindspace starts.", None))
    # retranslateUi
