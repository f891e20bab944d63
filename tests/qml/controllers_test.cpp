// SPDX-License-Identifier: GPL-3.0-or-later
// The controllers behind the Report page and Settings' "Your data", with a real diary file (at the
// tests' fixed time):
// the on-screen report pages are the PDF's pages (painted by the same code; compared with
// poppler's rendering of the saved PDF), and an import is checked, shown, and written only on a yes.
#include "backups.hpp"
#include "clock.hpp"
#include "datatransfer.hpp"
#include "diarysession.hpp"
#include "entries.hpp"
#include "languagecontroller.hpp"
#include "night.hpp"
#include "reportmodel.hpp"
#include "thememode.hpp"
#include "run_process.hpp"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <date/tz.h>

#include <memory>

namespace {

void fillDiary(const QString& path, int cramps) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    const auto now = d->now();
    for (int i = 0; i < cramps; ++i) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = now - std::chrono::hours{23 * i + 3};
        e.intensity = 2 + i % 8;
        e.duration_s = 30 + 15 * i;
        e.note = i % 3 == 0 ? "左小腿，伸展后缓解" : "";
        QVERIFY(d->add_episode(e).ok());
    }
}

// The share of a page's pixels that are ink (darker than light grey).
double ink(const QImage& img) {
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar* line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) dark += line[x] < 160;
    }
    return double(dark) / (double(g.width()) * g.height());
}

// How different two pages look: the mean grey difference of 60 × 85 thumbnails, 0–255.
double difference(const QImage& a, const QImage& b) {
    const auto thumb = [](const QImage& i) {
        return i.convertToFormat(QImage::Format_Grayscale8).scaled(60, 85, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };
    const QImage x = thumb(a), y = thumb(b);
    double sum = 0;
    for (int r = 0; r < 85; ++r)
        for (int c = 0; c < 60; ++c) sum += std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c]));
    return sum / (60 * 85);
}

// The instant of a wall-clock time ("2026-03-29 06:59") in `zone` (the earlier of a repeated hour).
cramp::Instant at(const QString& local, const char* zone) {
    const QDate day = QDate::fromString(local.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(local.mid(11), QStringLiteral("HH:mm"));
    const date::local_seconds t = date::local_days{date::days{QDate(1970, 1, 1).daysTo(day)}} + std::chrono::seconds{time.msecsSinceStartOfDay() / 1000};
    return date::locate_zone(zone)->to_sys(t, date::choose::earliest);
}

}  // namespace

class ControllersTest : public QObject {
    Q_OBJECT
private slots:
    // The messages are checked in English, with its plural forms.
    void initTestCase() { LanguageController::installInitial(QStringLiteral("en")); }

    void reportPagesOnScreenAreThePdfPages() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fillDiary(path, 60);
        DiarySession diary(path, cramp::test::fixedClock());
        QVERIFY(diary.isOpen());
        ReportModel report;
        report.setLanguage(QStringLiteral("en"));
        report.setSession(&diary);
        report.setWeeks(12);
        QTRY_VERIFY(report.pageCount() >= 2);  // the summary, then the table of 60 cramps
        QCOMPARE(report.error(), QString());

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(report.savePdf(QUrl::fromLocalFile(pdf)));
        QCOMPARE(report.savedPath(), pdf);
        QVERIFY(QFile::exists(pdf));

        // Page 1 as the screen shows it and as poppler renders the saved PDF, at 100 dpi.
        const QImage screen1 = report.pageImage(0, 100.0 / 72);
        QCOMPARE(screen1.size(), QSize(826, 1169));
        auto r = cramp::test::run_process(PDFTOPPM, {"-r", "100", "-f", "1", "-l", "2", "-png", pdf.toStdString(),
                                                     dir.filePath(QStringLiteral("page")).toStdString()});
        QCOMPARE(r.exit_code, 0);
        const QImage pdf1(dir.filePath(QStringLiteral("page-1.png"))), pdf2(dir.filePath(QStringLiteral("page-2.png")));
        QVERIFY(!pdf1.isNull() && !pdf2.isNull());
        const double same = difference(screen1, pdf1), other = difference(screen1, pdf2);
        qInfo() << "page 1 on screen vs PDF page 1:" << same << " vs PDF page 2:" << other << " ink:" << ink(screen1);
        QVERIFY(ink(screen1) > 0.01);
        QVERIFY2(same < 4, qPrintable(QString::number(same)));
        QVERIFY2(other > 3 * same, qPrintable(QString::number(other)));
        QDir().mkpath(QStringLiteral(PNG_DIR));
        QVERIFY(screen1.save(QStringLiteral(PNG_DIR "/report-screen-page1.png")));

