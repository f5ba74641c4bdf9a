"""Generated from ui/settings.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: Any) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(16)
        self.bodyRow.setObjectName(u"bodyRow")
        self.sections = QListWidget(SettingsDialog)
        QListWidgetItem(self.sections)
        QListWidgetItem(self.sections)
        QListWidgetItem(self.sections)
        self.sections.setObjectName(u"sections")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sections.sizePolicy().hasHeightForWidth())
        self.sections.setSizePolicy(sizePolicy)
        self.sections.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.sections.setStyleSheet(u"QListWidget::item { padding: 6px 8px; }")
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bodyRow.addWidget(self.sections)

        self.pages = QStackedWidget(SettingsDialog)
        self.pages.setObjectName(u"pages")

        self.bodyRow.addWidget(self.pages)


        self.dialogLayout.addLayout(self.bodyRow)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(SettingsDialog)
        self.buttons.rejected.connect(SettingsDialog.reject)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.sections.setCurrentRow(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: Any) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))

        __sortingEnabled = self.sections.isSortingEnabled()
        self.sections.setSortingEnabled(False)
        ___qlistwidgetitem = self.sections.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"Unlock", None))
        ___qlistwidgetitem1 = self.sections.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        ___qlistwidgetitem2 = self.sections.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.sections.setSortingEnabled(__sortingEnabled)

        self.sections.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings sections", None))
        self.pages.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings page", None))
    # retranslateUi
