"""Manim's manim.mobject.types.vectorized_mobject: the engine's VMobject, VGroup... and VDict,
a VMobject whose submobjects are reached by key (written here in Python over the engine's
VMobject; everything else in the module comes from the engine, see manim/_api.py)."""
import numpy as np
from manimcpp import BLACK, LEFT, ORIGIN, VGroup, VMobject

__all__ = ["VDict", "CurvesAsSubmobjects", "VectorizedPoint"]


class VDict(VMobject):
    """VMobjects by key: ``VDict({"a": Square()})["a"]``. ``show_keys`` puts each key as a Tex
    label to the left of its value."""

    def __init__(self, mapping_or_iterable=None, show_keys=False, **kwargs):
        super().__init__(**kwargs)
        self.show_keys = show_keys
        self.submob_dict = {}
        self.add(mapping_or_iterable if mapping_or_iterable is not None else {})

    def __repr__(self):
        return f"{type(self).__name__}({self.submob_dict!r})"

    def add(self, mapping_or_iterable):
        """Adds (key, VMobject) pairs from a dict or an iterable of pairs; returns self."""
        for key, value in dict(mapping_or_iterable).items():
            self.add_key_value_pair(key, value)
        return self

    def remove(self, key):
        """Removes the submobject stored under `key`; KeyError when there is none."""
        if key not in self.submob_dict:
            raise KeyError(f"The given key '{key}' is not present in the VDict")
        VMobject.remove(self, self.submob_dict.pop(key))
        return self

    def __getitem__(self, key):
        return self.submob_dict[key]

    def __setitem__(self, key, value):
        if key in self.submob_dict:
            self.remove(key)
        self.add([(key, value)])

    def __delitem__(self, key):
        self.remove(key)

    def __contains__(self, key):
        return key in self.submob_dict

    def get_all_submobjects(self):
        return list(self.submob_dict.values())

    def add_key_value_pair(self, key, value):
        """Stores `value` under `key` and adds it as a submobject (TypeError unless a VMobject)."""
        if not isinstance(value, VMobject):
            raise TypeError("All submobjects must be of type VMobject")
        if self.show_keys:
            from manimcpp import Tex

            value.add(Tex(str(key)).next_to(value, LEFT))
        self.submob_dict[key] = value
        VMobject.add(self, value)


class CurvesAsSubmobjects(VGroup):
    """Each cubic curve of `vmobject` as its own VMobject child with the original's style
    (so `set_color_by_gradient` colours along the path)."""

    def __init__(self, vmobject, **kwargs):
        super().__init__(**kwargs)
        for curve in vmobject.get_cubic_bezier_tuples():
            part = VMobject()
            part.set_points(curve)
            part.match_style(vmobject)
            self.add(part)

    def point_from_proportion(self, alpha):
        """The point at proportion `alpha` of the summed arc lengths of the children with
        points (ValueError outside [0, 1])."""
        if alpha < 0 or alpha > 1:
            raise ValueError(f"CurvesAsSubmobjects.point_from_proportion: alpha {alpha} is not "
                             "between 0 and 1")
        if len(self.submobjects) == 0:
            raise Exception("Cannot call CurvesAsSubmobjects.point_from_proportion for a "
                            "CurvesAsSubmobjects with no submobjects")
        parts = [p for p in self.submobjects if p.get_num_points() > 0]
        if not parts:
            raise Exception("Cannot call CurvesAsSubmobjects.point_from_proportion: its "
                            "submobjects have no points")
        if alpha == 1:
            return parts[-1].points[-1]
        lengths = [p.get_arc_length() for p in parts]
        target = alpha * sum(lengths)
        run = 0.0
        for part, length in zip(parts, lengths):
            if run + length >= target:
                return part.point_from_proportion((target - run) / length)
            run += length
        return parts[-1].points[-1]


from manim._api import populate as _populate  # noqa: E402

_populate(globals())


class VectorizedPoint(VMobject):
    """A VMobject of one point (invisible by default: black, no fill, no stroke) whose width and
    height read as artificial_width / artificial_height (0.01 by default), as Manim's; what
    get_point_mobject and Transform's alignment make from a VMobject."""

    def __init__(self, location=ORIGIN, color=BLACK, fill_opacity=0, stroke_width=0,
                 artificial_width=0.01, artificial_height=0.01, **kwargs):
        super().__init__(color=color, fill_opacity=fill_opacity, stroke_width=stroke_width,
                         **kwargs)
        self.artificial_width = artificial_width
        self.artificial_height = artificial_height
        self.points = np.array([np.asarray(location, dtype=float)])

    @property
    def width(self):
        return self.artificial_width

    @width.setter
    def width(self, value):
        self.scale_to_fit_width(value)

    @property
    def height(self):
        return self.artificial_height

    @height.setter
    def height(self, value):
        self.scale_to_fit_height(value)

    def get_location(self):
        return np.array(self.points[0])

    def set_location(self, new_loc):
        self.points = np.array([np.asarray(new_loc, dtype=float)])
        return self
