// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_figures.hpp"

#include "diary_records.hpp"

namespace cramp {

ReportFiguresOfDiary report_figures(const Diary& diary, Period period) {
    ReportFiguresOfDiary out;
    out.records = load_records_of(diary, figures_nights(period));
    out.stats = compute_stats(out.records, period, diary.rule_settings());
    out.figures = report_figures(out.stats, out.records, diary.first_episode_night());
    return out;
}

CareComparisonsOfDiary care_comparisons(const Diary& diary, Period period, const DiaryRecords& records) {
    const auto care = diary.night_factors(NightRange{period.from, period.to});
    return {!care.empty(), compare_factors(records.episodes, records.cramp_free_nights, care, period)};
}

}  // namespace cramp
