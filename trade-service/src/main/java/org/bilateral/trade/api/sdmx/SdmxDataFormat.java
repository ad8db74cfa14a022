package org.bilateral.trade.api.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One format an SDMX data message is written in, chosen once per request by the negotiated media type. */
interface SdmxDataFormat {

    /** Every data format, the generic SDMX-ML first: it also answers application/xml. */
    List<SdmxDataFormat> ALL = List.of(new SdmxGenericData(), new SdmxStructureSpecificData(), new SdmxCsvData(), new SdmxJsonData());

    /** The SDMX media type (without parameters) this format writes. */
    String mediaType();

    /** The Content-Type to answer with, given the negotiated media type (which may carry a version parameter). */
    default String contentType(String negotiated) {
        return negotiated;
    }

    /** Whether the message names codes, so it needs the code lists (SDMX-JSON's structure does). */
    default boolean namesCodes() {
        return false;
    }

    void write(SdmxDataMessage message, OutputStream out) throws IOException;

    /** The format for a negotiated media type; generic SDMX-ML for plain XML. */
    static SdmxDataFormat of(String mediaType) {
        return ALL.stream().filter(f -> f.mediaType().equals(mediaType)).findFirst().orElse(ALL.get(0));
    }
}
