/// The shared strings of a workbook (`xl/sharedStrings.xml`), in order. A string made of
/// runs is their texts joined; phonetic guides (`rPh`, the furigana Japanese Excel keeps
/// beside a name) are left out.
enum SharedStringsReader {
    static func read(_ bytes: [UInt8]) throws(WorkbookRefusal) -> [String] {
        var strings: [String] = []
        var current = ""
        var isInText = false
        var phoneticDepth = 0
        try PartReader(bytes, part: "xl/sharedStrings.xml").walk { node throws(WorkbookRefusal) in
            switch node {
            case .start("si", _, let isEmpty):
                current = ""
                if isEmpty { strings.append("") }
            case .end("si"):
                strings.append(current)
            case .start("rPh", _, let isEmpty):
                if !isEmpty { phoneticDepth += 1 }
            case .end("rPh"):
                phoneticDepth -= 1
            case .start("t", _, let isEmpty):
                isInText = !isEmpty
            case .end("t"):
                isInText = false
            case .text(let text) where isInText && phoneticDepth == 0:
                current += text
            default:
                break
            }
        }
        return strings
    }
}
