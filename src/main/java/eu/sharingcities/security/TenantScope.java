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
 * A partner (an ESCo) is further limited to what is assigned to their organisation
 * ({@code platform.partner}, migrations/V9). The transaction also runs as the role {@code platform_tenant}, because PostgreSQL exempts
 * superusers from row-level security.
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
        entityManager.createNativeQuery("""
                        select set_config('platform.cities', ?1, true), set_config('platform.partner', ?2, true),
                               set_config('role', 'platform_tenant', true)""")
                .setParameter(1, system ? "*" : currentUser.scopeSetting())
                .setParameter(2, system ? "" : currentUser.partnerSetting())
                .getSingleResult();
        return invocation.proceed();
    }
}
