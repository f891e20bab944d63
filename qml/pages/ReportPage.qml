// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report on screen: the period and the report's language, the pages exactly as the
// PDF has them (painted by the same C++ code), and saving the PDF. The pages zoom from the column's
// width to ReportModel.maxZoom times it (the buttons, Ctrl+wheel, Ctrl+plus/minus/0, a pinch) and
// pan both ways when wider than the view.
pragma ComponentBehavior: Bound
import QtQuick
import CrampDiary

ThemedPage {
    id: reportPage
    objectName: "reportPage"
    signal backRequested()
    Accessible.name: qsTr("Report for the doctor")

    // For the tests and the screenshots: the report behind the page.
    property alias report: reportModel
    // For the tests and the screenshots: the "show the doctor" view (over the window, so not a
    // child item of the page).
    property alias doctorView: doctorView
    // 1: the pages fit the column's width.
    property real zoom: 1

    // Zooms to `z` (kept within the bounds) holding the point (px, py) of the view where it is.
    function zoomTo(z: real, px: real, py: real): void {
        const next = Math.max(1, Math.min(reportModel.maxZoom, z))
        if (next === reportPage.zoom)
            return
        const ratio = next / reportPage.zoom
        const cx = pages.contentX + px, cy = pages.contentY + py
        reportPage.zoom = next
        pages.contentX = Math.max(0, Math.min((cx - pages.margin) * ratio + pages.margin - px, pages.contentWidth - pages.width))
        if (cy > pages.sheetsTop)
            pages.contentY = Math.max(0, Math.min((cy - pages.sheetsTop) * ratio + pages.sheetsTop - py,
                                                  pages.contentHeight - pages.height))
    }
    function zoomStep(steps: real): void {
        reportPage.zoomTo(reportPage.zoom * Math.pow(reportModel.zoomStep, steps), pages.width / 2, pages.height / 2)
    }

    Keys.onEscapePressed: reportPage.backRequested()
    Keys.onPressed: (event) => {
        if (!(event.modifiers & Qt.ControlModifier))
            return
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            reportPage.zoomStep(1)
        else if (event.key === Qt.Key_Minus)
            reportPage.zoomStep(-1)
        else if (event.key === Qt.Key_0)
            reportPage.zoomTo(1, 0, 0)
        else
            return
        event.accepted = true
    }

    ReportModel {
        id: reportModel
        // The report's language follows the app's until the patient picks one for the report.
        language: Language.current
    }

    ThemedFileDialog {
        id: saveDialog
        objectName: "saveDialog"
        title: qsTr("Save the report as PDF")
        fileMode: ThemedFileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        currentFile: reportModel.suggestedFile
        onAccepted: reportModel.savePdf(selectedFile)
    }

    DoctorView {
        id: doctorView
        objectName: "doctorView"
        report: reportModel
    }

    // The controls, then the pages; a page is painted only while it is on screen, so a year's
    // report (dozens of pages) costs no more to show than its first two.
    Flickable {
        id: pages
        objectName: "reportPages"
        readonly property real margin: 16
        readonly property real fitWidth: Math.min(width - 2 * margin, 800)
        readonly property real sheetWidth: fitWidth * reportPage.zoom
        readonly property real sheetHeight: sheetWidth * 842 / 595
        readonly property real sheetsTop: controls.height + margin
        anchors.fill: parent
        contentWidth: Math.max(width, sheetWidth + 2 * margin)
        // Room at the end for the zoom bar over the last page.
        contentHeight: sheetsTop + reportModel.pageCount * (sheetHeight + margin) + zoomBar.height + margin
        clip: true

        // Zooming holds the point under the pointer.
        WheelHandler {
            id: wheel
            acceptedModifiers: Qt.ControlModifier
            target: null
            onWheel: (event) => {
                const at = pages.mapFromItem(wheel.parent, event.x, event.y)
                reportPage.zoomTo(reportPage.zoom * Math.pow(reportModel.zoomStep, event.angleDelta.y / 120), at.x, at.y)
            }
        }

        // The controls stay in the column when the pages pan sideways.
        ReportControls {
            id: controls
            objectName: "reportControls"
            x: pages.contentX + pages.margin
            width: pages.fitWidth
            report: reportModel
            onSaveRequested: saveDialog.open()
            onDoctorRequested: doctorView.open()
        }
        Repeater {
            model: reportModel.pageCount
            delegate: ReportSheet {
                x: pages.margin
                y: pages.sheetsTop + index * (pages.sheetHeight + pages.margin)
                width: pages.sheetWidth
                report: reportModel
                viewport: Qt.rect(pages.contentX - x, pages.contentY - y, pages.width, pages.height)
            }
        }
    }

    // A pinch zooms holding the point between the fingers where it is. On the page, not on the
    // pages' content, which moves and grows under the fingers as it zooms.
    PinchHandler {
        id: pinch
        target: null
        // Once pinching, the Flickable may not take the fingers to pan (it would when the
        // pages are wider than the view).
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = reportPage.zoom
        onActiveScaleChanged: {
            if (active) {
                const at = pages.mapFromItem(pinch.parent, pinch.centroid.position)
                reportPage.zoomTo(startZoom * activeScale, at.x, at.y)
            }
        }
    }

    ReportZoomBar {
        id: zoomBar
        objectName: "zoomBar"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        zoom: reportPage.zoom
        maxZoom: reportModel.maxZoom
        onZoomIn: reportPage.zoomStep(1)
        onZoomOut: reportPage.zoomStep(-1)
        onFit: reportPage.zoomTo(1, 0, 0)
    }
}
