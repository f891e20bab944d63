// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window, driven as a patient would: three taps to log, and the entry still there after
// the app is closed and opened again.
#include "appwindow.hpp"
#include "clock.hpp"
#include "diary.hpp"

#include <QDir>

#include "cli.hpp"

#include <QAccessible>
#include <QElapsedTimer>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

// Every message printed while it lives, whatever its category or text.
class PrintedMessages {
public:
    PrintedMessages() { previous_ = qInstallMessageHandler(&PrintedMessages::record); }
    ~PrintedMessages() { qInstallMessageHandler(previous_); }
    static QStringList& all() {
        static QStringList messages;
        return messages;
    }

private:
    static void record(QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtDebugMsg && type != QtInfoMsg) all() << message;
    }
    QtMessageHandler previous_;
};

}  // namespace

class WindowTest : public QObject {
    Q_OBJECT
private slots:
    // Starting the app prints nothing: no QML warning (Qt 6.4 printed "Cyclic dependency detected
    // between Names.qml and Theme.qml" while two QML singletons imported each other), nothing else.
    void startingTheWindowPrintsNoWarning() {
        QTemporaryDir dir;
        PrintedMessages::all().clear();
        {
            PrintedMessages printed;
            cramp::test::AppWindow app(dir.filePath(QStringLiteral("diary.sqlite")));
            QVERIFY(app.shown());
            QTRY_VERIFY(app.item("latestList"));
        }
        QVERIFY2(PrintedMessages::all().isEmpty(), qPrintable(PrintedMessages::all().join('\n')));
    }

    void threeTapsLogACrampThatSurvivesARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            cramp::test::AppWindow app(path);
            QVERIFY(app.window());
            QVERIFY(app.shown());
            auto* list = app.item("latestList");
            QVERIFY(list);
            QCOMPARE(list->property("count").toInt(), 0);

