// Scene: the mobject list (Manim's add/remove/restructure semantics) and the frame schedule of
// play() and wait() (Manim CE v0.18.0's scene.py + cairo_renderer.py).
#include "manim/scene/scene.hpp"

#include <cxxabi.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <unordered_set>

#include "camera/context_center.hpp"

namespace manim {
namespace {

using NodeSet = std::unordered_set<const detail::MobjectNode*>;

const detail::MobjectNode* node_of(const Mobject& m) { return m.node_ptr().get(); }
const detail::MobjectNode* node_of(const std::shared_ptr<detail::MobjectNode>& n) {
  return n.get();
}

NodeSet family_set(const std::vector<Mobject>& mobs) {
  NodeSet s;
  for (const Mobject& m : mobs)
    for (const Mobject& f : m.get_family()) s.insert(node_of(f));
  return s;
}

// Manim's get_restructured_mobject_list: drop members of `to_remove`; a group that contains
// one of them (deeper in its family) is replaced by its other submobjects, recursively.
void add_safe_mobjects(const std::vector<Mobject>& list, const NodeSet& to_remove,
                       std::vector<Mobject>& out) {
  for (const Mobject& mob : list) {
    if (to_remove.count(node_of(mob))) continue;
    NodeSet inside;
    for (const Mobject& f : mob.get_family())
      if (to_remove.count(node_of(f))) inside.insert(node_of(f));
    if (inside.empty())
      out.push_back(mob);
    else
      add_safe_mobjects(mob.submobjects(), inside, out);
  }
}

void restructure(std::vector<Mobject>& list, const std::vector<Mobject>& to_remove,
                 bool extract_families) {
  NodeSet remove;
  if (extract_families) {
    remove = family_set(to_remove);
  } else {
    for (const Mobject& m : to_remove) remove.insert(node_of(m));
  }
  std::vector<Mobject> out;
  add_safe_mobjects(list, remove, out);
  list = std::move(out);
}

// Manim's replace_in_list, on the scene list (handles) and, recursively, on submobject lists
// (node pointers).
Mobject as_handle(const Mobject& m) { return m; }
Mobject as_handle(const std::shared_ptr<detail::MobjectNode>& n) { return Mobject(n); }
void assign(Mobject& slot, const Mobject& m) { slot = m; }
void assign(std::shared_ptr<detail::MobjectNode>& slot, const Mobject& m) { slot = m.node_ptr(); }

template <class T>
bool replace_in_list(std::vector<T>& list, const Mobject& old_m, const Mobject& new_m) {
  // As Manim: a new mobject already in this list is removed first, so it is not drawn twice.
  auto is = [](const detail::MobjectNode* n) {
    return [n](const T& e) { return node_of(e) == n; };
  };
  if (auto it = std::find_if(list.begin(), list.end(), is(node_of(new_m))); it != list.end())
    list.erase(it);
  if (auto it = std::find_if(list.begin(), list.end(), is(node_of(old_m))); it != list.end()) {
    assign(*it, new_m);
    return true;
  }
  for (const T& e : list)
    if (replace_in_list(as_handle(e).node().submobjects, old_m, new_m)) return true;
  return false;
}

std::string demangled_class(const Animation& a) {
  const char* raw = typeid(a).name();
  int status = 0;
  char* d = abi::__cxa_demangle(raw, nullptr, nullptr, &status);
  std::string name = (status == 0 && d) ? d : raw;
  std::free(d);
  if (auto p = name.rfind("::"); p != std::string::npos) name = name.substr(p + 2);
  return name;
}

// Manim's str(animation): its name, by default "ClassName(MobjectKind)".
std::string animation_label(const Animation& a) {
  if (!a.name().empty()) return a.name();
  return demangled_class(a) + "(" + a.mobject().kind() + ")";
}

// PlayArgs.lag_ratio overrides the animation's own (Manim's setattr on every animation).
// Animation has no public setter; a derived class may name the protected member.
struct LagRatioAccess : Animation {
  static void set(Animation& a, double lag) { a.*(&LagRatioAccess::lag_ratio_) = lag; }
};

void check_time(double t, const char* what) {
  if (!std::isfinite(t) || t < 0)
    throw std::invalid_argument(
        fmt::format("{} must be a finite number of seconds >= 0, got {}", what, t));
}

double frame_rate_checked() {
  const double fps = config().frame_rate;
  if (!std::isfinite(fps) || fps <= 0)
    throw std::invalid_argument(
        fmt::format("config().frame_rate must be finite and > 0, got {}", fps));
  return fps;
}

// len(np.arange(0, run_time, 1 / fps)), at least one frame.
std::size_t play_frame_count(double run_time, double fps) {
  const double step = 1.0 / fps;
  const double n = run_time > 0 ? std::ceil(run_time / step) : 0.0;
  return std::max<std::size_t>(1, static_cast<std::size_t>(n));
}

// A static wait freezes the frame for int(duration / (1 / fps)) frames.
std::size_t wait_frame_count(double duration, double fps) {
  return static_cast<std::size_t>(duration / (1.0 / fps));
}

}  // namespace

Scene::Scene() : Scene(std::make_unique<Camera>()) {}

Scene::Scene(std::unique_ptr<Camera> camera) : camera_(std::move(camera)) {
  if (!camera_) throw std::invalid_argument("Scene: the camera is null; pass a Camera");
}

Scene::~Scene() = default;

void Scene::set_camera(std::unique_ptr<Camera> camera) {
  if (!camera) throw std::invalid_argument("Scene.set_camera: the camera is null; pass a Camera");
  camera_ = std::move(camera);
}

// ---------------------------------------------------------------- mobjects

Scene& Scene::add(const std::vector<Mobject>& mobs) {
  // As Manim: the foreground mobjects are re-added after the new ones, so they stay on top;
  // everything added is first pulled out of the list (and out of groups in it).
  std::vector<Mobject> adding = mobs;
  adding.insert(adding.end(), foreground_.begin(), foreground_.end());
  restructure(mobjects_, adding, true);
  mobjects_.insert(mobjects_.end(), adding.begin(), adding.end());
  return *this;
}

Scene& Scene::add_foreground_mobjects(const std::vector<Mobject>& mobs) {
  // Manim's list_update(foreground, mobs): old entries not re-listed, then the new ones.
  NodeSet fresh;
  for (const Mobject& m : mobs) fresh.insert(node_of(m));
  std::vector<Mobject> kept;
  for (const Mobject& m : foreground_)
    if (!fresh.count(node_of(m))) kept.push_back(m);
  kept.insert(kept.end(), mobs.begin(), mobs.end());
  foreground_ = std::move(kept);
  return add(mobs);
}

Scene& Scene::remove(const std::vector<Mobject>& mobs) {
  restructure(mobjects_, mobs, false);
  restructure(foreground_, mobs, false);
  return *this;
}

Scene& Scene::replace(const Mobject& old_mob, const Mobject& new_mob) {
  if (replace_in_list(mobjects_, old_mob, new_mob) ||
      replace_in_list(foreground_, old_mob, new_mob))
    return *this;
  throw std::invalid_argument(fmt::format(
      "Scene.replace: the {} to replace is not in the scene; add it first", old_mob.kind()));
}

Scene& Scene::bring_to_front(const std::vector<Mobject>& mobs) { return add(mobs); }

Scene& Scene::bring_to_back(const std::vector<Mobject>& mobs) {
  remove(mobs);
  std::vector<Mobject> list = mobs;
  list.insert(list.end(), mobjects_.begin(), mobjects_.end());
  mobjects_ = std::move(list);
  return *this;
}

Scene& Scene::clear() {
  mobjects_.clear();
  foreground_.clear();
  return *this;
}

// ---------------------------------------------------------------- time

void Scene::update_mobjects(double dt) {
  // Copy: an updater may add or remove mobjects.
  const std::vector<Mobject> mobs = mobjects_;
  for (Mobject m : mobs) m.update(dt);
}

bool Scene::any_updaters() const {
  return std::any_of(mobjects_.begin(), mobjects_.end(),
                     [](const Mobject& m) { return m.has_time_based_updater(); });
}

void Scene::emit_frame() {
  if (sink_) {
    sink_->submit(camera_->capture_mobjects(mobjects_, frame_index_));
  }
  ++frame_index_;
  time_ += 1.0 / config().frame_rate;  // Manim's add_frame: time += dt per frame
}

FramePtr Scene::capture_frame() const { return camera_->capture_mobjects(mobjects_, frame_index_); }

void Scene::play(const std::vector<Anim>& anims, const PlayArgs& args) {
  if (args.subcaption_duration)
    check_time(*args.subcaption_duration, "Scene.play: subcaption_duration");
  if (!std::isfinite(args.subcaption_offset))
    throw std::invalid_argument(
        fmt::format("Scene.play: subcaption_offset must be a finite number of seconds, got {}",
                    args.subcaption_offset));
  const double start = time_;
  play_internal(anims, args);
  // As Manim: the subtitle is added after the play, so it is moved back by the play's time.
  if (args.subcaption && !args.subcaption->empty()) {
    const double run_time = time_ - start;
    add_subcaption(*args.subcaption, args.subcaption_duration.value_or(run_time),
                   -run_time + args.subcaption_offset);
  }
}

void Scene::play_internal(const std::vector<Anim>& anims, const PlayArgs& args) {
  if (anims.empty())
    throw std::invalid_argument(
        "Scene.play: called with no animations; pass at least one (use wait() to pause)");
  for (const Anim& a : anims)
    if (!a.ptr()) throw std::invalid_argument("Scene.play: got a null animation pointer");
  if (args.run_time) check_time(*args.run_time, "Scene.play: run_time");
  if (args.lag_ratio && !std::isfinite(*args.lag_ratio))
    throw std::invalid_argument(
        fmt::format("Scene.play: lag_ratio must be finite, got {}", *args.lag_ratio));
  const double fps = frame_rate_checked();
  const bool skip = skipping();

  // A play of one Wait is a wait (static unless something updates).
  if (anims.size() == 1 && dynamic_cast<const Wait*>(&*anims[0])) {
    if (args.run_time) anims[0]->set_run_time(*args.run_time);
    const auto& w = static_cast<const Wait&>(*anims[0]);
    wait(anims[0]->get_run_time(), w.stop_condition, w.frozen_frame);
    return;
  }
  begin_play_record();

  // Manim's compile_animations: play keywords overwrite every animation's own values.
  for (const Anim& a : anims) {
    if (args.run_time) a->set_run_time(*args.run_time);
    if (args.rate_func) a->set_rate_func(args.rate_func);
    if (args.lag_ratio) LagRatioAccess::set(*a, *args.lag_ratio);
  }

  // Manim's add_mobjects_from_animations: animated mobjects not yet in the scene are added
  // (introducers add themselves in setup_scene).
  NodeSet present = family_set(mobjects_);
  for (const Anim& a : anims) {
    if (a->is_introducer()) continue;
    const Mobject& mob = a->mobject();
    if (!mob.node_ptr() || present.count(node_of(mob))) continue;
    add({mob});
    for (const Mobject& f : mob.get_family()) present.insert(node_of(f));
  }

  for (const Anim& a : anims) {
    a->setup_scene(*this);
    a->begin();
  }
  // Manim's first capture of this play (its static frame or t = 0, also under -s).
  if (camera_) detail::note_scene_frame(*camera_, mobjects_);

  double run_time = 0;
  for (const Anim& a : anims) {
    const double rt = a->get_run_time();
    if (!std::isfinite(rt) || rt < 0)
      throw std::invalid_argument(fmt::format(
          "Scene.play: {} has run_time {}; run_time must be a finite number of seconds >= 0",
          animation_label(*a), rt));
    run_time = std::max(run_time, rt);
  }

  std::string label = fmt::format("Animation {}: {}", play_count_, animation_label(*anims[0]));
  if (anims.size() > 1) label += ", etc.";

  // Skipped (-n): one jump to the end, as Manim's skip_animations, and no frame.
  const std::size_t n = skip ? 0 : play_frame_count(run_time, fps);
  if (skip) {  // Manim's update_to_time(run_time): animations at alpha 1, then the updaters
    for (const Anim& a : anims) {
      a->update_mobjects(run_time);
      a->interpolate(1.0);
    }
    update_mobjects(run_time);
    time_ += run_time;  // Manim's renderer: time += duration of a skipped play
  }
  const double step = 1.0 / fps;
  double last_t = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const double t = static_cast<double>(k) * step;  // numpy's arange: start + k * step
    const double dt = t - last_t;
    last_t = t;
    // Manim's update_to_time: animations first, then the scene's updaters.
    for (const Anim& a : anims) {
      a->update_mobjects(dt);
      const double rt = a->get_run_time();
      a->interpolate(rt > 0 ? t / rt : (t > 0 ? 1.0 : 0.0));
    }
    update_mobjects(dt);
    emit_frame();
    if (on_progress) on_progress(label, k + 1, n);
  }
  if (n > 0 && sink_) sink_->end_play();
  end_play_record(n);

