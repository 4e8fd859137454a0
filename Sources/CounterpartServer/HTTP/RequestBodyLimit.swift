import CounterpartOperations
import Foundation
import Hummingbird

/// The contract's body limits, and reading bodies within them.
enum RequestBodyLimit {
    /// Every body but a roster import: 1 MiB.
    static let standard = 1024 * 1024
    /// A roster import: 512 MiB.
    static let rosterImport = 512 * 1024 * 1024

    /// The whole body of `request`, at most `limit` bytes; 413 past it.
    static func collect(_ request: Request, limit: Int = standard) async throws(APIError) -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError.tooLarge(limit: limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw APIError.tooLarge(limit: limit)
        }
    }
}

/// JSON bodies read into the operation's own values, with every problem as a Japanese
/// sentence naming the field.
enum JSONBody {
    /// The body of `request` as `type`. An empty body is read as `{}`, so that operations
    /// whose fields are all optional need none.
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws(APIError) -> Body {
        var buffer = try await RequestBodyLimit.collect(request)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let data =
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } ? Data("{}".utf8) : Data(bytes)
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw APIError.invalid([problem(error)])
        } catch {
            throw APIError.invalid(field: nil, japanese: "JSON として読めません。", english: "The body is not JSON.")
        }
    }

    /// The field and sentence of a decoding failure.
    static func problem(_ error: DecodingError) -> APIError.FieldProblem {
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return .init(
                field: field, japanese: "「\(FieldNames.japanese(key.stringValue))」（\(field)）がありません。",
                english: "\(field) is missing.")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = path(context.codingPath)
            let name = context.codingPath.last.map { FieldNames.japanese($0.stringValue) } ?? "本文"
            return .init(
                field: field.isEmpty ? nil : field, japanese: "「\(name)」（\(field)）の形式が違います。",
                english: "\(field.isEmpty ? "the body" : field) has the wrong type.")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            if field.isEmpty {
                return .init(field: nil, japanese: "本文を JSON として読めません。", english: "The body is not valid JSON.")
            }
            let name = context.codingPath.last.map { FieldNames.japanese($0.stringValue) } ?? field
            return .init(field: field, japanese: "「\(name)」（\(field)）の値が正しくありません。", english: "\(field) is not valid.")
        @unknown default:
            return .init(field: nil, japanese: "本文を読めません。", english: "The body cannot be read.")
        }
    }

    /// `answers[0].action` for a coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }
}