            QVERIFY(app.click("logButton"));                        // tap 2 (tap 1 opened the app)
            QTRY_VERIFY(app.item("saveButton") && app.visible("saveButton") && app.idle());
            QVERIFY(app.click("saveButton"));                       // tap 3
            QTRY_VERIFY(app.item("logButton") && app.visible("logButton") && app.idle());
            QTRY_COMPARE(app.prop("latestList", "count").toInt(), 1);
            QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        }
        // A new engine makes a new Diary singleton, which opens the file again.
        cramp::test::AppWindow again(path);
        QVERIFY(again.window());
        QTRY_COMPARE(again.prop("latestList", "count").toInt(), 1);
    }

    void phoneHasABottomBarDesktopASideBarAndEveryPageOpens() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        for (QSize size : {QSize(390, 844), QSize(1280, 800)}) {
            cramp::test::AppWindow app(path, size);
            QVERIFY(app.shown());
            QTRY_COMPARE(app.window()->size(), size);
            const bool phone = size.width() < 700;
            QTRY_COMPARE(app.visible("bottomBar"), phone);
            QCOMPARE(app.visible("sideBar"), !phone);
            const char* prefix = phone ? "tab_" : "nav_";
            for (auto [page, marker] : {std::pair{"history", "historyList"}, {"settings", "settingsForm"}, {"care", "careLogTonight"},
                                          {"today", "logButton"}}) {
                const QByteArray button = QByteArray(prefix) + page;
                QVERIFY2(app.click(button.constData()), button.constData());
                QTRY_VERIFY2(app.item(marker) && app.item(marker)->isVisible() && app.idle(), marker);
                // Every touch target of the navigation is at least 48 px high.
                QVERIFY(app.item(button.constData())->height() >= 48);
            }
            QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        }
    }

    void escapeLeavesTheLogPageWithoutSaving() {
        QTemporaryDir dir;
        cramp::test::AppWindow app(dir.filePath(QStringLiteral("diary.sqlite")));
        QVERIFY(app.shown());
        QVERIFY(app.click("logButton"));
        QTRY_VERIFY(app.item("saveButton") && app.visible("saveButton") && app.idle());
        QTest::keyClick(app.window(), Qt::Key_Escape);
        QTRY_VERIFY(app.item("logButton") && app.visible("logButton") && app.idle());
        QCOMPARE(app.prop("latestList", "count").toInt(), 0);
        // From another page, Esc goes back to Today.
        QVERIFY(app.click("tab_settings"));
        QTRY_VERIFY(app.item("settingsForm") && app.visible("settingsForm") && app.idle());
        QTest::keyClick(app.window(), Qt::Key_Escape);
        QTRY_VERIFY(app.item("logButton") && app.visible("logButton") && app.idle());
    }

    void savedThenUndoInTheWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        cramp::test::AppWindow app(path);
        QVERIFY(app.shown());
        QVERIFY(app.logWithDefaults());
        // "Saved · Undo" after the save; Undo takes the entry back out.
        QTRY_VERIFY(app.visible("undoBar"));
        QCOMPARE(app.prop("undoMessage", "text").toString(), QStringLiteral("Saved"));
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 1);
        QVERIFY(app.click("undoButton"));
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 0);
        QTRY_VERIFY(!app.visible("undoBar"));
        // The one-tap check-in offers its own.
        QVERIFY(app.click("checkInButton"));
        QTRY_VERIFY(app.visible("undoBar"));
        QCOMPARE(app.prop("undoMessage", "text").toString(), QStringLiteral("Cramp-free night recorded"));
    }

    void aNightOfTheCalendarInTheWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        cramp::test::AppWindow app(path, QSize(1280, 800));
        QVERIFY(app.shown());
        QVERIFY(app.logWithDefaults());  // at 08:59 on 30 November: the night of the 29th
        QVERIFY(app.click("nav_trends"));
        QTRY_VERIFY(app.item("night_2026-11-28") && app.idle());
        QVERIFY(app.scrollTo("trendsForm", "nightCalendar"));
        // An unrecorded night: Cramp-free, then the Saved · Undo bar says so.
        QVERIFY(app.click("night_2026-11-28"));
        QTRY_VERIFY(app.visible("nightCheckIn"));
        QVERIFY(app.click("nightCheckIn"));
        QTRY_VERIFY(app.visible("undoBar") && app.visible("nightRemove"));
        QCOMPARE(app.prop("undoMessage", "text").toString(), QStringLiteral("Cramp-free night recorded"));
        // A night with an entry: tapping the entry opens it in the log page.
        QVERIFY(app.click("night_2026-11-29"));
        QTRY_VERIFY(app.visible("nightEntry"));
        // Scrolled into view first: where the panel's entry lies in the window depends on how long
        // the steps above took (the Saved · Undo bar shortens the page for 10 real seconds).
        QVERIFY(app.scrollTo("trendsForm", "nightEntry"));
        QVERIFY(app.click("nightEntry"));
        QTRY_VERIFY(app.item("logPage") && app.prop("logPage", "editing").toBool() && app.idle());
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    // Care's "Log tonight's care" opens the care log over the page, without the bottom bar; "None of
    // these" saves and goes back; the calendar's panel opens the log of its night, Back leaves it.
    void theBedtimeCareLogInTheWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        cramp::test::AppWindow app(path, QSize(390, 844));
        QVERIFY(app.shown());
        QTRY_VERIFY(app.item("tab_care"));
        QVERIFY(app.click("tab_care"));
        QTRY_VERIFY(app.item("careLogTonight") && app.visible("careLogTonight") && app.idle());
        QVERIFY(app.click("careLogTonight"));
        QTRY_VERIFY(app.item("careNone") && app.visible("careNone") && app.idle());
        QCOMPARE(app.prop("careLogPage", "night").toString(), QString());
        QVERIFY(!app.visible("bottomBar"));
        QVERIFY(app.click("careNone"));
        QTRY_VERIFY(app.item("careLogTonight") && app.visible("careLogTonight") && app.visible("bottomBar") && app.idle());
        QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, QStringLiteral("carelog"))));
        QTRY_VERIFY(app.item("careStatus") && app.visible("careStatus") && app.idle());
        QCOMPARE(app.prop("careStatus", "text").toString(), QStringLiteral("Recorded: None of these"));
        QVERIFY(app.click("careBack"));
        QTRY_VERIFY(app.item("careLogTonight") && app.visible("careLogTonight") && app.idle());

        QVERIFY(app.click("tab_trends"));
        QTRY_VERIFY(app.item("night_2026-11-28") && app.idle());
        QVERIFY(app.scrollTo("trendsForm", "nightCalendar"));
        QVERIFY(app.click("night_2026-11-28"));
        QTRY_VERIFY(app.visible("nightCareButton"));
        QVERIFY(app.scrollTo("trendsForm", "nightCareButton"));
        QVERIFY(app.click("nightCareButton"));
        QTRY_VERIFY(app.item("careLogPage") && app.visible("careSave") && app.idle());
        QCOMPARE(app.prop("careLogPage", "night").toString(), QStringLiteral("2026-11-28"));
        QVERIFY(app.click("careBack"));
        QTRY_VERIFY(app.visible("nightCareButton") && app.idle());
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    void deleteInHistoryThenUndo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        cramp::test::AppWindow app(path);
        QVERIFY(app.shown());
        QVERIFY(app.logWithDefaults());

        QVERIFY(app.click("tab_history"));
        QTRY_VERIFY(app.item("historyList") && app.idle());
        QTRY_COMPARE(app.prop("historyList", "count").toInt(), 1);
        QTRY_VERIFY(app.item("deleteButton") && app.visible("deleteButton"));
        QVERIFY(app.click("deleteButton"));
        QTRY_COMPARE(app.prop("historyList", "count").toInt(), 0);
        app.collectGarbage();  // the list's section header component must outlive a collection
        QTRY_VERIFY(app.visible("undoBar"));
        QVERIFY(app.click("undoButton"));
        QTRY_COMPARE(app.prop("historyList", "count").toInt(), 1);
        QTRY_VERIFY(!app.visible("undoBar"));

        // Edit from the history: the log page opens on the entry; Save changes it in place.
        QTRY_VERIFY(app.item("editButton") && app.visible("editButton"));
        QVERIFY(app.click("editButton"));
        QTRY_VERIFY(app.item("logPage") && app.prop("logPage", "editing").toBool() && app.idle());
        app.item("logPage")->setProperty("intensity", 9);
        QVERIFY(app.click("saveButton"));
        QTRY_VERIFY(app.item("historyList") && app.visible("historyList") && app.idle());
        QCOMPARE(app.prop("historyList", "count").toInt(), 1);
        auto* history = app.prop("historyList", "model").value<QAbstractItemModel*>();
        QVERIFY(history);
        QCOMPARE(history->data(history->index(0, 0), history->roleNames().key("intensity")).toInt(), 9);
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    // The desktop keyboard from launch, nothing clicked: Enter on Today opens the log page and Enter
    // there saves at once; Ctrl+N opens it again and Esc leaves without saving.
    void theKeyboardLogsFromLaunchWithoutAClick() {
        QTemporaryDir dir;
        cramp::test::AppWindow app(dir.filePath(QStringLiteral("diary.sqlite")), QSize(1280, 800));
        QVERIFY(app.shown());
        QTRY_VERIFY(app.item("latestList"));
        QCOMPARE(app.prop("latestList", "count").toInt(), 0);
        QTest::keyClick(app.window(), Qt::Key_Return);
        QTRY_VERIFY(app.item("logPage") && app.visible("saveButton"));
        QTest::keyClick(app.window(), Qt::Key_Return);  // during the page's transition already
        QTRY_VERIFY(app.item("logButton") && app.visible("logButton") && app.idle() && !app.item("logPage"));
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 1);

        QTest::keyClick(app.window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(app.item("logPage") && app.visible("saveButton"));
        QTest::keyClick(app.window(), Qt::Key_Escape);
        QTRY_VERIFY(app.item("logButton") && app.visible("logButton") && app.idle() && !app.item("logPage"));
        QCOMPARE(app.prop("latestList", "count").toInt(), 1);

        // And again, Enter on Today (the focus came back to it) and Enter to save.
        QTest::keyClick(app.window(), Qt::Key_Enter);
        QTRY_VERIFY(app.item("logPage") && app.visible("saveButton") && app.idle());
        QTest::keyClick(app.window(), Qt::Key_Enter);
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 2);
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    // Every control a finger or a screen reader meets on every page: a name, and 48 px to hit.
    void everyControlHasANameAndA48pxTarget() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            // One entry and one cramp-free night, so History shows both kinds of row.
            cramp::test::AppWindow seed(path);
            QVERIFY(seed.shown());
            QVERIFY(QMetaObject::invokeMethod(seed.window(), "openPage", Q_ARG(QString, QStringLiteral("log"))));
            QTRY_VERIFY(seed.item("saveButton") && seed.visible("saveButton") && seed.idle());
            QVERIFY(seed.click("saveButton"));
            QTRY_VERIFY(seed.item("logButton") && seed.visible("logButton") && seed.idle());
        }
        cramp::test::AppWindow app(path);
        QVERIFY(app.shown());
        // "report-save": the report page with its file dialog open.
        for (auto [page, marker] : {std::pair{"today", "logButton"}, {"log", "saveButton"}, {"history", "historyList"},
                                    {"trends", "weekChart"}, {"report", "reportPages"}, {"report-save", "fileDialogName"},
                                    {"settings", "settingsForm"}}) {
            const bool dialog = QByteArray(page) == "report-save";
            if (dialog) {
                auto* save = app.window()->findChild<QObject*>(QStringLiteral("saveDialog"));
                QVERIFY(save && QMetaObject::invokeMethod(save, "open"));
            } else {
                QVERIFY(QMetaObject::invokeMethod(app.window(), "openPage", Q_ARG(QString, QString::fromLatin1(page))));
            }
            QTRY_VERIFY(app.item(marker) && app.item(marker)->isVisible() && app.idle());
            QStringList problems;
            int controls = 0;
            std::function<void(QQuickItem*)> walk = [&](QQuickItem* it) {
                if (!it->isVisible()) return;
                const auto* mo = it->metaObject();
                const bool control = mo->inherits(&QObject::staticMetaObject) &&
                                     (it->inherits("QQuickAbstractButton") || it->inherits("QQuickSlider") ||
                                      it->inherits("QQuickSpinBox") || it->inherits("QQuickTextField"));
                // A Tab stop that is not a control of its own (a chip group, a file list): a name too.
                if (!control && it->activeFocusOnTab()) {
                    auto* iface = QAccessible::queryAccessibleInterface(it);
                    if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                        problems << QString::fromLatin1(page) + ": Tab stop " + QString::fromLatin1(mo->className()) + " '" +
                                        it->objectName() + "' has no accessible name";
                }
                if (control) {
                    ++controls;
                    auto* iface = QAccessible::queryAccessibleInterface(it);
                    const QString name = iface ? iface->text(QAccessible::Name) : QString();
                    const QString what = QString::fromLatin1(page) + ": " + QString::fromLatin1(mo->className()) + " '" +
                                         it->objectName() + "' " + name;
                    if (name.trimmed().isEmpty()) problems << what + " has no accessible name";
                    if (it->height() < 48) problems << what + QStringLiteral(" is %1 px high").arg(it->height());
                }
                for (auto* child : it->childItems()) walk(child);
            };
            walk(app.window()->contentItem());
            QVERIFY2(controls > 3, page);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
            if (dialog) {
                QTest::keyClick(app.window(), Qt::Key_Escape);
                QTRY_VERIFY(!app.visible("fileDialogName"));
            }
        }
    }

    void aTenYearDiaryOpensAndHistoryLoadsMoreAsItScrolls() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            std::ostringstream out, err;
            const std::string db = path.toStdString();
            const char* argv[] = {"crampdiary", "--db", db.c_str(), "demo", "--nights", "3650"};
            QCOMPARE(cramp::cli::run(6, const_cast<char**>(argv), db, out, err), 0);
        }
        QElapsedTimer t;
        t.start();
        cramp::test::AppWindow app(path);
        QVERIFY(app.shown());
        qInfo() << "window with a 10-year diary exposed after" << t.elapsed() << "ms";
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 5);
        QVERIFY(app.click("tab_history"));
        QTRY_VERIFY(app.item("historyList") && app.visible("historyList") && app.idle());
        auto* list = app.item("historyList");
        const int first = list->property("count").toInt();
        QVERIFY(first > 0);
        // Scrolling to the end asks for older nights, a window at a time.
        for (int i = 0; i < 3; ++i) {
            const int before = list->property("count").toInt();
            QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
            QTRY_VERIFY(list->property("count").toInt() > before);
        }
        QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
    }

    void aDiaryThatCannotBeOpenedOffersTheLatestBackup() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            auto d = cramp::Diary::open(path.toStdString(), cramp::test::fixedClock());
            QVERIFY(d.ok());
            cramp::Episode e;
            e.zone = "Asia/Shanghai";
            e.onset = d->now() - std::chrono::hours{2};
            QVERIFY(d->add_episode(e).ok());
            QDir().mkpath(dir.filePath(QStringLiteral("backups")));
            QVERIFY(d->backup_to(dir.filePath(QStringLiteral("backups/diary-2026-01-01.sqlite")).toStdString()).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("damaged");
        f.close();
        cramp::test::AppWindow app(path);
        QVERIFY(app.window());
        QVERIFY(app.shown());
        QTRY_VERIFY(app.item("restoreLatestButton") && app.visible("restoreLatestButton"));
        QVERIFY(app.click("restoreLatestButton"));
        // The same question as in Settings: what the backup holds, and why the diary cannot say.
        QObject* confirm = nullptr;
        QTRY_VERIFY((confirm = app.window()->findChild<QObject*>(QStringLiteral("restoreConfirm"))) && confirm->property("opened").toBool());
        QVERIFY2(confirm->property("body").toString().contains(QStringLiteral("The backup holds: 1 cramp")),
                 qPrintable(confirm->property("body").toString()));
        QVERIFY(confirm->property("body").toString().contains(QStringLiteral("The diary holds now: cannot be read: ")));
        QVERIFY(app.click("dialogAccept"));
        QTRY_VERIFY(app.item("logButton") && app.item("logButton")->isEnabled());
        // What happened is said; the damaged diary it replaced cannot be brought back, so no undo.
        auto* outcome = app.window()->findChild<QObject*>(QStringLiteral("restoreOutcome"));
        QVERIFY(outcome);
        QTRY_VERIFY(outcome->property("opened").toBool());
        QVERIFY(outcome->property("body").toString().startsWith(QStringLiteral("Restored diary-2026-01-01.sqlite. The diary now holds 1 cramp")));
        QCOMPARE(outcome->property("acceptText").toString(), QString());
        QTRY_COMPARE(app.prop("latestList", "count").toInt(), 1);
        // The damaged file is kept beside the diary, byte for byte.
        const auto kept = QDir(dir.path()).entryList({QStringLiteral("diary.sqlite.replaced-*")});
        QCOMPARE(kept.size(), 1);
        QFile k(dir.filePath(kept.first()));
        QVERIFY(k.open(QIODevice::ReadOnly));
        QCOMPARE(k.readAll(), QByteArray("damaged"));
    }

    void aDamagedDiaryIsReportedNotOverwritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a diary\n");
        f.close();
        cramp::test::AppWindow app(path);
        QVERIFY(app.window());
        QVERIFY(app.item("logButton"));
        QVERIFY(!app.item("logButton")->isEnabled());
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("this is not a diary\n"));
    }

    // Damage that only the integrity check finds (it runs after the window opened the diary): the
    // window ends on the same "could not be opened" screen, and the file is left as it was.
    void aDiaryFoundDamagedAfterOpeningShowsWhy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(STORAGE_FIXTURES "/diary-damaged-freelist.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        {
            cramp::test::AppWindow app(path);
            QVERIFY(app.window());
            QVERIFY(app.shown());
            QTRY_VERIFY(app.visible("openErrorText"));
            QVERIFY(app.prop("openErrorText", "text").toString().contains(QStringLiteral("is damaged")));
            QVERIFY(!app.item("logButton")->isEnabled());
            QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
    }
};

QTEST_MAIN(WindowTest)
#include "window_test.moc"
