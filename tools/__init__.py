"""Helpers that tests, scripts and benchmarks share: building a site, serving it, making fixtures."""
