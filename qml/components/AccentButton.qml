// SPDX-License-Identifier: GPL-3.0-or-later
// The page's main action: a filled pill, 48 px tall; `quiet` makes it an outlined secondary one,
// `plain` (with quiet) an outlined one in the text's colour rather than the accent's.
import QtQuick
import QtQuick.Controls
import CrampDiary

Button {
    id: button
    property bool quiet: false
    property bool plain: false
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
    // In a Flow: never wider than the row; the label wraps.
    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
    font.pixelSize: Theme.fontBody
    font.bold: !quiet
    leftPadding: 24
    rightPadding: 24
    Accessible.name: text
    background: Rectangle {
        radius: Math.min(Theme.touch, button.height) / 2
        color: button.quiet ? (button.down ? Theme.surfaceRaised : Theme.surface) : Theme.accent
        opacity: button.enabled ? 1 : 0.5
        border.color: button.quiet ? Theme.outline : "transparent"
        FocusRing {
            shown: button.visualFocus
            radius: Math.min(Theme.touch, button.height) / 2 + 4
        }
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.plain ? Theme.text : button.quiet ? Theme.accentText : Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
