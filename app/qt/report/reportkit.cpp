// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportkit.hpp"

#include "coretext.hpp"
#include "isotime.hpp"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace report {

ReportText::ReportText(const QString& lang) : language_(lang) {
    if (lang != QLatin1String("en")) loaded_ = tr_.load(QStringLiteral(":/i18n/crampdiary_%1.qm").arg(lang));
}

QString ReportText::operator()(const char* source) const {
    if (loaded_) {
        QString t = tr_.translate("Report", source);
        if (!t.isEmpty()) return t;
    }
    return QString::fromUtf8(source);
}


QString number(double v) { return QString::number(v, 'f', std::abs(v - std::round(v)) < 0.05 ? 0 : 1); }

QString joined(const QStringList& items, const ReportText& t) { return items.join(t(QT_TRANSLATE_NOOP("Report", ", "))); }

void wrap(const QString& text, const QFont& f, qreal width, std::vector<TextLine>& out) {
    const QFontMetricsF fm = pointMetrics(f);
    if (!text.contains(QChar::LineSeparator) && fm.horizontalAdvance(text) <= width) {  // most notes: one line
        out.push_back({0, int(text.size())});
        return;
    }
    QTextLayout layout(text, f, pointDevice());
    QTextOption o;
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(o);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        int length = line.textLength();
        if (length > 0 && text[line.textStart() + length - 1] == QChar::LineSeparator) --length;
        out.push_back({line.textStart(), length});
    }
    layout.endLayout();
}

QFont reportFont(const QString& family, qreal pt, bool bold) {
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

QPaintDevice* pointDevice() {
    // 72 dots per inch, as the PDF writer and the window's page images are set up.
    static QImage device = [] {
        QImage img(1, 1, QImage::Format_ARGB32_Premultiplied);
        img.setDotsPerMeterX(2835);
        img.setDotsPerMeterY(2835);
        return img;
    }();
    return &device;
}

QFontMetricsF pointMetrics(const QFont& f) { return QFontMetricsF(f, pointDevice()); }

namespace {

// Parts of an emoji sequence that print nothing of their own: the zero-width joiner, variation
// selectors, skin-tone modifiers, tags and the keycap's enclosing mark.
bool emojiPart(char32_t c) {
    return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) ||
           c == 0x20E3;
}
bool pictograph(char32_t c) { return QChar::category(c) == QChar::Symbol_Other || (c >= 0x1F000 && c <= 0x1FAFF); }

}  // namespace

QString printable(const QString& s, const QFont& f, const ReportText& t) {
    // The common case, plain text the report font has, is returned as it is, without a copy.
    bool plain = true;
    for (QChar c : s)
        if (c.unicode() >= 0x2000 || c.unicode() < 0x20) {
            plain = false;
            break;
        }
    if (plain) return s;
    static QHash<char32_t, bool> drawable;  // by code point; every report font covers the same
    const QFontMetricsF fm = pointMetrics(f);
    QString out;
    out.reserve(s.size());
    bool inEmoji = false;   // the last thing written was an emoji's placeholder
    char32_t last = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        const char32_t before = last;
        last = c;
        if (c == u'\n') {
            out += QChar::LineSeparator;
        } else if (c == u'\t' || c == u'\r') {
            if (c == u'\t') out += QLatin1Char(' ');
        } else if (c < 0x80) {
            out += QChar(c);
        } else {
            // Beyond the Basic Multilingual Plane (most emoji) a glyph may be drawn, from DejaVu Sans
            // say, but Qt's PDF writer maps it back to no character: the PDF would show 😀 and
            // give nothing to search or copy. Such characters are named instead.
            auto it = drawable.constFind(c);
            if (it == drawable.constEnd()) it = drawable.insert(c, c <= 0xFFFF && fm.inFontUcs4(uint(c)));
            if (*it) {
                out += QString::fromUcs4(&c, 1);
                inEmoji = false;
                continue;
            }
            // One placeholder for a whole sequence: 👍🏽, 👨‍👩‍👧, a flag's two letters.
            const bool regional = c >= 0x1F1E6 && c <= 0x1F1FF, afterRegional = before >= 0x1F1E6 && before <= 0x1F1FF;
            if (emojiPart(c) || (inEmoji && (before == 0x200D || (regional && afterRegional)))) continue;
            if (pictograph(c)) {
                out += t(QT_TRANSLATE_NOOP("Report", "[emoji]"));
                inEmoji = true;
            } else {
                out += QStringLiteral("[U+%1]").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
            }
            continue;
        }
        inEmoji = false;
    }
    return out;
}

Pages::Pages(ReportSurface& surface, QPainter& p, const QString& family, Footer footer)
    : surface_(surface), p_(p), family_(family), footer_(std::move(footer)) {}

QFont Pages::font(qreal pt, bool bold) const { return reportFont(family_, pt, bold); }

void Pages::newPage() {
    surface_.newPage(p_);
    ++pages_;
    y_ = kMargin;
    drawFooter();
}

void Pages::drawFooter() {
    const QFont f = font(7);
    const QString right = footer_.pageOf.arg(pages_).arg(total_) + QStringLiteral(" · ") + footer_.made;
    const QFontMetricsF fm = pointMetrics(f);
    // A long name gives way to the page number and the date.
    const QString left = fm.elidedText(footer_.left, Qt::ElideRight, kWidth - fm.horizontalAdvance(right) - 12);
    p_.setFont(f);
    p_.setPen(cramp::palette::print().muted);
    p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, left);
    p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignRight | Qt::AlignVCenter, right);
    p_.setPen(cramp::palette::print().text);
}

}  // namespace report
