/// Encodes a grey page image losslessly for the store (PNG, with its resolution). The normaliser's grey pages go
/// through it; a port so that the normaliser's adapter needs no other adapter's codec.
public protocol GreyImageEncoder: Sendable {
    func png(_ image: GreyImage, dpi: Int) throws -> [UInt8]
}
