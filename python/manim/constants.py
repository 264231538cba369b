"""Manim's constants (manim.constants, v0.18.0): directions, buffers, sizes, font weights,
render qualities and the RendererType / LineJointType enums."""
from enum import Enum

import numpy as np

SCENE_NOT_FOUND_MESSAGE = "\n   {} is not in the script\n"
CHOOSE_NUMBER_MESSAGE = (
    "\nChoose number corresponding to desired scene/arguments.\n"
    "(Use comma separated list for multiple entries)\nChoice(s): ")
INVALID_NUMBER_MESSAGE = "Invalid scene numbers have been specified. Aborting."
NO_SCENE_MESSAGE = "\n   There are no scenes inside that module\n"

# Pango font styles and weights (Text's slant= and weight=).
NORMAL = "NORMAL"
ITALIC = "ITALIC"
OBLIQUE = "OBLIQUE"
BOLD = "BOLD"
THIN = "THIN"
ULTRALIGHT = "ULTRALIGHT"
LIGHT = "LIGHT"
SEMILIGHT = "SEMILIGHT"
BOOK = "BOOK"
MEDIUM = "MEDIUM"
SEMIBOLD = "SEMIBOLD"
ULTRABOLD = "ULTRABOLD"
HEAVY = "HEAVY"
ULTRAHEAVY = "ULTRAHEAVY"

try:
    from PIL.Image import Resampling as _R

    RESAMPLING_ALGORITHMS = {
        "nearest": _R.NEAREST, "none": _R.NEAREST, "lanczos": _R.LANCZOS,
        "antialias": _R.LANCZOS, "bilinear": _R.BILINEAR, "linear": _R.BILINEAR,
        "bicubic": _R.BICUBIC, "cubic": _R.BICUBIC, "box": _R.BOX, "hamming": _R.HAMMING,
    }
except ImportError:  # Pillow absent: the names still resolve, to Pillow's integer codes
    RESAMPLING_ALGORITHMS = {
        "nearest": 0, "none": 0, "lanczos": 1, "antialias": 1, "bilinear": 2, "linear": 2,
        "bicubic": 3, "cubic": 3, "box": 4, "hamming": 5,
    }

ORIGIN = np.array((0.0, 0.0, 0.0))
UP = np.array((0.0, 1.0, 0.0))
DOWN = np.array((0.0, -1.0, 0.0))
RIGHT = np.array((1.0, 0.0, 0.0))
LEFT = np.array((-1.0, 0.0, 0.0))
IN = np.array((0.0, 0.0, -1.0))
OUT = np.array((0.0, 0.0, 1.0))
X_AXIS = np.array((1.0, 0.0, 0.0))
Y_AXIS = np.array((0.0, 1.0, 0.0))
Z_AXIS = np.array((0.0, 0.0, 1.0))
UL = UP + LEFT
UR = UP + RIGHT
DL = DOWN + LEFT
DR = DOWN + RIGHT

START_X = 30
START_Y = 20
DEFAULT_DOT_RADIUS = 0.08
DEFAULT_SMALL_DOT_RADIUS = 0.04
DEFAULT_DASH_LENGTH = 0.05
DEFAULT_ARROW_TIP_LENGTH = 0.35
SMALL_BUFF = 0.1
MED_SMALL_BUFF = 0.25
MED_LARGE_BUFF = 0.5
LARGE_BUFF = 1
DEFAULT_MOBJECT_TO_EDGE_BUFFER = MED_LARGE_BUFF
DEFAULT_MOBJECT_TO_MOBJECT_BUFFER = MED_SMALL_BUFF
DEFAULT_POINTWISE_FUNCTION_RUN_TIME = 3.0
DEFAULT_WAIT_TIME = 1.0
DEFAULT_POINT_DENSITY_2D = 25
DEFAULT_POINT_DENSITY_1D = 10
DEFAULT_STROKE_WIDTH = 4
DEFAULT_FONT_SIZE = 48
SCALE_FACTOR_PER_FONT_POINT = 1 / 960

PI = np.pi
TAU = 2 * PI
DEGREES = TAU / 360

QUALITIES = {
    "fourk_quality": {"flag": "k", "pixel_height": 2160, "pixel_width": 3840, "frame_rate": 60},
    "production_quality": {"flag": "p", "pixel_height": 1440, "pixel_width": 2560,
                           "frame_rate": 60},
    "high_quality": {"flag": "h", "pixel_height": 1080, "pixel_width": 1920, "frame_rate": 60},
    "medium_quality": {"flag": "m", "pixel_height": 720, "pixel_width": 1280, "frame_rate": 30},
    "low_quality": {"flag": "l", "pixel_height": 480, "pixel_width": 854, "frame_rate": 15},
    "example_quality": {"flag": None, "pixel_height": 480, "pixel_width": 854,
                        "frame_rate": 30},
}
DEFAULT_QUALITY = "high_quality"

EPILOG = "Made with <3 by Manim Community developers."
# X11 key codes of Shift and Ctrl (interactive OpenGL scenes).
SHIFT_VALUE = 65505
CTRL_VALUE = 65507


class RendererType(Enum):
    """config.renderer's values; manim.cpp renders as Manim's cairo renderer."""

    CAIRO = "cairo"
    OPENGL = "opengl"


class LineJointType(Enum):
    """How a VMobject's stroke joins two segments (VMobject.joint_type)."""

    AUTO = 0
    ROUND = 1
    BEVEL = 2
    MITER = 3


class CapStyleType(Enum):
    """How a VMobject's stroke ends (VMobject.cap_style; Manim v0.18.1). AUTO keeps the cap
    the camera's cairo context already has."""

    AUTO = 0
    ROUND = 1
    BUTT = 2
    SQUARE = 3


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
