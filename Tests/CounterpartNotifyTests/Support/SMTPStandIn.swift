import Foundation
import NIOCore
import NIOPosix
import Synchronization

@testable import CounterpartNotify

/// A local SMTP relay for the tests, on SwiftNIO: EHLO (offering AUTH PLAIN LOGIN, no
/// STARTTLS), AUTH, MAIL, RCPT, DATA (dot-stuffing undone), QUIT; every message kept. Silent,
/// it accepts connections and never answers: a dead relay.
final class SMTPStandIn: Sendable {
    /// A message accepted.
    struct Mail: Hashable, Sendable {
        var from: String
        var recipients: [String]
        /// The DATA lines, dot-stuffing undone.
        var lines: [String]
        var authenticated: String?

        /// The value of header `name`.
        func header(_ name: String) -> String? {
            var value: String?
            for line in lines {
                if line.isEmpty { break }
                if value != nil, line.hasPrefix(" ") {
                    value! += line
                    continue
                }
                if value != nil { break }
                if line.lowercased().hasPrefix(name.lowercased() + ":") {
                    value = String(line.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
                }
            }
            return value
        }

        /// The body decoded from base64.
        var body: String {
            guard let blank = lines.firstIndex(of: "") else { return "" }
            let text = lines[(blank + 1)...].joined()
            return String(decoding: Data(base64Encoded: text) ?? Data(), as: UTF8.self)
        }
    }

    let mails = Mutex<[Mail]>([])
    let isSilent: Bool
    private let channel: Mutex<Channel?> = Mutex(nil)

    init(isSilent: Bool = false) { self.isSilent = isSilent }

    /// Starts listening on a free port of 127.0.0.1; the port.
    func start() async throws -> Int {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard !self.isSilent else { return }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(SMTPStandInHandler(standIn: self))
                }
            }
        let server = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        channel.withLock { $0 = server }
        return server.localAddress?.port ?? 0
    }

    func stop() async {
        let server = channel.withLock { $0 }
        try? await server?.close()
    }

    var received: [Mail] { mails.withLock { $0 } }
}

/// One SMTP conversation of the stand-in.
final class SMTPStandInHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = String
    typealias OutboundOut = ByteBuffer

    let standIn: SMTPStandIn
    var mail = SMTPStandIn.Mail(from: "", recipients: [], lines: [])
    var isReadingData = false
    var loginStep = 0

    init(standIn: SMTPStandIn) { self.standIn = standIn }

    func channelActive(context: ChannelHandlerContext) {
        send(context, "220 stand-in ESMTP")
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let line = unwrapInboundIn(data)
        if isReadingData {
            if line == "." {
                isReadingData = false
                let done = mail
                standIn.mails.withLock { $0.append(done) }
                mail = SMTPStandIn.Mail(from: "", recipients: [], lines: [], authenticated: mail.authenticated)
                send(context, "250 accepted")
            } else {
                mail.lines.append(line.hasPrefix("..") ? String(line.dropFirst()) : line)
            }
            return
        }
        if loginStep == 1 {
            loginStep = 2
            send(context, "334 UGFzc3dvcmQ6")
            mail.authenticated = String(decoding: Data(base64Encoded: line) ?? Data(), as: UTF8.self)
            return
        }
        if loginStep == 2 {
            loginStep = 0
            send(context, "235 ok")
            return
        }
        let command = line.uppercased()
        if command.hasPrefix("EHLO") {
            send(context, "250-stand-in\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME")
        } else if command.hasPrefix("AUTH PLAIN ") {
            let decoded = Data(base64Encoded: String(line.dropFirst(11))) ?? Data()
            let parts = decoded.split(separator: 0, omittingEmptySubsequences: false)
            mail.authenticated = parts.count == 3 ? String(decoding: parts[1], as: UTF8.self) : nil
            send(
                context,
                parts.count == 3 && String(decoding: parts[2], as: UTF8.self) == "relay-pass" ? "235 ok" : "535 no")
        } else if command == "AUTH LOGIN" {
            loginStep = 1
            send(context, "334 VXNlcm5hbWU6")
        } else if command.hasPrefix("MAIL FROM:") {
            mail.from = String(line.dropFirst(10))
            send(context, "250 ok")
        } else if command.hasPrefix("RCPT TO:") {
            let recipient = String(line.dropFirst(8))
            if recipient.contains("unknown") {
                send(context, "550 no such user")
            } else {
                mail.recipients.append(recipient)
                send(context, "250 ok")
            }
        } else if command == "DATA" {
            isReadingData = true
            send(context, "354 go ahead")
        } else if command == "QUIT" {
            send(context, "221 bye")
            context.close(promise: nil)
        } else {
            send(context, "502 not here")
        }
    }

    private func send(_ context: ChannelHandlerContext, _ text: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }
}
