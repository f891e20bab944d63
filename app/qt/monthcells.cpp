// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthcells.hpp"

#include "coretext.hpp"

#include <QDate>

namespace monthcells {

QString title(const QLocale& locale, date::year_month m) {
    const QDate first(int(m.year()), int(unsigned(m.month())), 1);
    return locale.language() == QLocale::Chinese ? locale.toString(first, QStringLiteral("yyyy年M月"))
                                                 : locale.toString(first, QStringLiteral("MMMM yyyy"));
}

QStringList weekdays(const QLocale& locale, cramp::WeekStart start) {
    // Qt numbers the days 1 (Monday) … 7 (Sunday).
    const int first = start == cramp::WeekStart::monday ? 1 : 7;
    QStringList out;
    for (int i = 0; i < 7; ++i) out << locale.dayName((first - 1 + i) % 7 + 1, QLocale::ShortFormat);
    return out;
}

QVariantMap night(const cramp::CalendarNight& n) {
    return {{QStringLiteral("night"), cramp::qt::isoDate(n.night)},
            {QStringLiteral("day"), int(unsigned(date::year_month_day{n.night}.day()))},
            {QStringLiteral("episodes"), n.episodes},
            {QStringLiteral("crampFree"), n.cramp_free},
            {QStringLiteral("crossing"), n.crossing},
            {QStringLiteral("future"), n.future},
            {QStringLiteral("canCheckIn"), n.can_check_in}};
}

cramp::CalendarMonth read(DiarySession* session, date::year_month m, cramp::CalendarNow now) {
    std::optional<cramp::CalendarMonth> out;
    if (const auto* d = session ? session->diary() : nullptr) session->read([&] { out = cramp::calendar_month(*d, m, now); });
    return out ? *out : cramp::calendar_month(cramp::DiaryRecords{}, m, cramp::RuleSettings{}, now);
}

}  // namespace monthcells
