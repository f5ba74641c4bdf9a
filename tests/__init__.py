"""kindspace tests; a package so that ``tests.helpers`` is importable from any test."""
