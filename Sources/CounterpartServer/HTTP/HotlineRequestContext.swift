import Hummingbird
import NIOCore

/// What the server knows of one request beyond the request itself: where it came from.
public struct HotlineRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address (the proxy's, behind a reverse proxy), as the record keeps it.
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are collected by ``RequestBodyLimit`` with the contract's limits; this is only
    /// Hummingbird's own ceiling, the largest of them.
    public var maxUploadSize: Int { RequestBodyLimit.rosterImport }
}
