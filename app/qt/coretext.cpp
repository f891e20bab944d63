// SPDX-License-Identifier: GPL-3.0-or-later
#include "coretext.hpp"

#include <QCoreApplication>

namespace cramp::qt {

QString translated(const Message& message) {
    return QString::fromStdString(message.render([](const Text& t) {
        return QCoreApplication::translate(t.context, t.english).toStdString();
    }));
}

QString sentence(const Message& message) {
    QString s = translated(message);
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QStringList translated(const std::vector<Message>& messages) {
    QStringList out;
    out.reserve(static_cast<qsizetype>(messages.size()));
    for (const auto& m : messages) out << translated(m);
    return out;
}

}  // namespace cramp::qt
