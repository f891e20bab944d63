// SPDX-License-Identifier: GPL-3.0-or-later
// A floor for the start-up benchmark: loads one QML file and quits after its first frame, exactly
// as `crampdiary --exit-after-first-frame` does (taking the time as the frame is swapped, then
// printing it), so the two are measured the same way. A floor has nothing to add after its first
// frame: that frame is also its complete one.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>
#include <ctime>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral(FLOOR_QML)));
    if (engine.rootObjects().isEmpty()) return 1;
    auto* w = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!w) return 1;
    static std::atomic<long long> shown{0};
    QObject::connect(
        w, &QQuickWindow::frameSwapped, w,
        [] {
            timespec t{};
            clock_gettime(CLOCK_MONOTONIC, &t);
            long long none = 0;
            shown.compare_exchange_strong(none, static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec);
        },
        Qt::DirectConnection);
    QObject::connect(
        w, &QQuickWindow::frameSwapped, &app,
        [] {
            std::printf("first-frame %lld\n", shown.load());
            std::fflush(stdout);
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    return app.exec();
}
