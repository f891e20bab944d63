// SPDX-License-Identifier: GPL-3.0-or-later
// For the page models QML creates (TrendsModel, ReportModel): take `next` as the session `held`,
// and call `onChange` of `receiver` whenever the diary's content changes. True when it changed.
#pragma once

#include "diarysession.hpp"

#include <QPointer>

template <typename Receiver>
bool followSession(Receiver* receiver, QPointer<DiarySession>& held, DiarySession* next, void (Receiver::*onChange)()) {
    if (next == held) return false;
    if (held) QObject::disconnect(held, nullptr, receiver, nullptr);
    held = next;
    if (held) QObject::connect(held, &DiarySession::contentChanged, receiver, onChange);
    return true;
}
