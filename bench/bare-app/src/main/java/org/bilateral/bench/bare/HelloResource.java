package org.bilateral.bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The smallest JSON read: what a request costs the framework alone. */
@Path("/hello")
public class HelloResource {

    public record Greeting(long id, String text) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting hello(@PathParam("id") long id) {
        return new Greeting(id, "hello");
    }
}
