"""Benchmarks of the KAUSA bot: ``python -m bench`` runs them all (see bench/README.md)."""
