// SPDX-License-Identifier: GPL-3.0-or-later
// The diary file: one SQLite database holding episodes, cramp-free nights, settings and the
// patient profile. Every write is one transaction; a file that is not a sound diary of a version we
// know is refused with a message naming it, and never written to.
#pragma once

#include "care.hpp"
#include "episode.hpp"
#include "medicine.hpp"
#include "result.hpp"
#include "settings.hpp"
#include "sqlite.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cramp {

// Marks a SQLite file as a Cramp Diary ("CRMP").
inline constexpr std::int32_t kApplicationId = 0x43524D50;

struct NightRange {
    Night from;
    Night to;  // inclusive
};

// What a diary holds, in the words a patient chooses between two diaries by (a restore shows the
// backup's beside the current diary's): its records and the nights they span.
struct DiarySummary {
    std::int64_t episodes = 0;
    std::int64_t cramp_free_nights = 0;
    std::optional<Night> first_night, last_night;  // of any record; none in an empty diary
    bool operator==(const DiarySummary&) const = default;
};

class Diary {
public:
    using Clock = std::function<Instant()>;

    // How open checks a file it did not just create. By default PRAGMA quick_check runs before open
    // returns (the command line, tests, everything but the window). Deferred (the window's start-up:
    // quick_check reads the whole file), open returns after the quick header checks (SQLite header,
    // application_id, schema version) and quick_check runs on a read-only connection of its own in a
    // background thread; every write waits for it and is refused with its error if it failed, so a
    // damaged file is never written; reads do not wait. A file open would write to (not yet in WAL
    // mode, or needing a schema upgrade) is still checked first. `on_checked`, if set, is called once
    // the outcome is known (see integrity()): on the check's thread, or before open returns when there
    // was nothing to defer (a diary created just now, or checked first).
    struct DeferredCheck {
        std::function<void()> on_checked;
    };

    // Opens (creating it and its folder if missing) the diary at `path`.
    static Result<Diary> open(const std::filesystem::path& path, Clock clock = {},
                              std::optional<DeferredCheck> deferred = std::nullopt);
    // Opens an existing diary for reading only (list, stats, export, report, check, backup): never
    // creates the file or its folder ("no diary at …" when it is missing), never writes to it, and
    // works on a read-only file or in a read-only folder. The same checks as open; writes fail.
    static Result<Diary> open_read_only(const std::filesystem::path& path, Clock clock = {});
    // Checks, without writing a byte, that `path` is a sound diary this version can read
    // (SQLite header, application_id, schema version, integrity_check). For restoring backups.
    static Result<void> check_file(const std::filesystem::path& path);
    // What the diary file at `path` holds, read as check_file reads it (read-only and immutable: not
    // a byte of it or beside it is written), after the same header checks and a quick_check; a file
    // that is not a sound diary is refused with check_file's words.
    static Result<DiarySummary> summarize_file(const std::filesystem::path& path);
    // What this diary holds now.
    DiarySummary summary() const;

    Diary(Diary&&) noexcept = default;
    Diary& operator=(Diary&&) noexcept = default;
    ~Diary() = default;

    const std::filesystem::path& path() const { return path_; }
    int schema_version() const;
    static int latest_schema_version();

    // Episodes. add validates, derives the night from the current day boundary, and removes a
    // cramp-free record of that night. Returns the new id.
    Result<std::int64_t> add_episode(Episode e);
    Result<void> update_episode(Episode e);
    Result<void> delete_episode(std::int64_t id);
    std::optional<Episode> episode(std::int64_t id) const;
    // Newest first. With a range, only episodes whose night lies in it.
    std::vector<Episode> episodes(std::optional<NightRange> range = std::nullopt) const;
    std::int64_t episode_count() const;
    // The most recent episode by onset (for "the site and side used last time").
    std::optional<Episode> latest_episode() const;

    // Cramp-free nights. Refused if the night already has an episode.
    Result<std::int64_t> add_cramp_free_night(Night night);
    Result<void> delete_cramp_free_night(std::int64_t id);
    std::vector<CrampFreeNight> cramp_free_nights(std::optional<NightRange> range = std::nullopt) const;

    // Care records (docs/rules.md, "Care records"): at most one per night; setting one replaces the
    // night's earlier record; an empty set is a record of "none of these". Ascending by night.
    Result<void> set_night_factors(Night night, EnumSet<CareItem> items);
    Result<void> delete_night_factors(Night night);
    std::vector<NightFactors> night_factors(std::optional<NightRange> range = std::nullopt) const;

    // Medicines (docs/rules.md, "Medicines"), validated on the way in. replace_medicines swaps the
    // whole list in one transaction (imports); ids are given anew. medicines(): undated first, then
    // by start night, then in the order entered.
    Result<std::int64_t> add_medicine(Medicine m);
    Result<void> update_medicine(const Medicine& m);
    Result<void> delete_medicine(std::int64_t id);
    Result<void> replace_medicines(const std::vector<Medicine>& list);
    std::vector<Medicine> medicines() const;

    // The first night with any record (episode or cramp-free night).
    std::optional<Night> first_record_night() const;
    // The night of the diary's first cramp (the report's "since when"); none in a diary without one.
    std::optional<Night> first_episode_night() const;

    // Settings. Changing the day boundary re-derives every episode's night in the same transaction.
    RuleSettings rule_settings() const;
    Result<void> set_rule_settings(const RuleSettings& s);
    Profile profile() const;
    Result<void> set_profile(const Profile& p);
    // Free-form preferences of the UI (language, theme, last used values).
    std::optional<std::string> preference(const std::string& key) const;
    Result<void> set_preference(const std::string& key, const std::string& value);

    // Runs several writes as one transaction: all or nothing (imports).
    Result<void> transaction(const std::function<Result<void>()>& body);

    // A consistent copy of the diary at `dest` (which must not exist), made with SQLite's online
    // backup API while the diary may be in use: written to a temporary file beside `dest`, synced
    // to disk with its folder, checked with quick_check, then renamed into place.
    Result<void> backup_to(const std::filesystem::path& dest) const;
    // PRAGMA integrity_check: "ok" or the problems found.
    std::string integrity_check() const;
    // The outcome of open's quick_check: waits for it while it runs in the background (DeferredCheck).
    Result<void> integrity() const;

    Instant now() const { return clock_(); }

private:
    Diary(std::filesystem::path path, sql::Db db, Clock clock);
    Result<void> write(const std::function<Result<void>()>& body);
    Result<std::int64_t> insert_episode(const Episode& e);
    Result<void> remove_cramp_free(Night night);

    struct BackgroundCheck;

    std::filesystem::path path_;
    sql::Db db_;
    Clock clock_;
    bool in_transaction_ = false;
    // The deferred quick_check, if any; last, so that it is stopped and joined before db_ closes.
    std::shared_ptr<BackgroundCheck> check_;
};

}  // namespace cramp
