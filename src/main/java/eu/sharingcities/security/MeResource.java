package eu.sharingcities.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** The signed-in account itself: who it is, and changing its password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public record Me(String username, String displayName, List<String> roles, boolean mustChangePassword) {
    }

    public record PasswordChange(String current, String newPassword) {
    }

    @GET
    @Operation(summary = "Who is signed in, their roles per city, and whether they must change their password first")
    public Me me() {
        SignedInUser user = currentUser.require();
        return new Me(user.username(), user.displayName(), user.grants().stream()
                .map(g -> g.role().groupName() + (g.cityCode() == null ? "" : "@" + g.cityCode())).sorted().toList(), user.mustChangePassword());
    }

    @POST
    @Path("password")
    @Operation(summary = "Changes the signed-in account's password: {\"current\": ..., \"newPassword\": ...} (12+ characters)")
    public Me changePassword(PasswordChange change) {
        Me me = me();
        PasswordChange body = requireBody(change);
        accounts.changePassword(me.username(), body.current(), body.newPassword());
        return new Me(me.username(), me.displayName(), me.roles(), false);
    }
}
