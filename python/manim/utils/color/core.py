"""Manim's colour type and colour functions (manim.utils.color.core). ManimColor is the
engine's colour class (so engine calls take and return it without conversion); this module
gives it Manim's constructor (ints, hex strings, names, RGB/RGBA sequences, other colours)
and Manim's methods."""
import colorsys
import random
import re
from typing import Sequence, Union

import numpy as np

import manimcpp as _engine

ManimColor = _engine.ManimColor
ManimColorDType = np.float64
ManimColorInternal = np.ndarray
ParsableManimColor = Union["ManimColor", int, str, Sequence[float], np.ndarray]
RGB_Array_Float = RGBA_Array_Float = RGB_Array_Int = RGBA_Array_Int = np.ndarray
RGB_Tuple_Float = RGBA_Tuple_Float = RGB_Tuple_Int = RGBA_Tuple_Int = tuple
HSV_Array_Float = np.ndarray
HSV_Tuple_Float = tuple
ManimColorT = ManimColor

re_hex = re.compile("((?<=#)|(?<=0x))[A-F0-9]{6,8}", re.IGNORECASE)

_engine_init = ManimColor.__init__


def _rgba_from_hex(text, alpha):
    digits = text[1:] if text.startswith("#") else text[2:]
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits)
    if len(digits) not in (6, 8) or not re.fullmatch("[0-9a-fA-F]+", digits):
        raise ValueError(f"ManimColor: {text!r} is not a hex colour (#RGB, #RRGGBB or "
                         "#RRGGBBAA)")
    value = int(digits, 16)
    if len(digits) == 8:
        return [((value >> s) & 0xFF) / 255 for s in (24, 16, 8, 0)]
    return [((value >> s) & 0xFF) / 255 for s in (16, 8, 0)] + [alpha]


def _parse(value, alpha=1.0):
    """[r, g, b, a] floats in [0, 1] of anything Manim accepts as a colour."""
    if value is None:
        return [0.0, 0.0, 0.0, alpha]
    if isinstance(value, ManimColor):
        return [value.r, value.g, value.b, value.a]
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        v = int(value)
        return [((v >> 16) & 0xFF) / 255, ((v >> 8) & 0xFF) / 255, (v & 0xFF) / 255, alpha]
    if isinstance(value, str):
        if value.startswith("#") or value.lower().startswith("0x"):
            return _rgba_from_hex(value, alpha)
        named = _by_name(value)
        if named is None:
            raise ValueError(f"ManimColor: {value!r} is neither a hex string nor a colour "
                             "name of Manim (RED, BLUE_C, ...)")
        return [named.r, named.g, named.b, alpha]
    if isinstance(value, (list, tuple, np.ndarray)) and len(value) in (3, 4):
        # As Manim: all Python floats are channels in [0, 1], anything else bytes 0-255.
        if all(isinstance(x, float) for x in value):
            rgba = [float(x) for x in value]
        else:
            rgba = [float(x) / 255 for x in value]
        return rgba if len(rgba) == 4 else rgba + [alpha]
    raise ValueError(f"ManimColor: cannot make a colour of {value!r} (give a hex string, a "
                     "colour name, an int 0xRRGGBB or 3/4 numbers)")


def _by_name(name):
    key = name.upper()
    value = getattr(_engine, key, None)
    if isinstance(value, ManimColor):
        return value
    return None


def __init__(self, value=None, alpha=1.0):
    _engine_init(self, *_parse(value, alpha))


def _internal_value(self):
    return np.array([self.r, self.g, self.b, self.a], dtype=ManimColorDType)


def _set_internal_value(self, value):
    value = np.asarray(value, dtype=ManimColorDType)
    if value.shape != (4,):
        raise ValueError("ManimColor._internal_value must be 4 floats (r, g, b, a)")
    self.r, self.g, self.b, self.a = (float(x) for x in value)


def _byte(x):
    return int(x * 255)


def to_hex(self, with_alpha=False):
    text = "#" + "".join(f"{_byte(c):02X}" for c in (self.r, self.g, self.b))
    return text + f"{_byte(self.a):02X}" if with_alpha else text


