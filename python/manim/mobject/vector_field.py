"""Manim's manim.mobject.vector_field: VectorField (colouring by a scalar of the field, nudging
mobjects along it), ArrowVectorField (a Vector at every grid point) and StreamLines (lines
traced along the field, coloured by its magnitude through a background image as Manim's Cairo
camera draws them) over the engine's mobjects."""
import itertools as it
import random
from math import ceil, floor

import numpy as np

import manimcpp as _engine
from manim import _api

__all__ = ["VectorField", "ArrowVectorField", "StreamLines"]

DEFAULT_SCALAR_FIELD_COLORS = [_engine.BLUE_E, _engine.GREEN, _engine.YELLOW, _engine.RED]


def _rgb(color):
    return np.array(_engine.ManimColor(color).to_rgb(), dtype=float)


def _sigmoid(x):
    return 1.0 / (1 + np.exp(-x))


class VectorField(_engine.VGroup):
    """Manim's VectorField: a group whose parts are coloured by `color_scheme(func(p))`
    (default: the vector's length) through `colors` over [min, max]; a single `color`
    turns that off."""

    def __init__(self, func, color=None, color_scheme=None, min_color_scheme_value=0,
                 max_color_scheme_value=2, colors=DEFAULT_SCALAR_FIELD_COLORS, **kwargs):
        super().__init__(**kwargs)
        self.func = func
        if color is None:
            self.single_color = False
            if color_scheme is None:
                def color_scheme(p):
                    return np.linalg.norm(p)
            self.color_scheme = color_scheme
            self.rgbs = np.array([_rgb(c) for c in colors])
            lo, hi = min_color_scheme_value, max_color_scheme_value

            def pos_to_rgb(pos):
                value = np.clip(self.color_scheme(self.func(pos)), lo, hi)
                alpha = (value - lo) / (hi - lo)
                alpha *= len(self.rgbs) - 1
                c1 = self.rgbs[int(alpha)]
                c2 = self.rgbs[min(int(alpha + 1), len(self.rgbs) - 1)]
                alpha %= 1
                return (1 - alpha) * c1 + alpha * c2

            self.pos_to_rgb = pos_to_rgb
            self.pos_to_color = lambda pos: _engine.ManimColor(self.pos_to_rgb(pos))
        else:
            self.single_color = True
            self._field_color = _engine.ManimColor(color)  # the C++ `color` is read-only (get_color)
        self.submob_movement_updater = None

    @staticmethod
    def shift_func(func, shift_vector):
        return lambda p: func(p - shift_vector)

    @staticmethod
    def scale_func(func, scalar):
        return lambda p: func(p * scalar)

    def fit_to_coordinate_system(self, coordinate_system):
        self.apply_function(lambda pos: coordinate_system.coords_to_point(*pos))

    def nudge(self, mob, dt=1, substeps=1, pointwise=False):
        """Moves `mob` (its centre, or every point) along the field for `dt` (fourth-order
        Runge-Kutta in `substeps` steps)."""

        def runge_kutta(p, step):
            k1 = np.asarray(self.func(p), dtype=float)
            k2 = np.asarray(self.func(p + step * (k1 * 0.5)), dtype=float)
            k3 = np.asarray(self.func(p + step * (k2 * 0.5)), dtype=float)
            k4 = np.asarray(self.func(p + step * k3), dtype=float)
            return step / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)

        step = dt / substeps
        for _ in range(substeps):
            if pointwise:
                mob.apply_function(lambda p: p + runge_kutta(np.asarray(p, dtype=float), step))
            else:
                mob.shift(runge_kutta(np.asarray(mob.get_center(), dtype=float), step))
        return self

    def get_colored_background_image(self, sampling_rate=5):
        """The field's colours over the frame, one pixel per `sampling_rate` output pixels
        (Manim's: rows from the top of the frame, x and y from linspace over the frame, the
        colour of each point truncated to bytes), as a PIL image when PIL is present."""
        from manim import config

        if self.single_color:
            raise ValueError(
                "There is no point in generating an image if the vector field uses a single "
                "color.")
        ph = int(config["pixel_height"] / sampling_rate)
        pw = int(config["pixel_width"] / sampling_rate)
        fw = config["frame_width"]
        fh = config["frame_height"]
        points_array = np.zeros((ph, pw, 3))
        points_array[:, :, 0] = np.linspace(-fw / 2, fw / 2, pw).reshape((1, pw))
        points_array[:, :, 1] = np.linspace(fh / 2, -fh / 2, ph).reshape((ph, 1))
        rgbs = np.apply_along_axis(self.pos_to_rgb, 2, points_array)
        pixels = (rgbs * 255).astype("uint8")
        try:
            from PIL import Image
        except ImportError:
            return pixels
        return Image.fromarray(pixels)

    def get_vectorized_rgba_gradient_function(self, start, end, colors):
        """Values to rgba rows through `colors` over [start, end] (Manim's helper)."""
        rgbs = np.array([_rgb(c) for c in colors])

        def func(values, opacity=1):
            alphas = (np.array(values) - start) / (end - start)
            alphas = np.clip(alphas, 0, 1)
            scaled = alphas * (len(rgbs) - 1)
            indices = scaled.astype(int)
            next_indices = np.clip(indices + 1, 0, len(rgbs) - 1)
            inter = (scaled % 1).repeat(3).reshape((len(indices), 3))
            result = (1 - inter) * rgbs[indices] + inter * rgbs[next_indices]
            return np.concatenate((result, np.full([len(result), 1], opacity)), axis=1)

        return func

    def nudge_submobjects(self, dt=1, substeps=1, pointwise=False):
        for mob in self.submobjects:
            self.nudge(mob, dt, substeps, pointwise)
        return self

    def get_nudge_updater(self, speed=1, pointwise=False):
        return lambda mob, dt: self.nudge(mob, dt * speed, pointwise=pointwise)

    def start_submobject_movement(self, speed=1, pointwise=False):
        self.stop_submobject_movement()
        field = self
        self.submob_movement_updater = lambda mob, dt: field.nudge_submobjects(
            dt * speed, pointwise=pointwise)
        self.add_updater(self.submob_movement_updater)
        return self

    def stop_submobject_movement(self):
        if self.submob_movement_updater is not None:
            self.remove_updater(self.submob_movement_updater)
        self.submob_movement_updater = None
        return self


