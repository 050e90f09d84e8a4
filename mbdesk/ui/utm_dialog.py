"""Link tagging (UTM): which accounts add utm_source/utm_medium/utm_campaign to links to the
shop's own domains, so visits from a post show up in the shop's web analytics as "action".

One list of domains for the shop (stored with every account, so each account could differ
later) and one row per account: tag or not, its source (default: the platform's name) and
medium (default "social"). Nothing is tagged until the owner lists a domain: tagging other
people's links would be rude.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import utm
from mbdesk.store.accounts import options
from mbdesk.store.models import Account
from mbdesk.store.utm import account_settings, save_account_settings
from mbdesk.ui.safe_text import plain_label


class UtmDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("utm-dialog")
        self.setWindowTitle(self.tr("Link tagging (UTM)"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Mastodon, Bluesky and Weibo do not tell you how many people clicked a link in "
            "your post. Tagged links do: each visit from a post shows up in your shop's own "
            "web analytics (for example under Acquisition → Campaigns) with the source, "
            "medium and campaign below. Only links to your own domains are tagged; links "
            "you tagged yourself are left as they are; replies are never tagged."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Your shop's domains (subdomains count too):"), self))
        self.domains = QLineEdit(self)
        self.domains.setObjectName("utm-domains")
        self.domains.setPlaceholderText(self.tr("e.g. myshop.com, shop.example.cn"))
        layout.addWidget(self.domains)

        grid = QGridLayout()
        for col, text in enumerate((self.tr("Account"), self.tr("Tag links"),
                                    self.tr("Source"), self.tr("Medium"))):
            grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, col)
        self.rows: dict[int, tuple[QCheckBox, QLineEdit, QLineEdit, str]] = {}
        domains: list[str] = []
        accounts = list(Account.select(Account.id, Account.handle, Account.platform)
                        .order_by(Account.id))
        for r, account in enumerate(accounts, start=1):
            current = account_settings(account.id, account.platform)
            raw = options(account.id).get("utm")  # blank = the default, shown greyed
            raw = raw if isinstance(raw, dict) else {}
            for d in current.domains:
                if d not in domains:
                    domains.append(d)
            name = plain_label(QLabel(f"{account.handle} ({account.platform})", self))
            check = QCheckBox(self)
            check.setObjectName(f"utm-enabled-{account.id}")
            check.setChecked(current.enabled)
            source = QLineEdit(str(raw.get("source") or ""), self)
            source.setPlaceholderText(account.platform)
            medium = QLineEdit(str(raw.get("medium") or ""), self)
            medium.setPlaceholderText(utm.DEFAULT_MEDIUM)
            for c, w in enumerate((name, check, source, medium)):
                grid.addWidget(w, r, c)
            self.rows[account.id] = (check, source, medium, account.platform)
        if not accounts:
            grid.addWidget(QLabel(self.tr("No accounts yet."), self), 1, 0, 1, 4)
        layout.addLayout(grid)
        self.domains.setText(", ".join(domains))
        self.example = plain_label(QLabel(self))
        self.example.setObjectName("utm-example")
        self.example.setWordWrap(True)
        layout.addWidget(self.example)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.domains.textChanged.connect(self._show_example)
        for check, source, medium, _platform in self.rows.values():
            check.toggled.connect(self._show_example)
            source.textChanged.connect(self._show_example)
            medium.textChanged.connect(self._show_example)
        self._show_example()

    def _show_example(self, *_args) -> None:
        domains = utm.parse_domains(self.domains.text())
        on = [(c, s, m, p) for c, s, m, p in self.rows.values() if c.isChecked()]
        if not on:
            self.example.setText(self.tr("No account tags links."))
            return
        if not domains:
            self.example.setText(self.tr("List at least one domain: until then no link is "
                                         "tagged."))
            return
        _check, source, medium, platform = on[0]
        example = utm.tag_url(f"https://{domains[0]}/new", source.text().strip() or platform,
                              medium.text().strip() or utm.DEFAULT_MEDIUM,
                              self.tr("spring-sale"))
        self.example.setText(self.tr("Example: {url}").format(url=example))

    def accept(self) -> None:
        domains = utm.parse_domains(self.domains.text())
        if any(c.isChecked() for c, *_ in self.rows.values()) and not domains:
            self.problem.setText(self.tr("Tagging is on for an account but no domain is "
                                         "listed: add your shop's domain, or untick the "
                                         "accounts."))
            self.problem.show()
            return
        for account_id, (check, source, medium, _platform) in self.rows.items():
            save_account_settings(account_id, enabled=check.isChecked(),
                                  source=source.text(), medium=medium.text(), domains=domains)
        super().accept()
