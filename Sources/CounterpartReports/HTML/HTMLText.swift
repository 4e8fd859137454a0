/// Text made safe to place in an HTML page: the one escaper every HTML renderer of
/// Counterpart uses.
public enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` replaced by their character references, so that it
    /// reads as text in element content and inside double-quoted attribute values.
    ///
    /// The text is read scalar by scalar, so a quote followed by a combining mark (one
    /// `Character` in Swift) is escaped too. The apostrophe is left as it is: Counterpart's
    /// pages never put text in single-quoted or unquoted attributes.
    /// Complexity: O(n) in the length of `text`.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
