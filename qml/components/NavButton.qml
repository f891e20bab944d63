// SPDX-License-Identifier: GPL-3.0-or-later
// One entry of the navigation (bottom bar on a phone, side bar on a desktop).
import QtQuick
import QtQuick.Templates as T
import CrampDiary

// The template, not the style's AbstractButton: everything it draws is defined here, and the style's
// file need not be loaded at start-up.
T.AbstractButton {
    id: button
    property bool current: false
    property bool vertical: false   // bottom bar: a narrow column; side bar: a wide row
    implicitHeight: Theme.touch + 8
    implicitWidth: vertical ? 96 : 200
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    Accessible.checked: current

    background: Rectangle {
        radius: Theme.radius
        color: button.current ? Theme.surfaceRaised : "transparent"
        FocusRing { shown: button.visualFocus }
        Rectangle {
            // The current page's marker: a bar at the top (phone) or the left edge (desktop).
            visible: button.current
            color: Theme.accent
            radius: 2
            width: button.vertical ? parent.width / 2 : 4
            height: button.vertical ? 4 : parent.height / 2
            x: button.vertical ? parent.width / 4 : 0
            y: button.vertical ? 0 : parent.height / 4
        }
    }
    contentItem: Text {
        text: button.text
        color: button.current ? Theme.text : Theme.textMuted
        font.pixelSize: Theme.fontBody
        font.bold: button.current
        horizontalAlignment: button.vertical ? Text.AlignHCenter : Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        // A bottom bar's labels keep a gap between them when they shrink (six tabs on a narrow phone).
        leftPadding: button.vertical ? 2 : 16
        rightPadding: button.vertical ? 2 : 0
        // With an enlarged system font the label shrinks to fit rather than "Settin…".
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }
}
