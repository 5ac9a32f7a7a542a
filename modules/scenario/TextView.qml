import QtQuick

// A text: a heading or a note on the screen, sized to its box unless a size is given.
Text {
    id: view
    required property var options
    required property var palette
    text: options.text || ""
    color: options.color || palette.text
    font.pixelSize: options.size || Math.max(10, Math.min(height * 0.6, width / Math.max(4, text.length) * 1.7))
    font.bold: options.bold !== false
    horizontalAlignment: options.align === "left" ? Text.AlignLeft : options.align === "right" ? Text.AlignRight : Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    wrapMode: Text.Wrap
    elide: Text.ElideRight
}
