"""Build times of graphing objects (issue 12), timed in-process with the `manim` package of
whichever engine runs it: manim.cpp's (PYTHONPATH=python:build) or Manim CE's (MANIMCE_PYTHON).

    python3 bench/vs_manimce/build_times.py [REPEATS]

Prints one line per case: `name wall_median_s cpu_median_s first_wall_s` (cpu: this
process's user+system time, steadier than wall time on a loaded machine). The first call of a case pays the
typesetting of the digits (Manim CE: LaTeX, cached under ./media/Tex; manim.cpp: MathJax), so
the median over the later calls is the steady figure. Run it from a scratch folder.
"""
import os
import statistics
import sys
import time

from manim import *

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
os.makedirs(os.path.join("media", "Tex"), exist_ok=True)  # Manim CE does not create parents


def timed(name, build, check, repeats=REPEATS):
    walls, cpus = [], []
    for _ in range(repeats + 1):  # the first call warms caches and is reported apart
        wall, cpu = time.perf_counter(), time.process_time()
        result = build()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        check(result)
    steady = slice(1, None) if repeats else slice(0, 1)  # no repeat: the first call is all
    print(
        f"{name} {statistics.median(walls[steady]):.4f} {statistics.median(cpus[steady]):.4f} {walls[0]:.4f}",
        flush=True,
    )


axes = Axes(x_range=[0, 10, 1], y_range=[0, 100, 10])
graph = axes.plot(lambda x: x * x)


def n_is(n):
    def check(group):
        assert len(group) == n, f"expected {n} parts, got {len(group)}"

    return check


def table_is(rows, cols):
    def check(table):
        assert len(table.get_entries()) == rows * cols, len(table.get_entries())

    return check


timed("riemann_1000", lambda: axes.get_riemann_rectangles(graph, dx=0.01), n_is(1000))
values = [[r * 0.1 + c for c in range(50)] for r in range(50)]
timed("decimal_table_50x50", lambda: DecimalTable(values), table_is(50, 50))
ints = [[r * 50 + c for c in range(50)] for r in range(50)]
timed("integer_table_50x50", lambda: IntegerTable(ints), table_is(50, 50))
formulas = [[f"x^{{{c}}}" for c in range(50)] for _ in range(50)]  # 50 distinct formulas
timed("math_table_50x50", lambda: MathTable(formulas), table_is(50, 50))
timed(
    "mobject_table_50x50",
    lambda: MobjectTable([[Square(0.5) for _ in range(50)] for _ in range(50)]),
    table_is(50, 50),
)
timed(
    "text_table_50x50",
    lambda: Table([[str(r * 50 + c) for c in range(50)] for r in range(50)]),
    table_is(50, 50),
    repeats=REPEATS // 3,
)
