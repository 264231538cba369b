// Table, MathTable, MobjectTable, IntegerTable and DecimalTable with Manim's keywords: the
// entries are made by element_to_mobject(item, **element_to_mobject_config) in Python, then
// laid out by the C++ Table. Table.create() builds Manim's AnimationGroup.
#include "python/bind_common.hpp"

namespace manim::python {

namespace {

std::vector<Mobject> mobject_list(py::handle o, const std::string& fn, const char* arg) {
  std::vector<Mobject> out;
  for (auto item : py::iter(o))
    out.push_back(convert<Mobject>(item, fn, arg, "a list of Mobjects"));
  return out;
}

// The keyword arguments shared by every table class; `make` turns one item into a mobject.
Table build_table(const std::string& fn, py::handle table, Kw& k, py::object element_to_mobject,
                  py::dict element_config) {
  TableArgs a;
  if (py::object r = k.take("row_labels")) a.row_labels = mobject_list(r, fn, "row_labels");
  if (py::object c = k.take("col_labels")) a.col_labels = mobject_list(c, fn, "col_labels");
  if (py::object t = k.take("top_left_entry"))
    a.top_left_entry = convert<Mobject>(t, fn, "top_left_entry", "a Mobject");
  k.get("v_buff", a.v_buff);
  k.get("h_buff", a.h_buff);
  k.get("include_outer_lines", a.include_outer_lines);
  k.get("add_background_rectangles_to_entries", a.add_background_rectangles_to_entries);
  k.get("entries_background_color", a.entries_background_color);
  k.get("include_background_rectangle", a.include_background_rectangle);
  k.get("background_rectangle_color", a.background_rectangle_color);
  if (py::object g = k.take("arrange_in_grid_config")) {
    Kw gk(fn + ": arrange_in_grid_config", py::args(),
          convert<py::dict>(g, fn, "arrange_in_grid_config", "a dict"));
    gk.get("cell_alignment", a.cell_alignment);
    gk.finish();
  }
  if (py::object l = k.take("line_config")) {
    Kw lk(fn + ": line_config", py::args(), convert<py::dict>(l, fn, "line_config", "a dict"));
    read_style(lk, a.line_config);
    lk.finish();
  }
  StyleArgs style;
  read_style(k, style);
  k.finish();
  // Rows first, so a ragged table is reported before any entry is made.
  std::vector<py::object> rows;
  for (auto row : py::iter(table)) rows.push_back(py::reinterpret_borrow<py::object>(row));
  if (rows.empty()) throw py::value_error(fn + ": the table is empty");
  const std::size_t cols = py::len(rows[0]);
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (py::len(rows[r]) != cols)
      throw py::value_error(fn + ": not all rows in table have the same length (row 1 has " +
                            std::to_string(cols) + " entries, row " + std::to_string(r + 1) +
                            " has " + std::to_string(py::len(rows[r])) + ")");
  std::vector<std::vector<Mobject>> mobs;
  for (const auto& row : rows) {
    std::vector<Mobject> out;
    for (auto item : py::iter(row))
      out.push_back(convert<Mobject>(element_to_mobject(item, **element_config), fn,
                                     "element_to_mobject", "a callable returning a Mobject"));
    mobs.push_back(std::move(out));
  }
  Table t(mobs, a);
  if (style.color) t.set_color(*style.color, false);
  return t;
}

py::dict config_of(Kw& k, const std::string& fn, py::dict defaults = py::dict()) {
  py::dict d = defaults;
  if (py::object c = k.take("element_to_mobject_config")) {
    py::dict given = convert<py::dict>(c, fn, "element_to_mobject_config", "a dict");
    for (auto item : given) d[item.first] = item.second;
  }
  return d;
}

py::object module_attr(const char* name) { return py::module_::import("manimcpp").attr(name); }

std::pair<int, int> pos_of(py::handle o, const std::string& fn) {
  auto v = convert<std::vector<int>>(o, fn, "pos", "a (row, column) pair");
  if (v.size() != 2) throw py::type_error(fn + ": pos must be (row, column)");
  return {v[0], v[1]};
}

// Each table class is a Python subclass of Table with its own constructor.
struct MathTableT : Table {
  explicit MathTableT(const Table& t) : Table(t.node_ptr(), Mobject::Unchecked{}) {}
};
struct MobjectTableT : Table {
  explicit MobjectTableT(const Table& t) : Table(t.node_ptr(), Mobject::Unchecked{}) {}
};
struct IntegerTableT : Table {
  explicit IntegerTableT(const Table& t) : Table(t.node_ptr(), Mobject::Unchecked{}) {}
};
struct DecimalTableT : Table {
  explicit DecimalTableT(const Table& t) : Table(t.node_ptr(), Mobject::Unchecked{}) {}
};

}  // namespace

MANIM_PY_BINDING(bind_table, 75);
void bind_table(py::module_& m) {
  py::class_<Table, VGroup>(m, "Table")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("Table", args, kw, {"table", "row_labels", "col_labels", "top_left_entry"});
        py::object table = k.take("table");
        if (!table) throw py::type_error("Table() missing required argument: 'table'");
        py::object make = k.take("element_to_mobject");
        if (!make)
          make = py::hasattr(py::module_::import("manimcpp"), "Paragraph")
                     ? module_attr("Paragraph")
                     : module_attr("Text");
        py::dict cfg = config_of(k, "Table");
        return build_table("Table", table, k, make, cfg);
      }))
      .def("get_rows", [](const Table& t) { return wrap(t.get_rows()); })
      .def("get_columns", [](const Table& t) { return wrap(t.get_columns()); })
      .def(
          "get_entries",
          [](const Table& t, py::object pos) {
            if (pos.is_none()) return wrap(t.get_entries());
            return wrap(t.get_entries(pos_of(pos, "Table.get_entries")));
          },
          py::arg("pos") = py::none())
      .def(
          "get_entries_without_labels",
          [](const Table& t, py::object pos) {
            if (pos.is_none()) return wrap(t.get_entries_without_labels());
            return wrap(
                t.get_entries_without_labels(pos_of(pos, "Table.get_entries_without_labels")));
          },
          py::arg("pos") = py::none())
      .def("get_row_labels", [](const Table& t) { return wrap(t.get_row_labels()); })
      .def("get_col_labels", [](const Table& t) { return wrap(t.get_col_labels()); })
      .def("get_labels", [](const Table& t) { return wrap(t.get_labels()); })
      .def("get_horizontal_lines", [](const Table& t) { return wrap(t.get_horizontal_lines()); })
      .def("get_vertical_lines", [](const Table& t) { return wrap(t.get_vertical_lines()); })
      .def_property_readonly("horizontal_lines",
                             [](const Table& t) { return wrap(t.get_horizontal_lines()); })
      .def_property_readonly("vertical_lines",
                             [](const Table& t) { return wrap(t.get_vertical_lines()); })
      .def_property_readonly("elements", [](const Table& t) { return wrap(t.get_entries()); })
      .def_property_readonly("elements_without_labels",
                             [](const Table& t) { return wrap(t.get_entries_without_labels()); })
      .def_property_readonly("h_buff", &Table::h_buff)
      .def_property_readonly("v_buff", &Table::v_buff)
      .def("set_row_colors",
           [](py::object self, py::args colors) {
             self.cast<Table&>().set_row_colors(
                 convert<std::vector<Color>>(colors, "Table.set_row_colors", "colors", "colours"));
             return self;
           })
      .def("set_column_colors",
           [](py::object self, py::args colors) {
             self.cast<Table&>().set_column_colors(convert<std::vector<Color>>(
                 colors, "Table.set_column_colors", "colors", "colours"));
             return self;
           })
      .def(
          "get_cell",
          [](const Table& t, py::object pos, py::kwargs kw) {
            Kw k("Table.get_cell", py::args(), kw);
            StyleArgs s;
            read_style(k, s);
            k.finish();
            return wrap(t.get_cell(pos_of(pos, "Table.get_cell"), s));
          },
          py::arg("pos") = py::make_tuple(1, 1))
      .def(
          "get_highlighted_cell",
          [](const Table& t, py::object pos, const Color& color) {
            return wrap(t.get_highlighted_cell(pos_of(pos, "Table.get_highlighted_cell"), color));
          },
          py::arg("pos") = py::make_tuple(1, 1), py::arg("color") = YELLOW)
      .def(
          "add_highlighted_cell",
          [](py::object self, py::object pos, const Color& color) {
            Table& t = self.cast<Table&>();
            const auto p = pos_of(pos, "Table.add_highlighted_cell");
            BackgroundRectangle bg = t.get_highlighted_cell(p, color);
            t.add_to_back({bg});
            // Manim keeps it on the entry too (Table.create fades it in).
            wrap(t.get_entries(p)).attr("background_rectangle") = wrap(bg);
            return self;
          },
          py::arg("pos") = py::make_tuple(1, 1), py::arg("color") = YELLOW)
      .def(
          "add_background_to_entries",
          [](py::object self, const Color& color) {
            self.cast<Table&>().add_background_to_entries(color);
            return self;
          },
          py::arg("color") = BLACK)
      .def(
          "create",
          [](const Table& t, double lag_ratio, py::object line_animation,
             py::object label_animation, py::object element_animation, py::object entry_animation,
             py::kwargs kw) {
            if (line_animation.is_none()) line_animation = module_attr("Create");
            if (label_animation.is_none()) label_animation = module_attr("Write");
            if (element_animation.is_none()) element_animation = module_attr("Create");
            if (entry_animation.is_none()) entry_animation = module_attr("FadeIn");
            py::list anims;
            anims.append(line_animation(
                wrap(VGroup(t.get_vertical_lines(), t.get_horizontal_lines())), **kw));
            VGroup entries = t.get_entries_without_labels();
            entries.set_z_index(2);
            anims.append(element_animation(wrap(entries), **kw));
            VGroup labels = t.get_labels();
            if (!labels.empty()) anims.append(label_animation(wrap(labels), **kw));
            for (const Mobject& e : entries) {
              py::object pe = wrap(e);
              if (py::hasattr(pe, "background_rectangle"))
                anims.append(entry_animation(pe.attr("background_rectangle"), **kw));
            }
            py::dict group_kw;
            group_kw["lag_ratio"] = lag_ratio;
            return module_attr("AnimationGroup")(*anims, **group_kw);
          },
          py::arg("lag_ratio") = 1, py::arg("line_animation") = py::none(),
          py::arg("label_animation") = py::none(), py::arg("element_animation") = py::none(),
          py::arg("entry_animation") = py::none());
  add_kind<Table>();

  py::class_<MathTableT, Table>(m, "MathTable").def(py::init([](py::args args, py::kwargs kw) {
    Kw k("MathTable", args, kw, {"table", "element_to_mobject"});
    py::object table = k.take("table");
    if (!table) throw py::type_error("MathTable() missing required argument: 'table'");
    py::object make = k.take("element_to_mobject");
    py::object mathtex = module_attr("MathTex");
    // MathTex of str(item): Manim's entries may be numbers.
    if (!make)
      make = py::cpp_function(
          [mathtex](py::object item, py::kwargs kw2) { return mathtex(py::str(item), **kw2); });
    py::dict cfg = config_of(k, "MathTable");
    return MathTableT(build_table("MathTable", table, k, make, cfg));
  }));
  py::class_<MobjectTableT, Table>(m, "MobjectTable")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("MobjectTable", args, kw, {"table", "element_to_mobject"});
        py::object table = k.take("table");
        if (!table) throw py::type_error("MobjectTable() missing required argument: 'table'");
        py::object make = k.take("element_to_mobject");
        if (!make) make = py::cpp_function([](py::object item, py::kwargs) { return item; });
        py::dict cfg = config_of(k, "MobjectTable");
        return MobjectTableT(build_table("MobjectTable", table, k, make, cfg));
      }));
  py::class_<IntegerTableT, Table>(m, "IntegerTable")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("IntegerTable", args, kw, {"table", "element_to_mobject"});
        py::object table = k.take("table");
        if (!table) throw py::type_error("IntegerTable() missing required argument: 'table'");
        py::object make = k.take("element_to_mobject");
        if (!make) make = module_attr("Integer");
        py::dict cfg = config_of(k, "IntegerTable");
        return IntegerTableT(build_table("IntegerTable", table, k, make, cfg));
      }));
  py::class_<DecimalTableT, Table>(m, "DecimalTable")
      .def(py::init([](py::args args, py::kwargs kw) {
        Kw k("DecimalTable", args, kw,
             {"table", "element_to_mobject", "element_to_mobject_config"});
        py::object table = k.take("table");
        if (!table) throw py::type_error("DecimalTable() missing required argument: 'table'");
        py::object make = k.take("element_to_mobject");
        if (!make) make = module_attr("DecimalNumber");
        py::dict defaults;
        defaults["num_decimal_places"] = 1;
        py::dict cfg = config_of(k, "DecimalTable", defaults);
        return DecimalTableT(build_table("DecimalTable", table, k, make, cfg));
      }));
}

}  // namespace manim::python
