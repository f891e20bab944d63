// SPDX-License-Identifier: GPL-3.0-or-later
// What QML reads of one episode, shared by the Today list (EpisodeModel) and History
// (HistoryModel): each model's roles from OnsetRole on are these fields, in this order.
#pragma once

#include "episode.hpp"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QHash>
#include <QVariant>
#include <QVariantMap>

namespace episode_roles {

enum Field {
    Onset,      // ISO 8601 local time with offset
    OnsetTime,  // "HH:mm" local to the episode's zone
    Zone,
    Duration,
    Site,
    Side,
    Intensity,
    Posture,
    Numbness,
    Weakness,
    Radiating,
    Tingling,
    Woke,
    Relief,
    Note,
    FieldCount
};

QVariant value(const cramp::Episode& e, Field f);
// The value a row without an episode (a cramp-free night) gives: empty, of the field's type.
QVariant empty(Field f);
// Adds the fields' role names, the first at `firstRole`.
void addNames(QHash<int, QByteArray>& names, int firstRole);
// One row as a map of role name to value (the models' get(), for tests and detail views).
QVariantMap row(const QAbstractItemModel& model, int row);

}  // namespace episode_roles
