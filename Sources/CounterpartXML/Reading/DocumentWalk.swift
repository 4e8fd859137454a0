import CLibXML2
import CLibXML2Errors

/// The steps every Counterpart file goes through before its elements are read: open it
/// safely, find out what it is from its root element, then stream it through the schema.
enum DocumentWalk {
    static let doctypeRefusal =
        "the file has a DOCTYPE declaration; Counterpart files never need one, and for safety such files are refused"
    static let doctypeRefusalInJapanese =
        "ファイルに DOCTYPE 宣言（<!DOCTYPE …>）があります。Counterpart のファイルには不要で、安全のため受け付けません。その行を削除してください。"

    /// What the file at `path` is, or the one diagnostic that says why it is not a
    /// Counterpart file. A DOCTYPE is refused here, before anything else is read.
    static func sniff(path: String) -> Result<DocumentKind, Diagnostic> {
        let fail = { (line: Int?, message: String, japanese: String) in
            Result<DocumentKind, Diagnostic>.failure(
                Diagnostic(file: path, line: line, message: message, japanese: japanese))
        }
        let file: InputFile
        switch open(path) {
        case .success(let opened): file = opened
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        switch PrologScan.scan(file.head) {
        case .documentType(let line): return fail(line, doctypeRefusal, doctypeRefusalInJapanese)
        case .notXML(let line):
            if let advice = EncodingAdvice.diagnostic(path: path) { return .failure(advice) }
            return fail(
                line, "this is not an XML file: it does not start with '<'",
                "XML ファイルではありません（「<」で始まっていません）。")
        case .element, .undecided: break
        }
        if let crowded = CrowdedTagScan.scan(path: path, rootOnly: true) {
            return fail(crowded.line, crowded.message, crowded.japanese)
        }
        guard let reader = XMLStreamReader(file: file, url: path, schema: nil) else {
            return fail(nil, "cannot be read as XML", "XML として読めません。")
        }
        while reader.advance() {
            switch reader.nodeType {
            case .documentType:
                // Past the first 64 KiB: find the line in the whole file.
                var line = reader.line
                SourceLines.withMappedFile(path) { bytes in
                    if case .documentType(let found) = PrologScan.scan(bytes) { line = found }
                }
                return fail(line, doctypeRefusal, doctypeRefusalInJapanese)
            case .element:
                return kind(of: reader, path: path)
            default:
                continue
            }
        }
        if let advice = EncodingAdvice.diagnostic(path: path) { return .failure(advice) }
        if let problem = reader.problems.first {
            return fail(
                max(problem.line, 1), "this is not a well-formed XML file: \(problem.message)",
                ParserMessage.japanese(problem.message))
        }
        return fail(nil, "the file holds no XML element", "ファイルに XML の要素がありません。")
    }

    /// What a person should know about the file at `path` that is not a problem: a file
    /// that says ISO-8859-1 but is written in UTF-8 (``DeclaredEncoding``).
    static func warnings(path: String) -> [Diagnostic] {
        [DeclaredEncoding.looksLikeUTF8Warning(path: path)].compactMap { $0 }
    }

    /// What a walk found.
    struct Outcome {
        /// Problems that stop the reading: the file cannot be opened, or is not well-formed.
        var parseDiagnostics: [Diagnostic]
        /// Problems with the schema, at the line where libxml2 saw the offending start tag end.
        var schemaDiagnostics: [Diagnostic]
        /// Whether every element was visited: the file opened and is well-formed (it may
        /// still break the schema).
        var isComplete: Bool { parseDiagnostics.isEmpty }
    }

    /// Streams the file through `kind`'s schema, calling `visit` at the start of each
    /// element of `kind`'s namespace with its ordinal among all elements (0 for the root).
    static func walk(path: String, kind: DocumentKind, visit: (XMLStreamReader, Int) -> Void) -> Outcome {
        let file: InputFile
        switch open(path) {
        case .success(let opened): file = opened
        case .failure(let diagnostic): return Outcome(parseDiagnostics: [diagnostic], schemaDiagnostics: [])
        }
        if let crowded = CrowdedTagScan.scan(path: path) {
            return Outcome(
                parseDiagnostics: [
                    Diagnostic(file: path, line: crowded.line, message: crowded.message, japanese: crowded.japanese)
                ],
                schemaDiagnostics: [])
        }
        guard let reader = XMLStreamReader(file: file, url: path, schema: kind.schema) else {
            return Outcome(
                parseDiagnostics: [
                    Diagnostic(file: path, line: nil, message: "cannot be read as XML", japanese: "XML として読めません。")
                ],
                schemaDiagnostics: [])
        }
        var namespace = InternedName(kind.namespace)
        var ordinal = -1
        while reader.advance() {
            guard reader.nodeType == .element else { continue }
            ordinal += 1
            guard let uri = reader.namespaceURI, namespace.matches(uri) else { continue }
            visit(reader, ordinal)
        }
        var parse = reader.problems.filter { !$0.isSchemaError }
        if reader.hasFailed && parse.isEmpty {
            // With a schema plugged in, libxml2 2.9 drops well-formedness errors: read the
            // file once more without it to say what is wrong.
            parse = wellFormednessProblems(path: path)
        }
        if !parse.isEmpty, let advice = EncodingAdvice.diagnostic(path: path) {
            return Outcome(parseDiagnostics: [advice], schemaDiagnostics: [])
        }
        return Outcome(
            parseDiagnostics: parse.map { problem in
                Diagnostic(
                    file: path, line: max(problem.line, 1),
                    message: "not well-formed XML: \(problem.message)"
                        + (problem.column > 0 ? " (column \(problem.column))" : ""),
                    japanese: problem.japanese ?? ParserMessage.japanese(problem.message, column: problem.column))
            },
            schemaDiagnostics: schemaProblems(reader.problems).map { problem in
                Diagnostic(
                    file: path, line: max(problem.line, 1),
                    message: readable(problem.message, namespace: kind.namespace),
                    japanese: SchemaMessage(problem.message).japanese(namespace: kind.namespace))
            })
    }

    private static func wellFormednessProblems(path: String) -> [LibXMLProblem] {
        guard case .success(let file) = open(path),
            let reader = XMLStreamReader(file: file, url: path, schema: nil)
        else { return [] }
        while reader.advance() {}
        let problems = reader.problems.filter { !$0.isSchemaError }
        guard problems.isEmpty else { return problems }
        guard let (message, japanese) = undecodableEncoding(declared: DeclaredEncoding.name(in: file.head)) else {
            let message = "the file ends before the document is complete"
            return [LibXMLProblem(line: reader.line, column: 0, message: message, isSchemaError: false)]
        }
        // libxml2 decodes in blocks: its line may be well before the bytes it cannot decode.
        let line = DeclaredEncoding.readingEncoding(for: file.head).flatMap {
            DeclaredEncoding.lineOfFirstUndecodableBytes(path: path, encoding: $0)
        }
        return [
            LibXMLProblem(
                line: line ?? reader.line, column: 0, message: message, isSchemaError: false, japanese: japanese)
        ]
    }

    /// What libxml2 said (on its generic channel only) when the bytes could not be decoded
    /// in the file's declared encoding, as advice for a person; `nil` when it said nothing.
    private static func undecodableEncoding(declared: String?) -> (english: String, japanese: String)? {
        let said = String(cString: counterpart_captured_generic_errors())
        guard let detail = said.split(separator: "\n").first(where: { $0.contains("conversion failed") }) else {
            return nil
        }
        return (
            "the bytes cannot be read in the encoding the file declares (\(detail)); save it as UTF-8 with encoding=\"UTF-8\"",
            "ファイルが宣言している文字コード（encoding=\"\(declared ?? "?")\"）では読めないバイトがあります。メモ帳などのテキストエディタで文字コード「UTF-8」を選んで保存し直し、1行目を encoding=\"UTF-8\" にしてください（元のメッセージ: \(detail)）。"
        )
    }

    /// libxml2's schema problems, without the second report of a bad token in a list.
    private static func schemaProblems(_ problems: [LibXMLProblem]) -> [LibXMLProblem] {
        var linesWithSchemaErrors: Set<Int> = []
        return problems.filter { problem in
            guard problem.isSchemaError else { return false }
            defer { linesWithSchemaErrors.insert(problem.line) }
            return
                !(problem.message.contains("is not a valid value of the list type")
                && linesWithSchemaErrors.contains(problem.line))
        }
    }

    private static func open(_ path: String) -> Result<InputFile, Diagnostic> {
        do {
            return .success(try InputFile(path: path))
        } catch {
            let message: String
            switch error {
            case .cannotOpen(let reason): message = "cannot open the file: \(reason)"
            case .notARegularFile: message = "is not a regular file"
            case .empty: message = "the file is empty"
            case .compressed(let format):
                message = "the file is \(format)-compressed; unpack it first (compressed input is refused for safety)"
            }
            return .failure(Diagnostic(file: path, line: nil, message: message, japanese: japanese(of: error)))
        }
    }

    private static func japanese(of error: InputFile.OpenError) -> String {
        switch error {
        case .cannotOpen(let reason): return "ファイルを開けません（\(reason)）。ファイル名と場所を確かめてください。"
        case .notARegularFile: return "通常のファイルではありません（フォルダなど）。"
        case .empty: return "ファイルが空です。"
        case .compressed(let format):
            return "ファイルが \(format) 形式で圧縮されています。安全のため圧縮ファイルは受け付けません。先に展開（解凍）してから .xml を指定してください。"
        }
    }

    private static func kind(of reader: XMLStreamReader, path: String) -> Result<DocumentKind, Diagnostic> {
        let name = reader.localName.map { String(cString: $0) } ?? ""
        let namespace = reader.namespaceURI.map { String(cString: $0) }
        if let kind = DocumentKind.allCases.first(where: { $0.namespace == namespace }) {
            if name == kind.rootName { return .success(kind) }
            return .failure(
                Diagnostic(
                    file: path, line: reader.line,
                    message:
                        "the root element is <\(name)>, but a file in namespace \(kind.namespace) must start with <\(kind.rootName)>",
                    japanese:
                        "ルート要素が <\(name)> になっています。名前空間 \(kind.namespace) のファイルは <\(kind.rootName)>（\(JapaneseNames.element(kind.rootName))）で始めてください。"
                ))
        }
        let found = namespace.map { "in namespace \($0)" } ?? "in no namespace"
        return .failure(
            Diagnostic(
                file: path, line: reader.line,
                message:
                    "not a Counterpart file: the root element is <\(name)> \(found); expected <roster xmlns=\"urn:counterpart:roster:1\">, <scenario xmlns=\"urn:counterpart:scenario:1\"> or <demand xmlns=\"urn:counterpart:demand:1\">",
                japanese:
                    "Counterpart のファイルではありません。ルート要素が <\(name)>（\(namespace.map { "名前空間 \($0)" } ?? "名前空間なし")）です。名簿は <roster xmlns=\"urn:counterpart:roster:1\">、想定は <scenario xmlns=\"urn:counterpart:scenario:1\">、必要人員想定は <demand xmlns=\"urn:counterpart:demand:1\"> で始めてください。"
            ))
    }

    /// libxml2's schema message without the `{namespace}` noise around element names, and
    /// with a hint when the offending element is in no namespace at all.
    private static func readable(_ message: String, namespace: String) -> String {
        let cleaned = message.replacingAll("{\(namespace)}", with: "")
        let hint =
            message.hasPrefix("Element '") && !message.hasPrefix("Element '{")
            ? " (this element is in no namespace; Counterpart's elements are in namespace \(namespace): check its xmlns)"
            : ""
        return "does not follow the schema: \(cleaned)\(hint)"
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
