"""Generated from ui/learn.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LearnView(object):
    def setupUi(self, LearnView: Any) -> None:
        if not LearnView.objectName():
            LearnView.setObjectName(u"LearnView")
        LearnView.resize(760, 600)
        self.learnLayout = QVBoxLayout(LearnView)
        self.learnLayout.setObjectName(u"learnLayout")
        self.learnLayout.setContentsMargins(24, 16, 24, 16)
        self.learnHeading = QLabel(LearnView)
        self.learnHeading.setObjectName(u"learnHeading")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.learnHeading.sizePolicy().hasHeightForWidth())
        self.learnHeading.setSizePolicy(sizePolicy)

        self.learnLayout.addWidget(self.learnHeading)

        self.learnSplitter = QSplitter(LearnView)
        self.learnSplitter.setObjectName(u"learnSplitter")
        self.learnSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.articles = QListWidget(self.learnSplitter)
        self.articles.setObjectName(u"articles")
        self.articles.setWordWrap(True)
        self.learnSplitter.addWidget(self.articles)
        self.article = QTextBrowser(self.learnSplitter)
        self.article.setObjectName(u"article")
        self.article.setOpenLinks(False)
        self.learnSplitter.addWidget(self.article)

        self.learnLayout.addWidget(self.learnSplitter)

        self.learnButtons = QHBoxLayout()
        self.learnButtons.setObjectName(u"learnButtons")
        self.tryIt = QPushButton(LearnView)
        self.tryIt.setObjectName(u"tryIt")

        self.learnButtons.addWidget(self.tryIt)

        self.learnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.learnButtons.addItem(self.learnSpacer)

        self.closeLearn = QPushButton(LearnView)
        self.closeLearn.setObjectName(u"closeLearn")

        self.learnButtons.addWidget(self.closeLearn)


        self.learnLayout.addLayout(self.learnButtons)


        self.retranslateUi(LearnView)

        QMetaObject.connectSlotsByName(LearnView)
    # setupUi

    def retranslateUi(self, LearnView: Any) -> None:
        self.learnHeading.setText(QCoreApplication.translate("LearnView", u"Learn", None))
        self.articles.setAccessibleName(QCoreApplication.translate("LearnView", u"Learn articles", None))
        self.article.setAccessibleName(QCoreApplication.translate("LearnView", u"Article", None))
        self.tryIt.setText(QCoreApplication.translate("LearnView", u"&Try this exercise", None))
        self.tryIt.setAccessibleName(QCoreApplication.translate("LearnView", u"Try this exercise", None))
        self.closeLearn.setText(QCoreApplication.translate("LearnView", u"Back to &Today", None))
        self.closeLearn.setAccessibleName(QCoreApplication.translate("LearnView", u"Back to Today", None))
        pass
    # retranslateUi
