// One page of the Report page's report (ReportModel), painted scaled to the item's width.
#pragma once

#include "reportmodel.hpp"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

class ReportPageView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReportModel* report READ report WRITE setReport NOTIFY reportChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit ReportPageView(QQuickItem* parent = nullptr);
    ReportModel* report() const { return report_; }
    void setReport(ReportModel* r);
    int page() const { return page_; }
    void setPage(int p);
    void paint(QPainter* painter) override;

signals:
    void reportChanged();
    void pageChanged();

private:
    QPointer<ReportModel> report_;
    int page_ = 0;
};
