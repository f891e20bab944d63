// SPDX-License-Identifier: GPL-3.0-or-later
// Diary::open_read_only: what the read-only commands open. It creates nothing, reads what is there
// and refuses every write without touching the file.
#include "diary.hpp"
#include "storage_fixtures.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

using cramp::Diary;

TEST_CASE("a read-only open of a missing diary names it and creates nothing", "[storage][read-only]") {
    cramp::test::TempDir dir;
    const auto db = dir / "missing" / "diary.sqlite";
    auto d = Diary::open_read_only(db);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error() == "no diary at '" + db.string() + "'");
    CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}

TEST_CASE("a read-only diary reads what is there and refuses writes without changing a byte", "[storage][read-only]") {
    cramp::test::TempDir dir;
    const auto db = dir / "diary.sqlite";
    {
        auto d = Diary::open(db, [] { return cramp::test::kNow; });
        REQUIRE(d.ok());
        REQUIRE(d->add_episode(cramp::test::episode(1)).ok());
    }
    const auto before = cramp::test::bytes(db);
    auto d = Diary::open_read_only(db, [] { return cramp::test::kNow; });
    REQUIRE(d.ok());
    CHECK(d->episode_count() == 1);
    CHECK(d->episodes().front().note == "第1次");
    auto added = d->add_episode(cramp::test::episode(2));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error() == "cannot write the diary: attempt to write a readonly database");
    CHECK_FALSE(d->set_preference("theme", "night").ok());
    CHECK(cramp::test::bytes(db) == before);
}
