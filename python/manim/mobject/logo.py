"""Manim's manim.mobject.logo: ManimBanner, Manim's logo (a double-struck M, a circle, a square
and a triangle) with its create() and expand() animations, written over the engine's shapes and
animations.

The letters are typeset at run time, as Manim's logo was first made: the M is ``\\mathbb{M}``
through MathTex (with the LaTeX engine AMS's msbm10 glyph, exactly Manim's; with MathJax its own
double-struck M), and "anim" is GNU FreeSerif Bold read from the installed font file (Debian's
fonts-freefont-otf), scaled as dvisvgm scales a 10 pt glyph. Without FreeSerif the letters come
from URW's Nimbus Roman Bold (the font FreeSerif was drawn from; fonts-urw-base35), else from
the serif font fontconfig picks. docs/point_clouds.md has the measured differences."""
import numpy as np

import manimcpp as _engine
from manim import _api
from manim.animation.animation import override_animation

__all__ = ["ManimBanner"]

_LEFT = np.array([-1.0, 0.0, 0.0])
_RIGHT = np.array([1.0, 0.0, 0.0])
_UP = np.array([0.0, 1.0, 0.0])
_DOWN = np.array([0.0, -1.0, 0.0])
_ORIGIN = np.zeros(3)
# DEFAULT_FONT_SIZE * SCALE_FACTOR_PER_FONT_POINT: one big point of a glyph at 48 pt.
_FONT_SCALE = 48 / 960
# Families tried in order for "anim" (bold); the first one installed is used.
_ANIM_FAMILIES = ("FreeSerif", "Nimbus Roman")
_BOLD = 700
_warned = []


def _anim_paths():
    """SVG path data of a, n, i, m in bold FreeSerif (or the first fallback installed), as
    dvisvgm writes 10 pt glyphs; also the family used."""
    for family in _ANIM_FAMILIES:
        got, _ = _engine._font_glyph_path(family, _BOLD, "a")
        if got.lower() == family.lower():
            break
    else:
        family = "serif"
    paths = []
    for ch in "anim":
        got, d = _engine._font_glyph_path(family, _BOLD, ch)
        paths.append(d)
    if got.lower() != _ANIM_FAMILIES[0].lower() and not _warned:
        _warned.append(got)
        from manim import logger

        logger.warning(
            "ManimBanner: the font 'FreeSerif' is not installed; \"anim\" is drawn in '%s' "
            "(install Debian's fonts-freefont-otf for Manim's letters)", got)
    return paths, got


def _upright(m, scale):
    """A glyph flipped upright (SVG y points down), centred, without stroke, scaled."""
    m.flip(_RIGHT).center()
    m.set(stroke_width=0).scale(scale)
    return m


def _double_struck_m():
    """The M: MathTex's glyph of \\mathbb{M} (typeset at 48 pt, so already 1/20 unit per big
    point), as a plain VMobject with default style, centred, 7 times its typeset size."""
    glyph = _engine.MathTex(r"\mathbb{M}").family_members_with_points()[0]
    m = _engine.VMobject()
    m.set_points(glyph.points)
    return m.center().set(stroke_width=0).scale(7)


