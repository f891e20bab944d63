// SPDX-License-Identifier: GPL-3.0-or-later
// The one big action of a screen ("Log a cramp", "Save"): a filled, rounded block that a thumb finds
// in the dark. Large text shrinks to fit rather than run off the button.
import QtQuick
import QtQuick.Controls
import CrampDiary

Button {
    id: button
    font.bold: true
    Accessible.name: text
    background: Rectangle {
        radius: Theme.radius * 2
        color: button.enabled ? Theme.accent : Theme.surfaceRaised
        FocusRing {
            shown: button.visualFocus
            radius: Theme.radius * 2 + 4
        }
    }
    contentItem: Text {
        text: button.text
        font: button.font
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontBody
        color: button.enabled ? Theme.textOnAccent : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
