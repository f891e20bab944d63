// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodetable.hpp"

#include "night.hpp"

#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

namespace report {

namespace {

using namespace cramp;

enum Column { cNight, cOnset, cDuration, cSite, cSide, cIntensity, cPosture, cNumbness, cWeakness, cWoke, cRelief, cRadiating, cTingling, kColumns };

constexpr qreal kPad = 2;         // inside a cell, above and below its text and at its sides
constexpr qreal kCellPt = 7, kHeadPt = 6.5, kTitlePt = 11, kLegendPt = 7.5, kFreePt = 8;
constexpr qreal kGapBeforeFree = 10;

// Text shaped once, line by line, and painted as glyphs (a table of 50,000 rows paints its fixed
// words without shaping them again): each line's glyph runs, positioned from its baseline.
struct Shaped {
    std::vector<QList<QGlyphRun>> lines;
    qsizetype size() const { return qsizetype(lines.size()); }
};

QList<QGlyphRun> shapeLine(const QString& text, const QFont& f) {
    QTextLayout layout(text, f, pointDevice());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    QList<QGlyphRun> runs = layout.glyphRuns();
    for (auto& run : runs) {
        QList<QPointF> positions = run.positions();
        for (auto& pt : positions) pt.ry() -= line.ascent();
        run.setPositions(positions);
    }
    return runs;
}

Shaped shaped(const QString& text, const QFont& f, qreal width) {
    std::vector<TextLine> lines;
    wrap(text, f, width, lines);
    Shaped out;
    for (const auto& l : lines) out.lines.push_back(shapeLine(text.mid(l.start, l.length), f));
    return out;
}

// A row's glyphs gathered into one run and painted at once (one text object in the PDF for a row,
// not one for each of its cells); its dates, times and numbers put together from the glyphs of
// their characters, without shaping.
class GlyphRow {
public:
    static constexpr char kChars[] = "0123456789-:+ ";
    explicit GlyphRow(const QFont& f) {
        const auto runs = shapeLine(QString::fromLatin1(kChars), f);
        if (runs.size() != 1 || runs[0].glyphIndexes().size() != qsizetype(sizeof kChars - 1)) return;  // shaped otherwise: no short cut
        raw_ = runs[0].rawFont();
        const auto glyphs = runs[0].glyphIndexes();
        const auto advances = raw_.advancesForGlyphIndexes(glyphs);
        for (std::size_t i = 0; i + 1 < sizeof kChars; ++i) {
            glyph_[std::size_t(kChars[i])] = glyphs[qsizetype(i)];
            advance_[std::size_t(kChars[i])] = advances[qsizetype(i)].x();
        }
        glyphs_.reserve(128);
        positions_.reserve(128);
    }
    // `s` (of kChars only) from `at`, on the baseline.
    void ascii(QPainter& p, QPointF at, const char* s, int n) {
        if (!raw_.isValid()) {  // in the painter's font, the row's
            p.drawText(at, QString::fromLatin1(s, n));
            return;
        }
        for (int i = 0; i < n; ++i) {
            glyphs_.append(glyph_[std::size_t(s[i])]);
            positions_.append(at);
            at.rx() += advance_[std::size_t(s[i])];
        }
    }
    // Shaped text from `at` (its first baseline); a run in another font (a fallback) is painted on its own.
    void add(QPainter& p, const Shaped& text, QPointF at, qreal lineH) {
        for (std::size_t k = 0; k < text.lines.size(); ++k, at.ry() += lineH)
            for (const auto& run : text.lines[k]) {
                if (!raw_.isValid() || run.rawFont() != raw_) {
                    p.drawGlyphRun(at, run);
                    continue;
                }
                glyphs_.append(run.glyphIndexes());
                for (const QPointF& pt : run.positions()) positions_.append(at + pt);
            }
    }
    void paint(QPainter& p) {
        if (glyphs_.isEmpty()) return;
        QGlyphRun run;
        run.setRawFont(raw_);
        run.setGlyphIndexes(glyphs_);
        run.setPositions(positions_);
        p.drawGlyphRun(QPointF(0, 0), run);
        glyphs_.clear();
        positions_.clear();
    }

private:
    QRawFont raw_;
    std::array<quint32, 128> glyph_{};
    std::array<qreal, 128> advance_{};
    QList<quint32> glyphs_;
    QList<QPointF> positions_;
};

// "2026-11-30", "2026-11-30 02:15" into `buf`; returns the length.
int dateChars(char* buf, std::size_t size, Date d, int minutes = -1) {
    const date::year_month_day ymd{d};
    int n = std::snprintf(buf, size, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    if (minutes >= 0) n += std::snprintf(buf + n, size - std::size_t(n), " %02d:%02d", minutes / 60, minutes % 60);
    return n;
}

QString dateText(Date d, int minutes = -1) {
    char buf[24];
    return QString::fromLatin1(buf, dateChars(buf, sizeof buf, d, minutes));
}

int offsetChars(char* buf, std::size_t size, int seconds) {
    const int m = std::abs(seconds) / 60;
    return std::snprintf(buf, size, "%c%02d:%02d", seconds < 0 ? '-' : '+', m / 60, m % 60);
}

QString offsetText(int seconds) {
    char buf[16];
    return QString::fromLatin1(buf, offsetChars(buf, sizeof buf, seconds));
}

}  // namespace

// Everything the painting needs, measured once by the plan.
struct TableLayout {
    enum class Kind : std::uint8_t { title, header, row, continued, note, freeTitle, freeLines };
    // One thing painted at (page, y): a row's cells, some lines of its note, the header…
    struct Item {
        Kind kind;
        int page;
        qreal y;
        int index = 0;            // row, continued, note: the episode's index
        int first = 0, end = 0;   // note, freeLines: the lines [first, end)
    };

