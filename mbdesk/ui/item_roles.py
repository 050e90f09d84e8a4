"""Qt's item data roles as plain ints, for models on the way to the first screen.

Importing ``Qt`` from PySide6 builds all of its ~100 enum classes at once (~28 ms): the inbox's
model compares and hands out roles before the inbox paints, and plain ints are what views pass
to ``data()`` anyway. ``tests/test_item_roles.py`` checks each value against Qt's own.
"""

DISPLAY = 0
DECORATION = 1
TOOLTIP = 3
FONT = 6
USER = 256  # the first role free for an application's own data
