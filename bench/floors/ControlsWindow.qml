// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 390
    height: 844
    visible: true
    color: "#0e1014"
    header: ToolBar {
        Label {
            text: "Floor"
            anchors.centerIn: parent
        }
    }
    ListView {
        anchors.fill: parent
        model: 20
        delegate: ItemDelegate {
            required property int index
            text: "Row " + index
            width: ListView.view.width
        }
    }
    footer: Button {
        text: "Button"
    }
}
