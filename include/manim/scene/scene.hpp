// Scene: construct() adds mobjects and plays animations; play/wait emit frames on Manim CE's
// schedule (a play of run_time T renders len(arange(0, T, 1/fps)) frames, a static wait(d)
// int(d * fps) frames).
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "manim/animation/animation.hpp"
#include "manim/camera/camera.hpp"
#include "manim/camera/frame.hpp"
#include "manim/core/config.hpp"
#include "manim/scene/section.hpp"

namespace manim {

struct PlayArgs {
  std::optional<double> run_time;
  RateFunc rate_func;
  std::optional<double> lag_ratio;
  // Manim's play(subcaption=, subcaption_duration=, subcaption_offset=): a subtitle over the
  // play (duration: the play's own by default).
  std::optional<std::string> subcaption;
  std::optional<double> subcaption_duration;
  double subcaption_offset = 0;
};

class Scene {
 public:
  Scene();
  virtual ~Scene();
  // A scene with its own kind of camera (Manim's camera_class: MovingCamera, ThreeDCamera).
  explicit Scene(std::unique_ptr<Camera> camera);
  Scene(const Scene&) = delete;
  Scene& operator=(const Scene&) = delete;

  virtual void setup() {}
  virtual void construct() = 0;
  virtual void tear_down() {}

  // ---- mobjects ----
  // Adds (or moves to the front) the given mobjects; a mobject already inside a group in the
  // scene is pulled out of it, as Manim's restructure_mobjects does.
  Scene& add(const std::vector<Mobject>& mobs);
  template <class... M>
  Scene& add(const Mobject& first, const M&... rest) {
    return add(std::vector<Mobject>{first, Mobject(rest)...});
  }
  Scene& add_foreground_mobjects(const std::vector<Mobject>& mobs);
  Scene& add_foreground_mobject(const Mobject& m) { return add_foreground_mobjects({m}); }
  Scene& remove(const std::vector<Mobject>& mobs);
  template <class... M>
  Scene& remove(const Mobject& first, const M&... rest) {
    return remove(std::vector<Mobject>{first, Mobject(rest)...});
  }
  Scene& replace(const Mobject& old_mob, const Mobject& new_mob);
  Scene& bring_to_front(const std::vector<Mobject>& mobs);
  Scene& bring_to_back(const std::vector<Mobject>& mobs);
  Scene& clear();
  // The top-level mobjects, in draw order (Manim's self.mobjects).
  const std::vector<Mobject>& mobjects() const { return mobjects_; }

  // ---- time ----
  void play(const std::vector<Anim>& anims, const PlayArgs& args = {});
  void play(const Anim& anim, const PlayArgs& args = {}) { play(std::vector<Anim>{anim}, args); }
  template <class... A>
  requires(sizeof...(A) > 0) void play(const Anim& first, const A&... rest) {
    std::vector<Anim> anims{first};
    PlayArgs args;
    (collect_play_arg(anims, args, rest), ...);
    play(anims, args);
  }
  // Manim's wait(duration, stop_condition, frozen_frame). A frozen frame is the current state
  // for int(duration * fps) frames with no updater run; otherwise the updaters run and a
  // frame is rendered each 1/fps (as a play) until stop_condition() is true after a frame.
  // frozen_frame nullopt: frozen unless always_update_mobjects, a stop condition or a
  // time-based updater (Manim's should_update_mobjects); true: frozen even with time-based
  // updaters (a stop condition then throws std::invalid_argument); false: never frozen.
  void wait(double duration = DEFAULT_WAIT_TIME);
  void wait(double duration, const std::function<bool()>& stop_condition,
            std::optional<bool> frozen_frame = std::nullopt);
  // Manim's pause: wait(duration, {}, true).
  void pause(double duration = DEFAULT_WAIT_TIME);
  void wait_until(const std::function<bool()>& stop_condition, double max_time = 60);
  // Manim's renderer.time: seconds of the scene so far (frames emitted / fps, plus the run
  // time of skipped plays).
  double time() const { return time_; }
  std::size_t frames_emitted() const { return frame_index_; }

