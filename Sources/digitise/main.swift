import DigitiseCLI

DigitiseCommand.launch()
