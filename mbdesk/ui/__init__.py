"""The window: the only layer that builds Qt widgets."""
