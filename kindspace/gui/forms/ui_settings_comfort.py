"""Generated from ui/settings_comfort.ui by scripts/compile_forms.py: do not edit by hand."""

from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ComfortSettings(object):
    def setupUi(self, ComfortSettings: Any) -> None:
        if not ComfortSettings.objectName():
            ComfortSettings.setObjectName(u"ComfortSettings")
        ComfortSettings.resize(520, 420)
        self.comfortLayout = QVBoxLayout(ComfortSettings)
        self.comfortLayout.setSpacing(10)
        self.comfortLayout.setObjectName(u"comfortLayout")
        self.comfortLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(ComfortSettings)
        self.heading.setObjectName(u"heading")

        self.comfortLayout.addWidget(self.heading)

        self.stillBreathing = QCheckBox(ComfortSettings)
        self.stillBreathing.setObjectName(u"stillBreathing")

        self.comfortLayout.addWidget(self.stillBreathing)

        self.offerOnThisDay = QCheckBox(ComfortSettings)
        self.offerOnThisDay.setObjectName(u"offerOnThisDay")

        self.comfortLayout.addWidget(self.offerOnThisDay)

        self.onThisDayHint = QLabel(ComfortSettings)
        self.onThisDayHint.setObjectName(u"onThisDayHint")
        self.onThisDayHint.setWordWrap(True)

        self.comfortLayout.addWidget(self.onThisDayHint)

        self.contactsOutside = QCheckBox(ComfortSettings)
        self.contactsOutside.setObjectName(u"contactsOutside")

        self.comfortLayout.addWidget(self.contactsOutside)

        self.contactsHint = QLabel(ComfortSettings)
        self.contactsHint.setObjectName(u"contactsHint")
        self.contactsHint.setText(u"")
        self.contactsHint.setWordWrap(True)

        self.comfortLayout.addWidget(self.contactsHint)

        self.comfortSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.comfortLayout.addItem(self.comfortSpacer)


        self.retranslateUi(ComfortSettings)

        QMetaObject.connectSlotsByName(ComfortSettings)
    # setupUi

    def retranslateUi(self, ComfortSettings: Any) -> None:
        ComfortSettings.setAccessibleName(QCoreApplication.translate("ComfortSettings", u"Comfort and support", None))
        self.heading.setText(QCoreApplication.translate("ComfortSettings", u"Comfort and support", None))
        self.stillBreathing.setText(QCoreApplication.translate("ComfortSettings", u"Keep the &breathing guide still (less motion)", None))
        self.stillBreathing.setAccessibleName(QCoreApplication.translate("ComfortSettings", u"Keep the breathing guide still", None))
        self.offerOnThisDay.setText(QCoreApplication.translate("ComfortSettings", u"Offer a look back at &this day in earlier years on Today", None))
        self.offerOnThisDay.setAccessibleName(QCoreApplication.translate("ComfortSettings", u"Offer a look back at this day in earlier years", None))
        self.onThisDayHint.setText(QCoreApplication.translate("ComfortSettings", u"Today only offers it: the old entries show when you choose to look.", None))
        self.contactsOutside.setText(QCoreApplication.translate("ComfortSettings", u"Keep my support &contacts readable while the journal is locked", None))
        self.contactsOutside.setAccessibleName(QCoreApplication.translate("ComfortSettings", u"Keep my support contacts readable while the journal is locked", None))
    # retranslateUi
