"""Speed check of the 3D camera (issue 14): a Surface of resolution 64x64 (4096 shaded faces,
depth-sorted every frame) seen by a rotating camera for 10 s.

    manimcpp -qh --disable_caching bench/three_d_surface_bench.py RotatingSurface
    manim    -qh --disable_caching bench/three_d_surface_bench.py RotatingSurface   # Manim CE, same file

SURFACE_SECONDS=2 shortens the rotation (bench/vs_manimce/run.sh uses it when Manim CE is slow).
"""
import os

from manim import *

SECONDS = float(os.environ.get("SURFACE_SECONDS", "10"))


class RotatingSurface(ThreeDScene):
    def construct(self):
        surface = Surface(
            lambda u, v: np.array([u, v, 0.5 * np.sin(u) * np.cos(v)]),
            u_range=[-3, 3],
            v_range=[-3, 3],
            resolution=(64, 64),
        )
        self.set_camera_orientation(phi=70 * DEGREES, theta=-60 * DEGREES)
        self.add(surface)
        self.begin_ambient_camera_rotation(rate=0.3)
        self.wait(SECONDS)
