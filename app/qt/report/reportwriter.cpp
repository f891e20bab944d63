#include "reportwriter.hpp"

#include "atomic_file.hpp"
#include "report_figures.hpp"
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

    auto [stats, figures] = report_figures(diary, req.period);
    report::ReportData data{diary, req, std::move(stats), std::move(figures),
                            diary.episodes(NightRange{req.period.from, req.period.to}),
                            diary.cramp_free_nights(NightRange{req.period.from, req.period.to}), diary.profile(),
                            report::iso(req.period.from) + QStringLiteral(" – ") + report::iso(req.period.to)};
    std::reverse(data.episodes.begin(), data.episodes.end());  // oldest first

    QPainter p;
    if (!surface.begin(p, t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")))) return fail(surface.failure());

    report::Pages pg(surface, p, family, t(QT_TRANSLATE_NOOP("Report", "Cramp Diary")) + QStringLiteral(" · ") + data.periodText);
    pg.drawFooter();

    report::paintSummaryPage(pg, t, data, {});
    report::paintWeekChartPages(pg, t, data);
    report::paintEpisodeTable(pg, t, data);
    surface.finish(p);
    return pg.count();
}
