package eu.sharingcities.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a city page in the side navigation: its label's translation key and its place (lower
 * first). {@link CityLayout} builds the menu from the routes that carry it, showing each to the
 * users whose role there ({@link RequiresCityRole}) may open it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CityMenu {
    String value();

    int order();
}
