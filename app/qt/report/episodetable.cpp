#include "episodetable.hpp"

#include "isotime.hpp"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace report {

void paintEpisodeTable(Pages& pg, const ReportText& t, const ReportData& d) {
    using namespace cramp;
    QPainter& p = pg.painter();
    const PrintColours& colours = palette::print();
    const auto& episodes = d.episodes;
    const auto& freeNights = d.freeNights;
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
}

}  // namespace report
