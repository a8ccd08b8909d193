package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Users in PostgreSQL: PBKDF2 hashes, lock-out after repeated failures, groups from their roles. */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    /** Also takes HTTP Basic credentials, which are a subclass the default dispatch would not match. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? validate(password) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().trim().toLowerCase();
        if (accounts.signIn(username, credential.getPasswordAsString()) != SignInResult.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.signedIn(username)
                .map(user -> new CredentialValidationResult(user.username(), user.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
