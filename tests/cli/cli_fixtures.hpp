// SPDX-License-Identifier: GPL-3.0-or-later
// What the CLI tests share: running the built crampdiary (CRAMPDIARY_EXE) on a diary at a fixed
// now and zone, and a file's bytes, to show a refused command left the diary as it was.
#pragma once

#include "run_process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace cramp::test {

// Most CLI tests stand at 03:10 on 3 March 2026 in Shanghai: last night is 2 March.
inline const std::vector<std::string> kCliEnv{"CRAMPDIARY_NOW=2026-03-03T03:10:00+08:00", "CRAMPDIARY_ZONE=Asia/Shanghai"};

inline ProcessResult crampdiary_in(const std::vector<std::string>& env, const std::filesystem::path& db,
                                   std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), {"--db", db.string()});
    return run_process(CRAMPDIARY_EXE, args, env, input);
}

inline ProcessResult crampdiary(const std::filesystem::path& db, std::vector<std::string> args, const std::string& input = {}) {
    return crampdiary_in(kCliEnv, db, std::move(args), input);
}

inline std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A refused command: exit 2, `message` on stderr, nothing on stdout, the diary's file byte for byte
// as it was.
inline void check_refused(const std::filesystem::path& db, const std::vector<std::string>& args, const std::string& message) {
    const auto before = file_bytes(db);
    auto r = crampdiary(db, args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK(r.out.empty());
    CHECK(file_bytes(db) == before);
}

}  // namespace cramp::test
