// SPDX-License-Identifier: GPL-3.0-or-later
// write_file_atomically: the target holds its earlier bytes or all the new ones, never a part, and
// is readable by its owner only.
#include "atomic_file.hpp"
#include "storage_fixtures.hpp"
#include "tempdir.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <cerrno>
#include <fstream>

namespace {

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 0777;
}

std::size_t entries_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}

// Write calls that fail as a full disk does: at once, after part of the bytes, or by writing nothing.
ssize_t full_at_once(int, const void*, std::size_t) {
    errno = ENOSPC;
    return -1;
}
ssize_t full_after_some(int fd, const void* data, std::size_t size) {
    static bool wrote = false;
    wrote = !wrote;
    if (!wrote) return full_at_once(fd, data, size);
    return ::write(fd, data, size < 3 ? size : 3);
}
ssize_t writes_nothing(int, const void*, std::size_t) { return 0; }

}  // namespace

TEST_CASE("an atomic write replaces the file whole and makes it readable by its owner only", "[storage][atomic_file]") {
    cramp::test::TempDir dir;
    const auto target = dir / "export.csv";
    {
        std::ofstream(target) << "the earlier export";
    }
    ::chmod(target.c_str(), 0644);
    REQUIRE(cramp::write_file_atomically(target, "the new export, longer than before").ok());
    CHECK(cramp::test::bytes(target) == "the new export, longer than before");
    CHECK(mode_of(target) == 0600);
    CHECK(entries_in(dir.path()) == 1);  // no temporary file left beside it

    REQUIRE(cramp::write_file_atomically(dir / "new.pdf", "").ok());  // a new, empty file is still a file
    CHECK(std::filesystem::exists(dir / "new.pdf"));
    CHECK(mode_of(dir / "new.pdf") == 0600);
}

TEST_CASE("a failed atomic write leaves the earlier file as it was and no temporary file", "[storage][atomic_file]") {
    auto [write_call, reason] = GENERATE(table<cramp::WriteCall, std::string>({
        {full_at_once, "No space left on device"},
        {full_after_some, "No space left on device"},
        {writes_nothing, "No space left on device"},
    }));
    cramp::test::TempDir dir;
    const auto target = dir / "report.pdf";
    {
        std::ofstream(target) << "the earlier report";
    }
    const std::string big(100'000, 'x');
    auto r = cramp::write_file_atomically(target, big, write_call);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("cannot write '" + target.string() + "'") != std::string::npos);
    CHECK(r.error().find(reason) != std::string::npos);
    CHECK(cramp::test::bytes(target) == "the earlier report");
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("an atomic write into a missing folder fails and creates nothing", "[storage][atomic_file]") {
    cramp::test::TempDir dir;
    auto r = cramp::write_file_atomically(dir / "missing" / "a.csv", "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("No such file or directory") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}
