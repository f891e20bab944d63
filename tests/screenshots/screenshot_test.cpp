// SPDX-License-Identifier: GPL-3.0-or-later
// Photographs every page of the main window at phone and desktop sizes, in the night and day themes,
// in English and Chinese (files ending "-zh"), on a diary with a few entries (a run of nights that crosses the threshold, a cramp-free night). An image that is blank (one colour, or nearly) or a QML warning fails.
#include "appwindow.hpp"
#include "backup.hpp"
#include "clock.hpp"
#include "diary.hpp"
#include "diarysession.hpp"
#include "languagecontroller.hpp"
#include "morning_questions.hpp"
#include "night.hpp"
#include "screens.hpp"
#include "tempdir.hpp"

#include <QDir>
#include <QImage>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QSet>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

// `morning`: last night's questions still open (Today asks them); otherwise answered already.
void fillDiary(const QString& path, const char* theme, bool morning = false) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    auto now = d->now();
    for (int i = 0; i < 4; ++i) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = now - std::chrono::hours{26 * i + 1};
        e.intensity = 3 + i;
        e.duration_s = 30 + 40 * i;
        e.site = i == 2 ? cramp::Site::foot : cramp::Site::calf;
        e.note = i == 0 ? "左小腿，伸展后缓解" : "";
        QVERIFY(d->add_episode(e).ok());
    }
    // A cramp-free night before the run of cramps, so History shows both kinds of record.
    QVERIFY(d->add_cramp_free_night(cramp::last_night(now, "Asia/Shanghai") - date::days{7}).ok());
    QVERIFY(d->set_preference("theme", theme).ok());
    if (!morning)
        for (auto q : {cramp::MorningQuestion::numbness, cramp::MorningQuestion::weakness})
            QVERIFY(d->set_preference(cramp::morning_answered_key(q), cramp::format_date(cramp::last_night(now, "Asia/Shanghai"))).ok());
}

// The Care page's diary: bedtime care records on 30 nights before the run of cramps, some of them
// with cramps, so that some comparisons have their 7 nights on each side and others do not yet.
void fillCare(const QString& path) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    const auto last = cramp::last_night(d->now(), "Asia/Shanghai");
    for (int i = 8; i < 38; ++i) {
        const auto night = last - date::days{i};
        cramp::EnumSet<cramp::CareItem> care;
        if (i % 2 == 0) care.insert(cramp::CareItem::calf_stretch);
        if (i % 3 == 0) care.insert(cramp::CareItem::legs_warm);
        if (i % 5 == 0) care.insert(cramp::CareItem::foot_soak);
        if (i % 4 == 1) care.insert(cramp::CareItem::long_sitting);
        if (i == 11 || i == 23) care.insert(cramp::CareItem::hard_exercise);
        if (i % 4 == 1 || i % 6 == 3) {
            cramp::Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = cramp::resolve_local(cramp::local_time_in_night(night, std::chrono::hours{3}, 12), e.zone);
            QVERIFY(d->add_episode(e).ok());
        } else {
            QVERIFY(d->add_cramp_free_night(night).ok());
        }
        QVERIFY(d->set_night_factors(night, care).ok());
    }
    // Tonight's care, logged already (the care log opens with it).
    QVERIFY(d->set_night_factors(cramp::local_date(d->now(), "Asia/Shanghai"),
                                 {cramp::CareItem::calf_stretch, cramp::CareItem::foot_soak, cramp::CareItem::long_standing}).ok());
}

