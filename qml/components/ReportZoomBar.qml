// SPDX-License-Identifier: GPL-3.0-or-later
// The report preview's zoom: out, the zoom in use (tap: back to the column's width), in. Floats
// over the pages so it is at hand on every page.
import QtQuick
import CrampDiary

Rectangle {
    id: bar
    // 1: the pages fit the column's width.
    required property real zoom
    required property real maxZoom
    signal zoomOut()
    signal zoomIn()
    signal fit()
    implicitWidth: row.implicitWidth + 8
    implicitHeight: row.implicitHeight + 8
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Zoom")

    Row {
        id: row
        anchors.centerIn: parent
        RowButton {
            objectName: "zoomOutButton"
            text: "−"
            font.pixelSize: Theme.fontTitle
            enabled: bar.zoom > 1
            opacity: enabled ? 1 : 0.4
            Accessible.name: qsTr("Zoom out")
            onClicked: bar.zoomOut()
        }
        RowButton {
            objectName: "zoomFitButton"
            text: qsTr("%1%").arg(Math.round(bar.zoom * 100))
            Accessible.name: qsTr("Fit to width (now %1%)").arg(Math.round(bar.zoom * 100))
            onClicked: bar.fit()
        }
        RowButton {
            objectName: "zoomInButton"
            text: "+"
            font.pixelSize: Theme.fontTitle
            enabled: bar.zoom < bar.maxZoom
            opacity: enabled ? 1 : 0.4
            Accessible.name: qsTr("Zoom in")
            onClicked: bar.zoomIn()
        }
    }
}
