"""Manim's Mobject and VMobject methods that are plain compositions of the engine's own
(positioning helpers, submobject order, point-list helpers), `become` with Manim's keywords,
`set_default`, and colour lists in constructors (`Square(fill_color=[RED, GREEN])`).

Each is added only where the engine class has no method of that name, so a C++ method
always wins."""
import functools
import numbers
import random
from functools import partialmethod

import numpy as np

import manimcpp as _engine

Mobject = _engine.Mobject
VMobject = _engine.VMobject

_ORIGIN = np.zeros(3)
_EDGE_BUFF = 0.5  # DEFAULT_MOBJECT_TO_EDGE_BUFFER


def _add(cls, name=None):
    def deco(f):
        key = name or f.__name__
        if key not in dir(cls):
            f.__qualname__ = f"{cls.__name__}.{key}"
            setattr(cls, key, f)
        return f

    return deco


def _replace(cls, name=None):
    def deco(f):
        f.__qualname__ = f"{cls.__name__}.{name or f.__name__}"
        setattr(cls, name or f.__name__, f)
        return f

    return deco


def _frame_radii():
    from manim import config

    return config["frame_x_radius"], config["frame_y_radius"]


# ---------------------------------------------------------------- colour lists and defaults

_COLOR_KEYS = ("color", "fill_color", "stroke_color")


def _is_color_list(v):
    if isinstance(v, np.ndarray):
        return v.ndim == 2
    return (isinstance(v, (list, tuple)) and len(v) > 0
            and not isinstance(v[0], numbers.Number))


def _vmobject_default_color():
    """Manim's `VMobject().color`, which Text, MarkupText and the Tex classes take when no
    colour is given: WHITE unless VMobject.set_default(color=...) changed it."""
    if not isinstance(VMobject.__dict__.get("__init__"), partialmethod):
        return None
    return VMobject().get_color()


_INHERITS_COLOR = {"Text", "MarkupText", "SingleStringMathTex", "MathTex", "Tex"}


# Called at the end of every engine constructor (python/manim/_mobject_align.py sets it: a
# script's own generate_points / init_colors, which Manim's Mobject.__init__ calls).
_after_init = None


def _wrap_engine_init(cls):
    init = cls.__dict__.get("__init__")
    if init is None or getattr(init, "_manim_colors", False):
        return
    vectorized = issubclass(cls, VMobject)
    inherits = cls.__name__ in _INHERITS_COLOR

    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        # Manim's Mobject(name=...): every mobject takes it (the default name is the class's).
        name = kwargs.pop("name", None)
        if not vectorized:
            init(self, *args, **kwargs)
            if name is not None:
                self.name = name
            if _after_init is not None:
                _after_init(self)
            return
        lists = {}
        for key in _COLOR_KEYS:
            v = kwargs.get(key)
            if v is not None and _is_color_list(v):
                lists[key] = list(v)
                kwargs[key] = v[0]
        # VMobject's keywords the engine constructors leave to these setters.
        joint = kwargs.pop("joint_type", None)
        cap = kwargs.pop("cap_style", None)
        sheen = kwargs.pop("sheen_factor", None)
        sheen_direction = kwargs.pop("sheen_direction", None)
        if inherits and kwargs.get("color") is None:
            c = _vmobject_default_color()
            if c is not None:
                kwargs["color"] = c
        init(self, *args, **kwargs)
        if name is not None:
            self.name = name
        if lists:
            # Manim's init_colors: fill from fill_color or color, stroke from stroke_color or
            # color, each list a gradient.
            fill = lists.get("fill_color", lists.get("color") if "fill_color" not in kwargs
                             else None)
            stroke = lists.get("stroke_color", lists.get("color") if "stroke_color" not in kwargs
                               else None)
            if fill is not None:
                self.set_fill(fill)
            if stroke is not None:
                self.set_stroke(stroke)
        if joint is not None:
            self.joint_type = joint
        if cap is not None:
            self.cap_style = cap
        if sheen_direction is not None:
            self.set_sheen_direction(sheen_direction)
        if sheen:
            self.set_sheen(sheen, sheen_direction)
        if _after_init is not None:
            _after_init(self)

    __init__._manim_colors = True
    cls.__init__ = __init__


def _wrap_all_engine_inits():
    for name in dir(_engine):
        cls = getattr(_engine, name)
        if isinstance(cls, type) and issubclass(cls, Mobject):
            _wrap_engine_init(cls)


