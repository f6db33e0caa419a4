#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target is: libFuzzer's entry point, which the replay of the corpus calls too,
// and the check of an invariant that must hold whatever the input.

// Runs one input through a reader; returns 0 (libFuzzer's convention).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace salesplan {

// A broken invariant is a bug like a crash: say which one and abort, so that libFuzzer keeps the
// input and the replay in ctest fails.
inline void fuzzCheck(bool holds, const char *invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace salesplan