class ManimBanner(_engine.VGroup):
    """Manim's logo banner. ``dark_theme`` picks the letters' colour (#ece6e2 on dark
    backgrounds, #343434 on light ones). ``create()`` spirals the shapes in and fades the M in;
    ``expand()`` slides the shapes right to uncover "anim" next to the M."""

    def __init__(self, dark_theme: bool = True):
        super().__init__()
        green, blue, red = "#81b29a", "#454866", "#e07a5f"
        m_over_anim_height = 0.75748  # the M's height over that of "anim"
        self.font_color = "#ece6e2" if dark_theme else "#343434"
        self.scale_factor = 1

        self.M = _double_struck_m()
        self.M.set_fill(color=self.font_color, opacity=1).shift(2.25 * _LEFT + 1.5 * _UP)
        self.circle = _engine.Circle(color=green, fill_opacity=1).shift(_LEFT)
        self.square = _engine.Square(color=blue, fill_opacity=1).shift(_UP)
        self.triangle = _engine.Triangle(color=red, fill_opacity=1).shift(_RIGHT)
        self.shapes = _engine.VGroup(self.triangle, self.square, self.circle)
        self.add(self.shapes, self.M)
        self.move_to(_ORIGIN)

        # "anim": each letter next to the previous one, bottoms on the M's baseline. It joins
        # the banner only when expand() uncovers it.
        anim = _engine.VGroup()
        paths, self._anim_family = _anim_paths()
        for k, path in enumerate(paths):
            letter = _upright(_engine.VMobjectFromSVGPath(path), _FONT_SCALE)
            if k > 0:
                letter.next_to(anim, buff=0.01)
            letter.align_to(self.M, _DOWN)
            anim.add(letter)
        anim.set_fill(color=self.font_color, opacity=1)
        anim.height = m_over_anim_height * self.M.height
        self.anim = anim

    def scale(self, scale_factor: float, **kwargs):
        """Scales the banner and keeps "anim" (not yet a submobject) and the slide distances
        in step."""
        self.scale_factor *= scale_factor
        if self.anim not in self.submobjects:
            self.anim.scale(scale_factor, **kwargs)
        return super().scale(scale_factor, **kwargs)

    @override_animation(_engine.Create)
    def create(self, run_time: float = 2):
        """The shapes spiral in while the M fades in (what ``Create(banner)`` plays)."""
        return _engine.AnimationGroup(
            _SpiralIn(self.shapes, run_time=run_time),
            _engine.FadeIn(self.M, run_time=run_time / 2),
            lag_ratio=0.1,
        )

    def expand(self, run_time: float = 1.5, direction="center"):
        """The shapes slide right (overshooting, then back) while "anim" appears letter by
        letter behind them. ``direction``: "left", "right" or "center" (what stays put)."""
        if direction not in ["left", "right", "center"]:
            raise ValueError("direction must be 'left', 'right' or 'center'.")
        offset = 6.25 * self.scale_factor
        overshoot = 0.8 * self.scale_factor
        self.anim.next_to(self.M, buff=0.06).align_to(self.M, _DOWN)
        self.anim.set_opacity(0)
        self.shapes.save_state()
        # A copy of the last letter stands in the shapes' place until they slide back.
        stand_in = self.anim[-1].copy()
        self.add(stand_in)
        stand_in.move_to(self.shapes)
        self.M.save_state()
        left_group = _engine.VGroup(self.M, self.anim, stand_in)

        def place(vector):
            self.shapes.restore()
            left_group.align_to(self.M.saved_state, _LEFT)
            if direction == "right":
                self.shapes.shift(vector)
            elif direction == "center":
                self.shapes.shift(vector / 2)
                left_group.shift(-vector / 2)
            else:
                left_group.shift(-vector)

        def slide_and_uncover(banner, alpha):
            place(alpha * (offset + overshoot) * _RIGHT)
            for letter in banner.anim:
                if banner.square.get_center()[0] > letter.get_center()[0]:
                    letter.set_opacity(1)
                    self.add_to_back(letter)
            if alpha == 1:
                self.remove(*[self.anim])
                self.add_to_back(self.anim)
                banner.shapes.set_z_index(0)
                banner.shapes.save_state()
                banner.M.save_state()

        def slide_back(banner, alpha):
            if alpha == 0:
                stand_in.set_opacity(1)
                stand_in.move_to(banner.anim[-1])
                banner.anim.set_opacity(1)
            place(alpha * overshoot * _LEFT)
            if alpha == 1:
                banner.remove(stand_in)
                banner.add_to_back(banner.shapes)

        return _engine.Succession(
            _engine.UpdateFromAlphaFunc(
                self, slide_and_uncover, run_time=run_time * 2 / 3,
                rate_func=_engine.rate_functions.ease_in_out_cubic),
            _engine.UpdateFromAlphaFunc(
                self, slide_back, run_time=run_time * 1 / 3, rate_func=_engine.rate_functions.smooth),
        )


def _SpiralIn(*args, **kwargs):
    from manim.animation.creation import SpiralIn  # imported late: manim.animation loads after

    return SpiralIn(*args, **kwargs)


_api.populate(globals())
