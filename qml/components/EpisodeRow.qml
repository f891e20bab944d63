// SPDX-License-Identifier: GPL-3.0-or-later
// One logged cramp in a list: night and time, site and side, duration and intensity, the note.
// Tapping it asks for the entry to be edited (clicked).
import QtQuick
import CrampDiary

Rectangle {
    id: row
    required property string night
    required property string onsetTime
    required property string site
    required property string side
    required property int durationS
    required property int intensity
    required property string note
    required property var episodeId
    signal clicked()

    implicitHeight: Math.max(Theme.touch + 8, column.implicitHeight + 16)
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: label.text + ", " + detail.text
    Accessible.onPressAction: row.clicked()

    TapHandler {
        onTapped: row.clicked()
    }

    Column {
        id: column
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: 2
        Text {
            id: label
            width: parent.width
            text: qsTr("%1 · %2 · %3").arg(Labels.tr.night(row.night)).arg(row.onsetTime)
                  .arg(Labels.tr.place(row.site, row.side))
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            id: detail
            width: parent.width
            text: qsTr("%1 · intensity %2 of 10").arg(Labels.tr.duration(row.durationS)).arg(row.intensity)
                  + (row.note.length > 0 ? " · " + row.note : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
