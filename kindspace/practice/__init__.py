"""Practising self-compassion, without Qt: exercises as data, sessions, Learn and Support.

Everything here reads content from ``resources/`` and writes through the journal API, so the
GUI only draws what these modules describe (see docs/design/exercises.md).
"""