class ArrowVectorField(VectorField):
    """Manim's ArrowVectorField: a Vector of length `length_func(|v|)` (default
    0.45 sigmoid(|v|)) at every point of the grid (x_range, y_range, default step 0.5 and the
    frame's extent, ends included)."""

    def __init__(self, func, color=None, color_scheme=None, min_color_scheme_value=0,
                 max_color_scheme_value=2, colors=DEFAULT_SCALAR_FIELD_COLORS, x_range=None,
                 y_range=None, z_range=None, three_dimensions=False,
                 length_func=lambda norm: 0.45 * _sigmoid(norm), opacity=1.0,
                 vector_config=None, **kwargs):
        from manim import config

        x_range = list(x_range or [floor(-config["frame_width"] / 2),
                                   ceil(config["frame_width"] / 2)])
        y_range = list(y_range or [floor(-config["frame_height"] / 2),
                                   ceil(config["frame_height"] / 2)])
        ranges = [x_range, y_range]
        if three_dimensions or z_range:
            ranges.append(list(z_range or y_range.copy()))
        else:
            ranges.append([0, 0])
        for r in ranges:
            if len(r) == 2:
                r.append(0.5)
            r[1] += r[2]
        self.x_range, self.y_range, self.z_range = ranges
        self.ranges = ranges
        super().__init__(func, color, color_scheme, min_color_scheme_value,
                         max_color_scheme_value, colors, **kwargs)
        self.length_func = length_func
        self.opacity = opacity
        self.vector_config = dict(vector_config or {})
        self.func = func
        xs, ys, zs = (np.arange(*r) for r in ranges)
        self.add(*[self.get_vector(x * _engine.RIGHT + y * _engine.UP + z * _engine.OUT)
                   for x, y, z in it.product(xs, ys, zs)])
        self.set_opacity(self.opacity)

    def get_vector(self, point):
        output = np.array(self.func(point), dtype=float)
        norm = np.linalg.norm(output)
        if norm != 0:
            output *= self.length_func(norm) / norm
        vect = _engine.Vector(output, **self.vector_config)
        vect.shift(point)
        if self.single_color:
            vect.set_color(self._field_color)
        else:
            vect.set_color(self.pos_to_color(point))
        return vect


