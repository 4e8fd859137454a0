/// The fixed parts of every workbook written here, and the namespaces they use.
enum PartXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeDocumentType =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    static let worksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    static let stylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    static let sharedStringsType =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"

    /// `[Content_Types].xml` for `sheetCount` sheets.
    static func contentTypes(sheetCount: Int) -> String {
        var out = declaration
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out +=
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")
        for number in stride(from: 1, through: sheetCount, by: 1) {
            out += override("/xl/worksheets/sheet\(number).xml", "spreadsheetml.worksheet+xml")
        }
        out += override("/xl/styles.xml", "spreadsheetml.styles+xml")
        out += override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")
        return out + "</Types>"
    }

    private static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.\(type)\"/>"
    }

    /// `_rels/.rels`: the package's one relationship, to the workbook.
    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeDocumentType)\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    /// `xl/_rels/workbook.xml.rels`: the sheets (`rId1` …), then the styles and the strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var out = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for number in stride(from: 1, through: sheetCount, by: 1) {
            out +=
                "<Relationship Id=\"rId\(number)\" Type=\"\(worksheetType)\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(stylesType)\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(sharedStringsType)\" Target=\"sharedStrings.xml\"/>"
        return out + "</Relationships>"
    }

    /// `xl/workbook.xml`: the sheets' names, in tab order.
    static func workbook(sheetNames: [String]) -> String {
        var out = declaration
        out += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in sheetNames.enumerated() {
            out += "<sheet name=\"\(XMLEscaping.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    /// `xl/styles.xml`: the styles of ``CellFormat``, in the order of their raw values.
    static let styles =
        declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd\"/></numFmts>"
        + "<fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"游ゴシック\"/><family val=\"3\"/><charset val=\"128\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"游ゴシック\"/><family val=\"3\"/><charset val=\"128\"/></font>"
        + "</fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        + "</fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
