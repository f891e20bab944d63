// SPDX-License-Identifier: GPL-3.0-or-later
// One night in the calendar: its date, and a mark that reads without colour: the number of cramps,
// ✓ for a night recorded cramp-free, nothing for a night not recorded, and ▲ in the corner on a
// night the last-7-nights count reached the threshold. A future night is faint and cannot be tapped.
import QtQuick
import CrampDiary

Rectangle {
    id: cell
    // {night, day, episodes, crampFree, crossing, future, canCheckIn} (NightCalendar's nights role)
    required property var modelData
    property bool selected: false
    signal tapped(string night)

    readonly property string mark: modelData.episodes > 0 ? String(modelData.episodes) : modelData.crampFree ? "✓" : ""
    objectName: "night_" + modelData.night
    radius: 6
    opacity: modelData.future ? 0.4 : 1
    color: selected ? Theme.accent : modelData.episodes > 0 ? Theme.surfaceRaised : "transparent"
    border.color: modelData.crossing ? Theme.danger : Theme.outline
    border.width: modelData.crossing ? 2 : (modelData.episodes > 0 || modelData.crampFree ? 0 : 1)
    Accessible.role: Accessible.Button
    Accessible.name: Labels.tr.night(modelData.night) + ": "
                     + (modelData.episodes > 0 ? qsTr("%n cramp(s)", "", modelData.episodes)
                                               : modelData.crampFree ? qsTr("no cramps") : qsTr("not recorded"))
                     + (modelData.crossing ? ", " + qsTr("threshold reached") : "")
    Accessible.onPressAction: cell.tapped(cell.modelData.night)

    Text {
        x: 4
        y: 2
        text: cell.modelData.day
        color: cell.selected ? Theme.textOnAccent : Theme.textMuted
        font.pixelSize: Theme.fontSmall - 3
    }
    Text {
        visible: cell.modelData.crossing
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 2
        text: "▲"
        color: cell.selected ? Theme.textOnAccent : Theme.danger
        font.pixelSize: Theme.fontSmall - 5
    }
    Text {
        objectName: "mark"
        anchors.centerIn: parent
        anchors.verticalCenterOffset: 4
        text: cell.mark
        color: cell.selected ? Theme.textOnAccent : Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: cell.modelData.episodes > 0
    }
    TapHandler {
        enabled: !cell.modelData.future
        onTapped: cell.tapped(cell.modelData.night)
    }
}
