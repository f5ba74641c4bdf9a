"""Generated from ui/recovery_key.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyPanel(object):
    def setupUi(self, RecoveryKeyPanel: Any) -> None:
        if not RecoveryKeyPanel.objectName():
            RecoveryKeyPanel.setObjectName(u"RecoveryKeyPanel")
        RecoveryKeyPanel.resize(560, 160)
        self.panelLayout = QVBoxLayout(RecoveryKeyPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.keyText = QLabel(RecoveryKeyPanel)
        self.keyText.setObjectName(u"keyText")
        self.keyText.setFrameShape(QFrame.Shape.StyledPanel)
        self.keyText.setText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.keyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyText.setWordWrap(True)
        self.keyText.setMargin(14)
        self.keyText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyText.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.panelLayout.addWidget(self.keyText)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setSpacing(8)
        self.actionsRow.setObjectName(u"actionsRow")
        self.copyButton = QPushButton(RecoveryKeyPanel)
        self.copyButton.setObjectName(u"copyButton")

        self.actionsRow.addWidget(self.copyButton)

        self.printButton = QPushButton(RecoveryKeyPanel)
        self.printButton.setObjectName(u"printButton")

        self.actionsRow.addWidget(self.printButton)

        self.saveButton = QPushButton(RecoveryKeyPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsRow.addWidget(self.saveButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.panelLayout.addLayout(self.actionsRow)

        self.status = QLabel(RecoveryKeyPanel)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)

        self.panelLayout.addWidget(self.status)


        self.retranslateUi(RecoveryKeyPanel)

        QMetaObject.connectSlotsByName(RecoveryKeyPanel)
    # setupUi

    def retranslateUi(self, RecoveryKeyPanel: Any) -> None:
        RecoveryKeyPanel.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Recovery key", None))
        self.keyText.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Your recovery key", None))
        self.keyText.setAccessibleDescription(QCoreApplication.translate("RecoveryKeyPanel", u"Seven groups of four letters and digits", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyPanel", u"&Copy", None))
        self.copyButton.setToolTip(QCoreApplication.translate("RecoveryKeyPanel", u"Copy the recovery key, to paste it somewhere safe", None))
        self.copyButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Copy the recovery key", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyPanel", u"&Print\u2026", None))
        self.printButton.setToolTip(QCoreApplication.translate("RecoveryKeyPanel", u"Print a page with the recovery key and what it is for", None))
        self.printButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Print the recovery key", None))
        self.saveButton.setText(QCoreApplication.translate("RecoveryKeyPanel", u"Save as &file\u2026", None))
        self.saveButton.setToolTip(QCoreApplication.translate("RecoveryKeyPanel", u"Save the recovery key as a small text file only you can read", None))
        self.saveButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"Save the recovery key as a file", None))
        self.status.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel", u"What happened to the recovery key", None))
    # retranslateUi
