// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendsmodel.hpp"

#include "followsession.hpp"
#include "weekchart.hpp"

#include "diary_records.hpp"

void TrendsModel::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &TrendsModel::refresh)) refresh();
}

void TrendsModel::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

void TrendsModel::setWeeksShown(int n) {
    if (n != 12 && n != 26 && n != 52) return;
    if (n == weeksShown_) return;
    weeksShown_ = n;
    refresh();
}

void TrendsModel::refresh() {
    weeks_.clear();
    medicineKey_.clear();
    episodes_ = weeksOver_ = 0;
    const cramp::Diary* d = session_ ? session_->diary() : nullptr;
    // Damage met while reading: the diary closes onto its error screen and the model empties then.
    if (d) session_->read([&] {
        const auto zone = session_->zoneName();
        const auto settings = d->rule_settings();
        const auto last = cramp::today_end_night(*d, d->now(), zone);
        // Calendar weeks; the last one ends with `last`.
        const auto period = cramp::weeks_period(last, weeksShown_, settings.week_start);
        const auto stats = cramp::compute_stats(cramp::load_records(*d, period), period, settings);
        threshold_ = stats.threshold;
        episodes_ = stats.episodes;
        auto bars = weekBars(stats);
        medicineKey_ = markMedicines(bars, d->medicines());
        for (const auto& w : bars) {
            QVariantList marks;
            for (const auto& m : w.marks)
                marks.append(QVariantMap{{QStringLiteral("medicine"), m.medicine}, {QStringLiteral("start"), m.start}});
            weeks_.append(QVariantMap{{QStringLiteral("start"), w.start.toString(Qt::ISODate)},
                                      {QStringLiteral("episodes"), w.episodes},
                                      {QStringLiteral("over"), w.overThreshold},
                                      {QStringLiteral("partial"), w.partial},
                                      {QStringLiteral("marks"), marks}});
            if (w.overThreshold) ++weeksOver_;
        }
    });
    emit changed();
}
