"""Write operations on accounts that the UI needs (removing one) and their platform options.

The account's token is in the keyring, not here: the caller deletes it through
``SecretStore.delete_token`` before calling ``delete_account`` (an orphaned secret nobody can
see any more is worse than a row that asks to be re-authorized).
"""

from __future__ import annotations

import json
from typing import Any

from mbdesk.store.models import Account, database_proxy


def delete_account(account_id: int) -> bool:
    """Delete the account and (by cascade) its drafts' targets, mentions, outbox, followers."""
    with database_proxy.atomic():
        return Account.delete().where(Account.id == account_id).execute() > 0


def options(account_id: int) -> dict[str, Any]:
    """The account's platform-only settings (``Account.options_json``): e.g. Weibo's
    ``safe_domain`` and ``default_link``, a token's ``token_expires_at`` (ISO, UTC), X's
    ``access_level``. Never a secret: those live in the keyring."""
    raw = Account.select(Account.options_json).where(Account.id == account_id).scalar() or "{}"
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def set_options(account_id: int, **values: Any) -> None:
    """Merge ``values`` into the account's options (None removes a key)."""
    with database_proxy.atomic():
        data = options(account_id)
        for key, value in values.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        Account.update(options_json=json.dumps(data, ensure_ascii=False)).where(
            Account.id == account_id).execute()
