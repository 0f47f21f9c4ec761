"""Benchmarks: not part of `make test`; `make bench` runs them all and prints one table.

Each ``bench_<topic>.py`` module defines ``run() -> list[Row]`` and can also be run alone
(``python -m tests.benchmarks.bench_<topic>``). A row pairs a figure with a baseline
measured in the same run, so the ratio is meaningful on any machine.
"""
