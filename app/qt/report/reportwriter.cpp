#include "reportwriter.hpp"

#include "atomic_file.hpp"
#include "diary_records.hpp"
#include "isotime.hpp"
#include "labels.hpp"
#include "palette.hpp"
#include "weekchart.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

#include <algorithm>
#include <cmath>

namespace {

// The report's strings, translated into the report's language (not the app's): marked for lupdate
// in the "Report" context and looked up in that language's translation.
class ReportText {
public:
    explicit ReportText(const QString& lang) {
        if (lang != QLatin1String("en")) loaded_ = tr_.load(QStringLiteral(":/i18n/crampdiary_%1.qm").arg(lang));
    }
    QString operator()(const char* source) const {
        if (loaded_) {
            QString t = tr_.translate("Report", source);
            if (!t.isEmpty()) return t;
        }
        return QString::fromUtf8(source);
    }

private:
    QTranslator tr_;
    bool loaded_ = false;
};

// A value's words in the report (labels.hpp), to be translated with ReportText.
template <typename E>
const char* word(E value) {
    return cramp::labels::of(value).report;
}

QString iso(cramp::Night n) { return QString::fromStdString(cramp::format_date(n)); }

QString number(double v) { return QString::number(v, 'f', std::abs(v - std::round(v)) < 0.05 ? 0 : 1); }

// Paints flowing text down A4 pages (units: points), starting new pages as needed.
class Pages {
public:
    static constexpr qreal kMargin = 42, kWidth = 595 - 2 * 42, kBottom = 842 - 42;

    Pages(ReportSurface& surface, QPainter& p, const QString& family, const QString& footer)
        : surface_(surface), p_(p), family_(family), footer_(footer) {}

    QFont font(qreal pt, bool bold = false) const {
        QFont f(family_);
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    }
    qreal y() const { return y_; }
    void advance(qreal dy) { y_ += dy; }
    int count() const { return pages_; }

    void ensure(qreal height) {
        if (y_ + height > kBottom - 14) newPage();
    }
    void newPage() {
        surface_.newPage(p_);
        ++pages_;
        y_ = kMargin;
        drawFooter();
    }
    void drawFooter() {
        p_.setFont(font(7));
        p_.setPen(cramp::palette::print().muted);
        p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, footer_);
        p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignRight | Qt::AlignVCenter, QString::number(pages_));
        p_.setPen(cramp::palette::print().text);
    }
    // Wrapped text at full width (or within [x, x + width]); returns its height.
    qreal text(const QString& s, const QFont& f, QColor colour = cramp::palette::print().text, qreal indent = 0) {
        const QRectF box(kMargin + indent, y_, kWidth - indent, 10000);
        const QFontMetricsF fm(f, p_.device());
        QRectF need = fm.boundingRect(box, Qt::TextWordWrap, s);
        ensure(need.height());
        p_.setFont(f);
        p_.setPen(colour);
        p_.drawText(QRectF(kMargin + indent, y_, kWidth - indent, need.height() + 2), Qt::TextWordWrap, s);
        p_.setPen(cramp::palette::print().text);
        y_ += need.height();
        return need.height();
    }

