// One logged cramp in a list: time, site and side, duration and intensity.
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

    implicitHeight: Math.max(Theme.touch + 8, column.implicitHeight + 16)
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: label.text

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
            text: qsTr("Night of %1 · %2").arg(row.night).arg(row.onsetTime)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: qsTr("%1 %2 · %3 s · intensity %4").arg(row.site).arg(row.side).arg(row.durationS).arg(row.intensity)
                  + (row.note.length > 0 ? " · " + row.note : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
