// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.hpp"

#include <QQuickWindow>

void Startup::watch(QQuickWindow* window) {
    if (shown_ || !window || window == watched_) return;
    watched_ = window;
    disconnect(frame_);
    // frameSwapped comes from the render thread with the threaded render loop: queued to this one.
    frame_ = connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            disconnect(frame_);
            if (shown_) return;
            shown_ = true;
            emit firstFrameShownChanged();
        },
        Qt::QueuedConnection);
}
