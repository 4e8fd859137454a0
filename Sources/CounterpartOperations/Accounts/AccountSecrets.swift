/// The secrets accounts hand out, drawn from the system's random generator (the operating
/// system's cryptographically secure source).
enum AccountSecrets {
    /// The letters of a one-time code: no 0/O, 1/I/L, so that it can be read out on the phone.
    static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    /// Letters in a code (about 50 bits).
    static let codeLength = 10

    /// A one-time code, `ABCDE-FGHJK`.
    static func code() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<codeLength).map { _ in
            codeAlphabet[Int.random(in: 0..<codeAlphabet.count, using: &generator)]
        }
        return String(letters.prefix(codeLength / 2)) + "-" + String(letters.dropFirst(codeLength / 2))
    }

    /// A code as typed, in the form that is hashed: capitals, without dashes or spaces.
    static func normalizedCode(_ typed: String) -> String {
        String(typed.uppercased().filter { $0 != "-" && !$0.isWhitespace })
    }

    /// A bearer token: 32 random bytes as 64 lowercase hexadecimal digits.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdef")
        return String(
            (0..<32).flatMap { _ -> [Character] in
                let byte = UInt8.random(in: 0...255, using: &generator)
                return [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            })
    }
}
