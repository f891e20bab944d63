// One page of the report on screen, as white paper, painted by the PDF's own code.
import QtQuick
import CrampDiary

Rectangle {
    id: sheet
    required property int index
    property ReportModel report
    // Painted only while on screen.
    property bool shown: true
    height: width * 842 / 595
    color: "white"
    border.color: Theme.outline
    ReportPageView {
        visible: sheet.shown
        anchors.fill: parent
        anchors.margins: 1
        report: sheet.report
        page: sheet.index
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Report page %1 of %2").arg(sheet.index + 1).arg(sheet.report.pageCount)
    }
}
