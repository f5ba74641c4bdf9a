"""Modules generated from ui/*.ui; see scripts/compile_forms.py."""
