// SPDX-License-Identifier: GPL-3.0-or-later
// The latest few episodes for the Today screen, newest first. Only the latest ones are loaded (a
// 10-year diary opens as fast as a new one); the whole history is HistoryModel's, loaded lazily.
// Changed row by row (sync), never reset on a single change.
#pragma once

#include "episode.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

class EpisodeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EpisodeModel comes from Entries.latest")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NightRole,
        OnsetRole,  // then every field of episode_roles::Field, in its order
        NoteRole = OnsetRole + 14,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map of role name to value (for tests and detail views).
    Q_INVOKABLE QVariantMap get(int row) const;

    // Makes the rows equal to `latest` (newest first) with the fewest row removals and insertions,
    // and dataChanged for rows whose content changed.
    void sync(const std::vector<cramp::Episode>& latest);

signals:
    void countChanged();

private:
    int rowOf(std::int64_t id) const;
    std::vector<cramp::Episode> rows_;
};
