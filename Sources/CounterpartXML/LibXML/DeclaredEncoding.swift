#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The encoding a file's XML declaration names, and how Counterpart reads it.
///
/// A file that says ISO-8859-1 (latin1, windows-1252, …) but whose bytes are UTF-8 with
/// characters beyond ASCII is read as it says, so its Japanese names come out garbled
/// (松山市 as æ¾å±±å¸): it gets a warning (``looksLikeUTF8Warning(path:)``).
///
/// A file labelled Shift_JIS (or `shift_jis`, `SJIS`, `MS_Kanji`, … as WHATWG lists them) is
/// read as Windows-31J (CP932), as browsers do: what Japanese Windows software saves as
/// "Shift_JIS" is CP932, with characters plain Shift_JIS lacks (①, ㈱, 髙, ～). libxml2 is
/// told so (the encoding given to the parser, the declaration's hint ignored).
enum DeclaredEncoding {
    /// The labels read as Windows-31J (compared without regard to case).
    static let shiftJISLabels: Set<String> = [
        "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis",
    ]

    /// The labels of ISO-8859-1 and windows-1252 (compared without regard to case).
    static let latin1Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1", "latin-1", "l1",
        "cp819", "ibm819", "csisolatin1", "windows-1252", "cp1252", "x-cp1252",
    ]

    /// The encoding libxml2 is told to use instead of the declared one, if any.
    static let windows31J = "CP932"

    /// The encoding named by the XML declaration at the start of `head` (after a UTF-8 byte
    /// order mark, if any), as written; `nil` when there is none.
    static func name(in head: [UInt8]) -> String? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstRange(of: Array("?>".utf8)) else {
            return nil
        }
        let declaration = bytes[..<end.lowerBound]
        guard let key = declaration.firstRange(of: Array("encoding".utf8)) else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard rest.first == UInt8(ascii: "=") else { return nil }
        rest = rest.dropFirst().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let quote = rest.first, quote == 0x22 || quote == 0x27 else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(decoding: value, as: UTF8.self)
    }

    /// The encoding to read a file with `head` in, when it is not the one it declares:
    /// Windows-31J for a Shift_JIS label; `nil` otherwise.
    static func override(for head: [UInt8]) -> String? {
        guard let name = name(in: head), shiftJISLabels.contains(name.lowercased()) else { return nil }
        return windows31J
    }

    /// The encoding a file with `head` is read in, as iconv names it: the override, else the
    /// declared encoding; `nil` for UTF-8 and UTF-16 (libxml2 decodes those itself).
    static func readingEncoding(for head: [UInt8]) -> String? {
        if let override = override(for: head) { return override }
        guard let name = name(in: head), !["utf-8", "utf8", "utf-16", "utf16"].contains(name.lowercased()) else {
            return nil
        }
        return name
    }

    /// A warning when the file at `path` says ISO-8859-1 or windows-1252 but its bytes are
    /// UTF-8 with characters beyond ASCII, at the line of the first such character; `nil`
    /// otherwise (a file really in ISO-8859-1 is almost never valid UTF-8).
    ///
    /// Complexity: O(n), only for files with such a label.
    public static func looksLikeUTF8Warning(path: String) -> Diagnostic? {
        var warning: Diagnostic?
        SourceLines.withMappedFile(path) { bytes in
            guard let label = name(in: Array(bytes.prefix(1024))), latin1Labels.contains(label.lowercased()),
                let line = lineOfFirstNonASCIICharacter(ifUTF8: bytes)
            else { return }
            warning = Diagnostic(
                file: path, line: line,
                message:
                    "warning: the file says \(label), but its bytes look like UTF-8: Japanese names will be garbled; save it as UTF-8 with encoding=\"UTF-8\"",
                japanese:
                    "注意: ファイルは encoding=\"\(label)\" と宣言していますが、中身は UTF-8 のようです。このままでは日本語の名前が文字化けします。1行目を encoding=\"UTF-8\" に直してください。"
            )
        }
        return warning
    }

    /// When `bytes` are well-formed UTF-8 with a character beyond ASCII, the line of the
    /// first such character; otherwise `nil`.
    static func lineOfFirstNonASCIICharacter(ifUTF8 bytes: UnsafeRawBufferPointer) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var found: Int?
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 {
                    found = found ?? line
                } else if encoded.first == 0x0A {
                    line += 1
                }
            case .emptyInput:
                return found
            case .error:
                return nil
            }
        }
    }

    /// The line of the first bytes of the file at `path` that `encoding` cannot decode
    /// (counting the line feeds decoded before them), or `nil` when it decodes them all or
    /// iconv does not know it. libxml2 decodes in blocks, so its own line can be well before.
    ///
    /// Complexity: O(n), in chunks of 64 KiB.
    static func lineOfFirstUndecodableBytes(path: String, encoding: String) -> Int? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var line: Int?
        SourceLines.withMappedFile(path) { bytes in
            line = firstUndecodableLine(bytes, converter: converter)
        }
        return line
    }

    private static func firstUndecodableLine(_ bytes: UnsafeRawBufferPointer, converter: iconv_t) -> Int? {
        var line = 1
        let capacity = 64 * 1024
        let output = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { output.deallocate() }
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
            mutating: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
        var inputLeft = bytes.count
        while inputLeft > 0 {
            var outputCursor: UnsafeMutablePointer<CChar>? = output
            var outputLeft = capacity
            let result = iconv(converter, &input, &inputLeft, &outputCursor, &outputLeft)
            let failure = result == -1 ? errno : 0
            for index in 0..<(capacity - outputLeft) where output[index] == 0x0A { line += 1 }
            if failure == EILSEQ || failure == EINVAL { return line }
            if failure != 0 && failure != E2BIG { return nil }
        }
        return nil
    }
}
