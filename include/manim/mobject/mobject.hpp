// Mobject: Manim's base object, with reference semantics.
//
// A `Mobject` value is a handle: copying it shares the object (as a Python variable does), so a
// VGroup holds the very objects you later move. `copy()` makes an independent deep copy. The data
// lives in a detail::MobjectNode; handles of derived types (Square, Arrow, VGroup...) are views
// of the same node with extra constructors and type-specific methods.
#pragma once
#include <complex>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "manim/core/color.hpp"
#include "manim/core/constants.hpp"
#include "manim/core/vec3.hpp"

namespace manim {

class Mobject;
class VGroup;
class Animate;

// The picture of Manim's VMobject.color_using_background_image: straight RGBA rows (width x
// height x 4 bytes) that the camera multiplies into this VMobject's drawing, resized to the
// frame. Mobjects drawn through the same `rgba` are batched into one layer, as Manim's camera
// groups consecutive mobjects with the same image.
struct BackgroundImage {
  std::shared_ptr<const std::vector<std::uint8_t>> rgba;
  int width = 0, height = 0;
};

// Fill, stroke and background stroke of a VMobject, Manim's defaults.
struct VStyle {
  Color fill_color = WHITE;
  double fill_opacity = 0;
  Color stroke_color = WHITE;
  double stroke_opacity = 1;
  double stroke_width = DEFAULT_STROKE_WIDTH;
  Color background_stroke_color = BLACK;
  double background_stroke_opacity = 1;
  double background_stroke_width = 0;
  // Manim's fill_rgbas / stroke_rgbas / background_stroke_rgbas when they hold two or more
  // colours (`set_fill([YELLOW, GREEN])`, a sheen): drawn as a linear gradient along
  // sheen_direction, every stop at the opacity above. Empty: the single colour above. The
  // first stop is the colour above; a writer that changes only that colour makes it solid.
  std::vector<Color> fill_rgbas{}, stroke_rgbas{}, background_stroke_rgbas{};
  Vec3 sheen_direction = UL;
  double sheen_factor = 0;
  // Manim's VMobject.joint_type (LineJointType: 0 AUTO = cairo's default miter, 1 ROUND,
  // 2 BEVEL, 3 MITER).
  int joint_type = 0;
  // Manim v0.18.1's VMobject.cap_style (CapStyleType: 0 AUTO = whatever cap the cairo context
  // has, 1 ROUND, 2 BUTT, 3 SQUARE).
  int cap_style = 0;
  // Manim's VMobject.background_image (color_using_background_image); null: own colours.
  std::shared_ptr<const BackgroundImage> background_image{};
};

// The style keywords every VMobject constructor takes (Python's color=..., fill_opacity=...).
// With C++20 designated initializers they are written in this order, before the shape's own.
#define MANIM_STYLE_KWARGS                                 \
  std::optional<::manim::Color> color{};                   \
  std::optional<::manim::Color> fill_color{};              \
  std::optional<double> fill_opacity{};                    \
  std::optional<::manim::Color> stroke_color{};            \
  std::optional<double> stroke_width{};                    \
  std::optional<double> stroke_opacity{};                  \
  std::optional<::manim::Color> background_stroke_color{}; \
  std::optional<double> background_stroke_width{};         \
  std::optional<double> background_stroke_opacity{};       \
  std::optional<double> z_index{};                         \
  std::optional<bool> shade_in_3d{};

struct StyleArgs {
  MANIM_STYLE_KWARGS
};

// Where scale/rotate/stretch pivot: a point, or a critical point of the bounding box.
struct About {
  std::optional<Vec3> about_point{};
  std::optional<Vec3> about_edge{};
};

using Updater = std::function<void(Mobject&, double dt)>;

// Options of `.animate(...)`, as Manim's `.animate(run_time=..., rate_func=..., lag_ratio=...)`.
struct AnimateArgs {
  std::optional<double> run_time{};
  std::function<double(double)> rate_func{};
  std::optional<double> lag_ratio{};
};

namespace detail {

// The shared state behind every handle. Derived node types add type-specific data (an Arrow's
// tip parameters, an Axes' ranges); they override clone_self so deep copies keep it.
struct MobjectNode;
// Data a front-end attaches to a node, e.g. the attributes a Python script sets on a mobject
// (`group.elements = ...`); it lives as long as the node, and copy() clones it. `copied` maps
// a node of the copied tree to its copy (nullptr for nodes outside it), so references to
// parts follow the copy as Python's deepcopy does.
struct NodeAttachment {
  using CopyMap = std::function<std::shared_ptr<MobjectNode>(const MobjectNode*)>;
  virtual ~NodeAttachment() = default;
  virtual std::shared_ptr<NodeAttachment> clone(const CopyMap& copied) const = 0;
};

struct MobjectNode {
  MobjectNode() = default;
  MobjectNode(const MobjectNode&) = default;
  MobjectNode& operator=(const MobjectNode&) = default;
  virtual ~MobjectNode() = default;

