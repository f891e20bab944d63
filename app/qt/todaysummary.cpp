// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaysummary.hpp"

#include "coretext.hpp"
#include "diary_records.hpp"
#include "labels.hpp"
#include "night.hpp"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>

namespace {

QDate qdate(cramp::Night n) {
    date::year_month_day ymd{n};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}


// A night of the last 28 as a day and month no reader can misread ("2 Mar", "3月2日"): the
// locale's short format gives "3/2/26" in English, which a doctor may read either way round.
QString shortDate(cramp::Night n) {
    const QLocale l;
    return l.toString(qdate(n), l.language() == QLocale::Chinese ? QStringLiteral("M月d日") : QStringLiteral("d MMM"));
}

QVariantMap signal(const char* kind, const QString& title, const QString& evidence) {
    return {{QStringLiteral("kind"), QString::fromLatin1(kind)},
            {QStringLiteral("title"), title},
            {QStringLiteral("evidence"), evidence}};
}

}  // namespace

TodaySummary::TodaySummary(QObject* parent) : QObject(parent) {}

void TodaySummary::clear() {
    valid_ = false;
    stats_ = {};
    nights_.clear();
    signals_.clear();
    emit changed();
}

void TodaySummary::refresh(const cramp::Diary& diary, cramp::Instant now, const std::string& zone) {
    stats_ = cramp::diary_stats(diary, cramp::today_period(cramp::today_end_night(diary, now, zone)));
    valid_ = true;
    rebuild();
    emit changed();
}

void TodaySummary::rebuild() {
    nights_.clear();
    signals_.clear();
    const auto& s = stats_;
    // The gauge: the last 7 nights of the period (the period always has 28).
    const std::size_t n = s.per_night.size();
    for (std::size_t i = n >= 7 ? n - 7 : 0; i < n; ++i) {
        const auto& pn = s.per_night[i];
        nights_.append(QVariantMap{{QStringLiteral("night"), cramp::qt::isoDate(pn.night)},
                                   {QStringLiteral("label"), QLocale().dayName(qdate(pn.night).dayOfWeek(), QLocale::ShortFormat)},
                                   {QStringLiteral("episodes"), pn.episodes},
                                   {QStringLiteral("recorded"), bool(s.recorded_by_night[i])}});
    }

    const auto& g = s.warning_signals;
    if (g.weekly_threshold && g.peak_rolling7) {
        signals_.append(signal(
            "weekly_threshold", tr("%n or more cramps in 7 nights", nullptr, s.threshold),
            tr("Highest: %1 cramps in the 7 nights to %2. %n night(s) of the last 28 were at or over the threshold.",
               nullptr, int(g.nights_over_threshold.size()))
                .arg(g.peak_rolling7->episodes)
                .arg(shortDate(g.peak_rolling7->night))));
    }
    if (g.multi_night) {
        // The latest few nights, newest first; a phone screen has no room for 28.
        constexpr std::size_t kShown = 4;
        const auto& multi = s.multi_cramp_nights;
        QStringList parts;
        for (std::size_t i = multi.size(); i > 0 && multi.size() - i < kShown; --i)
            parts << tr("%1 (%n cramps)", nullptr, multi[i - 1].episodes).arg(shortDate(multi[i - 1].night));
        QString evidence = parts.join(QStringLiteral(", "));
        if (multi.size() > kShown) evidence += tr(" and %n more night(s)", nullptr, int(multi.size() - kShown));
        signals_.append(signal("multi_night", tr("Several cramps in one night"), evidence));
    }
    if (g.escalation) {
        signals_.append(signal("escalation", tr("Cramps are becoming more frequent"),
                               // As rates: 4 against 4 is the rate doubled (28 nights against 56).
                               tr("%1 a week in the last 28 nights (%2 cramps), against %3 a week in the 56 nights before (%4).")
                                   .arg(QString::number(g.recent_28 / 4.0, 'f', 1))
                                   .arg(g.recent_28)
                                   .arg(QString::number(g.previous_56 / 8.0, 'f', 1))
                                   .arg(g.previous_56)));
    }
    if (g.numbness_weakness) {
        QStringList parts;
        for (const auto& f : g.neuro_findings) {
            QStringList what;
            if (f.numbness_persisted) what << tr("numbness that stayed after the cramp");
            for (auto w : f.weakness.values()) what << cramp::labels::summary(cramp::labels::of(w));
            if (f.radiating) what << tr("numbness or pain running down the leg");
            parts << tr("%1: %2").arg(shortDate(f.night), what.join(QStringLiteral(", ")));
        }
        signals_.append(signal("numbness_weakness", tr("Numbness or weakness with a cramp"), parts.join(QStringLiteral("; "))));
    }
    if (!g.posture_linked.empty()) {
        QStringList parts;
        for (const auto& p : g.posture_findings) {
            if (p.episodes < 2) continue;
            const QString name = cramp::labels::summary(cramp::labels::of(p.posture));
            QStringList dates;
            for (auto night : p.nights) dates << shortDate(night);
            parts << tr("%1: %n cramps (%2)", nullptr, p.episodes).arg(name, dates.join(QStringLiteral(", ")));
        }
        signals_.append(signal("posture_linked", tr("Cramps started by a posture or action"), parts.join(QStringLiteral("; "))));
    }
}

QString TodaySummary::lastNight() const { return valid_ ? cramp::qt::isoDate(stats_.period.to) : QString(); }
QString TodaySummary::periodFrom() const { return valid_ ? cramp::qt::isoDate(stats_.period.from) : QString(); }

QString TodaySummary::headline() const { return tr("%n cramp(s) in the last 7 nights", nullptr, last7Count()); }

QString TodaySummary::note() const {
    return tr("The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.");
}

QString TodaySummary::advice() const {
    return tr("These signs are worth showing a doctor: neurology (神经内科) or orthopedics (骨科).");
}
