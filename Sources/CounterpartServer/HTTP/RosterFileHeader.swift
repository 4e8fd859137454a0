import CounterpartCore
import CounterpartWorkbook

/// The `scope` and `municipality` a roster file's root element declares, read from its
/// first bytes past the XML declaration, comments and processing instructions: who may
/// import it is known before it is read. The reader then holds the file to what it declares
/// (every member and person of a `scope="municipality"` file belongs to that municipality).
struct RosterFileHeader: Hashable, Sendable {
    var scope: String?
    var municipality: String?

    /// How far into the file the root element is looked for.
    static let searchLimit = 64 * 1024

    /// The header of a municipality's workbook: `scope="municipality"` and the code its
    /// explanation sheet names, `nil` when the workbook cannot be read that far.
    init(workbook bytes: [UInt8]) {
        scope = "municipality"
        municipality = RosterWorkbookReader.municipalityCode(bytes: bytes)?.description
    }

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(Self.searchLimit), as: UTF8.self)
        guard let tag = Self.rootTag(text) else { return }
        scope = Self.attribute("scope", in: tag)
        municipality = Self.attribute("municipality", in: tag)
    }

    /// The root element's start tag: the first `<` that opens neither a declaration, a
    /// processing instruction, a comment nor a document type.
    static func rootTag(_ text: String) -> Substring? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[open...]
            if after.hasPrefix("<!--") {
                guard let end = after.firstRange(of: "-->") else { return nil }
                rest = after[end.upperBound...]
            } else if after.hasPrefix("<?") || after.hasPrefix("<!") {
                guard let end = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: end)...]
            } else {
                guard let end = after.firstIndex(of: ">") else { return nil }
                return after[open...end]
            }
        }
        return nil
    }

    /// The value of attribute `name` in a start tag (quoted with `"` or `'`).
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag
        while let found = rest.firstRange(of: name) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var cursor = found.upperBound
            rest = tag[found.upperBound...]
            guard before.isWhitespace else { continue }
            while cursor < tag.endIndex, tag[cursor].isWhitespace { cursor = tag.index(after: cursor) }
            guard cursor < tag.endIndex, tag[cursor] == "=" else { continue }
            cursor = tag.index(after: cursor)
            while cursor < tag.endIndex, tag[cursor].isWhitespace { cursor = tag.index(after: cursor) }
            guard cursor < tag.endIndex, tag[cursor] == "\"" || tag[cursor] == "'" else { continue }
            let quote = tag[cursor]
            let start = tag.index(after: cursor)
            guard let end = tag[start...].firstIndex(of: quote) else { return nil }
            return String(tag[start..<end])
        }
        return nil
    }

    /// Whether going from `stored` to `imported` changes nothing but the list (members and
    /// staff) of municipality `code`.
    static func changesOnly(_ code: LocalGovernmentCode, from stored: Roster, to imported: Roster) -> Bool {
        stored.prefecture == imported.prefecture && stored.municipalities == imported.municipalities
            && stored.groups == imported.groups
            && stored.members.filter { $0.municipality != code } == imported.members.filter { $0.municipality != code }
            && stored.staff.filter { $0.municipality != code } == imported.staff.filter { $0.municipality != code }
    }
}
