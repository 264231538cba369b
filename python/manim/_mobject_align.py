"""The last public methods of Manim v0.18.0's Mobject and VMobject: the alignment steps a
Transform runs (null_point_align, align_submobjects, add_n_more_submobjects...), colour
helpers (interpolate_color, align_rgbas, generate_rgbas_array, update_rgbas_array,
init_colors, to_original_color), color_using_background_image, attribute arrays
(get_merged_array, get_array_attrs, apply_over_attr_arrays), show(), copy.deepcopy and
Mobject's `+` / `-` (NotImplementedError, as in Manim). Each is added only where the engine
class has no method of that name."""
import os
from pathlib import Path

import numpy as np

import manimcpp as _engine

from . import _mobject_methods
from ._mobject_methods import _add, _replace

Mobject = _engine.Mobject
VMobject = _engine.VMobject
PMobject = getattr(_engine, "PMobject", None)


def _add_own(cls, name=None):
    """Like _add, but checks the class's own names: a subclass override of a method that
    Mobject gets here."""

    def deco(f):
        key = name or f.__name__
        if cls is not None and key not in vars(cls):
            f.__qualname__ = f"{cls.__name__}.{key}"
            setattr(cls, key, f)
        return f

    return deco


def _stretch(array, length):
    """Manim's stretch_array_to_length: element floor(i * len / length) for each i."""
    array = np.asarray(array)
    indices = np.arange(length) * len(array) // length
    return array[indices]


# ---------------------------------------------------------------- copies and operators


@_add(Mobject)
def __deepcopy__(self, memo):
    """copy.deepcopy(mob): an independent copy of the same Python class, children and extra
    attributes included (Mobject.copy()); original_id records the source, as Manim."""
    result = self.copy()
    memo[id(self)] = result
    # Manim's __deepcopy__ runs for every member, each copy recording its source.
    for source, copied in zip(self.get_family(), result.get_family()):
        try:
            copied.original_id = str(id(source))
        except (AttributeError, TypeError):
            pass
    return result


def _no_operator(symbol):
    def op(self, other):
        # Manim's Mobject defines these and raises NotImplementedError; VGroup has its own.
        raise NotImplementedError(f"{type(self).__name__} does not support '{symbol}'; "
                                  "use a VGroup or Group and .add() / .remove()")

    return op


for _name, _symbol in (("__add__", "+"), ("__iadd__", "+="), ("__sub__", "-"),
                       ("__isub__", "-=")):
    if _name not in Mobject.__dict__:
        _f = _no_operator(_symbol)
        _f.__name__ = _name
        _f.__qualname__ = f"Mobject.{_name}"
        setattr(Mobject, _name, _f)


# ---------------------------------------------------------------- construction hooks


@_add(Mobject)
def init_colors(self, propagate_colors=True):
    """Mobject: nothing (Manim's hook for subclasses)."""
    return None


# Manim classes whose generate_points rebuilds the points from the constructor's arguments.
_REBUILDING = ("Arc", "Line", "ParametricFunction", "ImplicitFunction", "Sphere", "Cylinder",
               "Cone", "Line3D", "Torus", "Surface", "Mobject1D", "Mobject2D", "PointCloudDot",
               "Point")


@_add(Mobject)
def generate_points(self):
    """Mobject: nothing (Manim's hook for subclasses, which fill self.points there)."""
    for cls in type(self).__mro__:
        if cls.__module__ == "manimcpp" and cls.__name__ in _REBUILDING:
            raise NotImplementedError(
                f"manim.cpp does not implement {cls.__name__}.generate_points (rebuilding the "
                "points from the constructor's arguments) yet; make a new object instead")
    return None


def _script_override(obj, name):
    """True when `name` comes from a class of the script (not manim.cpp's engine or package)."""
    for cls in type(obj).__mro__:
        if name in vars(cls):
            module = cls.__module__ or ""
            return not (module == "manimcpp" or module == "manim" or module.startswith("manim."))
    return False


def _run_script_hooks(self):
    # Manim's Mobject.__init__ ends with generate_points() then init_colors(): a script's
    # overrides run here, at the end of the engine's constructor (inside super().__init__, as
    # in Manim). Not under an engine class that rebuilds its points (its generate_points is
    # not implemented here).
    if _script_override(self, "generate_points") and not any(
            c.__module__ == "manimcpp" and c.__name__ in _REBUILDING for c in type(self).__mro__):
        self.generate_points()
    if _script_override(self, "init_colors"):
        self.init_colors()


