"""Benchmarks of kindspace against plain baselines: ``python -m benchmarks.<name>``."""
