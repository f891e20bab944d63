#include "reportpageview.hpp"
#include "palette.hpp"

#include <QPainter>
#include <QQuickWindow>

ReportPageView::ReportPageView(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setFillColor(cramp::palette::print().paper);
}

void ReportPageView::setReport(ReportModel* r) {
    if (r == report_) return;
    if (report_) disconnect(report_, nullptr, this, nullptr);
    report_ = r;
    if (report_) connect(report_, &ReportModel::changed, this, [this] { update(); });
    emit reportChanged();
    update();
}

void ReportPageView::setPage(int p) {
    if (p == page_) return;
    page_ = p;
    emit pageChanged();
    update();
}

void ReportPageView::paint(QPainter* painter) {
    if (!report_ || width() <= 0) return;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1;
    const QImage img = report_->pageImage(page_, width() * dpr / ReportModel::kPageWidth);
    if (img.isNull()) return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(0, 0, width(), height()), img);
}
