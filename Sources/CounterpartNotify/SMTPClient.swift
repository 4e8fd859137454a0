import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// A small SMTP client on SwiftNIO (RFC 5321): EHLO, STARTTLS when the relay offers it (or
/// as the configuration demands), AUTH PLAIN or LOGIN when a user is configured (only over
/// TLS unless STARTTLS is `never`), then MAIL, RCPT, DATA and QUIT. One connection a message:
/// a relay is asked rarely. Every step has a deadline, so a dead relay costs the sender's
/// e-mail lane time, never the board's requests or the LINE WORKS lane.
public struct SMTPClient: NotificationTransport {
    public var relay: NotificationConfiguration.Relay
    public var from: String
    var password: String?
    /// The longest a whole delivery may take.
    public var deadline: Duration

    /// What went wrong with a relay.
    enum SMTPError: Error {
        /// The relay answered `code` to a command.
        case refused(code: Int, command: String)
        case unexpectedEnd
        case noTLS
        case timedOut
    }

    public init(
        relay: NotificationConfiguration.Relay, from: String, secrets: NotificationSecrets,
        deadline: Duration = .seconds(60)
    ) {
        self.relay = relay
        self.from = from
        self.password = secrets.smtpPassword
        self.deadline = deadline
    }

    public func deliver(_ message: NotificationMessage) async -> DeliveryOutcome {
        guard message.channel == .email else { return .rejected("not an e-mail") }
        let mail = MailMessage(
            from: from, to: message.destination, subject: message.subject, body: message.body,
            messageID: "notify-\(message.outboxID).\(message.item)@counterpart", date: Date())
        do {
            try await withDeadline { try await send(mail) }
            return .delivered
        } catch SMTPError.refused(let code, let command) where (500..<600).contains(code) && command != "EHLO" {
            return .rejected("SMTP \(command): \(code)")
        } catch SMTPError.refused(let code, let command) {
            return .failed("SMTP \(command): \(code)")
        } catch SMTPError.timedOut {
            return .failed("SMTP relay: no answer in time")
        } catch SMTPError.noTLS {
            return .failed("SMTP relay: STARTTLS required but not offered")
        } catch {
            return .failed("SMTP relay cannot be reached (\(String(describing: type(of: error))))")
        }
    }

    /// Runs `work`, throwing ``SMTPError/timedOut`` when it takes longer than ``deadline``.
    private func withDeadline(_ work: @escaping @Sendable () async throws -> Void) async throws {
        let deadline = deadline
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: deadline)
                throw SMTPError.timedOut
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// One session: connect, greet, maybe TLS and AUTH, the envelope and the message.
    func send(_ mail: MailMessage) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: relay.host, port: relay.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await withTaskCancellationHandler {
            try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(lines: inbound.makeAsyncIterator(), outbound: outbound)
                try await session.expect(220, after: "greeting")
                let hello = relay.helloName ?? "localhost"
                var capabilities = try await session.command("EHLO \(hello)", expect: 250)
                var isSecure = false
                let offersTLS = capabilities.contains { $0.uppercased().hasPrefix("STARTTLS") }
                let mode = relay.startTLS ?? .whenOffered
                if mode == .required && !offersTLS { throw SMTPError.noTLS }
                if mode != .never && offersTLS {
                    _ = try await session.command("STARTTLS", expect: 220)
                    let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                    let host = relay.host
                    let pipeline = channel.channel.pipeline
                    try await channel.channel.eventLoop.submit {
                        let handler = try NIOSSLClientHandler(context: context, serverHostname: host)
                        try pipeline.syncOperations.addHandler(handler, position: .first)
                    }.get()
                    isSecure = true
                    capabilities = try await session.command("EHLO \(hello)", expect: 250)
                }
                if let username = relay.username, let password, isSecure || mode == .never {
                    try await authenticate(&session, username: username, password: password, capabilities: capabilities)
                }
                _ = try await session.command("MAIL FROM:<\(mail.from)>", expect: 250)
                _ = try await session.command("RCPT TO:<\(mail.to)>", expect: 250, 251)
                _ = try await session.command("DATA", expect: 354)
                _ = try await session.command(mail.data + ".", expect: 250, name: "DATA")
                _ = try? await session.command("QUIT", expect: 221)
            }
        } onCancel: {
            channel.channel.close(promise: nil)
        }
    }

    private func authenticate(
        _ session: inout SMTPSession, username: String, password: String, capabilities: [String]
    ) async throws {
        let auth = capabilities.first { $0.uppercased().hasPrefix("AUTH") }?.uppercased() ?? ""
        if auth.contains("PLAIN") || !auth.contains("LOGIN") {
            let token = Data(([0] + Array(username.utf8) + [0] + Array(password.utf8))).base64EncodedString()
            _ = try await session.command("AUTH PLAIN \(token)", expect: 235, name: "AUTH")
        } else {
            _ = try await session.command("AUTH LOGIN", expect: 334, name: "AUTH")
            _ = try await session.command(Data(username.utf8).base64EncodedString(), expect: 334, name: "AUTH")
            _ = try await session.command(Data(password.utf8).base64EncodedString(), expect: 235, name: "AUTH")
        }
    }
}

/// Commands and replies over one connection.
struct SMTPSession {
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Sends `text` and a line end, and reads the reply; its lines' texts when its code is one of `codes`.
    mutating func command(_ text: String, expect codes: Int..., name: String? = nil) async throws -> [String] {
        try await outbound.write(ByteBuffer(string: text + "\r\n"))
        let command = name ?? String(text.prefix { $0 != " " && $0 != ":" })
        let (code, texts) = try await reply()
        guard codes.contains(code) else { throw SMTPClient.SMTPError.refused(code: code, command: command) }
        return texts
    }

    /// Reads a reply and checks its code.
    mutating func expect(_ code: Int, after command: String) async throws {
        let (answered, _) = try await reply()
        guard answered == code else { throw SMTPClient.SMTPError.refused(code: answered, command: command) }
    }

    /// One reply: its code and the text of each of its lines (`250-PIPELINING`, `250 OK`).
    mutating func reply() async throws -> (Int, [String]) {
        var texts: [String] = []
        while let line = try await lines.next() {
            let code = Int(line.prefix(3)) ?? 0
            texts.append(String(line.dropFirst(4)))
            if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" { return (code, texts) }
        }
        throw SMTPClient.SMTPError.unexpectedEnd
    }
}

/// Splits what a relay sends into lines (CRLF or LF).
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 64 * 1024 { throw SMTPClient.SMTPError.unexpectedEnd }
            return .needMoreData
        }
        let length = end - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}
