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

}  // namespace cramp