def set_default(cls, **kwargs):
    """Sets the default keyword arguments of this class's constructor; with no arguments,
    restores the original ones (Manim's Mobject.set_default). Text, MarkupText and the Tex
    classes take the colour of VMobject's defaults, as in Manim."""
    if "_original__init__" not in cls.__dict__:
        cls._original__init__ = cls.__dict__.get("__init__")
    if kwargs:
        cls.__init__ = partialmethod(cls.__init__, **kwargs)
    else:
        original = cls.__dict__["_original__init__"]
        if original is None:
            if "__init__" in cls.__dict__:
                delattr(cls, "__init__")
        else:
            cls.__init__ = original


Mobject.set_default = classmethod(set_default)


# ---------------------------------------------------------------- become, match_points

_engine_become = Mobject.become


@_replace(Mobject)
def become(self, mobject, copy_submobjects=True, match_height=False, match_width=False,
           match_depth=False, match_center=False, stretch=False):
    """Manim's become: `mobject` is first resized / moved as asked (it is changed itself, as
    in Manim), then this object takes its points and style, keeping its identity."""
    if not isinstance(mobject, Mobject):
        raise TypeError(f"become: argument 'mobject' must be a Mobject, got "
                        f"{type(mobject).__name__}")
    if stretch:
        mobject.stretch_to_fit_height(self.height)
        mobject.stretch_to_fit_width(self.width)
        mobject.stretch_to_fit_depth(self.depth)
    else:
        if match_height:
            mobject.match_height(self)
        if match_width:
            mobject.match_width(self)
        if match_depth:
            mobject.match_depth(self)
    if match_center:
        mobject.move_to(self.get_center())
    _engine_become(self, mobject)
    return self


@_add(Mobject)
def match_points(self, mobject, copy_submobjects=True):
    """Takes the points of `mobject`'s family member by member; styles are kept."""
    for a, b in zip(self.get_family(), mobject.get_family()):
        a.points = np.array(b.points)
    return self


# ---------------------------------------------------------------- sizes and coordinates

@_add(Mobject)
def rescale_to_fit(self, length, dim, stretch=False, **kwargs):
    old = self.length_over_dim(dim)
    if old == 0:
        return self
    if stretch:
        self.stretch(length / old, dim, **kwargs)
    else:
        self.scale(length / old, **kwargs)
    return self


@_add(Mobject)
def stretch_to_fit_depth(self, depth, **kwargs):
    return self.rescale_to_fit(depth, 2, stretch=True, **kwargs)


@_add(Mobject)
def scale_to_fit_depth(self, depth, **kwargs):
    return self.rescale_to_fit(depth, 2, stretch=False, **kwargs)


@_add(Mobject)
def match_dim_size(self, mobject, dim, **kwargs):
    return self.rescale_to_fit(mobject.length_over_dim(dim), dim, **kwargs)


@_add(Mobject)
def match_depth(self, mobject, **kwargs):
    return self.match_dim_size(mobject, 2, **kwargs)


@_add(Mobject)
def get_coord(self, dim, direction=_ORIGIN):
    return self.get_extremum_along_dim(dim=dim, key=direction[dim])


@_add(Mobject)
def set_coord(self, value, dim, direction=_ORIGIN):
    shift = np.zeros(3)
    shift[dim] = value - self.get_coord(dim, direction)
    self.shift(shift)
    return self


@_add(Mobject)
def set_z(self, z, direction=_ORIGIN):
    return self.set_coord(z, 2, direction)


@_add(Mobject)
def match_coord(self, mobject, dim, direction=_ORIGIN):
    return self.set_coord(mobject.get_coord(dim, direction), dim=dim, direction=direction)


@_add(Mobject)
def match_x(self, mobject, direction=_ORIGIN):
    return self.match_coord(mobject, 0, direction)


@_add(Mobject)
def match_y(self, mobject, direction=_ORIGIN):
    return self.match_coord(mobject, 1, direction)


@_add(Mobject)
def match_z(self, mobject, direction=_ORIGIN):
    return self.match_coord(mobject, 2, direction)


@_add(Mobject)
def match_color(self, mobject):
    return self.set_color(mobject.get_color())


@_add(Mobject)
def has_no_points(self):
    return self.get_num_points() == 0


@_add(Mobject)
def throw_error_if_no_points(self):
    if self.has_no_points():
        raise Exception(f"Cannot call this method of {type(self).__name__}: it has no points")


