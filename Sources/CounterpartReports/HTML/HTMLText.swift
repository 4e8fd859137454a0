/// Text made safe to place in an HTML page: the one escaper every HTML renderer of
/// Counterpart uses.
public enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` replaced by their character references, so that it
    /// reads as text in element content and inside double-quoted attribute values.
    ///
    /// The apostrophe is left as it is: Counterpart's pages never put text in single-quoted
    /// or unquoted attributes. Complexity: O(n) in the length of `text`.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
