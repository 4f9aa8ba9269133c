import DigitiseCLI

await DigitiseCommand.launch()