@_add(Mobject)
def get_all_points(self):
    pts = [np.asarray(m.points).reshape(-1, 3) for m in self.get_family()]
    return np.concatenate(pts, axis=0) if pts else np.zeros((0, 3))


@_add(Mobject)
def get_points_defining_boundary(self):
    return self.get_all_points()


@_add(Mobject)
def get_extremum_along_dim(self, points=None, dim=0, key=0):
    if points is None:
        points = self.get_points_defining_boundary()
    values = np.asarray(points)[:, dim]
    if len(values) == 0:
        return 0.0
    if key < 0:
        return float(np.min(values))
    if key == 0:
        return float((np.min(values) + np.max(values)) / 2)
    return float(np.max(values))


@_add(Mobject)
def reduce_across_dimension(self, reduce_func, dim):
    values = []
    for m in self.get_family():
        pts = np.asarray(m.points)
        if len(pts):
            values.append(reduce_func(pts[:, dim]))
    if not values:
        return 0
    return reduce_func(values)


@_add(Mobject)
def get_zenith(self):
    return self.get_critical_point(np.array([0.0, 0.0, 1.0]))


@_add(Mobject)
def get_nadir(self):
    return self.get_critical_point(np.array([0.0, 0.0, -1.0]))


@_add(Mobject)
def get_start_and_end(self):
    return self.get_start(), self.get_end()


@_add(Mobject)
def get_center_of_mass(self):
    return np.mean(self.get_all_points(), axis=0)


@_add(Mobject)
def get_z_index_reference_point(self):
    return self.get_center()


@_add(Mobject)
def set_z_index_by_z_Point3D(self):
    self.set_z_index(self.get_center()[-1])
    return self


@_add(Mobject)
def nonempty_submobjects(self):
    return [s for s in self.submobjects if len(s.submobjects) != 0 or s.get_num_points() != 0]


# ---------------------------------------------------------------- placement on the frame

@_add(Mobject)
def align_on_border(self, direction, buff=_EDGE_BUFF):
    direction = np.asarray(direction, dtype=float)
    xr, yr = _frame_radii()
    target = np.sign(direction) * np.array([xr, yr, 0.0])
    shift = target - self.get_critical_point(direction) - buff * direction
    self.shift(shift * np.abs(np.sign(direction)))
    return self


@_add(Mobject)
def shift_onto_screen(self, **kwargs):
    radii = _frame_radii()
    buff = kwargs.get("buff", _EDGE_BUFF)
    for vect in (np.array([0.0, 1, 0]), np.array([0.0, -1, 0]), np.array([-1.0, 0, 0]),
                 np.array([1.0, 0, 0])):
        dim = int(np.argmax(np.abs(vect)))
        if np.dot(self.get_edge_center(vect), vect) > radii[dim] - buff:
            self.to_edge(vect, **kwargs)
    return self


@_add(Mobject)
def is_off_screen(self):
    xr, yr = _frame_radii()
    return bool(self.get_left()[0] > xr or self.get_right()[0] < -xr
                or self.get_bottom()[1] > yr or self.get_top()[1] < -yr)


@_add(Mobject)
def replace(self, mobject, dim_to_match=0, stretch=False):
    if not mobject.get_num_points() and not mobject.submobjects:
        raise Warning("Attempting to replace mobject with no points")
    if stretch:
        self.stretch_to_fit_width(mobject.width)
        self.stretch_to_fit_height(mobject.height)
    else:
        self.rescale_to_fit(mobject.length_over_dim(dim_to_match), dim_to_match, stretch=False)
    self.shift(mobject.get_center() - self.get_center())
    return self


@_add(Mobject)
def surround(self, mobject, dim_to_match=0, stretch=False, buff=0.25):
    self.replace(mobject, dim_to_match, stretch)
    length = mobject.length_over_dim(dim_to_match)
    self.scale((length + buff) / length)
    return self


@_add(Mobject)
def put_start_and_end_on(self, start, end):
    curr_start, curr_end = self.get_start_and_end()
    curr_vect = np.asarray(curr_end) - np.asarray(curr_start)
    if np.all(curr_vect == 0):
        raise Exception("Cannot position endpoints of closed loop")
    target_vect = np.asarray(end, dtype=float) - np.asarray(start, dtype=float)
    cross = np.cross(curr_vect, target_vect)
    axis = cross / np.linalg.norm(cross) if np.linalg.norm(cross) != 0 else np.array([0, 0, 1.0])
    self.scale(np.linalg.norm(target_vect) / np.linalg.norm(curr_vect), about_point=curr_start)
    cosine = np.dot(curr_vect, target_vect) / (np.linalg.norm(curr_vect)
                                                * np.linalg.norm(target_vect))
    self.rotate(float(np.arccos(np.clip(cosine, -1, 1))), about_point=curr_start, axis=axis)
    self.shift(np.asarray(start) - curr_start)
    return self


