// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: checked copies made while the diary is written, one a day kept for a week, restored only
// when sound, with the replaced diary kept.
#include "backup.hpp"
#include "messages.hpp"
#include "night.hpp"
#include "storage_fixtures.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <map>

namespace fs = std::filesystem;
using namespace cramp;

namespace {
using test::kNow;
using test::episode;
}  // namespace

TEST_CASE("a backup made while another process writes restores to a sound diary", "[storage][backup]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    { REQUIRE(Diary::open(path, [] { return kNow; }).ok()); }
    // A writer process adds episodes, one transaction each, while this one backs up.
    int go[2];
    REQUIRE(pipe(go) == 0);
    pid_t writer = fork();
    REQUIRE(writer >= 0);
    if (writer == 0) {
        close(go[0]);
        auto d = Diary::open(path, [] { return kNow; });
        if (!d) _exit(2);
        for (int i = 0; i < 400; ++i) {
            if (!d->add_episode(episode(i))) _exit(3);
            if (i == 20) {
                auto w = write(go[1], "x", 1);  // enough written: start backing up
                (void)w;
            }
        }
        _exit(0);
    }
    close(go[1]);
    char c;
    REQUIRE(read(go[0], &c, 1) == 1);
    close(go[0]);
    std::vector<fs::path> copies;
    {
        auto d = Diary::open(path, [] { return kNow; });
        REQUIRE(d.ok());
        for (int k = 0; k < 5; ++k) {
            copies.push_back(dir / ("copy-" + std::to_string(k) + ".sqlite"));
            auto r = d->backup_to(copies.back());
            INFO((r.ok() ? std::string() : r.error()));
            REQUIRE(r.ok());
        }
    }
    int status = 0;
    waitpid(writer, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    for (const auto& copy : copies) {
        CHECK(Diary::check_file(copy).ok());
        CHECK_FALSE(fs::exists(copy.string() + "-wal"));  // one self-contained file
        const auto restored = dir / "restored" / "diary.sqlite";
        fs::create_directories(restored.parent_path());
        fs::remove(restored);
        REQUIRE(restore_backup(copy, restored, kNow).ok());
        auto d = Diary::open(restored, [] { return kNow; });
        REQUIRE(d.ok());
        CHECK(d->integrity_check() == "ok");
        CHECK(d->episode_count() >= 21);
        CHECK(d->episode_count() <= 400);
    }
}

TEST_CASE("one automatic backup a day, the last seven kept", "[storage][backup][daily]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    auto d = Diary::open(path, [] { return kNow; });
    REQUIRE(d.ok());
    const auto folder = backup_folder_for(path);
    CHECK(folder == dir / "backups");
    const Night first = date::sys_days{date::year{2026} / 2 / 20};
    for (int day = 0; day < 10; ++day) {
        REQUIRE(d->add_episode(episode(day)).ok());
        auto made = ensure_daily_backup(*d, folder, first + date::days{day});
        REQUIRE(made.ok());
        CHECK(made->has_value());
        auto again = ensure_daily_backup(*d, folder, first + date::days{day});  // second use that day
        REQUIRE(again.ok());
        CHECK_FALSE(again->has_value());
    }
    auto all = list_backups(folder);
    REQUIRE(all.size() == 7);
    CHECK(all.front().filename() == "diary-2026-03-01.sqlite");
    CHECK(all.back().filename() == "diary-2026-02-23.sqlite");
    CHECK(latest_backup(folder) == all.front());
    auto newest = Diary::open(all.front());
    REQUIRE(newest.ok());
    CHECK(newest->episode_count() == 10);
}

TEST_CASE("restore refuses an unsound backup and changes nothing, and a sound one keeps the replaced diary",
          "[storage][backup][restore]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    {
        auto d = Diary::open(path, [] { return kNow; });
        REQUIRE(d.ok());
        REQUIRE(d->add_episode(episode(1)).ok());
        REQUIRE(d->backup_to(dir / "good.sqlite").ok());
        REQUIRE(d->add_episode(episode(2)).ok());
    }
    std::ofstream(dir / "bad.sqlite") << "not a diary";
    auto refused = restore_backup(dir / "bad.sqlite", path, kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().find("the backup cannot be restored") != std::string::npos);
    CHECK(Diary::open(path)->episode_count() == 2);

    auto kept = restore_backup(dir / "good.sqlite", path, kNow);
    REQUIRE(kept.ok());
    CHECK(kept->filename() == "diary.sqlite.replaced-20260303T000000Z");
    CHECK(Diary::open(path)->episode_count() == 1);
    CHECK(Diary::open(*kept)->episode_count() == 2);
}

