/// The encoding a file's bytes look like, by a small heuristic: UTF-16 by its byte order
/// mark or by zero bytes at every other position, UTF-8 when the bytes decode as UTF-8, and
/// otherwise Shift_JIS (CP932, what Japanese Excel and Notepad save as "ANSI") or EUC-JP by
/// which one's lead and trail byte ranges the bytes fit.
enum EncodingGuess: Equatable {
    case utf8
    case utf16(isLittleEndian: Bool, hasByteOrderMark: Bool)
    case shiftJIS
    case eucJP
    /// Neither UTF-8 nor one of the Japanese encodings above.
    case unknown

    /// The guess for `bytes` (the first 64 KiB of a file are plenty).
    ///
    /// Complexity: O(n).
    static func guess(_ bytes: [UInt8]) -> EncodingGuess {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16(isLittleEndian: true, hasByteOrderMark: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16(isLittleEndian: false, hasByteOrderMark: true) }
        if let littleEndian = zeroBytePattern(bytes) {
            return .utf16(isLittleEndian: littleEndian, hasByteOrderMark: false)
        }
        if firstInvalidUTF8(bytes) == nil { return .utf8 }
        let shiftJIS = Self.shiftJIS(bytes)
        let eucJP = Self.eucJP(bytes)
        switch (shiftJIS.errors, eucJP) {
        case (0, let eucErrors) where eucErrors > 0: return .shiftJIS
        case (let sjisErrors, 0) where sjisErrors > 0: return .eucJP
        case (0, 0):
            // EUC-JP's two-byte characters read in Shift_JIS as runs of half-width katakana,
            // which real Japanese text hardly has.
            return shiftJIS.halfWidthKana > 0 ? .eucJP : .shiftJIS
        default:
            return .unknown
        }
    }

    /// `true` when zeros stand at odd offsets (ASCII in UTF-16LE), `false` at even ones
    /// (UTF-16BE), `nil` when there are not enough zeros for UTF-16.
    private static func zeroBytePattern(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(1024)
        var even = 0
        var odd = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let pairs = sample.count / 2
        guard pairs > 0 else { return nil }
        if odd * 4 >= pairs && even == 0 { return true }
        if even * 4 >= pairs && odd == 0 { return false }
        return nil
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: some Sequence<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The errors of reading `bytes` as Shift_JIS (CP932): a lead byte 0x81–0x9F or
    /// 0xE0–0xFC needs a trail byte 0x40–0x7E or 0x80–0xFC; 0xA1–0xDF are half-width katakana.
    private static func shiftJIS(_ bytes: [UInt8]) -> (errors: Int, halfWidthKana: Int) {
        var errors = 0
        var kana = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if (0xA1...0xDF).contains(byte) {
                kana += 1
                index += 1
            } else if (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte) {
                let isTrail =
                    index + 1 < bytes.count
                    && ((0x40...0x7E).contains(bytes[index + 1]) || (0x80...0xFC).contains(bytes[index + 1]))
                if !isTrail { errors += 1 }
                index += isTrail ? 2 : 1
            } else {
                errors += 1
                index += 1
            }
        }
        return (errors, kana)
    }

    /// The errors of reading `bytes` as EUC-JP: two bytes 0xA1–0xFE; 0x8E then a half-width
    /// katakana 0xA1–0xDF; 0x8F then two bytes 0xA1–0xFE (JIS X 0212).
    private static func eucJP(_ bytes: [UInt8]) -> Int {
        var errors = 0
        var index = 0
        let isHigh = { (offset: Int) in offset < bytes.count && (0xA1...0xFE).contains(bytes[offset]) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if (0xA1...0xFE).contains(byte), isHigh(index + 1) {
                index += 2
            } else if byte == 0x8E, index + 1 < bytes.count, (0xA1...0xDF).contains(bytes[index + 1]) {
                index += 2
            } else if byte == 0x8F, isHigh(index + 1), isHigh(index + 2) {
                index += 3
            } else {
                errors += 1
                index += 1
            }
        }
        return errors
    }
}