    QFont cell, head, title, legend, free;
    qreal lineH = 0, ascent = 0, headLineH = 0, headAscent = 0, freeLineH = 0, freeAscent = 0;
    qreal titleH = 0, legendLineH = 0, headH = 0;
    std::array<qreal, kColumns> x{}, width{};
    std::array<Shaped, kColumns> headers;
    QString titleText;
    Shaped legendLines;
    // The words of each value, broken into lines at their column's width; weakness and relief by
    // their sets' bits.
    std::vector<Shaped> sites, sides, postures, numbness, weakness, reliefs;
    Shaped yes, no;
    QString continued;

    int usualOffset = 0;          // seconds
    std::vector<int> offsets;     // each episode's UTC offset, seconds
    std::vector<QString> notes;   // each episode's note as printed ("Note: …"), empty when none
    std::vector<int> noteLine;    // episode i's note is lines[noteLine[i], noteLine[i + 1])
    std::vector<TextLine> lines;      // the notes' lines, then the cramp-free nights' lines
    int freeLine = 0;             // where the cramp-free nights' lines start
    QString freeTitle, freeText;

    std::vector<Item> items;
    std::vector<std::pair<Night, int>> nightPages;  // each night's first page, by night

    int noteLines(int i) const { return noteLine[std::size_t(i) + 1] - noteLine[std::size_t(i)]; }
};

int TablePlan::pageOf(Night n) const {
    if (!layout) return 0;
    const auto& v = layout->nightPages;
    auto it = std::lower_bound(v.begin(), v.end(), n, [](const auto& e, Night m) { return e.first < m; });
    return it != v.end() && it->first == n ? it->second : 0;
}

namespace {

template <typename E>
std::vector<Shaped> wordLines(const ReportText& t, const QFont& f, qreal width) {
    std::vector<Shaped> out;
    for (std::size_t i = 0; i < enum_count<E>(); ++i) out.push_back(shaped(t(word(static_cast<E>(i))), f, width));
    return out;
}

// A set's words joined ("calf stretch, massage"), for every set of E, by its bits.
template <typename E>
std::vector<Shaped> setLines(const ReportText& t, const QFont& f, qreal width) {
    std::vector<Shaped> out;
    const QString separator = t(QT_TRANSLATE_NOOP("Report", ", "));
    for (unsigned bits = 0; bits < (1u << enum_count<E>()); ++bits) {
        QStringList words;
        for (auto v : EnumSet<E>::from_bits(bits).values()) words << t(word(v));
        out.push_back(shaped(words.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "none")) : words.join(separator), f, width));
    }
    return out;
}

// The columns' widths: each as wide as its longest value and its header's longest word, the rest
// of the page shared out equally. When they do not all fit, each gives up the same share of what it
// has beyond its longest word (so "front of thigh" wraps before "2026-11-30" would).
void layOutColumns(TableLayout& L, const ReportText& t) {
    const QFontMetricsF fm = pointMetrics(L.cell), fmHead = pointMetrics(L.head);
    const std::array<const char*, kColumns> headers{
        QT_TRANSLATE_NOOP("Report", "Night"),    QT_TRANSLATE_NOOP("Report", "Onset"),    QT_TRANSLATE_NOOP("Report", "Duration (s)"),
        QT_TRANSLATE_NOOP("Report", "Site"),     QT_TRANSLATE_NOOP("Report", "Side"),     QT_TRANSLATE_NOOP("Report", "Intensity"),
        QT_TRANSLATE_NOOP("Report", "Posture"),  QT_TRANSLATE_NOOP("Report", "Numbness"), QT_TRANSLATE_NOOP("Report", "Weakness"),
        QT_TRANSLATE_NOOP("Report", "Woke"),     QT_TRANSLATE_NOOP("Report", "Relief"),   QT_TRANSLATE_NOOP("Report", "Radiating"),
        QT_TRANSLATE_NOOP("Report", "Symmetric tingling")};
    // The widest text, whole or (`words`) by its words: Chinese, which breaks between any two
    // characters, counts as at most four characters wide.
    auto widest = [](const QFontMetricsF& m, const QStringList& texts, bool words) {
        qreal w = 0;
        for (const auto& s : texts)
            for (const auto& part : words ? s.split(QLatin1Char(' ')) : QStringList{s})
                w = std::max(w, m.horizontalAdvance(words && part.front().unicode() >= 0x2E80 ? part.left(4) : part));
        return w;
    };
    std::array<QStringList, kColumns> values;
    auto words = [&](auto value) {
        QStringList out;
        for (std::size_t i = 0; i < enum_count<decltype(value)>(); ++i) out << t(word(static_cast<decltype(value)>(i)));
        return out;
    };
    // Digits need not be equally wide: the widest of each shape.
    values[cNight] = QStringList{QStringLiteral("0000-00-00"), QStringLiteral("8888-88-88"), QStringLiteral("2222-22-22")};
    values[cOnset] = QStringList{QStringLiteral("0000-00-00 00:00"), QStringLiteral("8888-88-88 88:88"), QStringLiteral("2222-22-22 22:22")};
    values[cDuration] = QStringList{QStringLiteral("0000")};
    values[cSite] = words(Site{});
    values[cSide] = words(Side{});
    values[cIntensity] = QStringList{QStringLiteral("10")};
    values[cPosture] = words(Posture{});
    values[cNumbness] = words(Numbness{});
    values[cWeakness] = words(Weakness{});
    values[cRelief] = words(Relief{});
    const QStringList yesNo{t(QT_TRANSLATE_NOOP("Report", "yes")), t(QT_TRANSLATE_NOOP("Report", "no"))};
    for (Column c : {cWoke, cRadiating, cTingling}) values[c] = yesNo;
    // Two of a set's values side by side ("stretch, massage"); a longer value may wrap.
    values[cRelief] << values[cRelief][0] + t(QT_TRANSLATE_NOOP("Report", ", ")) + values[cRelief][1];
    constexpr qreal kWidestSet = 64;
    std::array<qreal, kColumns> least{}, most{};
    qreal sumLeast = 0, sumMost = 0;
    for (std::size_t c = 0; c < kColumns; ++c) {
        // A Chinese header is kept whole (诱发动作/姿势, not 诱发动作/姿 and 势); an English one
        // may wrap between its words.
        const QString header = t(headers[c]);
        const qreal room = 2 * kPad + 3;
        qreal head = 0;
        for (const auto& part : header.split(QLatin1Char(' '))) head = std::max(head, fmHead.horizontalAdvance(part));
        const bool unbreakable = c == cNight || c == cOnset;
        least[c] = std::max(head, widest(fm, values[c], !unbreakable)) + room;
        most[c] = std::max(head, widest(fm, values[c], false)) + room;
        // Relief is often two things; weakness is rare, and its one long value may wrap.
        if (c == cRelief) most[c] = std::max(least[c], std::min(most[c], kWidestSet));
        if (c == cWeakness) most[c] = least[c];
        sumLeast += least[c];
        sumMost += most[c];

    }
    const qreal share = sumMost > sumLeast ? std::clamp((Pages::kWidth - sumLeast) / (sumMost - sumLeast), 0.0, 1.0) : 1.0;
    const qreal extra = std::max<qreal>(0, (Pages::kWidth - sumMost) / qreal(kColumns));
    const qreal scale = std::min<qreal>(1, Pages::kWidth / sumLeast);
    qreal x = Pages::kMargin;
    for (std::size_t c = 0; c < kColumns; ++c) {
        L.x[c] = x;
        L.width[c] = (least[c] + (most[c] - least[c]) * share) * scale + extra;
        x += L.width[c];
        L.headers[c] = shaped(t(headers[c]), L.head, L.width[c] - 2 * kPad);
    }
    auto inner = [&](Column c) { return L.width[c] - 2 * kPad; };
    L.sites = wordLines<Site>(t, L.cell, inner(cSite));
    L.sides = wordLines<Side>(t, L.cell, inner(cSide));
    L.postures = wordLines<Posture>(t, L.cell, inner(cPosture));
    L.numbness = wordLines<Numbness>(t, L.cell, inner(cNumbness));
    L.weakness = setLines<Weakness>(t, L.cell, inner(cWeakness));
    L.reliefs = setLines<Relief>(t, L.cell, inner(cRelief));
    L.yes = shaped(yesNo[0], L.cell, inner(cWoke));
    L.no = shaped(yesNo[1], L.cell, inner(cWoke));

    int headLines = 1;
    for (const auto& h : L.headers) headLines = std::max(headLines, int(h.size()));
    L.headH = headLines * L.headLineH + 2 * kPad;
}

// How many lines a row's cells take: the most of any cell (the onset has a second line for an
// unusual UTC offset).
int cellLines(const TableLayout& L, const Episode& e, int offset) {
    int n = offset != L.usualOffset ? 2 : 1;
    for (const Shaped* c : {&L.sites[std::size_t(e.site)], &L.sides[std::size_t(e.side)], &L.postures[std::size_t(e.posture)],
                                 &L.numbness[std::size_t(e.numbness)], &L.weakness[e.weakness.bits()], &L.reliefs[e.relief.bits()]})
        n = std::max(n, int(c->size()));
    return n;
}

}  // namespace

