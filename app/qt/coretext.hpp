// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and messages from the Qt-free core (import problems, why a diary cannot be opened, backup failures)
// in the app's current language: each template is looked up in the translations (lupdate collects
// them from CRAMP_TEXT), then filled in with the same arguments.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "episode.hpp"
#include "message.hpp"
#include "result.hpp"

namespace cramp::qt {

// A night or a date as QML and the report write it: YYYY-MM-DD.
inline QString isoDate(Date d) { return QString::fromStdString(format_date(d)); }

QString translated(const Message& message);
QStringList translated(const std::vector<Message>& messages);

// A message shown on its own rather than inside a sentence: its first letter a capital.
QString sentence(const Message& message);

template <typename T>
QString translatedError(const Result<T>& r) {
    return translated(r.problem());
}

}  // namespace cramp::qt
