"""Benchmarks: scripts that print figures (never pass/fail). Run them all with ``make bench``."""
