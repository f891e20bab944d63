// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's memory does not grow with the size of a file: with every allocation of this test
// program counted (operator new is replaced below), checking a file of a million junk lines peaks
// no higher than checking ten thousand, and checking 20,000 valid rows no higher than 2,000 but for
// one bit a row. No timing: the counts are exact.
#include "csv.hpp"
#include "io_fixtures.hpp"
#include "tempdir.hpp"
#include "transfer.hpp"

#include <catch2/catch.hpp>

#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>

namespace {

std::atomic<long long> live{0}, peak{0};

void* counted(std::size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) throw std::bad_alloc();
    const long long now = live += static_cast<long long>(malloc_usable_size(p));
    for (long long was = peak; now > was && !peak.compare_exchange_weak(was, now);) {
    }
    return p;
}

void uncounted(void* p) noexcept {
    if (!p) return;
    live -= static_cast<long long>(malloc_usable_size(p));
    std::free(p);
}

}  // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }

using namespace cramp;

namespace {

// The highest number of bytes allocated at once while checking `path`, above what was allocated before.
long long peak_while_checking(const Diary& d, const std::filesystem::path& path) {
    const long long before = live;
    peak = before;
    auto plan = plan_import(d, ImportFile::path(path.string()));
    (void)plan;
    return peak - before;
}

void write_file(const std::filesystem::path& path, const std::string& line, int times) {
    std::ofstream out(path, std::ios::binary);
    out << csv::header_row();
    for (int i = 0; i < times; ++i) out << line;
}

}  // namespace

TEST_CASE("checking a file of junk takes the same memory for ten thousand lines as for a million", "[io][import][memory]") {
    test::TempDir dir;
    auto d = test::open_at(dir / "d.sqlite");
    write_file(dir / "small.csv", "a\r\n", 10'000);
    write_file(dir / "large.csv", "a\r\n", 1'000'000);
    const long long small = peak_while_checking(d, dir / "small.csv");
    const long long large = peak_while_checking(d, dir / "large.csv");
    CAPTURE(small, large);
    CHECK(large <= small + 4096);
    CHECK(large < 1024 * 1024);
}

TEST_CASE("checking valid rows keeps a bit a row, not the rows", "[io][import][memory]") {
    test::TempDir dir;
    auto d = test::open_at(dir / "d.sqlite");
    const std::string row = "episode,2026-03-02,2026-03-03T02:30:00+08:00,Asia/Shanghai,60,calf,left,5,lying,none,,no,no,yes,,"
                            "a note of some length, as a patient writes one\r\n";
    write_file(dir / "small.csv", row, 2'000);
    write_file(dir / "large.csv", row, 20'000);
    const long long small = peak_while_checking(d, dir / "small.csv");
    const long long large = peak_while_checking(d, dir / "large.csv");
    CAPTURE(small, large);
    CHECK(large <= small + 18'000 / 8 + 4096);
}
