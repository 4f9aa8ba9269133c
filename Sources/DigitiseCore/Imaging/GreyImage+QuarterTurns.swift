extension GreyImage {
    /// The image turned clockwise by `turns` quarter turns (a page the orientation detector left on its side).
    public func turnedClockwise(quarterTurns turns: Int) -> GreyImage {
        let turns = ((turns % 4) + 4) % 4
        guard turns != 0 else { return self }
        let (w, h) = (width, height)
        var out = [UInt8](repeating: 255, count: w * h)
        out.withUnsafeMutableBufferPointer { dst in
            pixels.withUnsafeBufferPointer { src in
                for y in 0..<h {
                    let row = y * w
                    for x in 0..<w {
                        let v = src[row + x]
                        switch turns {
                        case 1: dst[x * h + (h - 1 - y)] = v  // new width h: (x, y) → (h-1-y, x)
                        case 2: dst[(h - 1 - y) * w + (w - 1 - x)] = v
                        default: dst[(w - 1 - x) * h + y] = v  // new width h: (x, y) → (y, w-1-x)
                        }
                    }
                }
            }
        }
        return turns == 2
            ? GreyImage(width: w, height: h, pixels: out, dpi: dpi) : GreyImage(width: h, height: w, pixels: out, dpi: dpi)
    }
}
