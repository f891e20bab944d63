#include "episodemodel.hpp"

#include "isotime.hpp"

#include <algorithm>

namespace {

QString localIso(const cramp::Episode& e) {
    return QString::fromStdString(cramp::format_iso_local(e.onset, e.zone));
}

template <typename E>
QStringList names(cramp::EnumSet<E> s) {
    QStringList out;
    for (E e : s.values()) out << QString::fromUtf8(cramp::to_string(e).data(), qsizetype(cramp::to_string(e).size()));
    return out;
}

template <typename E>
QString name(E e) {
    auto s = cramp::to_string(e);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool newer(const cramp::Episode& a, const cramp::Episode& b) {
    return a.onset != b.onset ? a.onset > b.onset : a.id > b.id;
}

}  // namespace

int EpisodeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant EpisodeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& e = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qint64>(e.id);
    case NightRole: return QString::fromStdString(cramp::format_date(e.night));
    case OnsetRole: return localIso(e);
    case OnsetTimeRole: return localIso(e).mid(11, 5);
    case ZoneRole: return QString::fromStdString(e.zone);
    case DurationRole: return e.duration_s;
    case SiteRole: return name(e.site);
    case SideRole: return name(e.side);
    case IntensityRole: return e.intensity;
    case PostureRole: return name(e.posture);
    case NumbnessRole: return name(e.numbness);
    case WeaknessRole: return names(e.weakness);
    case RadiatingRole: return e.radiating;
    case TinglingRole: return e.tingling_symmetric;
    case WokeRole: return e.woke;
    case ReliefRole: return names(e.relief);
    case NoteRole: return QString::fromStdString(e.note);
    default: return {};
    }
}

QHash<int, QByteArray> EpisodeModel::roleNames() const {
    return {{IdRole, "episodeId"},     {NightRole, "night"},         {OnsetRole, "onset"},
            {OnsetTimeRole, "onsetTime"}, {ZoneRole, "zone"},         {DurationRole, "durationS"},
            {SiteRole, "site"},         {SideRole, "side"},           {IntensityRole, "intensity"},
            {PostureRole, "posture"},   {NumbnessRole, "numbness"},   {WeaknessRole, "weakness"},
            {RadiatingRole, "radiating"}, {TinglingRole, "tinglingSymmetric"}, {WokeRole, "woke"},
            {ReliefRole, "relief"},     {NoteRole, "note"}};
}

QVariantMap EpisodeModel::get(int row) const {
    QVariantMap m;
    if (row < 0 || row >= rowCount()) return m;
    const auto roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it) m.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return m;
}

void EpisodeModel::reset(std::vector<cramp::Episode> episodes) {
    beginResetModel();
    rows_ = std::move(episodes);
    std::sort(rows_.begin(), rows_.end(), newer);
    endResetModel();
    emit countChanged();
}

void EpisodeModel::insert(const cramp::Episode& e) {
    auto it = std::lower_bound(rows_.begin(), rows_.end(), e, newer);
    int row = static_cast<int>(it - rows_.begin());
    beginInsertRows({}, row, row);
    rows_.insert(it, e);
    endInsertRows();
    emit countChanged();
}

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

const cramp::Episode* EpisodeModel::find(std::int64_t id) const {
    int row = rowOf(id);
    return row < 0 ? nullptr : &rows_[static_cast<std::size_t>(row)];
}

void EpisodeModel::remove(std::int64_t id) {
    int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    emit countChanged();
}

void EpisodeModel::update(const cramp::Episode& e) {
    // An edit may move the episode in time: remove and re-insert keeps the order right.
    remove(e.id);
    insert(e);
}
