import CounterpartReports
import Hummingbird

/// JSON answers: the same text the command line prints for the same shape.
enum JSONResponse {
    /// `value` as an `application/json` answer.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        make(ByteBuffer(string: value.text), status: status)
    }

    /// JSON text already rendered, as an answer.
    static func make(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }

    /// The JSON text of one of Counterpart's shapes.
    static func bytes(_ value: some Encodable) -> ByteBuffer {
        ByteBuffer(string: ((try? JSONValue(encoding: value)) ?? .null).text)
    }

    /// One of Counterpart's shapes as an answer. The shapes hold text, whole numbers and
    /// flags only, which the encoder always takes.
    static func shape(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        make((try? JSONValue(encoding: value)) ?? .null, status: status)
    }
}
