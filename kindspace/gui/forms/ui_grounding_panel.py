"""Generated from ui/grounding_panel.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from kindspace.gui.breathing import BreathingPacer

class Ui_GroundingPanel(object):
    def setupUi(self, GroundingPanel: Any) -> None:
        if not GroundingPanel.objectName():
            GroundingPanel.setObjectName(u"GroundingPanel")
        GroundingPanel.resize(640, 420)
        self.panelLayout = QVBoxLayout(GroundingPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.groundingTitle = QLabel(GroundingPanel)
        self.groundingTitle.setObjectName(u"groundingTitle")
        self.groundingTitle.setText(u"")
        self.groundingTitle.setWordWrap(True)

        self.panelLayout.addWidget(self.groundingTitle)

        self.groundingIntro = QLabel(GroundingPanel)
        self.groundingIntro.setObjectName(u"groundingIntro")
        self.groundingIntro.setText(u"")
        self.groundingIntro.setWordWrap(True)

        self.panelLayout.addWidget(self.groundingIntro)

        self.pacer = BreathingPacer(GroundingPanel)
        self.pacer.setObjectName(u"pacer")

        self.panelLayout.addWidget(self.pacer)

        self.groundingSteps = QLabel(GroundingPanel)
        self.groundingSteps.setObjectName(u"groundingSteps")
        self.groundingSteps.setText(u"")
        self.groundingSteps.setWordWrap(True)
        self.groundingSteps.setTextFormat(Qt.TextFormat.MarkdownText)

        self.panelLayout.addWidget(self.groundingSteps)


        self.retranslateUi(GroundingPanel)

        QMetaObject.connectSlotsByName(GroundingPanel)
    # setupUi

    def retranslateUi(self, GroundingPanel: Any) -> None:
        pass
    # retranslateUi
