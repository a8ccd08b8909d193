package eu.sharingcities.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo mode (password 'demo', trusted certificates, SEMS acting) only with the embedded database and the simulator. */
class LauncherDemoModeTest {

    @Test
    void theEmbeddedDatabaseStartsTheDemoByDefault() {
        assertThat(Launcher.demoMode(Map.of())).isTrue();
        assertThat(Launcher.demoMode(Map.of("PLATFORM_DEMO", "false"))).isFalse();
    }

    @Test
    void aRealDatabaseIsNeverADemoAndAskingForOneIsRefusedSayingWhy() {
        assertThat(Launcher.demoMode(Map.of("DB_URL", "jdbc:postgresql://db.city.example/platform"))).isFalse();
        assertThatThrownBy(() -> Launcher.demoMode(Map.of("DB_URL", "jdbc:postgresql://db.city.example/platform", "PLATFORM_DEMO", "true")))
                .hasMessageStartingWith("PLATFORM_DEMO=true needs the embedded database, but DB_URL is set")
                .hasMessageContaining("PLATFORM_ADMIN_PASSWORD");
    }

    @Test
    void realControllersAreNeverADemo() {
        assertThatThrownBy(() -> Launcher.demoMode(Map.of("PLATFORM_OPCUA_CONFIG", "/etc/platform/opcua")))
                .hasMessageContaining("only against the simulated controllers, but PLATFORM_OPCUA_CONFIG is set");
        assertThatThrownBy(() -> Launcher.demoMode(Map.of("SIMULATOR", "false"))).hasMessageContaining("SIMULATOR=false");
        assertThat(Launcher.demoMode(Map.of("SIMULATOR", "false", "PLATFORM_DEMO", "false"))).isFalse();
    }
}
