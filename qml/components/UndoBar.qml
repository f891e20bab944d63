// SPDX-License-Identifier: GPL-3.0-or-later
// "Saved · Undo": shown for a few seconds after a write (a log, an edit, a delete, a cramp-free
// night recorded or removed), in the words Entries gives for it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: bar
    signal undo()
    implicitHeight: Theme.touch + 16
    color: Theme.surfaceRaised
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        Text {
            id: message
            objectName: "undoMessage"
            Layout.fillWidth: true
            text: Entries.undoMessage
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Button {
            id: undoButton
            objectName: "undoButton"
            text: qsTr("Undo")
            Accessible.name: text
            implicitHeight: Theme.touch
            implicitWidth: Math.max(96, contentItem.implicitWidth + 32)
            font.pixelSize: Theme.fontBody
            font.bold: true
            background: Rectangle {
                radius: Theme.touch / 2
                color: "transparent"
                border.color: Theme.outline
                FocusRing {
                    shown: undoButton.visualFocus
                    radius: Theme.touch / 2 + 4
                }
            }
            contentItem: Text {
                text: undoButton.text
                font: undoButton.font
                color: Theme.accentText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: bar.undo()
        }
    }
}
