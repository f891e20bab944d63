// SPDX-License-Identifier: GPL-3.0-or-later
// The heading of one night in the history: its date, and a mark when the last-7-nights count
// crossed the threshold that night. `section` is HistoryModel's section key ("YYYY-MM-DD" or
// "YYYY-MM-DD crossing"); the crossing itself is decided in C++.
import QtQuick
import CrampDiary

Item {
    id: header
    required property string section
    readonly property bool crossing: section.endsWith(" crossing")
    width: ListView.view ? ListView.view.width : 0
    implicitHeight: headerRow.implicitHeight + 16
    Accessible.role: Accessible.Heading
    Accessible.name: crossing ? title.text + ", " + badge.text : title.text

    // A Flow: with large text the mark goes under the date instead of off the screen.
    Flow {
        id: headerRow
        y: 10
        width: header.width
        spacing: 8
        Text {
            id: title
            text: Labels.tr.night(header.section.substring(0, 10))
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Rectangle {
            visible: header.crossing
            radius: height / 2
            color: "transparent"
            border.color: Theme.warning
            width: Math.min(badge.implicitWidth + 16, header.width)
            height: badge.implicitHeight + 4
            Text {
                id: badge
                anchors.centerIn: parent
                text: qsTr("Crossed the threshold")
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
