"""Manim's manim.mobject.logo: ManimBanner, Manim's logo (a double-struck M, a circle, a square
and a triangle) with its create() and expand() animations. Written in Python over the engine's
shapes and animations; the glyph outlines are the path data of Manim v0.18.0's logo (MIT
licence), which the banner must reproduce exactly."""
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
# DEFAULT_FONT_SIZE * SCALE_FACTOR_PER_FONT_POINT: a glyph unit of the paths at 48 pt.
_FONT_SCALE = 48 / 960

# SVG path data of the glyphs (y down), in the order M, a, n, i, m.
_GLYPHS = [
    # the double-struck M
    (
        "M4.64259-2.092154L2.739726-6.625156C2.660025-6.824408 2.650062-6.824408 2.381071-6.824"
        "408H.52802C.348692-6.824408 .199253-6.824408 .199253-6.645081C.199253-6.475716 .37858-"
        "6.475716 .428394-6.475716C.547945-6.475716 .816936-6.455791 1.036115-6.37609V-1.05604C"
        "1.036115-.846824 1.036115-.408468 .358655-.348692C.169365-.328767 .169365-.18929 .1693"
        "65-.179328C.169365 0 .328767 0 .508095 0H2.052304C2.231631 0 2.381071 0 2.381071-.1793"
        "28C2.381071-.268991 2.30137-.33873 2.221669-.348692C1.454545-.408468 1.454545-.826899 "
        "1.454545-1.05604V-6.017435L1.464508-6.027397L3.895392-.209215C3.975093-.029888 4.04483"
        "2 0 4.104608 0C4.224159 0 4.254047-.079701 4.303861-.199253L6.744707-6.027397L6.75467-"
        "6.017435V-1.05604C6.75467-.846824 6.75467-.408468 6.07721-.348692C5.88792-.328767 5.88"
        "792-.18929 5.88792-.179328C5.88792 0 6.047323 0 6.22665 0H8.886675C9.066002 0 9.215442"
        " 0 9.215442-.179328C9.215442-.268991 9.135741-.33873 9.05604-.348692C8.288917-.408468 "
        "8.288917-.826899 8.288917-1.05604V-5.768369C8.288917-5.977584 8.288917-6.41594 8.96637"
        "6-6.475716C9.066002-6.485679 9.155666-6.535492 9.155666-6.645081C9.155666-6.824408 9.0"
        "06227-6.824408 8.826899-6.824408H6.90411C6.645081-6.824408 6.625156-6.824408 6.535492-"
        "6.615193L4.64259-2.092154ZM4.343711-1.912827C4.423412-1.743462 4.433375-1.733499 4.552"
        "927-1.693649L4.11457-.637609H4.094645L1.823163-6.057285C1.77335-6.1868 1.693649-6.3561"
        "64 1.554172-6.475716H2.420922L4.343711-1.912827ZM1.334994-.348692H1.165629C1.185554-.3"
        "7858 1.205479-.408468 1.225405-.428394C1.235367-.438356 1.235367-.448319 1.24533-.4582"
        "81L1.334994-.348692ZM7.103362-6.475716H8.159402C7.940224-6.22665 7.940224-5.967621 7.9"
        "40224-5.788294V-1.036115C7.940224-.856787 7.940224-.597758 8.169365-.348692H6.884184C7"
        ".103362-.597758 7.103362-.856787 7.103362-1.036115V-6.475716Z"
    ),
    # a
    (
        "M1.464508-4.024907C1.464508-4.234122 1.743462-4.393524 2.092154-4.393524C2.669988-4.39"
        "3524 2.929016-4.124533 2.929016-3.516812V-2.789539C1.77335-2.440847 .249066-2.042341 ."
        "249066-.916563C.249066-.308842 .71731 .139477 1.354919 .139477C1.92279 .139477 2.38107"
        "1-.059776 2.929016-.557908C3.038605-.049813 3.257783 .139477 3.745953 .139477C4.174346"
        " .139477 4.483188-.019925 4.861768-.428394L4.712329-.637609L4.612702-.537983C4.582814-"
        ".508095 4.552927-.498132 4.503113-.498132C4.363636-.498132 4.293898-.587796 4.293898-."
        "747198V-3.347447C4.293898-4.184309 3.536737-4.712329 2.321295-4.712329C1.195517-4.7123"
        "29 .438356-4.204234 .438356-3.457036C.438356-3.048568 .67746-2.799502 1.085928-2.79950"
        "2C1.484433-2.799502 1.763387-3.038605 1.763387-3.377335C1.763387-3.676214 1.464508-3.8"
        "8543 1.464508-4.024907ZM2.919054-.996264C2.650062-.687422 2.450809-.56787 2.211706-.56"
        "787C1.912827-.56787 1.703611-.836862 1.703611-1.235367C1.703611-1.8132 2.122042-2.2316"
        "31 2.919054-2.440847V-.996264Z"
    ),
    # n
    (
        "M2.948941-4.044832C3.297634-4.044832 3.466999-3.775841 3.466999-3.217933V-.806974C3.46"
        "6999-.438356 3.337484-.278954 2.998755-.239103V0H5.339975V-.239103C4.951432-.268991 4."
        "851806-.388543 4.851806-.806974V-3.307597C4.851806-4.164384 4.323786-4.712329 3.506849"
        "-4.712329C2.909091-4.712329 2.450809-4.433375 2.082192-3.845579V-4.592777H.179328V-4.3"
        "53674C.617684-4.283935 .707347-4.184309 .707347-3.765878V-.836862C.707347-.418431 .627"
        "646-.328767 .179328-.239103V0H2.580324V-.239103C2.211706-.288917 2.092154-.438356 2.09"
        "2154-.806974V-3.466999C2.092154-3.576588 2.530511-4.044832 2.948941-4.044832Z"
    ),
    # i
    (
        "M2.15193-4.592777H.239103V-4.353674C.67746-4.26401 .767123-4.174346 .767123-3.765878V-"
        ".836862C.767123-.428394 .697385-.348692 .239103-.239103V0H2.6401V-.239103C2.291407-.28"
        "8917 2.15193-.428394 2.15193-.806974V-4.592777ZM1.454545-6.884184C1.026152-6.884184 .6"
        "7746-6.535492 .67746-6.117061C.67746-5.668742 1.006227-5.339975 1.444583-5.339975S2.22"
        "1669-5.668742 2.221669-6.107098C2.221669-6.535492 1.882939-6.884184 1.454545-6.884184Z"
    ),
    # m
    (
        "M2.929016-4.044832C3.317559-4.044832 3.466999-3.815691 3.466999-3.217933V-.806974C3.46"
        "6999-.398506 3.35741-.268991 2.988792-.239103V0H5.32005V-.239103C4.971357-.278954 4.85"
        "1806-.428394 4.851806-.806974V-3.466999C4.851806-3.576588 5.310087-4.044832 5.69863-4."
        "044832C6.07721-4.044832 6.22665-3.805729 6.22665-3.217933V-.806974C6.22665-.388543 6.1"
        "17061-.268991 5.738481-.239103V0H8.109589V-.239103C7.721046-.259029 7.611457-.37858 7."
        "611457-.806974V-3.307597C7.611457-4.164384 7.083437-4.712329 6.266501-4.712329C5.69863"
        "-4.712329 5.32005-4.483188 4.801993-3.845579C4.503113-4.473225 4.154421-4.712329 3.526"
        "775-4.712329S2.440847-4.443337 2.062267-3.845579V-4.592777H.179328V-4.353674C.617684-4"
        ".293898 .707347-4.174346 .707347-3.765878V-.836862C.707347-.428394 .617684-.318804 .17"
        "9328-.239103V0H2.550436V-.239103C2.201743-.288917 2.092154-.428394 2.092154-.806974V-3"
        ".466999C2.092154-3.58655 2.530511-4.044832 2.929016-4.044832Z"
    ),
]


def _glyph(index, scale):
    """A glyph as a VMobject: flipped upright, centred, no stroke, scaled."""
    g = _engine.VMobjectFromSVGPath(_GLYPHS[index]).flip(_RIGHT).center()
    g.set(stroke_width=0).scale(scale)
    return g


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

        self.M = _glyph(0, 7 * _FONT_SCALE)
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
        for k in range(1, len(_GLYPHS)):
            letter = _glyph(k, _FONT_SCALE)
            if k > 1:
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
                rate_func=_engine.ease_in_out_cubic),
            _engine.UpdateFromAlphaFunc(
                self, slide_back, run_time=run_time * 1 / 3, rate_func=_engine.smooth),
        )


def _SpiralIn(*args, **kwargs):
    from manim.animation.creation import SpiralIn  # imported late: manim.animation loads after

    return SpiralIn(*args, **kwargs)


_api.populate(globals())
