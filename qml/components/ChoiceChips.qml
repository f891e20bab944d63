// A row of chips, one of which (or, with `multiple`, several of which) is chosen.
// options: [{ value: "calf", label: qsTr("Calf") }, ...]
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
    spacing: 8

    signal activated(string value)

    Repeater {
        model: root.options
        delegate: Button {
            id: chip
            required property var modelData
            readonly property bool chosen: root.multiple ? root.values.indexOf(modelData.value) >= 0
                                                         : root.value === modelData.value
            text: modelData.label
            checkable: true
            checked: chosen
            // A label longer than the row wraps inside its chip instead of running off the screen.
            width: Math.min(implicitWidth, root.width)
            implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 12)
            leftPadding: 16
            rightPadding: 16
            font.pixelSize: Theme.fontBody
            Accessible.name: root.accessibleGroup + ": " + modelData.label
            Accessible.role: Accessible.RadioButton
            background: Rectangle {
                radius: Math.min(Theme.touch, chip.height) / 2
                color: chip.chosen ? Theme.accent : Theme.surfaceRaised
                border.color: chip.activeFocus ? Theme.text : Theme.outline
                border.width: chip.activeFocus ? 2 : 1
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
                if (root.multiple) {
                    const v = root.values.slice()
                    const i = v.indexOf(modelData.value)
                    if (i >= 0)
                        v.splice(i, 1)
                    else
                        v.push(modelData.value)
                    root.values = v
                } else {
                    root.value = modelData.value
                }
                root.activated(modelData.value)
            }
        }
    }
}
