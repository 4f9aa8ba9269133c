import DigitiseCore
import Testing

@Suite struct StageWorkersTests {
    func batch(ocr: Int, normalise: Int) -> PipelineDefinition.Batch {
        var batch = PipelineDefinition.nightly.batch
        batch.ocrWorkers = ocr
        batch.normaliseWorkers = normalise
        return batch
    }

    @Test func zeroInThePipelineMeansOneOCRWorkerPerCoreAndANormaliseWorkerPerFour() {
        #expect(StageWorkers(batch(ocr: 0, normalise: 0), cores: 2) == StageWorkers(normalise: 1, ocr: 2))
        #expect(StageWorkers(batch(ocr: 0, normalise: 0), cores: 16) == StageWorkers(normalise: 4, ocr: 16))
        #expect(StageWorkers(batch(ocr: 3, normalise: 2), cores: 16) == StageWorkers(normalise: 2, ocr: 3))
        #expect(StageWorkers(batch(ocr: 5, normalise: 0), cores: 1) == StageWorkers(normalise: 2, ocr: 5))
    }

    @Test func theCommandLineSpecSetsEitherStageOrBoth() {
        let defaults = StageWorkers(normalise: 1, ocr: 2)
        #expect(StageWorkers(parsing: "4", defaults: defaults) == StageWorkers(normalise: 1, ocr: 4))
        #expect(StageWorkers(parsing: "ocr=3,normalise=2", defaults: defaults) == StageWorkers(normalise: 2, ocr: 3))
        #expect(StageWorkers(parsing: "normalise=2", defaults: defaults) == StageWorkers(normalise: 2, ocr: 2))
        for bad in ["0", "-1", "ocr=0", "ocr", "gpu=2", "ocr=2,", "two", ""] {
            #expect(StageWorkers(parsing: bad, defaults: defaults) == nil, "\(bad)")
        }
    }
}
