"""Manim's manim.mobject.svg.brace: Brace, BraceBetweenPoints and ArcBrace come from the engine;
BraceLabel and BraceText (a brace plus a label at its tip) are written here over them."""
import manimcpp as _engine
from manimcpp import DOWN, Brace, VMobject

__all__ = ["BraceLabel", "BraceText"]


class BraceLabel(VMobject):
    """A Brace beside `obj` with `text` (built by `label_constructor`, MathTex by default) put
    at its tip. `brace_config` goes to Brace; other keywords style the group."""

    def __init__(self, obj, text, brace_direction=DOWN, label_constructor=None,
                 font_size=48, buff=0.2, brace_config=None, **kwargs):
        self.label_constructor = label_constructor or _engine.MathTex
        super().__init__(**kwargs)
        self.brace_direction = brace_direction
        self.brace = Brace(obj, brace_direction, buff, **(brace_config or {}))
        if isinstance(text, (tuple, list)):
            self.label = self.label_constructor(*text, font_size=font_size, **kwargs)
        else:
            self.label = self.label_constructor(str(text), font_size=font_size)
        self.brace.put_at_tip(self.label)
        self.add(self.brace, self.label)

    def creation_anim(self, label_anim=None, brace_anim=None):
        label_anim = label_anim or _engine.FadeIn
        brace_anim = brace_anim or _engine.GrowFromCenter
        return _engine.AnimationGroup(brace_anim(self.brace), label_anim(self.label))

    def shift_brace(self, obj, **kwargs):
        if isinstance(obj, list):
            obj = _engine.VGroup(*obj)
        self.brace = Brace(obj, self.brace_direction, **kwargs)
        self.brace.put_at_tip(self.label)
        return self

    def change_label(self, *text, **kwargs):
        self.label = self.label_constructor(*text, **kwargs)
        self.brace.put_at_tip(self.label)
        return self

    def change_brace_label(self, obj, *text, **kwargs):
        self.shift_brace(obj)
        self.change_label(*text, **kwargs)
        return self


class BraceText(BraceLabel):
    """A BraceLabel whose label is Tex (text mode) rather than MathTex."""

    def __init__(self, obj, text, label_constructor=None, **kwargs):
        super().__init__(obj, text, label_constructor=label_constructor or _engine.Tex, **kwargs)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
