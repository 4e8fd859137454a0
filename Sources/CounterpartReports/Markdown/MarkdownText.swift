/// The one escaper for text shown in Markdown (the situation report's `.markdown`), so that
/// what the input says is shown as written: never as markup, raw HTML or a line of its own.
///
/// - Line breaks become spaces and control characters U+FFFD, as in ``PlainText/line(_:)``:
///   a value cannot start a heading, a list item or a table row.
/// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`: no tag and no character reference
///   gets through, in any Markdown dialect.
/// - The punctuation that starts inline markup or ends a table cell gets a backslash, as
///   CommonMark allows for any ASCII punctuation: `\` `` ` `` `*` `_` `[` `]` `|` `#` `~`
///   (emphasis, code, links and images, cells, headings, strikethrough).
///
/// Everything else, Japanese text, parentheses, hyphens and dates included, is kept as it
/// is, so that ordinary reports read the same.
public enum MarkdownText {
    /// `text` for a line or a table cell of a Markdown document.
    ///
    /// Complexity: O(n).
    public static func escaped(_ text: String) -> String {
        let line = PlainText.line(text)
        guard line.unicodeScalars.contains(where: { entities[$0] != nil || backslashed.contains($0) }) else {
            return line
        }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if let entity = entities[scalar] {
                out.append(contentsOf: entity.unicodeScalars)
            } else {
                if backslashed.contains(scalar) { out.append("\\") }
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let entities: [Unicode.Scalar: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;"]

    private static let backslashed: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "#", "~"]
}
