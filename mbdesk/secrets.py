"""The only module that touches ``keyring``: one token per account, under service ``mbdesk``.

When no secure backend exists we say so and refuse to keep the secret, unless the user opted in
to plaintext storage (a 0600 file in the data folder, named as such in the UI and the CLI).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path
from types import ModuleType

from mbdesk.errors import SecretStoreError, SecretStoreUnavailable

SERVICE = "mbdesk"
log = logging.getLogger(__name__)

NO_BACKEND_MESSAGE = (
    "No secure keyring is available on this system, so mbdesk cannot store the account's token."
)
NO_BACKEND_HINT = (
    "Install and unlock a Secret Service keyring (for example gnome-keyring or KWallet), "
    "or allow plaintext storage explicitly in Settings / with --allow-plaintext-secrets."
)

UNAVAILABLE_MESSAGE = "The system keyring is not available right now; mbdesk retries."
UNAVAILABLE_HINT = ("Unlock the keyring or start it (for example gnome-keyring); "
                    "the sign-in is kept.")


# keyring picks its backend once per process. Started while the keyring was out of reach (no
# Secret Service on the bus yet, gnome-keyring not started or unlocked later), a process would
# keep keyring's fail backend until restarted; so, while the backend keyring chose itself is not
# a secure one, the next secret access asks keyring to detect again, at most this often.
RECHECK_SECONDS = 30.0


class _Detection:
    """The backend keyring detected on its own in this process (one set explicitly — by a
    keyring config, the environment at start or a test — is never replaced)."""

    lock = threading.Lock()
    seen = False
    auto: object | None = None
    checked_at = 0.0


def _now() -> float:
    return time.monotonic()


def _keyring() -> ModuleType:
    """``keyring`` is imported on first use: it probes D-Bus and costs start-up time."""
    import keyring
    import keyring.core
    import keyring.errors

    if not _Detection.seen:
        with _Detection.lock:
            if not _Detection.seen:
                if getattr(keyring.core, "_keyring_backend", True) is None:  # nobody chose yet
                    _Detection.auto = keyring.get_keyring()  # keyring detects it now
                    _Detection.checked_at = _now()
                _Detection.seen = True
    return keyring


def _redetect() -> None:
    """Ask keyring to detect its backend again if the one it chose is not secure and the last
    look is ``RECHECK_SECONDS`` old (detection may talk to D-Bus: callers are off the GUI
    thread)."""
    keyring = _keyring()
    if _Detection.auto is None or keyring.get_keyring() is not _Detection.auto:
        return
    if _is_secure(_Detection.auto):
        return
    with _Detection.lock:
        now = _now()
        if now - _Detection.checked_at < RECHECK_SECONDS:
            return
        _Detection.checked_at = now
        import keyring.backend

        forget = getattr(keyring.backend.get_all_keyring, "reset", None)
        if forget is not None:  # keyring keeps the backends that were viable at its first look
            forget()
        try:
            keyring.core.init_backend()
        except Exception:  # a broken backend plugin: keep the one we had
            log.warning("keyring backend detection failed", exc_info=True)
            keyring.set_keyring(_Detection.auto)
            return
        _Detection.auto = keyring.get_keyring()
    if _is_secure(_Detection.auto):
        log.info("the keyring is available now: %s", backend_name())


def backend_name() -> str:
    keyring = _keyring()
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def has_secure_backend() -> bool:
    """False for keyring's fail/null backends and the chainer with nothing behind it."""
    _redetect()
    return _is_secure(_keyring().get_keyring())


def _is_secure(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if module.startswith("keyrings.alt"):  # plaintext or weakly encrypted files
        return False
    priority = getattr(backend, "priority", 1)
    try:
        return float(priority) > 0
    except TypeError:  # a class property that needs the instance
        return True


class SecretStore:
    """Store / read / delete the token of an account id.

    ``plaintext_file`` is only used when ``allow_plaintext`` is set and no secure backend exists.
    """

    def __init__(self, plaintext_file: Path | None = None, allow_plaintext: bool = False) -> None:
        self.plaintext_file = plaintext_file
        self.allow_plaintext = allow_plaintext

    @property
    def secure(self) -> bool:
        return has_secure_backend()

    def _plaintext_allowed(self) -> bool:
        return self.allow_plaintext and self.plaintext_file is not None

    def set_token(self, account_uid: str, token: str) -> None:
        if not self.secure:
            if self._plaintext_allowed():
                self._write_plain(account_uid, token)
                return
            raise SecretStoreError(NO_BACKEND_MESSAGE, hint=NO_BACKEND_HINT)
        keyring = _keyring()
        try:
            keyring.set_password(SERVICE, account_uid, token)
        except keyring.errors.KeyringError as exc:
            raise _refused("save", exc) from exc

    def get_token(self, account_uid: str) -> str | None:
        """The stored token, or None when the keyring answered that none is stored.

        A keyring that cannot be asked (no Secret Service on the bus right now, locked,
        refused) raises :class:`SecretStoreUnavailable` instead: that says nothing about the
        token, so it must never be read as a sign-in that ended."""
        if not self.secure:
            if self._plaintext_allowed():
                token = self._read_plain().get(account_uid)
                if token is not None:
                    return token
            # no secure backend *now*: the token may well be in the keyring we cannot reach
            raise SecretStoreUnavailable(UNAVAILABLE_MESSAGE, hint=UNAVAILABLE_HINT)
        keyring = _keyring()
        try:
            return keyring.get_password(SERVICE, account_uid)
        except keyring.errors.KeyringError as exc:  # locked, daemon gone, prompt dismissed
            raise SecretStoreUnavailable(
                "The system keyring is not available right now: it refused to read the token "
                f"({type(exc).__name__}); mbdesk retries.", hint=UNAVAILABLE_HINT) from exc

    def delete_token(self, account_uid: str) -> None:
        if self._plaintext_allowed():
            data = self._read_plain()
            if data.pop(account_uid, None) is not None:
                self._write_all_plain(data)
        if not self.secure:
            return
        keyring = _keyring()
        try:
            keyring.delete_password(SERVICE, account_uid)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone
        except keyring.errors.KeyringError as exc:
            raise _refused("delete", exc) from exc

    # -- plaintext fallback, only after an explicit opt-in ------------------------------------
    def _read_plain(self) -> dict[str, str]:
        assert self.plaintext_file is not None
        try:
            return json.loads(self.plaintext_file.read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def _write_plain(self, account_uid: str, token: str) -> None:
        data = self._read_plain()
        data[account_uid] = token
        self._write_all_plain(data)
        log.warning("token of account %s stored in plaintext (user opted in)", account_uid)

    def _write_all_plain(self, data: dict[str, str]) -> None:
        assert self.plaintext_file is not None
        tmp = self.plaintext_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        tmp.replace(self.plaintext_file)


def _refused(action: str, exc: Exception) -> SecretStoreError:
    return SecretStoreError(
        f"The keyring refused to {action} the token ({type(exc).__name__}).",
        hint="Unlock your keyring (or accept its prompt) and try again; nothing else changed.",
    )
