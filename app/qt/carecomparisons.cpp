// SPDX-License-Identifier: GPL-3.0-or-later
#include "carecomparisons.hpp"

#include "coretext.hpp"
#include "episoderoles.hpp"
#include "followsession.hpp"
#include "labels.hpp"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <vector>

namespace {

QString perNight(double rate) { return QString::number(rate, 'f', 1); }

}  // namespace

CareComparisons::CareComparisons(QObject* parent) : QAbstractListModel(parent) {
    for (std::size_t i = 0; i < rows_.size(); ++i) rows_[i].item = static_cast<cramp::CareItem>(i);
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

void CareComparisons::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &CareComparisons::refresh)) refresh();
}

void CareComparisons::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

bool CareComparisons::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {LabelRole, TextRole});
    return QObject::eventFilter(watched, event);
}

int CareComparisons::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

QString CareComparisons::text(const cramp::FactorComparison& c) {
    if (!c.shown())
        return tr("Not enough nights yet: needs %1 with and %1 without; now %2 and %3.")
            .arg(cramp::kMinComparisonNights)
            .arg(c.nights_with)
            .arg(c.nights_without);
    return tr("With: %1 cramps a night (%2 on %3); without: %4 a night (%5 on %6).")
        .arg(perNight(c.per_night_with()), tr("%n cramp(s)", "", c.cramps_with), tr("%n night(s)", "", c.nights_with),
             perNight(c.per_night_without()), tr("%n cramp(s)", "", c.cramps_without), tr("%n night(s)", "", c.nights_without));
}

QVariant CareComparisons::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& c = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ItemRole: {
        const auto s = cramp::to_string(c.item);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    case LabelRole: return cramp::labels::screen(cramp::labels::of(c.item));
    case ShownRole: return c.shown();
    case TextRole: return text(c);
    case NightsWithRole: return c.nights_with;
    case CrampsWithRole: return c.cramps_with;
    case NightsWithoutRole: return c.nights_without;
    case CrampsWithoutRole: return c.cramps_without;
    default: return {};
    }
}

QHash<int, QByteArray> CareComparisons::roleNames() const {
    return {{ItemRole, "item"},
            {LabelRole, "label"},
            {ShownRole, "shown"},
            {TextRole, "text"},
            {NightsWithRole, "nightsWith"},
            {CrampsWithRole, "crampsWith"},
            {NightsWithoutRole, "nightsWithout"},
            {CrampsWithoutRole, "crampsWithout"}};
}

QVariantMap CareComparisons::get(int row) const { return episode_roles::row(*this, row); }

int CareComparisons::shownCount() const {
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const auto& c) { return c.shown(); }));
}

void CareComparisons::refresh() {
    auto next = rows_;
    for (auto& c : next) c = cramp::FactorComparison{.item = c.item};
    QString from, to;
    if (auto* d = session_ ? session_->diary() : nullptr) {
        session_->read([&] {
            const auto first = d->first_record_night();
            const auto last = session_->lastNight();
            if (!first || *first > last) return;
            const cramp::NightRange range{*first, last};
            std::vector<cramp::Night> crampFree;
            for (const auto& n : d->cramp_free_nights(range)) crampFree.push_back(n.night);
            next = cramp::compare_factors(d->episodes(range), crampFree, d->night_factors(range), cramp::Period{*first, last});
            from = cramp::qt::isoDate(*first);
            to = cramp::qt::isoDate(last);
        });
    }
    const bool periodMoved = from != from_ || to != to_ || next != rows_;
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (next[i] != rows_[i]) {
            rows_[i] = next[i];
            emit dataChanged(index(int(i)), index(int(i)));
        }
    from_ = from;
    to_ = to;
    if (periodMoved) emit periodChanged();
}
