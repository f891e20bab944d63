// SPDX-License-Identifier: GPL-3.0-or-later
// The list models QML reads, checked against Qt's model contract (QAbstractItemModelTester) on
// every change, on a 10-year demo diary: History loads a window of nights at a time, its crossing
// marks are the rules' crossings, Today keeps only the latest few, and edits move rows in place; the
// night calendar builds only the months asked for, each as the diary service says.
#include "demo.hpp"
#include "clock.hpp"
#include "diarysession.hpp"
#include "doctorfigures.hpp"
#include "entries.hpp"
#include "filelistmodel.hpp"
#include "night.hpp"
#include "nightcalendar.hpp"
#include "reportcalendar.hpp"
#include "report_figures.hpp"
#include "reportmodel.hpp"
#include "rules.hpp"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace {

// A 10-year demo diary ending last night, written in one transaction.
void fillDemo(const QString& path, int nights) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    cramp::DemoOptions o;
    o.nights = nights;
    o.now = d->now();
    o.last_night = cramp::last_night(o.now, "Asia/Shanghai");
    const auto demo = cramp::generate_demo(o);
    auto r = d->transaction([&]() -> cramp::Result<void> {
        for (const auto& e : demo.episodes)
            if (auto id = d->add_episode(e); !id) return cramp::fail(id.error());
        for (auto n : demo.cramp_free_nights)
            if (auto id = d->add_cramp_free_night(n); !id) return cramp::fail(id.error());
        return {};
    });
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().c_str());
}

}  // namespace

class ModelsTest : public QObject {
    Q_OBJECT
private slots:
    void historyLoadsLazilyAndMarksTheRulesCrossings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        fillDemo(path, 3650);
        const auto all = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
        QVERIFY(all.ok());
        const auto episodes = all->episode_count();
        const auto crampFree = all->cramp_free_nights().size();
        QVERIFY(episodes > 1000);

