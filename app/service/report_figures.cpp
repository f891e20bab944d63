#include "report_figures.hpp"

#include "diary_records.hpp"

namespace cramp {

ReportFiguresOfDiary report_figures(const Diary& diary, Period period) {
    const DiaryRecords records = load_records_of(diary, figures_nights(period));
    ReportFiguresOfDiary out;
    out.stats = compute_stats(records, period, diary.rule_settings());
    out.figures = report_figures(out.stats, records, diary.first_episode_night());
    return out;
}

}  // namespace cramp
