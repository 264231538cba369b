"""Manim's manim.scene.section: section types and the Section record. Scenes split into
sections with Scene.next_section(); --save_sections writes one video per section and an index
(<Scene>.json) into sections_dir, as Manim's segmented video API."""
from enum import Enum
from pathlib import Path

from manim.utils.commands import get_video_metadata

__all__ = ["DefaultSectionType", "Section", "get_video_metadata"]


class DefaultSectionType(str, Enum):
    """A section's type, for third-party tools (presentation systems define their own)."""

    NORMAL = "default.normal"


class Section:
    """One section of a scene: its type, its video (relative to the sections folder; None when
    it is not saved), its name and whether its animations are skipped."""

    def __init__(self, type, video, name, skip_animations):
        self.type = type
        self.video = video
        self.name = name
        self.skip_animations = skip_animations
        self.partial_movie_files = []

    def is_empty(self):
        return len(self.partial_movie_files) == 0

    def get_clean_partial_movie_files(self):
        return [f for f in self.partial_movie_files if f is not None]

    def get_dict(self, sections_dir):
        if self.video is None:
            raise ValueError(f"Section '{self.name}' cannot be exported as dict, it does not "
                             "have a video path assigned to it")
        meta = get_video_metadata(Path(sections_dir) / self.video)
        return dict({"name": self.name, "type": self.type, "video": self.video}, **meta)

    def __repr__(self):
        return f"<Section '{self.name}' stored in '{self.video}'>"


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