        // The report's language changes the pages, not the app's.
        const QImage english = report.pageImage(0, 1);
        report.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(report.language(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(difference(report.pageImage(0, 1), english) > 1);
        QVERIFY(report.pageImage(report.pageCount(), 1).isNull());
    }

    void todaysEvidenceNamesNightsByDayAndMonth() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fillDiary(path, 5);  // 5 cramps in 5 nights: over the threshold of 3
        DiarySession diary(path, cramp::test::fixedClock());
        Entries entries(&diary);
        const auto signalList = entries.today()->property("activeSignals").toList();
        QVERIFY(!signalList.isEmpty());
        const QString evidence = signalList.first().toMap().value(QStringLiteral("evidence")).toString();
        // "to 29 Nov", never "11/29/26", which a reader may take either way round.
        QVERIFY2(QRegularExpression(QStringLiteral("to \\d{1,2} [A-Z][a-z]{2}\\.")).match(evidence).hasMatch(), qPrintable(evidence));
        QVERIFY2(!evidence.contains(QLatin1Char('/')), qPrintable(evidence));
    }

    void customPeriodProblemsAreNamed() {
        QTemporaryDir dir;
        DiarySession diary(dir.filePath(QStringLiteral("diary.sqlite")), cramp::test::fixedClock());
        ReportModel report;
        report.setSession(&diary);
        report.setWeeks(0);
        report.setCustomFrom(QStringLiteral("2026-13-01"));
        report.setCustomTo(QStringLiteral("2026-03-01"));
        QTRY_VERIFY(report.error().contains(QStringLiteral("2026-13-01")));
        QCOMPARE(report.pageCount(), 0);
        QVERIFY(!report.savePdf(QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.pdf")))));
        report.setCustomFrom(QStringLiteral("2016-01-01"));
        report.setCustomTo(QStringLiteral("2026-12-31"));
        QTRY_VERIFY(report.error().contains(QStringLiteral("ten years")));
        report.setCustomFrom(QStringLiteral("2026-01-01"));
        QTRY_COMPARE(report.error(), QString());
        QCOMPARE(report.pageCount(), 1);  // an empty period: one page, no error
    }

    void importIsCheckedShownAndWrittenOnlyOnYes() {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("from.sqlite"));
        fillDiary(from, 5);
        DiarySession source(from, cramp::test::fixedClock());
        DataTransfer out;
        out.setSession(&source);
        const QString csv = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(out.exportTo(QUrl::fromLocalFile(csv), QStringLiteral("csv")));
        QVERIFY(out.message().contains(csv));
        QCOMPARE(QFile::permissions(csv) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        {
            // "CSV, for spreadsheets": the spreadsheet mode, with its BOM.
            QFile exported(csv);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            QVERIFY(exported.readAll().startsWith("\xEF\xBB\xBFkind,night,"));
        }
        QVERIFY(out.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("export.json"))), QStringLiteral("json")));
        QVERIFY(out.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("export.fhir.json"))), QStringLiteral("fhir")));
        QVERIFY(!out.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("x"))), QStringLiteral("xml")));

        DiarySession target(dir.filePath(QStringLiteral("to.sqlite")), cramp::test::fixedClock());
        Entries targetEntries(&target);
        DataTransfer in;
        in.setSession(&target);
        QVERIFY(in.checkImport(QUrl::fromLocalFile(csv)));
        QVERIFY(in.importPending());
        QVERIFY2(in.importSummary().startsWith(QStringLiteral("To add: 5 cramps and 0 cramp-free nights.")), qPrintable(in.importSummary()));
        // Checked, not written: cancelling leaves the diary as it was.
        in.cancelImport();
        QCOMPARE(target.diary()->episode_count(), 0);
        QVERIFY(in.checkImport(QUrl::fromLocalFile(csv)));
        QVERIFY(in.commitImport());
        QCOMPARE(target.diary()->episode_count(), 5);
        QCOMPARE(targetEntries.history()->rowCount() > 0, true);
        QVERIFY(!in.importPending());
        // The same file again: everything is already there.
        QVERIFY(in.checkImport(QUrl::fromLocalFile(csv)));
        QVERIFY2(in.importSummary().contains(QStringLiteral("To add: 0 cramps and 0 cramp-free nights. Already in the diary, so skipped: 5 cramps and 0 cramp-free nights.")), qPrintable(in.importSummary()));
        in.cancelImport();

        // A damaged file: every problem listed, nothing written.
        QFile bad(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QFile good(csv);
        QVERIFY(good.open(QIODevice::ReadOnly));
        bad.write(good.readAll().replace(",calf,", ",knee,"));
        bad.close();
        QVERIFY(!in.checkImport(QUrl::fromLocalFile(bad.fileName())));
        QVERIFY(!in.importPending());
        QVERIFY2(in.importProblems().contains(QStringLiteral("line 2, site")), qPrintable(in.importProblems()));
        QVERIFY(in.error().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(target.diary()->episode_count(), 5);
        QVERIFY(!in.checkImport(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.csv")))));
        QVERIFY(in.error().contains(QStringLiteral("missing.csv")));
    }

    void backupNowWritesACheckedCopy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fillDiary(path, 3);
        DiarySession diary(path, cramp::test::fixedClock());
        Backups t(&diary);
        QSignalSpy latest(&t, &Backups::backupsChanged);
        QVERIFY(t.backupNow());
        QCOMPARE(latest.count(), 1);
        const QString written = t.message().section(QStringLiteral("to "), 1).chopped(1);
        QVERIFY2(QFile::exists(written), qPrintable(t.message()));
        auto copy = cramp::Diary::open(written.toStdString());
        QVERIFY(copy.ok());
        QCOMPARE(copy->episode_count(), 3);
    }

    // "auto" is dark from 20:00 to 07:00 in the session's zone, on the session's clock, on ordinary
    // days and on the days the clocks change.
    void autoThemeTurnsAtItsHours_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("local");
        QTest::addColumn<bool>("dark");
        const auto row = [](const char* zone, const char* local, bool dark) {
            QTest::addRow("%s %s", zone, local) << QString::fromLatin1(zone) << QString::fromLatin1(local) << dark;
        };
        for (const char* day : {"2026-11-30", "2026-03-29", "2026-10-25"})  // Berlin: ordinary, spring forward, fall back
            for (const char* zone : {"Asia/Shanghai", "Europe/Berlin"}) {
                const std::string d = day;
                row(zone, (d + " 06:59").c_str(), true);
                row(zone, (d + " 07:00").c_str(), false);
                row(zone, (d + " 19:59").c_str(), false);
                row(zone, (d + " 20:00").c_str(), true);
            }
        // New York's change days, and the hour that is there twice (01:30 EDT, then 01:30 EST).
        row("America/New_York", "2026-03-08 06:59", true);
        row("America/New_York", "2026-03-08 07:00", false);
        row("America/New_York", "2026-11-01 01:30", true);
        row("America/New_York", "2026-11-01 19:59", false);
        row("America/New_York", "2026-11-01 20:00", true);
    }

    void autoThemeTurnsAtItsHours() {
        QFETCH(QString, zone);
        QFETCH(QString, local);
        QFETCH(bool, dark);
        const auto now = at(local, zone.toLatin1().constData());
        QCOMPARE(ThemeMode::darkAt(now, zone.toStdString()), dark);
        DiarySession session(QString(), cramp::test::fixedClock(now));
        session.setZone(zone);
        ThemeMode theme(&session);
        QCOMPARE(theme.setting(), QStringLiteral("auto"));
        QCOMPARE(theme.dark(), dark);
        theme.setSetting(QStringLiteral("dark"));
        QVERIFY(theme.dark());
        theme.setSetting(QStringLiteral("light"));
        QVERIFY(!theme.dark());
    }

    // The minute timer's check: the theme turns when the clock passes 20:00, and "last night" moves
    // when it passes midnight.
    void theClockPassingAnHourTurnsTheTheme() {
        auto now = std::make_shared<cramp::Instant>(at(QStringLiteral("2026-11-30 19:59"), "Asia/Shanghai"));
        QTemporaryDir dir;
        DiarySession session(dir.filePath(QStringLiteral("diary.sqlite")), [now] { return *now; });
        session.setZone(QStringLiteral("Asia/Shanghai"));
        ThemeMode theme(&session);
        Entries entries(&session);
        QSignalSpy turned(&theme, &ThemeMode::darkChanged), nights(&entries, &Entries::changed);
        QVERIFY(!theme.dark());
        QCOMPARE(entries.lastNight(), QStringLiteral("2026-11-29"));
        *now = at(QStringLiteral("2026-11-30 20:00"), "Asia/Shanghai");
        session.checkTime();
        QVERIFY(theme.dark());
        QCOMPARE(turned.count(), 1);
        QCOMPARE(nights.count(), 0);
        *now = at(QStringLiteral("2026-12-01 00:00"), "Asia/Shanghai");
        session.checkTime();
        QCOMPARE(turned.count(), 1);
        QCOMPARE(entries.lastNight(), QStringLiteral("2026-11-30"));
        QCOMPARE(nights.count(), 1);
    }

    // The window opens its diary with the integrity check deferred: a damaged diary opens, then the
    // check closes it onto the "could not be opened" screen, and nothing is written to it.
    void aDamagedDiaryEndsOnTheOpenErrorScreen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        // A diary whose free-page list also lists a page of its episodes (see its script).
        QVERIFY(QFile::copy(QStringLiteral(STORAGE_FIXTURES "/diary-damaged-freelist.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QByteArray before;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before = f.readAll();
        }
        {
            DiarySession diary(path, cramp::test::fixedClock());
            Entries entries(&diary);
            Backups backups(&diary);
            QSignalSpy opened(&diary, &DiarySession::openedChanged);
            QVERIFY(diary.isOpen());  // the check's outcome comes through the event loop
            // A tap before then waits for the check, and is refused.
            QVERIFY(!entries.checkInLastNight());
            QVERIFY2(diary.lastError().contains(QStringLiteral("is damaged")), qPrintable(diary.lastError()));
            QVERIFY(opened.wait());
            QVERIFY(!diary.isOpen());
            QVERIFY(diary.openError().startsWith(QStringLiteral("'%1' is damaged: ").arg(path)));
            QVERIFY(!entries.today()->valid());
            QCOMPARE(entries.latest()->rowCount(), 0);
            QCOMPARE(backups.latestBackup(), QString());  // a damaged diary is not backed up
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
    }

    // A sound diary: open at once, the day's backup written once the check passed.
    void aSoundDiaryIsBackedUpOnceItsCheckPassed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fillDiary(path, 3);
        DiarySession diary(path, cramp::test::fixedClock());
        Entries entries(&diary);
        Backups backups(&diary);
        QSignalSpy written(&backups, &Backups::backupsChanged);
        QVERIFY(diary.isOpen());
        QVERIFY(written.wait());
        QVERIFY(diary.isOpen());
        // Named by the day in the zone at the session's clock.
        QCOMPARE(backups.latestBackup(), QStringLiteral("diary-2026-11-30.sqlite"));
        QCOMPARE(diary.lastError(), QString());
        // Writes go through once the check passed (the newest cramp, 06:00, was last night's).
        QVERIFY(entries.lastNightRecorded());
        QVERIFY(entries.logEpisode({{QStringLiteral("minutesAgo"), 5}}));
        QCOMPARE(entries.latest()->rowCount(), 4);
    }
};

QTEST_MAIN(ControllersTest)
#include "controllers_test.moc"
