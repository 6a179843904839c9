"""The project's benchmarks: speed, CPU and memory, measured by hand and never by the test suite.

``python -m benchmarks`` runs them all and prints one table (see ``__main__``);
each ``bench_*.py`` also runs on its own and says how it measures in its docstring.
"""
