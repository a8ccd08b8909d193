package eu.sharingcities.portal;

import eu.sharingcities.security.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The role a city view needs in the city of its route; {@link CityLayout} checks it before entering. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresCityRole {
    Role value();

    /** Whether the city's project partners (ESCos) may open the view too; their data is limited by the services. */
    boolean partners() default false;
}
