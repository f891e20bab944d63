// SPDX-License-Identifier: GPL-3.0-or-later
// A row of chips, one of which (or, with `multiple`, several of which) is chosen.
// options: [{ value: "calf", label: qsTr("Calf") }, ...]
// For the keyboard the row is one Tab stop: the arrow keys move the choice (with `multiple`, they
// move to a chip that Space or Enter then toggles), as in a group of radio buttons.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CrampDiary

Flow {
    id: root
    required property var options
    property string value: ""
    property var values: []
    property bool multiple: false
    property string accessibleGroup: ""
    // The chip the keyboard is on.
    property int cursor: 0
    spacing: 8
    activeFocusOnTab: true
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleGroup

    signal activated(string value)

    function choose(i: int): void {
        const v = root.options[i].value
        if (root.multiple) {
            const vs = root.values.slice()
            const at = vs.indexOf(v)
            if (at >= 0)
                vs.splice(at, 1)
            else
                vs.push(v)
            root.values = vs
        } else {
            root.value = v
        }
        root.activated(v)
    }

    // Arriving by Tab lands on the chosen chip (the first, when none is).
    onActiveFocusChanged: {
        if (activeFocus && !root.multiple) {
            const at = root.options.findIndex(o => o.value === root.value)
            root.cursor = Math.max(0, at)
        }
    }
    Keys.onPressed: (event) => {
        const n = root.options.length
        const step = (event.key === Qt.Key_Right || event.key === Qt.Key_Down) ? 1
                   : (event.key === Qt.Key_Left || event.key === Qt.Key_Up) ? -1 : 0
        if (n === 0)
            return
        if (step !== 0) {
            root.cursor = (root.cursor + step + n) % n
            if (!root.multiple)
                root.choose(root.cursor)
            event.accepted = true
        } else if (root.multiple && (event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter)) {
            root.choose(root.cursor)
            event.accepted = true
        }
    }

    Repeater {
        model: root.options
        delegate: Button {
            id: chip
            required property var modelData
            required property int index
            readonly property bool chosen: root.multiple ? root.values.indexOf(modelData.value) >= 0
                                                         : root.value === modelData.value
            text: modelData.label
            checkable: true
            checked: chosen
            // The row takes the keyboard's focus, not each chip (40 chips would be 40 Tab stops).
            focusPolicy: Qt.NoFocus
            // A label longer than the row wraps inside its chip instead of running off the screen.
            width: Math.min(implicitWidth, root.width)
            implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 12)
            leftPadding: 16
            rightPadding: 16
            font.pixelSize: Theme.fontBody
            Accessible.name: root.accessibleGroup + ": " + modelData.label
            Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
            background: Rectangle {
                radius: Math.min(Theme.touch, chip.height) / 2
                color: chip.chosen ? Theme.accent : Theme.surfaceRaised
                border.color: Theme.outline
                FocusRing {
                    shown: root.activeFocus && root.cursor === chip.index
                    radius: Math.min(Theme.touch, chip.height) / 2 + 4
                }
            }
            contentItem: Text {
                text: chip.text
                font: chip.font
                color: chip.chosen ? Theme.textOnAccent : Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                root.cursor = chip.index
                root.choose(chip.index)
            }
        }
    }
}
