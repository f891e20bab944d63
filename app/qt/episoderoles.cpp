// SPDX-License-Identifier: GPL-3.0-or-later
#include "episoderoles.hpp"

#include "isotime.hpp"

#include <QStringList>

namespace episode_roles {
namespace {

template <typename E>
QString name(E e) {
    auto s = cramp::to_string(e);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

template <typename E>
QStringList names(cramp::EnumSet<E> s) {
    QStringList out;
    for (E e : s.values()) out << name(e);
    return out;
}

}  // namespace

QVariant value(const cramp::Episode& e, Field f) {
    switch (f) {
    case Onset: return QString::fromStdString(cramp::format_iso_local(e.onset, e.zone));
    case OnsetTime: return QString::fromStdString(cramp::format_iso_local(e.onset, e.zone)).mid(11, 5);
    case Zone: return QString::fromStdString(e.zone);
    case Duration: return e.duration_s;
    case Site: return name(e.site);
    case Side: return name(e.side);
    case Intensity: return e.intensity;
    case Posture: return name(e.posture);
    case Numbness: return name(e.numbness);
    case Weakness: return names(e.weakness);
    case Radiating: return e.radiating;
    case Tingling: return e.tingling_symmetric;
    case Woke: return e.woke;
    case Relief: return names(e.relief);
    case Note: return QString::fromStdString(e.note);
    case FieldCount: break;
    }
    return {};
}

QVariant empty(Field f) {
    switch (f) {
    case Weakness:
    case Relief: return QStringList();
    case Radiating:
    case Tingling:
    case Woke: return false;
    case Duration:
    case Intensity: return 0;
    case FieldCount: return {};
    default: return QString();
    }
}

void addNames(QHash<int, QByteArray>& out, int firstRole) {
    static const char* const kNames[FieldCount] = {"onset",    "onsetTime", "zone",     "durationS", "site",
                                                   "side",     "intensity", "posture",  "numbness",  "weakness",
                                                   "radiating", "tinglingSymmetric", "woke", "relief", "note"};
    for (int f = 0; f < FieldCount; ++f) out.insert(firstRole + f, kNames[f]);
}

QVariantMap row(const QAbstractItemModel& model, int r) {
    QVariantMap m;
    if (r < 0 || r >= model.rowCount()) return m;
    const auto roles = model.roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        m.insert(QString::fromLatin1(it.value()), model.data(model.index(r, 0), it.key()));
    return m;
}

}  // namespace episode_roles
