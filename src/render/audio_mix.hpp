// Internal: a scene's sounds (Scene::add_sound) mixed as Manim mixes them with pydub, and muxed
// into the finished movie as an AAC track, as Manim's ffmpeg call does.
#pragma once
#include <filesystem>
#include <vector>

#include "manim/scene/section.hpp"

namespace manim::detail {

// Interleaved float samples in [-1, 1].
struct AudioTrack {
  int sample_rate = 11025;
  int channels = 1;
  std::vector<float> samples;
  double seconds() const {
    return samples.empty() ? 0.0 : double(samples.size() / channels) / sample_rate;
  }
};

// Manim's audio segment: one second of silence (pydub's default 11025 Hz mono) extended to the
// end of the last sound, each sound (gain in dB applied) added at its time, clipped. The rate
// and channel count are the largest of the sounds' (pydub's sync). Throws std::runtime_error
// naming a file that cannot be decoded.
AudioTrack mix_sounds(const std::vector<SoundEvent>& sounds);

// Rewrites `movie` with its video stream copied and `track` as an AAC 320 kb/s stream
// (temporary + rename). Throws std::runtime_error naming the file.
void mux_audio(const std::filesystem::path& movie, const AudioTrack& track);

}  // namespace manim::detail
