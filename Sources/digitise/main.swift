import DigitiseCLI
DigitiseCommand.main()
