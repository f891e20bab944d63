// The whole window, driven as a patient would: three taps to log, and the entry still there after
// the app is closed and opened again.
#include "appwindow.hpp"

#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

class WindowTest : public QObject {
    Q_OBJECT
private slots:
    void threeTapsLogACrampThatSurvivesARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
        {
            cramp::test::AppWindow app(path);
            QVERIFY(app.window());
            QVERIFY(QTest::qWaitForWindowExposed(app.window()));
            auto* list = app.item("latestList");
            QVERIFY(list);
            QCOMPARE(list->property("count").toInt(), 0);

            QVERIFY(app.click("logButton"));                        // tap 2 (tap 1 opened the app)
            QTRY_VERIFY(app.item("saveButton") && app.item("saveButton")->isVisible() && app.idle());
            QVERIFY(app.click("saveButton"));                       // tap 3
            QTRY_VERIFY(app.item("logButton") && app.item("logButton")->isVisible() && app.idle());
            QTRY_COMPARE(app.item("latestList")->property("count").toInt(), 1);
            QVERIFY2(app.warnings().isEmpty(), qPrintable(app.warnings().join('\n')));
        }
        // A new engine makes a new Diary singleton, which opens the file again.
        cramp::test::AppWindow again(path);
        QVERIFY(again.window());
        QTRY_COMPARE(again.item("latestList")->property("count").toInt(), 1);
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
        QVERIFY(!app.item("logButton")->isEnabled());
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("this is not a diary\n"));
    }
};

QTEST_MAIN(WindowTest)
#include "window_test.moc"
