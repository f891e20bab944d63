// crampdiary: with a subcommand, the command line; without one, the window.
#include "cli.hpp"
#include "diarycontroller.hpp"
#include "languagecontroller.hpp"
#include "paths.hpp"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>

// The QML module is linked statically; this pulls in its registration.
Q_IMPORT_QML_PLUGIN(CrampDiaryPlugin)

namespace {

bool haveDisplay() {
    for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (const char* s = std::getenv(v); s && *s) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const auto defaultDb = defaultDiaryPath();
    if (cramp::cli::wants_cli(argc, argv)) return cramp::cli::run(argc, argv, defaultDb, std::cout, std::cerr);

    QString db = QString::fromStdString(defaultDb.string());
    bool exitAfterFirstFrame = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) db = QString::fromLocal8Bit(argv[++i]);
        // For start-up benchmarks: show the first frame, then quit.
        else if (std::strcmp(argv[i], "--exit-after-first-frame") == 0) exitAfterFirstFrame = true;
    }
    if (!haveDisplay()) {
        std::cerr << "crampdiary: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "  Run it in a desktop session, or without a screen as:  xvfb-run -a crampdiary\n"
                     "  The command line works without a display: crampdiary --help\n";
        return 1;
    }

    QGuiApplication app(argc, argv);
    LanguageController::installInitial();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Cramp Diary"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    DiaryController::setStartupPath(db);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CrampDiary/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    if (exitAfterFirstFrame) {
        if (auto* w = qobject_cast<QQuickWindow*>(engine.rootObjects().first()))
            QObject::connect(
                w, &QQuickWindow::frameSwapped, &app,
                [] {
                    // When the frame was shown (CLOCK_MONOTONIC), for the benchmark that spawned us.
                    timespec t{};
                    clock_gettime(CLOCK_MONOTONIC, &t);
                    std::printf("first-frame %lld\n", static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
    }
    return app.exec();
}