  // The final state (alpha 1) is set here and first seen in the next play or wait.
  for (const Anim& a : anims) {
    a->finish();
    a->clean_up_from_scene(*this);
  }
  update_mobjects(0);
  ++play_count_;
}

void Scene::wait(double duration) { wait(duration, nullptr); }

void Scene::pause(double duration) { wait(duration, nullptr, true); }

void Scene::wait_until(const std::function<bool()>& stop_condition, double max_time) {
  if (!stop_condition)
    throw std::invalid_argument("Scene.wait_until: stop_condition is empty; pass a function");
  wait(max_time, stop_condition);
}

void Scene::wait(double duration, const std::function<bool()>& stop_condition,
                 std::optional<bool> frozen_frame) {
  check_time(duration, "Scene.wait: duration");
  if (stop_condition && frozen_frame.value_or(false))
    throw std::invalid_argument(
        "Scene.wait: a frozen frame (frozen_frame=true) cannot have a stop_condition; drop one "
        "of them");
  const double fps = frame_rate_checked();
  const std::string label = fmt::format("Animation {}: Wait({})", play_count_, duration);
  // Manim's should_update_mobjects.
  const bool frozen = frozen_frame.has_value()
                          ? *frozen_frame
                          : !(always_update_mobjects || stop_condition || any_updaters());
  if (camera_) detail::note_scene_frame(*camera_, mobjects_);  // the wait's first capture
  if (skipping()) {
    // As Manim's skipped play: a frozen wait only advances time; otherwise the updaters take
    // the whole duration at once.
    begin_play_record();
    if (!frozen) {
      update_mobjects(0);
      update_mobjects(duration);
    }
    time_ += duration;
    ++play_count_;
    return;
  }
  begin_play_record();

  if (frozen) {
    // Static: the current state, frozen for int(duration * fps) frames.
    // Captured once and sent as copies: the sink rasterises it once.
    const std::size_t n = wait_frame_count(duration, fps);
    if (n > 0 && sink_) sink_->submit_copies(capture_frame(), n);
    for (std::size_t k = 0; k < n; ++k) {
      ++frame_index_;
      if (on_progress) on_progress(label, k + 1, n);
    }
    time_ += static_cast<double>(n) / fps;  // Manim's freeze_current_frame: n * dt at once
    if (n > 0 && sink_) sink_->end_play();
    end_play_record(n);
    ++play_count_;
    return;
  }

  // With updaters a wait is a play of a Wait animation: updaters run every frame.
  update_mobjects(0);
  const std::size_t n = play_frame_count(duration, fps);
  const double step = 1.0 / fps;
  double last_t = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const double t = static_cast<double>(k) * step;
    update_mobjects(t - last_t);
    last_t = t;
    emit_frame();
    if (on_progress) on_progress(label, k + 1, n);
    if (stop_condition && stop_condition()) break;
  }
  if (n > 0 && sink_) sink_->end_play();
  update_mobjects(0);
  ++play_count_;
}