// Three medicines: one taken since three weeks, one stopped, one carried over without dates.
void addMedicines(const QString& path) {
    auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
    QVERIFY(d.ok());
    const auto last = cramp::last_night(d->now(), "Asia/Shanghai");
    QVERIFY(d->add_medicine({0, "阿托伐他汀 atorvastatin", "20 mg", last - date::days{20}, {}}).ok());
    QVERIFY(d->add_medicine({0, "metformin", "500 mg twice a day", last - date::days{60}, last - date::days{10}}).ok());
    QVERIFY(d->add_medicine({0, "furosemide", "", {}, {}}).ok());
}

}  // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT
private slots:
    void mainWindow_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        // "-end": the long forms scrolled to their end, so every control is seen once (the report's:
        // its last page, of the table of cramps).
        // "log-pick": the time picker and the exact duration open; "log-confirm": the "are you sure?"
        // question for a cramp longer than 10 minutes; "log-backfill": the date picker on a night 10
        // nights back, with the night it counts for; "log-edit": an older entry edited, its night shown;
        // "today-morning": the morning questions about last night; "trends-calendar": the night
        // calendar in view; "trends-night": a tapped night's panel (with its bedtime care); "today-undo": the "Saved · Undo"
        // bar after a save; "file-dialog": the report's "save as PDF" dialog; "today-focus": the
        // focus ring after Tab; "settings-restore": the question before a restore, with both
        // diaries' summaries; "settings-replaced": the diaries two restores replaced, listed;
        // "settings-medicines": the medicine editor with three medicines; "trends-medicines": their
        // starts and stops marked on the weekly chart; "settings-medicine-form": one of them being edited;
        // "report-zoom": the report's first page at twice the column's width; "report-picker": the
        // date picker of the report's custom period; "report-doctor": the "show the doctor" view (and at its end, its last signs);
        // "care": the Care page's advice and (at its end) the comparisons, on a diary with care
        // records; "care-log": tonight's bedtime care log over it; "today-evening": Today at 20:00
        // (the window's zone moved to New York), with tonight's care.
        // Each in English (as a patient whose system is in English sees it, with its plural forms)
        // and in Chinese.
        for (auto [language, suffix] : {std::pair{"en", ""}, {"zh_CN", "-zh"}}) {
            // The bottom bar's six tabs on a narrow phone (320 px), under the Care page.
            for (auto theme : {"dark", "light"})
                QTest::addRow("care-narrow-%s%s", theme, suffix)
                    << QStringLiteral("care") << QSize(320, 693) << QString::fromLatin1(theme) << QString::fromLatin1(language);
            for (auto page : {"today", "today-morning", "log", "log-end", "log-pick", "log-confirm", "log-backfill", "log-edit", "history",
                              "trends", "trends-end", "trends-calendar", "trends-night", "report", "report-end", "settings", "settings-end",
                              "settings-import", "settings-restore", "settings-replaced", "today-undo", "file-dialog",
                              "today-focus", "report-zoom", "report-picker", "report-doctor", "report-doctor-end",
                              "care", "care-end", "care-log", "today-evening", "settings-medicines",
                              "trends-medicines", "settings-medicine-form"})
                for (auto theme : {"dark", "light"}) {
                    for (auto [size, name] : {std::pair{QSize(390, 844), "phone"}, {QSize(1280, 800), "desktop"}})
                        QTest::addRow("%s-%s-%s%s", page, name, theme, suffix)
                            << QString::fromLatin1(page) << size << QString::fromLatin1(theme) << QString::fromLatin1(language);
                }
        }
    }

    void mainWindow() {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        QFETCH(QString, language);
        LanguageController::installInitial(language);
        // The same folder every run: Settings shows the backups' path.
        const cramp::test::TempDir dir(SCREENSHOT_DIARY_DIR);
        const QString path = QString::fromStdString((dir / "diary.sqlite").string());
        const bool morning = page == QLatin1String("today-morning");
        if (morning) page = QStringLiteral("today");
        fillDiary(path, theme.toUtf8().constData(), morning);
        if (page.startsWith(QLatin1String("care"))) fillCare(path);
        if (page == QLatin1String("trends-night")) {
            // The tapped night's bedtime care record, under its entries.
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            QVERIFY(d->set_night_factors(cramp::last_night(d->now(), "Asia/Shanghai") - date::days{1},
                                         {cramp::CareItem::calf_stretch, cramp::CareItem::long_standing}).ok());
        }
        const bool careLog = page == QLatin1String("care-log"), evening = page == QLatin1String("today-evening");
        if (careLog) page = QStringLiteral("carelog");
        if (evening) {
            page = QStringLiteral("today");
            // In New York last night is the 28th: its morning questions answered too, as the 29th's are.
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            for (auto q : {cramp::MorningQuestion::numbness, cramp::MorningQuestion::weakness})
                QVERIFY(d->set_preference(cramp::morning_answered_key(q), cramp::format_date(cramp::last_night(d->now(), "America/New_York"))).ok());
        }
        // settings-import: care records too, so that the question before the import counts them.
        if (page == QLatin1String("settings-import")) {
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            const auto last = cramp::last_night(cramp::test::fixedNow(), "Asia/Shanghai");
            QVERIFY(d->set_night_factors(last, {cramp::CareItem::calf_stretch, cramp::CareItem::legs_warm}).ok());
            QVERIFY(d->set_night_factors(last - date::days{1}, {}).ok());
        }
        // A backup of a smaller diary to restore, and (settings-replaced) two restores already made.
        const bool restore = page == QLatin1String("settings-restore"), replaced = page == QLatin1String("settings-replaced");
        const auto backup = dir / "backups" / "diary-20261101T080000Z.sqlite";
        if (restore || replaced) {
            const auto source = dir / "older.sqlite";
            auto older = cramp::Diary::open(source, cramp::test::fixedClock(cramp::test::fixedNow() - date::days{30}));
            QVERIFY(older.ok());
            cramp::Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = older->now() - std::chrono::hours{3};
            QVERIFY(older->add_episode(e).ok());
            QVERIFY(older->add_cramp_free_night(cramp::last_night(older->now(), "Asia/Shanghai") - date::days{3}).ok());
            QVERIFY(cramp::backup_to_file(*older, backup).ok());
        }
        if (replaced) {
            for (int i = 0; i < 2; ++i) QVERIFY(cramp::restore_backup(backup, path.toStdString(), cramp::test::fixedNow()).ok());
            auto restored = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(restored.ok());
            QVERIFY(restored->set_preference("theme", theme.toStdString()).ok());
        }
        if (restore || replaced) page = QStringLiteral("settings");
        const bool medicineForm = page == QLatin1String("settings-medicine-form");
        const bool medicines = medicineForm || page.endsWith(QLatin1String("-medicines"));
        if (medicines) {
            addMedicines(path);
            page = page.startsWith(QLatin1String("trends")) ? QStringLiteral("trends") : QStringLiteral("settings");
        }

        cramp::test::AppWindow app(path, size);
        QVERIFY(app.window());
        QVERIFY(app.shown());
        QTRY_COMPARE(app.window()->size(), size);
        const bool toEnd = page.endsWith(QLatin1String("-end"));
        if (toEnd) page.chop(4);
        const bool pick = page == QLatin1String("log-pick"), confirm = page == QLatin1String("log-confirm");
        const bool backfill = page == QLatin1String("log-backfill"), edit = page == QLatin1String("log-edit");
        if (pick || confirm || backfill || edit) page = QStringLiteral("log");
        // "settings-import": the question before an import is written, for a file exported here.
        const bool import = page == QLatin1String("settings-import");
        if (import) page = QStringLiteral("settings");
        const bool calendar = page == QLatin1String("trends-calendar"), night = page == QLatin1String("trends-night");
        if (calendar || night) page = QStringLiteral("trends");
        const bool undo = page == QLatin1String("today-undo");
        if (undo) page = QStringLiteral("today");
        const bool fileDialog = page == QLatin1String("file-dialog"), focus = page == QLatin1String("today-focus");
        if (fileDialog) page = QStringLiteral("report");
        if (focus) page = QStringLiteral("today");
        const bool zoom = page == QLatin1String("report-zoom"), picker = page == QLatin1String("report-picker");
        const bool doctor = page == QLatin1String("report-doctor");
        if (zoom || picker || doctor) page = QStringLiteral("report");
        // 01:00 UTC is 20:00 of the night before in New York: Today's evening.
        if (evening) DiarySession::of(qmlEngine(app.window()))->setZone(QStringLiteral("America/New_York"));
        QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, page)));
        // Wait for the page's own button, visible once the push transition has finished.
        const char* marker = page == QLatin1String("log")        ? "saveButton"
                             : page == QLatin1String("care")     ? "careLogTonight"
                             : page == QLatin1String("carelog")  ? "careSave"
                             : evening                           ? "tonightCareButton"
                             : page == QLatin1String("history")  ? "historyList"
                             : page == QLatin1String("settings") ? "settingsForm"
                             : page == QLatin1String("trends")   ? "weekChart"
                             : page == QLatin1String("report")   ? "reportPages"
                                                                 : "logButton";
        QTRY_VERIFY(app.item(marker) && app.item(marker)->isVisible() && app.idle());
        if (pick || confirm) {
            auto* log = app.item("logPage");
            QVERIFY(log);
            log->setProperty("onsetChoice", pick ? QStringLiteral("pick") : QStringLiteral("now"));
            log->setProperty("durationChoice", QStringLiteral("exact"));
            log->setProperty("exactSeconds", 900);
            if (confirm) {
                QVERIFY(QMetaObject::invokeMethod(log, "save"));
                auto* dialog = log->findChild<QObject*>(QStringLiteral("confirmLong"));
                QVERIFY(dialog);
                QTRY_VERIFY(dialog->property("opened").toBool());
            }
        }
        if (backfill || edit) {
            auto* log = app.item("logPage");
            QVERIFY(log);
            if (edit) {
                log->setProperty("episodeId", 4);  // the oldest cramp: 02:00 on 27 November, the night of the 26th
                QVERIFY(QMetaObject::invokeMethod(log, "loadEpisode"));
            } else {
                log->setProperty("onsetChoice", QStringLiteral("pick"));
                log->setProperty("pickedNight", QStringLiteral("2026-11-20"));
                log->setProperty("pickedHour", 2);
                log->setProperty("pickedMinute", 40);
            }
            QVERIFY(app.idle());
        }
        if (morning) QTRY_VERIFY(app.item("morningQuestions") && app.item("morningQuestions")->isVisible() && app.idle());
        if (import) {
            auto* transfer = app.window()->findChild<QObject*>(QStringLiteral("transfer"));
            QVERIFY(transfer);
            const QUrl file = QUrl::fromLocalFile(QString::fromStdString((dir / "export.csv").string()));
            QVERIFY(QMetaObject::invokeMethod(transfer, "exportTo", Q_ARG(QUrl, file), Q_ARG(QString, QStringLiteral("csv"))));
            QVERIFY(QMetaObject::invokeMethod(transfer, "checkImport", Q_ARG(QUrl, file)));
            auto* review = app.window()->findChild<QObject*>(QStringLiteral("importReview"));
            QVERIFY(review);
            QTRY_VERIFY(review->property("opened").toBool());
        }
        if (calendar || night) {
            // The night before last closed the run of cramps that reached the threshold.
            const auto crossing = cramp::last_night(cramp::test::fixedNow(), "Asia/Shanghai") - date::days{1};
            const QByteArray cell = "night_" + QByteArray::fromStdString(cramp::format_date(crossing));
            QTRY_VERIFY(app.item(cell.constData()));
            if (night) {
                QVERIFY(app.scrollTo("trendsForm", "nightCalendar"));
                QVERIFY(app.click(cell.constData()));
                QTRY_VERIFY(app.visible("nightPanel"));
            }
            QVERIFY(app.scrollTo("trendsForm", night ? "nightPanel" : "nightCalendar"));
        }
        if (undo) {
            QVERIFY(app.logWithDefaults());
            QTRY_VERIFY(app.visible("undoBar"));
        }
        if (fileDialog) {
            auto* dialog = app.window()->findChild<QObject*>(QStringLiteral("saveDialog"));
            QVERIFY(dialog);
            // The suggested name, in the diary's folder: the same listing on every machine.
            const QString name = dialog->property("currentFile").toUrl().fileName();
            dialog->setProperty("currentFile", QUrl::fromLocalFile(QString::fromStdString((dir / name.toStdString()).string())));
            QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
            QTRY_VERIFY(dialog->property("opened").toBool() && app.visible("fileDialogList"));
        }
        if (focus) {
            QTest::keyClick(app.window(), Qt::Key_Tab);
            QTRY_VERIFY(app.window()->activeFocusItem() && app.window()->activeFocusItem()->property("visualFocus").toBool());
        }
        if (zoom) {
            auto* report = app.item("reportPage");
            QVERIFY(report);
            QVERIFY(QMetaObject::invokeMethod(report, "zoomTo", Q_ARG(double, 2), Q_ARG(double, 0), Q_ARG(double, 0)));
            auto* pages = app.item("reportPages");
            (void)app.window()->grabWindow();  // a frame: the controls laid out above the pages
            pages->setProperty("contentY", pages->property("sheetsTop").toReal() - 16);
            (void)app.window()->grabWindow();
        }
        if (picker) {
            auto* report = app.item("reportPage");
            QVERIFY(report);
            report->property("report").value<QObject*>()->setProperty("weeks", 0);
            QVERIFY(QMetaObject::invokeMethod(app.item("reportControls"), "pick", Q_ARG(QString, QStringLiteral("from"))));
            auto* dialog = app.window()->findChild<QObject*>(QStringLiteral("datePicker"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->property("opened").toBool());
        }
        if (doctor) {
            auto* view = app.item("reportPage")->property("doctorView").value<QObject*>();
            QVERIFY(view);
            QVERIFY(app.click("doctorButton"));
            QTRY_VERIFY(view->property("opened").toBool());
            QTRY_VERIFY(app.visible("doctorSign4"));
        }
        if (restore) {
            auto* flow = app.window()->findChild<QObject*>(QStringLiteral("backupRestore"));
            QVERIFY(flow);
            flow->setProperty("file", QUrl::fromLocalFile(QString::fromStdString(backup.string())));
            QVERIFY(QMetaObject::invokeMethod(flow, "open"));
            auto* confirm = app.window()->findChild<QObject*>(QStringLiteral("restoreConfirm"));
            QVERIFY(confirm);
            QTRY_VERIFY(confirm->property("opened").toBool());
        }
        if (replaced) {
            // Scrolled so that the list is in view (to the end first: the form's layout settles).
            QVERIFY(app.scrollToEnd("settingsForm"));
            auto* form = app.item("settingsForm");
            QTRY_VERIFY(app.item("restoreReplacedButton1"));
            auto* last = app.item("restoreReplacedButton1");
            auto* content = form->property("contentItem").value<QQuickItem*>();
            const qreal bottom = last->mapToItem(content, QPointF(0, last->height())).y();
            const qreal most = form->property("contentHeight").toReal() - form->height();
            form->setProperty("contentY", std::clamp(bottom - form->height() + 24, 0.0, std::max(0.0, most)));
            (void)app.window()->grabWindow();
        }
        if (medicines && page == QLatin1String("settings")) {
            QTRY_VERIFY(app.item("medicineName2"));
            QVERIFY(app.scrollTo("settingsForm", "medicineEditor"));
            if (medicineForm) {
                QVERIFY(app.click("editMedicine2"));
                auto* form = app.window()->findChild<QObject*>(QStringLiteral("medicineForm"));
                QVERIFY(form);
                QTRY_VERIFY(form->property("opened").toBool());
            }
        }
        if (toEnd) {
            QVERIFY(app.scrollToEnd(page == QLatin1String("log")      ? "logForm"
                                    : page == QLatin1String("trends") ? "trendsForm"
                                    : doctor                          ? "doctorFlick"
                                    : page == QLatin1String("care")   ? "careForm"
                                    : page == QLatin1String("report") ? "reportPages"
                                                                      : "settingsForm"));
            // The report's last page from its top (an A4 page is taller than the window).
            if (auto* pages = page == QLatin1String("report") ? app.item("reportPages") : nullptr) {
                const qreal pageHeight = std::min(pages->width() - 32, 800.0) * 842 / 595;
                pages->setProperty("contentY", std::max(0.0, pages->property("contentY").toReal() - std::max(0.0, pageHeight - pages->height() + 8)));
                (void)app.window()->grabWindow();
            }
        }
        QImage img = app.window()->grabWindow();
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QString file = QStringLiteral(SCREENSHOT_DIR "/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(img.save(file));
        QCOMPARE(img.size(), size);
        const QString blank = cramp::test::blankness(img);
        QVERIFY2(blank.isEmpty(), qPrintable(file + ": " + blank));
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
