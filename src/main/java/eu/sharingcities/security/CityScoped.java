package eu.sharingcities.security;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transactional service whose every transaction is limited to the caller's cities
 * (see {@link TenantScope}). Put it beside {@code @Transactional} on every service that reads or
 * writes city data.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CityScoped {
}
