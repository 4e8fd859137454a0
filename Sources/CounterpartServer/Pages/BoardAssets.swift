import Hummingbird

/// The board's one style sheet and one script, served from the binary (no framework, no
/// download): the pages carry no inline script or style.
enum BoardAssets {
    /// `GET /assets/board.css`.
    static func css() -> Response { asset(BoardStyle.css, type: "text/css; charset=utf-8") }

    /// `GET /assets/board.js`.
    static func js() -> Response { asset(BoardScript.js, type: "text/javascript; charset=utf-8") }

    private static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
