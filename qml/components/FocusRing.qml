// SPDX-License-Identifier: GPL-3.0-or-later
// Where the keyboard is, drawn the same on every control: a ring just outside it in the text's
// colour, which stands out on the accent and on the surfaces, at night and by day. Put it in a
// control's background with `shown: control.visualFocus` (keyboard focus, not a tap).
import QtQuick
import CrampDiary

Rectangle {
    property bool shown: false
    visible: shown
    anchors.fill: parent
    anchors.margins: -4
    // 4 px more than the control's own corner (Theme.radius unless given).
    radius: Theme.radius + 4
    color: "transparent"
    border.color: Theme.text
    border.width: 2
}
