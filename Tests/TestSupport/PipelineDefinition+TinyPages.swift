import DigitiseCore

extension PipelineDefinition {
    /// The nightly pipeline on tiny 64 x 32 fixtures: accepted as pages (the size rule is HostileInputTests' and the
    /// CLI's to test), no resampling (they are not page-sized) and no blank check (they hold a single block of ink).
    public static let tinyPages: PipelineDefinition = {
        var p = PipelineDefinition.nightly
        p.ingest.minPagePixels = 32
        p.normalise.resample = false
        p.normalise.cropBorders = false
        p.normalise.blankInkCoverage = 0
        return p
    }()
}
