// SPDX-License-Identifier: GPL-3.0-or-later
// When the first frame has been shown: the Today page and the navigation put in that frame only what
// a patient needs at once (log a cramp, the cramp-free night, the count of the last 7 nights) and
// create the rest right after it, so the window appears sooner.
#pragma once

#include <QObject>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

class Startup : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // False until a watched window has shown its first frame; then true for good.
    Q_PROPERTY(bool firstFrameShown READ firstFrameShown NOTIFY firstFrameShownChanged)

public:
    explicit Startup(QObject* parent = nullptr) : QObject(parent) {}

    bool firstFrameShown() const { return shown_; }
    // Watches `window` for its next frame (the main window, or a test's); safe to call again.
    Q_INVOKABLE void watch(QQuickWindow* window);

signals:
    void firstFrameShownChanged();

private:
    bool shown_ = false;
    QQuickWindow* watched_ = nullptr;
    QMetaObject::Connection frame_;
};
