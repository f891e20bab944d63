// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageview.hpp"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

namespace {

// Up to this many pixels the whole page is painted (and cached by the model): a page at the fit
// width of a desktop screen, or twice that of a phone. Beyond it, the part on screen and a margin.
constexpr qreal kWholePagePixels = 2.5e6;

}  // namespace

ReportPageView::ReportPageView(QQuickItem* parent) : QQuickItem(parent) {
    setFlag(ItemHasContents);
}

void ReportPageView::setReport(ReportModel* r) {
    if (r == report_) return;
    if (report_) disconnect(report_, nullptr, this, nullptr);
    report_ = r;
    if (report_) connect(report_, &ReportModel::changed, this, &ReportPageView::invalidate);
    emit reportChanged();
    invalidate();
}

void ReportPageView::setPage(int p) {
    if (p == page_) return;
    page_ = p;
    emit pageChanged();
    invalidate();
}

void ReportPageView::setViewport(const QRectF& v) {
    if (v == viewport_) return;
    viewport_ = v;
    emit viewportChanged();
    // Painted again only when the part on screen leaves the part painted (updatePolish).
    polish();
}

void ReportPageView::invalidate() {
    imageScale_ = 0;
    polish();
}

void ReportPageView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) {
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) invalidate();
}

void ReportPageView::itemChange(ItemChange change, const ItemChangeData& value) {
    QQuickItem::itemChange(change, value);
    if (change == ItemVisibleHasChanged || change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged) invalidate();
}

void ReportPageView::updatePolish() {
    if (!report_ || !isVisible() || width() <= 0 || height() <= 0) return;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1;
    const qreal scale = width() * dpr / ReportModel::kPageWidth;
    const QRectF whole(0, 0, width(), height());
    const QRectF shown = viewport_.isEmpty() ? whole : viewport_.intersected(whole);
    if (shown.isEmpty()) return;
    if (scale == imageScale_ && imageArea_.contains(shown)) return;
    // The part on screen with half a screen around it, so that scrolling repaints now and then.
    QRectF area = whole;
    if (width() * height() * dpr * dpr > kWholePagePixels)
        area = shown.adjusted(-shown.width() / 2, -shown.height() / 2, shown.width() / 2, shown.height() / 2)
                   .intersected(whole);
    const QRect pixels = QRectF(area.topLeft() * dpr, area.size() * dpr).toAlignedRect();
    const bool all = area == whole;
    image_ = report_->pageImage(page_, scale, all ? QRect() : pixels);
    imageArea_ = all ? whole : QRectF(QPointF(pixels.topLeft()) / dpr, QSizeF(pixels.size()) / dpr);
    imageScale_ = image_.isNull() ? 0 : scale;
    imageDirty_ = true;
    update();
    emit painted();
}

QSGNode* ReportPageView::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    auto* node = static_cast<QSGImageNode*>(old);
    if (image_.isNull()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
    }
    if (imageDirty_) {
        node->setTexture(window()->createTextureFromImage(image_));
        imageDirty_ = false;
    }
    node->setRect(imageArea_);
    return node;
}
