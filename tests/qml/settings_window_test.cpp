// SPDX-License-Identifier: GPL-3.0-or-later
// Settings in the whole window: a profile typed is never lost (pages switched, the app restarted),
// a restore says what it brings and what it replaces, tells what it did and can be undone, the
// diaries restores replaced are listed; and a diary damaged while the window is open ends on the
// "could not be opened" screen, not in a crash.
#include "appwindow.hpp"
#include "backup.hpp"
#include "backups.hpp"
#include "cli.hpp"
#include "clock.hpp"
#include "diary.hpp"
#include "diarysettings.hpp"
#include "languagecontroller.hpp"
#include "night.hpp"

#include <QDir>
#include <QFile>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

template <typename T>
T* singleton(const cramp::test::AppWindow& app, const char* name) {
    return qmlEngine(app.window())->singletonInstance<T*>(qmlTypeId("CrampDiary", 1, 0, name));
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `n` cramps on the nights before the tests' now, and `free` cramp-free nights before those.
void addRecords(cramp::Diary& d, int n, int free) {
    for (int i = 0; i < n; ++i) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = d.now() - std::chrono::hours{24 * i + 20};
        QVERIFY(d.add_episode(e).ok());
    }
    const auto last = cramp::night_of(d.now() - std::chrono::hours{20}, "Asia/Shanghai", 12);
    for (int i = 0; i < free; ++i) QVERIFY(d.add_cramp_free_night(last - date::days{n + 1 + i}).ok());
}

bool openPage(const cramp::test::AppWindow& app, const char* page, const char* marker) {
    if (!QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, QString::fromLatin1(page)))) return false;
    return QTest::qWaitFor([&] { return app.item(marker) && app.visible(marker) && app.idle(); });
}

// Types `text` into the field `objectName` as a keyboard would.
bool typeInto(const cramp::test::AppWindow& app, const char* objectName, const QString& text) {
    auto* field = app.item(objectName);
    if (!field) return false;
    field->forceActiveFocus();
    if (!field->hasActiveFocus()) return false;
    for (const QChar c : text) QTest::keyClick(app.window(), c.toLatin1());
    return true;
}

QObject* openDialog(const cramp::test::AppWindow& app, const char* objectName) {
    // Settings has two restore flows (a chosen backup, a replaced diary): the one that is open.
    const auto open = [&]() -> QObject* {
        for (auto* d : app.window()->findChildren<QObject*>(QLatin1String(objectName)))
            if (d->property("opened").toBool()) return d;
        return nullptr;
    };
    (void)QTest::qWaitFor([&] { return open() != nullptr; });
    return open();
}

}  // namespace

class SettingsWindowTest : public QObject {
    Q_OBJECT
private slots:
    // In English, with its plural forms ("1 cramp", "3 cramps").
    void initTestCase() { LanguageController::installInitial(QStringLiteral("en")); }

    void aProfileTypedSurvivesSwitchingPagesAndARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            cramp::test::AppWindow app(path);
            QVERIFY(app.shown());
            QVERIFY(openPage(app, "settings", "settingsForm"));
            QVERIFY(!app.item("saveProfileButton"));  // saved as typed: no button to forget
            QVERIFY(typeInto(app, "nameField", QStringLiteral("Li Hua")));
            QVERIFY(typeInto(app, "birthYearField", QStringLiteral("1958")));
            // A medicine through the editor: its form, a name, saved (a new one starts tonight).
            QVERIFY(app.scrollTo("settingsForm", "addMedicineButton"));
            QVERIFY(app.click("addMedicineButton"));
            auto* form = openDialog(app, "medicineForm");
            QVERIFY(form);
            QVERIFY(typeInto(app, "medicineNameField", QStringLiteral("statin")));
            QVERIFY(app.click("medicineSave"));
            QTRY_VERIFY(!form->property("visible").toBool());
            QCOMPARE(app.prop("medicineName0", "text").toString(), QStringLiteral("statin"));
            QCOMPARE(app.prop("medicinePeriod0", "text").toString(), QStringLiteral("since 2026-11-30"));
            // Straight to another page, before the moment after the last key has passed.
            QVERIFY(openPage(app, "history", "historyList"));
            QVERIFY(openPage(app, "settings", "settingsForm"));
            QCOMPARE(app.prop("nameField", "text").toString(), QStringLiteral("Li Hua"));
            QCOMPARE(app.prop("birthYearField", "text").toString(), QStringLiteral("1958"));
            QCOMPARE(app.prop("medicineName0", "text").toString(), QStringLiteral("statin"));

