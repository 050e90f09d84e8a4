"""``--screenshot OUTDIR``: render each main view, the week view, the settings dialog and the
first-start dialog to PNG and exit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mbdesk.ui.views import VIEW_KEYS

log = logging.getLogger(__name__)


def render_views(window, outdir: str) -> int:
    target = Path(outdir)
    target.mkdir(parents=True, exist_ok=True)
    window.show()
    window.status_panel.show_stored_state()  # not "Network: unknown · Sync not started"
    app = QApplication.instance()
    for key in VIEW_KEYS:
        view = window.show_view(key)
        prepare = getattr(view, "prepare_screenshot", None)
        if prepare is not None:  # e.g. Accounts selects a row so its details show
            prepare()
        for _ in range(3):
            app.processEvents()
        path = target / f"{key}.png"
        if not window.grab().save(str(path)):
            log.error("could not write %s", path)
            return 1
        print(path)
    calendar = window.show_view("calendar")  # the week view too: chips stacked per hour
    calendar.set_mode("week")
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(target / "calendar-week.png"))
    calendar.set_mode("month")
    from mbdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    dialog.show()
    dialog.adjustSize()
    app.processEvents()
    dialog.grab().save(str(target / "settings.png"))
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.inbox_settings.parentWidget()))
    app.processEvents()
    dialog.grab().save(str(target / "settings-inbox.png"))  # its content is in the tab itself
    dialog.close()
    from mbdesk.ui.onboarding import OnboardingDialog

    onboarding = OnboardingDialog(window.ctx, window)
    onboarding.show()
    app.processEvents()
    onboarding.grab().save(str(target / "onboarding.png"))
    onboarding.close()
    window.close()
    return 0