_mobject_methods._after_init = _run_script_hooks


@_add_own(VMobject)
def init_colors(self, propagate_colors=True):  # noqa: F811  (VMobject's own)
    """Manim's VMobject.init_colors: the object's fill, stroke, background stroke and sheen set
    again, on the whole family when propagate_colors, else member by member."""
    self.set_fill(color=self.get_fill_color(), opacity=self.get_fill_opacity(),
                  family=propagate_colors)
    self.set_stroke(color=self.get_stroke_color(), width=self.get_stroke_width(),
                    opacity=self.get_stroke_opacity(), family=propagate_colors)
    self.set_stroke(color=self.background_stroke_color, width=self.background_stroke_width,
                    opacity=self.background_stroke_opacity, background=True,
                    family=propagate_colors)
    if self.get_sheen_factor():
        self.set_sheen(self.get_sheen_factor(), self.get_sheen_direction(),
                       family=propagate_colors)
    if not propagate_colors:
        for sub in self.submobjects:
            sub.init_colors(propagate_colors=False)
    return self


@_add(Mobject)
def to_original_color(self):
    """set_color(self.color), as Manim."""
    self.set_color(self.color)
    return self


@_add(Mobject)
def show(self, camera=None):
    """get_image(camera).show(): PIL's image viewer, as Manim."""
    self.get_image(camera=camera).show()


# ---------------------------------------------------------------- attribute arrays


@_add(Mobject)
def get_array_attrs(self):
    return ["points"]


if PMobject is not None:

    @_add_own(PMobject, "get_array_attrs")
    def _pmobject_array_attrs(self):
        return ["points", "rgbas"]


@_add(Mobject)
def get_merged_array(self, array_attr):
    """The attribute array of this object and, depth first, of every descendant, stacked."""
    result = np.asarray(getattr(self, array_attr))
    for sub in self.submobjects:
        result = np.append(result, sub.get_merged_array(array_attr), axis=0)
    return result


@_add(Mobject)
def apply_over_attr_arrays(self, func):
    for attr in self.get_array_attrs():
        setattr(self, attr, func(getattr(self, attr)))
    return self


# ---------------------------------------------------------------- alignment (Transform's steps)


@_add(Mobject)
def get_point_mobject(self, center=None):
    raise NotImplementedError(f"get_point_mobject not implemented for {type(self).__name__}")


@_add_own(VMobject)
def get_point_mobject(self, center=None):  # noqa: F811  (VMobject's own)
    """A VectorizedPoint at center (default: this object's centre) in this object's style."""
    from manim import VectorizedPoint

    point = VectorizedPoint(self.get_center() if center is None else center)
    point.match_style(self)
    return point


if PMobject is not None:

    @_add_own(PMobject, "get_point_mobject")
    def _pmobject_point_mobject(self, center=None):
        from manim import Point

        return Point(self.get_center() if center is None else center)

    @_add_own(PMobject, "align_points_with_larger")
    def _pmobject_align_points_with_larger(self, larger_mobject):
        if not isinstance(larger_mobject, PMobject):
            raise TypeError("PMobject.align_points_with_larger: expected a PMobject, got "
                            f"{type(larger_mobject).__name__}")
        n = larger_mobject.get_num_points()
        self.apply_over_attr_arrays(lambda a: _stretch(a, n))
        return self

    @_add_own(PMobject, "interpolate_color")
    def _pmobject_interpolate_color(self, mobject1, mobject2, alpha):
        self.rgbas = (1 - alpha) * np.asarray(mobject1.rgbas) + alpha * np.asarray(mobject2.rgbas)
        self.set_stroke_width((1 - alpha) * mobject1.get_stroke_width()
                              + alpha * mobject2.get_stroke_width())
        return self


@_add(Mobject)
def align_points_with_larger(self, larger_mobject):
    raise NotImplementedError("Please override in a child class.")


@_add(Mobject)
def interpolate_color(self, mobject1, mobject2, alpha):
    raise NotImplementedError("Please override in a child class.")


@_add(Mobject)
def point_from_proportion(self, alpha):
    raise NotImplementedError("Please override in a child class.")


@_add(Mobject)
def proportion_from_point(self, point):
    raise NotImplementedError("Please override in a child class.")


