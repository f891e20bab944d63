// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.hpp"

#include "coretext.hpp"
#include "diary_records.hpp"
#include "episoderoles.hpp"

#include <algorithm>

static_assert(HistoryModel::NoteRole - HistoryModel::OnsetRole + 1 == episode_roles::FieldCount);

HistoryModel::HistoryModel(QObject* parent) : QAbstractListModel(parent) {}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& r = rows_[static_cast<std::size_t>(index.row())];
    const auto& e = r.episode;
    const QString night = cramp::qt::isoDate(r.night);
    switch (role) {
    case KindRole: return r.crampFree ? QStringLiteral("cramp_free") : QStringLiteral("episode");
    case IdRole: return QVariant::fromValue<qint64>(r.id);
    case NightRole: return night;
    case SectionRole: return r.crossing ? night + QStringLiteral(" crossing") : night;
    case CrossingRole: return r.crossing;
    default: break;
    }
    const int field = role - OnsetRole;
    if (field < 0 || field >= episode_roles::FieldCount) return {};
    return r.crampFree ? episode_roles::empty(episode_roles::Field(field)) : episode_roles::value(e, episode_roles::Field(field));
}

QHash<int, QByteArray> HistoryModel::roleNames() const {
    QHash<int, QByteArray> names{{KindRole, "kind"},       {IdRole, "recordId"},        {NightRole, "night"},
                                 {SectionRole, "section"}, {CrossingRole, "crossing"}};
    episode_roles::addNames(names, OnsetRole);
    return names;
}

QVariantMap HistoryModel::get(int row) const { return episode_roles::row(*this, row); }

int HistoryModel::rowOfEpisode(qint64 id) const {
    auto it = std::find_if(rows_.begin(), rows_.end(), [id](const Row& r) { return !r.crampFree && r.id == id; });
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

namespace {
// Newest night first; in a night, the latest onset first; a cramp-free record after any episode.
bool before(const auto& a, const auto& b) {
    if (a.night != b.night) return a.night > b.night;
    if (a.crampFree != b.crampFree) return !a.crampFree;
    if (!a.crampFree && a.episode.onset != b.episode.onset) return a.episode.onset > b.episode.onset;
    return a.id > b.id;
}
}  // namespace

std::vector<HistoryModel::Row> HistoryModel::rowsOf(cramp::Night from, cramp::Night to) const {
    std::vector<Row> out;
    if (!diary_ || from > to) return out;
    const cramp::NightRange range{from, to};
    for (auto& e : diary_->episodes(range)) {
        Row r;
        r.id = e.id;
        r.night = e.night;
        r.episode = std::move(e);
        out.push_back(std::move(r));
    }
    for (const auto& c : diary_->cramp_free_nights(range)) {
        Row r;
        r.crampFree = true;
        r.id = c.id;
        r.night = c.night;
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const Row& a, const Row& b) { return before(a, b); });
    const auto crossings = crossingsIn(from, to);
    for (auto& r : out) r.crossing = crossings.contains(r.night);
    return out;
}

std::set<cramp::Night> HistoryModel::crossingsIn(cramp::Night from, cramp::Night to) const {
    if (!diary_ || from > to) return {};
    // The rules decide what a crossing is; the service reads the records of the nights they need.
    const auto stats = cramp::diary_stats(*diary_, cramp::Period{from, to});
    return {stats.crossings.begin(), stats.crossings.end()};
}

void HistoryModel::load(const cramp::Diary* diary, cramp::Night newest) {
    // Read before the reset begins: a read that throws leaves the model as it was.
    const auto first = diary ? diary->first_record_night() : std::nullopt;
    beginResetModel();
    diary_ = diary;
    rows_.clear();
    first_ = first;
    loadedTo_ = newest;
    loadedFrom_ = newest + date::days{1};  // nothing loaded yet
    endResetModel();
    // The first screenful: windows until there is something to show or nothing older.
    while (rows_.empty() && fetchWindow()) {
    }
    emit countChanged();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !inserting_ && diary_ && first_ && *first_ < loadedFrom_;
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid()) return;
    const int before = rowCount();
    // Skip empty windows (a gap of months in the diary) in one go. The view asks: a read that meets
    // damage must not throw into it.
    const auto fetch = [this, before] {
        while (fetchWindow() && rowCount() == before) {
        }
    };
    if (session_)
        session_->read(fetch);
    else
        fetch();
    if (rowCount() != before) emit countChanged();
}

