// SPDX-License-Identifier: GPL-3.0-or-later
// One app ID: the settings are named after it (not "Unknown Organization"), a language chosen
// before that is carried over once, and the diary stays exactly where earlier versions kept it.
#include "paths.hpp"
#include "run_process.hpp"
#include "tempdir.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

namespace {

using cramp::test::TempDir;

QString q(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// The default diary as versions before the app ID computed it: the app-data folder with no
// organisation and the application "crampdiary".
std::filesystem::path diaryPathBeforeAppId() {
    const QString org = QCoreApplication::organizationName(), app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("crampdiary"));
    const auto dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    return std::filesystem::path(dir.toStdString()) / "diary.sqlite";
}

void writeFile(const std::filesystem::path& p, const std::string& text) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("the default diary stays at $XDG_DATA_HOME/crampdiary/diary.sqlite under the app ID's names") {
    TempDir home;
    struct Row {
        const char* xdgDataHome;  // nullptr: unset
        std::filesystem::path expected;
    };
    const Row rows[] = {
        {"data", home / "data/crampdiary/diary.sqlite"},
        {nullptr, home.path() / ".local/share/crampdiary/diary.sqlite"},
    };
    ::setenv("HOME", home.path().c_str(), 1);
    for (const auto& row : rows) {
        if (row.xdgDataHome) ::setenv("XDG_DATA_HOME", (home / row.xdgDataHome).c_str(), 1);
        else ::unsetenv("XDG_DATA_HOME");
        setAppIdentity();
        CAPTURE(row.expected.string());
        CHECK(defaultDiaryPath() == row.expected);
        CHECK(defaultDiaryPath() == diaryPathBeforeAppId());
    }
}

TEST_CASE("the command line writes its default diary where earlier versions did") {
    TempDir home;
    ::setenv("HOME", home.path().c_str(), 1);
    ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    const auto r = cramp::test::run_process(CRAMPDIARY_EXE, {"checkin", "--night", "2026-03-01"});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(std::filesystem::exists(home / "data/crampdiary/diary.sqlite"));
    CHECK_FALSE(std::filesystem::exists(home / "config/Unknown Organization"));
}

TEST_CASE("settings live under the app ID's names, and an earlier language choice is carried over once") {
    TempDir home;
    // Before the first QSettings of this process: QSettings reads the folder once.
    ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    setAppIdentity();
    CHECK(QCoreApplication::organizationDomain() == QStringLiteral("crampdiary.org"));
    CHECK(QSettings().fileName() == q(home / "config/crampdiary/CrampDiary.conf"));
    const QString legacy = legacySettingsFile();
    CHECK(legacy == q(home / "config/Unknown Organization/crampdiary.conf"));

    // No earlier file: nothing to carry.
    CHECK_FALSE(carryOverLanguage(legacy));
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));

    // An earlier file without a language: nothing either.
    writeFile(legacy.toStdString(), "[General]\nother=1\n");
    CHECK_FALSE(carryOverLanguage(legacy));
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));

    // The earlier choice is taken, and the earlier file kept as it was.
    writeFile(legacy.toStdString(), "[General]\nlanguage=zh_CN\n");
    CHECK(carryOverLanguage(legacy));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));
    CHECK(QFile::exists(legacy));

    // Once: a choice made since is never overwritten by the earlier one.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    CHECK_FALSE(carryOverLanguage(legacy));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
}
