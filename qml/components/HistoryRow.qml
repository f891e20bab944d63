// SPDX-License-Identifier: GPL-3.0-or-later
// One record in the history: a cramp (with Edit and Delete) or a cramp-free night.
import QtQuick
import CrampDiary

Rectangle {
    id: row
    required property string kind
    required property var recordId
    required property string onsetTime
    required property string site
    required property string side
    required property int durationS
    required property int intensity
    required property string note
    signal editRequested()
    signal deleteRequested()

    readonly property bool crampFree: kind === "cramp_free"
    implicitHeight: Math.max(Theme.touch + 16, layout.implicitHeight + 16)
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: label.text + (detail.visible ? ", " + detail.text : "")

    // With large text on a phone the buttons go under the text, so the text is never cut to the time.
    readonly property bool narrow: width < Theme.fontBody * 24

    // Positioned by hand: text beside the buttons, or above them when the row is narrow.
    Item {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: 4
        implicitHeight: row.narrow ? texts.height + (buttons.visible ? buttons.height : 0) + 8
                                   : Math.max(texts.height, buttons.visible ? buttons.height : 0)
        Column {
            id: texts
            y: row.narrow ? 8 : (layout.height - height) / 2
            width: row.narrow || row.crampFree ? layout.width : layout.width - buttons.width - 4
            spacing: 2
            Text {
                id: label
                width: parent.width
                text: row.crampFree ? qsTr("No cramps this night")
                                    : qsTr("%1 · %2").arg(row.onsetTime).arg(Labels.tr.place(row.site, row.side))
                color: row.crampFree ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                id: detail
                visible: !row.crampFree
                width: parent.width
                text: qsTr("%1 · intensity %2 of 10").arg(Labels.tr.duration(row.durationS)).arg(row.intensity)
                      + (row.note.length > 0 ? " · " + row.note : "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
        Row {
            id: buttons
            visible: !row.crampFree
            x: row.narrow ? -12 : layout.width - width
            y: row.narrow ? texts.y + texts.height : (layout.height - height) / 2
            RowButton {
                objectName: "editButton"
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit the entry at %1").arg(row.onsetTime)
                onClicked: row.editRequested()
            }
            RowButton {
                objectName: "deleteButton"
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete the entry at %1").arg(row.onsetTime)
                onClicked: row.deleteRequested()
            }
        }
    }
}