bool HistoryModel::fetchWindow() {
    if (!canFetchMore({})) return false;
    const cramp::Night to = loadedFrom_ - date::days{1};
    const cramp::Night from = std::max(*first_, to - date::days{kWindowNights - 1});
    auto more = rowsOf(from, to);
    loadedFrom_ = from;
    if (!more.empty()) {
        const int at = rowCount();
        // A view (or a model tester) may ask for more while it hears of these rows: not now.
        inserting_ = true;
        beginInsertRows({}, at, at + static_cast<int>(more.size()) - 1);
        rows_.insert(rows_.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        endInsertRows();
        inserting_ = false;
    }
    return true;
}

void HistoryModel::refreshNights(cramp::Night from, cramp::Night to) {
    if (!diary_) return;
    const int countBefore = rowCount();
    // Everything older than what is loaded was loaded already (or there was nothing): a record
    // older still extends the loaded range. Otherwise it comes with a later fetchMore.
    const bool complete = !canFetchMore({});
    first_ = diary_->first_record_night();
    if (to > loadedTo_) loadedTo_ = to;
    if (complete && from < loadedFrom_) loadedFrom_ = from;
    from = std::max(from, loadedFrom_);
    if (from <= to) {
        auto wanted = rowsOf(from, to);
        auto inRange = [&](const Row& r) { return r.night >= from && r.night <= to; };
        auto same = [](const Row& a, const Row& b) { return a.crampFree == b.crampFree && a.id == b.id; };
        // Remove the rows of these nights that are gone (back to front keeps indexes right).
        for (int i = rowCount() - 1; i >= 0; --i) {
            const auto& r = rows_[static_cast<std::size_t>(i)];
            if (!inRange(r)) continue;
            if (std::none_of(wanted.begin(), wanted.end(), [&](const Row& w) { return same(w, r); })) {
                beginRemoveRows({}, i, i);
                rows_.erase(rows_.begin() + i);
                endRemoveRows();
            }
        }
        // Insert the new ones where they belong; replace the content of the changed ones.
        for (auto& w : wanted) {
            auto it = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return same(r, w); });
            if (it != rows_.end()) {
                const int row = static_cast<int>(it - rows_.begin());
                const bool orderOk = (row == 0 || before(rows_[static_cast<std::size_t>(row - 1)], w)) &&
                                     (row + 1 == rowCount() || before(w, rows_[static_cast<std::size_t>(row + 1)]));
                if (orderOk) {
                    *it = w;
                    emit dataChanged(index(row), index(row));
                    continue;
                }
                beginRemoveRows({}, row, row);
                rows_.erase(it);
                endRemoveRows();
            }
            auto at = std::lower_bound(rows_.begin(), rows_.end(), w, [](const Row& a, const Row& b) { return before(a, b); });
            const int row = static_cast<int>(at - rows_.begin());
            beginInsertRows({}, row, row);
            rows_.insert(at, w);
            endInsertRows();
        }
    }
    // A change to night N can make or unmake the crossings of N … N+7.
    markCrossings(std::max(from, loadedFrom_), std::min(loadedTo_, to + date::days{7}));
    if (rowCount() != countBefore) emit countChanged();
}

void HistoryModel::markCrossings(cramp::Night from, cramp::Night to) {
    if (from > to) return;
    const auto crossings = crossingsIn(from, to);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        auto& r = rows_[i];
        if (r.night < from || r.night > to) continue;
        const bool c = crossings.contains(r.night);
        if (c != r.crossing) {
            r.crossing = c;
            emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
        }
    }
}
