"""Manim's manim.mobject.text.numbers: the engine's DecimalNumber and Integer, and Variable,
a label, "=" and a number that follows a ValueTracker."""
import manimcpp as _engine

__all__ = ["Variable"]


class Variable(_engine.VMobject):
    """Manim's Variable: `label` (MathTex for a string) with "=" added to it, then a
    DecimalNumber (or Integer, `var_type`) kept equal to `tracker` by an updater."""

    def __init__(self, var, label, var_type=_engine.DecimalNumber, num_decimal_places=2,
                 **kwargs):
        self.label = _engine.MathTex(label) if isinstance(label, str) else label
        equals = _engine.MathTex("=").next_to(self.label, _engine.RIGHT)
        self.label.add(equals)
        self.tracker = _engine.ValueTracker(var)
        if var_type is _engine.Integer:
            self.value = _engine.Integer(self.tracker.get_value())
        elif var_type is _engine.DecimalNumber:
            self.value = _engine.DecimalNumber(self.tracker.get_value(),
                                               num_decimal_places=num_decimal_places)
        else:
            raise TypeError("Variable: var_type must be DecimalNumber or Integer, got "
                            f"{var_type!r}")
        tracker = self.tracker
        self.value.add_updater(lambda v: v.set_value(tracker.get_value())).next_to(
            self.label, _engine.RIGHT)
        super().__init__(**kwargs)
        self.add(self.label, self.value)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
