// Scene: frame schedule of play/wait (docs/manim_facts.md §7 "Frames" table), the order of the play
// lifecycle, and the mobject list semantics of add/remove/replace (Manim's scene.py).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <vector>

#include "manim/manim.hpp"

namespace manim {
namespace {

// A scene whose construct() is a lambda.
class FnScene : public Scene {
 public:
  explicit FnScene(std::function<void(Scene&)> body) : body_(std::move(body)) {}
  void construct() override { body_(*this); }

 private:
  std::function<void(Scene&)> body_;
};

// Sets the frame rate for one test and restores it.
struct FpsGuard {
  double saved;
  explicit FpsGuard(double fps) : saved(config().frame_rate) { config().frame_rate = fps; }
  ~FpsGuard() { config().frame_rate = saved; }
};

AnimArgs with_run_time(double t) {
  AnimArgs a;
  a.run_time = t;
  return a;
}
PlayArgs play_run_time(double t) {
  PlayArgs a;
  a.run_time = t;
  return a;
}

// Records what play() does to it: the alphas it is interpolated at and the lifecycle calls.
class Probe : public Animation {
 public:
  Probe(Mobject m, double run_time, std::vector<std::string>* log = nullptr)
      : Animation(std::move(m), with_run_time(run_time)), log_(log) {}
  void begin() override {
    note("begin");
    Animation::begin();
    alphas.clear();  // Animation::begin interpolates at 0 itself (as Manim's begin does)
  }
  void interpolate(double alpha) override {
    alphas.push_back(alpha);
    // Moves the mobject to x = alpha, so frames show which alpha they were taken at.
    mobject_.move_to(Vec3{alpha, 0, 0});
  }
  void finish() override {
    note("finish");
    interpolate(1.0);
  }
  void clean_up_from_scene(Scene& s) override {
    note("clean_up");
    Animation::clean_up_from_scene(s);
  }
  std::vector<double> alphas;

