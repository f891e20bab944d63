// A floor for the start-up benchmark: loads one QML file and quits after its first frame, exactly
// as `crampdiary --exit-after-first-frame` does (printing when the frame was shown), so the two are
// measured the same way.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

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
    QObject::connect(
        w, &QQuickWindow::frameSwapped, &app,
        [] {
            timespec t{};
            clock_gettime(CLOCK_MONOTONIC, &t);
            std::printf("first-frame %lld\n", static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec);
            std::fflush(stdout);
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    return app.exec();
}
