"""Home: a warm hello and the next useful things to do, without showing anything private."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from disclosure_helper.changes import ADJUSTMENTS, PLANS, SETTINGS, Changes
from disclosure_helper.ui import startup
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.widgets import (
    Card,
    FlowRow,
    MessageBanner,
    ScrollScreen,
    SupportLine,
    button,
    label,
    set_role,
)


class HomePage(Page):
    """Greets the person and offers actions; each card opens its section."""

    shows = frozenset({PLANS, SETTINGS, ADJUSTMENTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen(max_chars=84)
        self.scroll_screen = screen  # not `screen`: QWidget has a method of that name
        layout.addWidget(screen)
        self.greeting = label(self._greeting(), "title")
        self.subtitle = label(self.tr(
            "This is your private space. Take what is useful today and leave the rest."))
        screen.column.addWidget(self.greeting)
        screen.column.addWidget(self.subtitle)

        self.backup_banner = MessageBanner(closable=True)
        screen.column.addWidget(self.backup_banner)
        # Due looks at My adjustments, like a plan's revisit date: a count, never a label.
        self.reviews_banner = MessageBanner(closable=True)
        screen.column.addWidget(self.reviews_banner)
        # Made the first time it is needed (rarely): Home is built while unlocking.
        self._kdf_offer_widget: QFrame | None = None
        self._kdf_offer_at = screen.column.count()
        self._column = screen.column
        ctx.stronger_kdf_available.connect(lambda _params: self.offer_stronger_kdf())
        ctx.stronger_kdf_done.connect(lambda: self._kdf_offer_widget and
                                      self._kdf_offer_widget.hide())
        self.grid = QGridLayout()
        self.cards: list[Card] = []
        self.action_buttons: dict[str, object] = {}
        self._columns = 0
        # The actions, the privacy note and the support line: on the app's own first
        # unlock Home is made while the passphrase is typed, and in two turns each stays
        # under a frame (ui/startup.py); anywhere else, or once shown, at once.
        self._lower_built = False
        if startup.builds_in_parts():
            startup.next_turn(self, self._build_lower)
        else:
            self._build_lower()

    def _build_lower(self) -> None:
        if self._lower_built:
            return
        self._lower_built = True
        screen = self.scroll_screen
        screen.column.addWidget(label(self.tr("What would you like to do?"), "heading"))
        grid = self.grid
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        actions = [
            ("decisions", self.tr("Think through telling someone"),
             self.tr("Weigh whether, who, what, when, where, why and how, at your own pace. "
                     "Not telling is a choice too."),
             self.tr("Open Decisions")),
            ("journal", self.tr("Write in your journal"),
             self.tr("A quick check-in, a debrief after a hard day, or a note of something "
                     "that happened at work."),
             self.tr("Open Journal")),
            ("insights", self.tr("Notice patterns"),
             self.tr("Look back over your check-ins and see what helps."),
             self.tr("Open Insights")),
            ("together", self.tr("Sit down with a supporter"),
             self.tr("Show only what you choose, in large, clear text."),
             self.tr("Open Together mode")),
        ]
        for key, title, text, action in actions:
            card = Card(title, text)
            card.body.addStretch(1)
            go = button(action, partial(self.ctx.navigate, key))
            go.setAccessibleDescription(text)
            card.body.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
            self.action_buttons[key] = go
            self.cards.append(card)
        self._arrange_cards(2)
        screen.column.addLayout(grid)

        privacy = Card(self.tr("Someone walking up?"), self.tr(
            "Press Hide now at the top right, or Ctrl+Shift+H, or Escape twice. The app "
            "locks straight away and shows only a plain unlock screen."))
        screen.column.addWidget(privacy)
        self.support = SupportLine()
        screen.column.addWidget(self.support)

    def _arrange_cards(self, columns: int) -> None:
        """Two cards side by side while both fit, one above the other at large text."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _fit_cards(self) -> None:
        if not self.cards:
            return
        body = self.scroll_screen.widget()
        outer = body.layout() if body is not None else None
        assert outer is not None  # a ScrollScreen's body always has its layout
        margins = outer.contentsMargins()
        room = min(self.scroll_screen.viewport().width() - margins.left() - margins.right(),
                   self.scroll_screen.readable.maximumWidth())
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        self._arrange_cards(2 if 2 * widest + self.grid.horizontalSpacing() <= room else 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_cards()

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 5 or hour >= 22:
            return self.tr("Hello. Good to see you.")
        if hour < 12:
            return self.tr("Good morning.")
        if hour < 18:
            return self.tr("Good afternoon.")
        return self.tr("Good evening.")

    def on_unlocked(self) -> None:
        self._build_lower()
        self.greeting.setText(self._greeting())
        self.refresh_backup_reminder()
        self.refresh_due_reviews()
        self.support.refresh(self.ctx)

    def refresh(self, changes: Changes) -> None:
        if SETTINGS in changes.areas:
            self.refresh_backup_reminder()
        if ADJUSTMENTS in changes.areas:
            self.refresh_due_reviews()
        # The support line follows the chosen country, or the latest plan's.
        self._build_lower()
        self.support.refresh(self.ctx)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Time passes without any write: a backup or a review can fall due while the app
        # is open.
        self._build_lower()
        self.refresh_backup_reminder()
        self.refresh_due_reviews()
        self._fit_cards()
        super().showEvent(event)

    def on_about_to_lock(self) -> None:
        self.backup_banner.dismiss()
        self.reviews_banner.dismiss()
        if self._kdf_offer_widget is not None:
            self._kdf_offer_widget.hide()

    @property
    def kdf_offer(self) -> QFrame:
        if self._kdf_offer_widget is None:
            self._kdf_offer_widget = self._kdf_offer()
            self._column.insertWidget(self._kdf_offer_at, self._kdf_offer_widget)
        return self._kdf_offer_widget

    def _kdf_offer(self) -> QFrame:
        """A calm offer, never a warning: nothing is wrong, it can simply be better.

        Its words take the whole width and its buttons sit below, so it reads well at
        any text size.
        """
        offer = QFrame()
        set_role(offer, "banner-info")
        offer.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(offer)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(10)
        text = self.tr("This computer can protect your passphrase more strongly than it does "
                       "now, so that it would take far longer for anyone to guess. Unlocking "
                       "would still take about a second. It needs your passphrase once.")
        column.addWidget(label(text, selectable=True))
        offer.setAccessibleName(self.tr("Message"))
        offer.setAccessibleDescription(text)
        buttons = FlowRow()
        self.strengthen_button = button(
            self.tr("Strengthen it…"), lambda: self.ctx.navigate("settings", action="strengthen"))
        self.not_now_button = button(self.tr("Not now"), self._not_now)
        buttons.addWidget(self.strengthen_button)
        buttons.addWidget(self.not_now_button)
        column.addWidget(buttons)
        offer.hide()
        return offer

    def offer_stronger_kdf(self) -> None:
        if self.ctx.is_unlocked and self.ctx.kdf_advice is not None:
            self.kdf_offer.show()

    def _not_now(self) -> None:
        """Not offered again while the passphrase keeps today's settings."""
        self.ctx.decline_kdf_offer()
        self.kdf_offer.hide()

    def refresh_backup_reminder(self) -> None:
        if not self.ctx.is_unlocked:
            return
        vault = self.vault
        if not vault.backup_due():
            self.backup_banner.dismiss()
            return
        text = (
            self.tr("You haven't made a backup yet. A backup keeps your writing safe if "
                    "this computer is lost or breaks.") if vault.last_backup() is None
            else self.tr("Your last backup was more than 30 days ago. A fresh one keeps "
                         "your recent writing safe.")
        )
        if self.backup_banner.isVisibleTo(self) and self.backup_banner.message() == text:
            return  # already saying so (unlocking and showing Home both ask)
        self.backup_banner.show_message(
            text, "warning",
            action=(self.tr("Back up now…"), lambda: self.ctx.navigate("settings",
                                                                        action="backup")),
        )

    def refresh_due_reviews(self) -> None:
        if not self.ctx.is_unlocked:
            return
        if not self.vault.adjustments.due_reviews():
            self.reviews_banner.dismiss()
            return
        text = self.tr("You set a date to look at your adjustments again, and it has come. "
                       "Take a look when it suits you.")
        if self.reviews_banner.isVisibleTo(self) and self.reviews_banner.message() == text:
            return
        self.reviews_banner.show_message(
            text, "info",
            action=(self.tr("Take a look"), lambda: self.ctx.navigate("adjustments")))
