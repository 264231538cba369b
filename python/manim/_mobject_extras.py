"""More of Manim v0.18.0's Mobject / VMobject methods made of the engine's own: a PNG of one
mobject (get_image / save_image), apply_to_family, get_midpoint, get_pieces, the curve-length
helpers, add_smooth_curve_to, gen_cubic_bezier_tuples_from_points, resize_points and
n_points_per_curve. Each is added only where the engine class has no method of that name."""
from pathlib import Path

import numpy as np

import manimcpp as _engine

from ._mobject_methods import _add

Mobject = _engine.Mobject
VMobject = _engine.VMobject


# ---------------------------------------------------------------- images of one mobject


@_add(Mobject)
def get_image(self, camera=None):
    """This mobject alone, drawn by a camera of the config's frame and pixel size on the
    config's background, as a PIL RGBA image (Manim: Camera().capture_mobject(self))."""
    if camera is not None:
        raise NotImplementedError("manim.cpp does not implement Mobject.get_image(camera=...) yet")
    from PIL import Image

    from manim import Scene

    pixels = _engine._capture_frame(Scene(), [self])
    return Image.fromarray(pixels, "RGBA")


@_add(Mobject)
def save_image(self, name=None):
    """get_image() saved as <video_dir>/<name or str(self)>.png, as Manim."""
    from manim import config

    self.get_image().save(Path(config.get_dir("video_dir")).joinpath((name or str(self)) + ".png"))


# ---------------------------------------------------------------- family and points


@_add(Mobject)
def apply_to_family(self, func):
    """func(m) for every family member with points (Manim returns None)."""
    for mob in self.family_members_with_points():
        func(mob)


@_add(Mobject)
def wag(self, direction=None, axis=None, wag_factor=1.0):
    """Each family member's points shifted by direction * alpha ** wag_factor, alpha running
    from 0 to 1 along axis (default: RIGHT shift, growing DOWN). A member flat along axis
    stays put (Manim divides by zero there and leaves NaN points)."""
    direction = np.array([1.0, 0, 0]) if direction is None else np.asarray(direction, float)
    axis = np.array([0, -1.0, 0]) if axis is None else np.asarray(axis, float)
    for mob in self.family_members_with_points():
        points = np.asarray(mob.points, dtype=float)
        alphas = points @ axis
        alphas = alphas - alphas.min()
        top = alphas.max()
        if top > 0:
            alphas = (alphas / top) ** wag_factor
        mob.points = points + np.outer(alphas, direction)
    return self


@_add(Mobject)
def get_midpoint(self):
    """The point halfway along the path: point_from_proportion(0.5)."""
    return self.point_from_proportion(0.5)


@_add(Mobject)
def get_pieces(self, n_pieces):
    """A Group of n_pieces copies (without submobjects), each the partial path between
    consecutive alphas of linspace(0, 1, n_pieces + 1)."""
    from manim import Group

    template = self.copy()
    if len(template.submobjects):
        template.remove(*template.submobjects)
    alphas = np.linspace(0, 1, n_pieces + 1)
    return Group(*(template.copy().pointwise_become_partial(self, a1, a2)
                   for a1, a2 in zip(alphas[:-1], alphas[1:])))


# ---------------------------------------------------------------- VMobject curves


@_add(VMobject)
def get_nth_curve_length_pieces(self, n, sample_points=None):
    """Lengths of the sample_points - 1 chords (default 10 samples) of the n-th curve."""
    if sample_points is None:
        sample_points = 10
    curve = self.get_nth_curve_function(n)
    points = np.array([curve(a) for a in np.linspace(0, 1, sample_points)])
    return np.linalg.norm(points[1:] - points[:-1], axis=1)


@_add(VMobject)
def get_nth_curve_function_with_length(self, n, sample_points=None):
    """(the n-th curve's function of t, its length as the sum of its chord pieces)."""
    curve = self.get_nth_curve_function(n)
    return curve, np.sum(self.get_nth_curve_length_pieces(n, sample_points=sample_points))


@_add(VMobject)
def get_nth_curve_length(self, n, sample_points=None):
    """The n-th curve's approximate length (sum of its chord pieces)."""
    return self.get_nth_curve_function_with_length(n, sample_points)[1]


@_add(VMobject)
def get_curve_functions_with_lengths(self, **kwargs):
    """Yields (function, length) for each curve."""
    for n in range(self.get_num_curves()):
        yield self.get_nth_curve_function_with_length(n, **kwargs)


@_add(VMobject)
def add_smooth_curve_to(self, *points):
    """A cubic to the new anchor whose first handle continues the last curve's tangent; with one
    point the second handle mirrors that tangent about the chord (Manim's rule)."""
    from manim.utils.space_ops import rotate_vector

    if len(points) == 1:
        handle2 = None
        new_anchor = np.asarray(points[0], dtype=float)
    elif len(points) == 2:
        handle2, new_anchor = (np.asarray(p, dtype=float) for p in points)
    else:
        raise ValueError("Only call add_smooth_curve_to with 1 or 2 points")
    if self.has_new_path_started():
        self.add_line_to(new_anchor)
    else:
        self.throw_error_if_no_points()
        last_h2, last_a2 = self.points[-2:]
        last_tangent = last_a2 - last_h2
        handle1 = last_a2 + last_tangent
        if handle2 is None:
            new_tangent = rotate_vector(last_tangent, np.pi, axis=new_anchor - last_a2)
            handle2 = new_anchor - new_tangent
        self.append_points([last_a2, handle1, handle2, new_anchor])
    return self


@_add(VMobject)
def gen_cubic_bezier_tuples_from_points(self, points):
    """The points in groups of 4 (a trailing incomplete group dropped), as a tuple."""
    points = np.asarray(points)
    points = points[: len(points) - len(points) % 4]
    return tuple(points[i:i + 4] for i in range(0, len(points), 4))


def _subpaths(points, separate):
    # Split before every curve (index a multiple of 4) whose first point does not continue the
    # previous curve's last; pieces shorter than one curve are dropped.
    cuts = [n for n in range(4, len(points), 4) if separate(n)]
    bounds = [0] + cuts + [len(points)]
    return (points[a:b] for a, b in zip(bounds, bounds[1:]) if b - a >= 4)


@_add(VMobject)
def get_subpaths_from_points(self, points):
    """The point list cut into subpaths where consecutive curves do not meet (a list)."""
    return list(_subpaths(points,
                          lambda n: not self.consider_points_equals(points[n - 1], points[n])))


@_add(VMobject)
def gen_subpaths_from_points_2d(self, points):
    """As get_subpaths_from_points comparing x and y only, as a generator."""
    return _subpaths(points,
                     lambda n: not self.consider_points_equals_2d(points[n - 1], points[n]))


@_add(VMobject)
def resize_points(self, new_length, resize_func=None):
    """The point list stretched or cut to new_length by resize_func (Manim's resize_array,
    which repeats the list cyclically)."""
    if resize_func is None:
        from manim.utils.iterables import resize_array as resize_func
    if new_length != len(self.points):
        self.points = resize_func(self.points, new_length)
    return self


if "n_points_per_curve" not in dir(VMobject):
    VMobject.n_points_per_curve = property(lambda self: 4, doc="4: cubic Bezier curves")
