"""The window: the only layer that builds Qt widgets."""

from mbdesk.ui import pyside_import_check

# Before any other window module is imported: PySide6 checks each new module's source (see there)
pyside_import_check.install()
