// Sounds of a scene: decoded (libavformat/libavcodec, libswresample for rate and sample format),
// mixed as pydub overlays them in Manim, and muxed into the movie as AAC.
#include "render/audio_mix.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/safe_files.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

std::string av_err(int e) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(e, buf, sizeof buf);
  return buf;
}

// An opened audio file: its best audio stream and a decoder for it.
struct AudioInput {
  AVFormatContext* fmt = nullptr;
  AVCodecContext* dec = nullptr;
  int stream = -1;
  explicit AudioInput(const fs::path& p) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(fmt::format("cannot read sound '{}': {}", p.string(), why));
    };
    int e = avformat_open_input(&fmt, p.c_str(), nullptr, nullptr);
    if (e < 0) fail(av_err(e));
    if ((e = avformat_find_stream_info(fmt, nullptr)) < 0) fail(av_err(e));
    stream = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (stream < 0) fail("no audio stream");
    const AVCodecParameters* par = fmt->streams[stream]->codecpar;
    const AVCodec* codec = avcodec_find_decoder(par->codec_id);
    if (!codec) fail(std::string("no decoder for ") + avcodec_get_name(par->codec_id));
    dec = avcodec_alloc_context3(codec);
    if (!dec) fail("out of memory");
    if ((e = avcodec_parameters_to_context(dec, par)) < 0) fail(av_err(e));
    if ((e = avcodec_open2(dec, codec, nullptr)) < 0) fail(av_err(e));
    if (dec->ch_layout.nb_channels <= 0 || dec->sample_rate <= 0) fail("no channels or rate");
  }
  ~AudioInput() {
    avcodec_free_context(&dec);
    if (fmt) avformat_close_input(&fmt);
  }
  AudioInput(const AudioInput&) = delete;
  AudioInput& operator=(const AudioInput&) = delete;
};

// The whole file as interleaved floats at `rate`, in its own channel count.
std::vector<float> decode(const fs::path& p, int rate, int& channels) {
  AudioInput in(p);
  channels = in.dec->ch_layout.nb_channels;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(fmt::format("cannot decode sound '{}': {}", p.string(), why));
  };
  AVChannelLayout in_layout{};
  if (in.dec->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
    av_channel_layout_default(&in_layout, channels);
  else
    av_channel_layout_copy(&in_layout, &in.dec->ch_layout);
  SwrContext* swr = nullptr;
  int e = swr_alloc_set_opts2(&swr, &in_layout, AV_SAMPLE_FMT_FLT, rate, &in_layout,
                              in.dec->sample_fmt, in.dec->sample_rate, 0, nullptr);
  av_channel_layout_uninit(&in_layout);
  if (e < 0 || swr_init(swr) < 0) {
    swr_free(&swr);
    fail("cannot convert its samples");
  }
  std::vector<float> out;
  AVPacket* pkt = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  auto convert = [&](const std::uint8_t** data, int n) {
    const int cap = swr_get_out_samples(swr, n);
    if (cap <= 0) return;
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(cap) * channels);
    auto* dst = reinterpret_cast<std::uint8_t*>(out.data() + at);
    const int got = swr_convert(swr, &dst, cap, data, n);
    out.resize(at + static_cast<std::size_t>(std::max(got, 0)) * channels);
  };
  auto drain = [&]() {
    while (avcodec_receive_frame(in.dec, frame) >= 0) {
      convert(const_cast<const std::uint8_t**>(frame->extended_data), frame->nb_samples);
      av_frame_unref(frame);
    }
  };
  while (av_read_frame(in.fmt, pkt) >= 0) {
    if (pkt->stream_index == in.stream && avcodec_send_packet(in.dec, pkt) >= 0) drain();
    av_packet_unref(pkt);
  }
  avcodec_send_packet(in.dec, nullptr);
  drain();
  convert(nullptr, 0);  // what the resampler still holds
  av_frame_free(&frame);
  av_packet_free(&pkt);
  swr_free(&swr);
  return out;
}

}  // namespace

