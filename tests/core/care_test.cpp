// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md "Care records": the personal comparison of nights with and without each care item,
// on a diary worked out by hand below.
#include "care.hpp"
#include "medicine.hpp"

#include <catch2/catch.hpp>

#include <string>

using cramp::CareItem;
using cramp::Night;

namespace {

Night nov(int d) { return date::sys_days{date::year{2026} / 11 / d}; }

cramp::Episode ep(Night n) {
    cramp::Episode e;
    e.night = n;
    e.onset = cramp::Instant{n.time_since_epoch()} + std::chrono::hours{16};
    return e;
}

// Period 1–30 November.
//   1–7    cramp-free, care {calf_stretch}                 → with stretch, 0 cramps each
//   8–14   1 cramp each, care {} ("none of these")         → without, 1 cramp each
//   15     care {calf_stretch}, no cramp, no check-in      → not recorded: left out
//   16     2 cramps, no care record                        → left out
//   17     3 cramps, care {calf_stretch, cold_night}
//   31 Oct cramp-free with care {calf_stretch}             → outside the period
struct Hand {
    std::vector<cramp::Episode> episodes;
    std::vector<Night> free;
    std::vector<cramp::NightFactors> care;
};

Hand hand() {
    Hand h;
    for (int d = 1; d <= 7; ++d) {
        h.free.push_back(nov(d));
        h.care.push_back({nov(d), {CareItem::calf_stretch}});
    }
    for (int d = 8; d <= 14; ++d) {
        h.episodes.push_back(ep(nov(d)));
        h.care.push_back({nov(d), {}});
    }
    h.care.push_back({nov(15), {CareItem::calf_stretch}});
    h.episodes.push_back(ep(nov(16)));
    h.episodes.push_back(ep(nov(16)));
    for (int i = 0; i < 3; ++i) h.episodes.push_back(ep(nov(17)));
    h.care.push_back({nov(17), {CareItem::calf_stretch, CareItem::cold_night}});
    h.free.push_back(nov(1) - date::days{1});
    h.care.push_back({nov(1) - date::days{1}, {CareItem::calf_stretch}});
    return h;
}

}  // namespace

TEST_CASE("care comparisons count recorded nights with a care record, with and without each item", "[core][care]") {
    const Hand h = hand();
    const auto cmp = cramp::compare_factors(h.episodes, h.free, h.care, {nov(1), nov(30)});
    // item, nights with, cramps with, nights without, cramps without, shown
    auto [item, nw, cw, nwo, cwo, shown] = GENERATE(table<CareItem, int, int, int, int, bool>({
        {CareItem::calf_stretch, 8, 3, 7, 7, true},
        {CareItem::cold_night, 1, 3, 14, 7, false},
        {CareItem::foot_soak, 0, 0, 15, 10, false},
        {CareItem::sweating, 0, 0, 15, 10, false},
    }));
    const auto& c = cmp[static_cast<std::size_t>(item)];
    CAPTURE(cramp::to_string(item));
    CHECK(c.item == item);
    CHECK(c.nights_with == nw);
    CHECK(c.cramps_with == cw);
    CHECK(c.nights_without == nwo);
    CHECK(c.cramps_without == cwo);
    CHECK(c.shown() == shown);
}

TEST_CASE("a comparison needs at least 7 nights on each side", "[core][care]") {
    // Drop the care record of some nights of the hand diary: each side's count falls across 7.
    auto [dropped, with, without, shown] = GENERATE(table<std::vector<int>, int, int, bool>({
        {{}, 8, 7, true},
        {{1}, 7, 7, true},         // 7 and 7: exactly the minimum
        {{1, 2}, 6, 7, false},     // 6 with
        {{8}, 8, 6, false},        // 6 without
        {{16}, 8, 7, true},        // night 16 had no care record anyway
    }));
    CAPTURE(dropped);
    Hand h = hand();
    std::erase_if(h.care, [&](const cramp::NightFactors& f) {
        return std::find_if(dropped.begin(), dropped.end(), [&](int d) { return f.night == nov(d); }) != dropped.end();
    });
    const auto c = cramp::compare_factors(h.episodes, h.free, h.care, {nov(1), nov(30)})[0];
    CHECK(c.nights_with == with);
    CHECK(c.nights_without == without);
    CHECK(c.shown() == shown);
}

TEST_CASE("an empty diary compares nothing", "[core][care]") {
    for (const auto& c : cramp::compare_factors({}, {}, {}, {nov(1), nov(30)})) {
        CHECK(c.nights_with + c.nights_without == 0);
        CHECK_FALSE(c.shown());
    }
}

TEST_CASE("care items are spelled as the formats write them, in the stats JSON's order", "[core][care]") {
    CHECK(cramp::join(cramp::EnumSet<CareItem>{CareItem::cold_night, CareItem::calf_stretch}) == "calf_stretch;cold_night");
    auto parsed = cramp::parse_set<CareItem>("fluids;sweating");
    REQUIRE(parsed);
    CHECK(*parsed == cramp::EnumSet<CareItem>{CareItem::fluids, CareItem::sweating});
    CHECK_FALSE(cramp::parse_set<CareItem>("yoga"));
}

TEST_CASE("the old free-text medicines become one undated record per line or part, nothing dropped", "[core][medicine]") {
    auto [text, names] = GENERATE(table<std::string, std::vector<std::string>>({
        {"", {}},
        {"   \n ; ；", {}},
        {"furosemide", {"furosemide"}},
        {"diuretic (furosemide); statin", {"diuretic (furosemide)", "statin"}},
        {"二甲双胍；呋塞米 20 mg\n  atorvastatin 40 mg  \r\n", {"二甲双胍", "呋塞米 20 mg", "atorvastatin 40 mg"}},
        {"a;;b\n\nc", {"a", "b", "c"}},
    }));
    CAPTURE(text);
    std::vector<std::string> got;
    for (const auto& m : cramp::medicines_from_text(text)) {
        CHECK(m.id == 0);
        CHECK(m.dose.empty());
        CHECK_FALSE(m.start);
        CHECK_FALSE(m.stop);
        got.push_back(m.name);
    }
    CHECK(got == names);
}
