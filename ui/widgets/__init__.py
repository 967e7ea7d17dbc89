"""Shared widgets for every screen. Import from here:

    from disclosure_helper.ui.widgets import (
        Card, DateField, MessageBanner, BusyIndicator, PassphraseField, StrengthMeter,
        ReadableColumn, ScrollScreen, FlowRow, label, button, set_role, fit_to_text,
        run_with_progress, SupportLine,
    )

Looks come from the theme through the dynamic property `role` (never hard-code fonts
or colours): QLabel "title" / "heading" / "subheading" / "hint" / "error" / "code";
QFrame "card"; QPushButton "primary" / "danger" / "link"; QFrame or QLabel
"banner-info" / "banner-warning" / "banner-error". Every control needs an accessible name:
`button()` and `named()` take one.
"""

from disclosure_helper.ui.widgets.banner import MessageBanner
from disclosure_helper.ui.widgets.basics import (
    button,
    field_group,
    field_label,
    label,
    named,
    repolish,
    set_role,
)
from disclosure_helper.ui.widgets.busy import BusyIndicator
from disclosure_helper.ui.widgets.card import Card
from disclosure_helper.ui.widgets.datefield import DateField
from disclosure_helper.ui.widgets.fit import DialogScroll, HeaderScroll, fit_to_text
from disclosure_helper.ui.widgets.flow import FlowRow
from disclosure_helper.ui.widgets.layout import CurrentPageStack, ReadableColumn, ScrollScreen
from disclosure_helper.ui.widgets.passphrase import PassphraseField
from disclosure_helper.ui.widgets.progress import run_with_progress
from disclosure_helper.ui.widgets.strength import StrengthMeter
from disclosure_helper.ui.widgets.support import SupportLine
from disclosure_helper.ui.widgets.wheel import install_wheel_guard
from disclosure_helper.ui.widgets.wrapping import WrapCheckBox

__all__ = [
    "BusyIndicator",
    "Card",
    "CurrentPageStack",
    "DateField",
    "DialogScroll",
    "FlowRow",
    "HeaderScroll",
    "MessageBanner",
    "PassphraseField",
    "ReadableColumn",
    "ScrollScreen",
    "StrengthMeter",
    "SupportLine",
    "WrapCheckBox",
    "button",
    "fit_to_text",
    "install_wheel_guard",
    "field_group",
    "field_label",
    "label",
    "named",
    "repolish",
    "run_with_progress",
    "set_role",
]