// ---------------------------------------------------------------- engine

void Scene::render(FrameSink* sink) {
  struct ResetSink {
    FrameSink*& s;
    ~ResetSink() { s = nullptr; }
  } reset{sink_};
  sink_ = sink;
  setup();
  try {
    construct();
  } catch (const detail::EndSceneEarly&) {
    return;  // -n ...,END reached: the scene stops here, its frames so far are the video
  }
  tear_down();
}

bool Scene::skipping() const {
  const Config& c = config();
  // Manim's update_skipping_status: a skipped section first, then -n (which may end the scene).
  const bool section_skip = skip_animations_ || sections_.back().skip_animations;
  if (c.upto_animation_number >= 0 &&
      play_count_ > static_cast<std::size_t>(c.upto_animation_number))
    throw detail::EndSceneEarly{};
  // -s skips every animation, as Manim's save_last_frame does: each play or wait is one jump
  // of its whole run time, then the final state is captured.
  if (c.save_last_frame) return true;
  return section_skip ||
         play_count_ < static_cast<std::size_t>(std::max(0, c.from_animation_number));
}

// ---------------------------------------------------------------- sections

void Scene::begin_play_record() { ++sections_.back().plays; }

void Scene::end_play_record(std::size_t frames) {
  if (frames == 0) return;
  ++segments_;
  ++sections_.back().segments;
}

