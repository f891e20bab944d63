// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.hpp"

#include "atomic_file.hpp"
#include "report_figures.hpp"
#include "comparisons.hpp"
#include "episodetable.hpp"
#include "reportkit.hpp"
#include "summarypage.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace {

// The PDF: one QPdfWriter page per report page, one unit = one point. Painted into memory; the
// file is written whole afterwards (writeReport), so a failure never leaves a broken PDF.
class PdfSurface : public ReportSurface {
public:
    explicit PdfSurface(QByteArray& pdf) : buffer_(&pdf), writer_(&buffer_) {
        buffer_.open(QIODevice::WriteOnly);
        writer_.setPageSize(QPageSize(QPageSize::A4));
        writer_.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer_.setResolution(72);
        writer_.setCreator(QStringLiteral("Cramp Diary"));
    }
    bool begin(QPainter& p, const QString& title) override {
        writer_.setTitle(title);
        return p.begin(&writer_);
    }
    void newPage(QPainter&) override { writer_.newPage(); }
    void finish(QPainter& p) override { p.end(); }

private:
    QBuffer buffer_;
    QPdfWriter writer_;
};

}  // namespace

cramp::Result<int> renderReport(const cramp::Diary& diary, const ReportRequest& req, QByteArray& pdf) {
    PdfSurface surface(pdf);
    return paintReport(diary, req, surface);
}

cramp::Result<int> writeReport(const cramp::Diary& diary, const ReportRequest& req, const QString& pdfPath) {
    QByteArray pdf;
    auto pages = renderReport(diary, req, pdf);
    if (!pages) return pages;
    // Health data: readable by its owner only, from its first byte; the earlier file stays until
    // the new one is whole on the disk.
    const QByteArray path = QFile::encodeName(pdfPath);
    if (auto r = cramp::write_file_atomically(std::string(path.constData(), std::size_t(path.size())),
                                              std::string_view(pdf.constData(), std::size_t(pdf.size())));
        !r)
        return r.failure();
    return pages;
}

cramp::Result<int> paintReport(const cramp::Diary& diary, const ReportRequest& req, ReportSurface& surface) {
    using namespace cramp;
    const report::ReportText t(req.language);
    // WenQuanYi Micro Hei: its glyphs map back to the right code points, so Chinese text in the PDF
    // can be searched and copied (Noto CJK shares glyphs with the Kangxi radicals, so 日 comes out of
    // the PDF as U+2F47).
    static const QString family = [] {
        int id = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        auto fams = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        return fams.isEmpty() ? QString() : fams.first();
    }();
    if (family.isEmpty()) return fail(CRAMP_TEXT("Report", "the report font (WenQuanYi Micro Hei, Debian package fonts-wqy-microhei) is not installed"));

    // One read of the diary: the figures' records hold the period's own.
    auto [stats, figures, records] = report_figures(diary, req.period);
    report::ReportData data{diary, req, std::move(stats), std::move(figures), {}, {}, diary.profile(),
                            cramp::qt::isoDate(req.period.from) + QStringLiteral(" – ") + cramp::qt::isoDate(req.period.to)};
    data.medicines = diary.medicines();
    data.care = care_comparisons(diary, req.period, records);
    // Newest first, as the diary lists them.
    std::copy_if(std::make_move_iterator(records.episodes.begin()), std::make_move_iterator(records.episodes.end()),
                 std::back_inserter(data.episodes), [&](const Episode& e) { return contains(req.period, e.night); });
    std::reverse(data.episodes.begin(), data.episodes.end());  // oldest first
    std::copy_if(records.cramp_free_nights.begin(), records.cramp_free_nights.end(), std::back_inserter(data.freeNights),
                 [&](Night n) { return contains(req.period, n); });

    // Every footer says "page X of N": the comparisons and the table are planned before anything is
    // painted. The comparisons open the page after page 1 and its chart pages; the table follows them.
    const report::ComparisonPlan comparisons = report::planComparisons(data, t, family);
    const report::TablePlan table = report::planEpisodeTable(data, t, family, 2 + report::weekChartPageCount(data),
                                                             report::Pages::kMargin + comparisons.height);
    QStringList left{t(QT_TRANSLATE_NOOP("Report", "Cramp Diary"))};
    if (!data.profile.name.empty()) left << report::printable(QString::fromStdString(data.profile.name), report::reportFont(family, 7), t);
    left << data.periodText;
    report::Footer footer{left.join(QStringLiteral(" · ")), t(QT_TRANSLATE_NOOP("Report", "page %1 of %2")),
                          t(QT_TRANSLATE_NOOP("Report", "made %1")).arg(cramp::qt::isoDate(req.made))};

    QPainter p;
    if (!surface.begin(p, t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")))) return fail(surface.failure());

    report::Pages pg(surface, p, family, std::move(footer));
    pg.setTotal(std::max(table.lastPage, table.firstPage - (comparisons.shown() ? 0 : 1)));
    pg.drawFooter();

    // Page 1 always fits on its page (summarypage.hpp); the chart pages of a long period follow it.
    report::paintSummaryPage(pg, t, data, [&table](Night n) { return table.pageOf(n); });
    report::paintWeekChartPages(pg, t, data);
    if (comparisons.shown()) {
        pg.newPage();
        report::paintComparisons(pg, comparisons);
    }
    report::paintEpisodeTable(pg, t, data, table);
    surface.finish(p);
    return pg.count();
}
