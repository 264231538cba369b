"""Manim's manim.scene.vector_space_scene: VectorScene, a Scene with helpers that draw vectors
on a plane (basis vectors, labels, the walk from a vector to its coordinates and back), and
LinearTransformationScene (a plane, basis vectors and mobjects moved together by a matrix or a
function)."""
import numpy as np

import manimcpp as _engine
from manim import _api

__all__ = ["VectorScene", "LinearTransformationScene"]

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



def _frame_width():
    from manim import config

    return config["frame_width"]


def _has_target(mob):
    try:
        mob.target
    except AttributeError:
        return False
    return True


class LinearTransformationScene(VectorScene):
    """Manim's LinearTransformationScene: a grey background plane, a foreground NumberPlane
    spanning twice the frame width that the transformations move, i-hat and j-hat, and the
    lists of mobjects each transformation treats differently (transformable ones move point by
    point, moving vectors are rebuilt at their image, moving mobjects are moved to the image of
    their centre, foreground ones stay)."""

    def __init__(self, include_background_plane=True, include_foreground_plane=True,
                 background_plane_kwargs=None, foreground_plane_kwargs=None,
                 show_coordinates=False, show_basis_vectors=True, basis_vector_stroke_width=6,
                 i_hat_color=X_COLOR, j_hat_color=Y_COLOR, leave_ghost_vectors=False, **kwargs):
        super().__init__(basis_vector_stroke_width=basis_vector_stroke_width, **kwargs)
        self.include_background_plane = include_background_plane
        self.include_foreground_plane = include_foreground_plane
        self.show_coordinates = show_coordinates
        self.show_basis_vectors = show_basis_vectors
        self.i_hat_color = _engine.ManimColor(i_hat_color)
        self.j_hat_color = _engine.ManimColor(j_hat_color)
        self.leave_ghost_vectors = leave_ghost_vectors
        self.background_plane_kwargs = {
            "color": _engine.GREY,
            "axis_config": {"color": _engine.GREY},
            "background_line_style": {"stroke_color": _engine.GREY, "stroke_width": 1},
        }
        width = _frame_width()
        self.foreground_plane_kwargs = {
            "x_range": np.array([-width, width, 1.0]),
            "y_range": np.array([-width, width, 1.0]),
            "faded_line_ratio": 1,
        }
        self.update_default_configs(
            (self.foreground_plane_kwargs, self.background_plane_kwargs),
            (foreground_plane_kwargs, background_plane_kwargs))

    @staticmethod
    def update_default_configs(default_configs, passed_configs):
        from manim.utils.config_ops import update_dict_recursively

        for default_config, passed_config in zip(default_configs, passed_configs):
            if passed_config is not None:
                update_dict_recursively(default_config, passed_config)

    def setup(self):
        # Manim's guard: a subclass calling setup() twice builds the planes once.
        if self.__dict__.get("has_already_setup", False):
            return
        self.has_already_setup = True
        self.background_mobjects = []
        self.foreground_mobjects = []
        self.transformable_mobjects = []
        self.moving_vectors = []
        self.transformable_labels = []
        self.moving_mobjects = []
        self.background_plane = _engine.NumberPlane(**self.background_plane_kwargs)
        if self.show_coordinates:
            self.background_plane.add_coordinates()
        if self.include_background_plane:
            self.add_background_mobject(self.background_plane)
        if self.include_foreground_plane:
            self.plane = _engine.NumberPlane(**self.foreground_plane_kwargs)
            self.add_transformable_mobject(self.plane)
        if self.show_basis_vectors:
            self.basis_vectors = self.get_basis_vectors(i_hat_color=self.i_hat_color,
                                                        j_hat_color=self.j_hat_color)
            self.moving_vectors += list(self.basis_vectors)
            self.i_hat, self.j_hat = self.basis_vectors
            self.add(self.basis_vectors)

    def add_special_mobjects(self, mob_list, *mobs_to_add):
        for mobject in mobs_to_add:
            if not any(mobject is m for m in mob_list):
                mob_list.append(mobject)
                self.add(mobject)

    def add_background_mobject(self, *mobjects):
        self.add_special_mobjects(self.background_mobjects, *mobjects)

    def add_foreground_mobject(self, *mobjects):
        self.add_special_mobjects(self.foreground_mobjects, *mobjects)

    def add_transformable_mobject(self, *mobjects):
        self.add_special_mobjects(self.transformable_mobjects, *mobjects)

    def add_moving_mobject(self, mobject, target_mobject=None):
        if target_mobject is not None:
            mobject.target = target_mobject
        self.add_special_mobjects(self.moving_mobjects, mobject)

    def get_unit_square(self, color=_engine.YELLOW, opacity=0.3, stroke_width=3):
        square = self.square = _engine.Rectangle(
            color=color, width=self.plane.get_x_unit_size(),
            height=self.plane.get_y_unit_size(), stroke_color=color,
            stroke_width=stroke_width, fill_color=color, fill_opacity=opacity)
        square.move_to(self.plane.coords_to_point(0, 0), _engine.DL)
        return square

    def add_unit_square(self, animate=False, **kwargs):
        square = self.get_unit_square(**kwargs)
        if animate:
            self.play(_engine.DrawBorderThenFill(square),
                      _engine.Animation(_engine.Group(*self.moving_vectors)))
        self.add_transformable_mobject(square)
        self.bring_to_front(*self.moving_vectors)
        self.square = square
        return self

    def add_vector(self, vector, color=_engine.YELLOW, **kwargs):
        vector = super().add_vector(vector, color=color, **kwargs)
        self.moving_vectors.append(vector)
        return vector

    def write_vector_coordinates(self, vector, **kwargs):
        coords = super().write_vector_coordinates(vector, **kwargs)
        self.add_foreground_mobject(coords)
        return coords

    def add_transformable_label(self, vector, label, transformation_name="L", new_label=None,
                                **kwargs):
        label_mob = self.label_vector(vector, label, **kwargs)
        if new_label:
            label_mob.target_text = new_label
        else:
            label_mob.target_text = "{}({})".format(transformation_name,
                                                    label_mob.tex_string)
        label_mob.vector = vector
        label_mob.kwargs = dict(kwargs)
        label_mob.kwargs.pop("animate", None)
        self.transformable_labels.append(label_mob)
        return label_mob

    def add_title(self, title, scale_factor=1.5, animate=False):
        if not isinstance(title, _engine.Mobject):
            title = _engine.Tex(title).scale(scale_factor)
        title.to_edge(_engine.UP)
        title.add_background_rectangle()
        if animate:
            self.play(_engine.Write(title))
        self.add_foreground_mobject(title)
        self.title = title
        return self

    def get_matrix_transformation(self, matrix):
        return self.get_transposed_matrix_transformation(np.array(matrix).T)

    def get_transposed_matrix_transformation(self, transposed_matrix):
        transposed_matrix = np.array(transposed_matrix, dtype=float)
        if transposed_matrix.shape == (2, 2):
            new_matrix = np.identity(3)
            new_matrix[:2, :2] = transposed_matrix
            transposed_matrix = new_matrix
        elif transposed_matrix.shape != (3, 3):
            raise ValueError("Matrix has bad dimensions")
        return lambda point: np.dot(point, transposed_matrix)

    def get_piece_movement(self, pieces, **anim_kwargs):
        start = _engine.VGroup(*pieces)
        target = _engine.VGroup(*(mob.target for mob in pieces))
        if self.leave_ghost_vectors:
            self.add(start.copy().fade(0.7))
        return _engine.Transform(start, target, lag_ratio=0, **anim_kwargs)

    def get_moving_mobject_movement(self, func, **anim_kwargs):
        for m in self.moving_mobjects:
            if not _has_target(m):
                m.target = m.copy()
            m.target.move_to(func(np.asarray(m.get_center(), dtype=float)))
        return self.get_piece_movement(self.moving_mobjects, **anim_kwargs)

    def get_vector_movement(self, func, **anim_kwargs):
        for v in self.moving_vectors:
            v.target = _engine.Vector(func(np.asarray(v.get_end(), dtype=float)),
                                      color=v.get_color())
            norm = np.linalg.norm(v.target.get_end())
            if norm < 0.1:
                v.target.get_tip().scale(norm)
        return self.get_piece_movement(self.moving_vectors, **anim_kwargs)

    def get_transformable_label_movement(self, **anim_kwargs):
        for label in self.transformable_labels:
            label.target = self.get_vector_label(label.vector.target, label.target_text,
                                                 **label.kwargs)
        return self.get_piece_movement(self.transformable_labels, **anim_kwargs)

    def apply_matrix(self, matrix, **kwargs):
        self.apply_transposed_matrix(np.array(matrix).T, **kwargs)

    def apply_inverse(self, matrix, **kwargs):
        self.apply_matrix(np.linalg.inv(matrix), **kwargs)

    def apply_transposed_matrix(self, transposed_matrix, **kwargs):
        from manim.utils.space_ops import angle_of_vector

        func = self.get_transposed_matrix_transformation(transposed_matrix)
        if "path_arc" not in kwargs:
            kwargs["path_arc"] = np.mean([angle_of_vector(func(_engine.RIGHT)),
                                          angle_of_vector(func(_engine.UP)) - np.pi / 2])
        self.apply_function(func, **kwargs)

    def apply_inverse_transpose(self, t_matrix, **kwargs):
        t_inv = np.linalg.inv(np.array(t_matrix).T).T
        self.apply_transposed_matrix(t_inv, **kwargs)

    def apply_nonlinear_transformation(self, function, **kwargs):
        self.plane.prepare_for_nonlinear_transform()
        self.apply_function(function, **kwargs)

    def apply_function(self, function, added_anims=[], **kwargs):
        """Plays the transformation by `function` on every list (run_time 3 unless given).
        Manim's play() sets its other keywords (path_arc...) on every animation; here they go
        to the Transform-like ones, the only ones that use them."""
        if "run_time" not in kwargs:
            kwargs["run_time"] = 3
        play_kwargs = {k: kwargs.pop(k) for k in ("run_time", "rate_func", "lag_ratio")
                       if k in kwargs}
        anims = (
            [_engine.ApplyPointwiseFunction(function, t_mob, **kwargs)
             for t_mob in self.transformable_mobjects]
            + [self.get_vector_movement(function, **kwargs),
               self.get_transformable_label_movement(**kwargs),
               self.get_moving_mobject_movement(function, **kwargs)]
            + [_engine.Animation(f_mob) for f_mob in self.foreground_mobjects]
            + list(added_anims))
        self.play(*anims, **play_kwargs)


_api.populate(globals())
