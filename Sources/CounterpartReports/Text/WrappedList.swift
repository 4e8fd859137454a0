import CounterpartCore

/// A list on as many lines as it needs: a lead, then the items separated by commas (`、`
/// in Japanese), continued on lines that start with `continuation`.
enum WrappedList {
    /// `lead` then `items`, so that no line is wider than `width` columns (wide characters
    /// count two, ``TextColumns/displayWidth(_:)``); an item wider than that gets a line of
    /// its own. Ends with a line feed.
    static func render(
        _ lead: String, _ items: [String], continuation: String, width: Int, language: Language = .english
    ) -> String {
        let (separator, space) = language == .japanese ? ("、", "") : (",", " ")
        var out = ""
        var line = lead
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? separator : "")
            if line != lead, line != continuation, TextColumns.displayWidth(line + space + piece) > width {
                out += line + "\n"
                line = continuation
            }
            line += (line == lead || line == continuation ? "" : space) + piece
        }
        return out + line + "\n"
    }
}
