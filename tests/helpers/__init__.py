"""Shared test helpers: system parts, Xvfb, fakes."""
