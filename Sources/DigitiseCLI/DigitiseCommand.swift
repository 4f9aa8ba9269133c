public struct DigitiseCommand { public static func main() {} }
