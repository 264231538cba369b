"""Manim's exception classes (manim.utils.exceptions)."""


class EndSceneEarlyException(Exception):
    """Raised to stop rendering a scene after the last animation asked for (-n)."""


class RerunSceneException(Exception):
    """Raised to render a scene again (interactive renderers)."""


class MultiAnimationOverrideException(Exception):
    """A Mobject class overrides the same animation twice (override_animation)."""


__all__ = ["EndSceneEarlyException", "RerunSceneException", "MultiAnimationOverrideException"]