@_add(Mobject)
def pose_at_angle(self, **kwargs):
    self.rotate(np.pi / 7, np.array([1.0, 1.0, 0.0]), **kwargs)
    return self


@_add(Mobject)
def space_out_submobjects(self, factor=1.5, **kwargs):
    self.scale(factor, **kwargs)
    for s in self.submobjects:
        s.scale(1.0 / factor)
    return self


@_add(Mobject)
def stretch_about_point(self, factor, dim, point):
    return self.stretch(factor, dim, about_point=point)


@_add(Mobject)
def apply_points_function_about_point(self, func, about_point=None, about_edge=None):
    if about_point is None:
        about_point = self.get_critical_point(_ORIGIN if about_edge is None else about_edge)
    about_point = np.asarray(about_point, dtype=float)
    for m in self.family_members_with_points():
        pts = np.asarray(m.points, dtype=float) - about_point
        m.points = np.asarray(func(pts), dtype=float) + about_point
    return self


@_add(Mobject)
def apply_matrix(self, matrix, **kwargs):
    if kwargs.get("about_point") is None and kwargs.get("about_edge") is None:
        kwargs["about_point"] = _ORIGIN
    full = np.identity(3)
    m = np.array(matrix, dtype=float)
    full[: m.shape[0], : m.shape[1]] = m
    return self.apply_points_function_about_point(lambda p: p @ full.T, **kwargs)


@_add(Mobject)
def apply_function_to_position(self, function):
    self.move_to(function(self.get_center()))
    return self


@_add(Mobject)
def apply_function_to_submobject_positions(self, function):
    for s in self.submobjects:
        s.apply_function_to_position(function)
    return self


@_add(Mobject)
def fade_to(self, color, alpha, family=True):
    from manim.utils.color import interpolate_color

    if self.get_num_points() > 0:
        self.set_color(interpolate_color(self.get_color(), color, alpha), family=False)
    if family:
        for s in self.submobjects:
            s.fade_to(color, alpha)
    return self


@_add(Mobject)
def reverse_points(self):
    for m in self.family_members_with_points():
        m.points = np.asarray(m.points)[::-1]
    return self


@_add(Mobject)
def repeat(self, count):
    for m in self.family_members_with_points():
        m.points = np.concatenate([np.asarray(m.points)] * count, axis=0)
    return self


# ---------------------------------------------------------------- submobject order

def _set_submobjects(self, subs):
    old = list(self.submobjects)
    if old:
        self.remove(*old)
    if subs:
        self.add(*subs)


@_add(Mobject)
def sort(self, point_to_num_func=lambda p: p[0], submob_func=None):
    if submob_func is None:
        def submob_func(m):
            return point_to_num_func(m.get_center())
    _set_submobjects(self, sorted(self.submobjects, key=submob_func))
    return self


@_add(Mobject)
def shuffle(self, recursive=False):
    if recursive:
        for s in self.submobjects:
            s.shuffle(recursive=True)
    subs = list(self.submobjects)
    random.shuffle(subs)
    _set_submobjects(self, subs)


@_add(Mobject)
def invert(self, recursive=False):
    if recursive:
        for s in self.submobjects:
            s.invert(recursive=True)
    _set_submobjects(self, list(self.submobjects)[::-1])


@_add(Mobject)
def arrange_submobjects(self, *args, **kwargs):
    return self.arrange(*args, **kwargs)


@_add(Mobject)
def sort_submobjects(self, *args, **kwargs):
    return self.sort(*args, **kwargs)


@_add(Mobject)
def shuffle_submobjects(self, *args, **kwargs):
    return self.shuffle(*args, **kwargs)


@_add(Mobject)
def insert(self, index, mobject):
    subs = list(self.submobjects)
    subs.insert(index, mobject)
    _set_submobjects(self, subs)


@_add(Mobject)
def get_group_class(self):
    return _engine.Group


@_replace(VMobject, "get_group_class")
def _vgroup_class(self):
    return _engine.VGroup


if "get_mobject_type_class" not in dir(Mobject):
    Mobject.get_mobject_type_class = staticmethod(lambda: Mobject)


