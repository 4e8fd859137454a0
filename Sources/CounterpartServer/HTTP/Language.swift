import CounterpartCore
import Hummingbird

/// The language of a sentence the server answers with: Japanese unless the request prefers
/// English (API.md: "`message` is Japanese, or English when the request's `Accept-Language`
/// prefers English").
extension Language {
    /// The language `Accept-Language` prefers: the first of Japanese and English by quality
    /// (then by order); Japanese when it names neither, or is absent.
    public init(acceptLanguage header: String?) {
        guard let header else {
            self = .japanese
            return
        }
        var best: (quality: Double, language: Language)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map {
                String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            }
            guard let tag = pieces.first?.lowercased() else { continue }
            let language: Language
            if tag == "ja" || tag.hasPrefix("ja-") {
                language = .japanese
            } else if tag == "en" || tag.hasPrefix("en-") {
                language = .english
            } else {
                continue
            }
            let quality =
                pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > 0, quality > (best?.quality ?? 0) { best = (quality, language) }
        }
        self = best?.language ?? .japanese
    }

    /// The language of `request`.
    init(_ request: Request) {
        self.init(acceptLanguage: request.headers[.acceptLanguage])
    }
}
