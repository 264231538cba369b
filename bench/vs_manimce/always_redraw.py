"""50 always_redraw dots following a ValueTracker over a long wait (Manim CE's issue #1959:
time per frame grew as the scene went on). Runs under both engines:

    REDRAW_SECONDS=120 REDRAW_STAMPS=stamps.txt manimcpp -ql --disable_caching always_redraw.py AlwaysRedraw50
    REDRAW_SECONDS=120 REDRAW_STAMPS=stamps.txt $MANIMCE_PYTHON -m manim -ql --disable_caching always_redraw.py AlwaysRedraw50

An extra updater writes the time at which each frame's updaters ran; run.sh compares the mean
frame interval of the first and the last tenth of the frames.
"""
import os
import time

from manim import *

SECONDS = float(os.environ.get("REDRAW_SECONDS", "60"))

class AlwaysRedraw50(Scene):
    def construct(self):
        t = ValueTracker(0)
        t.add_updater(lambda m, dt: m.increment_value(dt))
        self.add(t)
        for i in range(50):
            self.add(always_redraw(lambda i=i: Dot(
                [3 * np.cos(t.get_value() * 0.5 + i * TAU / 50),
                 3 * np.sin(t.get_value() * 0.5 + i * TAU / 50), 0], color=BLUE)))
        stamps = []
        clock = Mobject()
        clock.add_updater(lambda m, dt: stamps.append(time.perf_counter()))
        self.add(clock)
        self.wait(SECONDS)
        out = os.environ.get("REDRAW_STAMPS")
        if out:
            with open(out, "w") as f:
                f.write("\n".join("%.6f" % s for s in stamps))
