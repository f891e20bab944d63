// SPDX-License-Identifier: GPL-3.0-or-later
// A small text button inside a list row, still a full 48 px touch target.
import QtQuick
import QtQuick.Controls
import CrampDiary

Button {
    id: button
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch + 16, contentItem.implicitWidth + 24)
    font.pixelSize: Theme.fontSmall
    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.surfaceRaised : "transparent"
        FocusRing { shown: button.visualFocus }
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: Theme.accentText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
