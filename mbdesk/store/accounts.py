"""Write operations on accounts that the UI needs (removing one).

The account's token is in the keyring, not here: the caller deletes it through
``SecretStore.delete_token`` before calling ``delete_account`` (an orphaned secret nobody can
see any more is worse than a row that asks to be re-authorized).
"""

from __future__ import annotations

from mbdesk.store.models import Account, database_proxy


def delete_account(account_id: int) -> bool:
    """Delete the account and (by cascade) its drafts' targets, mentions, outbox, followers."""
    with database_proxy.atomic():
        return Account.delete().where(Account.id == account_id).execute() > 0
