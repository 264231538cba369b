// SVG document walk (pugixml): styles, transforms, <use>, basic shapes.
#include "mobject/svg/svg_parser.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numbers>
#include <optional>
#include <pugixml.hpp>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace manim::detail::svg {

namespace {

const std::string* find_attr(const Attrs& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return &v;
  return nullptr;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// A length: a number with an optional unit; px/pt/em... are read as user units except the
// absolute units CSS defines relative to px.
std::optional<double> parse_length(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || !std::isfinite(v)) return std::nullopt;
  std::string unit = lower(trim(std::string_view(r.ptr, s.data() + s.size() - r.ptr)));
  if (unit == "pt")
    v *= 4.0 / 3;
  else if (unit == "pc")
    v *= 16;
  else if (unit == "mm")
    v *= 96 / 25.4;
  else if (unit == "cm")
    v *= 96 / 2.54;
  else if (unit == "in")
    v *= 96;
  return v;
}

double opacity_value(std::string_view s, double fallback) {
  s = trim(s);
  bool pct = !s.empty() && s.back() == '%';
  if (pct) s.remove_suffix(1);
  auto v = parse_length(s);
  if (!v) return fallback;
  double o = pct ? *v / 100 : *v;
  return std::clamp(o, 0.0, 1.0);
}

struct Inherited {
  Style style;
  Color current_color = BLACK;
  double opacity = 1;  // group opacity, folded into fill/stroke opacities of leaves
};

// Applies one presentation property (attribute or style="" declaration).
void apply_property(Inherited& st, std::string_view name, std::string_view value) {
  value = trim(value);
  if (value == "inherit" || value.empty()) return;
  auto paint = [&](bool& has, Color& c) {
    std::string v = lower(value);
    if (v == "none" || v == "transparent") {
      has = false;
    } else if (v == "currentcolor") {
      has = true;
      c = st.current_color;
    } else if (v.rfind("url(", 0) == 0) {
      has = true;  // gradients/patterns are not supported: keep the inherited colour
    } else if (Color col; parse_css_color(value, col)) {
      has = true;
      c = col;
    }
  };
  if (name == "fill")
    paint(st.style.has_fill, st.style.fill);
  else if (name == "stroke")
    paint(st.style.has_stroke, st.style.stroke);
  else if (name == "color") {
    Color col;
    if (parse_css_color(value, col)) st.current_color = col;
  } else if (name == "fill-opacity")
    st.style.fill_opacity = opacity_value(value, 1);
  else if (name == "stroke-opacity")
    st.style.stroke_opacity = opacity_value(value, 1);
  else if (name == "opacity")
    st.opacity *= opacity_value(value, 1);
  else if (name == "stroke-width") {
    if (auto w = parse_length(value); w && *w >= 0) st.style.stroke_width = *w;
  }
}

void apply_style_attrs(Inherited& st, const pugi::xml_node& el) {
  // "color" first so that fill="currentColor" on the same element sees it.
  if (auto a = el.attribute("color")) apply_property(st, "color", a.value());
  for (const char* p :
       {"fill", "stroke", "fill-opacity", "stroke-opacity", "opacity", "stroke-width"})
    if (auto a = el.attribute(p)) apply_property(st, p, a.value());
  if (auto a = el.attribute("style")) {
    std::string_view s = a.value();
    while (!s.empty()) {
      std::size_t semi = s.find(';');
      std::string_view decl = s.substr(0, semi);
      s = semi == std::string_view::npos ? std::string_view{} : s.substr(semi + 1);
      std::size_t colon = decl.find(':');
      if (colon == std::string_view::npos) continue;
      std::string key = lower(trim(decl.substr(0, colon)));
      apply_property(st, key, decl.substr(colon + 1));
    }
  }
}

Attrs keep_attrs(const pugi::xml_node& el) {
  Attrs out;
  for (auto a : el.attributes()) {
    std::string_view n = a.name();
    if (n == "id" || n == "class" || n.rfind("data-", 0) == 0) out.emplace_back(n, a.value());
  }
  return out;
}

double num_attr(const pugi::xml_node& el, const char* name, double fallback = 0) {
  auto a = el.attribute(name);
  if (!a) return fallback;
  auto v = parse_length(a.value());
  return v ? *v : fallback;
}

std::vector<double> number_list(std::string_view s, const std::string& what) {
  std::vector<double> v;
  std::size_t i = 0;
  while (true) {
    while (i < s.size() && (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == ',')) ++i;
    if (i >= s.size()) break;
    if (s[i] == '+') ++i;
    double x = 0;
    auto r = std::from_chars(s.data() + i, s.data() + s.size(), x);
    if (r.ec != std::errc() || !std::isfinite(x))
      throw std::invalid_argument(what + ": bad number list '" + std::string(s.substr(0, 80)) +
                                  "'");
    i = static_cast<std::size_t>(r.ptr - s.data());
    v.push_back(x);
  }
  return v;
}

// Path data from numbers and command letters: d({'M', x, y, 'H', w}).
struct Tok {
  double v;
  char c;
  Tok(double x) : v(x), c(0) {}
  Tok(int x) : v(x), c(0) {}
  Tok(char ch) : v(0), c(ch) {}
};
std::string path_d(std::initializer_list<Tok> toks) {
  std::string d;
  char buf[32];
  for (const Tok& t : toks) {
    if (t.c) {
      d += t.c;
      continue;
    }
    auto r = std::to_chars(buf, buf + sizeof buf, t.v);
    d.append(buf, r.ptr);
    d += ' ';
  }
  return d;
}

class Walker {
 public:
  Walker(Document& doc, const std::string& what) : doc_(doc), what_(what) {}