  // ---- sections, subcaptions, sounds (written by SceneFileWriter) ----
  // Closes the current section (dropped when it has no play) and opens `name`; with
  // skip_animations its plays jump to their end state without frames.
  void next_section(const std::string& name = "unnamed",
                    const std::string& type = DefaultSectionType::NORMAL,
                    bool skip_animations = false);
  // The sections so far; the last one may still be empty.
  const std::vector<Section>& sections() const { return sections_; }
  // Plays that emitted frames so far (the movie's segments).
  std::size_t segments_emitted() const { return segments_; }
  // A subtitle from time() + offset for `duration` seconds (Manim's add_subcaption).
  void add_subcaption(const std::string& content, double duration = 1, double offset = 0);
  const std::vector<Subcaption>& subcaptions() const { return subcaptions_; }
  // A sound file (as given, or in config's assets_dir, with .wav/.mp3 tried) mixed into the
  // movie at time() + time_offset; ignored while skipping, as Manim. Throws when not found.
  void add_sound(const std::string& sound_file, double time_offset = 0,
                 std::optional<double> gain = std::nullopt);
  const std::vector<SoundEvent>& sounds() const { return sounds_; }
  // Manim's renderer._original_skipping_status (its skip_animations): every play and wait
  // jumps to its end state without frames; Scene.time still advances by their run time.
  void set_skip_animations(bool skip) { skip_animations_ = skip; }
  bool skip_animations() const { return skip_animations_; }

  // What the scene's camera shows: `camera().background_color = "#0f0f1a"` as in Manim.
  Camera& camera() { return *camera_; }
  const Camera& camera() const { return *camera_; }
  // Replaces the camera (a Python ThreeDScene/MovingCameraScene installs its camera class after
  // Scene.__init__); null throws std::invalid_argument.
  void set_camera(std::unique_ptr<Camera> camera);

  // ---- engine ----
  // Runs setup/construct/tear_down sending frames to `sink` (nullptr: count only).
  void render(FrameSink* sink);
  // The display list of the current state (what a frame would show now).
  FramePtr capture_frame() const;
  // Manim's Scene(always_update_mobjects=...): no wait is frozen unless it asks to be.
  bool always_update_mobjects = false;
  // Progress report per play/wait: (label, frames done, frames total).
  std::function<void(const std::string&, std::size_t, std::size_t)> on_progress;

 private:
  static void collect_play_arg(std::vector<Anim>& anims, PlayArgs&, const Anim& a) {
    anims.push_back(a);
  }
  static void collect_play_arg(std::vector<Anim>&, PlayArgs& args, const PlayArgs& a) { args = a; }
  static void collect_play_arg(std::vector<Anim>& anims, PlayArgs&, const std::vector<Anim>& v) {
    anims.insert(anims.end(), v.begin(), v.end());
  }
  void emit_frame();
  void play_internal(const std::vector<Anim>& anims, const PlayArgs& args);
  // True while before config().from_animation_number; throws detail::EndSceneEarly past
  // upto_animation_number.
  bool skipping() const;
  // A play or wait of the current section begins / emitted `frames` frames into the sink.
  void begin_play_record();
  void end_play_record(std::size_t frames);
  void update_mobjects(double dt);
  bool any_updaters() const;

  std::vector<Mobject> mobjects_;
  std::vector<Mobject> foreground_;
  std::unique_ptr<Camera> camera_;
  FrameSink* sink_ = nullptr;
  std::size_t frame_index_ = 0;
  std::size_t play_count_ = 0;
  double time_ = 0;
  std::vector<Section> sections_{Section{"autocreated"}};
  std::size_t segments_ = 0;
  std::vector<Subcaption> subcaptions_;
  std::vector<SoundEvent> sounds_;
  bool skip_animations_ = false;
};

namespace detail {
// Thrown by play()/wait() past config().upto_animation_number; render() ends the scene there.
struct EndSceneEarly {};
}  // namespace detail

// ---- scene registry: MANIM_SCENE(MyScene) makes a scene class renderable by name ----
using SceneFactory = std::function<std::unique_ptr<Scene>()>;
void register_scene(const std::string& name, SceneFactory factory);
std::vector<std::string> registered_scenes();
std::unique_ptr<Scene> create_scene(const std::string& name);  // nullptr when unknown

namespace detail {
struct SceneRegistrar {
  SceneRegistrar(const char* name, SceneFactory f) { register_scene(name, std::move(f)); }
};
}  // namespace detail

#define MANIM_SCENE(Class)                                              \
  static ::manim::detail::SceneRegistrar manim_scene_registrar_##Class( \
      #Class, [] { return std::unique_ptr<::manim::Scene>(new Class()); })

}  // namespace manim
