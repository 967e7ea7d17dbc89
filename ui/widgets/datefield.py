"""One date (or date and time) field for the whole app.

Qt's date edits split a date into sections: Tab walks through day, month, year, hour and
minute (so text meant for the next field lands in the wrong place), digits typed after a
click go nowhere, and the date reads "Thu 26 11 2026 01:39". This field is one box and
one Tab stop. The date is typed in almost any common way ("26 Nov 2026, 01:39",
"26/11/2026 1:39", "2026-11-26", "today") or picked from a calendar (the button beside
it, or Alt+Down / F4 in the box), and shown in the person's language as
"26 Nov 2026, 01:39". Up and Down move a day (Page Up/Down a month) while the box has
focus. Something it cannot read gets a kind message under the box and keeps the text
typed, so nothing is lost; the last good date stays the field's value meanwhile.

    when = DateField(with_time=True)
    when.setDateTime(QDateTime.currentDateTime())
    when.dateTimeChanged.connect(...)

It offers the parts of QDateEdit/QDateTimeEdit the app uses: `date()`, `setDate()`,
`dateTime()`, `setDateTime()`, `dateChanged`, `dateTimeChanged`. It takes no wheel
events of its own: a wheel over it scrolls the page.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.ui.widgets.basics import label
from disclosure_helper.ui.widgets.flow import FlowRow

DATE_SHOWN = "d MMM yyyy"
TIME_SHOWN = "HH:mm"
# Typed dates the field understands, tried in order (the locale's own short form first).
_DATE_FORMATS = ("d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "d/M/yyyy",
                 "d.M.yyyy", "d-M-yyyy", "yyyy-M-d", "yyyy/M/d", "d/M/yy", "d.M.yy",
                 "d MMM", "d MMMM", "d/M")
_TIME_FORMATS = ("H:mm", "H.mm", "h:mm AP", "h:mmAP", "h AP", "hAP", "H")


class _Calendar(QFrame):
    """The calendar that drops down under the field; Escape closes it, Enter picks."""

    picked = Signal(QDate)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout.addWidget(self.calendar)
        self.setFocusProxy(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class _DateEdit(QLineEdit):
    """The box, as wide as its longest date (see DateField._fit_width)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), hint.height())


