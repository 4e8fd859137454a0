/// Text from the input made safe to show on a terminal, in one line of a report.
///
/// Names, notes, ids and the like may carry what a terminal acts on: escape sequences
/// (ESC, the other C0 controls, DEL, and the C1 controls, U+009B being a one-character CSI)
/// and the bidirectional controls that reorder what is shown (U+202A–U+202E, U+2066–U+2069,
/// and the marks U+200E, U+200F, U+061C). Each of those becomes U+FFFD `�`, one visible
/// character in its place, so that a reader sees that something was there and nothing acts
/// on it. Line breaks of every kind (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029) and tabs
/// become one space each, so that a value stays on its line (or in its cell) and cannot
/// forge a line of its own. Everything else, Japanese text included, is kept byte for byte.
public enum PlainText {
    /// `text` on one line, nothing in it that a terminal would act on.
    ///
    /// Complexity: O(n); text with nothing to replace is returned as it is.
    public static func line(_ text: String) -> String {
        replacing(text, keepsLineFeeds: false)
    }

    /// A whole rendered text: as ``line(_:)``, except that its line feeds stay.
    public static func document(_ text: String) -> String {
        replacing(text, keepsLineFeeds: true)
    }

    /// Whether `scalar` is replaced or folded by ``line(_:)``.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
            || scalar.properties.isBidiControl
    }

    private static func replacing(_ text: String, keepsLineFeeds: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepsLineFeeds && $0 == "\n") }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where keepsLineFeeds:
                out.append(scalar)
            case "\n" where previous == "\r":
                continue  // CRLF: one break, already a space
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out.append(" ")
            case _ where isUnsafe(scalar):
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
