package org.bilateral.trade.api.sdmx;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLStreamException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** SDMX paths answer SDMX-ML error messages; only {@link SdmxException} is mapped here, everything else stays problem+json. */
public class SdmxErrorMapper {

    private static final Logger LOG = Logger.getLogger(SdmxErrorMapper.class);

    /** The HTTP status is the one the SDMX guidelines map the error code to. */
    @ServerExceptionMapper
    public Response sdmxError(SdmxException e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SdmxXml.error(out, e);
        } catch (XMLStreamException x) {
            LOG.error("SDMX error message could not be written", x);
        }
        return Response.status(e.status()).type(SdmxMediaTypes.XML + ";charset=UTF-8").entity(out.toByteArray()).build();
    }

}
