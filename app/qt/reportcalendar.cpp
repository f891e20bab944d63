// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcalendar.hpp"

#include "coretext.hpp"
#include "followsession.hpp"
#include "monthcells.hpp"

#include <algorithm>

namespace {

date::year_month monthOf(cramp::Night n) {
    const date::year_month_day d{n};
    return d.year() / d.month();
}


std::optional<cramp::Night> parse(const QString& night) { return cramp::parse_date(night.trimmed().toStdString()); }

}  // namespace

ReportCalendar::ReportCalendar(QObject* parent) : QAbstractListModel(parent) {}

void ReportCalendar::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &ReportCalendar::refresh)) refresh();
}

void ReportCalendar::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

int ReportCalendar::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(months_.size());
}

const cramp::CalendarMonth& ReportCalendar::month(int row) const {
    auto& slot = built_[static_cast<std::size_t>(row)];
    if (!slot) {
        slot = monthcells::read(session_, months_[static_cast<std::size_t>(row)], now_);
        // Out of the range is out of reach, whatever the night's own place in time.
        for (auto& n : slot->nights) n.future = n.night < *earliest_ || n.night > *latest_;
    }
    return *slot;
}

QVariant ReportCalendar::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto m = months_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case MonthRole: return monthOfRow(index.row());
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

QHash<int, QByteArray> ReportCalendar::roleNames() const {
    return {{MonthRole, "month"}, {TitleRole, "title"}, {LeadingRole, "leading"}, {NightsRole, "nights"}};
}

int ReportCalendar::rowOfNight(const QString& night) const {
    const auto n = parse(night);
    if (!n) return -1;
    const auto it = std::find(months_.begin(), months_.end(), monthOf(*n));
    return it == months_.end() ? -1 : static_cast<int>(it - months_.begin());
}

QString ReportCalendar::monthOfRow(int row) const {
    if (row < 0 || row >= rowCount()) return {};
    return cramp::qt::isoDate(cramp::Night{months_[static_cast<std::size_t>(row)] / date::day{1}}).left(7);
}

cramp::Night ReportCalendar::clamped(cramp::Night n) const {
    if (!earliest_ || !latest_) return n;
    return std::clamp(n, *earliest_, std::max(*earliest_, *latest_));
}

QString ReportCalendar::clamp(const QString& night) const {
    const auto n = parse(night);
    return n ? cramp::qt::isoDate(clamped(*n)) : latest();
}

QString ReportCalendar::addDays(const QString& night, int days) const {
    const auto n = parse(night);
    if (!n) return latest();
    return cramp::qt::isoDate(clamped(*n + date::days{days}));
}

QString ReportCalendar::addMonths(const QString& night, int months) const {
    const auto n = parse(night);
    if (!n) return latest();
    const date::year_month_day d{*n};
    const date::year_month m = d.year() / d.month() + date::months{months};
    const auto day = std::min(d.day(), (m / date::last).day());
    return cramp::qt::isoDate(clamped(cramp::Night{m / day}));
}

QString ReportCalendar::earliest() const { return earliest_ ? cramp::qt::isoDate(*earliest_) : QString(); }
QString ReportCalendar::latest() const { return latest_ ? cramp::qt::isoDate(*latest_) : QString(); }

void ReportCalendar::setEarliest(const QString& night) {
    const auto n = parse(night);
    if (n == earliest_) return;
    earliest_ = n;
    emit rangeChanged();
    refresh();
}

void ReportCalendar::setLatest(const QString& night) {
    const auto n = parse(night);
    if (n == latest_) return;
    latest_ = n;
    emit rangeChanged();
    refresh();
}

void ReportCalendar::setLanguage(const QString& language) {
    if (language == language_) return;
    language_ = language;
    locale_ = QLocale(language);
    emit headingsChanged();
    if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1), {TitleRole});
}

QStringList ReportCalendar::weekdays() const { return monthcells::weekdays(locale_, weekStart_); }

void ReportCalendar::refresh() {
    const auto* d = diary();
    if (d && !session_->read([&] {
            weekStart_ = d->rule_settings().week_start;
            now_ = cramp::calendar_now(*d, session_->zoneName());
        }))
        d = nullptr;  // damage: the diary closes onto its error screen
    std::vector<date::year_month> months;
    if (earliest_ && latest_ && *earliest_ <= *latest_)
        for (auto m = monthOf(*earliest_); m <= monthOf(*latest_); m += date::months{1}) months.push_back(m);
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
}