def to_rgb(self):
    return np.array([self.r, self.g, self.b], dtype=ManimColorDType)


def to_rgba(self):
    return _internal_value(self)


def to_int_rgb(self):
    return (to_rgb(self) * 255).astype(int)


def to_int_rgba(self):
    return (_internal_value(self) * 255).astype(int)


def to_rgba_with_alpha(self, alpha):
    return np.array([self.r, self.g, self.b, alpha], dtype=ManimColorDType)


def to_int_rgba_with_alpha(self, alpha):
    return (to_rgba_with_alpha(self, alpha) * 255).astype(int)


def to_hsv(self):
    return np.array(colorsys.rgb_to_hsv(self.r, self.g, self.b))


def invert(self, with_alpha=False):
    a = 1 - self.a if with_alpha else self.a
    return ManimColor([1.0 - self.r, 1.0 - self.g, 1.0 - self.b, a])


def interpolate(self, other, alpha):
    o = _parse(other)
    return ManimColor([(1 - alpha) * s + alpha * t for s, t in zip(_parse(self), o)])


def _from_rgb(cls, rgb, alpha=1.0):
    return cls(np.asarray(rgb), alpha)


def _from_rgba(cls, rgba):
    return cls(np.asarray(rgba))


def _from_hex(cls, hex_str, alpha=1.0):
    return cls(hex_str, alpha)


def _from_hsv(cls, hsv, alpha=1.0):
    return cls(list(colorsys.hsv_to_rgb(*hsv)), alpha)


def _parse_cls(cls, color, alpha=1.0):
    """A ManimColor, or a list of them for a list of colours."""
    if isinstance(color, (list, tuple)) and color and not isinstance(color[0], (int, float,
                                                                               np.number)):
        return [cls(c, alpha) for c in color]
    return cls(color, alpha)


def _gradient(colors, length):
    return color_gradient(colors, length)


def _repr(self):
    return f"ManimColor('{to_hex(self, with_alpha=self.a != 1)}')"


def _str(self):
    return to_hex(self)


def _eq(self, other):
    # np.allclose's tolerances, without building arrays (colours are compared often).
    if isinstance(other, ManimColor):
        return all(abs(a - b) <= 1e-8 + 1e-5 * abs(b) for a, b in
                   ((self.r, other.r), (self.g, other.g), (self.b, other.b), (self.a, other.a)))
    return False


def _hash(self):
    return hash(to_hex(self, with_alpha=True))


def _arith(op):
    def f(self, other):
        rhs = _internal_value(other) if isinstance(other, ManimColor) else other
        return ManimColor(op(_internal_value(self), rhs))

    return f


def _int(self):
    return (_byte(self.r) << 16) | (_byte(self.g) << 8) | _byte(self.b)


def _getitem(self, i):
    return _internal_value(self)[i]


for _name, _value in {
    "__init__": __init__,
    "_internal_value": property(_internal_value, _set_internal_value),
    "to_hex": to_hex, "to_rgb": to_rgb, "to_rgba": to_rgba, "to_int_rgb": to_int_rgb,
    "to_int_rgba": to_int_rgba, "to_rgba_with_alpha": to_rgba_with_alpha,
    "to_int_rgba_with_alpha": to_int_rgba_with_alpha, "to_hsv": to_hsv, "invert": invert,
    "interpolate": interpolate,
    "from_rgb": classmethod(_from_rgb), "from_rgba": classmethod(_from_rgba),
    "from_hex": classmethod(_from_hex), "from_hsv": classmethod(_from_hsv),
    "parse": classmethod(_parse_cls), "gradient": staticmethod(_gradient),
    "__repr__": _repr, "__str__": _str, "__eq__": _eq, "__hash__": _hash,
    "__add__": _arith(np.add), "__sub__": _arith(np.subtract),
    "__mul__": _arith(np.multiply), "__truediv__": _arith(np.true_divide),
    "__floordiv__": _arith(np.floor_divide), "__mod__": _arith(np.mod),
    "__pow__": _arith(np.power), "__int__": _int, "__getitem__": _getitem,
    "__invert__": lambda self: invert(self),
    "__and__": lambda self, o: ManimColor(_int(self) & _int(ManimColor(o))),
    "__or__": lambda self, o: ManimColor(_int(self) | _int(ManimColor(o))),
    "__xor__": lambda self, o: ManimColor(_int(self) ^ _int(ManimColor(o))),
}.items():
    setattr(ManimColor, _name, _value)


