#include "trends.hpp"

#include "diary_records.hpp"

void TrendsModel::setDiary(DiaryController* d) {
    if (d == diary_) return;
    if (diary_) disconnect(diary_, nullptr, this, nullptr);
    diary_ = d;
    if (diary_) {
        connect(diary_, &DiaryController::diaryChanged, this, &TrendsModel::refresh);
        connect(diary_, &DiaryController::openedChanged, this, &TrendsModel::refresh);
    }
    emit diaryChanged();
    refresh();
}

void TrendsModel::setWeeksShown(int n) {
    if (n != 12 && n != 26 && n != 52) return;
    if (n == weeksShown_) return;
    weeksShown_ = n;
    refresh();
}

void TrendsModel::refresh() {
    weeks_.clear();
    nights_.clear();
    episodes_ = weeksOver_ = 0;
    const cramp::Diary* d = diary_ ? diary_->diary() : nullptr;
    if (d) {
        const auto zone = diary_->zone().toStdString();
        const auto settings = d->rule_settings();
        const auto last = cramp::today_end_night(*d, d->now(), zone);
        // Calendar weeks, so the calendar's rows are weeks; the last one ends with `last`.
        const auto period = cramp::weeks_period(last, weeksShown_, settings.week_start);
        const auto stats = cramp::compute_stats(cramp::load_records(*d, period), period, settings);
        threshold_ = stats.threshold;
        episodes_ = stats.episodes;
        for (const auto& w : stats.weeks) {
            date::year_month_day ymd{w.start};
            weeks_.append(QVariantMap{{QStringLiteral("label"), QStringLiteral("%1/%2").arg(unsigned(ymd.month())).arg(unsigned(ymd.day()))},
                                      {QStringLiteral("episodes"), w.episodes},
                                      {QStringLiteral("over"), w.over_threshold}});
            if (w.over_threshold) ++weeksOver_;
        }
        for (std::size_t i = 0; i < stats.per_night.size(); ++i) {
            const auto& n = stats.per_night[i];
            nights_.append(QVariantMap{{QStringLiteral("night"), QString::fromStdString(cramp::format_date(n.night))},
                                       {QStringLiteral("episodes"), n.episodes},
                                       {QStringLiteral("recorded"), bool(stats.recorded_by_night[i])},
                                       {QStringLiteral("future"), n.night > last}});
        }
    }
    emit changed();
}

WeekChart::WeekChart(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    connect(this, &WeekChart::appearanceChanged, this, [this] { update(); });
}

void WeekChart::setWeeks(const QVariantList& w) {
    weeks_ = w;
    emit appearanceChanged();
}

void WeekChart::paint(QPainter* painter) {
    std::vector<WeekBar> bars;
    for (const auto& v : weeks_) {
        const auto m = v.toMap();
        bars.push_back({m.value(QStringLiteral("label")).toString(), m.value(QStringLiteral("episodes")).toInt(),
                        m.value(QStringLiteral("over")).toBool()});
    }
    WeekChartStyle style;
    style.bar = barColor_;
    style.barOver = overColor_;
    style.text = textColor_;
    style.axis = axisColor_;
    style.threshold = overColor_;
    style.font.setPixelSize(fontPixelSize_);
    style.thresholdLabel = thresholdLabel_;
    paintWeekChart(*painter, QRectF(0, 0, width(), height()), bars, threshold_, style);
}
