// SVG document walk (pugixml): styles, transforms, <use>, basic shapes.
#include "mobject/svg/svg_parser.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iostream>
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
    if (auto w = parse_length(value); w && *w >= 0) {
      st.style.stroke_width = *w;
      st.style.stroke_width_set = true;
    }
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
      if (!ref.empty() && ref[0] != '#') {
        // An SVG never makes the program read another file or the network.
        std::cerr << "warning: " << what_ << ": <use href=\"" << ref.substr(0, 200)
                  << "\"> refers outside this file; ignored\n";
        return;
      }
      if (ref.empty()) return;
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

    if (tag == "image" || tag == "feImage") {
      auto href = el.attribute("href");
      if (!href) href = el.attribute("xlink:href");
      if (href && *href.value())
        std::cerr << "warning: " << what_ << ": <" << tag << "> is not drawn (Manim reads no "
                  << "embedded images) and its href is never opened; ignored\n";
      return;
    }
    std::vector<Vec3> pts;
    if (tag == "path") {
      try {
        pts = parse_path_data(el.attribute("d").value(), t);
      } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(what_ + ": <path> " + e.what());
      }
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
      pts = parse_path_data(d, t, /*arc_quads=*/false);
    } else if (tag == "circle" || tag == "ellipse") {
      double cx = num_attr(el, "cx"), cy = num_attr(el, "cy");
      double rx = tag == "circle" ? num_attr(el, "r") : num_attr(el, "rx");
      double ry = tag == "circle" ? rx : num_attr(el, "ry");
      if (!(rx > 0 && ry > 0)) return;
      // Manim's Circle(radius=rx) (8 cubics from angle 0, handles along the tangents at a third
      // of the step angle, as Manim's Arc: not the 4/3 tan(step/4) of a best fit), stretched to
      // height 2 ry, moved to the centre.
      const int n = 8;
      const double step = 2 * std::numbers::pi / n, k = step / 3;
      auto at = [&](double a, double dx, double dy) {
        return t.apply(cx + rx * (std::cos(a) + dx), cy + ry * (std::sin(a) + dy));
      };
      for (int i = 0; i < n; ++i) {
        const double a0 = i * step, a1 = (i + 1) * step;
        pts.push_back(at(a0, 0, 0));
        pts.push_back(at(a0, -k * std::sin(a0), k * std::cos(a0)));
        pts.push_back(at(a1, k * std::sin(a1), -k * std::cos(a1)));
        pts.push_back(at(a1, 0, 0));
      }
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
    const bool round_or_rect = tag == "rect" || tag == "circle" || tag == "ellipse";
    if (!round_or_rect || (t.b == 0 && t.c == 0 && t.a * t.d > 0))
      s.stroke_scale = std::sqrt(std::abs(t.a * t.d - t.b * t.c));
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
  // The CSS named colours (CSS Color Module Level 3, as svgelements knows them).
  static const std::unordered_map<std::string, std::uint32_t> names = {
      {"aliceblue", 0xF0F8FF},
      {"antiquewhite", 0xFAEBD7},
      {"aqua", 0x00FFFF},
      {"aquamarine", 0x7FFFD4},
      {"azure", 0xF0FFFF},
      {"beige", 0xF5F5DC},
      {"bisque", 0xFFE4C4},
      {"black", 0x000000},
      {"blanchedalmond", 0xFFEBCD},
      {"blue", 0x0000FF},
      {"blueviolet", 0x8A2BE2},
      {"brown", 0xA52A2A},
      {"burlywood", 0xDEB887},
      {"cadetblue", 0x5F9EA0},
      {"chartreuse", 0x7FFF00},
      {"chocolate", 0xD2691E},
      {"coral", 0xFF7F50},
      {"cornflowerblue", 0x6495ED},
      {"cornsilk", 0xFFF8DC},
      {"crimson", 0xDC143C},
      {"cyan", 0x00FFFF},
      {"darkblue", 0x00008B},
      {"darkcyan", 0x008B8B},
      {"darkgoldenrod", 0xB8860B},
      {"darkgray", 0xA9A9A9},
      {"darkgreen", 0x006400},
      {"darkgrey", 0xA9A9A9},
      {"darkkhaki", 0xBDB76B},
      {"darkmagenta", 0x8B008B},
      {"darkolivegreen", 0x556B2F},
      {"darkorange", 0xFF8C00},
      {"darkorchid", 0x9932CC},
      {"darkred", 0x8B0000},
      {"darksalmon", 0xE9967A},
      {"darkseagreen", 0x8FBC8F},
      {"darkslateblue", 0x483D8B},
      {"darkslategray", 0x2F4F4F},
      {"darkslategrey", 0x2F4F4F},
      {"darkturquoise", 0x00CED1},
      {"darkviolet", 0x9400D3},
      {"deeppink", 0xFF1493},
      {"deepskyblue", 0x00BFFF},
      {"dimgray", 0x696969},
      {"dimgrey", 0x696969},
      {"dodgerblue", 0x1E90FF},
      {"firebrick", 0xB22222},
      {"floralwhite", 0xFFFAF0},
      {"forestgreen", 0x228B22},
      {"fuchsia", 0xFF00FF},
      {"gainsboro", 0xDCDCDC},
      {"ghostwhite", 0xF8F8FF},
      {"gold", 0xFFD700},
      {"goldenrod", 0xDAA520},
      {"gray", 0x808080},
      {"green", 0x008000},
      {"greenyellow", 0xADFF2F},
      {"grey", 0x808080},
      {"honeydew", 0xF0FFF0},
      {"hotpink", 0xFF69B4},
      {"indianred", 0xCD5C5C},
      {"indigo", 0x4B0082},
      {"ivory", 0xFFFFF0},
      {"khaki", 0xF0E68C},
      {"lavender", 0xE6E6FA},
      {"lavenderblush", 0xFFF0F5},
      {"lawngreen", 0x7CFC00},
      {"lemonchiffon", 0xFFFACD},
      {"lightblue", 0xADD8E6},
      {"lightcoral", 0xF08080},
      {"lightcyan", 0xE0FFFF},
      {"lightgoldenrodyellow", 0xFAFAD2},
      {"lightgray", 0xD3D3D3},
      {"lightgreen", 0x90EE90},
      {"lightgrey", 0xD3D3D3},
      {"lightpink", 0xFFB6C1},
      {"lightsalmon", 0xFFA07A},
      {"lightseagreen", 0x20B2AA},
      {"lightskyblue", 0x87CEFA},
      {"lightslategray", 0x778899},
      {"lightslategrey", 0x778899},
      {"lightsteelblue", 0xB0C4DE},
      {"lightyellow", 0xFFFFE0},
      {"lime", 0x00FF00},
      {"limegreen", 0x32CD32},
      {"linen", 0xFAF0E6},
      {"magenta", 0xFF00FF},
      {"maroon", 0x800000},
      {"mediumaquamarine", 0x66CDAA},
      {"mediumblue", 0x0000CD},
      {"mediumorchid", 0xBA55D3},
      {"mediumpurple", 0x9370DB},
      {"mediumseagreen", 0x3CB371},
      {"mediumslateblue", 0x7B68EE},
      {"mediumspringgreen", 0x00FA9A},
      {"mediumturquoise", 0x48D1CC},
      {"mediumvioletred", 0xC71585},
      {"midnightblue", 0x191970},
      {"mintcream", 0xF5FFFA},
      {"mistyrose", 0xFFE4E1},
      {"moccasin", 0xFFE4B5},
      {"navajowhite", 0xFFDEAD},
      {"navy", 0x000080},
      {"oldlace", 0xFDF5E6},
      {"olive", 0x808000},
      {"olivedrab", 0x6B8E23},
      {"orange", 0xFFA500},
      {"orangered", 0xFF4500},
      {"orchid", 0xDA70D6},
      {"palegoldenrod", 0xEEE8AA},
      {"palegreen", 0x98FB98},
      {"paleturquoise", 0xAFEEEE},
      {"palevioletred", 0xDB7093},
      {"papayawhip", 0xFFEFD5},
      {"peachpuff", 0xFFDAB9},
      {"peru", 0xCD853F},
      {"pink", 0xFFC0CB},
      {"plum", 0xDDA0DD},
      {"powderblue", 0xB0E0E6},
      {"purple", 0x800080},
      {"rebeccapurple", 0x663399},
      {"red", 0xFF0000},
      {"rosybrown", 0xBC8F8F},
      {"royalblue", 0x4169E1},
      {"saddlebrown", 0x8B4513},
      {"salmon", 0xFA8072},
      {"sandybrown", 0xF4A460},
      {"seagreen", 0x2E8B57},
      {"seashell", 0xFFF5EE},
      {"sienna", 0xA0522D},
      {"silver", 0xC0C0C0},
      {"skyblue", 0x87CEEB},
      {"slateblue", 0x6A5ACD},
      {"slategray", 0x708090},
      {"slategrey", 0x708090},
      {"snow", 0xFFFAFA},
      {"springgreen", 0x00FF7F},
      {"steelblue", 0x4682B4},
      {"tan", 0xD2B48C},
      {"teal", 0x008080},
      {"thistle", 0xD8BFD8},
      {"tomato", 0xFF6347},
      {"turquoise", 0x40E0D0},
      {"violet", 0xEE82EE},
      {"wheat", 0xF5DEB3},
      {"white", 0xFFFFFF},
      {"whitesmoke", 0xF5F5F5},
      {"yellow", 0xFFFF00},
      {"yellowgreen", 0x9ACD32}};
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