AudioTrack mix_sounds(const std::vector<SoundEvent>& sounds) {
  AudioTrack t;  // pydub's AudioSegment.silent(): 1 s at 11025 Hz, mono
  struct Loaded {
    std::vector<float> s;
    int channels;
    double time;
  };
  for (const SoundEvent& ev : sounds) {
    AudioInput probe(ev.file);
    t.sample_rate = std::max(t.sample_rate, probe.dec->sample_rate);
    t.channels = std::max(t.channels, probe.dec->ch_layout.nb_channels);
  }
  std::vector<Loaded> loaded;
  double end_ms = 1000;
  for (const SoundEvent& ev : sounds) {
    Loaded l{{}, 1, ev.time};
    l.s = decode(ev.file, t.sample_rate, l.channels);
    if (ev.gain && *ev.gain != 0) {  // pydub's apply_gain: dB, clipped to the sample range
      const float g = static_cast<float>(std::pow(10.0, *ev.gain / 20.0));
      for (float& x : l.s) x = std::clamp(x * g, -1.0f, 1.0f);
    }
    const double ms = 1000.0 * double(l.s.size() / l.channels) / t.sample_rate;
    // Manim extends the segment by whole milliseconds of silence to the sound's end.
    end_ms = std::max(end_ms, std::ceil(1000.0 * ev.time + ms));
    loaded.push_back(std::move(l));
  }
  const auto frames = static_cast<std::size_t>(std::llround(end_ms * t.sample_rate / 1000.0));
  t.samples.assign(frames * t.channels, 0.0f);
  for (const Loaded& l : loaded) {
    // pydub's overlay position is whole milliseconds.
    const auto pos =
        static_cast<std::size_t>(std::floor(std::floor(1000.0 * l.time) * t.sample_rate / 1000.0));
    const std::size_t n = l.s.size() / l.channels;
    for (std::size_t i = 0; i < n && pos + i < frames; ++i)
      for (int c = 0; c < t.channels; ++c) {
        // pydub's set_channels: a mono sound plays on every channel.
        float& dst = t.samples[(pos + i) * t.channels + c];
        dst = std::clamp(dst + l.s[i * l.channels + (c % l.channels)], -1.0f, 1.0f);
      }
  }
  return t;
}

