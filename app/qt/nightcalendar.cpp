// SPDX-License-Identifier: GPL-3.0-or-later
#include "nightcalendar.hpp"

#include "coretext.hpp"
#include "followsession.hpp"
#include "monthcells.hpp"

#include <algorithm>

NightCalendar::NightCalendar(QObject* parent) : QAbstractListModel(parent), entries_(this) {}

void NightCalendar::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &NightCalendar::refresh)) refresh();
}

void NightCalendar::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

int NightCalendar::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(months_.size());
}

const cramp::CalendarMonth& NightCalendar::month(int row) const {
    auto& slot = built_[static_cast<std::size_t>(row)];
    if (!slot) {
        slot = monthcells::read(session_, months_[static_cast<std::size_t>(row)], now_);
    }
    return *slot;
}

QVariant NightCalendar::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto m = months_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case MonthRole: return cramp::qt::isoDate(cramp::Night{m / date::day{1}}).left(7);
    case TitleRole: return monthcells::title(locale_, m);
    case LeadingRole: return cramp::leading_blanks(m, weekStart_);
    case NightsRole: {
        QVariantList out;
        for (const auto& n : month(index.row()).nights) out.append(monthcells::night(n));
        return out;
    }
    default: return {};
    }
}

QHash<int, QByteArray> NightCalendar::roleNames() const {
    return {{MonthRole, "month"}, {TitleRole, "title"}, {LeadingRole, "leading"}, {NightsRole, "nights"}};
}

QVariantMap NightCalendar::get(int row) const {
    QVariantMap m;
    if (row < 0 || row >= rowCount()) return m;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it) m.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return m;
}

int NightCalendar::rowOfNight(const QString& night) const {
    const auto n = cramp::parse_date(night.toStdString());
    if (!n) return -1;
    const date::year_month_day d{*n};
    const auto it = std::find(months_.begin(), months_.end(), d.year() / d.month());
    return it == months_.end() ? -1 : static_cast<int>(it - months_.begin());
}

int NightCalendar::builtMonths() const {
    return static_cast<int>(std::count_if(built_.begin(), built_.end(), [](const auto& m) { return m.has_value(); }));
}

void NightCalendar::moveSelection(int days) {
    if (months_.empty()) return;
    const auto current = cramp::parse_date(selectedNight_.toStdString());
    auto next = current ? *current + date::days{days} : now_.last_night;
    const cramp::Night first{months_.front() / date::day{1}};
    next = std::clamp(next, first, std::max(first, now_.current));
    setSelectedNight(cramp::qt::isoDate(next));
}

void NightCalendar::setLanguage(const QString& language) {
    if (language == language_) return;
    language_ = language;
    locale_ = QLocale(language);
    emit languageChanged();
    emit headingsChanged();
    if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1), {TitleRole});
}

QStringList NightCalendar::weekdays() const { return monthcells::weekdays(locale_, weekStart_); }

void NightCalendar::refresh() {
    const auto* d = diary();
    std::optional<cramp::Night> first;
    if (d && !session_->read([&] {
            const auto settings = d->rule_settings();
            weekStart_ = settings.week_start;
            threshold_ = settings.threshold;
            now_ = cramp::calendar_now(*d, session_->zoneName());
            first = d->first_record_night();
        }))
        d = nullptr;  // damage: the diary closes onto its error screen
    auto months = d ? cramp::calendar_months(first, now_) : std::vector<date::year_month>{};
    if (months == months_) {
        std::fill(built_.begin(), built_.end(), std::nullopt);
        if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1));
    } else {
        const int before = rowCount();
        beginResetModel();
        months_ = std::move(months);
        built_.assign(months_.size(), std::nullopt);
        endResetModel();
        if (rowCount() != before) emit countChanged();
    }
    emit headingsChanged();
    refreshSelection();
}

void NightCalendar::setSelectedNight(const QString& night) {
    if (night == selectedNight_) return;
    selectedNight_ = night;
    refreshSelection();
}

void NightCalendar::refreshSelection() {
    selected_.clear();
    std::vector<cramp::Episode> episodes;
    const int row = rowOfNight(selectedNight_);
    if (row >= 0) {
        const auto n = *cramp::parse_date(selectedNight_.toStdString());
        const auto& nights = month(row).nights;
        const auto it = std::find_if(nights.begin(), nights.end(), [n](const auto& c) { return c.night == n; });
        if (it != nights.end()) selected_ = monthcells::night(*it);
        if (const auto* d = diary(); d && it != nights.end() && it->episodes > 0) {
            if (!session_->read([&] { episodes = d->episodes(cramp::NightRange{n, n}); })) episodes.clear();
            std::sort(episodes.begin(), episodes.end(), [](const auto& a, const auto& b) { return a.onset < b.onset; });
        }
    }
    entries_.sync(episodes);
    emit selectionChanged();
}
