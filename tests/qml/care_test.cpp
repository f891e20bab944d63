// SPDX-License-Identifier: GPL-3.0-or-later
// The Care page's comparisons model on a hand-made diary: the counts of core's compare_factors over
// the whole diary up to last night (nights unrecorded or without a care record left out, tonight not
// yet counted), shown only from 7 nights on each side, and following a care record written through
// the bedtime care log. Checked against Qt's model contract on every change.
#include "carecomparisons.hpp"
#include "carelog.hpp"
#include "clock.hpp"
#include "diarysession.hpp"
#include "languagecontroller.hpp"
#include "night.hpp"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>
#include <vector>

namespace {

cramp::Night nov(int day) { return cramp::Night{date::year{2026} / 11 / day}; }

// One night of the hand-made diary: its cramps (or a cramp-free mark, or nothing), its care record.
struct NightRow {
    int day;
    int cramps;
    bool crampFree;
    std::optional<std::vector<cramp::CareItem>> care;
};

using enum cramp::CareItem;

// The clock stands at 09:00 on 30 November in Shanghai: last night is 29 November.
const std::vector<NightRow> kDiary{
    // Seven nights with a calf stretch: one cramp among them.
    {1, 1, false, std::vector{calf_stretch}}, {2, 0, true, std::vector{calf_stretch}}, {3, 0, true, std::vector{calf_stretch}},
    {4, 0, true, std::vector{calf_stretch}}, {5, 0, true, std::vector{calf_stretch, legs_warm}},
    {6, 0, true, std::vector{calf_stretch}}, {7, 0, true, std::vector{calf_stretch}},
    // Six nights without ("none of these"): three cramps.
    {8, 2, false, std::vector<cramp::CareItem>{}}, {9, 1, false, std::vector<cramp::CareItem>{}},
    {10, 0, true, std::vector<cramp::CareItem>{}}, {11, 0, true, std::vector<cramp::CareItem>{}},
    {12, 0, true, std::vector<cramp::CareItem>{}}, {13, 0, true, std::vector<cramp::CareItem>{}},
    // Left out: a care record on a night not recorded, a recorded night without a care record.
    {14, 0, false, std::vector{foot_soak}}, {15, 4, false, std::nullopt},
    // Tonight has not ended: outside the period however it is recorded.
    {30, 0, true, std::vector{calf_stretch}},
};

void fill(const QString& path) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    for (const auto& n : kDiary) {
        for (int i = 0; i < n.cramps; ++i) {
            cramp::Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = cramp::resolve_local(cramp::local_time_in_night(nov(n.day), std::chrono::hours{2 + i}, 12), e.zone);
            QVERIFY(d->add_episode(e).ok());
        }
        if (n.crampFree) QVERIFY(d->add_cramp_free_night(nov(n.day)).ok());
        if (!n.care) continue;
        cramp::EnumSet<cramp::CareItem> items;
        for (auto i : *n.care) items.insert(i);
        QVERIFY(d->set_night_factors(nov(n.day), items).ok());
    }
}

}  // namespace

class CareTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { LanguageController::installInitial(QStringLiteral("en")); }

    void comparisonsCountTheRecordedNightsWithACareRecord() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        fill(path);
        DiarySession session(path, cramp::test::fixedClock());
        session.setZone(QStringLiteral("Asia/Shanghai"));
        CareComparisons model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);

        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.from(), QStringLiteral("2026-11-01"));
        QCOMPARE(model.to(), QStringLiteral("2026-11-29"));
        // Each row: item, nights and cramps with, nights and cramps without, shown.
        struct Expected {
            const char* item;
            int nightsWith, crampsWith, nightsWithout, crampsWithout;
        };
        const Expected expected[] = {
            {"calf_stretch", 7, 1, 6, 3},  // one night short on the "without" side
            {"foot_soak", 0, 0, 13, 4},    // its one night was not recorded
            {"legs_warm", 1, 0, 12, 4},
            {"fluids", 0, 0, 13, 4},
            {"hard_exercise", 0, 0, 13, 4},
            {"long_sitting", 0, 0, 13, 4},
            {"long_standing", 0, 0, 13, 4},
            {"sweating", 0, 0, 13, 4},
            {"cold_night", 0, 0, 13, 4},
        };
        for (int row = 0; row < 9; ++row) {
            const auto m = model.get(row);
            const auto& e = expected[row];
            QCOMPARE(m.value(QStringLiteral("item")).toString(), QString::fromLatin1(e.item));
            QCOMPARE(m.value(QStringLiteral("nightsWith")).toInt(), e.nightsWith);
            QCOMPARE(m.value(QStringLiteral("crampsWith")).toInt(), e.crampsWith);
            QCOMPARE(m.value(QStringLiteral("nightsWithout")).toInt(), e.nightsWithout);
            QCOMPARE(m.value(QStringLiteral("crampsWithout")).toInt(), e.crampsWithout);
            QCOMPARE(m.value(QStringLiteral("shown")).toBool(), false);
        }
        QCOMPARE(model.shownCount(), 0);
        QCOMPARE(model.get(0).value(QStringLiteral("label")).toString(), QStringLiteral("Calf stretch"));
        QCOMPARE(model.get(0).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Not enough nights yet: needs 7 with and 7 without; now 7 and 6."));

        // One more night without a calf stretch, logged through the bedtime care log: the seventh.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(session.diary()->add_cramp_free_night(nov(16)).ok());
        CareLog log;
        log.setSession(&session);
        log.setNight(QStringLiteral("2026-11-16"));
        log.toggle(QStringLiteral("cold_night"));
        QVERIFY(log.save());
        QVERIFY(changed.count() > 0);
        const auto calf = model.get(0);
        QCOMPARE(calf.value(QStringLiteral("nightsWithout")).toInt(), 7);
        QCOMPARE(calf.value(QStringLiteral("crampsWithout")).toInt(), 3);
        QCOMPARE(calf.value(QStringLiteral("shown")).toBool(), true);
        QCOMPARE(model.shownCount(), 1);
        // 1 in 7 nights and 3 in 7, to one decimal.
        QCOMPARE(calf.value(QStringLiteral("text")).toString(),
                 QStringLiteral("With: 0.1 cramps a night (1 cramp on 7 nights); without: 0.4 a night (3 cramps on 7 nights)."));
        QCOMPARE(model.get(8).value(QStringLiteral("nightsWith")).toInt(), 1);  // cold_night
        QCOMPARE(model.get(8).value(QStringLiteral("shown")).toBool(), false);

        // Cleared again: back under the edge.
        QVERIFY(log.clear());
        QCOMPARE(model.get(0).value(QStringLiteral("nightsWithout")).toInt(), 6);
        QCOMPARE(model.get(0).value(QStringLiteral("shown")).toBool(), false);
    }

    void anEmptyDiaryHasNoPeriodAndShowsNothing() {
        QTemporaryDir dir;
        DiarySession session(dir.filePath(QStringLiteral("diary.sqlite")), cramp::test::fixedClock());
        CareComparisons model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.from(), QString());
        QCOMPARE(model.shownCount(), 0);
        QCOMPARE(model.get(0).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Not enough nights yet: needs 7 with and 7 without; now 0 and 0."));
    }

    // Today's evening: from 18:00 until midnight, local time; none in the morning or the afternoon.
    void theEveningIsFrom18UntilMidnight_data() {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("night");
        QTest::newRow("09:00") << "2026-11-30T09:00" << "";
        QTest::newRow("17:59") << "2026-11-30T17:59" << "";
        QTest::newRow("18:00") << "2026-11-30T18:00" << "2026-11-30";
        QTest::newRow("23:59") << "2026-11-30T23:59" << "2026-11-30";
        QTest::newRow("00:00") << "2026-12-01T00:00" << "";
        QTest::newRow("03:00") << "2026-12-01T03:00" << "";
    }
    void theEveningIsFrom18UntilMidnight() {
        QFETCH(QString, local);
        QFETCH(QString, night);
        const QDateTime dt = QDateTime::fromString(local, Qt::ISODate);
        const auto days = date::days{QDate(1970, 1, 1).daysTo(dt.date())};
        const auto at = cramp::resolve_local(date::local_seconds{days} + std::chrono::seconds{dt.time().msecsSinceStartOfDay() / 1000},
                                             "Asia/Shanghai");
        const auto evening = CareLog::eveningNight(at, "Asia/Shanghai");
        QCOMPARE(evening ? QString::fromStdString(cramp::format_date(*evening)) : QString(), night);
    }
};

QTEST_MAIN(CareTest)
#include "care_test.moc"