  std::string kind = "Mobject";       // most-derived Manim class name, for errors
  std::string lineage = "/Mobject/";  // every class it is an instance of: "/Mobject/VMobject/Line/"
  bool vectorized = false;            // a VMobject: Bezier points and a VStyle
  std::vector<Vec3> points;           // VMobject: cubic Bezier quadruplets, 4 points per curve
  std::vector<std::shared_ptr<MobjectNode>> submobjects;
  VStyle style;
  double z_index = 0;
  // Manim's VMobject.shade_in_3d: a ThreeDCamera shades and depth-sorts it as a 3D face.
  bool shade_in_3d = false;
  struct UpdaterEntry {
    Updater f;
    bool time_based;  // takes dt (Manim: a parameter named dt); only these make a wait non-static
    std::uintptr_t key = 0;  // identifies it for remove_updater (Python: id() of the function)
  };
  std::vector<UpdaterEntry> updaters;
  bool updating_suspended = false;
  // Manim's mob.target (generate_target) and mob.saved_state (save_state); copies share them.
  std::shared_ptr<MobjectNode> target;
  std::shared_ptr<MobjectNode> saved_state;
  std::shared_ptr<NodeAttachment> attachment;  // front-end data (see NodeAttachment)

  // Type-specific scale (Manim's Arrow.scale keeps its tip size): Mobject::scale on this very
  // node calls it first, through any handle, as Python's dynamic dispatch would. Returns false
  // to let the generic scaling run.
  virtual bool scale_override(const std::shared_ptr<MobjectNode>& /*self*/, double /*factor*/,
                              const About& /*about*/) {
    return false;
  }

