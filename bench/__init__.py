"""Benchmarks: the figures in the README come from these commands."""