            // A birth year out of range: said, kept on screen while the page is open, not saved.
            auto* year = app.item("birthYearField");
            QVERIFY(QMetaObject::invokeMethod(year, "selectAll"));
            QVERIFY(typeInto(app, "birthYearField", QStringLiteral("1800")));
            QTRY_VERIFY(app.prop("profileStatus", "text").toString().contains(QStringLiteral("1800")));
            QCOMPARE(app.prop("birthYearField", "text").toString(), QStringLiteral("1800"));
            QVERIFY(app.prop("birthYearField", "invalid").toBool());
            QVERIFY(typeInto(app, "nameField", QStringLiteral(" Jr")));
            QVERIFY(app.item("nameField")->hasActiveFocus());
            QCOMPARE(singleton<DiarySettings>(app, "DiarySettings")->profileBirthYear(), 1958);
            QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        }  // the window closes with an edit still waiting: it is written
        {
            cramp::test::AppWindow again(path);
            QVERIFY(again.shown());
            QVERIFY(openPage(again, "settings", "settingsForm"));
            QCOMPARE(again.prop("nameField", "text").toString(), QStringLiteral("Li Hua Jr"));
            QCOMPARE(again.prop("birthYearField", "text").toString(), QStringLiteral("1958"));
            QCOMPARE(again.prop("medicineName0", "text").toString(), QStringLiteral("statin"));
            QCOMPARE(again.prop("medicinePeriod0", "text").toString(), QStringLiteral("since 2026-11-30"));
            QVERIFY(!again.prop("birthYearField", "invalid").toBool());
        }
        // And the JSON export has the profile.
        std::ostringstream out, err;
        const std::string db = path.toStdString();
        const char* argv[] = {"crampdiary", "--db", db.c_str(), "export", "--format", "json"};
        QCOMPARE(cramp::cli::run(6, const_cast<char**>(argv), db, out, err), 0);
        const QString json = QString::fromStdString(out.str());
        QVERIFY2(json.contains(QStringLiteral("\"name\": \"Li Hua Jr\"")), qPrintable(json.left(400)));
        QVERIFY2(json.contains(QStringLiteral("\"birth_year\": 1958")), qPrintable(json.left(400)));
        // JSON version 2: the medicines as records, with the start the editor gave it.
        QVERIFY2(json.contains(QStringLiteral("\"medicines\": [\n      {\n        \"name\": \"statin\",\n        \"dose\": \"\",\n"
                                              "        \"start\": \"2026-11-30\",\n        \"stop\": null\n      }\n    ]")),
                 qPrintable(json.left(600)));
    }

    void aRestoreShowsBothDiariesSaysWhatItDidAndIsUndoneByteForByte() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backups/diary-20261101T000000Z.sqlite"));
        {
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            addRecords(*d, 1, 0);
            QVERIFY(cramp::backup_to_file(*d, backup.toStdString()).ok());
            addRecords(*d, 2, 1);  // the diary now: 3 cramps and a cramp-free night
        }
        const QByteArray before = bytesOf(path);
        cramp::test::AppWindow app(path, {1280, 800});
        QVERIFY(app.shown());
        QVERIFY(openPage(app, "settings", "settingsForm"));
        auto* flow = app.window()->findChild<QObject*>(QStringLiteral("backupRestore"));
        QVERIFY(flow);
        QVERIFY(flow->setProperty("file", QUrl::fromLocalFile(backup)));
        QVERIFY(QMetaObject::invokeMethod(flow, "open"));
        auto* confirm = openDialog(app, "restoreConfirm");
        QVERIFY(confirm);
        const QString body = confirm->property("body").toString();
        QVERIFY2(body.contains(QStringLiteral("The backup holds: 1 cramp and 0 cramp-free nights, from the night of 29 Nov 2026 "
                                              "to the night of 29 Nov 2026")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("The diary holds now: 3 cramps and 1 cramp-free night, from the night of 26 Nov 2026 "
                                              "to the night of 29 Nov 2026")), qPrintable(body));
        QCOMPARE(bytesOf(path), before);  // asking changed nothing
        QVERIFY(app.click("dialogAccept"));

        auto* outcome = openDialog(app, "restoreOutcome");
        QVERIFY(outcome);
        QVERIFY2(outcome->property("body").toString().contains(QStringLiteral("The diary now holds 1 cramp and 0 cramp-free nights")),
                 qPrintable(outcome->property("body").toString()));
        auto* backups = singleton<Backups>(app, "Backups");
        QCOMPARE(backups->replaced()->rowCount(), 1);
        const QString kept = backups->replaced()->get(0).value(QStringLiteral("file")).toUrl().toLocalFile();
        QVERIFY2(outcome->property("body").toString().contains(kept), qPrintable(kept));
        QCOMPARE(bytesOf(kept), before);
        QVERIFY(backups->canUndoRestore());

        // Undo: the replaced diary is back, byte for byte; the restored one is kept in turn.
        QVERIFY(app.click("dialogAccept"));
        QTRY_VERIFY(outcome->property("opened").toBool() &&
                    outcome->property("body").toString().startsWith(QStringLiteral("The restore is undone")));
        QVERIFY2(outcome->property("body").toString().contains(QStringLiteral("3 cramps and 1 cramp-free night")),
                 qPrintable(outcome->property("body").toString()));
        QVERIFY(!backups->canUndoRestore());
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(backups->replaced()->rowCount(), 2);
        QVERIFY(app.click("dialogReject"));
        QTRY_VERIFY(!outcome->property("opened").toBool());
        // The line under "Your data" keeps the outcome.
        QVERIFY(app.prop("transferMessage", "text").toString().startsWith(QStringLiteral("The restore is undone")));
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    void theReplacedDiariesAreListedWithWhatTheyHoldAndOneCanBeBroughtBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("elsewhere.sqlite"));
        {
            auto b = cramp::Diary::open(backup.toStdString(), cramp::test::fixedClock());
            QVERIFY(b.ok());
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            addRecords(*d, 2, 0);
        }
        QVERIFY(cramp::restore_backup(backup.toStdString(), path.toStdString(), cramp::test::fixedNow()).ok());
        // A damaged kept file is listed too, and cannot be brought back.
        QFile junk(path + QStringLiteral(".replaced-20260101T000000Z"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("damaged");
        junk.close();

        cramp::test::AppWindow app(path, {1280, 800});
        QVERIFY(app.shown());
        QVERIFY(openPage(app, "settings", "settingsForm"));
        auto* list = app.window()->findChild<QObject*>(QStringLiteral("replacedList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 2);
        auto* backups = singleton<Backups>(app, "Backups");
        const auto newest = backups->replaced()->get(0), oldest = backups->replaced()->get(1);
        QCOMPARE(newest.value(QStringLiteral("name")).toString(), QStringLiteral("diary.sqlite.replaced-20261130T010000Z"));
        QVERIFY2(newest.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("2 cramps and 0 cramp-free nights")),
                 qPrintable(newest.value(QStringLiteral("summary")).toString()));
        QVERIFY(newest.value(QStringLiteral("sound")).toBool());
        QVERIFY(oldest.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("cannot be restored: ")));
        QVERIFY(!oldest.value(QStringLiteral("sound")).toBool());
        QVERIFY(!app.item("restoreReplacedButton1")->isEnabled());

        QVERIFY(app.scrollToEnd("settingsForm"));
        QVERIFY(app.click("restoreReplacedButton0"));
        auto* confirm = openDialog(app, "restoreConfirm");
        QVERIFY(confirm);
        QVERIFY2(confirm->property("body").toString().contains(QStringLiteral("The diary holds now: no records")),
                 qPrintable(confirm->property("body").toString()));
        QVERIFY(app.click("dialogAccept"));
        auto* outcome = openDialog(app, "restoreOutcome");
        QVERIFY(outcome);
        QVERIFY2(outcome->property("body").toString().contains(QStringLiteral("The diary now holds 2 cramps")),
                 qPrintable(outcome->property("body").toString()));
        QTRY_COMPARE(list->property("count").toInt(), 3);
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    // A page of the diary damaged after the window opened it (and after the background check passed):
    // the reads that meet it end on the "could not be opened" screen, with why.
    void aPageDamagedWhileTheWindowIsOpenShowsTheErrorNotACrash() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            std::ostringstream out, err;
            const std::string db = path.toStdString();
            // Larger than SQLite's page cache (2 MB), so older nights are read from the file.
            const char* argv[] = {"crampdiary", "--db", db.c_str(), "demo", "--nights", "3650", "--episodes", "40000"};
            QCOMPARE(cramp::cli::run(8, const_cast<char**>(argv), db, out, err), 0);
        }
        cramp::test::AppWindow app(path);
        QVERIFY(app.shown());
        auto* backups = singleton<Backups>(app, "Backups");
        auto* session = singleton<DiarySession>(app, "DiaryFile");
        // The background check has passed once the day's backup is written.
        QTRY_VERIFY_WITH_TIMEOUT(!backups->latestBackup().isEmpty(), 30000);
        QVERIFY(session->isOpen());

        // Every page but the first (the header and the schema, read at open) gets a broken header.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        constexpr qint64 kPage = 4096;
        QVERIFY(f.size() > 2 * 1024 * 1024);
        for (qint64 at = kPage; at < f.size(); at += kPage) {
            QVERIFY(f.seek(at));
            QVERIFY(f.write(QByteArray(16, '\xff')) == 16);
        }
        f.close();

        QVERIFY(openPage(app, "history", "historyList"));
        auto* list = app.item("historyList");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (session->isOpen() && list) QMetaObject::invokeMethod(list, "positionViewAtEnd");
                return !session->isOpen();
            }(),
            20000);
        QVERIFY2(session->openError().contains(QStringLiteral("malformed")), qPrintable(session->openError()));
        QVERIFY2(session->openError().contains(path), qPrintable(session->openError()));
        // The window went back to Today, which says why and offers the latest backup.
        QTRY_VERIFY(app.visible("openErrorText") && app.idle());
        QVERIFY(app.prop("openErrorText", "text").toString().contains(QStringLiteral("malformed")));
        QVERIFY(app.visible("restoreLatestButton"));
        // Settings opens on the closed diary.
        QVERIFY(openPage(app, "settings", "settingsForm"));
    }
};

QTEST_MAIN(SettingsWindowTest)
#include "settings_window_test.moc"
