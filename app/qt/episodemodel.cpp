// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodemodel.hpp"

#include "coretext.hpp"
#include "episoderoles.hpp"

#include <algorithm>

static_assert(EpisodeModel::NoteRole - EpisodeModel::OnsetRole + 1 == episode_roles::FieldCount);

int EpisodeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant EpisodeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& e = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(e.id);
    case NightRole: return cramp::qt::isoDate(e.night);
    default: break;
    }
    const int field = role - OnsetRole;
    if (field < 0 || field >= episode_roles::FieldCount) return {};
    return episode_roles::value(e, episode_roles::Field(field));
}

QHash<int, QByteArray> EpisodeModel::roleNames() const {
    QHash<int, QByteArray> names{{IdRole, "episodeId"}, {NightRole, "night"}};
    episode_roles::addNames(names, OnsetRole);
    return names;
}

QVariantMap EpisodeModel::get(int row) const { return episode_roles::row(*this, row); }

void EpisodeModel::sync(const std::vector<cramp::Episode>& latest) {
    const int before = rowCount();
    // Rows that are no longer among the latest go first (back to front keeps the indexes right).
    for (int i = rowCount() - 1; i >= 0; --i) {
        const auto id = rows_[static_cast<std::size_t>(i)].id;
        if (std::none_of(latest.begin(), latest.end(), [id](const auto& e) { return e.id == id; })) {
            beginRemoveRows({}, i, i);
            rows_.erase(rows_.begin() + i);
            endRemoveRows();
        }
    }
    // An edited episode may have moved in time: take it out where its position is wrong.
    for (std::size_t j = 0; j < latest.size(); ++j) {
        const int at = rowOf(latest[j].id);
        if (at >= 0 && at != static_cast<int>(j) && static_cast<std::size_t>(at) > j) {
            beginRemoveRows({}, at, at);
            rows_.erase(rows_.begin() + at);
            endRemoveRows();
        }
        const int now = rowOf(latest[j].id);
        if (now < 0) {
            const int row = static_cast<int>(std::min(j, rows_.size()));
            beginInsertRows({}, row, row);
            rows_.insert(rows_.begin() + row, latest[j]);
            endInsertRows();
        } else if (!(rows_[static_cast<std::size_t>(now)].same_record(latest[j]) &&
                     rows_[static_cast<std::size_t>(now)].night == latest[j].night)) {
            rows_[static_cast<std::size_t>(now)] = latest[j];
            emit dataChanged(index(now), index(now));
        }
    }
    if (rowCount() != before) emit countChanged();
}

int EpisodeModel::rowOf(std::int64_t id) const {
    auto it = std::find_if(rows_.begin(), rows_.end(), [id](const auto& e) { return e.id == id; });
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}
