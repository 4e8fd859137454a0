/// Text made safe for SpreadsheetML: markup characters escaped, and characters XML 1.0
/// cannot hold (controls other than tab, line feed and carriage return) left out.
enum XMLEscaping {
    /// `text` for an element's content or an attribute's value (quotes escaped too).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `text` needs `xml:space="preserve"` to keep its spaces (leading, trailing,
    /// or line breaks).
    static func needsPreservedSpace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace || text.contains("\n")
    }
}
