"""Sync: the outbox state machine, the per-account engine, bulk ingest, client building.

Pure Python (no Qt): the window drives it through ``mbdesk.services.sync_service`` and the
headless ``mbdesk sync`` through ``mbdesk.sync.runner``.
"""
