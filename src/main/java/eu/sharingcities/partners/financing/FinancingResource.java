package eu.sharingcities.partners.financing;

import eu.sharingcities.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** The financing calculator for whoever is signed in: an investment, or a published result's measured saving, appraised under a financing method. */
@Path("partners/financing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ResultFinancing resultFinancing;

    /** What to appraise. */
    public record Question(Investment investment, Financing financing) {
    }

    @POST
    @Path("appraisal")
    @Operation(summary = "Appraises an investment (capex, first year's savings in €, kWh and kg CO2, life, discount rate, price rise) under a "
            + "financing method (self-financed, shared savings with the ESCo's share and contract years, tax credit with its rate and years): "
            + "simple payback, each party's cash flows, NPV and IRR")
    public Appraisal appraise(Question question) {
        currentUser.require();
        Question q = requireBody(question);
        return FinancingCalculator.appraise(requireBody(q.investment()), q.financing() == null ? Financing.selfFinanced() : q.financing());
    }

    @POST
    @Path("results/{id}/appraisal")
    @Operation(summary = "Appraises a published result's measured saving (its first figure in %) applied to your yearly consumption before the "
            + "measure, priced with the result's city's latest factors for the carrier (or your own), at the result's cost (or your capex): "
            + "as measured and at the low end of its 90 % interval")
    public ResultAppraisal appraiseResult(@PathParam("id") long id, ResultFinancing.Question question) {
        return resultFinancing.appraise(id, requireBody(question));
    }
}
