// SPDX-License-Identifier: GPL-3.0-or-later
// One page of the Report page's report (ReportModel), painted at the item's size, so that a zoomed
// page is as sharp as the screen allows. Only the part of the page on screen (`viewport`) is painted,
// with a margin around it for scrolling, so a page zoomed to 4× costs an image of about the screen's
// size, not one sixteen times the page's.
#pragma once

#include "reportmodel.hpp"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

class ReportPageView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReportModel* report READ report WRITE setReport NOTIFY reportChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    // The part of the item on screen, in the item's coordinates; empty: all of it.
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)
    // The part of the item painted and the pixels per point it was painted at (tests).
    Q_PROPERTY(QRectF paintedArea READ paintedArea NOTIFY painted)
    Q_PROPERTY(qreal paintedScale READ paintedScale NOTIFY painted)

public:
    explicit ReportPageView(QQuickItem* parent = nullptr);
    ReportModel* report() const { return report_; }
    void setReport(ReportModel* r);
    int page() const { return page_; }
    void setPage(int p);
    QRectF viewport() const { return viewport_; }
    void setViewport(const QRectF& v);
    QRectF paintedArea() const { return imageArea_; }
    qreal paintedScale() const { return imageScale_; }

signals:
    void reportChanged();
    void pageChanged();
    void viewportChanged();
    void painted();

protected:
    void updatePolish() override;
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    // The page changed (content, number, size): paint again at the next frame.
    void invalidate();
    QPointer<ReportModel> report_;
    int page_ = 0;
    QRectF viewport_;
    QImage image_;
    QRectF imageArea_;  // in item coordinates
    qreal imageScale_ = 0;
    bool imageDirty_ = false;
};