# ---- functions ----

def color_to_rgb(color):
    return ManimColor.parse(color).to_rgb()


def color_to_rgba(color, alpha=1.0):
    return ManimColor.parse(color).to_rgba_with_alpha(alpha)


def color_to_int_rgb(color):
    return ManimColor.parse(color).to_int_rgb()


def color_to_int_rgba(color, alpha=1.0):
    return ManimColor.parse(color).to_int_rgba_with_alpha(alpha)


def rgb_to_color(rgb):
    return ManimColor.from_rgb(rgb)


def rgba_to_color(rgba):
    return ManimColor.from_rgba(rgba)


def rgb_to_hex(rgb):
    return ManimColor.from_rgb(rgb).to_hex()


def hex_to_rgb(hex_code):
    return ManimColor(hex_code).to_rgb()


def invert_color(color):
    return ManimColor(color).invert()


def interpolate_arrays(arr1, arr2, alpha):
    return (1 - alpha) * np.asarray(arr1) + alpha * np.asarray(arr2)


def color_gradient(reference_colors, length_of_output):
    """`length_of_output` colours spread evenly along the reference colours (their RGB);
    the first reference colour alone for length 0."""
    if length_of_output == 0:
        return ManimColor(reference_colors[0])
    if len(reference_colors) == 1:
        return [ManimColor(reference_colors[0])] * length_of_output
    rgbs = [color_to_rgb(c) for c in reference_colors]
    positions = np.linspace(0, len(rgbs) - 1, length_of_output)
    index = positions.astype(int)
    frac = positions % 1
    index[-1] = len(rgbs) - 2
    frac[-1] = 1
    return [rgb_to_color(rgbs[i] * (1 - t) + rgbs[i + 1] * t) for i, t in zip(index, frac)]


def interpolate_color(color1, color2, alpha):
    """The RGBA mix (1 - alpha) * color1 + alpha * color2."""
    return ManimColor(color1).interpolate(ManimColor(color2), alpha)


def average_color(*colors):
    return rgb_to_color(np.mean([color_to_rgb(c) for c in colors], axis=0))


def random_bright_color():
    """A random palette colour mixed halfway with white."""
    return ManimColor(interpolate_arrays(color_to_rgb(random_color()), np.ones(3), 0.5))


def random_color():
    """A random colour of Manim's palette."""
    from manim.utils.color import manim_colors

    return random.choice(manim_colors._all_manim_colors)


def get_shaded_rgb(rgb, point, unit_normal_vect, light_source):
    """`rgb` lightened (or darkened, at half strength) by the cube of the cosine between the
    normal and the direction to the light."""
    to_sun = np.asarray(light_source, dtype=float) - np.asarray(point, dtype=float)
    norm = np.linalg.norm(to_sun)
    if norm > 0:
        to_sun = to_sun / norm
    factor = 0.5 * np.dot(unit_normal_vect, to_sun) ** 3
    if factor < 0:
        factor *= 0.5
    return np.asarray(rgb) + factor


__all__ = ["ManimColor", "ManimColorDType", "ParsableManimColor", "color_to_rgb",
           "color_to_rgba", "color_to_int_rgb", "color_to_int_rgba", "rgb_to_color",
           "rgba_to_color", "rgb_to_hex", "hex_to_rgb", "invert_color", "interpolate_arrays",
           "color_gradient", "interpolate_color", "average_color", "random_bright_color",
           "random_color", "get_shaded_rgb"]

from manim._api import populate as _populate  # noqa: E402

_populate(globals())
