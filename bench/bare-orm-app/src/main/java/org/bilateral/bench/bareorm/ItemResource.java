package org.bilateral.bench.bareorm;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/items")
public class ItemResource {

    public record ItemView(long id, String name) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ItemView get(@PathParam("id") long id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return new ItemView(item.id, item.name);
    }
}
