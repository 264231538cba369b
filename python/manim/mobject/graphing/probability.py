"""Manim's manim.mobject.graphing.probability: the engine's BarChart, and SampleSpace, a
rectangle split into parts with probabilities as sizes, with braces and labels on its sides."""
import manimcpp as _engine

__all__ = ["SampleSpace"]

_EPSILON = 1e-8


def _has(obj, name):
    # hasattr, but the package's NotImplementedError for Manim attributes counts as absent.
    try:
        getattr(obj, name)
        return True
    except (AttributeError, NotImplementedError):
        return False


class SampleSpace(_engine.Rectangle):
    """Manim's SampleSpace: a DARK_GREY square (3 x 3, LIGHT_GREY edge of width 0.5) divided
    horizontally or vertically in proportion to probabilities."""

    def __init__(self, height=3, width=3, fill_color=_engine.DARK_GREY, fill_opacity=1,
                 stroke_width=0.5, stroke_color=_engine.LIGHT_GREY, default_label_scale_val=1):
        super().__init__(height=height, width=width, fill_color=fill_color,
                         fill_opacity=fill_opacity, stroke_width=stroke_width,
                         stroke_color=stroke_color)
        self.default_label_scale_val = default_label_scale_val

    def add_title(self, title="Sample space", buff=_engine.MED_SMALL_BUFF):
        title_mob = _engine.Tex(title)
        if title_mob.width > self.width:
            title_mob.width = self.width
        title_mob.next_to(self, _engine.UP, buff=buff)
        self.title = title_mob
        self.add(title_mob)

    def add_label(self, label):
        self.label = label

    def complete_p_list(self, p_list):
        """The probabilities, plus the remainder to 1 when they do not add up to 1."""
        if not isinstance(p_list, (list, tuple)):
            p_list = (p_list,)
        new_p_list = list(p_list)
        remainder = 1.0 - sum(new_p_list)
        if abs(remainder) > _EPSILON:
            new_p_list.append(remainder)
        return new_p_list

    def get_division_along_dimension(self, p_list, dim, colors, vect):
        p_list = self.complete_p_list(p_list)
        colors = _engine.color_gradient(colors, len(p_list))
        last_point = self.get_edge_center(-vect)
        parts = _engine.VGroup()
        for factor, color in zip(p_list, colors):
            part = SampleSpace()
            part.set_fill(color, 1)
            # Manim's part.replace(self, stretch=True)
            part.stretch_to_fit_width(self.width)
            part.stretch_to_fit_height(self.height)
            part.shift(self.get_center() - part.get_center())
            part.stretch(factor, dim)
            part.move_to(last_point, -vect)
            last_point = part.get_edge_center(vect)
            parts.add(part)
        return parts

    def get_horizontal_division(self, p_list, colors=(_engine.GREEN_E, _engine.BLUE_E),
                                vect=_engine.DOWN):
        return self.get_division_along_dimension(p_list, 1, list(colors), vect)

    def get_vertical_division(self, p_list, colors=(_engine.MAROON_B, _engine.YELLOW),
                              vect=_engine.RIGHT):
        return self.get_division_along_dimension(p_list, 0, list(colors), vect)

    def divide_horizontally(self, *args, **kwargs):
        self.horizontal_parts = self.get_horizontal_division(*args, **kwargs)
        self.add(self.horizontal_parts)

    def divide_vertically(self, *args, **kwargs):
        self.vertical_parts = self.get_vertical_division(*args, **kwargs)
        self.add(self.vertical_parts)

    def get_subdivision_braces_and_labels(self, parts, labels, direction,
                                          buff=_engine.SMALL_BUFF, min_num_quads=1):
        label_mobs = _engine.VGroup()
        braces = _engine.VGroup()
        for label, part in zip(labels, parts):
            # min_num_quads is a 3b1b-era Brace option that Manim CE's Brace no longer has
            # (it raises TypeError there); it is accepted and ignored.
            brace = _engine.Brace(part, direction, buff=buff)
            if isinstance(label, _engine.Mobject):
                label_mob = label
            else:
                label_mob = _engine.MathTex(label)
                label_mob.scale(self.default_label_scale_val)
            label_mob.next_to(brace, direction, buff)
            braces.add(brace)
            label_mobs.add(label_mob)
        parts.braces = braces
        parts.labels = label_mobs
        parts.label_kwargs = {"labels": label_mobs.copy(), "direction": direction, "buff": buff}
        return _engine.VGroup(parts.braces, parts.labels)

    def get_side_braces_and_labels(self, labels, direction=_engine.LEFT, **kwargs):
        if not _has(self, "horizontal_parts"):
            raise AssertionError("SampleSpace.get_side_braces_and_labels: call "
                                 "divide_horizontally first")
        return self.get_subdivision_braces_and_labels(self.horizontal_parts, labels, direction,
                                                      **kwargs)

    def get_top_braces_and_labels(self, labels, **kwargs):
        if not _has(self, "vertical_parts"):
            raise AssertionError("SampleSpace.get_top_braces_and_labels: call "
                                 "divide_vertically first")
        return self.get_subdivision_braces_and_labels(self.vertical_parts, labels, _engine.UP,
                                                      **kwargs)

    def get_bottom_braces_and_labels(self, labels, **kwargs):
        if not _has(self, "vertical_parts"):
            raise AssertionError("SampleSpace.get_bottom_braces_and_labels: call "
                                 "divide_vertically first")
        return self.get_subdivision_braces_and_labels(self.vertical_parts, labels,
                                                      _engine.DOWN, **kwargs)

    def add_braces_and_labels(self):
        for attr in ("horizontal_parts", "vertical_parts"):
            if not _has(self, attr):
                continue
            parts = getattr(self, attr)
            for subattr in ("braces", "labels"):
                if _has(parts, subattr):
                    self.add(getattr(parts, subattr))

    def __getitem__(self, index):
        if _has(self, "horizontal_parts"):
            return self.horizontal_parts[index]
        if _has(self, "vertical_parts"):
            return self.vertical_parts[index]
        return self.split()[index]


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
