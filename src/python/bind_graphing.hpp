// Shared by the graphing binding files (bind_graphing.cpp, bind_coordinate_system.cpp).
#pragma once
#include "python/bind_common.hpp"

namespace manim::python {

std::vector<double> numbers(py::handle o, const std::string& fn, const char* arg);
// A Python callable x -> y as the function a graph samples (the GIL is held: graphs are built
// from the script's thread). `vectorized`: called with a numpy array (Manim's use_vectorized).
std::function<double(double)> real_function(py::function f, const std::string& fn,
                                            bool vectorized = false);
// plot's keywords: style, x_range, use_vectorized, use_smoothing, discontinuities, dt.
void read_plot_args(Kw& k, PlotArgs& a, bool& vectorized);
// axis_config, x_axis_config and y_axis_config dicts.
void read_axis_configs(Kw& k, AxesArgs& a);
// A NumberLine config dict keyword (axis_config...) read into NumberLineArgs.
NumberLineArgs number_line_dict(Kw& k, const char* name);
// A background_line_style-like dict keyword.
LineStyle line_style(Kw& k, const char* name);
// NumberPlane's keywords (x_range... faded_line_ratio, axis configs).
NumberPlaneArgs read_number_plane(Kw& k);
// Axes' own keywords (ranges with their float-step label places, lengths, axis configs, tips).
void read_axes(Kw& k, AxesArgs& a);
// A length keyword where None means "no fixed length".
void read_optional_length(Kw& k, const char* name, std::optional<double>& out);
// The label decimal places of a range whose step is a Python float (none for an int step).
std::optional<int> float_step_places(py::handle range);
// What an axis was built with, as Manim's x_axis_config dict holds it.
py::dict axis_config_of(const NumberLine& axis);
// Adds the CoordinateSystem helpers to the bound Axes class.
void bind_coordinate_system(py::module_& m);

}  // namespace manim::python
