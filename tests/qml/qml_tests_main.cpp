// Runs tests/qml/tst_*.qml against the real QML module, with the diary in a temporary folder.
#include "diarycontroller.hpp"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() { DiaryController::setStartupPath(dir_.filePath(QStringLiteral("diary-0.sqlite"))); }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // A fresh diary for every test file (each gets its own engine and so its own Diary).
        DiaryController::setStartupPath(dir_.filePath(QStringLiteral("diary-%1.sqlite").arg(++n_)));
    }

private:
    QTemporaryDir dir_;
    int n_ = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "qml_tests_main.moc"
