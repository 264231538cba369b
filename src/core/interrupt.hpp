// Internal: the process-wide interrupt request (Ctrl-C). The CLI's signal handler sets it;
// long waits (the compiler, the MathJax worker, frame loops) poll it and stop.
#pragma once

namespace manim::detail {

// Async-signal-safe.
void request_interrupt() noexcept;
bool interrupt_requested() noexcept;
void clear_interrupt() noexcept;

}  // namespace manim::detail