  void index_ids(const pugi::xml_node& root) {
    for (auto n : root.select_nodes("//*[@id]"))
      ids_.emplace(n.node().attribute("id").value(), n.node());
  }

  void walk(const pugi::xml_node& el, const Affine& parent_t, const Inherited& parent_st, int group,
            int depth) {
    if (depth > 256) throw std::invalid_argument(what_ + ": SVG nesting deeper than 256");
    std::string tag = el.name();
    if (auto colon = tag.find(':'); colon != std::string::npos) tag = tag.substr(colon + 1);
    // Definitions are drawn only through <use>.
    static const std::unordered_set<std::string> skip = {
        "defs",   "symbol",         "clipPath",       "mask",   "pattern",
        "marker", "linearGradient", "radialGradient", "style",  "title",
        "desc",   "metadata",       "text",           "filter", "script"};
    if (skip.count(tag)) return;
    if (auto d = el.attribute("display"); d && std::string_view(d.value()) == "none") return;

    Inherited st = parent_st;
    apply_style_attrs(st, el);
    Affine t = parent_t;
    if (auto a = el.attribute("transform")) t = parse_transform(a.value()).then(parent_t);

    if (tag == "svg" || tag == "g" || tag == "a" || tag == "switch") {
      if (tag == "svg" && depth > 0) {  // nested viewport: x/y offset
        Affine off{1, 0, 0, 1, num_attr(el, "x"), num_attr(el, "y")};
        t = off.then(t);
      }
      int g = add_group(el, group);
      for (auto c : el.children())
        if (c.type() == pugi::node_element) walk(c, t, st, g, depth + 1);
      return;
    }
    if (tag == "use") {
      auto href = el.attribute("href");
      if (!href) href = el.attribute("xlink:href");
      std::string_view ref = href ? href.value() : "";
      if (ref.empty() || ref[0] != '#') return;
      auto it = ids_.find(std::string(ref.substr(1)));
      if (it == ids_.end()) return;
      if (active_uses_.count(it->second.internal_object()))
        throw std::invalid_argument(what_ + ": <use> refers to itself ('" + std::string(ref) +
                                    "')");
      if (++use_count_ > 100000) throw std::invalid_argument(what_ + ": too many <use> expansions");
      Affine off{1, 0, 0, 1, num_attr(el, "x"), num_attr(el, "y")};
      Affine ut = off.then(t);
      int g = add_group(el, group);
      active_uses_.insert(it->second.internal_object());
      pugi::xml_node target = it->second;
      std::string ttag = target.name();
      if (ttag == "symbol" || ttag == "defs" || ttag == "g") {
        Inherited st2 = st;
        apply_style_attrs(st2, target);
        Affine tt = ut;
        if (auto a = target.attribute("transform")) tt = parse_transform(a.value()).then(ut);
        for (auto c : target.children())
          if (c.type() == pugi::node_element) walk(c, tt, st2, g, depth + 1);
      } else {
        walk(target, ut, st, g, depth + 1);
      }
      active_uses_.erase(it->second.internal_object());
      return;
    }

    std::vector<Vec3> pts;
    if (tag == "path") {
      pts = parse_path_data(el.attribute("d").value(), t);
    } else if (tag == "rect") {
      double x = num_attr(el, "x"), y = num_attr(el, "y");
      double w = num_attr(el, "width"), h = num_attr(el, "height");
      if (!(w > 0 && h > 0)) return;
      double rx = num_attr(el, "rx", -1), ry = num_attr(el, "ry", -1);
      if (rx < 0) rx = ry;
      if (ry < 0) ry = rx;
      rx = std::clamp(rx, 0.0, w / 2);
      ry = std::clamp(ry, 0.0, h / 2);
      std::string d;
      if (rx > 0 && ry > 0) {
        d = path_d({'M', x + rx, y,     'H',        x + w - rx, 'A',        rx,     ry,     0,
                    0,   1,      x + w, y + ry,     'V',        y + h - ry, 'A',    rx,     ry,
                    0,   0,      1,     x + w - rx, y + h,      'H',        x + rx, 'A',    rx,
                    ry,  0,      0,     1,          x,          y + h - ry, 'V',    y + ry, 'A',
                    rx,  ry,     0,     0,          1,          x + rx,     y,      'Z'});
      } else {
        d = path_d({'M', x, y, 'H', x + w, 'V', y + h, 'H', x, 'Z'});
      }
      pts = parse_path_data(d, t);
    } else if (tag == "circle" || tag == "ellipse") {
      double cx = num_attr(el, "cx"), cy = num_attr(el, "cy");
      double rx = tag == "circle" ? num_attr(el, "r") : num_attr(el, "rx");
      double ry = tag == "circle" ? rx : num_attr(el, "ry");
      if (!(rx > 0 && ry > 0)) return;
      pts = parse_path_data(
          path_d({'M', cx + rx, cy,      'A', rx, ry,      0,  0,   1,  cx,      cy + ry, 'A',
                  rx,  ry,      0,       0,   1,  cx - rx, cy, 'A', rx, ry,      0,       0,
                  1,   cx,      cy - ry, 'A', rx, ry,      0,  0,   1,  cx + rx, cy,      'Z'}),
          t);
    } else if (tag == "line") {
      pts = parse_path_data(path_d({'M', num_attr(el, "x1"), num_attr(el, "y1"), 'L',
                                    num_attr(el, "x2"), num_attr(el, "y2")}),
                            t);
    } else if (tag == "polyline" || tag == "polygon") {
      auto v = number_list(el.attribute("points").value(), what_ + " <" + tag + " points>");
      if (v.size() < 4) return;
      std::string d = "M";
      for (std::size_t i = 0; i + 1 < v.size(); i += 2) d += path_d({v[i], v[i + 1]});
      if (tag == "polygon") d += "Z";
      pts = parse_path_data(d, t);
    } else {
      return;  // unknown elements draw nothing
    }
    Shape s;
    s.tag = tag;
    s.points = std::move(pts);
    s.style = st.style;
    s.style.fill_opacity *= st.opacity;
    s.style.stroke_opacity *= st.opacity;
    s.group = group;
    s.attrs = keep_attrs(el);
    doc_.shapes.push_back(std::move(s));
  }