  // A copy of this node's own data (children are re-copied by the caller).
  virtual std::shared_ptr<MobjectNode> clone_self() const {
    return std::make_shared<MobjectNode>(*this);
  }
};

// Marks a node as an instance of `cls` (constructors call it from base to most derived).
inline void set_kind(MobjectNode& n, const char* cls) {
  n.kind = cls;
  n.lineage += cls;
  n.lineage += '/';
}
inline bool has_kind(const MobjectNode& n, const char* cls) {
  return n.lineage.find(std::string("/") + cls + "/") != std::string::npos;
}

// Deep copy keeping shared children shared once (as Python's deepcopy memo does).
std::shared_ptr<MobjectNode> deep_copy(const std::shared_ptr<MobjectNode>& n);

}  // namespace detail

// The chainable transform and style methods, listed once: Mobject declares them, derived handles
// re-expose them returning their own type (so `auto ax = Axes(...).shift(DOWN);` stays an Axes),
// and `.animate()` records them. X(name, (params), (args)).
#define MANIM_CHAIN_METHODS(X)                                                                  \
  X(shift, (const ::manim::Vec3& v), (v))                                                       \
  X(move_to, (const ::manim::Vec3& p, const ::manim::Vec3& aligned_edge = ::manim::ORIGIN),     \
    (p, aligned_edge))                                                                          \
  X(move_to, (const ::manim::Mobject& m, const ::manim::Vec3& aligned_edge = ::manim::ORIGIN),  \
    (m, aligned_edge))                                                                          \
  X(scale, (double factor, const ::manim::About& about = {}), (factor, about))                  \
  X(rotate,                                                                                     \
    (double angle, const ::manim::Vec3& axis = ::manim::OUT, const ::manim::About& about = {}), \
    (angle, axis, about))                                                                       \
  X(flip, (const ::manim::Vec3& axis = ::manim::UP, const ::manim::About& about = {}),          \
    (axis, about))                                                                              \
  X(stretch, (double factor, int dim, const ::manim::About& about = {}), (factor, dim, about))  \
  X(stretch_to_fit_width, (double w, const ::manim::About& about = {}), (w, about))             \
  X(stretch_to_fit_height, (double h, const ::manim::About& about = {}), (h, about))            \
  X(scale_to_fit_width, (double w, const ::manim::About& about = {}), (w, about))               \
  X(scale_to_fit_height, (double h, const ::manim::About& about = {}), (h, about))              \
  X(set_width, (double w, bool stretch = false), (w, stretch))                                  \
  X(set_height, (double h, bool stretch = false), (h, stretch))                                 \
  X(set_x, (double x), (x))                                                                     \
  X(set_y, (double y), (y))                                                                     \
  X(center, (), ())                                                                             \
  X(next_to,                                                                                    \
    (const ::manim::Mobject& target, const ::manim::Vec3& direction = ::manim::RIGHT,           \
     double buff = ::manim::DEFAULT_MOBJECT_TO_MOBJECT_BUFFER,                                  \
     const ::manim::Vec3& aligned_edge = ::manim::ORIGIN),                                      \
    (target, direction, buff, aligned_edge))                                                    \
  X(next_to,                                                                                    \
    (const ::manim::Vec3& target, const ::manim::Vec3& direction = ::manim::RIGHT,              \
     double buff = ::manim::DEFAULT_MOBJECT_TO_MOBJECT_BUFFER,                                  \
     const ::manim::Vec3& aligned_edge = ::manim::ORIGIN),                                      \
    (target, direction, buff, aligned_edge))                                                    \
  X(to_edge,                                                                                    \
    (const ::manim::Vec3& edge = ::manim::LEFT,                                                 \
     double buff = ::manim::DEFAULT_MOBJECT_TO_EDGE_BUFFER),                                    \
    (edge, buff))                                                                               \
  X(to_corner,                                                                                  \
    (const ::manim::Vec3& corner = ::manim::DL,                                                 \
     double buff = ::manim::DEFAULT_MOBJECT_TO_EDGE_BUFFER),                                    \
    (corner, buff))                                                                             \
  X(align_to, (const ::manim::Mobject& m, const ::manim::Vec3& direction), (m, direction))      \
  X(align_to, (const ::manim::Vec3& p, const ::manim::Vec3& direction), (p, direction))         \
  X(arrange,                                                                                    \
    (const ::manim::Vec3& direction = ::manim::RIGHT,                                           \
     double buff = ::manim::DEFAULT_MOBJECT_TO_MOBJECT_BUFFER,                                  \
     const ::manim::Vec3& aligned_edge = ::manim::ORIGIN, bool center = true),                  \
    (direction, buff, aligned_edge, center))                                                    \
  X(set_color, (const ::manim::Color& c, bool family = true), (c, family))                      \
  X(set_fill,                                                                                   \
    (std::optional<::manim::Color> color = std::nullopt,                                        \
     std::optional<double> opacity = std::nullopt, bool family = true),                         \
    (color, opacity, family))                                                                   \
  X(set_stroke,                                                                                 \
    (std::optional<::manim::Color> color = std::nullopt,                                        \
     std::optional<double> width = std::nullopt, std::optional<double> opacity = std::nullopt,  \
     bool background = false, bool family = true),                                              \
    (color, width, opacity, background, family))                                                \
  X(set_opacity, (double opacity, bool family = true), (opacity, family))                       \
  X(set_fill_opacity, (double opacity, bool family = true), (opacity, family))                  \
  X(set_stroke_opacity, (double opacity, bool family = true), (opacity, family))                \
  X(fade, (double darkness = 0.5, bool family = true), (darkness, family))                      \
  X(set_z_index, (double z, bool family = true), (z, family))                                   \
  X(match_width, (const ::manim::Mobject& m), (m))                                              \
  X(match_height, (const ::manim::Mobject& m), (m))                                             \
  X(match_style, (const ::manim::Mobject& m), (m))                                              \
  X(become, (const ::manim::Mobject& m), (m))

class Mobject {
 public:
  // A new, empty Mobject (Manim's `Mobject()` / `Group()` node).
  Mobject();
  explicit Mobject(std::shared_ptr<detail::MobjectNode> node);