TablePlan planEpisodeTable(const ReportData& d, const ReportText& t, const QString& family, int firstPage, qreal firstTop) {
    auto layout = std::make_shared<TableLayout>();
    TableLayout& L = *layout;
    TablePlan plan;
    plan.firstPage = firstPage;
    plan.lastPage = firstPage - 1;
    plan.layout = layout;
    const auto& episodes = d.episodes;
    if (episodes.empty() && d.freeNights.empty()) return plan;

    L.cell = reportFont(family, kCellPt);
    L.head = reportFont(family, kHeadPt, true);
    L.title = reportFont(family, kTitlePt, true);
    L.legend = reportFont(family, kLegendPt);
    L.free = reportFont(family, kFreePt);
    const QFontMetricsF fm = pointMetrics(L.cell), fmHead = pointMetrics(L.head), fmFree = pointMetrics(L.free);
    L.lineH = fm.lineSpacing();
    L.ascent = fm.ascent();
    L.headLineH = fmHead.lineSpacing();
    L.headAscent = fmHead.ascent();
    L.freeLineH = fmFree.lineSpacing();
    L.freeAscent = fmFree.ascent();
    L.titleH = pointMetrics(L.title).lineSpacing() + 2;
    L.legendLineH = pointMetrics(L.legend).lineSpacing();
    L.continued = t(QT_TRANSLATE_NOOP("Report", "(continued from the previous page)"));

    constexpr qreal bottom = Pages::kContentBottom;
    int page = firstPage;
    qreal y = firstTop;
    auto place = [&](TableLayout::Kind k, qreal h, int index = 0, int first = 0, int end = 0) {
        L.items.push_back({k, page, y, index, first, end});
        y += h;
    };
    auto newPage = [&] {
        ++page;
        y = Pages::kMargin;
    };

    if (!episodes.empty()) {
        layOutColumns(L, t);
        const std::size_t n = episodes.size();
        // The period's usual UTC offset: the most common among its cramps (the smaller on a tie).
        L.offsets.resize(n);
        std::map<int, int> counts;
        for (std::size_t i = 0; i < n; ++i) ++counts[L.offsets[i] = int(utc_offset(episodes[i].onset, episodes[i].zone).count())];
        L.usualOffset = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;

        // Every note in full, at the width from the onset column to the right margin.
        const qreal noteWidth = Pages::kMargin + Pages::kWidth - L.x[cOnset] - 2 * kPad;
        const QString notePrefix = t(QT_TRANSLATE_NOOP("Report", "Note: %1"));
        L.notes.resize(n);
        L.noteLine.assign(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            L.noteLine[i] = int(L.lines.size());
            if (episodes[i].note.empty()) continue;
            L.notes[i] = notePrefix.arg(printable(QString::fromStdString(episodes[i].note), L.cell, t));
            wrap(L.notes[i], L.cell, noteWidth, L.lines);
        }
        L.noteLine[n] = int(L.lines.size());

        L.titleText = t(QT_TRANSLATE_NOOP("Report", "All cramps in the period (%1)")).arg(n);
        L.legendLines = shaped(t(QT_TRANSLATE_NOOP("Report", "Night: named by the date of its evening. Onset: the calendar date and local "
                                                               "time; the UTC offset is shown where it is not %1, the period's usual one."))
                                    .arg(offsetText(L.usualOffset)),
                                L.legend, Pages::kWidth);
        place(TableLayout::Kind::title, L.titleH + L.legendLines.size() * L.legendLineH + 4);
        place(TableLayout::Kind::header, L.headH);
        const qreal pageBody = bottom - Pages::kMargin - L.headH;
        auto newTablePage = [&] {
            newPage();
            place(TableLayout::Kind::header, L.headH);  // the header again on every page of the table
        };
        for (std::size_t i = 0; i < n; ++i) {
            const qreal cellsH = cellLines(L, episodes[i], L.offsets[i]) * L.lineH + 2 * kPad;
            const int noteN = L.noteLines(int(i));
            const qreal h = cellsH + (noteN ? noteN * L.lineH + kPad : 0);
            // A row that fits on a page is never cut; a taller one starts here if its cells and a
            // line of its note fit, and continues on the next pages.
            if (y + h > bottom && (h <= pageBody || y + cellsH + L.lineH + kPad > bottom)) newTablePage();
            if (L.nightPages.empty() || L.nightPages.back().first != episodes[i].night) L.nightPages.emplace_back(episodes[i].night, page);
            place(TableLayout::Kind::row, cellsH, int(i));
            for (int done = 0; done < noteN;) {
                const int fit = std::min(noteN - done, int((bottom - y - kPad) / L.lineH));
                if (fit <= 0) {
                    newTablePage();
                    place(TableLayout::Kind::continued, L.lineH + 2 * kPad, int(i));
                    continue;
                }
                place(TableLayout::Kind::note, fit * L.lineH + kPad, int(i), done, done + fit);
                done += fit;
            }
        }
        // A night's first cramp is the first of its rows (rows are in onset order, and a night's
        // onsets are in order too, though a change of zone can interleave neighbouring nights).
        std::stable_sort(L.nightPages.begin(), L.nightPages.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        L.nightPages.erase(std::unique(L.nightPages.begin(), L.nightPages.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                           L.nightPages.end());
    }

    if (!d.freeNights.empty()) {
        const QString separator = t(QT_TRANSLATE_NOOP("Report", ", "));
        L.freeText.reserve(qsizetype(d.freeNights.size()) * 12);
        for (auto it = d.freeNights.rbegin(); it != d.freeNights.rend(); ++it) {
            if (it != d.freeNights.rbegin()) L.freeText += separator;
            L.freeText += dateText(*it);
        }
        L.freeTitle = t(QT_TRANSLATE_NOOP("Report", "Cramp-free nights (%1)")).arg(d.freeNights.size());
        L.freeLine = int(L.lines.size());
        wrap(L.freeText, L.free, Pages::kWidth, L.lines);
        const int lines = int(L.lines.size()) - L.freeLine;
        if (!episodes.empty()) y += kGapBeforeFree;
        if (y + L.titleH + L.freeLineH > bottom) newPage();
        place(TableLayout::Kind::freeTitle, L.titleH);
        for (int done = 0; done < lines;) {
            const int fit = std::min(lines - done, int((bottom - y) / L.freeLineH));
            if (fit <= 0) {
                newPage();
                continue;
            }
            place(TableLayout::Kind::freeLines, fit * L.freeLineH, 0, done, done + fit);
            done += fit;
        }
    }
    plan.lastPage = page;
    return plan;
}

// Every string was translated as the table was planned.
void paintEpisodeTable(Pages& pg, const ReportText&, const ReportData& d, const TablePlan& plan) {
    if (!plan.layout) return;
    const TableLayout& L = *plan.layout;
    QPainter& p = pg.painter();
    const PrintColours& colours = palette::print();
    const QPen rule(colours.rule, 0.4);
    GlyphRow row(L.cell);
    const QFont* font = nullptr;  // the painter's font, set only when it changes
    auto use = [&](const QFont& f) {
        if (font != &f) p.setFont(f);
        font = &f;
    };
    auto lines = [&](const Shaped& text, qreal x, qreal baseline, qreal lineH) {
        for (std::size_t k = 0; k < text.lines.size(); ++k)
            for (const auto& run : text.lines[k]) p.drawGlyphRun(QPointF(x + kPad, baseline + qreal(k) * lineH), run);
    };
    auto ruleAt = [&](qreal y) {
        p.setPen(rule);
        p.drawLine(QPointF(Pages::kMargin, y), QPointF(Pages::kMargin + Pages::kWidth, y));
        p.setPen(colours.text);
    };
    for (const auto& it : L.items) {
        while (pg.count() < it.page) {
            pg.newPage();  // paints the footer, in its own font
            font = nullptr;
        }
        const qreal y = it.y;
        switch (it.kind) {
        case TableLayout::Kind::title: {
            use(L.title);
            p.drawText(QPointF(Pages::kMargin, y + pointMetrics(L.title).ascent()), L.titleText);
            use(L.legend);
            p.setPen(colours.muted);
            lines(L.legendLines, Pages::kMargin - kPad, y + L.titleH + pointMetrics(L.legend).ascent(), L.legendLineH);
            p.setPen(colours.text);
            break;
        }
        case TableLayout::Kind::header:
            p.fillRect(QRectF(Pages::kMargin, y, Pages::kWidth, L.headH), colours.shade);
            for (std::size_t c = 0; c < kColumns; ++c) lines(L.headers[c], L.x[c], y + kPad + L.headAscent, L.headLineH);
            break;
        case TableLayout::Kind::row: {
            const Episode& e = d.episodes[std::size_t(it.index)];
            const int offset = L.offsets[std::size_t(it.index)];
            const qreal base = y + kPad + L.ascent;
            const auto local = e.onset + std::chrono::seconds{offset};
            const auto day = std::chrono::floor<date::days>(local);
            const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
            use(L.cell);
            char buf[24];
            auto one = [&](Column c, int n) { row.ascii(p, QPointF(L.x[c] + kPad, base), buf, n); };
            one(cNight, dateChars(buf, sizeof buf, e.night));
            one(cOnset, dateChars(buf, sizeof buf, day, minutes));
            if (offset != L.usualOffset) row.ascii(p, QPointF(L.x[cOnset] + kPad, base + L.lineH), buf, offsetChars(buf, sizeof buf, offset));
            one(cDuration, std::snprintf(buf, sizeof buf, "%d", e.duration_s));
            one(cIntensity, std::snprintf(buf, sizeof buf, "%d", e.intensity));
            auto cell = [&](Column c, const Shaped& text) { row.add(p, text, QPointF(L.x[c] + kPad, base), L.lineH); };
            cell(cSite, L.sites[std::size_t(e.site)]);
            cell(cSide, L.sides[std::size_t(e.side)]);
            cell(cPosture, L.postures[std::size_t(e.posture)]);
            cell(cNumbness, L.numbness[std::size_t(e.numbness)]);
            cell(cWeakness, L.weakness[e.weakness.bits()]);
            cell(cWoke, e.woke ? L.yes : L.no);
            cell(cRelief, L.reliefs[e.relief.bits()]);
            cell(cRadiating, e.radiating ? L.yes : L.no);
            cell(cTingling, e.tingling_symmetric ? L.yes : L.no);
            row.paint(p);
            if (L.noteLines(it.index) == 0) ruleAt(y + cellLines(L, e, offset) * L.lineH + 2 * kPad);
            break;
        }
        case TableLayout::Kind::continued: {
            const Episode& e = d.episodes[std::size_t(it.index)];
            use(L.cell);
            p.setPen(colours.muted);
            const qreal base = y + kPad + L.ascent;
            p.drawText(QPointF(L.x[cNight] + kPad, base), dateText(e.night));
            p.drawText(QPointF(L.x[cOnset] + kPad, base), L.continued);
            p.setPen(colours.text);
            break;
        }
        case TableLayout::Kind::note: {
            use(L.cell);
            const QString& note = L.notes[std::size_t(it.index)];
            const int first = L.noteLine[std::size_t(it.index)];
            for (int k = it.first; k < it.end; ++k) {
                const TextLine& l = L.lines[std::size_t(first + k)];
                p.drawText(QPointF(L.x[cOnset] + kPad, y + L.ascent + (k - it.first) * L.lineH), note.mid(l.start, l.length));
            }
            if (it.end == L.noteLines(it.index)) ruleAt(y + (it.end - it.first) * L.lineH + kPad);
            break;
        }
        case TableLayout::Kind::freeTitle:
            use(L.title);
            p.drawText(QPointF(Pages::kMargin, y + pointMetrics(L.title).ascent()), L.freeTitle);
            break;
        case TableLayout::Kind::freeLines:
            use(L.free);
            for (int k = it.first; k < it.end; ++k) {
                const TextLine& l = L.lines[std::size_t(L.freeLine + k)];
                p.drawText(QPointF(Pages::kMargin, y + L.freeAscent + (k - it.first) * L.freeLineH), L.freeText.mid(l.start, l.length));
            }
            break;
        }
    }
}

}  // namespace report
