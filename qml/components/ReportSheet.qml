// SPDX-License-Identifier: GPL-3.0-or-later
// One page of the report on screen, as white paper, painted by the PDF's own code at the sheet's
// size (sharp at any zoom).
import QtQuick
import CrampDiary

Rectangle {
    id: sheet
    required property int index
    property ReportModel report
    // The part of the sheet on screen, in its coordinates: painted only while there is one.
    property rect viewport: Qt.rect(0, 0, width, height)
    readonly property bool shown: viewport.width > 0 && viewport.height > 0
                                  && viewport.x < width && viewport.y < height
                                  && viewport.x + viewport.width > 0 && viewport.y + viewport.height > 0
    objectName: "reportSheet" + index
    height: width * 842 / 595
    color: "white"
    border.color: Theme.outline
    ReportPageView {
        objectName: "reportPageView"
        visible: sheet.shown
        anchors.fill: parent
        anchors.margins: 1
        report: sheet.report
        page: sheet.index
        viewport: Qt.rect(sheet.viewport.x - 1, sheet.viewport.y - 1, sheet.viewport.width, sheet.viewport.height)
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Report page %1 of %2").arg(sheet.index + 1).arg(sheet.report.pageCount)
    }
}