 private:
  void note(const char* what) {
    if (log_) log_->push_back(what);
  }
  std::vector<std::string>* log_;
};

std::size_t frames_of(double fps, const std::function<void(Scene&)>& body) {
  FpsGuard g(fps);
  FnScene s(body);
  s.render(nullptr);
  return s.frames_emitted();
}

std::size_t play_frames(double fps, double run_time) {
  return frames_of(fps, [&](Scene& s) { s.play(Probe(Square(), run_time)); });
}
std::size_t wait_frames(double fps, double d) {
  return frames_of(fps, [&](Scene& s) { s.wait(d); });
}

// Keeps every frame.
struct Collect : FrameSink {
  std::vector<FramePtr> frames;
  void submit(FramePtr f) override { frames.push_back(std::move(f)); }
};

// Centre x of the first item's path in a frame (the probe's square).
double first_item_center_x(const Frame& f) {
  const auto& xy = f.items.at(0).xy;
  double lo = 1e9, hi = -1e9;
  for (std::size_t i = 0; i < xy.size(); i += 2) {
    lo = std::min(lo, xy[i]);
    hi = std::max(hi, xy[i]);
  }
  return (lo + hi) / 2;
}

std::vector<detail::MobjectNode*> nodes(const std::vector<Mobject>& v) {
  std::vector<detail::MobjectNode*> out;
  for (const auto& m : v) out.push_back(m.node_ptr().get());
  return out;
}

// ------------------------------------------------------------------ frame counts

TEST(SceneFrames, PlayCountsMatchManimTable) {
  // docs/manim_facts.md §7: len(np.arange(0, run_time, 1/fps)), at least one.
  EXPECT_EQ(play_frames(15, 0.015), 1u);
  EXPECT_EQ(play_frames(60, 0.015), 1u);
  EXPECT_EQ(play_frames(15, 0.08), 2u);
  EXPECT_EQ(play_frames(60, 0.08), 5u);
  EXPECT_EQ(play_frames(15, 0.1), 2u);
  EXPECT_EQ(play_frames(60, 0.1), 6u);
  EXPECT_EQ(play_frames(15, 1), 15u);
  EXPECT_EQ(play_frames(60, 1), 60u);
  EXPECT_EQ(play_frames(15, 0.15), 3u);
  EXPECT_EQ(play_frames(15, 0.3), 5u);
  EXPECT_EQ(play_frames(15, 0.5), 8u);
  EXPECT_EQ(play_frames(60, 4.15), 250u);  // double-precision edge case
}

TEST(SceneFrames, StaticWaitCountsMatchManimTable) {
  // int(d / (1/fps)): a floor, unlike plays.
  EXPECT_EQ(wait_frames(15, 0.1), 1u);
  EXPECT_EQ(wait_frames(60, 0.1), 6u);
  EXPECT_EQ(wait_frames(15, 0.3), 4u);
  EXPECT_EQ(wait_frames(60, 0.3), 18u);
  EXPECT_EQ(wait_frames(15, 0.5), 7u);
  EXPECT_EQ(wait_frames(60, 0.5), 30u);
  EXPECT_EQ(wait_frames(15, 1), 15u);
  EXPECT_EQ(wait_frames(60, 1), 60u);
  EXPECT_EQ(wait_frames(15, 2.5), 37u);
  EXPECT_EQ(wait_frames(60, 2.05), 122u);
  EXPECT_EQ(wait_frames(60, 4.1), 245u);
  EXPECT_EQ(frames_of(15, [](Scene& s) { s.wait(); }), 15u);  // default 1 s
}

TEST(SceneFrames, FramesAccumulateOverTheScene) {
  // 49 plays of 0.015 s give 49 frames whatever the fps: video time drifts from run time.
  EXPECT_EQ(frames_of(15,
                      [](Scene& s) {
                        for (int i = 0; i < 49; ++i) s.play(Probe(Square(), 0.015));
                        s.wait(0.5);
                      }),
            49u + 7u);
}

// -n START[,END] (Manim's from/upto_animation_number): plays and waits count from 0; skipped
// ones jump to their end state without frames; the scene stops after END.
TEST(SceneFrames, AnimationNumberRangeSkipsAndStops) {
  struct RangeGuard {
    ~RangeGuard() {
      config().from_animation_number = 0;
      config().upto_animation_number = -1;
    }
  } guard;
  auto sq = Square();
  auto body = [&](Scene& s) {
    s.play(sq.animate().shift(RIGHT * 2), play_run_time(1));  // #0: 15 frames
    s.wait(1);                                                // #1: 15 frames
    s.play(sq.animate().shift(UP), play_run_time(2));         // #2: 30 frames
  };
  config().from_animation_number = 1;
  sq = Square();
  EXPECT_EQ(frames_of(15, body), 45u);
  EXPECT_NEAR(sq.get_center().x, 2, 1e-9);  // the skipped play still moved it
  EXPECT_NEAR(sq.get_center().y, 1, 1e-9);

  config().from_animation_number = 0;
  config().upto_animation_number = 1;
  sq = Square();
  EXPECT_EQ(frames_of(15, body), 30u);
  EXPECT_NEAR(sq.get_center().y, 0, 1e-9);  // #2 never ran

  config().from_animation_number = 2;
  config().upto_animation_number = 2;
  sq = Square();
  EXPECT_EQ(frames_of(15, body), 30u);
}

TEST(SceneFrames, WaitWithUpdaterFollowsThePlayRule) {
  std::vector<double> dts;
  std::size_t n = frames_of(15, [&](Scene& s) {
    Square sq;
    sq.add_updater([&](Mobject&, double dt) { dts.push_back(dt); });
    s.add(sq);
    s.wait(0.5);
  });
  EXPECT_EQ(n, 8u);  // ceil(7.5), not int(7.5)
  // dt 0 before the loop, 0 at t=0, then 1/15 for each of the 7 later frames, 0 after.
  int steps = 0;
  double total = 0;
  for (double dt : dts) {
    if (dt > 0) {
      ++steps;
      EXPECT_NEAR(dt, 1.0 / 15, 1e-12);
    }
    total += dt;
  }
  EXPECT_EQ(steps, 7);
  EXPECT_NEAR(total, 7.0 / 15, 1e-12);
}

TEST(SceneFrames, WaitWithOnlyNonTimeBasedUpdatersStaysStatic) {
  // Manim's should_update_mobjects counts only updaters that take dt: a wait beside an updater
  // without dt is still a static wait, int(7.5) = 7 frames, and the updater does not run.
  int calls = 0;
  std::size_t n = frames_of(15, [&](Scene& s) {
    Square sq;
    sq.add_updater([&](Mobject&) { ++calls; });
    s.add(sq);
    calls = 0;
    s.wait(0.5);
  });
  EXPECT_EQ(n, 7u);
  EXPECT_EQ(calls, 0);
}

TEST(SceneFrames, FrozenFrameDecidesAsManimsShouldUpdateMobjects) {
  // Counts updater calls (time-based or not) during one wait-like call at 15 fps: a frozen
  // wait of 0.5 s is int(7.5) = 7 frames with no call; an updating one ceil(7.5) = 8 frames
  // with update(0) before, one per frame and update(0) after = 10 calls.
  struct Run {
    std::size_t frames;
    int calls;
    double time;
  };
  auto run = [](bool time_based, const std::function<void(Scene&)>& call) {
    int calls = 0;
    FpsGuard g(15);
    FnScene s([&](Scene& sc) {
      Square sq;
      if (time_based)
        sq.add_updater([&](Mobject&, double) { ++calls; });
      else
        sq.add_updater([&](Mobject&) { ++calls; });
      sc.add(sq);
      calls = 0;
      call(sc);
    });
    s.render(nullptr);
    return Run{s.frames_emitted(), calls, s.time()};
  };
  const std::function<bool()> never = [] { return false; };
  // frozen_frame=true wins over a time-based updater: frozen, nothing runs.
  Run r = run(true, [](Scene& s) { s.wait(0.5, nullptr, true); });
  EXPECT_EQ(r.frames, 7u);
  EXPECT_EQ(r.calls, 0);
  EXPECT_NEAR(r.time, 7.0 / 15, 1e-12);
  r = run(true, [](Scene& s) { s.pause(0.5); });  // Manim's pause is that wait
  EXPECT_EQ(r.frames, 7u);
  EXPECT_EQ(r.calls, 0);
  r = run(true, [](Scene& s) { s.play(Wait(0.5, nullptr, true)); });  // and so is Wait(...)
  EXPECT_EQ(r.frames, 7u);
  EXPECT_EQ(r.calls, 0);
  // frozen_frame=false, always_update_mobjects or a stop condition: updating even with only
  // an updater that takes no dt.
  r = run(false, [](Scene& s) { s.wait(0.5, nullptr, false); });
  EXPECT_EQ(r.frames, 8u);
  EXPECT_EQ(r.calls, 10);
  r = run(false, [](Scene& s) {
    s.always_update_mobjects = true;
    s.wait(0.5);
  });
  EXPECT_EQ(r.frames, 8u);
  EXPECT_EQ(r.calls, 10);
  r = run(false, [&](Scene& s) { s.wait(0.5, never); });
  EXPECT_EQ(r.frames, 8u);
  EXPECT_EQ(r.calls, 10);
  r = run(false, [&](Scene& s) { s.play(Wait(0.5, never, std::nullopt)); });
  EXPECT_EQ(r.frames, 8u);
  EXPECT_EQ(r.calls, 10);
  // always_update_mobjects does not override an explicit frozen_frame=true.
  r = run(true, [](Scene& s) {
    s.always_update_mobjects = true;
    s.wait(0.5, nullptr, true);
  });
  EXPECT_EQ(r.frames, 7u);
  EXPECT_EQ(r.calls, 0);
  // Skipped (skip_animations): a frozen wait only advances the clock; an updating one is
  // update(0) then one update by the whole duration, as Manim's skipped play of a Wait.
  r = run(true, [](Scene& s) {
    s.set_skip_animations(true);
    s.wait(0.5, nullptr, true);
  });
  EXPECT_EQ(r.frames, 0u);
  EXPECT_EQ(r.calls, 0);
  EXPECT_NEAR(r.time, 0.5, 1e-12);
  r = run(true, [](Scene& s) {
    s.set_skip_animations(true);
    s.wait(0.5);
  });
  EXPECT_EQ(r.calls, 2);
  // As Manim's Wait: a frozen frame cannot have a stop condition.
  EXPECT_THROW(Wait(1, never, true), std::invalid_argument);
  FnScene s([&](Scene& sc) { sc.wait(1, never, true); });
  try {
    s.render(nullptr);
    FAIL() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(),
                 "Scene.wait: a frozen frame (frozen_frame=true) cannot have a stop_condition; "
                 "drop one of them");
  }
}

// ------------------------------------------------------------------ play lifecycle

TEST(ScenePlay, AlphasAreFrameTimesOverRunTimeAndFinalStateIsNotRendered) {
  FpsGuard g(15);
  Square sq;
  auto probe = std::make_shared<Probe>(sq, 1.0);
  FnScene s([&](Scene& sc) {
    sc.play(Anim(AnimationPtr(probe)));
    sc.wait(0.1);
  });
  Collect sink;
  s.render(&sink);
  ASSERT_EQ(sink.frames.size(), 16u);
  // alphas k/15 in the loop, then finish's 1.
  ASSERT_EQ(probe->alphas.size(), 16u);
  for (int k = 0; k < 15; ++k) EXPECT_NEAR(probe->alphas[k], k / 15.0, 1e-12) << k;
  EXPECT_EQ(probe->alphas.back(), 1.0);
  // Frame 14 (last of the play) shows alpha 14/15; alpha 1 first appears in the wait.
  EXPECT_NEAR(first_item_center_x(*sink.frames[0]), 0.0, 1e-9);
  EXPECT_NEAR(first_item_center_x(*sink.frames[14]), 14.0 / 15, 1e-9);
  EXPECT_NEAR(first_item_center_x(*sink.frames[15]), 1.0, 1e-9);
  for (std::size_t i = 0; i < sink.frames.size(); ++i) EXPECT_EQ(sink.frames[i]->index, i);
}

TEST(ScenePlay, PlayArgsOverrideRunTimeOfEveryAnimation) {
  FpsGuard g(15);
  std::shared_ptr<Probe> a, b;
  FnScene s([&](Scene& sc) {
    a = std::make_shared<Probe>(Square(), 1.0);
    b = std::make_shared<Probe>(Circle(), 3.0);
    sc.play({Anim(AnimationPtr(a)), Anim(AnimationPtr(b))}, play_run_time(2.0));
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 30u);
  EXPECT_EQ(a->get_run_time(), 2.0);
  EXPECT_EQ(b->get_run_time(), 2.0);
  EXPECT_NEAR(a->alphas[15], 0.5, 1e-12);  // t = 1 of 2
}

TEST(ScenePlay, LongestAnimationSetsThePlayAndShorterOnesAreClamped) {
  FpsGuard g(15);
  std::shared_ptr<Probe> shortp, longp;
  FnScene s([&](Scene& sc) {
    shortp = std::make_shared<Probe>(Square(), 0.5);
    longp = std::make_shared<Probe>(Circle(), 2.0);
    sc.play({Anim(AnimationPtr(shortp)), Anim(AnimationPtr(longp))});
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 30u);
  // The short one is asked for alpha t / 0.5, which goes past 1 (Animation clamps it).
  EXPECT_NEAR(shortp->alphas[29], (29.0 / 15) / 0.5, 1e-12);
}

TEST(ScenePlay, LifecycleOrderAndAnimatedMobjectIsAdded) {
  FpsGuard g(15);
  std::vector<std::string> log;
  Square sq;
  FnScene s([&](Scene& sc) {
    EXPECT_TRUE(sc.mobjects().empty());
    sc.play(Probe(sq, 0.2, &log));
    // Not an introducer and not in the scene: play added it first (Manim's
    // add_mobjects_from_animations), and it stays.
    ASSERT_EQ(sc.mobjects().size(), 1u);
    EXPECT_TRUE(sc.mobjects()[0] == sq);
  });
  s.render(nullptr);
  EXPECT_EQ(log, (std::vector<std::string>{"begin", "finish", "clean_up"}));
}

TEST(ScenePlay, FadeInAddsAndFadeOutRemoves) {
  FpsGuard g(15);
  Square a;
  Circle b;
  FnScene s([&](Scene& sc) {
    sc.play(FadeIn(a));
    ASSERT_EQ(sc.mobjects().size(), 1u);
    sc.add(b);
    sc.play(FadeOut(a));
    ASSERT_EQ(sc.mobjects().size(), 1u);
    EXPECT_TRUE(sc.mobjects()[0] == b);
  });
  s.render(nullptr);
}

TEST(ScenePlay, FadeOutOfEveryListedMobjectEmptiesTheScene) {
  // self.play(*[FadeOut(m) for m in self.mobjects]): the list is read before the play.
  FpsGuard g(15);
  FnScene s([&](Scene& sc) {
    Square a;
    Circle b;
    VGroup g2{Square(), Circle()};
    sc.add(a, b, g2);
    std::vector<Anim> outs;
    for (const Mobject& m : sc.mobjects()) outs.push_back(FadeOut(m));
    sc.play(outs);
    EXPECT_TRUE(sc.mobjects().empty());
    // FadeOut of several mobjects at once groups them; the group is removed as a whole.
    Square c;
    Circle d;
    sc.add(c, d);
    sc.play(FadeOut(sc.mobjects()));
    EXPECT_TRUE(sc.mobjects().empty());
  });
  s.render(nullptr);
  EXPECT_EQ(s.frames_emitted(), 30u);
}

TEST(ScenePlay, BadRunTimesThrowClearErrors) {
  FpsGuard g(15);
  auto run = [](std::function<void(Scene&)> body) {
    FnScene s(std::move(body));
    s.render(nullptr);
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(run([](Scene& s) { s.play(Probe(Square(), 1), play_run_time(-1.0)); }),
               std::invalid_argument);
  EXPECT_THROW(run([&](Scene& s) { s.play(Probe(Square(), 1), play_run_time(nan)); }),
               std::invalid_argument);
  EXPECT_THROW(run([](Scene& s) { s.wait(-0.5); }), std::invalid_argument);
  EXPECT_THROW(run([&](Scene& s) { s.wait(nan); }), std::invalid_argument);
  EXPECT_THROW(run([](Scene& s) { s.play(std::vector<Anim>{}); }), std::invalid_argument);
  try {
    run([](Scene& s) { s.play(Probe(Square(), 1), play_run_time(-2.0)); });
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("run_time"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("-2"), std::string::npos) << e.what();
  }
}

// ------------------------------------------------------------------ mobject list

TEST(SceneMobjects, AddMovesToFrontWithoutDuplicates) {
  FnScene s([](Scene&) {});
  Square a;
  Circle b;
  s.add(a, b);
  s.add(a);
  EXPECT_EQ(nodes(s.mobjects()), nodes({b, a}));
}

TEST(SceneMobjects, AddPullsAMemberOutOfItsGroup) {
  FnScene s([](Scene&) {});
  Square a;
  Circle b;
  Triangle c;
  VGroup g(a, b, c);
  s.add(g);
  s.add(b);
  // Manim's restructure_mobjects: the group is replaced by its other members.
  EXPECT_EQ(nodes(s.mobjects()), nodes({a, c, b}));
  EXPECT_EQ(g.size(), 3u);  // the group itself is untouched
}

TEST(SceneMobjects, NestedGroupsAreRestructuredRecursively) {
  FnScene s([](Scene&) {});
  Square a;
  Circle b;
  Triangle c;
  Square d;
  VGroup inner(b, c);
  VGroup outer(a, inner, d);
  s.add(outer);
  s.remove(c);
  EXPECT_EQ(nodes(s.mobjects()), nodes({a, b, d}));
}

TEST(SceneMobjects, AddingAGroupRemovesItsMembersFromTheTopLevel) {
  FnScene s([](Scene&) {});
  Square a;
  Circle b, x;
  s.add(a, x);
  VGroup g(a, b);
  s.add(g);
  EXPECT_EQ(nodes(s.mobjects()), nodes({x, g}));
}

TEST(SceneMobjects, ForegroundStaysOnTop) {
  FnScene s([](Scene&) {});
  Square a, f, x;
  s.add(a);
  s.add_foreground_mobjects({f});
  s.add(x);
  EXPECT_EQ(nodes(s.mobjects()), nodes({a, x, f}));
  s.remove(f);
  s.add(a);
  EXPECT_EQ(nodes(s.mobjects()), nodes({x, a}));
}

TEST(SceneMobjects, ReplaceKeepsThePosition) {
  FnScene s([](Scene&) {});
  Square a, b, c, d;
  s.add(a, b, c);
  s.replace(b, d);
  EXPECT_EQ(nodes(s.mobjects()), nodes({a, d, c}));
  // Inside a group, the group's submobject is replaced.
  Square e, f2;
  VGroup g(e, Circle());
  s.add(g);
  s.replace(e, f2);
  EXPECT_TRUE(g[0] == f2);
  EXPECT_THROW(s.replace(Square(), Circle()), std::invalid_argument);
}

TEST(SceneMobjects, BringToBackAndClear) {
  FnScene s([](Scene&) {});
  Square a, b, c;
  s.add(a, b, c);
  s.bring_to_back({c});
  EXPECT_EQ(nodes(s.mobjects()), nodes({c, a, b}));
  s.bring_to_front({c});
  EXPECT_EQ(nodes(s.mobjects()), nodes({a, b, c}));
  s.clear();
  EXPECT_TRUE(s.mobjects().empty());
}

TEST(SceneFrames, CaptureFrameShowsTheFinalStateAfterAPlay) {
  FpsGuard g(15);
  Square sq;
  FnScene s([&](Scene& sc) { sc.play(Probe(sq, 0.5)); });
  s.render(nullptr);  // counting only
  EXPECT_EQ(s.frames_emitted(), 8u);
  FramePtr f = s.capture_frame();
  ASSERT_EQ(f->items.size(), 1u);
  EXPECT_NEAR(first_item_center_x(*f), 1.0, 1e-9);
}

// ------------------------------------------------------------------ registry and config

class RegisteredA : public Scene {
 public:
  void construct() override { wait(0.2); }
};
MANIM_SCENE(RegisteredA);

TEST(SceneRegistry, RegisteredScenesAreCreatedByName) {
  auto names = registered_scenes();
  EXPECT_NE(std::find(names.begin(), names.end(), "RegisteredA"), names.end());
  auto s = create_scene("RegisteredA");
  ASSERT_TRUE(s);
  EXPECT_EQ(create_scene("NoSuchScene"), nullptr);
}

TEST(SceneConfig, QualityPresets) {
  Config c;
  c.set_quality('l');
  EXPECT_EQ(c.pixel_width, 854);
  EXPECT_EQ(c.pixel_height, 480);
  EXPECT_EQ(c.frame_rate, 15);
  EXPECT_EQ(c.quality_dir(), "480p15");
  c.set_quality('m');
  EXPECT_EQ(c.quality_dir(), "720p30");
  c.set_quality('p');
  EXPECT_EQ(c.quality_dir(), "1440p60");
  c.set_quality('k');
  EXPECT_EQ(c.pixel_width, 3840);
  EXPECT_EQ(c.quality_dir(), "2160p60");
  c.set_quality('h');
  EXPECT_EQ(c.quality_dir(), "1080p60");
  EXPECT_THROW(c.set_quality('x'), std::invalid_argument);
}

TEST(SceneConfig, CameraBackgroundFollowsConfigAndIsSettable) {
  FnScene s([](Scene&) {});
  EXPECT_EQ(s.camera().background_color, config().background_color);
  s.camera().background_color = Color("#0f0f1a");
  FramePtr f = s.capture_frame();
  EXPECT_NEAR(f->background.r, 15 / 255.0, 1e-9);
  EXPECT_NEAR(f->background.b, 26 / 255.0, 1e-9);
}

}  // namespace
}  // namespace manim
