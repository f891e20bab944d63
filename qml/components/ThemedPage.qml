// A page on the theme's background: every page of the app is one.
import QtQuick
import QtQuick.Controls
import CrampDiary

Page {
    background: Rectangle { color: Theme.background }
}
