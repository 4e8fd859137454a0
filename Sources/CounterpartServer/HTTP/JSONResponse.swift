import CounterpartReports
import Hummingbird

/// JSON answers: the same text the command line prints for the same shape.
enum JSONResponse {
    /// `value` as an `application/json` answer.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var text = value.text
        if !text.hasSuffix("\n") { text += "\n" }
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// One of Counterpart's shapes as an answer. The shapes hold text, whole numbers and
    /// flags only, which the encoder always takes.
    static func shape(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        make((try? JSONValue(encoding: value)) ?? .null, status: status)
    }
}
