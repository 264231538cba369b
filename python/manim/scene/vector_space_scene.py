"""Manim's manim.scene.vector_space_scene: VectorScene, a Scene with helpers that draw vectors
on a plane (basis vectors, labels, the walk from a vector to its coordinates and back).
LinearTransformationScene is not implemented yet."""
import numpy as np

import manimcpp as _engine
from manim import _api

__all__ = ["VectorScene"]

X_COLOR = _engine.GREEN_C
Y_COLOR = _engine.RED_C
Z_COLOR = _engine.BLUE_D


class VectorScene(_engine.Scene):
    """Manim's VectorScene (basis vectors drawn with stroke width 6)."""

    def __init__(self, basis_vector_stroke_width=6, **kwargs):
        super().__init__(**kwargs)
        self.basis_vector_stroke_width = basis_vector_stroke_width

    def add_plane(self, animate=False, **kwargs):
        plane = _engine.NumberPlane(**kwargs)
        if animate:
            self.play(_engine.Create(plane, lag_ratio=0.5))
        self.add(plane)
        return plane

    def add_axes(self, animate=False, color=_engine.WHITE, **kwargs):
        axes = _engine.Axes(color=color, axis_config={"unit_size": 1})
        if animate:
            self.play(_engine.Create(axes))
        self.add(axes)
        return axes

    def get_vector(self, numerical_vector, **kwargs):
        return _engine.Arrow(self.plane.coords_to_point(0, 0),
                             self.plane.coords_to_point(*numerical_vector[:2]), buff=0,
                             **kwargs)

    def add_vector(self, vector, color=_engine.YELLOW, animate=True, **kwargs):
        if not isinstance(vector, _engine.Arrow):
            vector = _engine.Vector(vector, color=color, **kwargs)
        if animate:
            self.play(_engine.GrowArrow(vector))
        self.add(vector)
        return vector

    def write_vector_coordinates(self, vector, **kwargs):
        coords = vector.coordinate_label(**kwargs)
        self.play(_engine.Write(coords))
        return coords

    def get_basis_vectors(self, i_hat_color=X_COLOR, j_hat_color=Y_COLOR):
        return _engine.VGroup(*(
            _engine.Vector(vect, color=color, stroke_width=self.basis_vector_stroke_width)
            for vect, color in [([1, 0], i_hat_color), ([0, 1], j_hat_color)]))

    def get_basis_vector_labels(self, **kwargs):
        i_hat, j_hat = self.get_basis_vectors()
        return _engine.VGroup(*(
            self.get_vector_label(vect, label, color=color, label_scale_factor=1, **kwargs)
            for vect, label, color in [(i_hat, "\\hat{\\imath}", X_COLOR),
                                       (j_hat, "\\hat{\\jmath}", Y_COLOR)]))

    def get_vector_label(self, vector, label, at_tip=False, direction="left", rotate=False,
                         color=None, label_scale_factor=_engine.LARGE_BUFF - 0.2):
        if not isinstance(label, _engine.MathTex):
            if len(label) == 1:
                label = "\\vec{\\textbf{%s}}" % label
            label = _engine.MathTex(label)
            if color is None:
                color = vector.get_color()
            label.set_color(color)
        label.scale(label_scale_factor)
        label.add_background_rectangle()
        if at_tip:
            vect = np.array(vector.get_vector(), dtype=float)
            vect /= np.linalg.norm(vect)
            label.next_to(vector.get_end(), vect, buff=_engine.SMALL_BUFF)
        else:
            angle = vector.get_angle()
            if not rotate:
                label.rotate(-angle, about_point=_engine.ORIGIN)
            if direction == "left":
                label.shift(-label.get_bottom() + 0.1 * _engine.UP)
            else:
                label.shift(-label.get_top() + 0.1 * _engine.DOWN)
            label.rotate(angle, about_point=_engine.ORIGIN)
            label.shift((vector.get_end() - vector.get_start()) / 2)
        return label

    def label_vector(self, vector, label, animate=True, **kwargs):
        label = self.get_vector_label(vector, label, **kwargs)
        if animate:
            self.play(_engine.Write(label, run_time=1))
        self.add(label)
        return label

    def position_x_coordinate(self, x_coord, x_line, vector):
        x_coord.next_to(x_line, -np.sign(vector[1]) * _engine.UP)
        x_coord.set_color(X_COLOR)
        return x_coord

    def position_y_coordinate(self, y_coord, y_line, vector):
        y_coord.next_to(y_line, np.sign(vector[0]) * _engine.RIGHT)
        y_coord.set_color(Y_COLOR)
        return y_coord

    def coords_to_vector(self, vector, coords_start=2 * _engine.RIGHT + 2 * _engine.UP,
                         clean_up=True):
        starting_mobjects = list(self.mobjects)
        array = _engine.Matrix(vector)
        array.shift(coords_start)
        arrow = _engine.Vector(vector)
        x_line = _engine.Line(_engine.ORIGIN, vector[0] * _engine.RIGHT)
        y_line = _engine.Line(x_line.get_end(), arrow.get_end())
        x_line.set_color(X_COLOR)
        y_line.set_color(Y_COLOR)
        x_coord, y_coord = array.get_entries()
        self.play(_engine.Write(array, run_time=1))
        self.wait()
        self.play(_engine.ApplyFunction(
            lambda x: self.position_x_coordinate(x, x_line, vector), x_coord))
        self.play(_engine.Create(x_line))
        self.play(_engine.ApplyFunction(
            lambda y: self.position_y_coordinate(y, y_line, vector), y_coord),
            _engine.FadeOut(array.get_brackets()))
        self.play(_engine.Create(y_line))
        self.play(_engine.Create(arrow))
        self.wait()
        if clean_up:
            self.clear()
            self.add(*starting_mobjects)

    def vector_to_coords(self, vector, integer_labels=True, clean_up=True):
        starting_mobjects = list(self.mobjects)
        show_creation = False
        if isinstance(vector, _engine.Arrow):
            arrow = vector
            vector = arrow.get_end()[:2]
        else:
            arrow = _engine.Vector(vector)
            show_creation = True
        array = arrow.coordinate_label(integer_labels=integer_labels)
        x_line = _engine.Line(_engine.ORIGIN, vector[0] * _engine.RIGHT)
        y_line = _engine.Line(x_line.get_end(), arrow.get_end())
        x_line.set_color(X_COLOR)
        y_line.set_color(Y_COLOR)
        x_coord, y_coord = array.get_entries()
        x_coord_start = self.position_x_coordinate(x_coord.copy(), x_line, vector)
        y_coord_start = self.position_y_coordinate(y_coord.copy(), y_line, vector)
        brackets = array.get_brackets()
        if show_creation:
            self.play(_engine.Create(arrow))
        self.play(_engine.Create(x_line), _engine.Write(x_coord_start), run_time=1)
        self.play(_engine.Create(y_line), _engine.Write(y_coord_start), run_time=1)
        self.wait()
        self.play(_engine.Transform(x_coord_start, x_coord, lag_ratio=0),
                  _engine.Transform(y_coord_start, y_coord, lag_ratio=0),
                  _engine.Write(brackets, run_time=1))
        self.wait()
        self.remove(x_coord_start, y_coord_start, brackets)
        self.add(array)
        if clean_up:
            self.clear()
            self.add(*starting_mobjects)
        return array, x_line, y_line

    def show_ghost_movement(self, vector):
        from manim import config

        if isinstance(vector, _engine.Arrow):
            vector = vector.get_end() - vector.get_start()
        elif len(vector) == 2:
            vector = np.append(np.array(vector), 0.0)
        x_max = int(config["frame_x_radius"] + abs(vector[0]))
        y_max = int(config["frame_y_radius"] + abs(vector[1]))
        dots = _engine.VMobject(*(_engine.Dot(x * _engine.RIGHT + y * _engine.UP)
                                  for x in range(-x_max, x_max)
                                  for y in range(-y_max, y_max)))
        dots.set_fill(_engine.BLACK, opacity=0)
        dots_halfway = dots.copy().shift(vector / 2).set_fill(_engine.WHITE, 1)
        dots_end = dots.copy().shift(vector)
        self.play(_engine.Transform(dots, dots_halfway, rate_func=_engine.rate_functions.rush_into))
        self.play(_engine.Transform(dots, dots_end, rate_func=_engine.rate_functions.rush_from))
        self.remove(dots)


_api.populate(globals())
