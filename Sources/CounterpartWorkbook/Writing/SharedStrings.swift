/// The workbook's table of strings (`xl/sharedStrings.xml`): each distinct text once, cells
/// refer to it by index, in the order first used.
struct SharedStrings {
    private(set) var texts: [String] = []
    private var indexes: [String: Int] = [:]
    /// How many cells refer to the table.
    private(set) var referenceCount = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        referenceCount += 1
        if let known = indexes[text] { return known }
        indexes[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// The part's XML.
    var xml: String {
        var out = PartXML.declaration
        out +=
            "<sst xmlns=\"\(PartXML.mainNamespace)\" count=\"\(referenceCount)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            let space = XMLEscaping.needsPreservedSpace(text) ? " xml:space=\"preserve\"" : ""
            out += "<si><t\(space)>\(XMLEscaping.escaped(text))</t></si>"
        }
        return out + "</sst>"
    }
}
