// SPDX-License-Identifier: GPL-3.0-or-later
// A yes/no question as a full-width row with a switch: the whole row is the touch target.
import QtQuick
import QtQuick.Controls
import CrampDiary

Switch {
    id: toggle
    implicitHeight: Math.max(Theme.touch, toggle.contentItem.implicitHeight + 12)
    font.pixelSize: Theme.fontBody
    leftPadding: 0
    rightPadding: 0
    Accessible.name: text
    Accessible.role: Accessible.CheckBox

    indicator: Rectangle {
        x: toggle.width - width - toggle.rightPadding
        y: (toggle.height - height) / 2
        implicitWidth: 52
        implicitHeight: 30
        radius: 15
        color: toggle.checked ? Theme.accent : Theme.surfaceRaised
        border.color: Theme.outline
        Rectangle {
            x: toggle.checked ? parent.width - width - 4 : 4
            anchors.verticalCenter: parent.verticalCenter
            width: 22
            height: 22
            radius: 11
            color: toggle.checked ? Theme.textOnAccent : Theme.textMuted
        }
    }
    contentItem: Text {
        text: toggle.text
        font: toggle.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        rightPadding: 64
    }
    background: Rectangle {
        color: "transparent"
        FocusRing { shown: toggle.visualFocus }
    }
}