void Scene::next_section(const std::string& name, const std::string& type, bool skip_animations) {
  // Manim's finish_last_section: a section without any play is dropped.
  if (!sections_.empty() && sections_.back().empty()) sections_.pop_back();
  Section s;
  s.name = name;
  s.type = type;
  s.skip_animations = skip_animations;
  s.first_segment = segments_;
  sections_.push_back(std::move(s));
}

void Scene::add_subcaption(const std::string& content, double duration, double offset) {
  if (!std::isfinite(duration) || !std::isfinite(offset))
    throw std::invalid_argument(fmt::format(
        "Scene.add_subcaption: duration and offset must be finite seconds, got {} and {}", duration,
        offset));
  Subcaption sub;
  sub.index = subcaptions_.size();
  sub.content = content;
  sub.start = time_ + offset;
  sub.end = time_ + offset + duration;
  subcaptions_.push_back(std::move(sub));
}

void Scene::add_sound(const std::string& sound_file, double time_offset,
                      std::optional<double> gain) {
  namespace fs = std::filesystem;
  if (!std::isfinite(time_offset))
    throw std::invalid_argument(fmt::format(
        "Scene.add_sound: time_offset must be a finite number of seconds, got {}", time_offset));
  if (gain && !std::isfinite(*gain))
    throw std::invalid_argument(
        fmt::format("Scene.add_sound: gain must be a finite number of dB, got {}", *gain));
  const Config& c = config();
  // As Manim: ignored while the scene skips (-n before the range, a skipped section).
  if (skip_animations_ || sections_.back().skip_animations ||
      play_count_ < static_cast<std::size_t>(std::max(0, c.from_animation_number)))
    return;
  // Manim's seek_full_path_from_defaults: the path itself, then in assets_dir with no
  // extension, .wav or .mp3.
  std::vector<fs::path> tried{fs::path(sound_file)};
  fs::path assets;
  try {
    assets = c.get_dir("assets_dir");
  } catch (const std::exception&) {
    assets = c.assets_dir;
  }
  for (const char* ext : {"", ".wav", ".mp3"}) tried.push_back(assets / (sound_file + ext));
  std::error_code ec;
  for (const fs::path& p : tried) {
    if (fs::is_regular_file(p, ec)) {
      const double t = time_ + time_offset;
      if (t < 0)
        throw std::invalid_argument(fmt::format(
            "Scene.add_sound: '{}' would start at {} s, before the movie; use a time_offset >= "
            "-{}",
            sound_file, t, time_));
      sounds_.push_back({p, t, gain});
      return;
    }
  }
  std::string where;
  for (const fs::path& p : tried) where += (where.empty() ? "'" : ", '") + p.string() + "'";
  throw std::invalid_argument(
      fmt::format("Scene.add_sound: could not find sound file '{}' at any of {} (from {})",
                  sound_file, where, fs::current_path(ec).string()));
}

}  // namespace manim