  // ---- identity and structure ----
  detail::MobjectNode& node() const { return *n_; }
  const std::shared_ptr<detail::MobjectNode>& node_ptr() const { return n_; }
  bool operator==(const Mobject& o) const { return n_ == o.n_; }
  bool operator!=(const Mobject& o) const { return n_ != o.n_; }
  const std::string& kind() const { return n_->kind; }
  bool is_vectorized() const { return n_->vectorized; }

  Mobject& add(const std::vector<Mobject>& mobs);
  template <class... M>
  Mobject& add(const Mobject& first, const M&... rest) {
    return add(std::vector<Mobject>{first, Mobject(rest)...});
  }
  Mobject& add_to_back(const std::vector<Mobject>& mobs);
  Mobject& remove(const Mobject& m);
  Mobject& clear_submobjects();
  std::vector<Mobject> submobjects() const;
  std::size_t size() const { return n_->submobjects.size(); }
  bool empty() const { return n_->submobjects.empty(); }
  // Python indexing: negative counts from the end; out of range throws std::out_of_range
  // naming the index and the size (Manim raises IndexError).
  Mobject operator[](long i) const;
  // Python slicing m[start:stop] -> a new VGroup holding the same objects. Use
  // std::nullopt for an open end: m.slice(std::nullopt, -1) is m[:-1].
  VGroup slice(std::optional<long> start, std::optional<long> stop) const;

  struct Iterator {
    const Mobject* parent;
    std::size_t i;
    Mobject operator*() const { return (*parent)[static_cast<long>(i)]; }
    Iterator& operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return i != o.i; }
    bool operator==(const Iterator& o) const { return i == o.i; }
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

  // Depth-first, self first (Manim's get_family()).
  std::vector<Mobject> get_family() const;
  std::vector<Mobject> family_members_with_points() const;
  Mobject copy() const;

  // ---- points ----
  const std::vector<Vec3>& points() const { return n_->points; }
  Mobject& set_points(std::vector<Vec3> pts);
  bool has_points() const { return !n_->points.empty(); }
  std::size_t get_num_points() const { return n_->points.size(); }
  // Applies f to every point of the family.
  Mobject& apply_function(const std::function<Vec3(const Vec3&)>& f);
  Mobject& apply_points_function(const std::function<void(std::vector<Vec3>&)>& f,
                                 const About& about = {});

  // ---- bounds (Manim's two boxes: critical points use anchors of VMobjects, width/height use
  // every point) ----
  Vec3 get_critical_point(const Vec3& direction) const;
  Vec3 get_center() const { return get_critical_point(ORIGIN); }
  Vec3 get_top() const { return get_critical_point(UP); }
  Vec3 get_bottom() const { return get_critical_point(DOWN); }
  Vec3 get_left() const { return get_critical_point(LEFT); }
  Vec3 get_right() const { return get_critical_point(RIGHT); }
  Vec3 get_corner(const Vec3& d) const { return get_critical_point(d); }
  Vec3 get_edge_center(const Vec3& d) const { return get_critical_point(d); }
  Vec3 get_boundary_point(const Vec3& d) const { return get_critical_point(d); }
  double get_x() const { return get_center().x; }
  double get_y() const { return get_center().y; }
  double get_z() const { return get_center().z; }
  // First / last point of the object (of its family when it has none itself).
  Vec3 get_start() const;
  Vec3 get_end() const;
  double length_over_dim(int dim) const;
  double width() const { return length_over_dim(0); }
  double height() const { return length_over_dim(1); }
  double depth() const { return length_over_dim(2); }

  // ---- style queries ----
  Color get_color() const;
  Color get_fill_color() const;
  double get_fill_opacity() const;
  Color get_stroke_color() const;
  double get_stroke_width() const;
  double get_stroke_opacity() const;
  double z_index() const { return n_->z_index; }

  // ---- chainable transforms and style ----
#define MANIM_DECLARE_CHAIN(name, params, args) Mobject& name params;
  MANIM_CHAIN_METHODS(MANIM_DECLARE_CHAIN)
#undef MANIM_DECLARE_CHAIN