void mux_audio(const fs::path& movie, const AudioTrack& track) {
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(fmt::format("cannot add the sound to '{}': {}", movie.string(), why));
  };
  if (movie.extension() == ".webm")
    fail("a webm movie cannot hold AAC (Manim's ffmpeg call fails the same way); use mp4 or mov");
  fs::path tmp;
  ::close(create_temporary(movie, movie.extension().string(), tmp));
  AVFormatContext* in = nullptr;
  AVFormatContext* out = nullptr;
  AVCodecContext* enc = nullptr;
  AVPacket* pkt = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  auto cleanup = [&](bool remove) {
    if (out) {
      if (out->pb) avio_closep(&out->pb);
      avformat_free_context(out);
      out = nullptr;
    }
    if (in) avformat_close_input(&in);
    avcodec_free_context(&enc);
    av_frame_free(&frame);
    av_packet_free(&pkt);
    if (remove) ::unlink(tmp.c_str());
    unregister_temporary(tmp);
  };
  try {
    if (!pkt || !frame) fail("out of memory");
    int e = avformat_open_input(&in, movie.c_str(), nullptr, nullptr);
    if (e < 0) fail(av_err(e));
    if ((e = avformat_find_stream_info(in, nullptr)) < 0) fail(av_err(e));
    const int vi = av_find_best_stream(in, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (vi < 0) fail("no video stream");
    if ((e = avformat_alloc_output_context2(&out, nullptr, nullptr, tmp.c_str())) < 0)
      fail(av_err(e));
    AVStream* vs = avformat_new_stream(out, nullptr);
    AVStream* as = avformat_new_stream(out, nullptr);
    if (!vs || !as) fail("out of memory");
    if ((e = avcodec_parameters_copy(vs->codecpar, in->streams[vi]->codecpar)) < 0) fail(av_err(e));
    vs->codecpar->codec_tag = 0;
    vs->time_base = in->streams[vi]->time_base;
    vs->avg_frame_rate = in->streams[vi]->avg_frame_rate;
    av_dict_copy(&out->metadata, in->metadata, 0);

    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec) fail("no AAC encoder in this FFmpeg");
    enc = avcodec_alloc_context3(codec);
    if (!enc) fail("out of memory");
    enc->sample_fmt = AV_SAMPLE_FMT_FLTP;
    enc->sample_rate = track.sample_rate;
    av_channel_layout_default(&enc->ch_layout, track.channels);
    // Manim asks for 320 kb/s; AAC holds at most 6144 bits per channel and 1024 samples.
    enc->bit_rate = std::min<std::int64_t>(
        320000, std::int64_t(6144) * track.channels * track.sample_rate / 1024);
    enc->time_base = AVRational{1, track.sample_rate};
    if (out->oformat->flags & AVFMT_GLOBALHEADER) enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((e = avcodec_open2(enc, codec, nullptr)) < 0) fail("AAC encoder: " + av_err(e));
    if ((e = avcodec_parameters_from_context(as->codecpar, enc)) < 0) fail(av_err(e));
    as->time_base = enc->time_base;
    if ((e = avio_open(&out->pb, tmp.c_str(), AVIO_FLAG_WRITE)) < 0) fail(av_err(e));
    if ((e = avformat_write_header(out, nullptr)) < 0) fail("header: " + av_err(e));

    const std::size_t total = track.samples.size() / track.channels;
    const int fs = enc->frame_size > 0 ? enc->frame_size : 1024;
    std::size_t next = 0;  // first sample not yet encoded
    bool flushed = false;
    auto write_audio = [&]() {
      while (avcodec_receive_packet(enc, pkt) >= 0) {
        av_packet_rescale_ts(pkt, enc->time_base, as->time_base);
        pkt->stream_index = as->index;
        if ((e = av_interleaved_write_frame(out, pkt)) < 0) fail("audio packet: " + av_err(e));
      }
    };
    // Encodes audio up to `until` seconds (everything with until < 0).
    auto encode_until = [&](double until) {
      while (next < total && (until < 0 || double(next) / track.sample_rate <= until)) {
        const int n = static_cast<int>(std::min<std::size_t>(fs, total - next));
        av_frame_unref(frame);
        frame->format = AV_SAMPLE_FMT_FLTP;
        frame->sample_rate = track.sample_rate;
        frame->nb_samples = n;
        av_channel_layout_copy(&frame->ch_layout, &enc->ch_layout);
        if ((e = av_frame_get_buffer(frame, 0)) < 0) fail(av_err(e));
        for (int c = 0; c < track.channels; ++c) {
          auto* plane = reinterpret_cast<float*>(frame->extended_data[c]);
          for (int i = 0; i < n; ++i) plane[i] = track.samples[(next + i) * track.channels + c];
        }
        frame->pts = static_cast<std::int64_t>(next);
        if ((e = avcodec_send_frame(enc, frame)) < 0) fail("AAC: " + av_err(e));
        write_audio();
        next += static_cast<std::size_t>(n);
      }
      if (until < 0 && !flushed) {
        flushed = true;
        avcodec_send_frame(enc, nullptr);
        write_audio();
      }
    };
    const AVRational vtb = in->streams[vi]->time_base;
    while ((e = av_read_frame(in, pkt)) >= 0) {
      if (pkt->stream_index != vi) {
        av_packet_unref(pkt);
        continue;
      }
      const double t = pkt->dts != AV_NOPTS_VALUE ? pkt->dts * av_q2d(vtb) : 0.0;
      AVPacket* vp = av_packet_clone(pkt);
      av_packet_unref(pkt);
      if (!vp) fail("out of memory");
      encode_until(t);
      av_packet_rescale_ts(vp, vtb, vs->time_base);
      vp->stream_index = vs->index;
      vp->pos = -1;
      e = av_interleaved_write_frame(out, vp);
      av_packet_free(&vp);
      if (e < 0) fail("video packet: " + av_err(e));
    }
    encode_until(-1);
    if ((e = av_write_trailer(out)) < 0) fail("trailer: " + av_err(e));
    if ((e = avio_closep(&out->pb)) < 0) fail(av_err(e));
    if (::rename(tmp.c_str(), movie.c_str()) != 0) fail("cannot move the movie into place");
    cleanup(false);
  } catch (...) {
    cleanup(true);
    throw;
  }
}

}  // namespace manim::detail