class StreamLines(VectorField):
    """Manim's StreamLines: from every point of the grid (x_range, y_range, z_range; step 0.5 by
    default), moved by `noise_factor` times numpy's seeded random numbers and repeated
    `n_repeats` times, a line follows the field in Euler steps of `dt` for at most
    `virtual_time` (stopping `padding` outside the grid), keeps at most about
    `max_anchors_per_line` anchors and is smoothed. Without a single `color`, a 2D field's lines
    are coloured by the field's colour image (color_using_background_image: the camera draws
    them white and multiplies by the image), a 3D one's by a colour per anchor."""

    def __init__(self, func, color=None, color_scheme=None, min_color_scheme_value=0,
                 max_color_scheme_value=2, colors=DEFAULT_SCALAR_FIELD_COLORS, x_range=None,
                 y_range=None, z_range=None, three_dimensions=False, noise_factor=None,
                 n_repeats=1, dt=0.05, virtual_time=3, max_anchors_per_line=100, padding=3,
                 stroke_width=1, opacity=1, **kwargs):
        from manim import config

        self.x_range = list(x_range or [floor(-config["frame_width"] / 2),
                                        ceil(config["frame_width"] / 2)])
        self.y_range = list(y_range or [floor(-config["frame_height"] / 2),
                                        ceil(config["frame_height"] / 2)])
        self.ranges = [self.x_range, self.y_range]
        if three_dimensions or z_range:
            self.z_range = list(z_range or self.y_range.copy())
            self.ranges += [self.z_range]
        else:
            self.ranges += [[0, 0]]
        for r in self.ranges:
            if len(r) == 2:
                r += [0.5]
            r[1] += r[2]
        self.x_range, self.y_range, self.z_range = self.ranges
        super().__init__(func, color, color_scheme, min_color_scheme_value,
                         max_color_scheme_value, colors, **kwargs)
        for name, value in (("dt", dt), ("virtual_time", virtual_time)):
            if not value > 0:
                raise ValueError(f"StreamLines: {name} must be > 0, got {value}")
        if max_anchors_per_line < 1:
            raise ValueError(
                f"StreamLines: max_anchors_per_line must be >= 1, got {max_anchors_per_line}")
        self.noise_factor = (noise_factor if noise_factor is not None
                             else self.y_range[2] / 2)
        self.n_repeats = n_repeats
        self.virtual_time = virtual_time
        self.max_anchors_per_line = max_anchors_per_line
        self.padding = padding
        self.stroke_width = stroke_width
        self.flow_animation = None

        half_noise = self.noise_factor / 2
        right, up, out = (np.array(v, dtype=float) for v in
                          (_engine.RIGHT, _engine.UP, _engine.OUT))
        np.random.seed(0)
        start_points = np.array([
            (x - half_noise) * right + (y - half_noise) * up + (z - half_noise) * out
            + self.noise_factor * np.random.random(3)
            for n in range(self.n_repeats)
            for x in np.arange(*self.x_range)
            for y in np.arange(*self.y_range)
            for z in np.arange(*self.z_range)
        ])

        def outside_box(p):
            return (p[0] < self.x_range[0] - self.padding
                    or p[0] > self.x_range[1] + self.padding - self.x_range[2]
                    or p[1] < self.y_range[0] - self.padding
                    or p[1] > self.y_range[1] + self.padding - self.y_range[2]
                    or p[2] < self.z_range[0] - self.padding
                    or p[2] > self.z_range[1] + self.padding - self.z_range[2])

        max_steps = ceil(virtual_time / dt) + 1
        flat = not np.any(np.array(self.z_range) != np.array([0, 0.5, 0.5]))
        if not self.single_color:
            self.background_img = self.get_colored_background_image()
        for point in start_points:
            points = [point]
            for _ in range(max_steps):
                last_point = points[-1]
                new_point = last_point + dt * np.asarray(func(last_point), dtype=float)
                if outside_box(new_point):
                    break
                points.append(new_point)
            if not self.single_color and flat:
                line = _engine._background_colored_vmobject(self.background_img)
            else:
                line = _engine.VMobject()
            # Manim's duration is max_steps * dt for every line (its step count is reset).
            line.duration = max_steps * dt
            step = max(1, int(len(points) / self.max_anchors_per_line))
            anchors = points[::step]
            if len(anchors) >= 2:
                line.set_points_smoothly(np.array(anchors))
            if self.single_color:
                line.set_stroke(self._field_color)
            else:
                if not flat:
                    line.set_stroke([self.pos_to_color(p) for p in line.get_anchors()])
                line.set_stroke(width=self.stroke_width, opacity=opacity)
            self.add(line)
        self.stream_lines = [*self.submobjects]

    def create(self, lag_ratio=None, run_time=None, **kwargs):
        """Create every line (run_time virtual_time each), in random order, lag_ratio
        run_time / 2 / number of lines by default."""
        if run_time is None:
            run_time = self.virtual_time
        if lag_ratio is None:
            lag_ratio = run_time / 2 / len(self.submobjects)
        animations = [_engine.Create(line, run_time=run_time, **kwargs)
                      for line in self.stream_lines]
        random.shuffle(animations)
        return _engine.AnimationGroup(*animations, lag_ratio=lag_ratio)

    def start_animation(self, warm_up=True, flow_speed=1, time_width=0.3,
                        rate_func=_engine.linear, line_animation_class=None, **kwargs):
        """Flashes run along every line over and over (an updater), each line at a random
        phase; with warm_up the lines start empty."""
        if line_animation_class is None:
            line_animation_class = _engine.ShowPassingFlash
        for line in self.stream_lines:
            run_time = line.duration / flow_speed
            line.anim = line_animation_class(line, run_time=run_time, rate_func=rate_func,
                                             time_width=time_width, **kwargs)
            line.anim.begin()
            line.time = random.random() * self.virtual_time
            if warm_up:
                line.time *= -1
            self.add(line.anim.mobject)

        field = self

        def updater(mob, dt):
            for line in field.stream_lines:
                line.time += dt * flow_speed
                if line.time >= field.virtual_time:
                    line.time -= field.virtual_time
                line.anim.interpolate(np.clip(line.time / line.anim.run_time, 0, 1))

        self.add_updater(updater)
        self.flow_animation = updater
        self.flow_speed = flow_speed
        self.time_width = time_width

    def end_animation(self):
        """Ends the flow: each line finishes its flash, then is created again (ease_out_sine,
        starting at the flash's speed)."""
        from manim import config

        if self.flow_animation is None:
            raise ValueError("You have to start the animation before fading it out.")

        def hide_and_wait(mob, alpha):
            if alpha == 0:
                mob.set_stroke(opacity=0)
            elif alpha == 1:
                mob.set_stroke(opacity=1)

        field = self
        dt = 1 / config["frame_rate"]

        def finish_updater_cycle(line, alpha):
            line.time += dt * field.flow_speed
            line.anim.interpolate(min(line.time / line.anim.run_time, 1))
            if alpha == 1:
                field.remove(line.anim.mobject)
                line.anim.finish()

        max_run_time = self.virtual_time / self.flow_speed
        creation_rate_func = _engine.rate_functions.ease_out_sine
        creation_staring_speed = creation_rate_func(0.001) * 1000
        creation_run_time = max_run_time / (1 + self.time_width) * creation_staring_speed
        animations = []
        self.remove_updater(self.flow_animation)
        self.flow_animation = None
        for line in self.stream_lines:
            create = _engine.Create(line, run_time=creation_run_time,
                                    rate_func=creation_rate_func)
            if line.time <= 0:
                animations.append(_engine.Succession(
                    _engine.UpdateFromAlphaFunc(line, hide_and_wait,
                                                run_time=-line.time / self.flow_speed),
                    create))
                self.remove(line.anim.mobject)
                line.anim.finish()
            else:
                remaining_time = max_run_time - line.time / self.flow_speed
                animations.append(_engine.Succession(
                    _engine.UpdateFromAlphaFunc(line, finish_updater_cycle,
                                                run_time=remaining_time),
                    create))
        return _engine.AnimationGroup(*animations)


_api.populate(globals())