TEST_CASE("a failed backup or restore says why in translatable templates, with paths and system messages verbatim",
          "[storage][backup][errors][message]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    auto d = Diary::open(path, [] { return kNow; });
    REQUIRE(d.ok());
    REQUIRE(d->add_episode(episode(1)).ok());
    REQUIRE(d->backup_to(dir / "good.sqlite").ok());
    std::ofstream(dir / "bad.sqlite") << "not a diary";
    std::ofstream(dir / "a-file") << "x";
    auto q = [](const fs::path& p) { return "'" + p.string() + "'"; };

    struct Row {
        std::string name;
        Result<void> r;
        std::string marked;  // empty: only the start is known (a system message follows)
        std::string starts;
        std::vector<std::string> verbatim;  // leading verbatim pieces
    };
    auto as_void = [](const auto& r) -> Result<void> {
        if (r) return {};
        return r.failure();
    };
    const std::vector<Row> rows = {
        {"target exists", d->backup_to(dir / "good.sqlite"), "<<backup target " + q(dir / "good.sqlite") + " already exists>>", "",
         {q(dir / "good.sqlite")}},
        {"unsound backup", as_void(restore_backup(dir / "bad.sqlite", dir / "restored.sqlite", kNow)),
         "<<the backup cannot be restored: <<" + q(dir / "bad.sqlite") + " is not a Cramp Diary file (not an SQLite database)>>>>", "",
         {q(dir / "bad.sqlite")}},
        {"missing backup", as_void(restore_backup(dir / "none.sqlite", dir / "restored.sqlite", kNow)),
         "<<the backup cannot be restored: <<" + q(dir / "none.sqlite") + " does not exist>>>>", "", {q(dir / "none.sqlite")}},
        {"backup folder is a file", as_void(ensure_daily_backup(*d, dir / "a-file" / "backups", date::sys_days{date::year{2026} / 3 / 3})),
         "", "<<cannot create the backup folder " + q(dir / "a-file" / "backups") + ": ", {q(dir / "a-file" / "backups")}},
    };
    for (const auto& r : rows) {
        CAPTURE(r.name);
        REQUIRE_FALSE(r.r.ok());
        const std::string shown = test::marked(r.r.problem());
        CAPTURE(shown);
        if (!r.marked.empty()) CHECK(shown == r.marked);
        else CHECK(shown.starts_with(r.starts));
        CHECK(test::unmarked(shown) == r.r.error());
        auto pieces = test::verbatim_pieces(r.r.problem());
        REQUIRE(pieces.size() >= r.verbatim.size());
        CHECK(std::vector<std::string>(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(r.verbatim.size())) == r.verbatim);
    }
    CHECK(Diary::open(path)->episode_count() == 1);
}

TEST_CASE("a backup asked for is named by the diary's clock, its missing folder made owner-only, and never overwrites",
          "[storage][backup]") {
    test::TempDir dir;
    auto d = Diary::open(dir / "diary.sqlite", [] { return kNow; });
    REQUIRE(d.ok());
    REQUIRE(d->add_episode(episode(1)).ok());

    const auto folder = dir / "backups";
    auto now = backup_now(*d, folder);
    REQUIRE(now.ok());
    CHECK(*now == folder / "diary-20260303T000000Z.sqlite");
    CHECK((fs::status(folder).permissions() & fs::perms::all) == fs::perms::owner_all);
    CHECK(Diary::open(*now)->episode_count() == 1);
    // Twice in the same second: the first is kept, the second refused.
    auto again = backup_now(*d, folder);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().find("already exists") != std::string::npos);

    // At a path of one's own, in folders that do not exist yet.
    auto own = backup_to_file(*d, dir / "a" / "b" / "copy.sqlite");
    REQUIRE(own.ok());
    CHECK(Diary::open(*own)->episode_count() == 1);
    CHECK((fs::status(dir / "a" / "b").permissions() & fs::perms::all) == fs::perms::owner_all);

    // A folder that cannot be made: said, nothing written.
    std::ofstream(dir / "file") << "x";
    auto blocked = backup_to_file(*d, dir / "file" / "copy.sqlite");
    REQUIRE_FALSE(blocked.ok());
    CHECK(test::marked(blocked.problem()).starts_with("<<cannot create the backup folder"));
}

