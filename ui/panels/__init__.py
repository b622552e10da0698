"""Dockable show-console panels: one per device kind, rehearsal faults and the event log."""
