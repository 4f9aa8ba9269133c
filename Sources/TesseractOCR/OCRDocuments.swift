/// The documents around a page's hOCR and ALTO elements (`HOCRWriter`, `ALTOWriter`): the envelopes Tesseract's
/// renderers write, so each stored page is a standalone, valid file.
enum OCRDocuments {
    static func hocr(page: String, version: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
         <head>
          <title></title>
          <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
          <meta name='ocr-system' content='tesseract \(version)' />
          <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>
         </head>
         <body>
        \(page) </body>
        </html>

        """
    }

    static func alto(page: String, version: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v3# http://www.loc.gov/alto/v3/alto-3-0.xsd">
        \t<Description>
        \t\t<MeasurementUnit>pixel</MeasurementUnit>
        \t\t<OCRProcessing ID="OCR_0">
        \t\t\t<ocrProcessingStep>
        \t\t\t\t<processingSoftware>
        \t\t\t\t\t<softwareName>tesseract \(version)</softwareName>
        \t\t\t\t</processingSoftware>
        \t\t\t</ocrProcessingStep>
        \t\t</OCRProcessing>
        \t</Description>
        \t<Layout>
        \(page)\t</Layout>
        </alto>

        """
    }
}