namespace {
// Every file in `folder` with its bytes: what "every file as it was" is compared against.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> out;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.is_regular_file()) out[entry.path().filename().string()] = test::bytes(entry.path());
    }
    return out;
}

// A diary whose last saved cramps are still only in its -wal file, as a diary is while the app
// has it open: copied, all three files, while another connection holds it open.
void make_diary_with_wal(const fs::path& source_dir, const fs::path& dest_dir, int episodes) {
    const auto src = source_dir / "diary.sqlite";
    auto d = Diary::open(src, [] { return kNow; });
    REQUIRE(d.ok());
    for (int i = 1; i <= episodes; ++i) REQUIRE(d->add_episode(episode(i)).ok());
    REQUIRE(fs::exists(source_dir / "diary.sqlite-wal"));
    fs::create_directories(dest_dir);
    for (const char* name : {"diary.sqlite", "diary.sqlite-wal", "diary.sqlite-shm"})
        fs::copy_file(source_dir / name, dest_dir / name, fs::copy_options::overwrite_existing);
}
// A diary of three cramps in `live`, the last of them still in its -wal, and dir/backup.sqlite, a
// backup of another diary with one cramp: what the restore tests restore over.
void make_restore_scene(const fs::path& dir, const fs::path& live) {
    make_diary_with_wal(dir, live, 3);
    auto b = Diary::open(dir / "b.sqlite", [] { return kNow; });
    REQUIRE(b.ok());
    REQUIRE(b->add_episode(episode(9)).ok());
    REQUIRE(b->backup_to(dir / "backup.sqlite").ok());
}
}  // namespace

TEST_CASE("a restore that fails at any step leaves every file as it was and names the step and the reason",
          "[storage][backup][restore][faults]") {
    test::TempDir dir;
    const auto live = dir / "live";
    const auto path = live / "diary.sqlite";
    make_restore_scene(dir.path(), live);
    const auto before = snapshot(live);
    REQUIRE(before.count("diary.sqlite-wal") == 1);
    const std::string reason = std::make_error_code(std::errc::no_space_on_device).message();

    struct Row {
        RestoreStep step;
        std::string starts;  // the English message begins so
    };
    const auto q = [](const fs::path& p) { return "'" + p.string() + "'"; };
    const std::vector<Row> rows = {
        {RestoreStep::check_backup, "the backup cannot be restored: "},
        {RestoreStep::copy, "cannot copy the backup " + q(dir / "backup.sqlite") + " beside the diary: "},
        {RestoreStep::sync_copy, "cannot copy the backup " + q(dir / "backup.sqlite") + " to '" + path.string() + ".restoring-"},
        {RestoreStep::check_copy, "the copy '" + path.string() + ".restoring-"},
        {RestoreStep::keep_diary, "cannot keep the current diary as " + q(path.string() + ".replaced-20260303T000000Z") + ": "},
        {RestoreStep::keep_side_files, "cannot keep " + q(path.string() + "-wal") + " as "},
        {RestoreStep::set_aside, "cannot set aside " + q(path.string() + "-wal") + ": "},
        {RestoreStep::put_in_place, "cannot put the restored diary at " + q(path) + ": "},
        {RestoreStep::sync_folder, "cannot sync " + q(live) + " to disk: "},
    };
    for (const auto& row : rows) {
        CAPTURE(static_cast<int>(row.step));
        auto r = restore_backup(dir / "backup.sqlite", path, kNow, [&](RestoreStep s) {
            return s == row.step ? std::make_error_code(std::errc::no_space_on_device) : std::error_code{};
        });
        REQUIRE_FALSE(r.ok());
        CAPTURE(r.error());
        CHECK(r.error().starts_with(row.starts));
        CHECK(r.error().ends_with(reason));
        CHECK(r.error().find("Success") == std::string::npos);
        CHECK(snapshot(live) == before);
    }
    // And the diary still holds what its WAL held.
    auto d = Diary::open(path);
    REQUIRE(d.ok());
    CHECK(d->episode_count() == 3);
}

