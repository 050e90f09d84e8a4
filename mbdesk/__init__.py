"""mbdesk — a desktop operator console for a small shop's microblog accounts."""

__version__ = "0.1.0"
APP_NAME = "mbdesk"
APP_ID = "io.github.mbdesk.mbdesk"  # the desktop entry, icon and AppStream id
