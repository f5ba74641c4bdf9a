"""Generated from ui/first_run_welcome.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_FirstRunWelcome(object):
    def setupUi(self, FirstRunWelcome: Any) -> None:
        if not FirstRunWelcome.objectName():
            FirstRunWelcome.setObjectName(u"FirstRunWelcome")
        FirstRunWelcome.resize(600, 400)
        self.welcomeLayout = QVBoxLayout(FirstRunWelcome)
        self.welcomeLayout.setSpacing(14)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.whatItIs = QLabel(FirstRunWelcome)
        self.whatItIs.setObjectName(u"whatItIs")
        self.whatItIs.setWordWrap(True)

        self.welcomeLayout.addWidget(self.whatItIs)

        self.staysHere = QLabel(FirstRunWelcome)
        self.staysHere.setObjectName(u"staysHere")
        self.staysHere.setWordWrap(True)

        self.welcomeLayout.addWidget(self.staysHere)

        self.howLong = QLabel(FirstRunWelcome)
        self.howLong.setObjectName(u"howLong")
        self.howLong.setWordWrap(True)

        self.welcomeLayout.addWidget(self.howLong)

        self.newJournalChoice = QRadioButton(FirstRunWelcome)
        self.newJournalChoice.setObjectName(u"newJournalChoice")
        self.newJournalChoice.setChecked(True)

        self.welcomeLayout.addWidget(self.newJournalChoice)

        self.joinChoice = QRadioButton(FirstRunWelcome)
        self.joinChoice.setObjectName(u"joinChoice")

        self.welcomeLayout.addWidget(self.joinChoice)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        QWidget.setTabOrder(self.newJournalChoice, self.joinChoice)

        self.retranslateUi(FirstRunWelcome)

        QMetaObject.connectSlotsByName(FirstRunWelcome)
    # setupUi

    def retranslateUi(self, FirstRunWelcome: Any) -> None:
        FirstRunWelcome.setTitle(QCoreApplication.translate("FirstRunWelcome", u"Welcome to kindspace", None))
        self.whatItIs.setText(QCoreApplication.translate("FirstRunWelcome", u"kindspace is a quiet place to practise being kind to yourself, with short guided exercises and a private journal.", None))
        self.staysHere.setText(QCoreApplication.translate("FirstRunWelcome", u"Everything stays on this computer. kindspace works offline and never sends anything anywhere: there is no account, no cloud and no tracking.", None))
        self.howLong.setText(QCoreApplication.translate("FirstRunWelcome", u"Setting up takes a minute or two. You can change every choice later in Settings.", None))
        self.newJournalChoice.setText(QCoreApplication.translate("FirstRunWelcome", u"Start a &new journal on this computer", None))
        self.newJournalChoice.setAccessibleName(QCoreApplication.translate("FirstRunWelcome", u"Start a new journal on this computer", None))
        self.joinChoice.setText(QCoreApplication.translate("FirstRunWelcome", u"I &already use kindspace on another device", None))
        self.joinChoice.setAccessibleName(QCoreApplication.translate("FirstRunWelcome", u"I already use kindspace on another device", None))
        self.joinChoice.setAccessibleDescription(QCoreApplication.translate("FirstRunWelcome", u"Bring the journal you keep there to this computer, through the folder it is shared in", None))
    # retranslateUi
