"""Draws journal rows: soft cards for entries, quiet headings for days.

Search matches are drawn in bold straight from the core's markers, so nothing the
person wrote is ever interpreted as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from disclosure_helper.journal import EntrySummary, SearchHit
from disclosure_helper.ui.journal.look import card_texts, day_and_time, time_of
from disclosure_helper.ui.journal.model import EntryRole, IsHeaderRole, KindLabelRole, LinesRole
from disclosure_helper.ui.theme import theme_colours

Index = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    """`plan_label(plan_id)` names linked plans; set by the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_label = lambda plan_id: ""
        self.show_day = False  # the trash has no day headings, so each row says its day
        self._font = QFont()
        self._line = QFontMetrics(self._font).lineSpacing()

    # Heights follow the font, so large text gets taller rows, never clipped ones.
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # Asked for every row whenever the list is laid out, so it reads one number: the
        # card's line count (0 for a day heading), known without holding the card.
        font = option.font
        if font != self._font:
            self._font, self._line = QFont(font), QFontMetrics(font).lineSpacing()
        line = self._line
        lines = index.data(LinesRole)
        if not lines:
            return QSize(option.rect.width(), int(line * 2.4))
        return QSize(option.rect.width(), int(line * lines + line * 1.6))

    def _texts(self, item: EntrySummary | SearchHit
               ) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
        """The title line and the glimpse line (either may be empty)."""
        return card_texts(
            item,
            lambda i: self.tr("Mood %1  ·  Energy %2  ·  Stress %3")
            .replace("%1", str(i.mood)).replace("%2", str(i.energy))
            .replace("%3", str(i.stress)),
            self.tr("Untitled"))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme_colours()
        pal = option.palette
        text = pal.color(QPalette.ColorRole.Text)
        muted = colours.get("muted", text)
        rect = QRectF(option.rect)
        if index.data(IsHeaderRole):
            self._paint_header(painter, option, rect, str(index.data()), muted)
        else:
            self._paint_entry(painter, option, index, rect, colours, text, muted)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF,
                      text: str, colour: QColor) -> None:
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        fm = QFontMetrics(font)
        area = rect.adjusted(6, 0, -6, -fm.lineSpacing() * 0.3)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, int(area.width())))

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                     rect: QRectF, colours: dict[str, QColor], text: QColor,
                     muted: QColor) -> None:
        item = index.data(EntryRole)
        if item is None:
            return
        fm = QFontMetrics(option.font)
        line = fm.lineSpacing()
        card = rect.adjusted(2, line * 0.2, -2, -line * 0.2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        background = colours.get("surface", option.palette.color(QPalette.ColorRole.Base))
        if selected:
            background = colours.get("selection", background)
        elif hovered:
            background = colours.get("surface_alt", background)
        painter.setPen(QPen(colours.get("border", muted), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(colours.get("focus", text), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)
        if selected:
            text = colours.get("selection_text", text)
            muted = text
        # A coloured edge marks the kind of entry, quietly.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.get("accent", text))
        painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + line * 0.4, 4,
                                       card.height() - line * 0.8), 2, 2)

        x = card.left() + line
        width = card.width() - line * 1.6
        y = card.top() + line * 0.5

        meta = [str(index.data(KindLabelRole) or ""), time_of(item.occurred_at)]
        if self.show_day:
            meta[1] = day_and_time(item.occurred_at)
        if item.plan_id is not None:
            meta.append(self.plan_label(item.plan_id))
        small = QFont(option.font)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRectF(x, y, width, line), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText("  ·  ".join(m for m in meta if m),
                                       Qt.TextElideMode.ElideRight, int(width)))
        y += line

        bold = QFont(option.font)
        bold.setBold(True)
        title_parts, glimpse_parts = self._texts(item)
        painter.setPen(text)
        if title_parts:
            _draw_runs(painter, QRectF(x, y, width, line), title_parts, bold, bold)
            y += line
        if glimpse_parts:
            _draw_runs(painter, QRectF(x, y, width, line), glimpse_parts, option.font, bold)
            y += line
        if item.tags:
            painter.setPen(muted)
            painter.setFont(option.font)
            tags = "  ".join(f"#{tag}" for tag in item.tags)
            painter.drawText(QRectF(x, y, width, line), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(tags, Qt.TextElideMode.ElideRight, int(width)))


def _draw_runs(painter: QPainter, rect: QRectF, parts: list[tuple[str, bool]],
               normal: QFont, strong: QFont) -> None:
    """Draw text pieces on one line, matches in bold, with '…' where the room ends."""
    x = rect.left()
    right = rect.right()
    for piece, is_match in parts:
        piece = " ".join(piece.split()) if "\n" in piece or "\t" in piece else piece
        font = strong if is_match else normal
        fm = QFontMetrics(font)
        painter.setFont(font)
        room = right - x
        if room <= fm.horizontalAdvance("…"):
            break
        width = fm.horizontalAdvance(piece)
        if width > room:
            painter.drawText(QRectF(x, rect.top(), room, rect.height()), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(piece, Qt.TextElideMode.ElideRight, int(room)))
            break
        painter.drawText(QRectF(x, rect.top(), width + 1, rect.height()),
                         Qt.AlignmentFlag.AlignLeft, piece)
        x += width