@_add(Mobject)
def add_background_rectangle(self, color=None, opacity=0.75, **kwargs):
    self.background_rectangle = _engine.BackgroundRectangle(
        self, color=color, fill_opacity=opacity, **kwargs)
    self.add_to_back(self.background_rectangle)
    return self


@_add(Mobject)
def add_background_rectangle_to_submobjects(self, **kwargs):
    for s in self.submobjects:
        s.add_background_rectangle(**kwargs)
    return self


@_add(Mobject)
def add_background_rectangle_to_family_members_with_points(self, **kwargs):
    for m in self.family_members_with_points():
        m.add_background_rectangle(**kwargs)
    return self


# ---------------------------------------------------------------- VMobject point helpers

@_add(VMobject)
def consider_points_equals(self, p0, p1):
    return bool(np.allclose(p0, p1, atol=1e-6))


@_add(VMobject)
def consider_points_equals_2d(self, p0, p1):
    rtol, atol = 1.0e-5, 1e-6
    if abs(p0[0] - p1[0]) > atol + rtol * abs(p1[0]):
        return False
    return bool(abs(p0[1] - p1[1]) <= atol + rtol * abs(p1[1]))


@_add(VMobject)
def get_last_point(self):
    return np.asarray(self.points)[-1]


@_add(VMobject)
def has_new_path_started(self):
    return self.get_num_points() % 4 == 1


@_add(VMobject)
def clear_points(self):
    self.points = np.zeros((0, 3))
    return self


@_add(Mobject)
def reset_points(self):
    self.points = np.zeros((0, 3))
    return self


@_add(VMobject)
def append_points(self, new_points):
    self.points = np.concatenate([np.asarray(self.points).reshape(-1, 3),
                                  np.asarray(new_points, dtype=float).reshape(-1, 3)], axis=0)
    return self


@_add(VMobject)
def add_subpath(self, points):
    if len(points) % 4 != 0:
        raise ValueError(f"add_subpath: {len(points)} points is not a whole number of cubic "
                         "curves (4 points each)")
    return self.append_points(points)


@_add(VMobject)
def add_cubic_bezier_curves(self, curves):
    return self.append_points(np.asarray(curves, dtype=float).reshape(-1, 3))


@_add(VMobject)
def add_quadratic_bezier_curve_to(self, handle, anchor):
    last = self.get_last_point()
    handle, anchor = np.asarray(handle, dtype=float), np.asarray(anchor, dtype=float)
    self.add_cubic_bezier_curve_to(last + 2 * (handle - last) / 3,
                                   anchor + 2 * (handle - anchor) / 3, anchor)
    return self


@_add(VMobject)
def get_cubic_bezier_tuples(self):
    pts = np.asarray(self.points)
    n = len(pts) - len(pts) % 4
    return pts[:n].reshape(-1, 4, 3)


@_add(VMobject)
def get_cubic_bezier_tuples_from_points(self, points):
    pts = np.asarray(points)
    n = len(pts) - len(pts) % 4
    return pts[:n].reshape(-1, 4, 3)


@_add(VMobject)
def get_nth_curve_points(self, n):
    if n < 0 or n >= self.get_num_curves():
        raise IndexError(f"get_nth_curve_points: curve {n} of a {type(self).__name__} with "
                         f"{self.get_num_curves()} curves")
    return np.asarray(self.points)[4 * n: 4 * n + 4]


@_add(VMobject)
def get_nth_curve_function(self, n):
    a0, h0, h1, a1 = self.get_nth_curve_points(n)

    def curve(t):
        s = 1 - t
        return s ** 3 * a0 + 3 * s * s * t * h0 + 3 * s * t * t * h1 + t ** 3 * a1

    return curve


@_add(VMobject)
def get_curve_functions(self):
    return (self.get_nth_curve_function(n) for n in range(self.get_num_curves()))


@_add(VMobject)
def get_start_anchors(self):
    return np.asarray(self.points)[0::4]


@_add(VMobject)
def get_end_anchors(self):
    return np.asarray(self.points)[3::4]


@_add(VMobject)
def get_anchors_and_handles(self):
    pts = np.asarray(self.points)
    return [pts[i::4] for i in range(4)]


@_add(VMobject)
def set_anchors_and_handles(self, anchors1, handles1, handles2, anchors2):
    arrays = [np.asarray(a, dtype=float) for a in (anchors1, handles1, handles2, anchors2)]
    n = len(arrays[0])
    pts = np.zeros((4 * n, 3))
    for i, a in enumerate(arrays):
        pts[i::4] = a
    self.points = pts
    return self


