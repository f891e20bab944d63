// SPDX-License-Identifier: GPL-3.0-or-later
// crampdiary: with a subcommand, the command line; without one, the window.
#include "cli.hpp"
#include "output.hpp"
#include "diarysession.hpp"
#include "languagecontroller.hpp"
#include "paths.hpp"
#include "startup.hpp"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
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
    setAppIdentity();
    const auto defaultDb = defaultDiaryPath();
    if (cramp::cli::wants_cli(argc, argv)) {
        // stdout checked to the end: `crampdiary export > /dev/full` fails, as it should.
        cramp::cli::CheckedOutput out(STDOUT_FILENO);
        return out.finish(cramp::cli::run(argc, argv, defaultDb, out.stream(), std::cerr), std::cerr);
    }

    // An option neither we nor Qt know is refused before any window opens.
    const auto args = cramp::cli::window_args(argc, argv, std::cerr);
    if (!args) return cramp::cli::kBadInput;
    const QString db = args->db ? QString::fromLocal8Bit(args->db->c_str()) : QString::fromStdString(defaultDb.string());
    // For start-up benchmarks: show the first frame (and with the second switch, the frame that
    // has the whole Today page, made just after the first), then quit.
    const bool exitAfterFirstFrame = args->exit_after_first_frame, exitAfterCompleteFrame = args->exit_after_complete_frame;
    if (!haveDisplay()) {
        std::cerr << "crampdiary: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "  Run it in a desktop session, or without a screen as:  xvfb-run -a crampdiary\n"
                     "  The command line works without a display: crampdiary --help\n";
        return 1;
    }

    QGuiApplication app(argc, argv);
    carryOverLanguage(legacySettingsFile());
    LanguageController::installInitial();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Cramp Diary"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    DiarySession::setStartupPath(db);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CrampDiary/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    if (exitAfterFirstFrame || exitAfterCompleteFrame) {
        auto* w = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        auto* startup = engine.singletonInstance<Startup*>(qmlTypeId("CrampDiary", 1, 0, "Startup"));
        if (!w || !startup) return 1;
        // When the first frame was shown, and the first frame synchronized after Startup made what
        // waits for the first (the complete Today page): CLOCK_MONOTONIC, taken as each is swapped
        // (on the render thread with the threaded render loop), not when this thread gets to it.
        // Printed for the benchmark that spawned us, which then reads the process's exit.
        static std::atomic<long long> first{0}, complete{0};
        static std::atomic<bool> made{false}, synced{false};
        const auto now = [] {
            timespec t{};
            clock_gettime(CLOCK_MONOTONIC, &t);
            return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
        };
        QObject::connect(startup, &Startup::firstFrameShownChanged, &app, [] { made = true; });
        QObject::connect(w, &QQuickWindow::afterSynchronizing, w, [] { synced = synced || made; }, Qt::DirectConnection);
        QObject::connect(
            w, &QQuickWindow::frameSwapped, w,
            [now] {
                const long long t = now();
                long long zero = 0;
                if (first.compare_exchange_strong(zero, t)) return;
                zero = 0;
                if (synced) complete.compare_exchange_strong(zero, t);
            },
            Qt::DirectConnection);
        QObject::connect(
            w, &QQuickWindow::frameSwapped, &app,
            [exitAfterCompleteFrame] {
                if (exitAfterCompleteFrame && !complete) return;
                std::printf("first-frame %lld\n", first.load());
                if (complete) std::printf("complete-frame %lld\n", complete.load());
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return app.exec();
}
