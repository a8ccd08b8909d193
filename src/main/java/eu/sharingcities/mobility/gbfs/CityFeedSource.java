package eu.sharingcities.mobility.gbfs;

import eu.sharingcities.mobility.BikeStation;
import eu.sharingcities.mobility.BikeVehicle;
import jakarta.json.JsonArray;

import java.util.List;

/** What a city's public feed is made of: its operators' catalogues as their feeds listed them, and their stations and vehicles. */
public record CityFeedSource(List<Operator> operators, List<BikeStation> stations, List<BikeVehicle> vehicles) {

    /** An operator's vehicle types, pricing plans and alerts as its own feed wrote them, and the language its texts are in. */
    public record Operator(String code, String language, JsonArray vehicleTypes, JsonArray pricingPlans, JsonArray alerts) {
    }
}
