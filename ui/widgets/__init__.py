"""Shared widgets for every screen. Import from here:

    from disclosure_helper.ui.widgets import (
        Card, DateField, MessageBanner, BusyIndicator, PassphraseField, StrengthMeter,
        ScrollScreen, FlowRow, label, button, set_role, fit_to_text,
        run_with_progress, SupportLine,
    )

Looks come from the theme through the dynamic property `role` (never hard-code fonts
or colours): QLabel "title" / "heading" / "subheading" / "hint" / "error" / "code";
QFrame "card"; QPushButton "primary" / "danger" / "link"; QFrame or QLabel
"banner-info" / "banner-warning" / "banner-error". Every control needs an accessible name:
`button()` and `named()` take one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name loads its module the first time it is used (PEP 562), so the unlock
# screen starts without building Qt classes only other screens need.
_WHERE = {
    "MessageBanner": "banner",
    "button": "basics",
    "field_group": "basics",
    "field_label": "basics",
    "label": "basics",
    "named": "basics",
    "repolish": "basics",
    "set_role": "basics",
    "BusyIndicator": "busy",
    "Card": "card",
    "DateField": "datefield",
    "DialogScroll": "fit",
    "HeaderScroll": "fit",
    "fit_to_text": "fit",
    "FlowRow": "flow",
    "FocusScrollArea": "keys",
    "FormDialog": "form_dialog",
    "CurrentPageStack": "layout",
    "ScrollScreen": "layout",
    "PassphraseField": "passphrase",
    "run_with_progress": "progress",
    "RememberOnDevice": "remember",
    "StrengthMeter": "strength",
    "SupportLine": "support",
    "install_wheel_guard": "wheel",
    "WrapCheckBox": "wrapping",
    "WrapPushButton": "wrapping",
    "WrapRadioButton": "wrapping",
    "wrap_button": "wrapping",
    "apply_layout_tab_order": "focus",
    "focus_order": "focus",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
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
    from disclosure_helper.ui.widgets.focus import apply_layout_tab_order, focus_order
    from disclosure_helper.ui.widgets.form_dialog import FormDialog
    from disclosure_helper.ui.widgets.keys import FocusScrollArea
    from disclosure_helper.ui.widgets.layout import CurrentPageStack, ScrollScreen
    from disclosure_helper.ui.widgets.passphrase import PassphraseField
    from disclosure_helper.ui.widgets.progress import run_with_progress
    from disclosure_helper.ui.widgets.remember import RememberOnDevice
    from disclosure_helper.ui.widgets.strength import StrengthMeter
    from disclosure_helper.ui.widgets.support import SupportLine
    from disclosure_helper.ui.widgets.wheel import install_wheel_guard
    from disclosure_helper.ui.widgets.wrapping import (
        WrapCheckBox,
        WrapPushButton,
        WrapRadioButton,
        wrap_button,
    )

__all__ = [
    "BusyIndicator",
    "Card",
    "CurrentPageStack",
    "DateField",
    "DialogScroll",
    "FlowRow",
    "FocusScrollArea",
    "FormDialog",
    "HeaderScroll",
    "MessageBanner",
    "PassphraseField",
    "RememberOnDevice",
    "ScrollScreen",
    "StrengthMeter",
    "SupportLine",
    "WrapCheckBox",
    "WrapPushButton",
    "WrapRadioButton",
    "apply_layout_tab_order",
    "button",
    "fit_to_text",
    "focus_order",
    "install_wheel_guard",
    "field_group",
    "field_label",
    "label",
    "named",
    "repolish",
    "run_with_progress",
    "set_role",
    "wrap_button",
]