 private:
  int add_group(const pugi::xml_node& el, int parent) {
    doc_.groups.push_back({parent, keep_attrs(el)});
    return static_cast<int>(doc_.groups.size()) - 1;
  }

  Document& doc_;
  const std::string& what_;
  std::unordered_map<std::string, pugi::xml_node> ids_;
  std::unordered_set<const void*> active_uses_;
  long use_count_ = 0;
};

}  // namespace

const std::string* Group::attr(std::string_view name) const { return find_attr(attrs, name); }
const std::string* Shape::attr(std::string_view name) const { return find_attr(attrs, name); }

bool parse_css_color(std::string_view s, Color& out) {
  s = trim(s);
  if (s.empty()) return false;
  if (s[0] == '#') {
    std::string h(s.substr(1));
    for (char c : h)
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    auto hexv = [&](std::size_t i, std::size_t n) {
      return std::stoi(h.substr(i, n), nullptr, 16) / (n == 1 ? 15.0 : 255.0);
    };
    if (h.size() == 3 || h.size() == 4) {
      out = {hexv(0, 1), hexv(1, 1), hexv(2, 1), 1};
      return true;
    }
    if (h.size() == 6 || h.size() == 8) {
      out = {hexv(0, 2), hexv(2, 2), hexv(4, 2), 1};
      return true;
    }
    return false;
  }
  std::string l = lower(s);
  if (l.rfind("rgb", 0) == 0) {
    auto open = l.find('('), close = l.find(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return false;
    std::string inner = l.substr(open + 1, close - open - 1);
    double ch[3];
    std::size_t pos = 0;
    for (double& c : ch) {
      while (pos < inner.size() &&
             (inner[pos] == ',' || std::isspace(static_cast<unsigned char>(inner[pos]))))
        ++pos;
      double v = 0;
      auto r = std::from_chars(inner.data() + pos, inner.data() + inner.size(), v);
      if (r.ec != std::errc()) return false;
      pos = static_cast<std::size_t>(r.ptr - inner.data());
      if (pos < inner.size() && inner[pos] == '%') {
        v = v * 255 / 100;
        ++pos;
      }
      c = std::clamp(v, 0.0, 255.0) / 255.0;
    }
    out = {ch[0], ch[1], ch[2], 1};
    return true;
  }
  static const std::unordered_map<std::string, std::uint32_t> names = {
      {"black", 0x000000},    {"white", 0xFFFFFF},   {"red", 0xFF0000},     {"lime", 0x00FF00},
      {"green", 0x008000},    {"blue", 0x0000FF},    {"yellow", 0xFFFF00},  {"cyan", 0x00FFFF},
      {"aqua", 0x00FFFF},     {"magenta", 0xFF00FF}, {"fuchsia", 0xFF00FF}, {"gray", 0x808080},
      {"grey", 0x808080},     {"silver", 0xC0C0C0},  {"maroon", 0x800000},  {"olive", 0x808000},
      {"navy", 0x000080},     {"purple", 0x800080},  {"teal", 0x008080},    {"orange", 0xFFA500},
      {"pink", 0xFFC0CB},     {"brown", 0xA52A2A},   {"gold", 0xFFD700},    {"darkgray", 0xA9A9A9},
      {"lightgray", 0xD3D3D3}};
  if (auto it = names.find(l); it != names.end()) {
    out = Color::from_rgb24(it->second);
    return true;
  }
  return false;
}

Document parse_svg(std::string_view text, const std::string& what) {
  pugi::xml_document xml;
  auto res = xml.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!res)
    throw std::invalid_argument(what + ": not valid XML: " + res.description() + " at offset " +
                                std::to_string(res.offset));
  pugi::xml_node root = xml.document_element();
  std::string rname = root.name();
  if (rname != "svg" && (rname.size() < 4 || rname.substr(rname.size() - 4) != ":svg"))
    throw std::invalid_argument(what + ": root element is <" + rname + ">, expected <svg>");
  Document doc;
  Walker w(doc, what);
  w.index_ids(root);
  w.walk(root, Affine{}, Inherited{}, -1, 0);
  return doc;
}

}  // namespace manim::detail::svg
