/// Why a file is not read as a workbook at all. Every case says, in English and in Japanese,
/// what is wrong and what to do; nothing of a refused file is kept.
public enum WorkbookRefusal: Error, Sendable, Hashable {
    /// An Excel 97–2003 workbook (`.xls`, an OLE compound file).
    case oldExcelFormat
    /// A workbook encrypted with a password (an OLE compound file holding an `EncryptedPackage`).
    case passwordProtected
    /// Neither a zip nor an OLE file: not a workbook.
    case notAWorkbook
    /// The file is larger than ``WorkbookLimits/maximumFileSize``.
    case fileTooLarge(size: Int, limit: Int)
    /// The zip holds more parts than ``WorkbookLimits/maximumPartCount``.
    case tooManyParts(limit: Int)
    /// A part would unpack to more than the limit, or all parts together would.
    case tooLargeUnpacked(part: String, limit: Int)
    /// A part is packed more tightly than any real workbook (a zip bomb).
    case compressionRatio(part: String, ratio: Int, limit: Int)
    /// The workbook links to another workbook (an `externalLink` part) or to a data source.
    case externalLink(part: String)
    /// A relationship points outside the file.
    case externalRelationship(part: String, target: String)
    /// The zip is damaged, or a part is not what its name says.
    case damaged(reason: String)
    /// A part every workbook has is missing.
    case missingPart(String)
    /// A part is not well-formed XML.
    case malformedPart(part: String, line: Int, message: String)
    /// A part declares a document type (never read: entity expansion, external DTDs).
    case documentTypeDeclared(part: String)

    /// What is wrong and what to do, in English.
    public var message: String {
        switch self {
        case .oldExcelFormat:
            "this is an Excel 97-2003 workbook (.xls), which is not read: open it in Excel, choose File > Save As, "
                + "save it as \"Excel Workbook (*.xlsx)\" and import the .xlsx file"
        case .passwordProtected:
            "this workbook is protected with a password (encrypted), which is not read: open it in Excel, remove the "
                + "password (File > Info > Protect Workbook > Encrypt with Password, empty), save it as .xlsx and import that"
        case .notAWorkbook:
            "this is not an Excel workbook (.xlsx): save the list from Excel as \"Excel Workbook (*.xlsx)\""
        case .fileTooLarge(let size, let limit):
            "the file is too large to read (\(size) bytes; at most \(limit))"
        case .tooManyParts(let limit):
            "the workbook holds more than \(limit) parts: it is damaged or not a roster workbook"
        case .tooLargeUnpacked(let part, let limit):
            "\(part) would unpack to more than \(limit) bytes: not read (a zip bomb?)"
        case .compressionRatio(let part, let ratio, let limit):
            "\(part) is packed \(ratio) times (at most \(limit) is read): not read (a zip bomb?)"
        case .externalLink(let part):
            "the workbook refers to another file or data source (\(part)), which is never followed: break the links "
                + "in Excel (Data > Edit Links > Break Link), save and import again"
        case .externalRelationship(let part, let target):
            "the workbook refers to a place outside the file (\(part) → \(target)), which is never followed: "
                + "break the links in Excel, save and import again"
        case .damaged(let reason):
            "the workbook is damaged and cannot be read (\(reason)): open it in Excel and save it again"
        case .missingPart(let part):
            "the workbook has no \(part): it is damaged or not an Excel workbook; open it in Excel and save it again"
        case .malformedPart(let part, let line, let message):
            "\(part), line \(line): not well-formed XML: \(message)"
        case .documentTypeDeclared(let part):
            "\(part) declares a document type (DOCTYPE), which is never read in a workbook"
        }
    }

    /// What is wrong and what to do, in Japanese.
    public var japanese: String {
        switch self {
        case .oldExcelFormat:
            "古い Excel 形式（.xls）のファイルは読み込めません。Excel でこのファイルを開き、「ファイル」→「名前を付けて保存」で"
                + "ファイルの種類を「Excel ブック (*.xlsx)」にして保存し直し、その .xlsx ファイルを取り込んでください。"
        case .passwordProtected:
            "パスワードで保護（暗号化）されたブックは読み込めません。Excel で開き、「ファイル」→「情報」→「ブックの保護」→"
                + "「パスワードを使用して暗号化」でパスワードを消してから「Excel ブック (*.xlsx)」として保存し直し、取り込んでください。"
        case .notAWorkbook:
            "Excel のブック（.xlsx）ではありません。Excel で「名前を付けて保存」から「Excel ブック (*.xlsx)」として保存してください。"
        case .fileTooLarge(let size, let limit):
            "ファイルが大きすぎるため読み込みません（\(size) バイト。上限は \(limit) バイト）。"
        case .tooManyParts(let limit):
            "ブックの部品が \(limit) 個を超えています。壊れているか、名簿のブックではありません。"
        case .tooLargeUnpacked(let part, let limit):
            "\(part) は展開すると \(limit) バイトを超えるため読み込みません（zip 爆弾の疑いがあります）。"
        case .compressionRatio(let part, let ratio, let limit):
            "\(part) は \(ratio) 倍に圧縮されています（読み込むのは \(limit) 倍まで）。zip 爆弾の疑いがあるため読み込みません。"
        case .externalLink(let part):
            "このブックはほかのファイルやデータを参照しています（\(part)）。外部参照はたどりません。Excel の「データ」→"
                + "「リンクの編集」→「リンクの解除」で値に置き換え、保存し直してから取り込んでください。"
        case .externalRelationship(let part, let target):
            "このブックはファイルの外を参照しています（\(part) → \(target)）。外部参照はたどりません。Excel でリンクを解除し、"
                + "保存し直してから取り込んでください。"
        case .damaged(let reason):
            "ブックが壊れていて読み込めません（\(reason)）。Excel で開いて保存し直してください。"
        case .missingPart(let part):
            "ブックに \(part) がありません。壊れているか Excel のブックではありません。Excel で開いて保存し直してください。"
        case .malformedPart(let part, let line, let message):
            "\(part) の \(line) 行目が XML として正しくありません: \(message)"
        case .documentTypeDeclared(let part):
            "\(part) に文書型宣言（DOCTYPE）があります。安全のため、ブックの中の文書型宣言は読み込みません。"
        }
    }
}
