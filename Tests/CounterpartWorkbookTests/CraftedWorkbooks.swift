import Foundation

@testable import CounterpartWorkbook

/// Workbooks made by hand for the reader's refusals: each a zip of the parts given.
enum CraftedWorkbooks {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
        """
    static let packageRelationships = PartXML.packageRelationships
    static let workbook = PartXML.workbook(sheetNames: ["Sheet1"])
    static let workbookRelationships = PartXML.workbookRelationships(sheetCount: 1)
    static let sheet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="inlineStr"><is><t>名前</t></is></c><c r="B1"><v>42</v></c></row>\
        </sheetData></worksheet>
        """

    /// A minimal valid workbook, with `extra` parts added or replacing those of the same path.
    static func bytes(_ extra: [(String, Data)] = []) throws -> [UInt8] {
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(packageRelationships.utf8)),
            ("xl/workbook.xml", Data(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Data(workbookRelationships.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
        ]
        for (path, content) in extra {
            if let index = parts.firstIndex(where: { $0.0 == path }) {
                parts[index].1 = content
            } else {
                parts.append((path, content))
            }
        }
        return try WorkbookWriter.zip(parts)
    }

    /// An OLE compound file's first sector, with `stream` named in its directory (UTF-16LE).
    static func compoundFile(stream: String) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += Array(repeating: 0, count: 504)
        bytes += stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes += Array(repeating: 0, count: 512)
        return bytes
    }
}
