/// How much of a workbook is read at most: beyond these, the file is refused before its
/// parts are unpacked, or as soon as unpacking passes them (sizes in a zip can lie).
public struct WorkbookLimits: Hashable, Sendable {
    /// The file's own size, in bytes.
    public var maximumFileSize: Int
    /// The number of parts (zip entries).
    public var maximumPartCount: Int
    /// One part, unpacked, in bytes.
    public var maximumPartSize: Int
    /// All parts read, unpacked, in bytes.
    public var maximumTotalSize: Int
    /// How many times larger than packed a part may be, once it is larger than
    /// ``ratioFloor`` unpacked. Real sheets pack 5 to 30 times; deflate bombs about 1,000.
    public var maximumRatio: Int
    /// The unpacked size below which the ratio is not looked at (small parts of repeated
    /// text pack very tightly and harm nobody).
    public var ratioFloor: Int

    /// The limits used everywhere: a 20,000-person roster unpacks to about 30 MB.
    public static let standard = WorkbookLimits(
        maximumFileSize: 100 << 20, maximumPartCount: 1_000, maximumPartSize: 256 << 20,
        maximumTotalSize: 512 << 20, maximumRatio: 200, ratioFloor: 1 << 20)

    /// Limits of one's own (tests).
    public init(
        maximumFileSize: Int, maximumPartCount: Int, maximumPartSize: Int, maximumTotalSize: Int, maximumRatio: Int,
        ratioFloor: Int
    ) {
        self.maximumFileSize = maximumFileSize
        self.maximumPartCount = maximumPartCount
        self.maximumPartSize = maximumPartSize
        self.maximumTotalSize = maximumTotalSize
        self.maximumRatio = maximumRatio
        self.ratioFloor = ratioFloor
    }
}
