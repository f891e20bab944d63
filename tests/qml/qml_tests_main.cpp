// SPDX-License-Identifier: GPL-3.0-or-later
// Runs tests/qml/tst_*.qml against the real QML module, with the diary in a temporary folder and the
// clock fixed (tests/support/clock.hpp), so every run sees the same dates and hours.
#include "clock.hpp"
#include "diarysession.hpp"
#include "languagecontroller.hpp"

#include <QQmlEngine>
#include <QSettings>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        // The user's settings (the language choice) live in the temporary folder, start in English,
        // and a test that switches the language cannot leave the next run (or the user) in Chinese.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
        LanguageController::installInitial();
        DiarySession::setStartupPath(dir_.filePath(QStringLiteral("diary-0.sqlite")));
        DiarySession::setStartupClock(cramp::test::fixedClock());
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A fresh diary for every test file (each gets its own engine and so its own DiaryFile).
        DiarySession::setStartupPath(dir_.filePath(QStringLiteral("diary-%1.sqlite").arg(++n_)));
    }

private:
    QTemporaryDir dir_;
    int n_ = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "qml_tests_main.moc"
