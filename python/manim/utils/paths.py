"""Path functions for Transform's path_func (Manim's manim.utils.paths): each returns
f(start_points, end_points, alpha) -> points."""
import numpy as np

from manim.constants import OUT
from manim.utils.bezier import interpolate
from manim.utils.space_ops import rotation_matrix

STRAIGHT_PATH_THRESHOLD = 0.01


def straight_path(*args):
    """Linear interpolation; called with (start, end, alpha) it interpolates directly, as
    Manim's deprecated form does."""
    if args:
        return interpolate(*args)
    return interpolate


def _unit(axis):
    axis = np.asarray(axis, dtype=float)
    if np.linalg.norm(axis) == 0:
        axis = OUT
    return axis / np.linalg.norm(axis)


def path_along_circles(arc_angle, circles_centers, axis=OUT):
    """Each point travels `arc_angle` about its own centre, ending at its end point."""
    unit_axis = _unit(axis)
    centers = np.asarray(circles_centers, dtype=float)

    def path(start_points, end_points, alpha):
        # The end points rotated back by the whole angle, interpolated, then rotated forward.
        unrotated_end = centers + np.dot(end_points - centers,
                                         rotation_matrix(-arc_angle, unit_axis).T)
        rot = rotation_matrix(alpha * arc_angle, unit_axis)
        return centers + np.dot(interpolate(start_points, unrotated_end, alpha) - centers, rot.T)

    return path


def path_along_arc(arc_angle, axis=OUT):
    """Each point moves along the arc of angle `arc_angle` from its start to its end point;
    a straight path below 0.01 rad."""
    if abs(arc_angle) < STRAIGHT_PATH_THRESHOLD:
        return straight_path()
    unit_axis = _unit(axis)

    def path(start_points, end_points, alpha):
        vects = end_points - start_points
        centers = start_points + 0.5 * vects
        if arc_angle != np.pi:
            centers = centers + np.cross(unit_axis, vects / 2.0) / np.tan(arc_angle / 2)
        rot = rotation_matrix(alpha * arc_angle, unit_axis)
        return centers + np.dot(start_points - centers, rot.T)

    return path


def clockwise_path():
    return path_along_arc(-np.pi)


def counterclockwise_path():
    return path_along_arc(np.pi)


def spiral_path(angle, axis=OUT):
    """Points spiral in: rotated by (alpha - 1) * angle about their start and scaled by
    alpha."""
    if abs(angle) < STRAIGHT_PATH_THRESHOLD:
        return straight_path()
    unit_axis = _unit(axis)

    def path(start_points, end_points, alpha):
        rot = rotation_matrix((alpha - 1) * angle, unit_axis)
        return start_points + alpha * np.dot(end_points - start_points, rot.T)

    return path


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
