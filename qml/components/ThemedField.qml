// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line text field in the theme's colours, 48 px tall.
import QtQuick
import QtQuick.Controls
import CrampDiary

TextField {
    id: field
    // What was typed is not taken (shown in the danger colour; the page says why).
    property bool invalid: false
    implicitHeight: Theme.touch
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    font.pixelSize: Theme.fontBody
    leftPadding: 12
    rightPadding: 12
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: field.invalid ? Theme.danger : field.activeFocus ? Theme.accentText : Theme.outline
        border.width: field.activeFocus || field.invalid ? 2 : 1
        FocusRing { shown: field.activeFocus }
    }
}
