// SPDX-License-Identifier: GPL-3.0-or-later
// A whole number with − and + buttons (48 px each) and keyboard arrows: hours, minutes, seconds,
// threshold, birth year.
import QtQuick
import QtQuick.Controls
import CrampDiary

SpinBox {
    id: box
    editable: true
    implicitHeight: Math.max(Theme.touch, Math.round(font.pixelSize * 1.8))
    // Room for "12:00" between the buttons at any text size.
    implicitWidth: 2 * Theme.touch + Math.max(56, Math.round(font.pixelSize * 3.5))
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.SpinBox

    contentItem: TextInput {
        text: box.displayText
        font: box.font
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !box.editable
        validator: box.validator
        inputMethodHints: Qt.ImhDigitsOnly
        // The field takes the keyboard's focus: a screen reader names it as the box.
        Accessible.name: box.Accessible.name
    }
    up.indicator: Rectangle {
        x: box.width - width
        height: box.height
        implicitWidth: Theme.touch
        implicitHeight: Theme.touch
        radius: Theme.radius
        color: box.up.pressed ? Theme.surfaceRaised : Theme.surface
        border.color: Theme.outline
        Text { anchors.centerIn: parent; text: "+"; color: Theme.text; font.pixelSize: Theme.fontTitle }
    }
    down.indicator: Rectangle {
        x: 0
        height: box.height
        implicitWidth: Theme.touch
        implicitHeight: Theme.touch
        radius: Theme.radius
        color: box.down.pressed ? Theme.surfaceRaised : Theme.surface
        border.color: Theme.outline
        Text { anchors.centerIn: parent; text: "−"; color: Theme.text; font.pixelSize: Theme.fontTitle }
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: box.activeFocus ? Theme.accentText : Theme.outline
        border.width: box.activeFocus ? 2 : 1
        FocusRing { shown: box.visualFocus || box.contentItem.activeFocus }
    }
}