TEST_CASE("a restore keeps the replaced diary with its -wal, and two restores in one second keep both",
          "[storage][backup][restore]") {
    test::TempDir dir;
    const auto live = dir / "live";
    const auto path = live / "diary.sqlite";
    make_restore_scene(dir.path(), live);
    auto first = restore_backup(dir / "backup.sqlite", path, kNow);
    REQUIRE(first.ok());
    CHECK(first->filename() == "diary.sqlite.replaced-20260303T000000Z");
    CHECK(fs::exists(first->string() + "-wal"));
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
    {
        // The restored diary is the backup's, not the backup with the old WAL replayed into it.
        auto d = Diary::open(path);
        REQUIRE(d.ok());
        CHECK(d->episode_count() == 1);
    }
    auto second = restore_backup(dir / "backup.sqlite", path, kNow);
    REQUIRE(second.ok());
    CHECK(second->filename() == "diary.sqlite.replaced-20260303T000000Z-2");
    // The first kept diary is untouched and still holds its three cramps, WAL included.
    auto kept = Diary::open(*first);
    REQUIRE(kept.ok());
    CHECK(kept->episode_count() == 3);
    for (const auto& entry : fs::directory_iterator(live))
        CHECK(entry.path().filename().string().find(".restoring") == std::string::npos);
}

TEST_CASE("a diary file's summary counts its cramps and cramp-free nights and spans its nights, without writing a byte",
          "[storage][backup][summary]") {
    using date::days;
    const Night n0 = night_of(episode(0).onset, "Asia/Shanghai", 12);
    struct Row {
        const char* what;
        std::vector<int> cramps_nights_before;  // one cramp on each of these nights before n0
        std::vector<int> free_nights_before;
        DiarySummary expected;
    };
    const std::vector<Row> rows = {
        {"an empty diary", {}, {}, {0, 0, std::nullopt, std::nullopt}},
        {"cramps only", {0, 0, 5}, {}, {3, 0, n0 - days{5}, n0}},
        {"cramp-free nights only", {}, {2, 9}, {0, 2, n0 - days{9}, n0 - days{2}}},
        {"the first night a cramp-free one, the last a cramp", {1}, {3, 40}, {1, 2, n0 - days{40}, n0 - days{1}}},
        {"the first night a cramp, the last a cramp-free one", {30}, {4}, {1, 1, n0 - days{30}, n0 - days{4}}},
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        test::TempDir dir;
        const auto path = dir / "diary.sqlite";
        {
            auto d = Diary::open(path, [] { return kNow; });
            REQUIRE(d.ok());
            for (int back : row.cramps_nights_before) {
                auto e = episode(0);
                e.onset -= days{back};
                REQUIRE(d->add_episode(e).ok());
            }
            for (int back : row.free_nights_before) REQUIRE(d->add_cramp_free_night(n0 - days{back}).ok());
            CHECK(d->summary() == row.expected);
        }
        const std::string before = test::bytes(path);
        auto s = Diary::summarize_file(path);
        REQUIRE(s.ok());
        CHECK(*s == row.expected);
        CHECK(test::bytes(path) == before);
        CHECK_FALSE(fs::exists(path.string() + "-wal"));
        CHECK_FALSE(fs::exists(path.string() + "-shm"));
    }
}

TEST_CASE("a file that is not a sound diary has no summary, only check_file's words", "[storage][backup][summary]") {
    test::TempDir dir;
    const auto path = dir / "junk.sqlite";
    std::ofstream(path) << "not a diary";
    auto s = Diary::summarize_file(path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == Diary::check_file(path).error());
    CHECK(test::bytes(path) == "not a diary");
}

TEST_CASE("the replaced diaries are listed newest first, without their side files or other diaries' ones",
          "[storage][backup][restore]") {
    test::TempDir dir;
    const auto path = dir / "diary.sqlite";
    for (const char* name : {"diary.sqlite", "diary.sqlite.replaced-20260301T101010Z", "diary.sqlite.replaced-20260301T101010Z-wal",
                             "diary.sqlite.replaced-20260302T000000Z", "diary.sqlite.replaced-20260302T000000Z-2",
                             "diary.sqlite.replaced-20260302T000000Z-10", "diary.sqlite.replaced-20260302T000000Z-shm",
                             "other.sqlite.replaced-20260305T000000Z", "diary.sqlite.replaced-yesterday"})
        std::ofstream(dir / name) << "x";
    std::vector<std::string> names;
    for (const auto& p : list_replaced(path)) names.push_back(p.filename().string());
    CHECK(names == std::vector<std::string>{"diary.sqlite.replaced-20260302T000000Z-10", "diary.sqlite.replaced-20260302T000000Z-2",
                                            "diary.sqlite.replaced-20260302T000000Z", "diary.sqlite.replaced-20260301T101010Z"});
}
