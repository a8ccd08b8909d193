package eu.sharingcities.security;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one place where city scoping is applied: at the start of each {@link CityScoped} call, inside
 * its transaction, it sets PostgreSQL's {@code platform.cities} to the caller's cities. The
 * row-level security policies (migrations/V1) then hide and refuse every other city's rows, for
 * JPQL, native SQL and {@code find} alike. No caller means no cities: the default is to see nothing.
 * Only a municipal role (viewer and above) opens a city's data; in a city where a user is a partner
 * (an ESCo) and nothing more, they see only what is assigned to their organisation
 * ({@code platform.partner_cities}, {@code platform.partner}, migrations/V9 and V19). The call
 * also runs as the role {@code platform_tenant}, because PostgreSQL exempts superusers from
 * row-level security, and gives the caller its own role back when it returns.
 */
@CityScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300) // after @Transactional (200): runs inside the transaction
public class TenantScope {

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object scope(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException(invocation.getMethod() + " is @CityScoped but runs without a transaction; add @Transactional");
        }
        // platform_tenant is not a superuser, so row-level security applies to it (migrations/V3)
        boolean system = CurrentUser.isSystem();
        // what the caller changed before is written in its own role: an unscoped caller may change
        // what the tenant may not (accounts, V20), and its audit entry comes through here
        entityManager.flush();
        Object[] set = (Object[]) entityManager.createNativeQuery("""
                        select current_setting('role'), set_config('platform.cities', ?1, true), set_config('platform.partner', ?2, true),
                               set_config('platform.partner_cities', ?3, true), set_config('role', 'platform_tenant', true)""")
                .setParameter(1, system ? "*" : currentUser.scopeSetting())
                .setParameter(2, system ? "" : currentUser.partnerSetting())
                .setParameter(3, system ? "" : currentUser.partnerCitiesSetting())
                .getSingleResult();
        Object previousRole = set[0];
        Object result = invocation.proceed();
        // what the call changed is written as the tenant; then the caller's own role comes back, so an
        // unscoped caller (sign-in, user administration) is not left with the tenant's narrower rights
        entityManager.flush();
        entityManager.createNativeQuery("select set_config('role', ?1, true)").setParameter(1, previousRole.toString()).getSingleResult();
        return result;
    }
}