        QElapsedTimer t;
        t.start();
        DiarySession session(path, cramp::test::fixedClock());
        Entries c(&session);
        qInfo() << "opened a 10-year diary with" << episodes << "episodes in" << t.elapsed() << "ms";
        QVERIFY(session.isOpen());
        QAbstractItemModelTester historyTester(c.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester latestTester(c.latest(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Opening reads a window of nights, not the whole diary.
        QCOMPARE(c.latest()->rowCount(), 5);
        QVERIFY(c.history()->rowCount() > 0);
        QVERIFY(c.history()->rowCount() < (episodes + static_cast<qint64>(crampFree)) / 10);
        QVERIFY(c.history()->canFetchMore({}));

        while (c.history()->canFetchMore({})) c.history()->fetchMore({});
        QCOMPARE(c.history()->rowCount(), static_cast<int>(episodes + static_cast<qint64>(crampFree)));

        // Newest night first, and every crossing mark is one of the rules' crossings over the whole diary.
        const auto first = *all->first_record_night();
        const auto last = cramp::last_night(all->now(), "Asia/Shanghai") + date::days{2};
        cramp::DiaryRecords records;
        records.episodes = all->episodes();
        for (const auto& n : all->cramp_free_nights()) records.cramp_free_nights.push_back(n.night);
        records.first_record_night = first;
        const auto stats = cramp::compute_stats(records, {first, last}, all->rule_settings());
        const std::set<cramp::Night> crossings(stats.crossings.begin(), stats.crossings.end());
        QVERIFY(!crossings.empty());
        QString previous = QStringLiteral("9999-12-31");
        std::set<QString> marked;
        for (int i = 0; i < c.history()->rowCount(); ++i) {
            const auto row = c.history()->get(i);
            const QString night = row.value(QStringLiteral("night")).toString();
            QVERIFY2(night <= previous, qPrintable(night + " after " + previous));
            previous = night;
            const bool expected = crossings.contains(*cramp::parse_date(night.toStdString()));
            QCOMPARE(row.value(QStringLiteral("crossing")).toBool(), expected);
            if (expected) marked.insert(night);
        }
        QCOMPARE(marked.size(), crossings.size());
    }

    void changesMoveRowsInPlace() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        DiarySession session(path, cramp::test::fixedClock());
        Entries c(&session);
        QAbstractItemModelTester historyTester(c.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester latestTester(c.latest(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(c.history(), &QAbstractItemModel::modelReset);

        for (int d = 1; d <= 3; ++d)
            QVERIFY(c.logEpisode({{QStringLiteral("onsetLocal"), c.localDate(d) + QStringLiteral("T23:00")}}));
        QCOMPARE(c.history()->rowCount(), 3);
        QCOMPARE(c.latest()->rowCount(), 3);
        // The third night crosses the default threshold of 3.
        QCOMPARE(c.history()->get(0).value(QStringLiteral("crossing")).toBool(), true);

        // Move the newest entry back by two nights: it goes below the others.
        const qint64 id = c.history()->get(0).value(QStringLiteral("recordId")).toLongLong();
        QVERIFY(c.updateEpisode(id, {{QStringLiteral("onsetLocal"), c.localDate(5) + QStringLiteral("T23:00")}}));
        QCOMPARE(c.history()->rowCount(), 3);
        QCOMPARE(c.history()->rowOfEpisode(id), 2);
        QCOMPARE(c.latest()->get(2).value(QStringLiteral("episodeId")).toLongLong(), id);

        QVERIFY(c.deleteEpisode(id));
        QCOMPARE(c.history()->rowCount(), 2);
        QCOMPARE(c.latest()->rowCount(), 2);
        QVERIFY(c.undo());
        QCOMPARE(c.history()->rowCount(), 3);
        QCOMPARE(c.history()->rowOfEpisode(id), 2);

        QVERIFY(!c.lastNightRecorded());
        QVERIFY(c.checkInLastNight());
        QVERIFY(c.lastNightRecorded());
        QCOMPARE(c.history()->get(0).value(QStringLiteral("kind")).toString(), QStringLiteral("cramp_free"));
        // None of this reset the history.
        QCOMPARE(resets.count(), 0);
    }

    void nightCalendarBuildsOnlyTheMonthsAskedFor() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        fillDemo(path, 3650);
        DiarySession session(path, cramp::test::fixedClock());
        Entries entries(&session);
        QElapsedTimer t;
        t.start();
        NightCalendar calendar;
        QAbstractItemModelTester tester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calendar.setSession(&session);
        calendar.setLanguage(QStringLiteral("en"));
        // Ten years of months listed (the demo's first night is in late 2016), none built yet
        // beyond what the model tester read.
        QVERIFY2(calendar.rowCount() >= 120 && calendar.rowCount() <= 122, qPrintable(QString::number(calendar.rowCount())));
        const int last = calendar.rowCount() - 1;
        QCOMPARE(calendar.get(last).value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
        QCOMPARE(calendar.get(last).value(QStringLiteral("title")).toString(), QStringLiteral("November 2026"));
        qInfo() << "a 10-year calendar listed and its last month built in" << t.elapsed() << "ms";

        // The month's nights are the diary service's, night by night.
        const auto* d = session.diary();
        const auto expected = cramp::calendar_month(*d, date::year{2026} / 11, cramp::calendar_now(*d, "Asia/Shanghai"));
        const auto nights = calendar.get(last).value(QStringLiteral("nights")).toList();
        QCOMPARE(nights.size(), qsizetype(expected.nights.size()));
        for (std::size_t i = 0; i < expected.nights.size(); ++i) {
            const auto n = nights[qsizetype(i)].toMap();
            const auto& e = expected.nights[i];
            QCOMPARE(n.value(QStringLiteral("night")).toString(), QString::fromStdString(cramp::format_date(e.night)));
            QCOMPARE(n.value(QStringLiteral("episodes")).toInt(), e.episodes);
            QCOMPARE(n.value(QStringLiteral("crampFree")).toBool(), e.cramp_free);
            QCOMPARE(n.value(QStringLiteral("crossing")).toBool(), e.crossing);
            QCOMPARE(n.value(QStringLiteral("future")).toBool(), e.future);
            QCOMPARE(n.value(QStringLiteral("canCheckIn")).toBool(), e.can_check_in);
        }

        // A write keeps the months (no reset) and forgets what was built.
        QSignalSpy resets(&calendar, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&calendar, &QAbstractItemModel::dataChanged);
        calendar.setSelectedNight(QStringLiteral("2026-11-29"));
        const int before = calendar.selected().value(QStringLiteral("episodes")).toInt();
        QVERIFY(entries.logEpisode({{QStringLiteral("onsetLocal"), QStringLiteral("2026-11-29T23:00")}}));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(calendar.selected().value(QStringLiteral("episodes")).toInt(), before + 1);
        QCOMPARE(calendar.entries()->rowCount(), before + 1);
        QVERIFY(calendar.builtMonths() <= 2);

        // The weekday headings follow the week start.
        QCOMPARE(calendar.weekdays().first(), QStringLiteral("Mon"));
        QVERIFY(session.diary()->set_rule_settings({3, 12, cramp::WeekStart::sunday}).ok());
        session.rulesWritten();
        QCOMPARE(calendar.weekdays().first(), QStringLiteral("Sun"));
        QCOMPARE(calendar.rowOfNight(QStringLiteral("2026-11-29")), last);
        QCOMPARE(calendar.rowOfNight(QStringLiteral("1999-01-01")), -1);
    }

    // The Report page's date picker: the months of ReportModel's range, each night as the calendar
    // of nights has it, out of reach outside the range; the keyboard's steps stay in the range.
    void reportCalendarOffersTheReportsRange() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        fillDemo(path, 400);
        DiarySession session(path, cramp::test::fixedClock());
        ReportModel report;
        report.setSession(&session);
        // The demo's first night is 400 nights back, later than ten years back: the range is ten years.
        QCOMPARE(report.latest(), QStringLiteral("2026-11-29"));
        QCOMPARE(report.earliest(), QString::fromStdString(cramp::format_date(
                                        *cramp::parse_date("2026-11-29") - date::days{cramp::kMaxWindowReportNights - 1})));

        ReportCalendar calendar;
        QAbstractItemModelTester tester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calendar.setSession(&session);
        calendar.setLanguage(QStringLiteral("en"));
        calendar.setEarliest(QStringLiteral("2026-01-15"));
        calendar.setLatest(report.latest());
        QCOMPARE(calendar.rowCount(), 11);
        QCOMPARE(calendar.monthOfRow(0), QStringLiteral("2026-01"));
        QCOMPARE(calendar.data(calendar.index(10), ReportCalendar::TitleRole).toString(), QStringLiteral("November 2026"));
        QCOMPARE(calendar.rowOfNight(QStringLiteral("2026-03-02")), 2);
        QCOMPARE(calendar.rowOfNight(QStringLiteral("2025-12-31")), -1);

        // Nights as the calendar of nights has them; out of the range, out of reach.
        const auto* d = session.diary();
        const auto expected = cramp::calendar_month(*d, date::year{2026} / 11, cramp::calendar_now(*d, "Asia/Shanghai"));
        const auto nights = calendar.data(calendar.index(10), ReportCalendar::NightsRole).toList();
        QCOMPARE(nights.size(), qsizetype(expected.nights.size()));
        for (std::size_t i = 0; i < expected.nights.size(); ++i) {
            const auto n = nights[qsizetype(i)].toMap();
            QCOMPARE(n.value(QStringLiteral("episodes")).toInt(), expected.nights[i].episodes);
            QCOMPARE(n.value(QStringLiteral("crampFree")).toBool(), expected.nights[i].cramp_free);
            QCOMPARE(n.value(QStringLiteral("future")).toBool(), i == 29);  // the 30th, after last night
        }
        const auto january = calendar.data(calendar.index(0), ReportCalendar::NightsRole).toList();
        QVERIFY(january[13].toMap().value(QStringLiteral("future")).toBool());    // the 14th
        QVERIFY(!january[14].toMap().value(QStringLiteral("future")).toBool());   // the 15th

        // The keyboard's steps, one row per case: from, days or months, where it lands.
        struct Step { const char* from; int days, months; const char* to; };
        for (const auto& s : {Step{"2026-03-02", 1, 0, "2026-03-03"}, Step{"2026-03-02", -7, 0, "2026-02-23"},
                              Step{"2026-11-28", 7, 0, "2026-11-29"}, Step{"2026-01-20", -7, 0, "2026-01-15"},
                              Step{"2026-03-31", 0, -1, "2026-02-28"}, Step{"2026-10-31", 0, 1, "2026-11-29"},
                              Step{"2026-06-10", 0, -12, "2026-01-15"}, Step{"garbage", 1, 0, "2026-11-29"}}) {
            const QString at = QString::fromLatin1(s.from);
            QCOMPARE(s.months ? calendar.addMonths(at, s.months) : calendar.addDays(at, s.days), QString::fromLatin1(s.to));
        }
        QCOMPARE(calendar.clamp(QStringLiteral("2020-01-01")), QStringLiteral("2026-01-15"));
        QCOMPARE(calendar.clamp(QStringLiteral("2026-05-05")), QStringLiteral("2026-05-05"));

        // A narrower range is fewer months; the weekday headings follow the diary's week start.
        calendar.setEarliest(QStringLiteral("2026-10-01"));
        QCOMPARE(calendar.rowCount(), 2);
        QCOMPARE(calendar.weekdays().first(), QStringLiteral("Mon"));
        QVERIFY(session.diary()->set_rule_settings({3, 12, cramp::WeekStart::sunday}).ok());
        session.rulesWritten();
        QCOMPARE(calendar.weekdays().first(), QStringLiteral("Sun"));
    }

    // The "show the doctor" view's lines: read only while it is shown, the report's period and
    // language; a change of either changes rows in place.
    void doctorLinesFollowTheReport() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        fillDemo(path, 400);
        DiarySession session(path, cramp::test::fixedClock());
        ReportModel report;
        report.setSession(&session);
        DoctorFigures figures;
        QAbstractItemModelTester statusTester(figures.status(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester signsTester(figures.signs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        figures.setReport(&report);
        QCOMPARE(figures.status()->rowCount(), 0);  // not shown: nothing read
        figures.setActive(true);
        QCOMPARE(figures.status()->rowCount(), 4);
        QCOMPARE(figures.signs()->rowCount(), 5);
        QCOMPARE(figures.last7To(), report.to());
        // The figure is the service's, for the 7 nights to the report's end.
        const auto expected = cramp::report_figures(*session.diary(), report.currentRequest()->period).figures.status.last7;
        QCOMPARE(figures.last7Cramps(), expected.cramps);
        const auto first = figures.status()->data(figures.status()->index(0), DoctorLines::LabelRole).toString();
        QVERIFY2(first.contains(report.to()), qPrintable(first));

        QSignalSpy resets(figures.status(), &QAbstractItemModel::modelReset);
        report.setWeeks(4);
        report.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(figures.status()->rowCount(), 4);
        QVERIFY(figures.title().contains(QStringLiteral("抽筋")));
        // A period that is wrong: no lines.
        report.setWeeks(0);
        report.setCustomFrom(QStringLiteral("nonsense"));
        QCOMPARE(figures.status()->rowCount(), 0);
        QCOMPARE(figures.title(), QString());
    }

    // The file dialog's listing: folders first, then the files the filter lets through, each by
    // name; hidden ones never; a folder change is a new list that Qt's contract accepts.
    void fileListShowsFoldersFirstAndOnlyFilteredVisibleFiles() {
        QTemporaryDir dir;
        for (auto folder : {"zeta", "Alpha", ".hidden-folder"}) QVERIFY(QDir(dir.path()).mkdir(QLatin1String(folder)));
        for (auto file : {"b.csv", "a.JSON", "c.json", "notes.txt", ".hidden.csv", "zeta/inner.csv"}) {
            QFile f(dir.filePath(QLatin1String(file)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        FileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNameFilter(QStringLiteral("Diary exports (*.csv *.json)"));
        model.setFolder(QUrl::fromLocalFile(dir.path()));
        const auto names = [&model] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.data(model.index(r, 0), FileListModel::NameRole).toString() +
                           (model.data(model.index(r, 0), FileListModel::IsFolderRole).toBool() ? "/" : "");
            return out;
        };
        // Name order without regard to case; a filter takes A.JSON as it takes a.json.
        QCOMPARE(names(), (QStringList{"Alpha/", "zeta/", "a.JSON", "b.csv", "c.json"}));
        model.setNameFilter(QStringLiteral("All files (*)"));
        QCOMPARE(names(), (QStringList{"Alpha/", "zeta/", "a.JSON", "b.csv", "c.json", "notes.txt"}));

        // Into a folder and up again.
        model.setFolder(model.data(model.index(1, 0), FileListModel::UrlRole).toUrl());
        QCOMPARE(names(), (QStringList{"inner.csv"}));
        QCOMPARE(model.parentFolder(), QUrl::fromLocalFile(dir.path()));
        model.setFolder(model.parentFolder());
        QCOMPARE(model.rowCount(), 6);

        // A typed name: in the folder shown, the suffix added when it has none; a path of its own.
        QCOMPARE(model.resolve(QStringLiteral("report"), QStringLiteral("pdf")), QUrl::fromLocalFile(dir.filePath("report.pdf")));
        QCOMPARE(model.resolve(QStringLiteral("report.PDF"), QStringLiteral("pdf")), QUrl::fromLocalFile(dir.filePath("report.PDF")));
        QCOMPARE(model.resolve(QStringLiteral("/tmp/x.csv")), QUrl::fromLocalFile(QStringLiteral("/tmp/x.csv")));
        QCOMPARE(model.resolve(QStringLiteral("zeta/../b.csv")), QUrl::fromLocalFile(dir.filePath("b.csv")));
        QCOMPARE(model.resolve(QStringLiteral("  ")), QUrl());
        QVERIFY(model.isFolder(model.resolve(QStringLiteral("zeta"), QStringLiteral("pdf"))));
        QVERIFY(model.isFile(model.resolve(QStringLiteral("b.csv"))));
        QVERIFY(!model.isFile(model.resolve(QStringLiteral("nothing.csv"))));

        // Where a dialog opens: a suggested file's folder (its name returned), else the folder given.
        QCOMPARE(model.start(QUrl(), QUrl::fromLocalFile(dir.filePath("zeta/out.csv"))), QStringLiteral("out.csv"));
        QCOMPARE(model.folder(), QUrl::fromLocalFile(dir.filePath("zeta")));
        QCOMPARE(model.start(QUrl::fromLocalFile(dir.path()), QUrl()), QString());
        QCOMPARE(model.folder(), QUrl::fromLocalFile(dir.path()));
        // A file written since is listed when the dialog opens again on the same folder.
        QFile later(dir.filePath(QStringLiteral("d.csv")));
        QVERIFY(later.open(QIODevice::WriteOnly));
        later.close();
        model.start(QUrl::fromLocalFile(dir.path()), QUrl());
        QVERIFY(names().contains(QStringLiteral("d.csv")));
    }

    void nameFilterPatternsAreTheBracketedOnes() {
        QCOMPARE(FileListModel::patterns(QStringLiteral("PDF files (*.pdf)")), (QStringList{"*.pdf"}));
        QCOMPARE(FileListModel::patterns(QStringLiteral("Diary exports (*.csv *.json)")), (QStringList{"*.csv", "*.json"}));
        QCOMPARE(FileListModel::patterns(QStringLiteral("*.sqlite")), (QStringList{"*.sqlite"}));
        QCOMPARE(FileListModel::patterns(QString()), QStringList());
    }
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
