#include "reportkit.hpp"

#include "isotime.hpp"

#include <QFontMetricsF>
#include <QPainter>

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

QString iso(cramp::Night n) { return QString::fromStdString(cramp::format_date(n)); }

QString number(double v) { return QString::number(v, 'f', std::abs(v - std::round(v)) < 0.05 ? 0 : 1); }

Pages::Pages(ReportSurface& surface, QPainter& p, const QString& family, const QString& footer)
    : surface_(surface), p_(p), family_(family), footer_(footer) {}

QFont Pages::font(qreal pt, bool bold) const {
    QFont f(family_);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

void Pages::ensure(qreal height) {
    if (y_ + height > kBottom - 14) newPage();
}

void Pages::newPage() {
    surface_.newPage(p_);
    ++pages_;
    y_ = kMargin;
    drawFooter();
}

void Pages::drawFooter() {
    p_.setFont(font(7));
    p_.setPen(cramp::palette::print().muted);
    p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, footer_);
    p_.drawText(QRectF(kMargin, kBottom - 8, kWidth, 12), Qt::AlignRight | Qt::AlignVCenter, QString::number(pages_));
    p_.setPen(cramp::palette::print().text);
}

qreal Pages::text(const QString& s, const QFont& f, QColor colour, qreal indent) {
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

}  // namespace report
