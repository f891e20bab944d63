// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: FUZZ_CHECK, which aborts with the broken invariant (libFuzzer keeps
// the input), and the replay executables' loop (csv_fuzz_replay, json_fuzz_replay): every file
// given, or every file of every folder given, read in name order and handed to `run`; it fails when
// a file cannot be read or there was nothing to run.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace fuzz {

[[noreturn]] inline void violated(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz: invariant violated: %s\n  %s\n", what, detail.c_str());
    std::abort();
}

#define FUZZ_CHECK(cond, detail)                                  \
    do {                                                          \
        if (!(cond)) ::fuzz::violated(#cond, std::string(detail)); \
    } while (0)

inline int replay(int argc, char** argv, const std::function<void(const std::filesystem::path&, const std::string&)>& run) {
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path p = argv[i];
        if (std::filesystem::is_directory(p)) {
            for (const auto& entry : std::filesystem::directory_iterator(p))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else {
            files.push_back(p);
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", f.c_str());
            return 1;
        }
        run(f, std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
    }
    std::printf("%zu inputs replayed\n", files.size());
    return files.empty() ? 1 : 0;
}

}  // namespace fuzz