@_add_own(VMobject)
def interpolate_color(self, mobject1, mobject2, alpha):  # noqa: F811  (VMobject's own)
    """This object's colours, opacities, stroke widths and sheen between those of mobject1 and
    mobject2 (exactly mobject2's at alpha 1); points and children untouched."""
    _engine._interpolate_color(self, mobject1, mobject2, float(alpha))


@_add(Mobject)
def push_self_into_submobjects(self):
    """A childless copy of this object becomes its last child; its own points are cleared."""
    copy = self.copy()
    copy.submobjects = []
    self.reset_points()
    self.add(copy)
    return self


@_add(Mobject)
def null_point_align(self, mobject):
    """When one of the two has points and the other none, the one with points is pushed into
    its own submobjects, so both are groups."""
    for m1, m2 in ((self, mobject), (mobject, self)):
        if m1.has_no_points() and m2.has_points():
            m2.push_self_into_submobjects()
    return self


@_add(Mobject)
def repeat_submobject(self, submob):
    return submob.copy()


@_add(Mobject)
def add_n_more_submobjects(self, n):
    """n more children: none before, n point mobjects; else child i is followed by
    (#{k < total : k * count // total == i} - 1) faded copies of itself."""
    if n == 0:
        return None
    subs = list(self.submobjects)
    count = len(subs)
    if count == 0:
        self.submobjects = [self.get_point_mobject() for _ in range(n)]
        return None
    total = count + n
    repeats = np.bincount(np.arange(total) * count // total, minlength=count)
    new = []
    for sub, times in zip(subs, repeats):
        new.append(sub)
        new.extend(self.repeat_submobject(sub).fade(1) for _ in range(1, times))
    self.submobjects = new
    return self


@_add(Mobject)
def align_submobjects(self, mobject):
    n1, n2 = len(self.submobjects), len(mobject.submobjects)
    self.add_n_more_submobjects(max(0, n2 - n1))
    mobject.add_n_more_submobjects(max(0, n1 - n2))
    return self


# ---------------------------------------------------------------- VMobject curves and colours


@_add(VMobject)
def insert_n_curves_to_point_list(self, n, points):
    """n more curves made by splitting the curves of `points` evenly (curve i of c is cut
    into #{k < c + n : k * c // (c + n) == i} equal-parameter pieces); a single point is
    repeated 4 n times."""
    return _engine._insert_n_curves_to_point_list(int(n), np.asarray(points, dtype=float))


@_add(VMobject)
def scale_handle_to_anchor_distances(self, factor):
    """Every handle moved along its anchor-to-handle line to factor times its distance."""
    for sub in self.family_members_with_points():
        if len(sub.points) < 4:
            continue
        a1, h1, h2, a2 = sub.get_anchors_and_handles()
        sub.set_anchors_and_handles(a1, a1 + factor * (h1 - a1), a2 + factor * (h2 - a2), a2)
    return self


@_add(VMobject)
def align_rgbas(self, vmobject):
    """Each colour list (fill, stroke, background stroke) of the two stretched to the longer
    one's length."""
    _engine._align_rgbas(self, vmobject)
    return self


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


@_add(VMobject)
def generate_rgbas_array(self, color, opacity):
    """An n x 4 array: the colours (None: BLACK) paired with the opacities (None: 0), the
    shorter list cycled to the longer's length; one colour with a sheen gets a second one
    lightened by the sheen factor."""
    from manim.utils.color import BLACK, ManimColor

    colors = [ManimColor(c) if c is not None else ManimColor(BLACK) for c in _as_list(color)]
    opacities = [o if o is not None else 0.0 for o in _as_list(opacity)]
    length = max(len(colors), len(opacities))
    rgbas = np.array([colors[i % len(colors)].to_rgba_with_alpha(opacities[i % len(opacities)])
                      for i in range(length)], dtype=float)
    sheen = self.get_sheen_factor()
    if sheen != 0 and len(rgbas) == 1:
        light = rgbas.copy()
        light[:, :3] = np.clip(light[:, :3] + sheen, 0, 1)
        rgbas = np.append(rgbas, light, axis=0)
    return rgbas


_ARRAYS = {
    "fill_rgbas": (lambda m: m.get_fill_rgbas(), "fill"),
    "stroke_rgbas": (lambda m: m.get_stroke_rgbas(), "stroke"),
    "background_stroke_rgbas": (lambda m: m.get_stroke_rgbas(background=True), "background"),
}


@_add(VMobject)
def update_rgbas_array(self, array_name, color=None, opacity=None):
    """Writes colours (when color is given) and opacities (when opacity is given) into this
    object's fill_rgbas / stroke_rgbas / background_stroke_rgbas, the shorter of old and new
    stretched to the other's length. manim.cpp keeps one opacity per colour list: the
    first stop's."""
    if array_name not in _ARRAYS:
        raise ValueError(f"VMobject.update_rgbas_array: array_name must be one of "
                         f"{sorted(_ARRAYS)}, got {array_name!r}")
    from manim.utils.color import rgb_to_color

    getter, kind = _ARRAYS[array_name]
    new = self.generate_rgbas_array(color, opacity)
    curr = np.array(getter(self), dtype=float).reshape(-1, 4)
    if len(curr) < len(new):
        curr = _stretch(curr, len(new))
    elif len(new) < len(curr):
        new = _stretch(new, len(curr))
    if color is not None:
        curr[:, :3] = new[:, :3]
    if opacity is not None:
        curr[:, 3] = new[:, 3]
    colors = [rgb_to_color(c[:3]) for c in curr]
    value = colors if len(colors) > 1 else colors[0]
    if kind == "fill":
        self.set_fill(color=value, opacity=float(curr[0, 3]), family=False)
    elif kind == "stroke":
        self.set_stroke(color=value, opacity=float(curr[0, 3]), family=False)
    else:
        self.set_stroke(color=value, opacity=float(curr[0, 3]), background=True, family=False)
    return self


# ---------------------------------------------------------------- background images

# One picture per image, kept as Manim's camera keeps its background arrays: a file by its
# resolved path, an Image or array by identity (it is held here, so the id stays unique).
_BACKGROUND_IMAGES = {}


def _raster_image_path(name):
    """Manim's get_full_raster_image_path: the name as given, else in config.assets_dir with
    each raster extension tried."""
    from manim import config

    possible = [os.path.expanduser(str(name))]
    assets = config.get_dir("assets_dir") if "assets_dir" in config else Path(".")
    possible += [str(Path(assets) / (str(name) + ext))
                 for ext in ("", ".jpg", ".jpeg", ".png", ".gif", ".ico")]
    for path in possible:
        if os.path.exists(path):
            return path
    raise OSError(f"From: {os.getcwd()}, could not find {name} at either of these "
                  f"locations: {possible}")


def _background_picture(image):
    from PIL import Image

    if isinstance(image, (str, Path)):
        key = ("file", os.path.abspath(_raster_image_path(image)))
    else:
        key = ("object", id(image))
    cached = _BACKGROUND_IMAGES.get(key)
    if cached is not None:
        return cached[0]
    if key[0] == "file":
        with Image.open(key[1]) as img:
            rgba = np.array(img.convert("RGBA"))
    elif isinstance(image, Image.Image):
        rgba = np.array(image.convert("RGBA"))
    else:
        array = np.asarray(image)
        if array.dtype != np.uint8:
            raise TypeError("color_using_background_image: an array image must hold uint8 "
                            f"values, got {array.dtype}")
        rgba = np.array(Image.fromarray(array).convert("RGBA"))
    picture = _engine._background_image(rgba)
    picture.source = image
    _BACKGROUND_IMAGES[key] = (picture, image)
    return picture


@_add(VMobject)
def color_using_background_image(self, background_image):
    """Drawn through the image (a file name, looked up as Manim does, a PIL Image or a uint8
    array): the camera draws this family white, multiplies it by the image resized to the
    whole frame and lays the product over the picture. The family's colour becomes WHITE."""
    _engine._color_using_background_image(self, _background_picture(background_image))
    return self


@_add(VMobject)
def get_background_image(self):
    """The image given to color_using_background_image, or None."""
    picture = _engine._background_image_of(self)
    if picture is None:
        return None
    return getattr(picture, "source", picture)


@_add(VMobject)
def match_background_image(self, vmobject):
    self.color_using_background_image(vmobject.get_background_image())
    return self


_engine_set_style = VMobject.set_style


@_replace(VMobject, "set_style")
def set_style(self, *args, background_image=None, **kwargs):
    _engine_set_style(self, *args, **kwargs)
    if background_image:
        self.color_using_background_image(background_image)
    return self


_get_style = VMobject.get_style


@_replace(VMobject, "get_style")
def get_style(self, simple=False):
    ret = _get_style(self, simple=simple)
    if not simple:
        ret["background_image"] = self.get_background_image()
    return ret
