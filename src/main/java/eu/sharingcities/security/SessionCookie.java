package eu.sharingcities.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Behind TLS the session cookie is marked Secure (PLATFORM_SESSION_SECURE_COOKIE=true, as
 * docker/compose.yaml sets), so a browser never sends it over plain HTTP. Off by default: the
 * demo and the tests run on http://localhost. HttpOnly and SameSite=Lax are in web.xml.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("platform.session.secure-cookie", Boolean.class).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
