"""Gentle reminders to practise: rules, their state, the schedule, storage and start at login.

Everything here is Qt-free and pure where it can be; ``kindspace.gui`` drives it with one
single-shot timer (see docs/design/reminders.md).
"""
