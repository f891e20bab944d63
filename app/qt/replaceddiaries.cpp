// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaceddiaries.hpp"

int ReplacedDiaries::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant ReplacedDiaries::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
    const Row& r = rows_[std::size_t(index.row())];
    switch (role) {
    case FileRole: return r.file;
    case NameRole: return r.name;
    case SummaryRole: return r.summary;
    case SoundRole: return r.sound;
    default: return {};
    }
}

QHash<int, QByteArray> ReplacedDiaries::roleNames() const {
    return {{FileRole, "file"}, {NameRole, "name"}, {SummaryRole, "summary"}, {SoundRole, "sound"}};
}

QVariantMap ReplacedDiaries::get(int row) const {
    QVariantMap m;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it) m[QString::fromLatin1(it.value())] = data(index(row), it.key());
    return m;
}

void ReplacedDiaries::reset(std::vector<Row> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}
