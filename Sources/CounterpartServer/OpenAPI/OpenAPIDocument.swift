import Hummingbird

/// The OpenAPI 3.1 document of the API (`Docs/api/openapi.json`, embedded by
/// `Scripts/embed-openapi.sh` into ``OpenAPIDocument/json``), served without signing in.
public enum OpenAPIDocument {
    /// The answer to `GET /api/v1/openapi.json`.
    static func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: json)))
    }
}