private:
    ReportSurface& surface_;
    QPainter& p_;
    QString family_, footer_;
    qreal y_ = kMargin;
    int pages_ = 1;
};

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
    const ReportText t(req.language);
    // WenQuanYi Micro Hei: its glyphs map back to the right code points, so Chinese text in the PDF
    // can be searched and copied (Noto CJK shares glyphs with the Kangxi radicals, so 日 comes out of
    // the PDF as U+2F47).
    static const QString family = [] {
        int id = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        auto fams = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        return fams.isEmpty() ? QString() : fams.first();
    }();
    if (family.isEmpty()) return fail(CRAMP_TEXT("Report", "the report font (WenQuanYi Micro Hei, Debian package fonts-wqy-microhei) is not installed"));

    const PeriodStats s = diary_stats(diary, req.period);
    auto episodes = diary.episodes(NightRange{req.period.from, req.period.to});
    std::reverse(episodes.begin(), episodes.end());  // oldest first
    const auto freeNights = diary.cramp_free_nights(NightRange{req.period.from, req.period.to});
    const Profile profile = diary.profile();

    QPainter p;
    if (!surface.begin(p, t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")))) return fail(surface.failure());

    const QString periodText = iso(req.period.from) + QStringLiteral(" – ") + iso(req.period.to);
    Pages pg(surface, p, family, t(QT_TRANSLATE_NOOP("Report", "Cramp Diary")) + QStringLiteral(" · ") + periodText);
    pg.drawFooter();
    const PrintColours& colours = palette::print();

    // ---- page 1: the summary ----
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")), pg.font(16, true));
    pg.advance(4);
    QStringList who;
    if (!profile.name.empty()) who << QString::fromStdString(profile.name);
    if (profile.birth_year) {
        int age = int(date::year_month_day{req.period.to}.year()) - *profile.birth_year;
        who << t(QT_TRANSLATE_NOOP("Report", "age %1")).arg(age);
    }
    QStringList risks;
    for (const auto& r : profile.risk_factors) {
        const labels::Words* w = labels::riskFactor(r);
        risks << (w ? t(w->report) : QString::fromStdString(r));
    }
    if (!risks.isEmpty()) who << t(QT_TRANSLATE_NOOP("Report", "risk factors: %1")).arg(risks.join(QStringLiteral(", ")));
    if (!profile.medicines.empty()) who << t(QT_TRANSLATE_NOOP("Report", "medicines: %1")).arg(QString::fromStdString(profile.medicines));
    if (!who.isEmpty()) pg.text(t(QT_TRANSLATE_NOOP("Report", "Patient: %1")).arg(who.join(QStringLiteral("; "))), pg.font(9.5));
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Period: %1 (%2 nights); nights recorded: %3 of %4"))
                .arg(periodText)
                .arg(s.nights_in_period)
                .arg(s.nights_recorded)
                .arg(s.nights_in_period),
            pg.font(9.5));
    const double perWeek = s.nights_in_period > 0 ? 7.0 * s.episodes / s.nights_in_period : 0;
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Cramps: %1 in total, %2 per week on average; threshold: %3 in 7 nights"))
                .arg(s.episodes)
                .arg(number(perWeek))
                .arg(s.threshold),
            pg.font(11, true));
    pg.advance(6);

    if (s.episodes == 0) {
        pg.text(t(QT_TRANSLATE_NOOP("Report", "No cramps were recorded in this period.")), pg.font(10));
        pg.advance(6);
    } else {
        // The weekly chart, the same drawing as the Trends page.
        std::vector<WeekBar> bars;
        for (const auto& w : s.weeks) {
            date::year_month_day ymd{w.start};
            bars.push_back({QStringLiteral("%1/%2").arg(unsigned(ymd.month())).arg(unsigned(ymd.day())), w.episodes, w.over_threshold});
        }
        WeekChartStyle style;
        style.font = pg.font(6.5);
        style.thresholdLabel = t(QT_TRANSLATE_NOOP("Report", "threshold %1")).arg(s.threshold);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Cramps per calendar week (weeks start on %1)"))
                    .arg(t(word(s.week_start))),
                pg.font(9, true));
        pg.ensure(130);
        paintWeekChart(p, QRectF(Pages::kMargin, pg.y() + 4, Pages::kWidth, 120), bars, s.threshold, style);
        pg.advance(130);

        QStringList crossings;
        for (auto n : s.crossings) crossings << iso(n);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Nights when the last 7 nights reached the threshold (crossings): %1"))
                    .arg(crossings.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "none")) : crossings.join(QStringLiteral(", "))),
                pg.font(9));
        QString multi = t(QT_TRANSLATE_NOOP("Report", "Nights with 2 or more cramps: %1")).arg(s.multi_cramp_nights.size());
        if (s.worst_night && s.worst_night->episodes >= 2) multi += QStringLiteral("; ") + t(QT_TRANSLATE_NOOP("Report", "worst night: %1 (%2 cramps)")).arg(iso(s.worst_night->night)).arg(s.worst_night->episodes);
        pg.text(multi, pg.font(9));
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Duration: median %1 s, longest %2 s. Intensity (0–10): median %3, highest %4."))
                    .arg(number(s.median_duration_s.value_or(0)))
                    .arg(s.longest_duration_s.value_or(0))
                    .arg(number(s.median_intensity.value_or(0)))
                    .arg(s.highest_intensity.value_or(0)),
                pg.font(9));
        QStringList sites, sides;
        for (std::size_t i = 0; i < s.sites.size(); ++i)
            if (s.sites[i]) sites << QStringLiteral("%1 %2").arg(t(word(static_cast<Site>(i)))).arg(s.sites[i]);
        for (std::size_t i = 0; i < s.sides.size(); ++i)
            if (s.sides[i]) sides << QStringLiteral("%1 %2").arg(t(word(static_cast<Side>(i)))).arg(s.sides[i]);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Sites: %1. Sides: %2.")).arg(sites.join(QStringLiteral(", ")), sides.join(QStringLiteral(", "))), pg.font(9));
        if (s.tingling_symmetric > 0) pg.text(t(QT_TRANSLATE_NOOP("Report", "Symmetric tingling of both feet or hands reported with %1 cramps.")).arg(s.tingling_symmetric), pg.font(9));
        pg.advance(6);
    }

    // Warning signals with their evidence.
    const auto& sig = s.warning_signals;
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Warning signs")), pg.font(11, true));
    QStringList lines;
    if (sig.weekly_threshold) {
        QString l = t(QT_TRANSLATE_NOOP("Report", "%1 or more cramps in 7 nights: on %2 nights of the period")).arg(s.threshold).arg(sig.nights_over_threshold.size());
        if (sig.peak_rolling7) l += QStringLiteral("; ") + t(QT_TRANSLATE_NOOP("Report", "highest %1 in the 7 nights to %2")).arg(sig.peak_rolling7->episodes).arg(iso(sig.peak_rolling7->night));
        lines << l;
    }
    if (sig.multi_night) {
        QStringList ns;
        for (const auto& n : s.multi_cramp_nights) ns << QStringLiteral("%1 (%2)").arg(iso(n.night)).arg(n.episodes);
        lines << t(QT_TRANSLATE_NOOP("Report", "Several cramps in one night: %1")).arg(ns.join(QStringLiteral(", ")));
    }
    if (sig.escalation)
        lines << t(QT_TRANSLATE_NOOP("Report", "Cramps becoming more frequent: %1 in the last 28 nights against %2 in the 56 nights before"))
                     .arg(sig.recent_28)
                     .arg(sig.previous_56);
    if (sig.numbness_weakness) {
        QStringList fs;
        for (const auto& f : sig.neuro_findings) {
            QStringList what;
            if (f.numbness_persisted) what << t(QT_TRANSLATE_NOOP("Report", "numbness persisted after the cramp"));
            for (auto w : f.weakness.values()) what << t(word(w));
            if (f.radiating) what << t(QT_TRANSLATE_NOOP("Report", "radiating from the buttock down the leg"));
            fs << QStringLiteral("%1: %2").arg(iso(f.night), what.join(QStringLiteral(", ")));
        }
        lines << t(QT_TRANSLATE_NOOP("Report", "Numbness or weakness with cramps: %1")).arg(fs.join(QStringLiteral("; ")));
    }
    for (const auto& f : sig.posture_findings) {
        if (f.episodes < 2) continue;
        QStringList ns;
        for (auto n : f.nights) ns << iso(n);
        lines << t(QT_TRANSLATE_NOOP("Report", "Started by a posture or action: %1, %2 cramps (%3)")).arg(t(word(f.posture))).arg(f.episodes).arg(ns.join(QStringLiteral(", ")));
    }
    if (lines.isEmpty()) {
        pg.text(t(QT_TRANSLATE_NOOP("Report", "None of the warning signs showed in this period.")), pg.font(9.5));
    } else {
        for (const auto& l : lines) pg.text(QStringLiteral("• ") + l, pg.font(9.5), colours.alert, 0);
        pg.advance(3);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Advice: these signs deserve a doctor's attention: neurology or orthopedics. Examinations a doctor may "
                                      "consider: lumbar MRI, lower-limb vascular ultrasound, nerve conduction studies / EMG.")),
                pg.font(9.5, true));
    }
    pg.advance(6);
    pg.text(t(QT_TRANSLATE_NOOP("Report", "This report records and summarises what the patient logged. It is not a diagnosis and no basis for treatment.")),
            pg.font(8.5), colours.muted);

    // ---- the full list: one row per episode, never cut across pages ----
    if (!episodes.empty()) {
        pg.newPage();
        pg.text(t(QT_TRANSLATE_NOOP("Report", "All cramps in the period (%1)")).arg(episodes.size()), pg.font(11, true));
        pg.advance(4);
        const QStringList headers{t(QT_TRANSLATE_NOOP("Report", "Night")), t(QT_TRANSLATE_NOOP("Report", "Time")), t(QT_TRANSLATE_NOOP("Report", "Duration (s)")), t(QT_TRANSLATE_NOOP("Report", "Site")), t(QT_TRANSLATE_NOOP("Report", "Side")), t(QT_TRANSLATE_NOOP("Report", "Intensity")),
                                  t(QT_TRANSLATE_NOOP("Report", "Posture")), t(QT_TRANSLATE_NOOP("Report", "Numbness")), t(QT_TRANSLATE_NOOP("Report", "Weakness")), t(QT_TRANSLATE_NOOP("Report", "Note"))};
        const std::vector<qreal> widths{54, 30, 36, 52, 38, 36, 52, 44, 50, Pages::kWidth - 392};
        const QFont cell = pg.font(7), head = pg.font(7, true);
        const QFontMetricsF fmCell(cell, p.device()), fmHead(head, p.device());
        auto rowHeight = [&](const QStringList& cells, const QFontMetricsF& fm) {
            qreal h = 0;
            for (int i = 0; i < cells.size(); ++i)
                h = std::max(h, fm.boundingRect(QRectF(0, 0, widths[std::size_t(i)] - 4, 10000), Qt::TextWordWrap, cells[i]).height());
            return h + 4;
        };
        auto drawRow = [&](const QStringList& cells, const QFont& f, qreal h, bool shade) {
            qreal x = Pages::kMargin;
            if (shade) p.fillRect(QRectF(x, pg.y(), Pages::kWidth, h), colours.shade);
            p.setFont(f);
            for (int i = 0; i < cells.size(); ++i) {
                p.drawText(QRectF(x + 2, pg.y() + 2, widths[std::size_t(i)] - 4, h), Qt::TextWordWrap, cells[i]);
                x += widths[std::size_t(i)];
            }
            pg.advance(h);
        };
        const qreal headH = rowHeight(headers, fmHead);
        drawRow(headers, head, headH, true);
        for (const auto& e : episodes) {
            QStringList weak;
            for (auto w : e.weakness.values()) weak << t(word(w));
            const QString time = QString::fromStdString(format_iso_local(e.onset, e.zone)).mid(11, 5);
            const QStringList cells{iso(e.night), time, QString::number(e.duration_s), t(word(e.site)), t(word(e.side)),
                                    QString::number(e.intensity), t(word(e.posture)), t(word(e.numbness)),
                                    weak.join(QStringLiteral(", ")), QString::fromStdString(e.note)};
            const qreal h = rowHeight(cells, fmCell);
            if (pg.y() + h > Pages::kBottom - 14) {
                pg.newPage();
                drawRow(headers, head, headH, true);  // the header again on every page of the table
            }
            drawRow(cells, cell, h, false);
            p.setPen(QPen(colours.rule, 0.4));
            p.drawLine(QPointF(Pages::kMargin, pg.y()), QPointF(Pages::kMargin + Pages::kWidth, pg.y()));
            p.setPen(colours.text);
        }
    }
    if (!freeNights.empty()) {
        QStringList ns;
        for (auto it = freeNights.rbegin(); it != freeNights.rend(); ++it) ns << iso(it->night);
        pg.advance(10);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Cramp-free nights (%1)")).arg(freeNights.size()), pg.font(11, true));
        pg.text(ns.join(QStringLiteral(", ")), pg.font(8));
    }
    surface.finish(p);
    return pg.count();
}
