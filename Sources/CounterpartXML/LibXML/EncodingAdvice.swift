/// What to tell a person whose file could not be read because it is not in UTF-8: which
/// encoding its bytes look like (``EncodingGuess``) and how to save it as UTF-8, in English
/// and Japanese.
enum EncodingAdvice {
    /// The diagnostic for the file at `path` when its bytes are not in the encoding it is
    /// read in (UTF-8, having declared no other) and look like another; `nil` otherwise.
    /// A file that declares another encoding is read as it says and is not judged here;
    /// UTF-16 with a byte order mark or an XML declaration is read by libxml2 itself.
    ///
    /// Complexity: O(n), one pass over the file (only for a file that could not be read).
    static func diagnostic(path: String) -> Diagnostic? {
        var finding: (guess: EncodingGuess, line: Int)?
        SourceLines.withMappedFile(path) { bytes in finding = judge(bytes) }
        guard let finding else { return nil }
        let (english, japanese) = names(finding.guess)
        return Diagnostic(
            file: path, line: finding.line,
            message:
                "the file is not in UTF-8: its bytes look like \(english). Counterpart reads XML files in UTF-8: open the file in Notepad (or another text editor), choose Save As, pick the encoding \"UTF-8\" and save it (Excel's \"CSV UTF-8\" makes a CSV file, not XML)",
            japanese:
                "ファイルの文字コードが UTF-8 ではありません。\(japanese)のようです。Counterpart は XML ファイルを UTF-8 で読みます。メモ帳などのテキストエディタでファイルを開き、「名前を付けて保存」で文字コードに「UTF-8」を選んで保存し直してください（Excel の「CSV UTF-8」は CSV ファイルになり、XML ではありません）。"
        )
    }

    /// The guess and the line of the first byte that is not UTF-8 (1 for UTF-16), or `nil`
    /// when the bytes are fine to read as they are.
    static func judge(_ bytes: UnsafeRawBufferPointer) -> (guess: EncodingGuess, line: Int)? {
        let head = Array(bytes.prefix(InputFile.headSize))
        if let declared = DeclaredEncoding.name(in: head), !["utf-8", "utf8"].contains(declared.lowercased()) {
            return nil
        }
        if case .utf16(_, let hasByteOrderMark) = EncodingGuess.guess(head) {
            let hasDeclaration =
                head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F])
            return hasByteOrderMark || hasDeclaration ? nil : (EncodingGuess.guess(head), 1)
        }
        guard let offset = EncodingGuess.firstInvalidUTF8(bytes) else { return nil }
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let window = Array(bytes[lineStart..<min(bytes.count, lineStart + InputFile.headSize)])
        let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return (EncodingGuess.guess(window), line)
    }

    /// The encoding's name for a person, in English and Japanese.
    static func names(_ guess: EncodingGuess) -> (english: String, japanese: String) {
        switch guess {
        case .shiftJIS:
            return (
                "Shift_JIS (CP932, what Japanese Excel and Notepad save as \"ANSI\")",
                "Shift_JIS（CP932。Excel やメモ帳で「ANSI」として保存したもの）"
            )
        case .eucJP:
            return ("EUC-JP", "EUC-JP")
        case .utf16(let isLittleEndian, let hasByteOrderMark):
            let order = isLittleEndian ? ("little-endian", "リトルエンディアン") : ("big-endian", "ビッグエンディアン")
            let mark = hasByteOrderMark ? ("with", "付き") : ("without", "なし")
            return ("UTF-16 (\(order.0), \(mark.0) a byte order mark)", "UTF-16（\(order.1)、BOM \(mark.1)）")
        case .utf8, .unknown:
            return ("an encoding other than UTF-8", "UTF-8 以外の文字コード")
        }
    }
}
