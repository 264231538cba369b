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
// Adds the CoordinateSystem helpers to the bound Axes class.
void bind_coordinate_system(py::module_& m);

}  // namespace manim::python