@_add(VMobject)
def reverse_direction(self):
    self.points = np.asarray(self.points)[::-1]
    return self


@_add(VMobject)
def get_subpaths(self):
    pts = np.asarray(self.points)
    n = len(pts) - len(pts) % 4
    subpaths, start = [], 0
    for i in range(4, n, 4):
        if not self.consider_points_equals_2d(pts[i - 1], pts[i]):
            subpaths.append(pts[start:i])
            start = i
    if n > start:
        subpaths.append(pts[start:n])
    return subpaths


@_add(VMobject)
def get_direction(self):
    """"CW" or "CCW": the sign of the shoelace area of the anchors."""
    a = self.get_start_anchors()
    b = self.get_end_anchors()
    area = float(np.sum((b[:, 0] - a[:, 0]) * (b[:, 1] + a[:, 1])))
    return "CW" if area > 0 else "CCW"


@_add(VMobject)
def force_direction(self, target_direction):
    if target_direction not in ("CW", "CCW"):
        raise ValueError('Invalid input for force_direction. Use "CW" or "CCW"')
    if self.get_direction() != target_direction:
        self.reverse_direction()
    return self


def _change_subpaths(self, remake):
    parts = []
    for sub in self.get_subpaths():
        anchors = np.concatenate([sub[0::4], sub[-1:]], axis=0)
        parts.append(remake(anchors))
    self.points = np.concatenate(parts, axis=0) if parts else np.zeros((0, 3))
    return self


@_add(VMobject)
def make_smooth(self):
    return _change_subpaths(self, lambda a: VMobject().set_points_smoothly(a).points)


@_add(VMobject)
def make_jagged(self):
    return _change_subpaths(self, lambda a: VMobject().set_points_as_corners(a).points)


@_add(VMobject)
def change_anchor_mode(self, mode):
    if mode not in ("jagged", "smooth"):
        raise ValueError(f'change_anchor_mode: mode must be "jagged" or "smooth", got {mode!r}')
    return self.make_smooth() if mode == "smooth" else self.make_jagged()


@_add(VMobject)
def get_style(self, simple=False):
    ret = {"stroke_opacity": self.get_stroke_opacity(), "stroke_width": self.get_stroke_width()}
    if simple:
        ret["fill_color"] = self.get_fill_color()
        ret["fill_opacity"] = self.get_fill_opacity()
        ret["stroke_color"] = self.get_stroke_color()
    else:
        ret["fill_color"] = self.get_fill_colors()
        ret["fill_opacity"] = self.get_fill_opacities()
        ret["stroke_color"] = self.get_stroke_colors()
        ret["background_stroke_color"] = self.get_stroke_colors(background=True)
        ret["background_stroke_width"] = self.background_stroke_width
        ret["background_stroke_opacity"] = self.get_stroke_opacities(background=True)[0]
        ret["sheen_factor"] = self.get_sheen_factor()
        ret["sheen_direction"] = self.get_sheen_direction()
    return ret


_wrap_all_engine_inits()


# ---------------------------------------------------------------- m.submobjects as a list

class SubmobjectList(list):
    """`mobject.submobjects`: a list of the children that writes every change back to the
    mobject (`m.submobjects.clear()`, `.pop()`, `.insert(0, x)`, `m.submobjects[0] = x`), so
    Manim's list idioms work. It is a snapshot: read `m.submobjects` again after changing the
    mobject through its methods."""

    __slots__ = ("_owner",)

    def __init__(self, owner, items):
        super().__init__(items)
        self._owner = owner

    def _sync(self):
        self._owner._set_submobjects(list.__iter__(self))


def _mutator(name):
    base = getattr(list, name)

    def method(self, *args, **kwargs):
        result = base(self, *args, **kwargs)
        self._sync()
        return self if name == "__iadd__" else result

    method.__name__ = name
    return method


for _name in ("append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
              "__setitem__", "__delitem__", "__iadd__"):
    setattr(SubmobjectList, _name, _mutator(_name))

_engine_submobjects = Mobject.__dict__["submobjects"]


def _get_submobjects(self):
    return SubmobjectList(self, _engine_submobjects.fget(self))


def _set_submobjects(self, items):
    self._set_submobjects(list(items))


Mobject.submobjects = property(_get_submobjects, _set_submobjects,
                               doc="The children, in drawing order (a list).")