class DateField(QWidget):
    """A date, or a date and time, typed or picked (see the module docstring)."""

    dateChanged = Signal(QDate)  # noqa: N815 - Qt's naming
    dateTimeChanged = Signal(QDateTime)  # noqa: N815

    def __init__(self, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self._value = QDateTime(QDate.currentDate(),
                                QTime(QTime.currentTime().hour(), QTime.currentTime().minute())
                                if with_time else QTime(0, 0))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # The calendar button goes under the box when large text leaves no room beside it.
        row = FlowRow(spacing=6)
        self.edit = _DateEdit()
        self.edit.setObjectName("dateFieldEdit")
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self._read_typed)
        row.addWidget(self.edit)
        self.pick_button = QPushButton(self.tr("Calendar…"))
        self.pick_button.setAutoDefault(False)
        # One Tab stop: the calendar is reached with Alt+Down or F4 from the box.
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick_button.setAccessibleName(self.tr("Pick from a calendar"))
        self.pick_button.clicked.connect(self.open_calendar)
        row.addWidget(self.pick_button)
        outer.addWidget(row)
        self.problem = label(role="error", live=True)
        self.problem.hide()
        outer.addWidget(self.problem)
        self._calendar: _Calendar | None = None
        self.setFocusProxy(self.edit)
        # Tab stops at the field as one control: with the box's own policy the field can be
        # put in a tab order, and Qt moves the box with it. Left with no policy, the field
        # stays where it was made in the chain and still takes Tab there (its box can take
        # focus), so a page that reorders Tab would stop twice and go round in a loop.
        self.setFocusPolicy(self.edit.focusPolicy())
        self._update_help()
        self._show_value()
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for a long date and the time in the box's current font."""
        widest = self.edit.fontMetrics().horizontalAdvance(
            self._shown(QDateTime(QDate(2026, 9, 28), QTime(23, 59))))
        wanted = widest + self.edit.fontMetrics().averageCharWidth() * 4
        if self.edit.minimumWidth() != wanted:
            self.edit.setMinimumWidth(wanted)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """The box a screen reader lands on carries the name."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- the value ---------------------------------------------------------------------

    def date(self) -> QDate:
        return self._value.date()

    def dateTime(self) -> QDateTime:  # noqa: N802 - Qt's naming
        return QDateTime(self._value)

    def setDate(self, day: QDate) -> None:  # noqa: N802
        self._set(QDateTime(day, self._value.time()))

    def setDateTime(self, moment: QDateTime) -> None:  # noqa: N802
        time = moment.time()
        self._set(QDateTime(moment.date(), QTime(time.hour(), time.minute())
                            if self.with_time else QTime(0, 0)))

    def _set(self, moment: QDateTime, announce_change: bool = True) -> None:
        changed = moment != self._value
        self._value = moment
        self._clear_problem()
        self._show_value()
        if changed and announce_change:
            self.dateChanged.emit(moment.date())
            self.dateTimeChanged.emit(QDateTime(moment))

    # -- showing and reading text ------------------------------------------------------

    def _shown(self, moment: QDateTime) -> str:
        locale = QLocale()
        text = locale.toString(moment.date(), DATE_SHOWN)
        if self.with_time:
            text += ", " + locale.toString(moment.time(), TIME_SHOWN)
        return text

    def text(self) -> str:
        return self.edit.text()

    def _show_value(self) -> None:
        self.edit.setText(self._shown(self._value))

    def _update_help(self) -> None:
        example = self._shown(QDateTime(QDate(2026, 11, 26), QTime(14, 30)))
        self.edit.setPlaceholderText(example)
        self.edit.setAccessibleDescription(
            self.tr("Type a date like %1, or press Alt+Down for a calendar. Up and Down "
                    "move a day.").replace("%1", example))

    def parse(self, text: str) -> QDateTime | None:
        """`text` read as a date (and time), or None when it is not one."""
        text = " ".join(text.replace(",", " ").split())
        if not text:
            return None
        words = text.lower()
        today = QDate.currentDate()
        for word, named in ((self.tr("today"), today), (self.tr("yesterday"), today.addDays(-1)),
                            (self.tr("tomorrow"), today.addDays(1))):
            if words.startswith(word.lower()):
                rest = text[len(word):].strip()
                time = self._parse_time(rest) if rest else self._value.time()
                return QDateTime(named, time) if time is not None else None
        # The time, if any, is the last word holding a colon, a dot between digits or am/pm.
        date_text, time = text, self._value.time() if self.with_time else QTime(0, 0)
        match = re.search(r"\s(\d{1,2}([:.]\d{2})?\s*([aApP][mM])?)$", text)
        if self.with_time and match and (":" in match.group(1) or match.group(3)
                                         or "." in match.group(1)):
            parsed = self._parse_time(match.group(1))
            if parsed is None:
                return None
            date_text, time = text[:match.start()].strip(), parsed
        day = self._parse_date(date_text)
        if day is None:
            return None
        return QDateTime(day, time)

    def _parse_date(self, text: str) -> QDate | None:
        locales = [QLocale(), QLocale(QLocale.Language.English)]
        formats = [QLocale().dateFormat(QLocale.FormatType.ShortFormat), *_DATE_FORMATS]
        for locale in locales:
            for fmt in formats:
                day = locale.toDate(text, fmt)
                if day.isValid():
                    if "y" not in fmt:
                        day = QDate(QDate.currentDate().year(), day.month(), day.day())
                    elif day.year() < 100:
                        day = day.addYears(2000)
                    return day
        return None

    def _parse_time(self, text: str) -> QTime | None:
        text = text.strip().upper().replace(" ", "")
        for fmt in _TIME_FORMATS:
            time = QTime.fromString(text, fmt.replace(" ", ""))
            if time.isValid():
                return time
        return None

    def _read_typed(self) -> bool:
        """Take what was typed; a kind message (and the text kept) when it is not a date."""
        typed = self.edit.text()
        if typed == self._shown(self._value):
            self._clear_problem()
            return True
        moment = self.parse(typed)
        if moment is None:
            self.problem.setText(self.tr(
                "That is not a date this box can read. Try it like %1, or pick one from "
                "the calendar.").replace("%1", self._shown(QDateTime(QDate(2026, 11, 26),
                                                                     QTime(14, 30)))))
            self.problem.show()
            self.edit.setProperty("invalid", True)
            return False
        self._set(moment)
        return True

    def _clear_problem(self) -> None:
        if self.problem.isVisibleTo(self) or self.edit.property("invalid"):
            self.problem.clear()
            self.problem.hide()
            self.edit.setProperty("invalid", False)

    def has_problem(self) -> bool:
        return self.problem.isVisibleTo(self)

    # -- keys and the calendar ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if watched is self.edit and event.type() in (QEvent.Type.FontChange,
                                                     QEvent.Type.StyleChange):
            self._fit_width()
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            # Leaving the box takes what was typed (Qt's editingFinished is not always
            # sent when focus moves by Tab).
            self._read_typed()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return True
        # event.key() is a plain int (any character, not only Qt's named keys).
        steps: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not alt:
            if not self._read_typed():
                return True
            days, months = steps[key]
            day = self._value.date().addDays(days).addMonths(months)
            self._set(QDateTime(day, self._value.time()))
            self.edit.selectAll()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Enter or leaving takes the typed date; a dialog's default button, or the
            # next field, then sees it too.
            self._read_typed()
        return False

    def open_calendar(self) -> None:
        if not self._read_typed() and self.edit.text().strip():
            pass  # the message stays; the calendar still opens on the last good date
        if self._calendar is None:
            self._calendar = _Calendar(self)
            self._calendar.picked.connect(self._picked)
        calendar = self._calendar
        calendar.calendar.setSelectedDate(self._value.date())
        calendar.adjustSize()
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = below.x(), below.y() + 2
        if screen is not None:
            # Kept on screen: above the box when there is no room below it.
            if y + calendar.height() > screen.bottom():
                y = self.edit.mapToGlobal(self.edit.rect().topLeft()).y() - calendar.height() - 2
            x = max(screen.left(), min(x, screen.right() - calendar.width()))
        calendar.move(x, y)
        calendar.show()
        calendar.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self._update_help()
            self._show_value()
        super().changeEvent(event)
