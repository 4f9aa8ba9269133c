// libFuzzer harness for the JPEG path of ImageDecoder (inspect, then decode every page whose header passed).
// Built by fuzz/build.sh with fuzz/FuzzSupport.swift against Sources/ImageCodecs; run by fuzz/run.sh.
import DigitiseCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(data, size, format: .jpeg, name: "jpeg")
}
