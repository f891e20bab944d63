// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisons.hpp"

#include "labels.hpp"

#include <QPainter>

#include <array>

namespace report {

namespace {

using namespace cramp;

constexpr qreal kTitlePt = 11, kTextPt = 8, kCellPt = 8, kHeadPt = 7, kPad = 2, kGapAfter = 12;
// Item, then nights / cramps / per night with it, and without it.
constexpr std::array<qreal, 7> kWidths{163, 58, 50, 58, 58, 50, Pages::kWidth - 437};

QString perNight(int cramps, int nights) { return nights ? QString::number(double(cramps) / nights, 'f', 2) : QStringLiteral("–"); }

}  // namespace

struct ComparisonLayout {
    QFont title, text, head, cell;
    struct Line {
        enum Kind { title, text, muted, header, row } kind;
        qreal y = 0, height = 0;
        QStringList cells;  // one for a line of text
    };
    std::vector<Line> lines;
};

// The item as the report names it (labels.cpp holds every care item's words).
const char* careWord(CareItem item) { return labels::of(item).report; }

ComparisonPlan planComparisons(const ReportData& d, const ReportText& t, const QString& family) {
    ComparisonPlan plan;
    if (!d.care.recorded) return plan;
    auto layout = std::make_shared<ComparisonLayout>();
    ComparisonLayout& L = *layout;
    L.title = reportFont(family, kTitlePt, true);
    L.text = reportFont(family, kTextPt);
    L.head = reportFont(family, kHeadPt, true);
    L.cell = reportFont(family, kCellPt);
    qreal y = 0;
    auto add = [&](ComparisonLayout::Line::Kind kind, qreal h, QStringList cells) {
        L.lines.push_back({kind, y, h, std::move(cells)});
        y += h;
    };
    // Wrapped text, at most `maxLines` lines (the last cut with "…").
    auto text = [&](ComparisonLayout::Line::Kind kind, const QString& s, int maxLines) {
        std::vector<TextLine> wrapped;
        wrap(s, L.text, Pages::kWidth, wrapped);
        const QFontMetricsF fm = pointMetrics(L.text);
        for (std::size_t i = 0; i < wrapped.size() && int(i) < maxLines; ++i) {
            const bool last = int(i) == maxLines - 1 && wrapped.size() > std::size_t(maxLines);
            add(kind, fm.lineSpacing(),
                {last ? fm.elidedText(s.mid(wrapped[i].start).simplified(), Qt::ElideRight, Pages::kWidth) : s.mid(wrapped[i].start, wrapped[i].length).trimmed()});
        }
    };

    add(ComparisonLayout::Line::title, pointMetrics(L.title).lineSpacing() + 2,
        {t(QT_TRANSLATE_NOOP("Report", "Personal comparisons: cramps on nights with and without each item"))});
    text(ComparisonLayout::Line::muted,
         t(QT_TRANSLATE_NOOP("Report", "Over the nights of the period that are recorded and have a care record; an item is compared only when "
                                       "each side has at least %1 nights. An association in the patient's own diary, not proof of cause."))
             .arg(kMinComparisonNights),
         3);
    y += 3;
    QStringList notYet;
    std::vector<const FactorComparison*> shown;
    for (const auto& c : d.care.items) {
        if (c.shown()) shown.push_back(&c);
        else notYet << t(careWord(c.item));
    }
    if (!shown.empty()) {
        const qreal headH = 2 * pointMetrics(L.head).lineSpacing() + 2 * kPad;
        add(ComparisonLayout::Line::header, headH,
            {t(QT_TRANSLATE_NOOP("Report", "Item")), t(QT_TRANSLATE_NOOP("Report", "Nights with")), t(QT_TRANSLATE_NOOP("Report", "Cramps")),
             t(QT_TRANSLATE_NOOP("Report", "Per night")), t(QT_TRANSLATE_NOOP("Report", "Nights without")),
             t(QT_TRANSLATE_NOOP("Report", "Cramps")), t(QT_TRANSLATE_NOOP("Report", "Per night"))});
        const qreal rowH = pointMetrics(L.cell).lineSpacing() + 2 * kPad;
        for (const FactorComparison* c : shown)
            add(ComparisonLayout::Line::row, rowH,
                {t(careWord(c->item)), QString::number(c->nights_with), QString::number(c->cramps_with), perNight(c->cramps_with, c->nights_with),
                 QString::number(c->nights_without), QString::number(c->cramps_without), perNight(c->cramps_without, c->nights_without)});
        y += 3;
    }
    if (!notYet.isEmpty())
        text(ComparisonLayout::Line::text, t(QT_TRANSLATE_NOOP("Report", "Not enough nights yet: %1.")).arg(joined(notYet, t)), 3);
    plan.height = y + kGapAfter;
    plan.layout = std::move(layout);
    return plan;
}

void paintComparisons(Pages& pg, const ComparisonPlan& plan) {
    if (!plan.layout) return;
    const ComparisonLayout& L = *plan.layout;
    QPainter& p = pg.painter();
    const PrintColours& c = palette::print();
    const qreal top = pg.y();
    for (const auto& line : L.lines) {
        const QRectF box(Pages::kMargin, top + line.y, Pages::kWidth, line.height);
        switch (line.kind) {
        case ComparisonLayout::Line::title:
        case ComparisonLayout::Line::text:
        case ComparisonLayout::Line::muted:
            p.setFont(line.kind == ComparisonLayout::Line::title ? L.title : L.text);
            p.setPen(line.kind == ComparisonLayout::Line::muted ? c.muted : c.text);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line.cells.value(0));
            break;
        case ComparisonLayout::Line::header:
        case ComparisonLayout::Line::row: {
            const bool head = line.kind == ComparisonLayout::Line::header;
            if (head) p.fillRect(box, c.shade);
            p.setFont(head ? L.head : L.cell);
            p.setPen(c.text);
            qreal x = Pages::kMargin;
            for (int i = 0; i < line.cells.size(); ++i) {
                const qreal w = kWidths[std::size_t(i)] - 2 * kPad;
                const QRectF cell(x + kPad, box.top() + kPad, w, box.height() - 2 * kPad);
                const int align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                if (head) p.drawText(cell, align | Qt::TextWordWrap, line.cells[i]);
                else p.drawText(cell, align, QFontMetricsF(L.cell, p.device()).elidedText(line.cells[i], Qt::ElideRight, w));
                x += kWidths[std::size_t(i)];
            }
            p.setPen(QPen(c.rule, 0.4));
            p.drawLine(box.bottomLeft(), box.bottomRight());
            p.setPen(c.text);
            break;
        }
        }
    }
    pg.advance(plan.height);
}

}  // namespace report
