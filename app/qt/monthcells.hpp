// SPDX-License-Identifier: GPL-3.0-or-later
// What a month grid of nights (MonthGrid, NightCell) shows, in QML's terms: a month's title, the
// weekday headings, one night as a map. The calendar of nights (NightCalendar) and the Report page's
// date picker (ReportCalendar) both list months this way.
#pragma once

#include "diarysession.hpp"
#include "night_calendar.hpp"

#include <QLocale>
#include <QStringList>
#include <QVariantMap>

namespace monthcells {

// "November 2026" / "2026年11月"
QString title(const QLocale& locale, date::year_month m);
// "Mon" … "Sun" (or from Sunday), in the locale's language.
QStringList weekdays(const QLocale& locale, cramp::WeekStart start);
// {night, day, episodes, crampFree, crossing, future, canCheckIn}
QVariantMap night(const cramp::CalendarNight& n);
// The month `m` of the session's diary (night_calendar.hpp); an empty month when there is no diary or
// the read met damage (the diary then closes onto its error screen).
cramp::CalendarMonth read(DiarySession* session, date::year_month m, cramp::CalendarNow now);

}  // namespace monthcells