  // ---- updaters ----
  Mobject& add_updater(Updater f, bool call_updater = false);
  Mobject& add_updater(std::function<void(Mobject&)> f, bool call_updater = false);
  Mobject& clear_updaters(bool family = true);
  Mobject& suspend_updating(bool family = true);
  Mobject& resume_updating(bool family = true);
  // Inserted at `index` (Manim's add_updater(f, index)); `key` lets remove_updater find it.
  Mobject& add_updater(Updater f, bool time_based, std::uintptr_t key,
                       std::optional<std::size_t> index, bool call_updater);
  Mobject& remove_updater(std::uintptr_t key);  // every updater added with that key
  std::size_t num_updaters() const { return n_->updaters.size(); }
  bool has_updaters() const;            // anywhere in the family
  bool has_time_based_updater() const;  // anywhere in the family
  void update(double dt);               // runs the family's updaters (not when suspended)

  // ---- saved copies (Manim's generate_target, save_state / restore) ----
  Mobject& generate_target();  // target() becomes a copy of this object
  bool has_target() const { return n_->target != nullptr; }
  Mobject target() const;  // throws std::logic_error when there is none
  Mobject& set_target(const Mobject& t);
  Mobject& save_state();  // saved_state() becomes a copy of this object
  bool has_saved_state() const { return n_->saved_state != nullptr; }
  Mobject saved_state() const;  // throws std::logic_error when there is none
  Mobject& restore();           // become(saved_state())

  // ---- point functions Manim's animations use ----
  // Each point (x, y) -> f(x + iy) (Manim's apply_complex_function, z kept).
  Mobject& apply_complex_function(
      const std::function<std::complex<double>(std::complex<double>)>& f);
  Mobject& rotate_about_origin(double angle, const Vec3& axis = OUT);

  // ---- animation builder ----
  // `m.animate().shift(UP).set_fill(RED)` records the calls on a target copy; pass it to
  // Scene::play (Manim's `.animate`). Options as Manim's `.animate(run_time=..., rate_func=...)`.
  Animate animate(const AnimateArgs& args = {}) const;

  // ---- checked downcasts ----
  // True when the node is of that handle type (or derived from it).
  template <class T>
  bool is() const {
    return T::accepts(*n_);
  }
  // The same object viewed as T; throws std::invalid_argument naming both kinds otherwise.
  template <class T>
  T as() const {
    if (!T::accepts(*n_)) throw_bad_cast(T::kind_name());
    return T(n_, typename T::Unchecked{});
  }
  static bool accepts(const detail::MobjectNode&) { return true; }
  static const char* kind_name() { return "Mobject"; }
  struct Unchecked {};
  Mobject(std::shared_ptr<detail::MobjectNode> node, Unchecked) : n_(std::move(node)) {}

 protected:
  [[noreturn]] void throw_bad_cast(const char* wanted) const;
  std::shared_ptr<detail::MobjectNode> n_;
};

// Re-exposes the chain methods of Mobject in a derived handle T, returning T&.
#define MANIM_DEFINE_CHAIN(name, params, args) \
  Self& name params {                          \
    ::manim::Mobject::name args;               \
    return static_cast<Self&>(*this);          \
  }
#define MANIM_HANDLE(T, Base)                                                       \
 public:                                                                            \
  using Self = T;                                                                   \
  T(std::shared_ptr<::manim::detail::MobjectNode> n, ::manim::Mobject::Unchecked u) \
      : Base(std::move(n), u) {}                                                    \
  static const char* kind_name() { return #T; }                                     \
  static bool accepts(const ::manim::detail::MobjectNode& n) {                      \
    return ::manim::detail::has_kind(n, #T);                                        \
  }                                                                                 \
  T copy() const { return ::manim::Mobject::copy().as<T>(); }                       \
  MANIM_CHAIN_METHODS(MANIM_DEFINE_CHAIN)

// Manim's `Group`: a Mobject that only holds others (any kind).
class Group : public Mobject {
 public:
  Group();
  explicit Group(const std::vector<Mobject>& mobs);
  template <class... M>
  explicit Group(const Mobject& first, const M&... rest)
      : Group(std::vector<Mobject>{first, Mobject(rest)...}) {}
  MANIM_HANDLE(Group, Mobject)
};

}  // namespace manim
